import { Construct, IConstruct } from 'constructs';
import { DomainDevicesInterfacesSource } from './generated/providers/libvirt/domain';
import { Network as NetworkResource } from './generated/providers/libvirt/network';
import { Host, IHost } from './host';
import { dnsRegistrationOf, registerNetworkDns } from './network-dns';
import { AddressRange, ExistingNetworkProps, NetworkProps } from './network-props';
import { checkSpan, createLegs, NetworkLeg, SPAN_MTU } from './network-span';
import { checkMode, checkModeDetails, checkModeProps, checkModeSubnet, claimBridge, NetworkMode, networkResourceConfig } from './network-mode';
import { labContextOf, qualify } from './private/lab-context';
import { hasMark, markAs } from './private/marks';
import { modelOf } from './private/model';
import { checkInAddressSpace, checkNetworkPropTypes, claimNetwork } from './private/network-placement';
import { replaceOnChange } from './private/replacement';
import { allocate, describePlan, nameserversOf, planSubnet, reserve, SubnetPlan } from './private/subnet-plan';
import { checkDomainName, checkObjectName, checkProps, checkUniqueId, fail } from './private/validate';
import { TerraformData } from './terraform-data';

export { NetworkMode } from './network-mode';
export type { AddressRange, ExistingNetworkProps, NetworkProps } from './network-props';
export type { NetworkLeg } from './network-span';


/** A libvirt network on one host, that virtual machines attach NICs to. */
export interface INetwork extends IConstruct {
  /** The host the network is on. */
  readonly host: IHost;
  /** libvirt name (a token when this stack creates the network, so domains depend on it). */
  readonly networkName: string;
  /** libvirt name as a plain string, for messages and uniqueness checks. */
  readonly literalName: string;
  /** How the network reaches the outside: NAT, isolated, routed, open, a host bridge or macvtap. */
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
  /** The resource that registers its machines' names in its DNS (libvirt-managed networks only). */
  readonly dnsRegistration?: TerraformData;
  /** The interface source that attaches a NIC of a machine on `host` (default: the network's) to this network. */
  interfaceSource(host?: IHost): DomainDevicesInterfacesSource;
  /** The MTU of its NICs, when it sets one (a network that spans hosts). */
  readonly mtu?: number;
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
  /**
   * The validated subnet plan that addresses are reserved and allocated from (an implementation
   * detail: its type is not exported).
   * @hidden
   */
  protected abstract readonly plan: SubnetPlan;

  public interfaceSource(_host?: IHost): DomainDevicesInterfacesSource {
    return { network: { network: this.networkName } };
  }

