import { IConstruct } from 'constructs';
import { inside, Ipv4Subnet } from './ipv4';
import { registryOf } from './registry';
import { checkSubnet, claimSubnet } from './subnet-plan';
import { checkArray, checkBoolean, checkLiteralBoolean, checkObjectName, checkProps, checkString, fail } from './validate';

/**
 * Where a network may go: its name and subnet are unique on its host, and a network a lab creates
 * lies in the lab's address space. Kept in the stack's registry, by host name.
 */

/**
 * Claims network `name` (of subnet `subnet`, when known) on host `hostName` for `scope`: a network
 * the stack creates, or (`existing`) a reference to one that exists. A network the stack creates
 * may not share its name with one it refers to (Network.fromName), and no two subnets on a host may
 * overlap; several references to the same existing network are fine.
 */
export function claimNetwork(scope: IConstruct, hostName: string, name: string, subnet: Ipv4Subnet | undefined, existing: boolean): void {
  const registry = registryOf(scope);
  const created = registry.holder(`network:${hostName}:${name}`);
  const referred = registry.first(`network-ref:${hostName}:${name}:`);
  if (existing && created) {
    fail(scope, `this stack creates network ${name} on host ${hostName} itself (${created.node.path})`, name,
      'use that Network construct instead of Network.fromName');
  }
  if (!existing && referred) {
    fail(scope, `network ${name} already exists on host ${hostName} (referred to by ${referred.node.path})`, name,
      'give the new network another name, or use the existing one');
  }
  if (subnet) checkSubnet(scope, hostName, name, subnet, existing);
  if (existing) {
    registry.claimIn(scope, `network-ref:${hostName}:${name}:`, scope.node.path, 'the network reference', name, 'refer to it once per construct');
  } else {
    registry.claim(scope, `network:${hostName}:${name}`, 'the network name', name, 'give each network on a host its own name');
  }
  if (subnet) claimSubnet(scope, hostName, name, subnet, existing);
}

/** What {@link checkInAddressSpace} needs of a lab (its `LabContext` is one). */
export interface AddressSpaceOwner {
  readonly path: string;
  readonly addressSpace?: Ipv4Subnet;
}

/**
 * Fails when `subnet`, of a network that lab `lab` creates, lies outside the lab's address space
 * (when it has one): the lab's subnets, and those of its stamped copies, are carved from that
 * space, and a subnet outside it may be another lab's.
 */
export function checkInAddressSpace(scope: IConstruct, subnet: Ipv4Subnet, lab: AddressSpaceOwner | undefined): void {
  if (lab?.addressSpace === undefined || inside(subnet, lab.addressSpace)) return;
  const space = lab.addressSpace.cidr;
  fail(scope, `subnet ${subnet.cidr} lies outside the addressSpace ${space} of lab ${lab.path}`, subnet.cidr,
    `take it from the lab with lab.subnet(index), or give a cidr inside ${space}`);
}

/** The props of a network whose type is checked before any is read (the rest are checked where they are used). */
export interface NetworkPropTypes {
  readonly name?: unknown;
  readonly cidr?: unknown;
  readonly gateway?: unknown;
  readonly domain?: unknown;
  readonly dhcpRange?: unknown;
  readonly nameservers?: unknown;
  readonly dhcp?: unknown;
  readonly allocateAddresses?: unknown;
  readonly autostart?: unknown;
}

/**
 * The types of a network's props, as a plain JavaScript caller may give them, before any is read:
 * the name, subnet, gateway and domain are strings (the name a libvirt name before a lab prefixes
 * it), a range is an object of start and end, nameservers a list, and the flags booleans: `dhcp` and
 * `allocateAddresses` decide what is planned at synth, so they cannot be tokens; `autostart` can.
 * (Network.fromName has no `dhcp` nor `autostart`: its unknown props are refused before.)
 */
export function checkNetworkPropTypes(scope: IConstruct, props: NetworkPropTypes): void {
  checkString(scope, 'name', props.name, "give the network's libvirt name, such as 'lan'");
  checkObjectName(scope, 'name', props.name as string | undefined);
  checkString(scope, 'cidr', props.cidr, "give the subnet in CIDR form, such as '10.77.0.0/24'");
  checkString(scope, 'gateway', props.gateway, "give an IPv4 address of the subnet, such as '10.77.0.1'");
  checkString(scope, 'domain', props.domain, "give a DNS domain, such as 'lab.test'");
  const range = props.dhcpRange;
  if (range !== undefined && (range === null || typeof range !== 'object' || Array.isArray(range))) {
    fail(scope, 'dhcpRange must be an object of start and end', range, "write it as { start: '10.77.0.128', end: '10.77.0.254' }");
  }
  checkProps<{ start: unknown; end: unknown }>(scope, 'dhcpRange', range, { start: true, end: true });
  checkArray(scope, 'nameservers', props.nameservers, "'10.77.0.1'");
  checkLiteralBoolean(scope, 'dhcp', props.dhcp);
  checkLiteralBoolean(scope, 'allocateAddresses', props.allocateAddresses);
  checkBoolean(scope, 'autostart', props.autostart);
}
