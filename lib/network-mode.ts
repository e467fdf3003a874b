import { createHash } from 'crypto';
import { Annotations } from 'cdktf';
import { IConstruct } from 'constructs';
import { NetworkConfig } from './generated/providers/libvirt/network';
import { Ipv4Subnet, isNonPublic, netmask } from './private/ipv4';
import { hasMark, markAs } from './private/marks';
import { registryOf } from './private/registry';
import { checkOneOf, checkString, fail, INTERFACE_NAME, isToken } from './private/validate';

/** How a network reaches the outside world (libvirt's `<forward mode>`). */
export class NetworkMode {
  /**
   * Whether `x` is a NetworkMode. Marked rather than checked with instanceof, so that a mode made by
   * another copy of this library (a second node_modules entry) is recognised too.
   */
  public static isNetworkMode(x: unknown): x is NetworkMode {
    return hasMark(x, 'NetworkMode');
  }

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
  ) {
    markAs(this, 'NetworkMode');
  }
}

/** The factory of each mode, by the names people write for it (libvirt's forward modes and ours). */
const FACTORIES = new Map([
  ['nat', 'NetworkMode.nat()'], ['isolated', 'NetworkMode.isolated()'], ['none', 'NetworkMode.isolated()'],
  ['route', 'NetworkMode.routed()'], ['routed', 'NetworkMode.routed()'], ['open', 'NetworkMode.open()'],
  ['bridge', "NetworkMode.bridge('br0'), with the name of the host's bridge"], ['macvtap', "NetworkMode.macvtap('eth0'), with the name of the host's NIC"],
  ['unmanaged', 'NetworkMode.unmanaged()'],
]);

/**
 * Checks that a `mode` prop, as a plain JavaScript caller may give it, is a {@link NetworkMode}; a
 * mode's name given as a string is pointed at its factory. @internal
 */
export function checkMode(scope: IConstruct, mode: unknown): void {
  if (mode === undefined || NetworkMode.isNetworkMode(mode)) return;
  const factory = typeof mode === 'string' ? FACTORIES.get(mode.toLowerCase()) : undefined;
  fail(scope, 'mode is not a NetworkMode', mode,
    factory ? `use ${factory}` : 'use NetworkMode.nat(), .isolated(), .routed(), .open(), .bridge(name), .macvtap(nic) or .unmanaged()');
}

/**
 * Warns when a NAT or isolated network takes a range of the internet: the host routes that range to
 * the network's bridge, so neither the host nor the network's guests reach the internet's hosts in
 * it any more. (A routed or open network may be given public addresses on purpose.) @internal
 */
export function checkModeSubnet(scope: IConstruct, mode: NetworkMode, subnet: Ipv4Subnet | undefined): void {
  if ((mode.kind !== 'nat' && mode.kind !== 'isolated') || subnet === undefined || isNonPublic(subnet)) return;
  Annotations.of(scope).addWarning(`the ${mode.kind} network's subnet ${subnet.cidr} is not a private range: the host routes it to this network, `
    + `so neither the host nor its guests can reach the hosts of the internet in ${subnet.cidr}; `
    + 'use a private range (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or 100.64.0.0/10)');
}

/**
 * Checks the host-side details of a mode: the host bridge of a bridge network, the host NIC and
 * macvtap mode of a macvtap network. Tokens pass unchecked. @internal
 */
export function checkModeDetails(scope: IConstruct, mode: NetworkMode): void {
  // a factory has no path to name: what it was given is checked here, a string first
  if (mode.kind === 'bridge' && (typeof mode.bridgeName !== 'string' || (!isToken(mode.bridgeName) && !INTERFACE_NAME.test(mode.bridgeName)))) {
    fail(scope, 'the host bridge name is not a Linux interface name', mode.bridgeName, "give the bridge's name, such as 'br0' (15 characters at most)");
  }
  if (mode.kind === 'macvtap') {
    if (typeof mode.hostInterface !== 'string' || (!isToken(mode.hostInterface) && !/^[A-Za-z0-9_.@-]{1,15}$/.test(mode.hostInterface))) {
      fail(scope, 'the host interface name is not a Linux interface name', mode.hostInterface, "give the host NIC's name, such as 'eth0'");
    }
    checkString(scope, 'macvtap mode', mode.macvtapMode, "use one of: bridge, vepa, private, passthrough");
    checkOneOf(scope, 'macvtap mode', mode.macvtapMode, ['bridge', 'vepa', 'private', 'passthrough']);
  }
}

