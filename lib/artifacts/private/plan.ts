import { isIPv6 } from 'net';
import { LibvirtValidationError } from '../../errors';
import { parseIpv4 } from '../../private/ipv4';
import { Topology, TopologyHost, TopologyMachine, TopologyNetwork, TopologyNic } from '../../topology';

/**
 * What every renderer needs from a topology, worked out and checked once: each machine's KVM host
 * and each NIC's network exist. Everything is sorted by code unit, never by locale, so that the same
 * topology always gives the same bytes, whatever the order in which its constructs were created.
 */
export interface IndexedTopology {
  readonly topology: Topology;
  /** Hosts by name. */
  readonly hosts: Map<string, TopologyHost>;
  /** Networks by path. */
  readonly networks: Map<string, TopologyNetwork>;
  /** Machines sorted by path. */
  readonly machines: TopologyMachine[];
  /** Machines by path. */
  readonly machinesByPath: Map<string, TopologyMachine>;
}

/** A topology whose machines also have the one alias that names each in the SSH config, the inventory and /etc/hosts. */
export interface AliasedTopology extends IndexedTopology {
  /** Machines sorted by alias. */
  readonly machines: TopologyMachine[];
  /** Alias of each machine, by path. */
  readonly aliases: Map<string, string>;
}

/** Compares strings by UTF-16 code unit, the same on every machine and locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A copy of `items` sorted by `key`. */
export function sortedBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compare(key(a), key(b)));
}

/** Throws the library's error for one element of the topology (named by its construct path). */
export function reject(path: string, problem: string, value: unknown, fix: string): never {
  throw new LibvirtValidationError(path, problem, value, fix);
}

/** Indexes and checks a topology; throws a {@link LibvirtValidationError} naming the first inconsistency. */
export function indexTopology(topology: Topology): IndexedTopology {
  const hosts = new Map<string, TopologyHost>();
  for (const host of topology.hosts) {
    if (hosts.has(host.name)) reject(topology.stack, 'two KVM hosts of the topology have the same name', host.name, 'give every Host a distinct id');
    hosts.set(host.name, host);
  }
  const networks = new Map<string, TopologyNetwork>();
  for (const network of topology.networks) {
    if (networks.has(network.path)) reject(network.path, 'two networks of the topology have the same path', network.path, 'list each network once');
    if (!hosts.has(network.host)) {
      reject(network.path, 'the network is on a KVM host that is not in the topology', network.host, 'list the host in topology.hosts');
    }
    for (const host of network.spans ?? []) {
      if (!hosts.has(host) || host === network.host) reject(network.path, 'the network spans a KVM host that is not in the topology, or its own', host, 'list the host in topology.hosts');
    }
    networks.set(network.path, network);
  }
  const machinesByPath = new Map<string, TopologyMachine>();
  for (const machine of topology.machines) {
    if (machinesByPath.has(machine.path)) reject(machine.path, 'two machines of the topology have the same path', machine.path, 'list each machine once');
    if (!hosts.has(machine.host)) {
      reject(machine.path, 'the machine is on a KVM host that is not in the topology', machine.host, 'list the host in topology.hosts');
    }
    for (const nic of machine.nics) {
      if (!networks.has(nic.network)) {
        reject(machine.path, `NIC ${nic.name} is on a network that is not in the topology`, nic.network, 'list the network in topology.networks');
      }
    }
    machinesByPath.set(machine.path, machine);
  }
  for (const network of topology.networks) {
    if (network.wire === undefined) continue;
    if (network.wire.length !== 2) reject(network.path, 'a wire has two ends', network.wire.length, 'list both ends of the wire');
    for (const end of network.wire) {
      if (!machinesByPath.has(end.machine)) reject(network.path, 'an end of the wire is a machine that is not in the topology', end.machine, 'list the machine in topology.machines');
    }
  }
  return { topology, hosts, networks, machines: sortedBy(topology.machines, (m) => m.path), machinesByPath };
}

/** {@link indexTopology}, plus the machines' aliases; throws when a machine name cannot be an alias. */
export function indexWithAliases(topology: Topology): AliasedTopology {
  const index = indexTopology(topology);
  const aliases = machineAliases(topology);
  return { ...index, machines: sortedBy(topology.machines, (m) => aliases.get(m.path)!), aliases };
}

