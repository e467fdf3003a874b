import { Annotations } from 'cdktf';
import { IConstruct } from 'constructs';
import { addressLockOf } from './address-lock';
import { AddressPool, hashIndex, inPool, probe, staticPool } from './allocator';
import { contains, formatIpv4, Ipv4Subnet, parseIpv4, parseSubnet } from './ipv4';
import { registryOf } from './registry';
import { fail, isToken } from './validate';

/**
 * The subnet and address planning of a network: which addresses of its subnet are the gateway,
 * the DHCP range and the pool machines may be given, and the checks and claims of the addresses
 * NICs get. Pure planning: it knows networks only through {@link AddressedNetwork}, never as
 * constructs of lib/.
 */

/** A range of addresses, both ends included (the shape of the public `AddressRange`). */
export interface AddressSpan {
  readonly start: string;
  readonly end: string;
}

/** The addressing props a network is planned from. */
export interface SubnetProps {
  readonly cidr?: string;
  readonly gateway?: string;
  readonly dhcp?: boolean;
  readonly dhcpRange?: AddressSpan;
}

/**
 * What address planning needs of a network (an `INetwork` is one): its construct (its stack's
 * registry, its path in messages), its libvirt name and its host's name, which key its addresses.
 */
export interface AddressedNetwork extends IConstruct {
  readonly literalName: string;
  readonly host: { readonly hostName: string };
}

/** The validated addressing of a network. */
export interface SubnetPlan {
  readonly subnet?: Ipv4Subnet;
  readonly gateway?: number;
  readonly dhcp?: [number, number];
  /** Addresses that machines may be given: the subnet minus gateway and DHCP range. */
  readonly pool?: AddressPool;
}

/**
 * Validates the addressing props of the network `scope` and plans its subnet: the gateway
 * (default: the first address), the DHCP range (default on a `managed` network that has DHCP: the
 * upper half) and the pool of the rest. Without a cidr the plan is empty.
 */
export function planSubnet(scope: IConstruct, props: SubnetProps, managed: boolean): SubnetPlan {
  if (props.cidr === undefined) {
    if (props.gateway !== undefined || props.dhcpRange !== undefined) {
      fail(scope, 'gateway and dhcpRange need a subnet', props.gateway ?? props.dhcpRange, 'set cidr as well');
    }
    return {};
  }
  if (isToken(props.cidr)) {
    fail(scope, 'cidr must be known when the lab is synthesized: addresses, DHCP range and gateway are planned from it', props.cidr,
      "give the subnet as a literal string such as '10.77.0.0/24'");
  }
  if (props.dhcp === false && props.dhcpRange !== undefined) {
    fail(scope, 'dhcpRange is given but dhcp is false', props.dhcpRange, 'remove dhcpRange, or remove dhcp: false to run DHCP on that range');
  }
  const subnet = parseSubnet(props.cidr);
  if (typeof subnet === 'string') {
    fail(scope, `cidr ${subnet}`, props.cidr, "give the network address and prefix length, for example '10.77.0.0/24'");
  }
  const usable = (ip: number) => ip > subnet.first && ip < subnet.last;
  const parseIn = (prop: string, text: string): number => {
    const ip = parseIpv4(text);
    if (ip === undefined) fail(scope, `${prop} is not an IPv4 address`, text, 'write it as four numbers, such as 10.77.0.1');
    if (!usable(ip)) {
      fail(scope, `${prop} is not a usable address of ${subnet.cidr}`, text,
        `use an address from ${formatIpv4(subnet.first + 1)} to ${formatIpv4(subnet.last - 1)}`);
    }
    return ip;
  };
  const gateway = props.gateway === undefined ? subnet.first + 1 : parseIn('gateway', props.gateway);
  let dhcp: [number, number] | undefined;
  if (props.dhcpRange !== undefined) {
    dhcp = [parseIn('dhcpRange.start', props.dhcpRange.start), parseIn('dhcpRange.end', props.dhcpRange.end)];
    if (dhcp[0] > dhcp[1]) fail(scope, 'dhcpRange starts after it ends', props.dhcpRange, 'swap start and end');
  } else if (managed && props.dhcp !== false) {
    const size = subnet.last - subnet.first + 1;
    dhcp = [Math.max(subnet.first + size / 2, subnet.first + 2), subnet.last - 1];
  }
  if (dhcp && gateway >= dhcp[0] && gateway <= dhcp[1]) {
    fail(scope, 'the gateway lies inside the DHCP range', formatIpv4(gateway), 'move the gateway or the DHCP range so they do not overlap');
  }
  const pool = staticPool(subnet.first, subnet.last, [[gateway, gateway], ...(dhcp ? [dhcp] : [])]);
  return { subnet, gateway, dhcp, pool };
}

