import { Annotations } from 'cdktf';
import { IConstruct } from 'constructs';
import {
  BASE_IMAGE, checkAbsolutePath, checkArray, checkBoolean, checkConstructRef, checkInteger, checkLiteralBoolean, checkProps, checkSingleString, ConstructKind, fail, HOST, isToken, STORAGE_POOL,
} from './validate';

/**
 * Checks of a machine's props that read nothing but the values given: the constructs it refers to,
 * its sizing, its data disks, its SSH keys and its login user. Shared by the machine and the
 * composites that pass those props on (labs, clusters and their roles).
 */

/**
 * The most vCPUs of a machine: QEMU 7.2 (Debian 12's) refuses more on a q35 machine ("Invalid SMP
 * CPUs"); later QEMUs allow more only on their newer machine versions.
 */
export const MAX_VCPUS = 288;

/**
 * The most memory of a machine, 1 TiB. QEMU refuses guest RAM beyond what the guest CPU's physical
 * address width reaches ("phys-bits too low"): 40 bits (1 TiB, less the PCI holes) for TCG and
 * QEMU's named CPU models, the host's width for host-passthrough (39 bits, 512 GiB, on many desktop
 * CPUs). 1 TiB is the most a lab machine can count on; more is almost always GiB given as MiB.
 */
export const MAX_MEMORY_MIB = 1024 * 1024;

/** The host, image and pool a machine, lab or cluster is given: constructs of those kinds, not their names. */
export function checkConstructRefs(scope: IConstruct, refs: { readonly host?: unknown; readonly image?: unknown; readonly pool?: unknown }): void {
  checkConstructRef(scope, 'host', refs.host, HOST);
  checkConstructRef(scope, 'image', refs.image, BASE_IMAGE);
  checkConstructRef(scope, 'pool', refs.pool, STORAGE_POOL);
}

/**
 * A list of constructs of one kind (the networks of a cluster or router, the hosts of a role): an
 * array whose every entry is such a construct, none left out (`[net1, undefined]` from a variable
 * not set yet).
 */
export function checkConstructList(scope: IConstruct, prop: string, list: unknown, kind: ConstructKind | ((entry: unknown) => ConstructKind), example: string): void {
  checkArray(scope, prop, list, example);
  const entries = (list as unknown[] | undefined) ?? [];
  const kindOf = typeof kind === 'function' ? kind : () => kind;
  // by index: forEach would skip the holes of a sparse array ([, net])
  for (let i = 0; i < entries.length; i++) {
    if (entries[i] === undefined || entries[i] === null) {
      fail(scope, `${prop}[${i}] is missing`, entries[i], `give a ${kindOf(undefined).name} construct at each position of ${prop} (is the variable it comes from set yet?)`);
    }
    checkConstructRef(scope, `${prop}[${i}]`, entries[i], kindOf(entries[i]));
  }
}

/** The sizing of a machine (or of the nodes of a cluster role, with `prefix` such as `roles[server].`). */
export interface MachineSizing {
  readonly vcpus?: number;
  readonly memoryMiB?: number;
  readonly rootDiskGiB?: number;
}

/** vCPUs, memory and root disk: whole numbers (never NaN or Infinity) within what QEMU runs. */
export function checkSizing(scope: IConstruct, sizing: MachineSizing, prefix = ''): void {
  checkInteger(scope, `${prefix}vcpus`, sizing.vcpus, 1, MAX_VCPUS,
    `give from 1 to ${MAX_VCPUS} vCPUs: QEMU 7.2's q35 machine refuses more ("Invalid SMP CPUs")`);
  checkInteger(scope, `${prefix}memoryMiB`, sizing.memoryMiB, 128, MAX_MEMORY_MIB,
    `give from 128 MiB (cloud images need about 512 MiB to boot) to ${MAX_MEMORY_MIB} MiB (1 TiB, the most QEMU's default 40 physical address bits reach); memoryMiB counts MiB: 4 GiB is 4096`);
  checkInteger(scope, `${prefix}rootDiskGiB`, sizing.rootDiskGiB, 1);
}

