import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
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
  if (value === undefined || isToken(value)) return;
  if (typeof value !== 'string' || !OBJECT_NAME.test(value)) {
    fail(scope, `${prop} is not a name libvirt accepts for every object it names`, value,
      `use 1 to 63 characters: letters, digits, '.', '_' or '-', starting with a letter or digit`);
  }
}

const DNS_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** A hostname: one DNS label (RFC 1123), lowercase. */
export function checkHostname(scope: IConstruct, prop: string, value: string | undefined): void {
  if (value === undefined || isToken(value)) return;
  if (typeof value !== 'string' || !DNS_LABEL.test(value)) {
    fail(scope, `${prop} is not a valid hostname`, value,
      `use 1 to 63 lowercase letters, digits or '-', not starting or ending with '-'`);
  }
}

/** A DNS domain such as `lab.test`: dot-separated labels, 253 characters at most. */
export function checkDomainName(scope: IConstruct, prop: string, value: string | undefined): void {
  if (value === undefined || isToken(value)) return;
  if (typeof value !== 'string' || value.length > 253 || !value.split('.').every((l) => DNS_LABEL.test(l))) {
    fail(scope, `${prop} is not a valid DNS domain`, value, `use lowercase labels separated by dots, such as 'lab.test'`);
  }
}

const MAC = /^52:54:00(:[0-9a-f]{2}){3}$/;

/** A MAC address for a QEMU NIC: lowercase, in QEMU's locally administered 52:54:00 range. */
export function checkMac(scope: IConstruct, prop: string, value: string | undefined): void {
  if (value === undefined || isToken(value)) return;
  if (typeof value !== 'string' || !MAC.test(value)) {
    fail(scope, `${prop} is not a MAC address in QEMU's range`, value,
      `write it as six lowercase hex pairs starting with 52:54:00, such as '52:54:00:12:ab:ef' (the provider compares MACs as lowercase strings)`);
  }
}

/** An absolute POSIX path; `where` says on which machine (for the message). */
export function checkAbsolutePath(scope: IConstruct, prop: string, value: string | undefined, where: string = 'on the libvirt host'): void {
  if (value === undefined || isToken(value)) return;
  if (typeof value !== 'string' || !value.startsWith('/') || value.includes('\0')) {
    fail(scope, `${prop} must be an absolute path ${where}`, value, `give a path starting with '/'`);
  }
}

/** A Linux network interface name (bridge, NIC): 15 characters at most. */
export const INTERFACE_NAME = /^[A-Za-z0-9_.-]{1,15}$/;

/** One of a fixed set of strings. */
export function checkOneOf(scope: IConstruct, prop: string, value: string | undefined, allowed: readonly string[]): void {
  if (value === undefined || isToken(value)) return;
  if (!allowed.includes(value)) {
    fail(scope, `${prop} is not one of ${allowed.join(', ')}`, value, `use one of: ${allowed.join(', ')}`);
  }
}

/**
 * The props object itself, as a plain JavaScript caller may pass it: leaving it out is fine unless
 * `required`; anything but a plain object (null, an array, a string) and any key that is not a
 * prop is refused, naming the nearest known prop, so that a typo is never dropped without a word.
 * `known` lists every prop: typed as a record of the props' keys, so that the compiler keeps it
 * complete and exact.
 */
export function checkProps<T extends object>(scope: IConstruct, what: string, props: unknown, known: Record<keyof T, true>, required = false): void {
  if (props === undefined) {
    if (required) fail(scope, `${what} needs props`, props, `pass an object such as { ${Object.keys(known).slice(0, 2).join(', ')} }`);
    return;
  }
  if (props === null || typeof props !== 'object' || Array.isArray(props)) {
    fail(scope, `the props of ${what} must be an object`, props, required ? 'pass an object of props' : 'pass an object of props, or leave them out');
  }
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
