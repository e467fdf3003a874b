import { Token, Tokenization } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { LibvirtValidationError } from '../errors';

/**
 * The one home of prop validation. Every check takes the construct whose props are checked,
 * so that the error names its path. Values that are unresolved tokens (references to other
 * resources, Terraform expressions) are passed through unchecked: they are only known at apply.
 */

/** Throws a {@link LibvirtValidationError} for `scope`. */
export function fail(scope: IConstruct, problem: string, value: unknown, fix: string): never {
  throw new LibvirtValidationError(scope.node.path, problem, value, fix);
}

/** True when the value is (or contains) an unresolved token and so cannot be checked at synth. */
export function isToken(value: unknown): boolean {
  return (typeof value === 'string' || typeof value === 'number') && Token.isUnresolved(value);
}

/**
 * True when `value` is an unresolved string token. Checks of string props ask this, not
 * {@link isToken}: a number given where a string is expected may lie in the range cdktf encodes
 * number tokens in, and must be refused as a number, not passed as a token.
 */
export function isStringToken(value: unknown): boolean {
  return typeof value === 'string' && Token.isUnresolved(value);
}

/** An integer in [min, max] (max optional). */
export function checkInteger(scope: IConstruct, prop: string, value: number | undefined, min: number, max?: number, fix?: string): void {
  if (value === undefined || isToken(value)) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || (max !== undefined && value > max)) {
    const range = max === undefined ? `a whole number of at least ${min}` : `a whole number from ${min} to ${max}`;
    fail(scope, `${prop} must be ${range}`, value, fix ?? `set ${prop} to ${range}`);
  }
}

// libvirt accepts almost anything in a domain name, but the name also becomes file and volume
// names and a hostname: keep to what every one of those accepts.
const OBJECT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

/** A name for a libvirt object (domain, network, pool, volume). */
export function checkObjectName(scope: IConstruct, prop: string, value: string | undefined): void {
  if (value === undefined || isStringToken(value)) return;
  if (typeof value !== 'string' || !OBJECT_NAME.test(value)) {
    fail(scope, `${prop} is not a name libvirt accepts for every object it names`, value,
      `use 1 to 63 characters: letters, digits, '.', '_' or '-', starting with a letter or digit`);
  }
}

const DNS_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** A hostname: one DNS label (RFC 1123), lowercase. */
export function checkHostname(scope: IConstruct, prop: string, value: string | undefined): void {
  if (value === undefined || isStringToken(value)) return;
  if (typeof value !== 'string' || !DNS_LABEL.test(value)) {
    fail(scope, `${prop} is not a valid hostname`, value,
      `use 1 to 63 lowercase letters, digits or '-', not starting or ending with '-'`);
  }
}

/** A DNS domain such as `lab.test`: dot-separated labels, 253 characters at most. */
export function checkDomainName(scope: IConstruct, prop: string, value: string | undefined): void {
  if (value === undefined || isStringToken(value)) return;
  if (typeof value !== 'string' || value.length > 253 || !value.split('.').every((l) => DNS_LABEL.test(l))) {
    fail(scope, `${prop} is not a valid DNS domain`, value, `use lowercase labels separated by dots, such as 'lab.test'`);
  }
}

const MAC = /^52:54:00(:[0-9a-f]{2}){3}$/;

/** A MAC address for a QEMU NIC: lowercase, in QEMU's locally administered 52:54:00 range. */
export function checkMac(scope: IConstruct, prop: string, value: string | undefined): void {
  if (value === undefined || isStringToken(value)) return;
  if (typeof value !== 'string' || !MAC.test(value)) {
    fail(scope, `${prop} is not a MAC address in QEMU's range`, value,
      `write it as six lowercase hex pairs starting with 52:54:00, such as '52:54:00:12:ab:ef' (the provider compares MACs as lowercase strings)`);
  }
}

/** An absolute POSIX path; `where` says on which machine (for the message). */
export function checkAbsolutePath(scope: IConstruct, prop: string, value: string | undefined, where: string = 'on the libvirt host'): void {
  if (value === undefined || isStringToken(value)) return;
  if (typeof value !== 'string' || !value.startsWith('/') || value.includes('\0')) {
    fail(scope, `${prop} must be an absolute path ${where}`, value, `give a path starting with '/'`);
  }
}

/** A Linux network interface name (bridge, NIC): 15 characters at most. */
export const INTERFACE_NAME = /^[A-Za-z0-9_.-]{1,15}$/;

/** One of a fixed set of strings. */
export function checkOneOf(scope: IConstruct, prop: string, value: string | undefined, allowed: readonly string[]): void {
  if (value === undefined || isStringToken(value)) return;
  if (!allowed.includes(value)) {
    fail(scope, `${prop} is not one of ${allowed.join(', ')}`, value, `use one of: ${allowed.join(', ')}`);
  }
}