/**
 * The bridge of a managed network, derived from its name alone: `vb-<name>` when that fits the
 * 15 characters of a Linux interface name, else `vb-`, the name's first 7 characters, `-` and 4 hex
 * digits of the name's SHA-256. A token name (known only at apply) leaves the choice to libvirt.
 * @internal
 */
export function defaultBridgeName(networkName: string): string | undefined {
  if (isToken(networkName)) return undefined;
  if (networkName.length <= 12) return `vb-${networkName}`;
  return `vb-${networkName.slice(0, 7)}-${createHash('sha256').update(networkName).digest('hex').slice(0, 4)}`;
}

/**
 * Checks what the mode of a network this stack creates allows of its props: an unmanaged mode is
 * for existing networks only, a libvirt-managed one needs a subnet, libvirt runs no DHCP on a
 * bridge or macvtap network, and only a managed network has a bridge of its own to name. @internal
 */
export function checkModeProps(scope: IConstruct, mode: NetworkMode, props: { cidr?: string; dhcp?: boolean; dhcpRange?: unknown; bridgeName?: string }): void {
  if (mode.kind === 'unmanaged') {
    fail(scope, 'NetworkMode.unmanaged() describes an existing network, not one to create', mode.kind,
      'use Network.fromName() for an existing network, or another NetworkMode (nat, isolated, routed, open, bridge, macvtap)');
  }
  if (mode.managed && props.cidr === undefined) {
    fail(scope, `a ${mode.kind} network needs a subnet`, props.cidr, "set cidr, for example '10.77.0.0/24'");
  }
  if (!mode.managed && (props.dhcp === true || props.dhcpRange !== undefined)) {
    fail(scope, `a ${mode.kind} network has no libvirt DHCP`, props.dhcpRange ?? props.dhcp, 'leave dhcp and dhcpRange unset: the LAN behind the bridge runs DHCP');
  }
  if (props.bridgeName !== undefined && (!mode.managed || typeof props.bridgeName !== 'string' || !INTERFACE_NAME.test(props.bridgeName))) {
    fail(scope, 'bridgeName must be a Linux interface name of at most 15 characters, on a libvirt-managed network', props.bridgeName,
      'use a short name such as virbr-lab, or NetworkMode.bridge(name) to join an existing bridge');
  }
}

/**
 * The Linux bridge of the network `scope` creates on host `hostName`: on a libvirt-managed network
 * `given`, else {@link defaultBridgeName} of `networkName`, claimed per host so that no two
 * networks share it; none on a bridge or macvtap network (its bridge or NIC is the host's). @internal
 */
export function claimBridge(scope: IConstruct, hostName: string, mode: NetworkMode, networkName: string, given: string | undefined): string | undefined {
  const bridgeName = mode.managed ? given ?? defaultBridgeName(networkName) : undefined;
  if (bridgeName !== undefined && !isToken(bridgeName)) {
    registryOf(scope).claim(scope, `bridge:${hostName}:${bridgeName}`, 'the bridge name', bridgeName,
      'give the network its own bridgeName');
  }
  return bridgeName;
}

/** What {@link networkResourceConfig} reads of a network. */
interface ConfiguredNetwork {
  readonly literalName: string;
  readonly mode: NetworkMode;
  readonly bridgeName?: string;
  readonly domain?: string;
  readonly gateway?: string;
  readonly dhcpRange?: { readonly start: string; readonly end: string };
}

/**
 * The libvirt network resource's config for `network` in its mode: a host bridge or NIC as the
 * forward target, else a bridge of libvirt's own with the subnet's gateway, DHCP range and DNS. @internal
 */
export function networkResourceConfig(network: ConfiguredNetwork, autostart: boolean, subnet: Ipv4Subnet | undefined): Omit<NetworkConfig, 'provider'> {
  const mode = network.mode;
  const base = { name: network.literalName, autostart };
  if (mode.kind === 'bridge') {
    return { ...base, forward: { mode: 'bridge' }, bridge: { name: mode.bridgeName } };
  }
  if (mode.kind === 'macvtap') {
    return { ...base, forward: { mode: mode.macvtapMode, interfaces: [{ dev: mode.hostInterface }] } };
  }
  return {
    ...base,
    forward: mode.kind === 'isolated' ? undefined : { mode: mode.kind },
    bridge: { name: network.bridgeName, stp: 'on', delay: '0' },
    domain: network.domain === undefined ? undefined : { name: network.domain, localOnly: 'yes' },
    dns: { enable: 'yes' },
    ips: [{
      address: network.gateway,
      netmask: netmask(subnet!.prefix),
      dhcp: network.dhcpRange && { ranges: [{ start: network.dhcpRange.start, end: network.dhcpRange.end }] },
    }],
  };
}