/** The props of a machine that {@link checkMachineValues} reads (a machine's props are one). */
export interface MachineValues extends MachineSizing {
  readonly hostNumber?: number;
  readonly waitForLeaseSeconds?: number;
  readonly serialLogFile?: string;
  readonly nics?: unknown;
  readonly dataDisks?: unknown;
  readonly guestAgent?: unknown;
  readonly autostart?: unknown;
  readonly loginUser?: unknown;
}

/** The props of a machine that read nothing but their own values: sizing, numbers, the serial log, the lists, the flags, the login user. */
export function checkMachineValues(scope: IConstruct, props: MachineValues): void {
  checkSizing(scope, props);
  checkInteger(scope, 'waitForLeaseSeconds', props.waitForLeaseSeconds, 0);
  checkInteger(scope, 'hostNumber', props.hostNumber, 1);
  checkAbsolutePath(scope, 'serialLogFile', props.serialLogFile);
  checkArray(scope, 'nics', props.nics, '{ network }');
  checkDataDisks(scope, props.dataDisks);
  checkLiteralBoolean(scope, 'guestAgent', props.guestAgent);
  checkBoolean(scope, 'autostart', props.autostart);
  checkLoginUser(scope, props.loginUser);
}

// the key types OpenSSH's authorized_keys accepts; a key is its type, a space and its base64 blob
const KEY_TYPE = '(?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-nistp(?:256|384|521)|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\\.com)';
const SSH_KEY = new RegExp(`^${KEY_TYPE} [A-Za-z0-9+/=]+( .*)?$`);
// the start of a key anywhere in an entry: its type, then a blob of some length (a comment such as "ssh-rsa key" is no key)
const KEY_START = new RegExp(`(?:^|\\s)${KEY_TYPE}\\s+[A-Za-z0-9+/]{16,}`, 'g');
const EXAMPLE_KEYS = "sshAuthorizedKeys: ['ssh-ed25519 AAAA... me@laptop', 'ssh-rsa AAAA... me@desktop']";

/**
 * The public SSH keys of `user` (of the machine's login user when the prop is a machine's or a
 * lab's): an array with one OpenSSH public key per entry. A string is refused rather than read
 * character by character, and an entry holding two keys is refused rather than reported as not a key.
 */
export function checkSshKeys(scope: IConstruct, keys: unknown, user?: unknown): void {
  if (keys === undefined) return;
  // the user is only named when it is a name (a symbol or an object cannot go into the message)
  const ofUser = typeof user !== 'string' || isToken(user) ? '' : ` of user ${user}`;
  if (typeof keys === 'string') {
    fail(scope, `sshAuthorizedKeys${ofUser} is a string, not an array of keys`, shown(keys), "pass an array: sshAuthorizedKeys: ['ssh-ed25519 AAAA... me@laptop']");
  }
  checkArray(scope, 'sshAuthorizedKeys', keys, "'ssh-ed25519 AAAA... me@laptop'");
  for (const key of keys as unknown[]) {
    if (typeof key === 'string' && isToken(key)) continue;
    if (typeof key !== 'string') fail(scope, `an SSH key${ofUser} is not a string`, key, `give each key as a string, one key per array entry: ${EXAMPLE_KEYS}`);
    checkSingleString(scope, `an SSH key${ofUser}`, key, `give each key as a string, one key per array entry: ${EXAMPLE_KEYS}`);
    const count = [...key.matchAll(KEY_START)].length;
    if (count > 1) {
      fail(scope, `an entry of sshAuthorizedKeys${ofUser} holds ${count} keys`, shown(key), `give one key per array entry: ${EXAMPLE_KEYS}`);
    }
    if (!SSH_KEY.test(key.trim())) {
      fail(scope, `an SSH key${ofUser} is not an OpenSSH public key`, shown(key),
        "pass the content of a .pub file, such as 'ssh-ed25519 AAAA... me@laptop' (never the private key)");
    }
  }
}

