import { IConstruct } from 'constructs';
import { Network as NetworkResource } from './generated/providers/libvirt/network';
import { IHost } from './host';
import { claimBridge, NetworkMode } from './network-mode';
import { hashIndex } from './private/allocator';
import { claimNetwork } from './private/network-placement';
import { registryOf } from './private/registry';
import { replaceOnChange } from './private/replacement';
import { scriptAsset } from './private/scripts';
import { checkArray, checkConstructRef, fail, HOST } from './private/validate';
import { TerraformData } from './terraform-data';

/**
 * A network that spans hosts: declared once, on its home host (where libvirt runs its gateway, DHCP
 * and DNS), and joined on each further host by a leg, a libvirt network of the same name with a
 * bridge and nothing else. VXLAN between the hosts' tunnel addresses joins the home bridge and the
 * legs into one L2 segment: a `terraform_data` per host adds the VXLAN device to the bridge there
 * (lib/scripts/vxlan.sh, over ssh to a remote host) and removes it on destroy. Frames lose 50 bytes
 * to VXLAN, so the network and its legs have an MTU of 1450, which libvirt gives the guests' NICs.
 */

/** The MTU of a network that spans hosts: 1500 less VXLAN's 50 bytes of headers. */
export const SPAN_MTU = 1450;
/** The UDP port of VXLAN (IANA's), which must pass between the hosts. */
export const VXLAN_PORT = 4789;

/** A network's leg: its bridge-only libvirt network on a further host it spans. */
export interface NetworkLeg {
  /** The host the leg is on. */
  readonly host: IHost;
  /** The L1 network resource of the leg (escape hatch). */
  readonly resource: NetworkResource;
  /** Its Linux bridge on that host, where the VXLAN device is added. */
  readonly bridgeName: string;
}

/** What a spanning network is, to this file. */
interface SpanningNetwork extends IConstruct {
  readonly host: IHost;
  readonly literalName: string;
  readonly mode: NetworkMode;
  readonly bridgeName?: string;
  readonly resource: NetworkResource;
}

/** Checks `spansHosts` of `network` (every host once, none its home, each able to run VXLAN). */
export function checkSpan(network: SpanningNetwork, hosts: unknown): asserts hosts is IHost[] {
  checkArray(network, 'spansHosts', hosts, '[kvm2]');
  const list = hosts as unknown[];
  list.forEach((h, i) => checkConstructRef(network, `spansHosts[${i}]`, h, HOST));
  if (list.length === 0) fail(network, 'spansHosts is empty', hosts, 'list the other hosts whose machines join the network, or leave spansHosts out');
  if (!network.mode.managed || network.bridgeName === undefined) {
    fail(network, `a ${network.mode.kind} network cannot span hosts`, network.mode.kind, 'span a network with a bridge of libvirt\'s own: NetworkMode.nat(), .isolated(), .routed() or .open()');
  }
  const all = [network.host, ...(list as IHost[])];
  all.forEach((h, i) => {
    if (all.indexOf(h) !== i) fail(network, `host ${h.hostName} is listed twice (the network's own host counts)`, h.hostName, 'list each other host once in spansHosts');
    if (h.tunnelAddress === undefined) {
      fail(network, `the network spans host ${h.hostName}, which has no tunnelAddress`, h.node.path,
        `set tunnelAddress on host ${h.hostName}: an address of it the other hosts reach (UDP port ${VXLAN_PORT})`);
    }
    if (h.connection.isRemote ? h.connection.ssh === undefined : !/^qemu:\/\/\/system\b/.test(h.connection.uri)) {
      fail(network, `host ${h.hostName} is reached by ${h.connection.uri}, where the VXLAN device cannot be made`, h.connection.uri,
        'span hosts reached by HostConnection.ssh() or .sshCmd() (commands run there over ssh), or the local qemu:///system');
    }
  });
}

/** The legs of `network` on `hosts` and the VXLAN between every bridge of it. */
export function createLegs(network: SpanningNetwork, hosts: readonly IHost[]): NetworkLeg[] {
  const legs = hosts.map((host): NetworkLeg => {
    claimNetwork(network, host.hostName, network.literalName, undefined, false);
    const bridgeName = claimBridge(network, host.hostName, network.mode, network.literalName, network.bridgeName)!;
    const resource = new NetworkResource(network, `Leg-${host.hostName}`, {
      provider: host.provider,
      name: network.literalName,
      autostart: true,
      bridge: { name: bridgeName, stp: 'on', delay: '0' },
      mtu: { size: SPAN_MTU },
    });
    replaceOnChange(resource, { updatable: ['autostart'] });
    return { host, resource, bridgeName };
  });
  const vni = 1 + hashIndex(`vni:${network.node.path}`, 0xfffffe);
  registryOf(network).claim(network, `vni:${vni}`, `the VXLAN id ${vni}`, vni, 'rename one of the two networks');
  const bridges = [{ host: network.host, resource: network.resource, bridgeName: network.bridgeName! }, ...legs];
  for (const b of bridges) {
    const peers = bridges.filter((o) => o !== b).map((o) => o.host.tunnelAddress!);
    vxlanOn(network, b, vni, peers);
  }
  return legs;
}

/** The `terraform_data` that puts the VXLAN device on `bridge`'s host and takes it away on destroy. */
function vxlanOn(network: SpanningNetwork, bridge: NetworkLeg, vni: number, peers: string[]): void {
  const ssh = bridge.host.connection.ssh;
  const input = {
    device: `vx${bridge.bridgeName.replace(/^vb/, '')}`.slice(0, 15),
    vni: String(vni),
    local: bridge.host.tunnelAddress!,
    peers: peers.join(' '),
    bridge: bridge.bridgeName,
    mtu: String(SPAN_MTU),
    port: String(VXLAN_PORT),
    ssh_destination: ssh === undefined ? '' : `${ssh.user === undefined ? '' : `${ssh.user}@`}${ssh.host}`,
    ssh_port: ssh?.port === undefined ? '' : String(ssh.port),
    ssh_key: ssh?.keyFile ?? '',
    ssh_known_hosts: ssh?.knownHostsFile ?? '',
  };
  const env = (action: string) => ({
    ACTION: action,
    ...Object.fromEntries(Object.keys(input).map((k) => [k.toUpperCase(), `\${self.input.${k}}`])),
  });
  const command = `/bin/sh "\${path.module}/${scriptAsset(network, 'vxlan.sh').path}"`;
  new TerraformData(network, `Vxlan-${bridge.host.hostName}`, {
    input,
    // a bridge made again (its network replaced) comes without the device
    triggersReplace: { ...input, network_id: bridge.resource.id },
    provisioners: [
      { type: 'local-exec', interpreter: ['/bin/sh', '-c'], command, environment: env('up') },
      { type: 'local-exec', when: 'destroy', interpreter: ['/bin/sh', '-c'], command, environment: env('down') },
    ],
  });
}
