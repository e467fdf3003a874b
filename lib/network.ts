import { createHash } from 'crypto';
import { Construct, IConstruct } from 'constructs';
import { DomainDevicesInterfacesSource } from './generated/providers/libvirt/domain';
import { Network as NetworkResource, NetworkConfig } from './generated/providers/libvirt/network';
import { Host, IHost } from './host';
import { AddressPool, addressAt, hashIndex, inPool, staticPool } from './private/allocator';
import { contains, formatIpv4, Ipv4Subnet, netmask, overlaps, parseIpv4, parseSubnet } from './private/ipv4';
import { Lab } from './lab';
import { modelOf } from './private/model';
import { registryOf } from './private/registry';
import { replaceOnChange } from './private/replacement';
import { checkDomainName, checkObjectName, checkOneOf, fail, INTERFACE_NAME, isToken } from './private/validate';

/** How a network reaches the outside world (libvirt's `<forward mode>`). */
export class NetworkMode {
  /** A private subnet behind the host's NAT: guests reach out, nothing reaches in. */
  public static nat(): NetworkMode {
    return new NetworkMode('nat', true);
  }
  /** A private subnet with no way out: guests only reach each other and the host. */
  public static isolated(): NetworkMode {
    return new NetworkMode('isolated', true);
  }
  /** A subnet routed (not NATed) by the host: the LAN needs a route to it through the host. */
  public static routed(): NetworkMode {
    return new NetworkMode('route', true);
  }
  /** Like routed, but libvirt adds no firewall rules at all. */
  public static open(): NetworkMode {
    return new NetworkMode('open', true);
  }
  /** Guests join an existing Linux bridge on the host (for example `br0`) and the LAN behind it. */
  public static bridge(bridgeName: string): NetworkMode {
    return new NetworkMode('bridge', false, bridgeName);
  }
  /**
   * Guests sit directly on a host NIC through macvtap (no bridge needed). In the default `bridge`
   * macvtap mode guests reach each other and the LAN, but not the host itself.
   */
  public static macvtap(hostInterface: string, macvtapMode: string = 'bridge'): NetworkMode {
    return new NetworkMode('macvtap', false, undefined, hostInterface, macvtapMode);
  }

  /**
   * An existing network whose kind the stack is not told ({@link Network.fromName} without `mode`):
   * nothing is assumed of it. Machines on it do not wait for a DHCP lease at apply (none may come,
   * and a wait that times out makes the provider destroy the machine), and their names are not
   * registered in its DNS (it may have none).
   */
  public static unmanaged(): NetworkMode {
    return new NetworkMode('unmanaged', false);
  }

  private constructor(
    /** The kind: nat, isolated, route, open, bridge, macvtap, or unmanaged (an existing network of unknown kind). */
    public readonly kind: string,
    /** Whether libvirt runs the subnet (gateway, DHCP, DNS) itself. */
    public readonly managed: boolean,
    /** The host bridge, for bridge mode. */
    public readonly bridgeName?: string,
    /** The host NIC, for macvtap mode. */
    public readonly hostInterface?: string,
    /** The macvtap mode: bridge, vepa, private or passthrough. */
    public readonly macvtapMode?: string,
  ) {}
}

/** A range of addresses, both ends included. */
export interface AddressRange {
  readonly start: string;
  readonly end: string;
}

/** A libvirt network on one host, that virtual machines attach NICs to. */
export interface INetwork extends IConstruct {
  readonly host: IHost;
  /** libvirt name (a token when this stack creates the network, so domains depend on it). */
  readonly networkName: string;
  readonly literalName: string;
  readonly mode: NetworkMode;
  /** The IPv4 subnet in CIDR form, when known. */
  readonly cidr?: string;
  /** The prefix length of the subnet, when known. */
  readonly prefixLength?: number;
  /**
   * Whether machines without a fixed address get one allocated from the subnet (outside the
   * DHCP range), rather than using DHCP.
   */
  readonly allocatesAddresses: boolean;
  /** The gateway guests route through, when known. */
  readonly gateway?: string;
  /** The range DHCP hands out, when the network has DHCP. */
  readonly dhcpRange?: AddressRange;
  /** The DNS domain of guests on the network, when it has one. */
  readonly domain?: string;
  /** The DNS servers that guests with fixed addresses on this network use (may be empty). */
  readonly nameservers: string[];
  /** The interface source that attaches a NIC to this network. */
  interfaceSource(): DomainDevicesInterfacesSource;
  /**
   * Checks that `address` may be given to a NIC of `owner` on this network, and reserves it.
   * Throws a LibvirtValidationError naming `owner` otherwise.
   */
  reserveAddress(owner: IConstruct, address: string): void;
  /**
   * Allocates the address of `owner` on this network from its identity (stable: it depends on
   * nothing else), or from `hostNumber` (the offset from the network address) when given, and
   * reserves it. Returns undefined when the network does not allocate addresses (DHCP).
   */
  allocateAddress(owner: IConstruct, identity: string, hostNumber?: number): string | undefined;
}

