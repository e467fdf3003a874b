/**
 * Makes the nested-block references of the generated cdktf bindings lazy.
 *
 * `@cdktf/provider-generator` builds every nested block's output reference eagerly, as a class
 * field (`private _os = new DomainOsOutputReference(this, "os");`), in the resource and again in
 * every reference, recursively: one `libvirt_domain` builds about 314 of them, and cdktf captures
 * a stack trace for each. This rewrite builds each reference on first use instead, and keeps
 * the ones nobody asked for from ever being built. Synthesized plans do not change: a reference
 * that was never written has an `internalValue` of `undefined`, so reading "no reference" as
 * `undefined` is exact.
 *
 * The rewrite is line-based and strict, over the code shapes the generator emits. Within each
 * top-level block (a class), for every field `_x` declared as `private _x = new R(this, "x"[, bool]);`
 * with R a generated `...OutputReference` or `...List` class:
 *
 * 1. the field becomes a backing field and a getter that builds the reference on first use:
 *    `private __x?: R;` and `private get _x(): R { return this.__x ??= new R(this, "x"[, bool]); }`,
 *    so every reader of `this._x` (such as the public `get x()`) still gets a reference;
 * 2. writes become guarded, so that writing `undefined` to a reference that does not exist yet
 *    does not build it: `this._x.internalValue = undefined;` becomes
 *    `if (this.__x !== undefined) { this.__x.internalValue = undefined; }`, and
 *    `this._x.internalValue = EXPR;` (EXPR a name or a property path such as `config.os`) becomes
 *    `if (EXPR !== undefined || this.__x !== undefined) { this._x.internalValue = EXPR; }`;
 * 3. reads of the value (in `get internalValue()`, `synthesizeAttributes()`,
 *    `synthesizeHclAttributes()` and the `xInput` getters) use the backing field:
 *    `this._x.internalValue` and `this._x?.internalValue` become `this.__x?.internalValue`;
 * 4. `return this._x;` stays as it is (it goes through the getter).
 *
 * Anything else throws: a `new ...(this, ...)` that is not such a field declaration, a reference
 * class of another kind, or any other use of a lazy field. A generator upgrade that changes these
 * shapes fails `npm run gen` loudly instead of leaving references eager, or wrong.
 */

/** What the rewrite did to one file (or, summed, to all of them). */
export interface LazyReferenceStats {
  /** Reference fields turned into a backing field and a getter. */
  readonly fields: number;
  /** `this._x.internalValue` reads that now use the backing field. */
  readonly reads: number;
  /** `this._x.internalValue = ...` writes that now skip building a reference for `undefined`. */
  readonly guardedWrites: number;
}

/** The rewritten source and what was rewritten. */
export interface LazyReferenceResult {
  readonly source: string;
  readonly stats: LazyReferenceStats;
}

/** Any construction whose first argument is `this`: each must be a field declaration this module understands. */
const CONSTRUCTED_WITH_THIS = /\bnew\s+[\w$.]+\s*\(\s*this\s*[,)]/;
/** The one declaration shape that is rewritten. */
const DECLARATION = /^( +)private (_\w+) = new ([\w$.]+)\((this, "[^"\\]*"(?:, (?:true|false))?)\);$/;
/** Generated reference classes whose fresh instances have an `internalValue` of `undefined`. */
const REFERENCE_CLASS = /^[A-Z]\w*(?:OutputReference|List)$/;
/** A whole-line write of a reference's value. */
const WRITE = /^( *)this\.(_\w+)\.internalValue = (.+);$/;
/** The values the generated code writes: `undefined`, a name, or a property path off a name. */
const WRITTEN_VALUE = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;
const FIELD_USE = /this\.(_\w+)\b/g;

/** Rewrites one generated file; `file` only names it in errors. See the module comment for the rules. */
export function transformNestedReferences(source: string, file = '<source>'): LazyReferenceResult {
  const lines = source.split('\n');
  const out: string[] = [];
  let fields = 0;
  let reads = 0;
  let guardedWrites = 0;

  const fail = (lineIndex: number, why: string): never => {
    throw new Error(`lazy references: ${file}:${lineIndex + 1}: ${why}:\n  ${lines[lineIndex].trim()}\n` +
      'the generated code has a shape scripts/lazy-references.ts does not know; extend the rewrite rather than leave references eager');
  };

  let start = 0;
  while (start < lines.length) {
    // a top-level block ends at a `}` in the first column; fields are scoped to their class
    let end = start;
    while (end < lines.length - 1 && lines[end] !== '}') end++;
    const block = lines.slice(start, end + 1);

    const lazy = new Map<string, { indent: string; type: string; args: string }>();
    block.forEach((line, i) => {
      if (!CONSTRUCTED_WITH_THIS.test(line)) return;
      const m = DECLARATION.exec(line);
      if (!m) fail(start + i, 'a reference built from `this` that is not a plain field declaration');
      const [, indent, name, type, args] = m!;
      if (!REFERENCE_CLASS.test(type)) fail(start + i, `${type} is not a generated OutputReference or List class`);
      if (lazy.has(name)) fail(start + i, `${name} is declared twice`);
      if (block.some((l) => new RegExp(`\\b_${name}\\b`).test(l))) fail(start + i, `the backing field name _${name} is already taken`);
      lazy.set(name, { indent, type, args });
    });

    block.forEach((line, i) => {
      const declaration = DECLARATION.exec(line);
      if (declaration) {
        const name = declaration[2];
        const { indent, type, args } = lazy.get(name)!;
        out.push(
          `${indent}private _${name}?: ${type};`,
          `${indent}private get ${name}(): ${type} {`,
          `${indent}  return this._${name} ??= new ${type}(${args});`,
          `${indent}}`,
        );
        fields++;
        return;
      }
      const uses = [...line.matchAll(FIELD_USE)].filter((m) => lazy.has(m[1]));
      if (uses.length === 0) {
        out.push(line);
        return;
      }
      if (/^ *return this\._\w+;$/.test(line)) {
        out.push(line); // the public getter: builds the reference through the private getter
        return;
      }
      const write = WRITE.exec(line);
      if (write && lazy.has(write[2])) {
        const [, indent, name, value] = write;
        if (uses.length !== 1 || !WRITTEN_VALUE.test(value) || value.startsWith('this.')) {
          fail(start + i, 'a write whose value is not `undefined`, a name or a property path');
        }
        out.push(value === 'undefined'
          ? `${indent}if (this._${name} !== undefined) { this._${name}.internalValue = undefined; }`
          : `${indent}if (${value} !== undefined || this._${name} !== undefined) { this.${name}.internalValue = ${value}; }`);
        guardedWrites++;
        return;
      }
      // a read is not followed by an assignment operator (a write not on a line of its own stays, and fails below)
      const rewritten = line.replace(/this\.(_\w+)(\??)\.internalValue\b(?!\s*(?:[-+*\/%&|^<>?]*=(?!=)|\+\+|--))/g, (whole, name: string) => {
        if (!lazy.has(name)) return whole;
        reads++;
        return `this._${name}?.internalValue`;
      });
      for (const m of rewritten.matchAll(FIELD_USE)) {
        if (lazy.has(m[1])) fail(start + i, `a use of ${m[1]} that is neither \`return this.${m[1]};\`, a write of its internalValue nor a read of it`);
      }
      out.push(rewritten);
    });

    start = end + 1;
  }

  return { source: out.join('\n'), stats: { fields, reads, guardedWrites } };
}

/** The rewrite as a pure function of the source text (see the module comment). */
export function makeNestedReferencesLazy(source: string): string {
  return transformNestedReferences(source).source;
}