// A libvirt object name as lib/private/validate.ts admits it: safe as an SSH Host pattern (no
// wildcard, negation, comma or space), as an Ansible host name (no range brackets, no colon) and in
// YAML, a DOT or Mermaid id's source, a file name.
const ALIAS = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * One alias per machine: its libvirt name, which is unique on its host. When machines on different
 * hosts share a libvirt name, each of them is `<name>.<host>` instead, so that no alias depends on
 * which machine was created first.
 */
function machineAliases(topology: Topology): Map<string, string> {
  const count = new Map<string, number>();
  for (const m of topology.machines) count.set(m.name, (count.get(m.name) ?? 0) + 1);
  const aliases = new Map<string, string>();
  const owner = new Map<string, string>();
  for (const m of sortedBy(topology.machines, (x) => x.path)) {
    if (typeof m.name !== 'string' || !ALIAS.test(m.name)) {
      reject(m.path, 'the machine name cannot be an SSH host alias or an Ansible host name', m.name,
        "use letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    const alias = count.get(m.name) === 1 ? m.name : `${m.name}.${m.host.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'host'}`;
    const other = owner.get(alias);
    if (other !== undefined) {
      reject(m.path, `the machine's alias is already the alias of ${other}`, alias, 'give the machines distinct names');
    }
    owner.set(alias, m.path);
    aliases.set(m.path, alias);
  }
  return aliases;
}

const DNS_LABEL = '[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const DNS_NAME = new RegExp(`^${DNS_LABEL}(\\.${DNS_LABEL})*$`);

/** True for a host name or FQDN: dot-separated DNS labels, 253 characters at most. */
export function isDnsName(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 253 && DNS_NAME.test(value);
}

/** True for a dotted-quad IPv4 address. */
export function isIpv4(value: unknown): value is string {
  return typeof value === 'string' && /^\d{1,3}(\.\d{1,3}){3}$/.test(value) && parseIpv4(value) !== undefined;
}

/** Checks a NIC's planned address, when it has one. */
export function nicAddress(machine: TopologyMachine, nic: TopologyNic): string | undefined {
  if (nic.address === undefined) return undefined;
  if (!isIpv4(nic.address)) reject(machine.path, `NIC ${nic.name} has an address that is not an IPv4 address`, nic.address, 'plan an IPv4 address such as 10.77.0.10');
  return nic.address;
}

/** The machine's first planned address, in NIC order. */
export function firstAddress(machine: TopologyMachine): string | undefined {
  for (const nic of machine.nics) {
    const address = nicAddress(machine, nic);
    if (address !== undefined) return address;
  }
  return undefined;
}

/**
 * The KVM host that ssh jumps through to reach `machine` at its first address: its own host, or,
 * when that address is on a network that spans to its host, the network's own host (a leg is only
 * a bridge: its host has no address on the network).
 */
export function viaHost(index: IndexedTopology, machine: TopologyMachine): TopologyHost {
  const nic = machine.nics.find((n) => nicAddress(machine, n) !== undefined);
  const network = nic === undefined ? undefined : index.networks.get(nic.network);
  return index.hosts.get(network?.spans?.includes(machine.host) ? network.host : machine.host)!;
}

/** The machine's hostname, checked. */
export function hostname(machine: TopologyMachine): string {
  if (!isDnsName(machine.hostname) || machine.hostname.includes('.')) {
    reject(machine.path, 'the hostname is not a DNS label', machine.hostname, "use 1 to 63 letters, digits or '-', not starting or ending with '-'");
  }
  return machine.hostname;
}

/** The machine's FQDN, checked, when it has one. */
export function fqdn(machine: TopologyMachine): string | undefined {
  if (machine.fqdn === undefined) return undefined;
  if (!isDnsName(machine.fqdn)) reject(machine.path, 'the FQDN is not a DNS name', machine.fqdn, 'use dot-separated DNS labels, such as web.lab.test');
  return machine.fqdn;
}

/**
 * Where to connect to reach the machine: its first planned address, else its FQDN, else its
 * hostname (for a DHCP-only machine, a name that the network's DNS resolves; through a jump host
 * the jump host resolves it, which is where libvirt's DNS answers).
 */
export function connectTarget(machine: TopologyMachine): string {
  return firstAddress(machine) ?? fqdn(machine) ?? hostname(machine);
}

// A POSIX-style login name (what useradd and cloud-init accept, and what no consumer quotes or
// expands): letters, digits, '.', '_', '-', not starting with '-' or '.'.
const USER = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/** The machine's login user, checked, when it has one. */
export function loginUser(machine: TopologyMachine): string | undefined {
  if (machine.loginUser === undefined) return undefined;
  if (typeof machine.loginUser !== 'string' || !USER.test(machine.loginUser)) {
    reject(machine.path, 'the login user is not a user name that SSH and Ansible take literally', machine.loginUser,
      "use letters, digits, '.', '_' or '-', starting with a letter, digit or '_'");
  }
  return machine.loginUser;
}

/**
 * The ProxyJump destination `[user@]host[:port]` of the machines of a host reached over SSH, or
 * undefined for a local host. An IPv6 address is put in brackets, which ssh requires once a port
 * follows and accepts always.
 */
export function jumpHost(stack: string, host: TopologyHost): string | undefined {
  const jump = jumpParts(stack, host);
  return jump && `${jump.user !== undefined ? `${jump.user}@` : ''}${isIPv6(jump.host) ? `[${jump.host}]` : jump.host}${jump.port !== undefined ? `:${jump.port}` : ''}`;
}

/** The checked parts of a KVM host's SSH destination: user, host name or bare address, port. */
export function jumpParts(stack: string, host: TopologyHost): { user?: string; host: string; port?: number } | undefined {
  if (host.ssh === undefined) return undefined;
  const destination = host.ssh.destination;
  const at = typeof destination === 'string' ? destination.lastIndexOf('@') : -1;
  const user = at >= 0 ? destination.slice(0, at) : undefined;
  const name = typeof destination === 'string' ? destination.slice(at + 1) : '';
  const bare = name.startsWith('[') && name.endsWith(']') ? name.slice(1, -1) : name;
  if (user !== undefined && !USER.test(user)) {
    reject(stack, `the SSH user of KVM host ${JSON.stringify(host.name)} cannot be written as a jump host`, destination,
      "use a user name of letters, digits, '.', '_' or '-'");
  }
  const isV6 = isIPv6(bare);
  if (!isV6 && !isDnsName(bare) && !isIpv4(bare)) {
    reject(stack, `the SSH destination of KVM host ${JSON.stringify(host.name)} is not [user@]host with a host name or address`, destination,
      'use a DNS name, an IPv4 address or an IPv6 address, optionally preceded by user@');
  }
  const port = host.ssh.port;
  if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535)) {
    reject(stack, `the SSH port of KVM host ${JSON.stringify(host.name)} is not a port number`, port, 'use a whole number from 1 to 65535');
  }
  return { user, host: bare, port };
}