/** Props of a {@link Network}. */
export interface NetworkProps {
  /**
   * The host the network lives on.
   * @default - inherited from the nearest parent that is or has a host
   */
  readonly host?: IHost;
  /**
   * libvirt name of the network.
   * @default - the construct id, lowercased
   */
  readonly name?: string;
  /**
   * How the network reaches the outside.
   * @default NetworkMode.nat()
   */
  readonly mode?: NetworkMode;
  /**
   * The IPv4 subnet in CIDR form, e.g. `10.77.0.0/24`. Required for NAT, isolated, routed and open
   * networks. For bridge and macvtap networks it describes the LAN behind them (for static guest
   * addresses) and is not written to libvirt.
   * @default - none (only allowed for bridge and macvtap networks)
   */
  readonly cidr?: string;
  /**
   * The gateway address (the host's address on libvirt-managed networks).
   * @default - the first address of the subnet
   */
  readonly gateway?: string;
  /**
   * Run DHCP on a libvirt-managed network.
   * @default true
   */
  readonly dhcp?: boolean;
  /**
   * The addresses DHCP hands out. The rest of the subnet is left for fixed addresses.
   * @default - the upper half of the subnet (for a /24: .128 to .254)
   */
  readonly dhcpRange?: AddressRange;
  /**
   * DNS domain of the guests; libvirt's dnsmasq answers for it and forwards nothing under it.
   * @default - `<name>.test` on libvirt-managed networks (.test is reserved for this by RFC 2606), none otherwise
   */
  readonly domain?: string;
  /**
   * DNS servers for guests with fixed addresses (DHCP guests get theirs from DHCP).
   * @default - the gateway (libvirt's dnsmasq) on libvirt-managed networks; none on bridge and
   * macvtap networks, so set the LAN's DNS servers there
   */
  readonly nameservers?: string[];
  /**
   * Give machines that have no fixed address one from the subnet, outside the DHCP range, chosen
   * from the machine's identity (so it never changes when other machines come or go), written
   * into the guest's network-config and registered in the network's DNS.
   * @default true on libvirt-managed networks; false on bridge and macvtap networks (the LAN's
   * addresses belong to its own DHCP server)
   */
  readonly allocateAddresses?: boolean;
  /**
   * Start the network when the host boots.
   * @default true
   */
  readonly autostart?: boolean;
  /**
   * Name of the Linux bridge libvirt creates for a managed network (15 characters at most).
   *
   * Always set, never left to libvirt: libvirt picks `virbrN` when the network is defined, and
   * networks that terraform creates side by side can be given the same N, so that one of them fails
   * to start ("error creating bridge interface virbr2: File exists", provider issue #560; seen here
   * once in six applies of a three-network lab).
   * @default - `vb-<network name>`; for a name longer than 12 characters, its first 7, a dash and 4
   * hex digits of its SHA-256 (`vb-class-0-1a2b`)
   */
  readonly bridgeName?: string;
}

/**
 * What a network this stack creates and one it refers to share: NICs attach by name, and addresses
 * are reserved and allocated from the validated subnet plan.
 */
abstract class NetworkBase extends Construct implements INetwork {
  public abstract readonly host: IHost;
  public abstract readonly networkName: string;
  public abstract readonly literalName: string;
  public abstract readonly mode: NetworkMode;
  public abstract readonly allocatesAddresses: boolean;
  public abstract readonly nameservers: string[];
  public abstract readonly cidr?: string;
  public abstract readonly prefixLength?: number;
  public abstract readonly gateway?: string;
  public abstract readonly dhcpRange?: AddressRange;
  public abstract readonly domain?: string;
  protected abstract readonly plan: SubnetPlan;

  public interfaceSource(): DomainDevicesInterfacesSource {
    return { network: { network: this.networkName } };
  }

  public reserveAddress(owner: IConstruct, address: string): void {
    reserve(this, this.plan, owner, address);
  }

