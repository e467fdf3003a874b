import { IConstruct } from 'constructs';
import { IHost } from './host';
import { INetwork, Network } from './network';
import { parseIpv4 } from './private/ipv4';
import { deterministicMac, macFromAddress } from './private/mac';
import { registryOf } from './private/registry';
import { checkBoolean, checkConstructRef, checkMac, checkProps, fail, isToken, NETWORK, WIRE } from './private/validate';
import { Wire } from './wire';

/**
 * A machine's NICs, planned when the machine is created: the network each one is on, its MAC (given
 * or derived from the machine's path) and its address (fixed, allocated by the network from the
 * machine's identity, or DHCP). MACs are claimed per stack, addresses per network.
 */

/** A network interface of a machine: on a network, or plugged into a wire (one or the other). */
export interface NicOptions {
  /** The network the NIC is attached to; it must be on the machine's host. */
  readonly network?: INetwork;
  /**
   * The wire the NIC is plugged into: a point-to-point link to one other machine's NIC, with no
   * libvirt network behind it. Not on the first NIC (SSH, names and the default route use that one).
   */
  readonly wire?: Wire;
  /**
   * A fixed IPv4 address, configured in the guest by cloud-init. It must lie in the network's
   * subnet, outside its DHCP range, and not be the gateway.
   * @default - allocated by the network from the machine's identity when the network allocates
   * addresses (libvirt-managed networks do); DHCP otherwise
   */
  readonly address?: string;
  /**
   * Use DHCP on this NIC even though the network allocates addresses. The address is then not
   * known at synth: it is not in DNS, the artifacts or the outputs of planned addresses.
   * @default false
   */
  readonly dhcp?: boolean;
  /**
   * The MAC address, lowercase, in QEMU's 52:54:00 range.
   * @default - with a planned address, 52:54:00 and the address's last three bytes (10.77.0.14 gives
   * 52:54:00:4d:00:0e), so MACs never clash on a network; with DHCP, derived from the machine's
   * construct path and the NIC's position. The same code always gives the same MAC.
   */
  readonly mac?: string;
}

/** Where a machine's NIC is, as planned. */
export interface PlannedNic {
  /** The network the NIC joins; for a wire, the wire's end as a network (keyed by the wire's path). */
  readonly network: INetwork;
  /** The wire, when the NIC is plugged into one. */
  readonly wire?: Wire;
  /** Its MAC address. */
  readonly mac: string;
  /** The planned address (fixed or allocated); absent for DHCP. */
  readonly address?: string;
  /** How the address came to be. */
  readonly addressing: 'fixed' | 'allocated' | 'dhcp';
  /** The interface name the guest gives it (nic0, nic1, ...). */
  readonly interfaceName: string;
}

/**
 * The key of the network a NIC is on, in the plan (routing) and the topology: the construct path of
 * its network, or of its wire (both ends of a wire are on the wire's one key).
 */
export function networkKeyOf(nic: PlannedNic): string {
  return (nic.wire ?? nic.network).node.path;
}

/** The planned addresses of `nics` (fixed or allocated), in NIC order; DHCP NICs are left out. */
export function plannedAddressesOf(nics: readonly PlannedNic[]): string[] {
  return nics.flatMap((n) => (n.address === undefined ? [] : [n.address]));
}

/**
 * Plans the NICs of machine `owner` on `host`, in order: the first NIC on a network gets the
 * machine's identity (and `hostNumber`), a further NIC on the same network an identity of its own.
 */
export function planNics(owner: IConstruct, host: IHost, nics: NicOptions[], identity: string, hostNumber?: number): PlannedNic[] {
  // by index, not map(): a hole in the list (nics: [, net]) is refused, not skipped
  return Array.from({ length: nics.length }, (_, i) => planNic(owner, host, nics[i], i, nics.slice(0, i), identity, hostNumber));
}

