/**
 * A small evaluator for the Terraform expressions that synthesized stacks of this library contain:
 * string templates with `${...}` interpolations and the `$${` / `%%{` escapes, references
 * (`type.name.attr`, `local.name`, `self.attr`, with `.attr` and `[index]` steps), string, number,
 * bool and null literals, lists and objects, and a few functions (`pathexpand`, `sha256`, `sha512`,
 * `substr`, `jsonencode`, `trimspace`, `lower`, `upper`, `join`, `base64encode`, `tostring`).
 *
 * Everything else (operators, conditionals, `for` expressions, `%{` directives, splats, other
 * functions) is refused with an {@link ExpressionError} that names the place and the expression:
 * the tier must never pass an unevaluated `${` on to libvirt or a guest.
 */
import { createHash } from 'crypto';
import * as os from 'os';

/** A Terraform value. */
export type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

/** A reference as written: the root name and the steps after it (attribute names or indexes). */
export interface Traversal {
  readonly root: string;
  readonly steps: (string | number)[];
  /** The reference as written, for messages. */
  readonly text: string;
}

/** Looks up references; throws an ExpressionError when one is not known. */
export type Lookup = (traversal: Traversal) => Value;

/** An expression the evaluator cannot (or may not) evaluate. */
export class ExpressionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExpressionError';
  }
}

// ---------------------------------------------------------------------------------------------
// syntax tree

type Node =
  | { kind: 'literal'; value: Value }
  | { kind: 'template'; parts: (string | Node)[] }
  | { kind: 'traversal'; traversal: Traversal; index: Node[] }
  | { kind: 'call'; name: string; args: Node[] }
  | { kind: 'list'; items: Node[] }
  | { kind: 'object'; entries: [Node, Node][] };

class Parser {
  private pos = 0;
  constructor(private readonly src: string, private readonly where: string) {}

  /** A whole template: JSON string values of a .tf.json file. */
  public parseTopTemplate(): Node {
    const node = this.template(undefined);
    if (this.pos !== this.src.length) this.fail('unexpected text after the template');
    return node;
  }

  /** A whole expression (no surrounding `${ }`). */
  public parseTopExpression(): Node {
    const node = this.expression();
    this.ws();
    if (this.pos !== this.src.length) this.fail('unsupported syntax (operators, conditionals and for expressions are not evaluated)');
    return node;
  }

  private fail(message: string): never {
    const at = this.src.slice(Math.max(0, this.pos - 40), this.pos + 40);
    throw new ExpressionError(`${this.where}: ${message} at offset ${this.pos} near ${JSON.stringify(at)}`);
  }