  public allocateAddress(owner: IConstruct, identity: string, hostNumber?: number): string | undefined {
    return this.allocatesAddresses ? allocate(this, this.plan, owner, identity, hostNumber) : undefined;
  }
}

/**
 * A libvirt network. Its resource depends only on these props: machines that join it later do
 * not change it, because provider 0.9 cannot update a network and replacing one disconnects
 * every guest on it.
 */
export class Network extends NetworkBase {
  /** Refers to a network that already exists on the host. It is never created or destroyed. */
  public static fromName(scope: Construct, id: string, props: ExistingNetworkProps): INetwork {
    return new ExistingNetwork(scope, id, props);
  }

  public readonly host: IHost;
  public readonly networkName: string;
  public readonly literalName: string;
  public readonly mode: NetworkMode;
  public readonly cidr?: string;
  public readonly prefixLength?: number;
  public readonly allocatesAddresses: boolean;
  public readonly gateway?: string;
  public readonly dhcpRange?: AddressRange;
  public readonly domain?: string;
  public readonly nameservers: string[];
  /** The L1 network resource (escape hatch). */
  public readonly resource: NetworkResource;
  /** The Linux bridge of a libvirt-managed network (undefined for bridge and macvtap networks, whose bridge or NIC is the host's). */
  public readonly bridgeName?: string;
  protected readonly plan: SubnetPlan;

  constructor(scope: Construct, id: string, props: NetworkProps = {}) {
    super(scope, id);
    this.host = Host.resolve(this, props.host);
    this.mode = props.mode ?? NetworkMode.nat();
    this.literalName = Lab.qualify(this, props.name ?? id.toLowerCase());
    checkObjectName(this, 'name', this.literalName);
    checkModeDetails(this, this.mode);
    if (this.mode.kind === 'unmanaged') {
      fail(this, 'NetworkMode.unmanaged() describes an existing network, not one to create', this.mode.kind,
        'use Network.fromName() for an existing network, or another NetworkMode (nat, isolated, routed, open, bridge, macvtap)');
    }

    if (this.mode.managed && props.cidr === undefined) {
      fail(this, `a ${this.mode.kind} network needs a subnet`, props.cidr, "set cidr, for example '10.77.0.0/24'");
    }
    if (!this.mode.managed && (props.dhcp === true || props.dhcpRange !== undefined)) {
      fail(this, `a ${this.mode.kind} network has no libvirt DHCP`, props.dhcpRange ?? props.dhcp, 'leave dhcp and dhcpRange unset: the LAN behind the bridge runs DHCP');
    }
    if (props.bridgeName !== undefined && (!this.mode.managed || !INTERFACE_NAME.test(props.bridgeName))) {
      fail(this, 'bridgeName must be a Linux interface name of at most 15 characters, on a libvirt-managed network', props.bridgeName,
        'use a short name such as virbr-lab, or NetworkMode.bridge(name) to join an existing bridge');
    }
    this.allocatesAddresses = props.allocateAddresses ?? this.mode.managed;
    if (this.allocatesAddresses && props.cidr === undefined) {
      fail(this, 'allocateAddresses needs the subnet', props.allocateAddresses, 'set cidr to the subnet of the network');
    }
    this.plan = planSubnet(this, props, this.mode.managed);
    ({ cidr: this.cidr, gateway: this.gateway, dhcpRange: this.dhcpRange } = describePlan(this.plan));
    this.prefixLength = this.plan.subnet?.prefix;
    this.domain = props.domain ?? (this.mode.managed ? `${this.literalName}.test` : undefined);
    checkDomainName(this, props.domain === undefined ? 'domain, derived from the network name,' : 'domain', this.domain);
    this.nameservers = nameserversOf(this, props.nameservers, this.mode.managed ? this.gateway : undefined);
    claimNetwork(this, this.host, this.literalName, this.plan.subnet, false);
    this.bridgeName = this.mode.managed ? props.bridgeName ?? defaultBridgeName(this.literalName) : undefined;
    if (this.bridgeName !== undefined && !isToken(this.bridgeName)) {
      registryOf(this).claim(this, `bridge:${this.host.hostName}:${this.bridgeName}`, 'the bridge name', this.bridgeName,
        'give the network its own bridgeName');
    }

    this.resource = new NetworkResource(this, 'Resource', {
      provider: this.host.provider,
      ...networkConfig(this, props, this.plan),
    });
    this.node.defaultChild = this.resource;
    // provider 0.9.7 applies only autostart in place; any other change replaces the network (and,
    // through their replace_triggered_by, the machines on it)
    replaceOnChange(this.resource, { updatable: ['autostart'] });
    this.networkName = this.resource.name;
    describeNetwork(this, true);
  }
}

