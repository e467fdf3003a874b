/**
 * Terraform's string templates, as far as the preflight needs them: split a string into literal text
 * and `${...}` / `%{...}` parts, undo the `$${` and `%%{` escapes, and resolve references to values
 * that are already known when the stack is synthesized.
 */

/** One piece of a Terraform template string: literal text, or the text inside `${...}` (or a `%{...}` directive). */
export interface TemplatePart {
  /** Literal text, escapes already undone (`$${` is `${`, `%%{` is `%{`). */
  readonly literal?: string;
  /** The text inside `${...}`, e.g. `libvirt_volume.x.path`; for a directive, the whole `%{...}`. */
  readonly expression?: string;
}

/** A value after references were resolved. */
export interface Resolved {
  /** The value; unknown parts are replaced by placeholders (see {@link placeholderFor}). */
  readonly value: string | number | boolean;
  /** The expressions that stayed unknown, in order of appearance. */
  readonly unresolved: string[];
}

/** Supplies values known only at apply; undefined leaves the expression unresolved. */
export type ExpressionResolver = (expression: string) => string | number | boolean | undefined;

/** What a placeholder stands for: a filesystem path (so it is absolute), or any other text. */
export enum PlaceholderKind {
  PATH = 'path',
  TEXT = 'text',
}

/**
 * The text that stands in for a value unknown at synth. It always contains the word "unresolved",
 * so a tool's complaint about it can be told apart from a real problem (see {@link mentionsPlaceholder}),
 * and it keeps to characters that are safe in XML attributes, YAML plain scalars and file paths.
 */
export function placeholderFor(expression: string, kind: PlaceholderKind = PlaceholderKind.TEXT): string {
  const safe = expression.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '') || 'expression';
  return kind === PlaceholderKind.PATH ? `/unresolved/${safe}` : `unresolved-${safe}`;
}

/** True when a tool's message is about a placeholder rather than a value the user wrote. */
export function mentionsPlaceholder(message: string): boolean {
  return /(^|[^A-Za-z0-9])unresolved[-/]/.test(message);
}

/** Splits a Terraform template string into literal and expression parts (adjacent literals are merged). */
export function parseTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('$${', i) || text.startsWith('%%{', i)) {
      literal += text[i] + '{';
      i += 3;
      continue;
    }
    if (text.startsWith('${', i) || text.startsWith('%{', i)) {
      const end = closingBrace(text, i + 2);
      if (end < 0) {
        // An unterminated template is a Terraform syntax error; keep it as text, the schema or the tools report it.
        literal += text.slice(i);
        break;
      }
      if (literal) parts.push({ literal });
      literal = '';
      const inner = text.slice(i + 2, end).trim();
      parts.push({ expression: text[i] === '$' ? inner.replace(/^~\s*|\s*~$/g, '') : text.slice(i, end + 1) });
      i = end + 1;
      continue;
    }
    literal += text[i];
    i++;
  }
  if (literal) parts.push({ literal });
  return parts;
}

/** Index of the `}` that closes a template opened just before `from`, skipping nested braces and quoted strings; -1 if none. */
function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Undoes the template escapes of a string that holds no expression (or returns it unchanged if it does). */
export function unescapeTemplate(text: string): string {
  return parseTemplate(text).map((p) => p.literal ?? `\${${p.expression}}`).join('');
}

const REFERENCE = /^(?:data\.)?[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*|\[\d+\]|\["[^"]*"\])*$/;
const STEP = /\.([A-Za-z_][\w-]*)|\[(\d+)\]|\["([^"]*)"\]/g;

/**
 * Resolves `${...}` references inside the values of one synthesized stack: references to the configured
 * attributes of the stack's resources, data sources and locals are replaced by their values (recursively);
 * everything else (computed attributes, function calls, variables, directives) is offered to the
 * `resolve` callback and, when that has no answer, replaced by a placeholder and reported.
 */
export class TemplateResolver {
  private readonly stack: Record<string, unknown>;
  private readonly resolve?: ExpressionResolver;

  constructor(stack: Record<string, unknown>, resolve?: ExpressionResolver) {
    this.stack = stack;
    this.resolve = resolve;
  }

  /** Resolves a string value. `kind` decides the shape of placeholders for unknown parts. */
  resolveString(text: string, kind: PlaceholderKind = PlaceholderKind.TEXT): Resolved {
    return this.resolveIn(text, kind, new Set());
  }

  private resolveIn(text: string, kind: PlaceholderKind, visiting: Set<string>): Resolved {
    const parts = parseTemplate(text);
    const unresolved: string[] = [];
    const values = parts.map((part) => {
      if (part.literal !== undefined) return part.literal;
      const expression = part.expression as string;
      const known = this.lookup(expression, visiting);
      if (known !== undefined) return known;
      unresolved.push(expression);
      return placeholderFor(expression, kind);
    });
    // A string that is one whole expression keeps the type of its value (a number stays a number).
    if (values.length === 1 && parts[0].expression !== undefined) return { value: values[0], unresolved };
    return { value: values.map(String).join(''), unresolved };
  }

  /** The value of an expression when it is known, else undefined. */
  private lookup(expression: string, visiting: Set<string>): string | number | boolean | undefined {
    const own = this.lookupInStack(expression, visiting);
    if (own !== undefined) return own;
    const supplied = this.resolve?.(expression);
    return supplied === null ? undefined : supplied;
  }

  private lookupInStack(expression: string, visiting: Set<string>): string | number | boolean | undefined {
    if (!REFERENCE.test(expression) || visiting.has(expression)) return undefined;
    const steps = [...expression.matchAll(STEP)].map((m) => m[1] ?? (m[2] !== undefined ? Number(m[2]) : m[3]));
    const root = (/^[^.[]+/.exec(expression) as RegExpExecArray)[0];
    let value: unknown;
    let rest: (string | number)[];
    if (root === 'local') {
      value = field(this.stack.locals, steps[0]);
      rest = steps.slice(1);
    } else if (root === 'data') {
      value = field(field(field(this.stack.data, steps[0]), steps[1]), steps[2]);
      rest = steps.slice(3);
    } else if (root === 'var' || root === 'count' || root === 'each' || root === 'self' || root === 'path' || root === 'terraform') {
      return undefined;
    } else {
      value = field(field(field(this.stack.resource, root), steps[0]), steps[1]);
      rest = steps.slice(2);
    }
    for (const step of rest) value = field(value, step);
    if (typeof value === 'number' || typeof value === 'boolean') return value;
    if (typeof value !== 'string') return undefined;
    const inner = this.resolveIn(value, PlaceholderKind.TEXT, new Set([...visiting, expression]));
    return inner.unresolved.length > 0 ? undefined : inner.value;
  }
}

function field(value: unknown, key: string | number | undefined): unknown {
  if (key === undefined || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) return typeof key === 'number' ? value[key] : undefined;
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}