  /** The registration of its machines' names in its DNS (libvirt-managed networks only). */
  public get dnsRegistration(): TerraformData | undefined {
    return dnsRegistrationOf(this);
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
  /**
   * Whether `x` is a Network this stack creates (not one from {@link Network.fromName}): marked, so
   * that one made by another copy of this library is recognised too.
   */
  public static isNetwork(x: unknown): x is Network {
    return hasMark(x, 'Network');
  }

  /** Whether machines on `host` can join `network`: it is on `host`, or spans to it (`spansHosts`). */
  public static reaches(network: INetwork, host: IHost): boolean {
    return network.host === host || (Network.isNetwork(network) && network.legs.some((l) => l.host === host));
  }

  /** Refers to a network that already exists on the host. It is never created or destroyed. */
  public static fromName(scope: Construct, id: string, props: ExistingNetworkProps): INetwork {
    return new ExistingNetwork(scope, id, props);
  }

  /** The host the network is on. */
  public readonly host: IHost;
  /** libvirt name (a token, so domains that attach to it depend on its resource). */
  public readonly networkName: string;
  /** libvirt name as a plain string, for messages and uniqueness checks. */
  public readonly literalName: string;
  /** How the network reaches the outside: NAT, isolated, routed, open, a host bridge or macvtap. */
  public readonly mode: NetworkMode;
  /** The IPv4 subnet in CIDR form, when known. */
  public readonly cidr?: string;
  /** The prefix length of the subnet, when known. */
  public readonly prefixLength?: number;
  /** Whether machines without a fixed address get one allocated from the subnet (outside the DHCP range), rather than using DHCP. */
  public readonly allocatesAddresses: boolean;
  /** The gateway guests route through, when known. */
  public readonly gateway?: string;
  /** The range DHCP hands out, when the network has DHCP. */
  public readonly dhcpRange?: AddressRange;
  /** The DNS domain of guests on the network, when it has one. */
  public readonly domain?: string;
  /** The DNS servers that guests with fixed addresses on this network use (may be empty). */
  public readonly nameservers: string[];
  /** The L1 network resource (escape hatch). */
  public readonly resource: NetworkResource;
  /** The Linux bridge of a libvirt-managed network (undefined for bridge and macvtap networks, whose bridge or NIC is the host's). */
  public readonly bridgeName?: string;
  /** Its bridge-only networks on the further hosts it spans (`spansHosts`), by host. */
  public readonly legs: readonly NetworkLeg[];
  /** The MTU of its NICs: 1450 when it spans hosts (VXLAN takes 50 bytes). */
  public readonly mtu?: number;
  /**
   * The validated subnet plan (an implementation detail: its type is not exported).
   * @hidden
   */
  protected readonly plan: SubnetPlan;

  constructor(scope: Construct, id: string, props: NetworkProps = {}) {
    checkUniqueId(scope, id, 'Network');
    super(scope, id);
    markAs(this, 'Network');
    checkProps<NetworkProps>(this, 'Network', props, NETWORK_PROPS);
    checkNetworkPropTypes(this, props);
    this.host = Host.resolve(this, props.host);
    checkMode(this, props.mode);
    this.mode = props.mode ?? NetworkMode.nat();
    this.literalName = qualify(this, props.name ?? id.toLowerCase());
    checkObjectName(this, 'name', this.literalName);
    checkModeDetails(this, this.mode);
    checkModeProps(this, this.mode, props);
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
    // a bridge or macvtap network's cidr is its LAN's, not the lab's
    if (this.plan.subnet && this.mode.managed) checkInAddressSpace(this, this.plan.subnet, labContextOf(this));
    checkModeSubnet(this, this.mode, this.plan.subnet);
    claimNetwork(this, this.host.hostName, this.literalName, this.plan.subnet, false);
    this.bridgeName = claimBridge(this, this.host.hostName, this.mode, this.literalName, props.bridgeName);
    if (props.spansHosts !== undefined) checkSpan(this, props.spansHosts);
    this.mtu = props.spansHosts === undefined ? undefined : SPAN_MTU;

    this.resource = new NetworkResource(this, 'Resource', {
      provider: this.host.provider,
      ...networkResourceConfig(this, props.autostart ?? true, this.plan.subnet),
      ...(this.mtu !== undefined ? { mtu: { size: this.mtu } } : {}),
    });
    this.node.defaultChild = this.resource;
    // provider 0.9.7 applies only autostart in place; any other change replaces the network (and,
    // through their replace_triggered_by, the machines on it)
    replaceOnChange(this.resource, { updatable: ['autostart'] });
    this.networkName = this.resource.name;
    this.legs = props.spansHosts === undefined ? [] : createLegs(this, [...props.spansHosts]);
    describeNetwork(this, true);
    registerNetworkDns(this, this.resource.id);
  }

  /** The source that attaches a NIC on `host` to this network: its leg there, when it spans to `host`. */
  public interfaceSource(host?: IHost): DomainDevicesInterfacesSource {
    const leg = this.legs.find((l) => l.host === host);
    return { network: { network: leg === undefined ? this.networkName : leg.resource.name } };
  }

  /** The libvirt network a machine on `host` attaches to: the network's own, or its leg on `host`. */
  public resourceOn(host: IHost = this.host): NetworkResource {
    return this.legs.find((l) => l.host === host)?.resource ?? this.resource;
  }
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
    checkUniqueId(scope, id, 'Network');
    super(scope, id);
    if (typeof props === 'string') fail(this, 'the props of Network.fromName() must be an object', props, `pass { name: ${JSON.stringify(props)} }`);
    checkProps<ExistingNetworkProps>(this, 'Network.fromName()', props, EXISTING_NETWORK_PROPS, true);
    checkNetworkPropTypes(this, props);
    this.host = Host.resolve(this, props.host);
    if (props.name === undefined) fail(this, 'Network.fromName() needs the name of the existing network', props.name, "set name, such as 'default'");
    checkObjectName(this, 'name', props.name);
    checkDomainName(this, 'domain', props.domain);
    checkMode(this, props.mode);
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
    claimNetwork(this, this.host.hostName, this.literalName, this.plan.subnet, true);
    describeNetwork(this, false);
    registerNetworkDns(this);
  }
}

function describeNetwork(network: INetwork, managedByStack: boolean): void {
  const lab = labContextOf(network);
  modelOf(network).networks.push(() => ({
    path: network.node.path,
    name: network.literalName,
    host: network.host.hostName,
    mode: network.mode.kind,
    ...(network.cidr !== undefined ? { cidr: network.cidr } : {}),
    ...(network.gateway !== undefined ? { gateway: network.gateway } : {}),
    ...(network.dhcpRange !== undefined ? { dhcpRange: network.dhcpRange } : {}),
    ...(network.domain !== undefined ? { domain: network.domain } : {}),
    ...(Network.isNetwork(network) && network.legs.length > 0 ? { spans: network.legs.map((l) => l.host.hostName) } : {}),
    managedByStack,
    ...(lab ? { lab: lab.path } : {}),
  }));
}

const NETWORK_PROPS: Record<keyof NetworkProps, true> = {
  host: true, name: true, mode: true, cidr: true, gateway: true, dhcp: true, dhcpRange: true, domain: true, nameservers: true,
  allocateAddresses: true, autostart: true, bridgeName: true, spansHosts: true,
};
const EXISTING_NETWORK_PROPS: Record<keyof ExistingNetworkProps, true> = {
  host: true, name: true, mode: true, cidr: true, gateway: true, dhcpRange: true, domain: true, nameservers: true, allocateAddresses: true,
};
