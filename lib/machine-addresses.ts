import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { DataLibvirtDomainInterfaceAddresses } from './generated/providers/libvirt/data-libvirt-domain-interface-addresses';
import { Domain } from './generated/providers/libvirt/domain';
import { IHost } from './host';
import { PlannedNic, plannedAddressesOf } from './machine-nics';
import { INetwork } from './network';
import { claimedOutput } from './private/outputs';
import { registryOf } from './private/registry';
import { planOf } from './private/plan';
import { isToken } from './private/validate';
import { TerraformData } from './terraform-data';

/**
 * Where a machine's planned addresses are published: its names in its networks' DNS (written by
 * each network's registration, network-dns.ts), and the Terraform outputs of its planned addresses
 * and of the addresses libvirt reports for its DHCP NICs.
 */

/** What DNS registration needs of a machine. */
export interface MachineNames {
  readonly host: IHost;
  /** The libvirt name (with the lab prefix). */
  readonly machineName: string;
  readonly hostname: string;
  readonly nics: readonly PlannedNic[];
}

/** What the outputs need of a machine. */
export interface MachineAddresses {
  readonly host: IHost;
  readonly machineName: string;
  readonly nics: readonly PlannedNic[];
  readonly domain: Domain;
}

/** A name dns-host.sh registers: lowercase letters, digits, '.' and '-'. */
const HOST_LABEL = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/;

/**
 * Registers the names of machine `owner` (hostname, FQDN, and its lab-prefixed libvirt name) in
 * the DNS of each libvirt-managed network that it has a planned address on, as entries in the
 * stack's plan that the network's registration resource writes (network-dns.ts). DHCP NICs need
 * none: libvirt's dnsmasq names DHCP clients by the hostname they send. Returns the registration
 * resources of those networks.
 */
export function registerNames(owner: IConstruct, machine: MachineNames): TerraformData[] {
  const registered = new Set<INetwork>();
  for (const nic of machine.nics) {
    // A hostname is the machine's on every network it joins, however the NIC is addressed: dnsmasq
    // names a DHCP client by the hostname it sends (a second one takes the name from the first),
    // a LAN's DNS does the same, and the hosts artifact leaves a hostname that two machines have out.
    registryOf(owner).claim(owner, `dns-name:${nic.network.host.hostName}:${nic.network.literalName}:${machine.hostname}`,
      `the DNS name ${machine.hostname} on network ${nic.network.literalName}`, machine.hostname,
      'give one of the two machines another hostname (the hostname prop), or put them on different networks');
    if (nic.address === undefined || !nic.network.mode.managed || isToken(nic.address)) continue;
    // one entry per (network, name): libvirt refuses a second entry with a name it already has, so
    // a machine's second NIC on a network is not registered, and two machines may not share a name there
    if (registered.has(nic.network)) continue;
    registered.add(nic.network);
    // the libvirt name too when a lab prefixes it (netlab-r1): the ssh_config alias and the hosts
    // artifact use it, so it resolves inside the lab as well
    const names = [machine.hostname, ...(nic.network.domain ? [`${machine.hostname}.${nic.network.domain}`] : []),
      ...(machine.machineName !== machine.hostname && HOST_LABEL.test(machine.machineName) ? [machine.machineName] : [])];
    if (names.length === 3) {
      registryOf(owner).claim(owner, `dns-name:${nic.network.host.hostName}:${nic.network.literalName}:${machine.machineName}`,
        `the DNS name ${machine.machineName} on network ${nic.network.literalName}`, machine.machineName,
        'give one of the two machines another name');
    }
    planOf(owner).addDnsEntry(nic.network.node.path, { address: nic.address, names });
  }
  return [...registered].flatMap((network) => (network.dnsRegistration ? [network.dnsRegistration] : []));
}

/** Terraform outputs: the planned addresses, and the addresses libvirt reports for DHCP NICs. */
export function publishAddresses(owner: IConstruct, machine: MachineAddresses): DataLibvirtDomainInterfaceAddresses | undefined {
  const planned = plannedAddressesOf(machine.nics);
  // named after the libvirt name, which is unique on its host; the claim makes it unique in the stack
  const base = machine.machineName;
  if (planned.length > 0) {
    claimedOutput(owner, 'PlannedAddresses', `${base}_addresses`, "the machine's libvirt name", {
      value: planned,
      description: `planned IPv4 addresses of ${machine.machineName}, in NIC order`,
    });
  }
  const dhcpNics = machine.nics.filter((n) => n.address === undefined);
  if (dhcpNics.length === 0) return undefined;
  const lookup = new DataLibvirtDomainInterfaceAddresses(owner, 'Addresses', {
    provider: machine.host.provider,
    domain: machine.domain.uuid,
    // "lease" answers from libvirt's dnsmasq; bridged NICs need the guest agent
    source: dhcpNics.every((n) => n.network.mode.managed && n.network.host === machine.host) ? 'lease' : 'any',
  });
  const macs = JSON.stringify(dhcpNics.map((n) => n.mac));
  claimedOutput(owner, 'DhcpAddresses', `${base}_dhcp_addresses`, "the machine's libvirt name", {
    value: Token.asAny(`\${flatten([for i in ${lookup.fqn}.interfaces : [for a in i.addrs : a.addr if a.type == "ipv4"] if contains(${macs}, i.hwaddr)])}`),
    description: `IPv4 addresses libvirt reports for the DHCP NICs of ${machine.machineName} (empty until the guest has a lease)`,
  });
  return lookup;
}