/** Props of {@link Network.fromName}. */
export interface ExistingNetworkProps {
  /**
   * The host the network lives on.
   * @default - inherited from the nearest parent that is or has a host
   */
  readonly host?: IHost;
  /** libvirt name of the existing network, e.g. `default`. */
  readonly name: string;
  /**
   * What kind of network it is. Only a libvirt-managed kind (`NetworkMode.nat()`, `.isolated()`,
   * `.routed()`, `.open()`: libvirt's own `default` network is NAT) makes machines with a DHCP NIC on
   * it wait for their lease at apply, and registers machines' names in its DNS.
   * @default NetworkMode.unmanaged(): no lease wait, no DNS registration
   */
  readonly mode?: NetworkMode;
  /**
   * Its IPv4 subnet, needed to give NICs fixed addresses on it.
   * @default - unknown: NICs on it use DHCP
   */
  readonly cidr?: string;
  /**
   * Its gateway.
   * @default - the first address of the subnet
   */
  readonly gateway?: string;
  /**
   * Its DHCP range, so fixed addresses stay out of it.
   * @default - no DHCP range is known
   */
  readonly dhcpRange?: AddressRange;
  /**
   * Its DNS domain.
   * @default - none
   */
  readonly domain?: string;
  /**
   * DNS servers for guests with fixed addresses on it.
   * @default - its gateway, when known (libvirt networks run dnsmasq there)
   */
  readonly nameservers?: string[];
  /**
   * Allocate addresses (outside `dhcpRange`) to machines that have no fixed address. Needs
   * `cidr`, and `dhcpRange` when the network runs DHCP, so that no allocated address can also be
   * leased to someone else.
   * @default false: such machines use DHCP
   */
  readonly allocateAddresses?: boolean;
}

class ExistingNetwork extends NetworkBase {
  public readonly host: IHost;
  public readonly networkName: string;
  public readonly literalName: string;
  public readonly mode: NetworkMode;
  public readonly cidr?: string;
  public readonly prefixLength?: number;
  public readonly allocatesAddresses: boolean;
  public readonly gateway?: string;
  public readonly dhcpRange?: AddressRange;
  public readonly domain?: string;
  public readonly nameservers: string[];
  protected readonly plan: SubnetPlan;

  constructor(scope: Construct, id: string, props: ExistingNetworkProps) {
    super(scope, id);
    this.host = Host.resolve(this, props.host);
    checkObjectName(this, 'name', props.name);
    checkDomainName(this, 'domain', props.domain);
    if (props.mode !== undefined && !(props.mode instanceof NetworkMode)) {
      fail(this, 'mode is not a NetworkMode', props.mode, 'use NetworkMode.nat(), .isolated(), .routed(), .open(), .bridge(name), .macvtap(nic) or .unmanaged()');
    }
    this.mode = props.mode ?? NetworkMode.unmanaged();
    checkModeDetails(this, this.mode);
    this.networkName = props.name;
    this.literalName = props.name;
    this.domain = props.domain;
    this.plan = planSubnet(this, { ...props, dhcp: props.dhcpRange !== undefined }, false);
    ({ cidr: this.cidr, gateway: this.gateway, dhcpRange: this.dhcpRange } = describePlan(this.plan));
    this.prefixLength = this.plan.subnet?.prefix;
    this.allocatesAddresses = props.allocateAddresses ?? false;
    if (this.allocatesAddresses && props.cidr === undefined) {
      fail(this, 'allocateAddresses needs the subnet of the existing network', props.allocateAddresses,
        'set cidr (and dhcpRange, if the network runs DHCP)');
    }
    this.nameservers = nameserversOf(this, props.nameservers, this.gateway);
    claimNetwork(this, this.host, this.literalName, this.plan.subnet, true);
    describeNetwork(this, false);
  }
}

function describeNetwork(network: INetwork, managedByStack: boolean): void {
  const lab = Lab.of(network);
  modelOf(network).networks.push(() => ({
    path: network.node.path,
    name: network.literalName,
    host: network.host.hostName,
    mode: network.mode.kind,
    ...(network.cidr !== undefined ? { cidr: network.cidr } : {}),
    ...(network.gateway !== undefined ? { gateway: network.gateway } : {}),
    ...(network.dhcpRange !== undefined ? { dhcpRange: network.dhcpRange } : {}),
    ...(network.domain !== undefined ? { domain: network.domain } : {}),
    managedByStack,
    ...(lab ? { lab: lab.node.path } : {}),
  }));
}

