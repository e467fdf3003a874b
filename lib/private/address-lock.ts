import * as fs from 'fs';
import * as path from 'path';
import { IStackSynthesizer, ISynthesisSession, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { LibvirtValidationError } from '../errors';
import { registryOf } from './registry';

/**
 * The address lock: the addresses this library allocated to machines, recorded at synth in
 * `cdktf-libvirt.lock.json` beside the app (as terraform records providers in
 * `.terraform.lock.hcl`) and read back at the next synth.
 *
 * Why a file: an address that is a pure function of a machine's identity never moves, but two
 * identities can map to one address (10 machines on a /24 clash with a probability of about 30 %).
 * Resolving a clash by taking the next free address makes a machine's address depend on which
 * other machines exist, so removing one could move another. The lock removes that dependence: a
 * machine it lists keeps its address whatever else is added or removed; only a machine that is new
 * (or whose address is no longer in its network's pool) is placed, on the address its identity
 * hashes to or the next free one after it.
 *
 * Where: `cdktf-libvirt.lock.json` in the working directory (where `cdktf synth` runs the app), or
 * the path in the app's context `cdktf-libvirt:lockFile` (relative to the working directory), or in
 * the environment variable `CDKTF_LIBVIRT_LOCK_FILE`; `false` in the context or `off` in the
 * variable keeps no lock (addresses are then still free of clashes, placed in the order the
 * machines are written, but may move when a machine that took another's address is removed).
 *
 * The file holds one section per stack, a network (`<host>/<network>`) per key and a machine's
 * identity per entry, for each StampedLabs with a placement, `placement:<path>` with the host
 * of each copy (see `Placement`), and per host with wire ends, `udp:<host>` with each end's UDP
 * port (see `Wire`); synthesis replaces its stack's section with what it allocated, so machines
 * that are gone free their addresses. It is only read while the lab is built and only written
 * when the stack is synthesized into its output directory (not by `Testing.synth`).
 */

export const LOCK_FILE_NAME = 'cdktf-libvirt.lock.json';
export const LOCK_FILE_CONTEXT = 'cdktf-libvirt:lockFile';
export const LOCK_FILE_ENV = 'CDKTF_LIBVIRT_LOCK_FILE';
const VERSION = 1;

/** Addresses by identity, by network key. */
type Section = Record<string, Record<string, string>>;

interface LockDocument {
  readonly '//'?: string;
  readonly version: number;
  readonly stacks: Record<string, Section>;
}

/** The lock of one stack: what the file recorded, and what this synthesis allocates. */
export class AddressLock {
  /** What this synthesis allocated, by network key. */
  private readonly allocated = new Map<string, Map<string, string>>();
  /** Per network key: the identity the file records for each address. */
  private readonly holders = new Map<string, Map<string, string>>();

  constructor(
    /** The lock file, or undefined when no lock is kept. */
    public readonly file: string | undefined,
    /** This stack's section as the file recorded it. */
    private readonly recordedSection: Section,
  ) {
    for (const [network, entries] of Object.entries(recordedSection)) {
      this.holders.set(network, new Map(Object.entries(entries).map(([identity, address]) => [address, identity])));
    }
  }

  /** The address the file records for `identity` on `network`, if any. */
  public recorded(network: string, identity: string): string | undefined {
    const entries = this.recordedSection[network];
    return entries && Object.prototype.hasOwnProperty.call(entries, identity) ? entries[identity] : undefined;
  }

  /**
   * Whether the file keeps `address` on `network` for a machine other than `identity` that has not
   * been given another address in this synthesis (it may still come, later in the program).
   */
  public keptForOther(network: string, address: string, identity: string): boolean {
    const holder = this.holders.get(network)?.get(address);
    if (holder === undefined || holder === identity) return false;
    const given = this.allocated.get(network)?.get(holder);
    return given === undefined || given === address;
  }

  /** The address this synthesis allocated to `identity` on `network`, if any. */
  public given(network: string, identity: string): string | undefined {
    return this.allocated.get(network)?.get(identity);
  }

  /** Notes that this synthesis allocated `address` to `identity` on `network`. */
  public record(network: string, identity: string, address: string): void {
    let entries = this.allocated.get(network);
    if (!entries) this.allocated.set(network, (entries = new Map()));
    entries.set(identity, address);
  }

  /** This synthesis's section, with networks and identities in a stable order. */
  public section(): Section {
    const section: Section = {};
    for (const network of [...this.allocated.keys()].sort()) {
      const entries = this.allocated.get(network)!;
      section[network] = Object.fromEntries([...entries.keys()].sort().map((identity) => [identity, entries.get(identity)!]));
    }
    return section;
  }
}

/** The address lock of the stack that `scope` is in, read on first use. */
export function addressLockOf(scope: IConstruct): AddressLock {
  return registryOf(scope).index('address-lock', () => {
    const stack = TerraformStack.of(scope);
    const file = lockFileOf(stack);
    const lock = new AddressLock(file, file === undefined ? {} : readLockFile(stack, file)[stackKey(stack)] ?? {});
    if (file !== undefined) writeAtSynth(stack, lock);
    return lock;
  });
}

/** Where the lock of `stack`'s app is kept, if one is kept. */
export function lockFileOf(stack: TerraformStack): string | undefined {
  const context: unknown = stack.node.tryGetContext(LOCK_FILE_CONTEXT);
  if (context === false || context === 'false') return undefined;
  if (context !== undefined && context !== null) {
    if (typeof context !== 'string' || context === '') {
      throw new LibvirtValidationError(stack.node.path, `the context ${LOCK_FILE_CONTEXT} is neither a path nor false`, context,
        `set it to the lock file's path (relative to the working directory), or to false to keep no lock`);
    }
    return path.resolve(context);
  }
  const env = process.env[LOCK_FILE_ENV];
  if (env === 'off') return undefined;
  return path.resolve(env === undefined || env === '' ? LOCK_FILE_NAME : env);
}

/** The sections of the lock file `file`, by stack; none when it does not exist. */
export function readLockFile(stack: IConstruct, file: string): Record<string, Section> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new LibvirtValidationError(stack.node.path, `the address lock ${file} cannot be read: ${(e as Error).message}`, file,
      'make it readable, or point the context cdktf-libvirt:lockFile elsewhere');
  }
  const invalid = (problem: string): never => {
    throw new LibvirtValidationError(stack.node.path, `the address lock ${file} ${problem}`, file,
      'restore it from version control; deleting it keeps the lab working, but machines whose addresses were moved to avoid a clash may then move back');
  };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (e) {
    return invalid(`is not JSON (${(e as Error).message})`);
  }
  const d = document as Partial<LockDocument>;
  if (typeof d !== 'object' || d === null || d.version !== VERSION || typeof d.stacks !== 'object' || d.stacks === null) {
    return invalid(`is not a version ${VERSION} lock written by this library`);
  }
  for (const [stackName, section] of Object.entries(d.stacks)) {
    if (!isSection(section)) invalid(`has a malformed section for stack ${stackName}`);
  }
  return d.stacks as Record<string, Section>;
}

