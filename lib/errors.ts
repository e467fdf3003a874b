/**
 * The one error type of this library. Every check on props throws it, when the construct is
 * created, before anything is synthesized.
 *
 * The message always says three things: which construct (its path in the construct tree),
 * what value was wrong, and what to do about it.
 */
export class LibvirtValidationError extends Error {
  /**
   * Whether `x` is a LibvirtValidationError: also one thrown by another copy of this library (a lab
   * package that brought its own), which `instanceof` does not recognise.
   */
  public static isLibvirtValidationError(x: unknown): x is LibvirtValidationError {
    return typeof x === 'object' && x !== null && ERROR_MARK in x;
  }

  /** Path of the construct whose props were rejected, e.g. `lab/web1`. */
  public readonly constructPath: string;
  /** The offending value, as given. */
  public readonly value: unknown;
  /** What to do instead. */
  public readonly fix: string;

  constructor(constructPath: string, problem: string, value: unknown, fix: string) {
    super(`${constructPath}: ${problem} (got ${describe(value)}); ${fix}`);
    this.name = 'LibvirtValidationError';
    this.constructPath = constructPath;
    this.value = value;
    this.fix = fix;
    Object.setPrototypeOf(this, LibvirtValidationError.prototype);
    Object.defineProperty(this, ERROR_MARK, { value: true, enumerable: false });
  }
}

// the mark of lib/private/marks.ts, written out: that module builds on this one
const ERROR_MARK = Symbol.for('cdktf-libvirt.LibvirtValidationError');

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  // JSON writes NaN and Infinity as null, which would hide what was given
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  try {
    // Strings too: a bad user-data document or key must not flood the message.
    const s = JSON.stringify(value, (_key, v: unknown) => describeInside(v));
    return s === undefined ? String(value) : s.length > 200 ? s.slice(0, 197) + '...' : s;
  } catch {
    return String(value);
  }
}

/** A value inside the description: NaN and Infinity as written, a construct as its kind and path (its JSON would be its whole tree, or fail). */
function describeInside(v: unknown): unknown {
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  const path = (v as { node?: { path?: unknown } } | null)?.node?.path;
  if (typeof v === 'object' && v !== null && typeof path === 'string') return `<${v.constructor?.name ?? 'construct'} ${path}>`;
  return v;
}