/** The DNS servers of fixed-address guests: `given` (checked to be addresses), else `fallback` when there is one. */
export function nameserversOf(scope: IConstruct, given: string[] | undefined, fallback: string | undefined): string[] {
  for (const [i, ns] of (given ?? []).entries()) {
    if (!isToken(ns) && parseIpv4(ns) === undefined) {
      fail(scope, `nameservers[${i}] is not an IPv4 address`, ns, 'give DNS servers as addresses, such as 192.168.1.1');
    }
  }
  return given ?? (fallback === undefined ? [] : [fallback]);
}

/** The plan's addresses as the strings INetwork exposes. */
export function describePlan(plan: SubnetPlan): { cidr?: string; gateway?: string; dhcpRange?: AddressSpan } {
  return {
    cidr: plan.subnet?.cidr,
    gateway: plan.gateway === undefined ? undefined : formatIpv4(plan.gateway),
    dhcpRange: plan.dhcp && { start: formatIpv4(plan.dhcp[0]), end: formatIpv4(plan.dhcp[1]) },
  };
}

/**
 * Fails when `subnet`, the subnet of network `name` on host `hostName`, overlaps another subnet on
 * that host, naming the first one it overlaps: subnets of networks the stack creates before those
 * of existing networks it refers to, each in the order they were claimed. The references to one
 * existing network (`existing`) may share its subnet.
 */
export function checkSubnet(owner: IConstruct, hostName: string, name: string, subnet: Ipv4Subnet, existing: boolean): void {
  const subnets = subnetsOn(owner, hostName);
  const other = subnets.created.firstOverlap(subnet) ?? subnets.referred.firstOverlap(subnet, existing ? name : undefined);
  if (other) {
    fail(owner, `subnet ${subnet.cidr} overlaps ${other.subnet.cidr} of ${other.holder.node.path} on the same host`, subnet.cidr,
      'give every network on a host its own, non-overlapping subnet');
  }
}

/** Claims `subnet` on host `hostName` for network `name` of `owner` (checked with {@link checkSubnet} first): one the stack creates, or an `existing` one. */
export function claimSubnet(owner: IConstruct, hostName: string, name: string, subnet: Ipv4Subnet, existing: boolean): void {
  const subnets = subnetsOn(owner, hostName);
  (existing ? subnets.referred : subnets.created).add(subnet, name, owner);
}

/** The subnets claimed on host `hostName` in the stack of `scope`: of networks it creates, and of existing networks it refers to. */
function subnetsOn(scope: IConstruct, hostName: string): { readonly created: SubnetIndex; readonly referred: SubnetIndex } {
  return registryOf(scope).index(`subnets:${hostName}`, () => ({ created: new SubnetIndex(), referred: new SubnetIndex() }));
}

/** A subnet as {@link SubnetIndex} keeps it: parsed once, with the name and construct of its network and the order it came in. */
export interface PlacedSubnet {
  readonly subnet: Ipv4Subnet;
  readonly name: string;
  readonly holder: IConstruct;
  readonly order: number;
}

/** The first subnet of a set, and the first whose network name differs from that one's. */
interface Firsts {
  first: PlacedSubnet;
  firstOfAnotherName?: PlacedSubnet;
}

/** What the index knows of one CIDR block: the first subnets that are exactly the block, and the first ones inside it (itself included). */
interface Block {
  exact?: Firsts;
  inside?: Firsts;
}

/**
 * The subnets of one host, indexed for overlap checks. Two CIDR blocks are either nested or
 * disjoint, so the subnets that overlap a /p are those that contain it (one block for each prefix
 * length up to p) and those inside it. For every block that holds a subnet, the index keeps the
 * first subnet that is exactly that block and the first inside it, so adding a subnet and finding
 * the first one it overlaps each take at most 33 map lookups, however many subnets the host has.
 */
export class SubnetIndex {
  private readonly blocks = new Map<number, Block>();
  private count = 0;