/** A key as a message may show it: never (part of) a private key, in logs and CI output. */
function shown(key: string): string {
  return /PRIVATE KEY/.test(key) ? '(a private key, not shown)' : key.length > 40 ? `${key.slice(0, 40)}...` : key;
}

/** A Linux user name as cloud-init creates it (and useradd takes it): up to 32 characters. */
export const USER_NAME = /^[a-z_][a-z0-9_-]{0,31}$/;

/** The login user of a machine (or the one a lab or cluster gives its machines): a Linux user name. */
export function checkLoginUser(scope: IConstruct, loginUser: unknown): void {
  if (loginUser === undefined || isToken(loginUser)) return;
  const fix = "use up to 32 lowercase letters, digits, _ or -, starting with a letter or _, such as 'debian'";
  checkSingleString(scope, 'loginUser', loginUser, fix);
  if (!USER_NAME.test(loginUser as string)) fail(scope, 'loginUser is not a Linux user name', loginUser, fix);
}

/** The login user and its keys, as a lab or a cluster passes them on to its machines (see {@link checkLoginUser} and {@link checkSshKeys}). */
export function checkUserAndKeys(scope: IConstruct, loginUser: unknown, keys: unknown): void {
  checkLoginUser(scope, loginUser);
  checkSshKeys(scope, keys, loginUser);
}

/** The machine's login user and its keys (see {@link checkUserAndKeys}), with a warning when it is root (see {@link warnRootLogin}). */
export function checkLogin(scope: IConstruct, loginUser: string | undefined, keys: unknown): void {
  checkUserAndKeys(scope, loginUser, keys);
  warnRootLogin(scope, loginUser);
}

/** An extra disk of a machine, as {@link checkDataDisks} reads it. */
interface DataDisk {
  readonly sizeGiB?: unknown;
  readonly pool?: unknown;
}

/** The extra disks of a machine: an array of at most 24 (vdb to vdy), each a size in whole GiB and maybe a pool. */
export function checkDataDisks(scope: IConstruct, disks: unknown): void {
  checkArray(scope, 'dataDisks', disks, '{ sizeGiB: 20 }');
  if (disks === undefined) return;
  // by index: forEach would skip the holes of a sparse array
  for (let i = 0; i < (disks as unknown[]).length; i++) {
    const disk = (disks as unknown[])[i];
    checkProps<DataDisk>(scope, `dataDisks[${i}]`, disk, { sizeGiB: true, pool: true }, true);
    checkInteger(scope, `dataDisks[${i}].sizeGiB`, (disk as { sizeGiB: number }).sizeGiB, 1);
    checkConstructRef(scope, `dataDisks[${i}].pool`, (disk as DataDisk).pool, STORAGE_POOL);
  }
  if ((disks as unknown[]).length > 24) fail(scope, 'too many data disks', (disks as unknown[]).length, 'attach at most 24 data disks (vdb to vdy)');
}

/**
 * Warns when the login user is root. It works: cloud-init writes the keys to root's
 * authorized_keys (its `disable_root: true` only locks out keys that come from the datasource, which
 * this library gives none), and OpenSSH's default `PermitRootLogin prohibit-password` accepts them.
 * But images that set `PermitRootLogin no` refuse the login, and everything done over SSH runs as root.
 */
export function warnRootLogin(scope: IConstruct, loginUser: string | undefined): void {
  if (loginUser !== 'root') return;
  Annotations.of(scope).addWarning('loginUser is root: SSH as root works only where the image\'s sshd permits root login '
    + '(OpenSSH\'s default prohibit-password does, hardened images set PermitRootLogin no), and every command over SSH runs as root; '
    + 'prefer the image\'s own user (such as debian or ubuntu), who gets passwordless sudo');
}