/**
 * A value for a comment line: JSON-quoted, with every character outside printable ASCII escaped,
 * so that no value can end the comment or start a line of its own.
 */
export function commentText(value: string): string {
  return JSON.stringify(value).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Hands out names from candidates, appending `_2`, `_3`, ... to a candidate already taken. */
export class NameTable {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.taken.add(name);
  }

  /** Marks `name` as taken, without handing it out. */
  public reserve(name: string): void {
    this.taken.add(name);
  }

  /** `candidate`, or the first `candidate_N` (N >= 2) not taken yet; marks it taken. */
  public claim(candidate: string): string {
    let name = candidate;
    for (let n = 2; this.taken.has(name); n++) name = `${candidate}_${n}`;
    this.taken.add(name);
    return name;
  }
}

/** Lowercase ASCII letters, digits and `_` only: every run of anything else becomes one `_`. */
export function identifier(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
}

/**
 * A file path as an ssh_config argument that ssh reads back as exactly that path: `%` doubled (ssh
 * expands `%` tokens in these paths), double-quoted with `\` and `"` escaped when it holds anything
 * but plain path characters (ssh splits arguments at blanks, and a `#` starting one is a comment).
 * What cannot be written is refused: line breaks and other control characters, and `${`, which ssh
 * expands as an environment variable with no way to escape it.
 */
export function sshPath(stack: string, option: string, path: string): string {
  if (typeof path !== 'string' || path.length === 0) reject(stack, `${option} is empty`, path, 'give a file path');
  if (/[\x00-\x1f\x7f]/.test(path)) {
    reject(stack, `${option} holds a line break or another control character, which an SSH config cannot hold`, path, 'use a path without control characters');
  }
  if (path.includes('${')) {
    reject(stack, `${option} holds "\${", which ssh expands as an environment variable`, path, 'use a path without "${"');
  }
  const escaped = path.replace(/%/g, '%%');
  return /^[A-Za-z0-9_.,/~%+=:@-]+$/.test(escaped) ? escaped : `"${escaped.replace(/[\\"]/g, '\\$&')}"`;
}