  /** Adds `subnet` of network `name`, held by `holder`. */
  public add(subnet: Ipv4Subnet, name: string, holder: IConstruct): void {
    const placed: PlacedSubnet = { subnet, name, holder, order: this.count++ };
    for (let p = 0; p <= subnet.prefix; p++) {
      const key = blockKey(subnet.first, p);
      let block = this.blocks.get(key);
      if (block === undefined) this.blocks.set(key, (block = {}));
      block.inside = noted(block.inside, placed);
      if (p === subnet.prefix) block.exact = noted(block.exact, placed);
    }
  }

  /** The first subnet added (in the order of {@link add}) that overlaps `subnet`, leaving out those of network `except`. */
  public firstOverlap(subnet: Ipv4Subnet, except?: string): PlacedSubnet | undefined {
    let found: PlacedSubnet | undefined;
    for (let p = 0; p <= subnet.prefix; p++) {
      const block = this.blocks.get(blockKey(subnet.first, p));
      // no subnet lies inside this block, so none lies inside the smaller ones within it
      if (block === undefined) break;
      const candidate = firstExcept(p < subnet.prefix ? block.exact : block.inside, except);
      if (candidate !== undefined && (found === undefined || candidate.order < found.order)) found = candidate;
    }
    return found;
  }
}

/** The block of prefix length `prefix` that contains address `ip`, as a number. */
function blockKey(ip: number, prefix: number): number {
  const size = 2 ** (32 - prefix);
  return prefix * 2 ** 32 + (ip - (ip % size));
}

/** `firsts` with `placed`, the latest subnet, taken into account. */
function noted(firsts: Firsts | undefined, placed: PlacedSubnet): Firsts {
  if (firsts === undefined) return { first: placed };
  if (firsts.firstOfAnotherName === undefined && placed.name !== firsts.first.name) firsts.firstOfAnotherName = placed;
  return firsts;
}

/** The first subnet of `firsts` whose network is not `except`. */
function firstExcept(firsts: Firsts | undefined, except: string | undefined): PlacedSubnet | undefined {
  if (firsts === undefined) return undefined;
  return firsts.first.name !== except ? firsts.first : firsts.firstOfAnotherName;
}

/**
 * Checks that the fixed `address` may be given to a NIC of `owner` on `network` (inside the
 * subnet, not its network, broadcast or gateway address, outside the DHCP range, not another
 * construct's) and claims it. A token address passes unchecked.
 */
export function reserve(network: AddressedNetwork, plan: SubnetPlan, owner: IConstruct, address: string): void {
  if (isToken(address)) return;
  const where = `network ${network.literalName}`;
  if (!plan.subnet) {
    fail(owner, `a fixed address needs the subnet of ${where}, which is not known`, address,
      `set cidr on ${network.node.path}, or let this NIC use DHCP`);
  }
  const ip = parseIpv4(address);
  if (ip === undefined) fail(owner, 'the address is not an IPv4 address', address, 'write it as four numbers, such as 10.77.0.10');
  if (!contains(plan.subnet, ip)) {
    fail(owner, `the address is outside the subnet ${plan.subnet.cidr} of ${where}`, address, `pick an address inside ${plan.subnet.cidr}`);
  }
  if (ip === plan.subnet.first || ip === plan.subnet.last) {
    fail(owner, `the address is the network or broadcast address of ${plan.subnet.cidr}`, address, 'pick an address between them');
  }
  if (ip === plan.gateway) {
    fail(owner, `the address is the gateway of ${where}`, address, 'pick another address; the gateway belongs to the host or router');
  }
  if (plan.dhcp && ip >= plan.dhcp[0] && ip <= plan.dhcp[1]) {
    fail(owner, `the address lies in the DHCP range ${formatIpv4(plan.dhcp[0])}-${formatIpv4(plan.dhcp[1])} of ${where}`, address,
      'pick an address outside the DHCP range, or leave the address unset to use DHCP');
  }
  claimAddress(network, plan, owner, ip, 'give every NIC on a network its own address');
}

/** Claims `ip` on `network` for `owner` in the stack's registry; a clash names the holder and, when there is one, a free address. */
export function claimAddress(network: AddressedNetwork, plan: SubnetPlan, owner: IConstruct, ip: number, fix: string): void {
  const group = addressesOf(network);
  const registry = registryOf(owner);
  const holder = registry.holder(`${group}${ip}`);
  if (holder && holder !== owner) {
    const free = plan.pool && firstFree(network, plan.pool);
    fail(owner, `address ${formatIpv4(ip)} on network ${network.literalName} is already planned for ${holder.node.path}`, formatIpv4(ip),
      `${fix}${free === undefined ? '' : ` (${free} is free)`}`);
  }
  registry.claimIn(owner, group, `${ip}`, `the address on network ${network.literalName}`, formatIpv4(ip), fix);
}