/** The validated addressing of a network. */
interface SubnetPlan {
  readonly subnet?: Ipv4Subnet;
  readonly gateway?: number;
  readonly dhcp?: [number, number];
  /** Addresses that machines may be given: the subnet minus gateway and DHCP range. */
  readonly pool?: AddressPool;
}

function planSubnet(scope: IConstruct, props: { cidr?: string; gateway?: string; dhcp?: boolean; dhcpRange?: AddressRange }, managed: boolean): SubnetPlan {
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

/**
 * Network names and subnets are unique per host. A network this stack creates may not share its
 * name with one it refers to (Network.fromName), and no two subnets on a host may overlap; several
 * references to the same existing network are fine.
 */
function claimNetwork(scope: IConstruct, host: IHost, name: string, subnet: Ipv4Subnet | undefined, existing: boolean): void {
  const registry = registryOf(scope);
  const created = registry.entries(`network:${host.hostName}:${name}`).find(([k]) => k === `network:${host.hostName}:${name}`);
  const referred = registry.entries(`network-ref:${host.hostName}:${name}:`);
  if (existing && created) {
    fail(scope, `this stack creates network ${name} on host ${host.hostName} itself (${created[1].node.path})`, name,
      'use that Network construct instead of Network.fromName');
  }
  if (!existing && referred.length > 0) {
    fail(scope, `network ${name} already exists on host ${host.hostName} (referred to by ${referred[0][1].node.path})`, name,
      'give the new network another name, or use the existing one');
  }
  if (subnet) {
    const others = [...registry.entries(`subnet:${host.hostName}:`), ...registry.entries(`subnet-ref:${host.hostName}:`)];
    for (const [key, other] of others) {
      const [kind, , cidr, otherName] = key.split(':');
      if (existing && kind === 'subnet-ref' && otherName === name) continue;
      const otherSubnet = parseSubnet(cidr) as Ipv4Subnet;
      if (overlaps(subnet, otherSubnet)) {
        fail(scope, `subnet ${subnet.cidr} overlaps ${otherSubnet.cidr} of ${other.node.path} on the same host`, subnet.cidr,
          'give every network on a host its own, non-overlapping subnet');
      }
    }
  }
  if (existing) {
    registry.claim(scope, `network-ref:${host.hostName}:${name}:${scope.node.path}`, 'the network reference', name, 'refer to it once per construct');
    if (subnet) registry.claim(scope, `subnet-ref:${host.hostName}:${subnet.cidr}:${name}:${scope.node.path}`, 'the subnet', subnet.cidr, 'use another subnet');
  } else {
    registry.claim(scope, `network:${host.hostName}:${name}`, 'the network name', name, 'give each network on a host its own name');
    if (subnet) registry.claim(scope, `subnet:${host.hostName}:${subnet.cidr}`, 'the subnet', subnet.cidr, 'use another subnet');
  }
}

function nameserversOf(scope: IConstruct, given: string[] | undefined, fallback: string | undefined): string[] {
  for (const [i, ns] of (given ?? []).entries()) {
    if (!isToken(ns) && parseIpv4(ns) === undefined) {
      fail(scope, `nameservers[${i}] is not an IPv4 address`, ns, 'give DNS servers as addresses, such as 192.168.1.1');
    }
  }
  return given ?? (fallback === undefined ? [] : [fallback]);
}

/** The plan's addresses as the strings INetwork exposes. */
function describePlan(plan: SubnetPlan): { cidr?: string; gateway?: string; dhcpRange?: AddressRange } {
  return {
    cidr: plan.subnet?.cidr,
    gateway: plan.gateway === undefined ? undefined : formatIpv4(plan.gateway),
    dhcpRange: plan.dhcp && { start: formatIpv4(plan.dhcp[0]), end: formatIpv4(plan.dhcp[1]) },
  };
}

function reserve(network: INetwork, plan: SubnetPlan, owner: IConstruct, address: string): void {
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

function claimAddress(network: INetwork, plan: SubnetPlan, owner: IConstruct, ip: number, fix: string): void {
  const key = `ip:${network.host.hostName}:${network.literalName}:${ip}`;
  const registry = registryOf(owner);
  const holder = registry.holder(key);
  if (holder && holder !== owner) {
    const free = plan.pool && firstFree(network, plan.pool);
    fail(owner, `address ${formatIpv4(ip)} on network ${network.literalName} is already planned for ${holder.node.path}`, formatIpv4(ip),
      `${fix}${free === undefined ? '' : ` (${free} is free)`}`);
  }
  registry.claim(owner, key, `the address on network ${network.literalName}`, formatIpv4(ip), fix);
}

function firstFree(network: INetwork, pool: AddressPool): string | undefined {
  const registry = registryOf(network);
  for (const [a, b] of pool.intervals) {
    for (let ip = a; ip <= b; ip++) {
      if (!registry.isTaken(`ip:${network.host.hostName}:${network.literalName}:${ip}`)) return formatIpv4(ip);
    }
  }
  return undefined;
}

/**
 * The allocated address of `owner`: the pool entry its identity hashes to, or network address +
 * `hostNumber`. A pure function of (pool, identity), so no other machine can move it; a clash
 * with another machine is an error that names both.
 */
function allocate(network: INetwork, plan: SubnetPlan, owner: IConstruct, identity: string, hostNumber?: number): string {
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
  const taken = registryOf(owner).entries(`ip:${network.host.hostName}:${network.literalName}:`).length;
  if (pool.size === 0 || taken >= pool.size) {
    fail(owner, `${where} is full: all ${pool.size} addresses outside its gateway and DHCP range are planned`, plan.subnet!.cidr,
      `give ${network.node.path} a larger cidr or a smaller dhcpRange`);
  }
  const ip = addressAt(pool, hashIndex(identity, pool.size));
  claimAddress(network, plan, owner, ip,
    'two machines map to the same address; give one of them a fixed address on this network (nics: [{ network, address }]) or a hostNumber');
  return formatIpv4(ip);
}

function describeRanges(pool: AddressPool): string {
  return pool.intervals.map(([a, b]) => (a === b ? formatIpv4(a) : `${formatIpv4(a)}-${formatIpv4(b)}`)).join(', ') || 'none';
}

/**
 * The bridge of a managed network, derived from its name alone: `vb-<name>` when that fits the
 * 15 characters of a Linux interface name, else `vb-`, the name's first 7 characters, `-` and 4 hex
 * digits of the name's SHA-256. A token name (known only at apply) leaves the choice to libvirt.
 */
function defaultBridgeName(networkName: string): string | undefined {
  if (isToken(networkName)) return undefined;
  if (networkName.length <= 12) return `vb-${networkName}`;
  return `vb-${networkName.slice(0, 7)}-${createHash('sha256').update(networkName).digest('hex').slice(0, 4)}`;
}

function checkModeDetails(scope: IConstruct, mode: NetworkMode): void {
  if (mode.kind === 'bridge' && !isToken(mode.bridgeName) && !INTERFACE_NAME.test(mode.bridgeName ?? '')) {
    fail(scope, 'the host bridge name is not a Linux interface name', mode.bridgeName, "give the bridge's name, such as 'br0' (15 characters at most)");
  }
  if (mode.kind === 'macvtap') {
    if (!isToken(mode.hostInterface) && !/^[A-Za-z0-9_.@-]{1,15}$/.test(mode.hostInterface ?? '')) {
      fail(scope, 'the host interface name is not a Linux interface name', mode.hostInterface, "give the host NIC's name, such as 'eth0'");
    }
    checkOneOf(scope, 'macvtap mode', mode.macvtapMode, ['bridge', 'vepa', 'private', 'passthrough']);
  }
}

function networkConfig(network: Network, props: NetworkProps, plan: SubnetPlan): Omit<NetworkConfig, 'provider'> {
  const mode = network.mode;
  const base = { name: network.literalName, autostart: props.autostart ?? true };
  if (mode.kind === 'bridge') {
    return { ...base, forward: { mode: 'bridge' }, bridge: { name: mode.bridgeName } };
  }
  if (mode.kind === 'macvtap') {
    return { ...base, forward: { mode: mode.macvtapMode, interfaces: [{ dev: mode.hostInterface }] } };
  }
  const subnet = plan.subnet!;
  return {
    ...base,
    forward: mode.kind === 'isolated' ? undefined : { mode: mode.kind },
    bridge: { name: network.bridgeName, stp: 'on', delay: '0' },
    domain: network.domain === undefined ? undefined : { name: network.domain, localOnly: 'yes' },
    dns: { enable: 'yes' },
    ips: [{
      address: network.gateway,
      netmask: netmask(subnet.prefix),
      dhcp: network.dhcpRange && { ranges: [{ start: network.dhcpRange.start, end: network.dhcpRange.end }] },
    }],
  };
}