  /** Template text up to `terminator` (a closing quote) or the end. `quoted`: backslash escapes apply. */
  private template(terminator: '"' | undefined): Node {
    const parts: (string | Node)[] = [];
    let text = '';
    const flush = () => { if (text) { parts.push(text); text = ''; } };
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (terminator !== undefined && c === terminator) break;
      if (this.src.startsWith('$${', this.pos)) { text += '${'; this.pos += 3; continue; }
      if (this.src.startsWith('%%{', this.pos)) { text += '%{'; this.pos += 3; continue; }
      if (this.src.startsWith('%{', this.pos)) this.fail('template directives (%{ ... }) are not evaluated');
      if (this.src.startsWith('${', this.pos)) {
        this.pos += 2;
        if (this.src[this.pos] === '~') this.fail('strip markers (${~) are not evaluated');
        flush();
        parts.push(this.expression());
        this.ws();
        if (this.src[this.pos] === '~') this.fail('strip markers (~}) are not evaluated');
        if (this.src[this.pos] !== '}') this.fail('unsupported syntax inside ${ } (operators, conditionals and for expressions are not evaluated)');
        this.pos++;
        continue;
      }
      if (terminator !== undefined && c === '\\') {
        text += this.escape();
        continue;
      }
      if (terminator !== undefined && c === '\n') this.fail('newline in a quoted string');
      text += c;
      this.pos++;
    }
    if (terminator !== undefined && this.src[this.pos] !== terminator) this.fail('unterminated string');
    flush();
    return { kind: 'template', parts };
  }

  private escape(): string {
    const next = this.src[this.pos + 1];
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
    if (next !== undefined && next in simple) { this.pos += 2; return simple[next]; }
    if (next === 'u' || next === 'U') {
      const len = next === 'u' ? 4 : 8;
      const hex = this.src.slice(this.pos + 2, this.pos + 2 + len);
      if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) this.fail('bad unicode escape');
      this.pos += 2 + len;
      return String.fromCodePoint(parseInt(hex, 16));
    }
    return this.fail(`unknown escape \\${next}`);
  }

  private ws(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos])) this.pos++;
  }

  private expression(): Node {
    this.ws();
    const node = this.postfix(this.primary());
    this.ws();
    const c = this.src[this.pos];
    if (c !== undefined && '+-*/%<>=!&|?:'.includes(c)) this.fail(`unsupported operator ${JSON.stringify(c)}`);
    return node;
  }

  private primary(): Node {
    this.ws();
    const c = this.src[this.pos];
    if (c === undefined) return this.fail('expression expected');
    if (c === '"') {
      this.pos++;
      const t = this.template('"');
      this.pos++;
      return t;
    }
    if (c === '<' && this.src.startsWith('<<', this.pos)) this.fail('heredocs are not evaluated');
    if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(this.src[this.pos + 1] ?? ''))) {
      const m = /^-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.src.slice(this.pos))!;
      this.pos += m[0].length;
      return { kind: 'literal', value: Number(m[0]) };
    }
    if (c === '[') {
      this.pos++;
      const items: Node[] = [];
      this.ws();
      if (this.src.startsWith('for ', this.pos)) this.fail('for expressions are not evaluated');
      while (this.src[this.pos] !== ']') {
        items.push(this.expression());
        this.ws();
        if (this.src[this.pos] === ',') { this.pos++; this.ws(); continue; }
        if (this.src[this.pos] !== ']') this.fail('"," or "]" expected in a list');
      }
      this.pos++;
      return { kind: 'list', items };
    }
    if (c === '{') {
      this.pos++;
      const entries: [Node, Node][] = [];
      this.ws();
      if (this.src.startsWith('for ', this.pos)) this.fail('for expressions are not evaluated');
      while (this.src[this.pos] !== '}') {
        const keyStart = this.pos;
        let key: Node;
        const id = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(this.src.slice(this.pos));
        if (id && !/^\s*[.([]/.test(this.src.slice(this.pos + id[0].length))) {
          this.pos += id[0].length;
          key = { kind: 'literal', value: id[0] };
        } else {
          this.pos = keyStart;
          key = this.postfix(this.primary());
        }
        this.ws();
        if (this.src[this.pos] !== '=' && this.src[this.pos] !== ':') this.fail('"=" or ":" expected in an object');
        this.pos++;
        entries.push([key, this.expression()]);
        this.ws();
        if (this.src[this.pos] === ',' || this.src[this.pos] === '\n') { this.pos++; this.ws(); }
      }
      this.pos++;
      return { kind: 'object', entries };
    }
    if (c === '(') {
      this.pos++;
      const inner = this.expression();
      this.ws();
      if (this.src[this.pos] !== ')') this.fail('")" expected');
      this.pos++;
      return inner;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(this.src.slice(this.pos));
    if (!id) return this.fail(`unsupported syntax ${JSON.stringify(c)}`);
    const name = id[0];
    const start = this.pos;
    this.pos += name.length;
    if (name === 'true' || name === 'false') return { kind: 'literal', value: name === 'true' };
    if (name === 'null') return { kind: 'literal', value: null };
    if (name === 'for') this.fail('for expressions are not evaluated');
    this.ws();
    if (this.src[this.pos] === '(') {
      this.pos++;
      const args: Node[] = [];
      this.ws();
      while (this.src[this.pos] !== ')') {
        args.push(this.expression());
        this.ws();
        if (this.src.startsWith('...', this.pos)) this.fail('argument expansion (...) is not evaluated');
        if (this.src[this.pos] === ',') { this.pos++; this.ws(); continue; }
        if (this.src[this.pos] !== ')') this.fail('"," or ")" expected in a function call');
      }
      this.pos++;
      return { kind: 'call', name, args };
    }
    this.pos = start + name.length;
    return { kind: 'traversal', traversal: { root: name, steps: [], text: name }, index: [] };
  }

  /** `.attr`, `.0`, `[expr]` steps after a reference. Only references take steps here. */
  private postfix(node: Node): Node {
    for (;;) {
      const c = this.src[this.pos];
      if (c === '.' ) {
        if (node.kind !== 'traversal') this.fail('attribute access on a non-reference is not evaluated');
        if (this.src[this.pos + 1] === '*') this.fail('splat expressions are not evaluated');
        const m = /^\.([A-Za-z_][A-Za-z0-9_-]*|[0-9]+)/.exec(this.src.slice(this.pos));
        if (!m) this.fail('attribute name expected');
        this.pos += m![0].length;
        const step = /^[0-9]+$/.test(m![1]) ? Number(m![1]) : m![1];
        node = { ...node, traversal: { ...node.traversal, steps: [...node.traversal.steps, step], text: node.traversal.text + m![0] } };
        continue;
      }
      if (c === '[') {
        if (node.kind !== 'traversal') this.fail('indexing a non-reference is not evaluated');
        if (this.src[this.pos + 1] === '*') this.fail('splat expressions are not evaluated');
        this.pos++;
        const start = this.pos;
        const index = this.expression();
        this.ws();
        if (this.src[this.pos] !== ']') this.fail('"]" expected');
        const text = this.src.slice(start, this.pos);
        this.pos++;
        if (index.kind !== 'literal' || (typeof index.value !== 'number' && typeof index.value !== 'string')) {
          this.fail('only literal indexes are evaluated');
        }
        const step = (index as { value: string | number }).value;
        node = { ...node, traversal: { ...node.traversal, steps: [...node.traversal.steps, step], text: `${node.traversal.text}[${text}]` } };
        continue;
      }
      return node;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// evaluation

function evaluate(node: Node, lookup: Lookup, where: string): Value {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'template': {
      // a template that is exactly one interpolation yields the value itself, not its string form
      if (node.parts.length === 1 && typeof node.parts[0] !== 'string') return evaluate(node.parts[0], lookup, where);
      return node.parts.map((p) => (typeof p === 'string' ? p : toTemplateString(evaluate(p, lookup, where), where))).join('');
    }
    case 'traversal':
      try {
        return lookup(node.traversal);
      } catch (e) {
        if (e instanceof ExpressionError) throw new ExpressionError(`${where}: ${e.message}`);
        throw e;
      }
    case 'list':
      return node.items.map((i) => evaluate(i, lookup, where));
    case 'object': {
      const out: Record<string, Value> = {};
      for (const [k, v] of node.entries) out[toTemplateString(evaluate(k, lookup, where), where)] = evaluate(v, lookup, where);
      return out;
    }
    case 'call':
      return callFunction(node.name, node.args.map((a) => evaluate(a, lookup, where)), where);
  }
}

function toTemplateString(v: Value, where: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null) throw new ExpressionError(`${where}: a null value cannot be interpolated into a string`);
  throw new ExpressionError(`${where}: a ${Array.isArray(v) ? 'list' : 'object'} cannot be interpolated into a string`);
}

function str(fn: string, v: Value, where: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw new ExpressionError(`${where}: ${fn}() takes a string, got ${JSON.stringify(v)}`);
}

function num(fn: string, v: Value, where: string): number {
  const n = typeof v === 'string' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n)) throw new ExpressionError(`${where}: ${fn}() takes a whole number, got ${JSON.stringify(v)}`);
  return n;
}