function isSection(value: unknown): value is Section {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((entries) => typeof entries === 'object' && entries !== null && !Array.isArray(entries)
    && Object.values(entries).every((address) => typeof address === 'string'));
}

/** Writes `lock`'s section for `stack` into its file, keeping the other stacks' sections; leaves the file alone when nothing changed. */
export function writeLock(stack: TerraformStack, lock: AddressLock): void {
  if (lock.file === undefined) return;
  const stacks = { ...readLockFile(stack, lock.file) };
  const section = lock.section();
  if (Object.keys(section).length === 0) delete stacks[stackKey(stack)];
  else stacks[stackKey(stack)] = section;
  const document: LockDocument = {
    '//': 'Addresses cdktf-libvirt gave machines, and hosts it placed stamped copies on, written at synth. Commit this file: it keeps every machine on its address, and every copy on its host, when others are added or removed.',
    version: VERSION,
    stacks: Object.fromEntries(Object.keys(stacks).sort().map((k) => [k, stacks[k]])),
  };
  const text = `${JSON.stringify(document, null, 2)}\n`;
  const before = fs.existsSync(lock.file) ? fs.readFileSync(lock.file, 'utf8') : undefined;
  if (text === before || (before === undefined && Object.keys(stacks).length === 0)) return;
  const temp = `${lock.file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, text);
  fs.renameSync(temp, lock.file);
}

function stackKey(stack: IConstruct): string {
  return stack.node.path;
}

/** Writes the lock after the stack's own files, by wrapping its synthesizer (a public cdktf API). */
function writeAtSynth(stack: TerraformStack, lock: AddressLock): void {
  const inner: IStackSynthesizer = stack.synthesizer;
  stack.synthesizer = {
    synthesize: (session: ISynthesisSession) => {
      inner.synthesize(session);
      writeLock(stack, lock);
    },
  };
}
