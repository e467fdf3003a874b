import { IConstruct } from 'constructs';
import { IHost } from './host';
import { INetwork } from './network';
import { deterministicMac } from './private/mac';
import { registryOf } from './private/registry';
import { checkMac, fail, isToken } from './private/validate';

/**
 * A machine's NICs, planned when the machine is created: the network each one is on, its MAC (given
 * or derived from the machine's path) and its address (fixed, allocated by the network from the
 * machine's identity, or DHCP). MACs are claimed per stack, addresses per network.
 */

/** A network interface of a machine. */
export interface NicOptions {
  /** The network the NIC is attached to; it must be on the machine's host. */
  readonly network: INetwork;
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
   * @default - derived from the machine's construct path and the NIC's position: the same code always gives the same MAC
   */
  readonly mac?: string;
}

/** Where a machine's NIC is, as planned. */
export interface PlannedNic {
  readonly network: INetwork;
  readonly mac: string;
  /** The planned address (fixed or allocated); absent for DHCP. */
  readonly address?: string;
  /** How the address came to be. */
  readonly addressing: 'fixed' | 'allocated' | 'dhcp';
  /** The interface name the guest gives it (nic0, nic1, ...). */
  readonly interfaceName: string;
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
  return nics.map((nic, i) => planNic(owner, host, nic, i, nics.slice(0, i), identity, hostNumber));
}

function planNic(owner: IConstruct, host: IHost, nic: NicOptions, index: number, before: NicOptions[], identity: string, hostNumber?: number): PlannedNic {
  if (!nic || !nic.network) fail(owner, `nics[${index}] has no network`, nic, 'give each NIC a network: { network: myNetwork }');
  if (nic.network.host !== host) {
    fail(owner, `nics[${index}] is on network ${nic.network.literalName} of host ${nic.network.host.hostName}, not on this machine's host ${host.hostName}`,
      nic.network.node.path, 'attach NICs to networks on the same host');
  }
  checkMac(owner, `nics[${index}].mac`, nic.mac);
  if (nic.dhcp === true && nic.address !== undefined) {
    fail(owner, `nics[${index}] has a fixed address and dhcp: true`, nic.address, 'give either a fixed address or dhcp: true');
  }
  // A pure function of the machine's path, like addresses: a clash (1 in 16 million per pair) is
  // an error naming both, never resolved by moving one of them.
  const mac = nic.mac ?? deterministicMac(`${owner.node.path}/nic${index}`);
  if (!isToken(mac)) {
    registryOf(owner).claim(owner, `mac:${mac}`, `the MAC of nics[${index}]`, mac, `set mac on nics[${index}] of one of the two machines`);
  }
  const interfaceName = `nic${index}`;
  if (nic.address !== undefined) {
    nic.network.reserveAddress(owner, nic.address);
    return { network: nic.network, mac, address: nic.address, interfaceName, addressing: 'fixed' };
  }
  if (nic.dhcp !== true) {
    // a second NIC on the same network needs an identity of its own
    const sameNetwork = before.filter((b) => b.network === nic.network).length;
    const allocated = nic.network.allocateAddress(owner, sameNetwork === 0 ? identity : `${identity}#${sameNetwork}`,
      sameNetwork === 0 ? hostNumber : undefined);
    if (allocated !== undefined) return { network: nic.network, mac, address: allocated, interfaceName, addressing: 'allocated' };
  }
  return { network: nic.network, mac, interfaceName, addressing: 'dhcp' };
}
