/**
 * A planned topology with what each artifact must handle: a local KVM host and a remote one reached
 * over SSH with a user and a port; a lab with a prefix; a k3s cluster with server and agent roles on
 * the remote host; a router with three NICs, one of them DHCP on an existing network; a DHCP-only
 * machine with no planned address; a machine with no login user; names with dashes throughout.
 */
import { Topology, TopologyMachine, TOPOLOGY_FORMAT_VERSION } from '../../lib/topology';

export const LAN = 'demo/local/lab/lan';
export const DMZ = 'demo/local/lab/dmz';
export const UPLINK = 'demo/local/default';
export const K3S_NET = 'demo/kvm-remote/k3s-net';

export function fixture(): Topology {
  return {
    version: TOPOLOGY_FORMAT_VERSION,
    stack: 'demo',
    hosts: [
      { name: 'local', uri: 'qemu:///system' },
      { name: 'kvm-remote', uri: 'qemu+ssh://lab-admin@kvm2.example.net:2222/system', ssh: { destination: 'lab-admin@kvm2.example.net', port: 2222 } },
    ],
    labs: [{ path: 'demo/local/lab', prefix: 'lab1-', addressSpace: '10.80.0.0/16' }],
    networks: [
      { path: LAN, name: 'lab1-lan', host: 'local', mode: 'nat', cidr: '10.80.1.0/24', gateway: '10.80.1.1', dhcpRange: { start: '10.80.1.128', end: '10.80.1.254' }, domain: 'lab1-lan.test', managedByStack: true, lab: 'demo/local/lab' },
      { path: DMZ, name: 'lab1-dmz', host: 'local', mode: 'isolated', cidr: '10.80.2.0/24', gateway: '10.80.2.1', dhcpRange: { start: '10.80.2.128', end: '10.80.2.254' }, domain: 'lab1-dmz.test', managedByStack: true, lab: 'demo/local/lab' },
      { path: UPLINK, name: 'default', host: 'local', mode: 'nat', managedByStack: false },
      { path: K3S_NET, name: 'k3s-net', host: 'kvm-remote', mode: 'nat', cidr: '10.81.0.0/24', gateway: '10.81.0.1', dhcpRange: { start: '10.81.0.128', end: '10.81.0.254' }, domain: 'k3s-net.test', managedByStack: true },
    ],
    machines: [
      machine({
        path: 'demo/local/lab/router', name: 'lab1-router', hostname: 'router', fqdn: 'router.lab1-lan.test', host: 'local', loginUser: 'debian', lab: 'demo/local/lab', router: true,
        nics: [
          { name: 'nic0', network: LAN, mac: '52:54:00:0a:00:01', address: '10.80.1.2', prefixLength: 24, addressing: 'fixed' },
          { name: 'nic1', network: DMZ, mac: '52:54:00:0a:00:02', address: '10.80.2.2', prefixLength: 24, addressing: 'allocated' },
          { name: 'nic2', network: UPLINK, mac: '52:54:00:0a:00:03', addressing: 'dhcp' },
        ],
      }),
      machine({
        path: 'demo/local/lab/web-1', name: 'lab1-web-1', hostname: 'web-1', fqdn: 'web-1.lab1-dmz.test', host: 'local', loginUser: 'debian', lab: 'demo/local/lab',
        nics: [{ name: 'nic0', network: DMZ, mac: '52:54:00:0a:01:01', address: '10.80.2.10', prefixLength: 24, addressing: 'allocated' }],
      }),
      machine({
        path: 'demo/local/lab/dhcp-client', name: 'lab1-dhcp-client', hostname: 'dhcp-client', fqdn: 'dhcp-client.lab1-lan.test', host: 'local', loginUser: 'debian', lab: 'demo/local/lab',
        nics: [{ name: 'nic0', network: LAN, mac: '52:54:00:0a:02:01', addressing: 'dhcp' }],
      }),
      machine({
        path: 'demo/local/lab/appliance', name: 'lab1-appliance', hostname: 'appliance', fqdn: 'appliance.lab1-lan.test', host: 'local', lab: 'demo/local/lab',
        nics: [{ name: 'nic0', network: LAN, mac: '52:54:00:0a:03:01', address: '10.80.1.20', prefixLength: 24, addressing: 'allocated' }],
      }),
      ...['server-1', 'agent-1', 'agent-2'].map((n, i) => machine({
        path: `demo/kvm-remote/k3s/${n}`, name: `k3s-${n}`, hostname: `k3s-${n}`, fqdn: `k3s-${n}.k3s-net.test`, host: 'kvm-remote', loginUser: 'ubuntu',
        cluster: 'demo/kvm-remote/k3s', role: n.startsWith('server') ? 'server' : 'agent',
        nics: [{ name: 'nic0', network: K3S_NET, mac: `52:54:00:0b:00:0${i + 1}`, address: `10.81.0.${10 + i}`, prefixLength: 24, addressing: 'allocated' }],
      })),
    ],
    clusters: [{
      path: 'demo/kvm-remote/k3s', name: 'k3s', kind: 'k3s', endpoint: '10.81.0.10',
      roles: [
        { name: 'server', machines: ['demo/kvm-remote/k3s/server-1'] },
        { name: 'agent', machines: ['demo/kvm-remote/k3s/agent-1', 'demo/kvm-remote/k3s/agent-2'] },
      ],
    }],
  };
}

/** A machine with 2 vCPUs and 2 GiB unless said otherwise. */
export function machine(m: Omit<TopologyMachine, 'vcpus' | 'memoryMiB'> & Partial<Pick<TopologyMachine, 'vcpus' | 'memoryMiB'>>): TopologyMachine {
  return { vcpus: 2, memoryMiB: 2048, ...m };
}

/** The fixture with changes: `edit` gets a deep copy it may modify (the types are readonly, the copy is not). */
export function variant(edit: (t: Mutable<Topology>) => void): Topology {
  const t = JSON.parse(JSON.stringify(fixture())) as Mutable<Topology>;
  edit(t);
  return t;
}

/** Every readonly member made writable, deeply. */
export type Mutable<T> = T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;

/** Names that break naive quoting: spaces, both quotes, `#`, `%`, a backslash, a line break, `<`, `&`, non-ASCII. */
export const HOSTILE = 'it\'s a "lab" #1 100% \\N <b>&amp; Grüße\nline two';
