import { createHash } from 'crypto';
import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { resolveAsSynthesized } from './replacement';
import { MachineRouting } from './routing';
import { toGuestYaml } from './yaml';

/**
 * The parts of a cloud-init seed that do not depend on the user's cloud-config: the network-config
 * (v2) of a machine's planned NICs with its routes, and the meta-data whose instance-id changes with
 * the seed's content. Pure functions of planned data.
 */

/** A NIC as its network-config needs it. */
export interface SeedNic {
  /** The name the guest gives it (nic0, nic1, ...), matched by MAC. */
  readonly interfaceName: string;
  readonly mac: string;
  /** The planned address; absent for DHCP. */
  readonly address?: string;
  /** The prefix length of the network's subnet (when the address is planned); text when the subnet is a token. */
  readonly prefixLength?: number | string;
  /** The network's gateway, if it has one. */
  readonly gateway?: string;
  /** Whether the network is isolated (no way out: its gateway and DHCP offer no default route). */
  readonly isolated: boolean;
  readonly nameservers: readonly string[];
  readonly domain?: string;
  /** The network's MTU, when it sets one (a network that spans hosts). */
  readonly mtu?: number;
}

/** network-config v2: every NIC matched by MAC and named; planned addresses static, the rest DHCP. */
export function renderNetworkConfig(nics: readonly SeedNic[], routing: MachineRouting): string {
  const ethernets: Record<string, unknown> = {};
  let defaultRoute = false;
  const ownDefault = nics.some((n) => n.gateway !== undefined && !n.isolated);
  for (const [i, nic] of nics.entries()) {
    const entry: Record<string, unknown> = { match: { macaddress: nic.mac }, 'set-name': nic.interfaceName, ...(nic.mtu !== undefined ? { mtu: nic.mtu } : {}) };
    const routes: Array<{ to: string; via: string }> = [];
    if (nic.address === undefined) {
      entry.dhcp4 = true;
      // only the first DHCP NIC may install a default route, so traffic leaves by one way; libvirt's
      // DHCP on an isolated network offers no router (dhcp-option=3), so such a NIC does not count
      if (defaultRoute) entry['dhcp4-overrides'] = { 'use-routes': false, 'use-dns': false };
      else if (!nic.isolated) defaultRoute = true;
    } else {
      entry.addresses = [`${nic.address}/${nic.prefixLength}`];
      if (!defaultRoute && nic.gateway !== undefined && !nic.isolated) {
        // 0.0.0.0/0, not `default`: cloud-init's own renderers (ENI, networkd, sysconfig, NetworkManager:
        // everything but netplan) reject `to: default` until canonical/cloud-init#6391 (2025), and the
        // guest then comes up with no network at all (cloud-init 22.4 to 24.x: Debian 12, EL9)
        routes.push({ to: '0.0.0.0/0', via: nic.gateway });
        defaultRoute = true;
      }
      if (nic.nameservers.length > 0) {
        entry.nameservers = { addresses: nic.nameservers, ...(nic.domain ? { search: [nic.domain] } : {}) };
      }
    }
    if (!ownDefault && routing.defaultVia?.nic === i && !defaultRoute) {
      routes.push({ to: '0.0.0.0/0', via: routing.defaultVia.via });
      defaultRoute = true;
    }
    routes.push(...(routing.routes.get(i) ?? []));
    if (routes.length > 0) entry.routes = routes;
    ethernets[nic.interfaceName] = entry;
  }
  return toGuestYaml({ version: 2, ethernets });
}

/**
 * The meta-data of a seed: its instance-id is the machine's name and a hash of the seed's content,
 * so a new seed is a new instance and cloud-init runs again on it. References in the content (a
 * join token, a key of another resource) are hashed as the Terraform expressions they synthesize
 * to, which are the same in every program and on every machine.
 */
export function renderMetaData(scope: IConstruct, name: string, hostname: string, userData: string, networkConfig: string): string {
  let content = userData + '\0' + networkConfig;
  if (Token.isUnresolved(content)) {
    content = String(resolveAsSynthesized(scope, content));
  }
  return toGuestYaml({
    'instance-id': `${name}-${createHash('sha256').update(content).digest('hex').slice(0, 12)}`,
    'local-hostname': hostname,
  });
}