function arity(fn: string, args: Value[], n: number, where: string): void {
  if (args.length !== n) throw new ExpressionError(`${where}: ${fn}() takes ${n} argument(s), got ${args.length}`);
}

/** Terraform's jsonencode: Go's encoding/json, which escapes <, >, & and U+2028/2029 for HTML safety. */
export function terraformJsonencode(v: Value): string {
  return JSON.stringify(v)
    .replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function callFunction(name: string, args: Value[], where: string): Value {
  switch (name) {
    case 'pathexpand': {
      arity(name, args, 1, where);
      const p = str(name, args[0], where);
      return p === '~' ? os.homedir() : p.startsWith('~/') ? os.homedir() + p.slice(1) : p;
    }
    case 'sha256':
    case 'sha512':
      arity(name, args, 1, where);
      return createHash(name).update(str(name, args[0], where), 'utf8').digest('hex');
    case 'substr': {
      arity(name, args, 3, where);
      const chars = Array.from(str(name, args[0], where));
      let offset = num(name, args[1], where);
      const length = num(name, args[2], where);
      if (offset < 0) offset = chars.length + offset;
      if (offset < 0 || offset > chars.length) throw new ExpressionError(`${where}: substr() offset out of range`);
      return chars.slice(offset, length < 0 ? undefined : offset + length).join('');
    }
    case 'jsonencode':
      arity(name, args, 1, where);
      return terraformJsonencode(args[0]);
    case 'trimspace':
      arity(name, args, 1, where);
      return str(name, args[0], where).trim();
    case 'lower':
      arity(name, args, 1, where);
      return str(name, args[0], where).toLowerCase();
    case 'upper':
      arity(name, args, 1, where);
      return str(name, args[0], where).toUpperCase();
    case 'tostring':
      arity(name, args, 1, where);
      return args[0] === null ? null : str(name, args[0], where);
    case 'base64encode':
      arity(name, args, 1, where);
      return Buffer.from(str(name, args[0], where), 'utf8').toString('base64');
    case 'join': {
      arity(name, args, 2, where);
      const list = args[1];
      if (!Array.isArray(list)) throw new ExpressionError(`${where}: join() takes a list as its second argument`);
      return list.map((v) => str(name, v, where)).join(str(name, args[0], where));
    }
    default:
      throw new ExpressionError(`${where}: the function ${name}() is not evaluated by the e2e tier (teach e2e/hcl.ts, or avoid it)`);
  }
}

// ---------------------------------------------------------------------------------------------
// public API

/** Evaluates a string of a .tf.json file (a template). */
export function evaluateTemplate(text: string, lookup: Lookup, where: string): Value {
  return evaluate(new Parser(text, where).parseTopTemplate(), lookup, where);
}

/** Evaluates a bare expression (`libvirt_volume.x.path`, `jsonencode(local.y)`). */
export function evaluateExpression(text: string, lookup: Lookup, where: string): Value {
  return evaluate(new Parser(text, where).parseTopExpression(), lookup, where);
}

/** Evaluates every string of a JSON value as a template (keys are taken literally). */
export function evaluateDeep(value: unknown, lookup: Lookup, where: string): Value {
  if (typeof value === 'string') return evaluateTemplate(value, lookup, where);
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((v, i) => evaluateDeep(v, lookup, `${where}[${i}]`));
  if (typeof value === 'object') {
    const out: Record<string, Value> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = evaluateDeep(v, lookup, `${where}.${k}`);
    return out;
  }
  throw new ExpressionError(`${where}: not a JSON value: ${String(value)}`);
}

function collect(node: Node, out: Traversal[]): void {
  switch (node.kind) {
    case 'literal': return;
    case 'template': node.parts.forEach((p) => typeof p !== 'string' && collect(p, out)); return;
    case 'traversal': out.push(node.traversal); return;
    case 'list': node.items.forEach((i) => collect(i, out)); return;
    case 'object': node.entries.forEach(([k, v]) => { collect(k, out); collect(v, out); }); return;
    case 'call': node.args.forEach((a) => collect(a, out)); return;
  }
}

/** Every reference in every string of a JSON value (parse errors are thrown, as in evaluation). */
export function referencesIn(value: unknown, where: string): Traversal[] {
  const out: Traversal[] = [];
  const walk = (v: unknown, w: string) => {
    if (typeof v === 'string') collect(new Parser(v, w).parseTopTemplate(), out);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${w}[${i}]`));
    else if (v !== null && typeof v === 'object') Object.entries(v as Record<string, unknown>).forEach(([k, x]) => walk(x, `${w}.${k}`));
  };
  walk(value, where);
  return out;
}

/** Follows `steps` into a value; throws when a step does not exist. */
export function walkValue(value: Value, steps: (string | number)[], what: string): Value {
  let v: Value = value;
  for (const step of steps) {
    if (Array.isArray(v) && typeof step === 'number' && step < v.length) v = v[step];
    else if (v !== null && typeof v === 'object' && !Array.isArray(v) && String(step) in v) v = (v as Record<string, Value>)[String(step)];
    else throw new ExpressionError(`${what}: has no ${typeof step === 'number' ? `element [${step}]` : `attribute "${step}"`}`);
  }
  return v;
}