/**
 * The props object itself, as a plain JavaScript caller may pass it: leaving it out is fine unless
 * `required`; anything but a plain object (null, an array, a string) and any key that is not a
 * prop is refused, naming the nearest known prop, so that a typo is never dropped without a word.
 * `known` lists every prop: typed as a record of the props' keys, so that the compiler keeps it
 * complete and exact. `ownKeysOnly` false lets other keys pass: a subclass's own props, which it
 * checks itself.
 */
export function checkProps<T extends object>(scope: IConstruct, what: string, props: unknown, known: Record<keyof T, true>, required = false, ownKeysOnly = true): void {
  if (props === undefined) {
    if (required) fail(scope, `${what} needs props`, props, `pass an object such as { ${Object.keys(known).slice(0, 2).join(', ')} }`);
    return;
  }
  if (props === null || typeof props !== 'object' || Array.isArray(props)) {
    fail(scope, `the props of ${what} must be an object`, props, required ? 'pass an object of props' : 'pass an object of props, or leave them out');
  }
  if (!ownKeysOnly) return;
  for (const key of Object.keys(props)) {
    if (Object.prototype.hasOwnProperty.call(known, key)) continue;
    const near = nearest(key, Object.keys(known));
    fail(scope, `${what} has no prop '${key}'`, key,
      near ? `did you mean '${near}'? (known props: ${Object.keys(known).join(', ')})` : `known props: ${Object.keys(known).join(', ')}`);
  }
}

/** An array prop, checked before it is iterated: a single item or a string given where a list is expected is refused. */
export function checkArray(scope: IConstruct, prop: string, value: unknown, example: string): void {
  if (value === undefined || Array.isArray(value)) return;
  fail(scope, `${prop} must be an array`, value, `wrap it in brackets, such as ${prop}: [${example}]`);
}

/** The known name closest to `name` (case-insensitive edit distance at most 3), if any. */
function nearest(name: string, names: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const candidate of names) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) { best = candidate; bestDistance = d; }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/** The path that construct `id` gets under `scope`, for a check made before the construct exists (before `super()`). */
export function pathOf(scope: IConstruct, id: string): string {
  return [scope.node.path, id].filter((p) => p !== '').join('/');
}

/**
 * A stand-in for construct `id`, about to be created under `scope`, for the checks its constructor
 * makes before `super()` (a subclass that reads its props to build its parent's): a failure names
 * the path the construct would have had. It only has that path: pass it to the checks of this file.
 */
export function pendingScope(scope: IConstruct, id: string): IConstruct {
  return { node: { path: pathOf(scope, id) } } as IConstruct;
}

/**
 * Refuses a scope that is not a construct, and an id that `scope` already has a child with, before
 * construct `id` is created: the constructs library would throw its own error, which names no path
 * and no fix. Call it first in a constructor, before `super(scope, id)`. `what` is the class, such
 * as 'VirtualMachine'.
 */
export function checkUniqueId(scope: IConstruct, id: string, what: string): void {
  if (!Construct.isConstruct(scope)) {
    throw new LibvirtValidationError(String(id), `the scope of a ${what} is not a construct`, scope, `pass the parent construct first: new ${what}(scope, id, props)`);
  }
  if (typeof id !== 'string' || id === '') {
    // constructs refuses an empty id with a message of its own, and a symbol with a TypeError
    throw new LibvirtValidationError(scope.node.path || String(id), `the id of a ${what} in ${scope.node.path || 'the app'} must be a non-empty string`, id,
      `give it an id that is unique within its parent: new ${what}(scope, 'web1', props)`);
  }
  const existing = scope.node.tryFindChild(id);
  if (existing === undefined) return;
  throw new LibvirtValidationError(pathOf(scope, id), `${scope.node.path || 'the app'} already has a child with the id '${id}' (a ${existing.constructor.name}), so this ${what} cannot have it`,
    id, 'give each construct a unique id within its parent');
}

/** What a construct reference must be: the kind's name, and members it has that others lack. */
export interface ConstructKind {
  readonly name: string;
  readonly members: readonly string[];
}

/** The kinds of construct that other constructs refer to (their interfaces, read by their members). */
export const HOST: ConstructKind = { name: 'Host', members: ['hostName', 'provider'] };
export const BASE_IMAGE: ConstructKind = { name: 'BaseImage', members: ['imageName', 'backingPath'] };
export const STORAGE_POOL: ConstructKind = { name: 'StoragePool', members: ['poolName', 'literalName', 'host'] };
export const NETWORK: ConstructKind = { name: 'Network', members: ['networkName', 'literalName', 'mode', 'host'] };
export const WIRE: ConstructKind = { name: 'Wire', members: ['wireName', 'cidr', 'attach'] };