/**
 * The lowest address of `pool` that nothing on `network` has claimed yet. Only asked for the
 * message of a clash: it looks at no more addresses than the network has claimed, plus one.
 */
export function firstFree(network: AddressedNetwork, pool: AddressPool): string | undefined {
  const registry = registryOf(network);
  const group = addressesOf(network);
  for (const [a, b] of pool.intervals) {
    for (let ip = a; ip <= b; ip++) {
      if (!registry.isTaken(`${group}${ip}`)) return formatIpv4(ip);
    }
  }
  return undefined;
}

/** The registry group of the addresses claimed on `network` (the key of one is the group and the address as a number). */
function addressesOf(network: AddressedNetwork): string {
  return `ip:${network.host.hostName}:${network.literalName}:`;
}

/**
 * The allocated address of `owner`: network address + `hostNumber` when given; else the address
 * the stack's address lock records for its identity, while that address is still in the pool and
 * free; else the pool entry its identity hashes to, or the first free one after it that the lock
 * does not keep for another machine. Machines never clash, and a machine the lock lists never
 * moves when others are added or removed (see address-lock.ts). The plan must have a subnet.
 */
export function allocate(network: AddressedNetwork, plan: SubnetPlan, owner: IConstruct, identity: string, hostNumber?: number): string {
  const where = `network ${network.literalName}`;
  const pool = plan.pool!;
  if (hostNumber !== undefined && !isToken(hostNumber)) {
    const ip = plan.subnet!.first + hostNumber;
    if (!Number.isInteger(hostNumber) || !inPool(pool, ip)) {
      fail(owner, `hostNumber gives no address ${where} may hand out (${describeRanges(pool)})`, hostNumber,
        'pick a host number whose address lies outside the gateway and the DHCP range');
    }
    claimAddress(network, plan, owner, ip, 'give the machines different host numbers');
    return formatIpv4(ip);
  }
  const registry = registryOf(owner);
  const group = addressesOf(network);
  const lock = addressLockOf(owner);
  const key = `${network.host.hostName}/${network.literalName}`;
  const given = lock.given(key, identity);
  if (given !== undefined && registry.holder(`${group}${parseIpv4(given)}`) === owner) return given;
  const taken = registry.size(group);
  if (pool.size === 0 || taken >= pool.size) {
    const planned = pool.size === 0 ? 'it has no address outside its gateway and DHCP range'
      : `all ${pool.size} addresses outside its gateway and DHCP range are planned`;
    fail(owner, `${where} has no address left for this machine: ${planned}`, plan.subnet!.cidr,
      `give ${network.node.path} a larger cidr or a smaller dhcpRange`);
  }
  const free = (ip: number) => !registry.isTaken(`${group}${ip}`);
  let ip: number | undefined;
  const recorded = lock.recorded(key, identity);
  if (recorded !== undefined) {
    const r = parseIpv4(recorded);
    if (r !== undefined && inPool(pool, r) && free(r)) ip = r;
    else movedWarning(owner, network, recorded, r === undefined || !inPool(pool, r) ? undefined : registry.holder(`${group}${r}`), lock.file);
  }
  if (ip === undefined) {
    const start = hashIndex(identity, pool.size);
    ip = probe(pool, start, (c) => free(c) && !lock.keptForOther(key, formatIpv4(c), identity)) ?? probe(pool, start, free)!;
  }
  claimAddress(network, plan, owner, ip, 'give every NIC on a network its own address');
  lock.record(key, identity, formatIpv4(ip));
  return formatIpv4(ip);
}


function movedWarning(owner: IConstruct, network: AddressedNetwork, recorded: string, holder: IConstruct | undefined, file: string | undefined): void {
  const why = holder ? `it is now planned for ${holder.node.path}` : `it is no longer one that network ${network.literalName} hands out to machines`;
  Annotations.of(owner).addWarning(`the address lock ${file} records ${recorded} for this machine on network ${network.literalName}, but ${why}: `
    + 'the machine gets a new address, and is replaced when the lab is applied');
}

/** The pool as text, for messages: `10.77.0.2-10.77.0.127, 10.77.0.200`, or `none`. */
export function describeRanges(pool: AddressPool): string {
  return pool.intervals.map(([a, b]) => (a === b ? formatIpv4(a) : `${formatIpv4(a)}-${formatIpv4(b)}`)).join(', ') || 'none';
}