function planNic(owner: IConstruct, host: IHost, nic: NicOptions, index: number, before: NicOptions[], identity: string, hostNumber?: number): PlannedNic {
  if (nic === null || typeof nic !== 'object' || Array.isArray(nic)) fail(owner, `nics[${index}] is not a NIC`, nic, 'give each NIC as an object: { network: myNetwork }');
  checkProps<NicOptions>(owner, `nics[${index}]`, nic, NIC_PROPS);
  if (nic.wire !== undefined) return planWireNic(owner, host, nic, index);
  if (nic.network === undefined) fail(owner, `nics[${index}] has no network`, nic, 'give each NIC a network: { network: myNetwork }, or a wire: { wire }');
  checkConstructRef(owner, `nics[${index}].network`, nic.network, NETWORK);
  if (!Network.reaches(nic.network, host)) {
    fail(owner, `nics[${index}] is on network ${nic.network.literalName} of host ${nic.network.host.hostName}, not on this machine's host ${host.hostName}`,
      nic.network.node.path, `attach NICs to networks on the same host, or list host ${host.hostName} in the network's spansHosts`);
  }
  checkMac(owner, `nics[${index}].mac`, nic.mac);
  checkBoolean(owner, `nics[${index}].dhcp`, nic.dhcp);
  if (nic.address !== undefined && typeof nic.address !== 'string') {
    fail(owner, `nics[${index}].address is not a string`, nic.address, "write the address as a string, such as '10.77.0.10'");
  }
  if (nic.dhcp === true && nic.address !== undefined) {
    fail(owner, `nics[${index}] has a fixed address and dhcp: true`, nic.address, 'give either a fixed address or dhcp: true');
  }
  const interfaceName = `nic${index}`;
  let address: string | undefined;
  let addressing: PlannedNic['addressing'] = 'dhcp';
  if (nic.address !== undefined) {
    nic.network.reserveAddress(owner, nic.address);
    [address, addressing] = [nic.address, 'fixed'];
  } else if (nic.dhcp !== true) {
    // a second NIC on the same network needs an identity of its own
    const sameNetwork = before.filter((b) => b.network === nic.network).length;
    address = nic.network.allocateAddress(owner, sameNetwork === 0 ? identity : `${identity}#${sameNetwork}`,
      sameNetwork === 0 ? hostNumber : undefined);
    if (address !== undefined) addressing = 'allocated';
  }
  const mac = nic.mac ?? macOf(owner, index, address);
  if (!isToken(mac)) {
    // unique where it must be: on its network (one L2 segment) and in its machine (netplan matches NICs by MAC)
    registryOf(owner).claim(owner, `mac:${nic.network.host.hostName}:${nic.network.literalName}:${mac}`, `the MAC of nics[${index}] on network ${nic.network.literalName}`, mac,
      `set mac on nics[${index}] of one of the two machines`);
    registryOf(owner).claim(owner, `mac:${owner.node.path}:${mac}`, `the MAC of nics[${index}]`, mac, 'give every NIC of a machine its own mac');
  }
  return { network: nic.network, mac, address, interfaceName, addressing };
}

/** A NIC plugged into a wire: the wire checks and reserves its address and a UDP port of its host. */
function planWireNic(owner: IConstruct, host: IHost, nic: NicOptions, index: number): PlannedNic {
  const wire = nic.wire!;
  checkConstructRef(owner, `nics[${index}].wire`, wire, WIRE);
  if (nic.network !== undefined) fail(owner, `nics[${index}] has both a network and a wire`, wire.node.path, 'give a NIC either a network or a wire');
  if (index === 0) {
    fail(owner, 'nics[0] is plugged into a wire', wire.node.path,
      'put a NIC on a network first: SSH, DNS names and the default route use the first NIC; plug the wire into nics[1] or later');
  }
  checkMac(owner, `nics[${index}].mac`, nic.mac);
  checkBoolean(owner, `nics[${index}].dhcp`, nic.dhcp);
  if (nic.dhcp === true) fail(owner, `nics[${index}] asks for DHCP on wire ${wire.wireName}, which has no DHCP server`, nic.dhcp, 'leave dhcp unset: the wire plans its ends\' addresses');
  if (nic.address !== undefined && typeof nic.address !== 'string') {
    fail(owner, `nics[${index}].address is not a string`, nic.address, `write the address as a string, such as '${wire.cidr.split('/')[0]}'`);
  }
  const { network, address } = wire.attach(owner, host, index, nic.address);
  const mac = nic.mac ?? macOf(owner, index, address);
  if (!isToken(mac)) registryOf(owner).claim(owner, `mac:${owner.node.path}:${mac}`, `the MAC of nics[${index}]`, mac, 'give every NIC of a machine its own mac');
  return { network, wire, mac, address, interfaceName: `nic${index}`, addressing: nic.address === undefined ? 'allocated' : 'fixed' };
}

/**
 * The MAC of a NIC that is given none. With a planned address, QEMU's prefix and the address's
 * last three bytes: addresses are unique on a network, so such MACs never clash there, and they
 * move only when the address does. Without one (DHCP), a hash of the machine's path and the NIC's
 * position: the same code always gives the same MAC; a clash (1 in 16 million per pair) is an error
 * naming both. A machine's second NIC whose address has the same last three bytes as its first's
 * takes the hash too, so its MACs stay distinct.
 */
function macOf(owner: IConstruct, index: number, address: string | undefined): string {
  const ip = address === undefined || isToken(address) ? undefined : parseIpv4(address);
  if (ip !== undefined) {
    const mac = macFromAddress(ip);
    if (!registryOf(owner).isTaken(`mac:${owner.node.path}:${mac}`)) return mac;
  }
  return deterministicMac(`${owner.node.path}/nic${index}`);
}

const NIC_PROPS: Record<keyof NicOptions, true> = { network: true, wire: true, address: true, dhcp: true, mac: true };
