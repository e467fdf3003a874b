import * as fs from 'fs';
import * as path from 'path';
import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { LibvirtValidationError } from '../errors';

/**
 * One app may load this library more than once: a lab package that lists `cdktf-libvirt` as a
 * dependency instead of a peer brings its own copy. Classes and module state then exist once per
 * copy, so an `instanceof` check refuses a Network made by the other copy, and a registry kept in a
 * module of one copy never sees the names the other claims (two networks `net` on one host pass).
 *
 * So nothing here relies on either. Types are recognised by marks under `Symbol.for` keys (the way
 * constructs and cdktf recognise their own types), values a factory was given travel on the object
 * under such a key, and every piece of per-stack state lives on the stack itself under one
 * `Symbol.for` key, where every copy finds it. Copies of one version share that state and work as
 * one. Copies of two versions cannot (their state and rules may differ), so the second copy that
 * reaches a stack is refused, with both versions, where they were loaded from, and the fix.
 */

const PREFIX = 'cdktf-libvirt.';

/** Marks `target` as a `kind` (a class name), for {@link hasMark}. */
export function markAs(target: object, kind: string): void {
  Object.defineProperty(target, Symbol.for(PREFIX + kind), { value: true, enumerable: false });
}

/** Whether `x` was marked as a `kind` by {@link markAs}, by this or another copy of the library. */
export function hasMark(x: unknown, kind: string): boolean {
  return typeof x === 'object' && x !== null && Symbol.for(PREFIX + kind) in x;
}

/** Keeps `value` on `target` under `key`, hidden from enumeration and JSON, for {@link attached}. */
export function attach(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, Symbol.for(`${PREFIX}${key}`), { value, enumerable: false, configurable: true });
}

/** What {@link attach} kept on `x` under `key`, if anything. */
export function attached<T>(x: unknown, key: string): T | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  return (x as Record<symbol, T | undefined>)[Symbol.for(`${PREFIX}${key}`)];
}

/** Which copy of the library this is: its package's name and version, and where it was loaded from. */
export interface LibraryCopy {
  readonly name: string;
  readonly version: string;
  readonly location: string;
}

let thisCopy: LibraryCopy | undefined;

/** This copy: read from the nearest package.json above this file (`lib/private` in the source, `dist/lib/private` in the package). */
export function libraryCopy(): LibraryCopy {
  if (thisCopy === undefined) {
    let found: LibraryCopy | undefined;
    for (let dir = __dirname; found === undefined; dir = path.dirname(dir)) {
      const file = path.join(dir, 'package.json');
      if (fs.existsSync(file)) {
        const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
        found = { name: String(pkg.name ?? 'cdktf-libvirt'), version: String(pkg.version ?? 'unknown'), location: dir };
      } else if (path.dirname(dir) === dir) {
        found = { name: 'cdktf-libvirt', version: 'unknown', location: path.resolve(__dirname, '..', '..') };
      }
    }
    thisCopy = found;
  }
  return thisCopy;
}

/** The state of one stack, shared by every copy of the library that builds in it. */
interface StackState {
  /** The copy that made the state: the version every other copy must have. */
  readonly owner: LibraryCopy;
  readonly slots: Map<string, unknown>;
}

const STATE = Symbol.for(`${PREFIX}StackState`);

/**
 * The state `key` of the stack that `scope` is in, made by `create` on first use. Throws when a copy
 * of another version made the stack's state.
 */
export function stackState<T>(scope: IConstruct, key: string, create: (stack: TerraformStack) => T): T {
  const stack = TerraformStack.of(scope);
  const holder = stack as unknown as Record<symbol, StackState | undefined>;
  let state = holder[STATE];
  if (state === undefined) {
    state = { owner: libraryCopy(), slots: new Map() };
    Object.defineProperty(stack, STATE, { value: state, enumerable: false });
  } else if (state.owner.version !== libraryCopy().version) {
    throw versionClash(scope, state.owner, libraryCopy());
  }
  if (!state.slots.has(key)) state.slots.set(key, create(stack));
  return state.slots.get(key) as T;
}

function versionClash(scope: IConstruct, first: LibraryCopy, second: LibraryCopy): LibvirtValidationError {
  return new LibvirtValidationError(scope.node.path,
    `two versions of ${first.name} meet in this stack: ${first.version} (loaded from ${first.location}) built its first constructs, `
    + `and ${second.version} (loaded from ${second.location}) builds this one`, second.version,
    `make ${first.name} a peer dependency of every package that builds on it ("peerDependencies": { "${first.name}": "^${first.version}" } `
    + `instead of "dependencies"), so that the app installs one copy; \`npm ls ${first.name}\` lists the copies and who brings them`);
}