/**
 * A reference to another construct, as a plain JavaScript caller may get it wrong: a name instead
 * of the construct, or a construct of another kind (a network where a host is expected).
 */
export function checkConstructRef(scope: IConstruct, prop: string, value: unknown, kind: ConstructKind): void {
  if (value === undefined) return;
  const fix = `pass the ${kind.name} construct itself (${prop}: the object, not its name)`;
  if (!Construct.isConstruct(value)) fail(scope, `${prop} is not a construct`, value, fix);
  const missing = kind.members.find((m) => (value as unknown as Record<string, unknown>)[m] === undefined);
  if (missing !== undefined) fail(scope, `${prop} is not a ${kind.name}: ${value.node.path} has no ${missing}`, value.node.path, fix);
}

/** A true/false prop: anything else (a string 'false', 0, a function) is refused, never read as truthy. */
export function checkBoolean(scope: IConstruct, prop: string, value: unknown): void {
  if (value === undefined || typeof value === 'boolean' || Tokenization.isResolvable(value)) return;
  fail(scope, `${prop} must be true or false`, typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint' ? String(value) : value,
    `set ${prop} to true or false (a boolean, not a string or number)`);
}

/**
 * A string prop, checked before anything reads its content: a number, a symbol, an object or a
 * function is refused rather than converted (which may throw, or give '[object Object]'). String
 * tokens pass (their content is checked, or passed through, by the caller); a number token is not a string.
 */
export function checkString(scope: IConstruct, prop: string, value: unknown, fix: string): void {
  if (value === undefined || typeof value === 'string') return;
  fail(scope, `${prop} must be a string`, value, fix);
}

/**
 * A string that goes into a Terraform expression as a literal (an argument of a function such as
 * `pathexpand`): no double quote or backslash (cdktf does not escape them there), no control
 * character, and no `${` or `%{` (which would be read as a template, not as the text given).
 */
export function checkTerraformLiteral(scope: IConstruct, prop: string, value: unknown, fix: string): void {
  checkString(scope, prop, value, fix);
  if (value === undefined || isToken(value)) return;
  const text = value as string;
  // eslint-disable-next-line no-control-regex
  const bad = /["\\\x00-\x1f\x7f]/.exec(text)?.[0] ?? /[$%]\{/.exec(text)?.[0];
  if (bad !== undefined) {
    fail(scope, `${prop} holds ${JSON.stringify(bad)}, which cannot go into a Terraform expression as written`, text,
      `${fix} (without double quotes, backslashes, control characters, '\${' or '%{'; pass a token, such as one of Fn, for a Terraform expression)`);
  }
}

/**
 * A string prop that stands for one string: {@link checkString}, and no encoded list token in it
 * (what `Lazy.listValue()` or a list attribute gives, as the element of its array, or spliced into a
 * template string), which cdktf refuses at synth ("an encoded list token string in a scalar string
 * context"). String tokens pass.
 */
export function checkSingleString(scope: IConstruct, prop: string, value: unknown, fix: string): void {
  checkString(scope, prop, value, fix);
  // a one-element array is unresolved exactly when its string holds a list token (public API, no marker parsing)
  if (typeof value === 'string' && Token.isUnresolved([value])) {
    fail(scope, `${prop} holds a list token where one string is expected`, value,
      `${fix}; a list (such as a Lazy.listValue() or a list attribute) cannot stand for one string: pick an element with Fn.element(list, 0), or join it with Fn.join(' ', list)`);
  }
}

/**
 * A true/false prop that decides what is synthesized (a device added, a file written): a boolean
 * as {@link checkBoolean} takes it, and no token either, since a token's value is only known at apply.
 */
export function checkLiteralBoolean(scope: IConstruct, prop: string, value: unknown): void {
  checkBoolean(scope, prop, value);
  if (value === undefined || typeof value === 'boolean') return;
  fail(scope, `${prop} must be known when the stack is synthesized`, 'a token',
    `set ${prop} to true or false: it decides what the stack is made of, so it cannot be a value known only at apply`);
}

/**
 * A whole number that decides what the stack is made of (how many machines or copies, which
 * subnet): {@link checkInteger}, and no token either, since a token's value is only known at apply.
 */
export function checkLiteralInteger(scope: IConstruct, prop: string, value: number | undefined, min: number, max?: number, fix?: string): void {
  if (value !== undefined && isToken(value)) {
    fail(scope, `${prop} must be known when the stack is synthesized`, 'a token',
      `set ${prop} to a literal whole number: it decides what the stack is made of, so it cannot be a value known only at apply`);
  }
  checkInteger(scope, prop, value, min, max, fix);
}
