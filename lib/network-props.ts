import { IHost } from './host';
import { NetworkMode } from './network-mode';

/** The props of networks (a {@link Network}, and one referred to by {@link Network.fromName}). */

/** A range of addresses, both ends included. */
export interface AddressRange {
  /** First address of the range. */
  readonly start: string;
  /** Last address of the range. */
  readonly end: string;
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
  /**
   * Further hosts whose machines join this network, as one L2 segment with those on `host`: each
   * gets a libvirt network of the same name with only a bridge, and VXLAN (UDP port 4789) between
   * the hosts' `tunnelAddress`es joins the bridges. Gateway, DHCP and DNS stay on `host`; the NICs'
   * MTU is 1450. The commands that make the VXLAN devices run on each host over its SSH connection.
   * @default - none: only machines on `host` join it
   */
  readonly spansHosts?: IHost[];
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
