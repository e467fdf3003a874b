/**
 * A network that spans hosts (NetworkProps.spansHosts): a bridge-only leg of the same name on each
 * further host, VXLAN between the bridges set up by a terraform_data per host, and machines on any
 * of those hosts attached to the network on their own host. Read from the synthesized JSON.
 */
import { parse } from 'yaml';
import { Host, HostConnection, K3sCluster, K3sInstall, LabArtifacts, Network, NetworkMode, renderAnsibleInventory, renderMermaid, renderSshConfig, VirtualMachine } from '../lib';
import { domainNamed, expectRejected, newHostWithImage, ofType, oneOf, synthJson } from './support/lab';

/** kvm1 (local, 198.19.0.1) and kvm2, kvm3 over ssh; network `span` on kvm1, spanning kvm2 and kvm3; a machine on each host. */
function spanning() {
  const { stack, image } = newHostWithImage();
  const kvm1 = stack.node.findChild('kvm1') as Host;
  // the test host has no tunnel address: a stack of its own
  const hosts = [
    new Host(stack, 'a', { connection: HostConnection.ssh({ host: '198.18.1.2', user: 'root', keyFile: '/k/id', knownHostsFile: '/k/known' }), tunnelAddress: '198.19.0.1' }),
    new Host(stack, 'b', { connection: HostConnection.ssh({ host: '198.18.2.2', user: 'root', port: 2222 }), tunnelAddress: '198.19.0.2' }),
    new Host(stack, 'c', { connection: HostConnection.sshCmd({ host: 'c.lab' }), tunnelAddress: '198.19.0.3' }),
  ];
  const span = new Network(hosts[0], 'span', { cidr: '10.120.0.0/24', spansHosts: [hosts[1], hosts[2]] });
  hosts.forEach((host, i) => new VirtualMachine(host, `vm${i + 1}`, { image, nics: [{ network: span }] }));
  new VirtualMachine(hosts[1], 'dhcp', { image, nics: [{ network: span, dhcp: true }] });
  return { stack, kvm1, hosts, span };
}

describe('a network that spans three hosts', () => {
  const { stack, span } = spanning();
  const json = synthJson(stack);
  const networks = Object.values<any>(ofType(json, 'libvirt_network'));

  test('the home network keeps gateway, DHCP and DNS; each further host gets a leg of the same name with only a bridge; all have MTU 1450', () => {
    const named = networks.filter((n) => n.name === 'span');
    expect(named.map((n) => n.provider)).toEqual(['libvirt.a', 'libvirt.b', 'libvirt.c']);
    const [home, legB, legC] = named;
    expect(home.ips[0].address).toBe('10.120.0.1');
    expect(home.mtu).toEqual({ size: 1450 });
    for (const leg of [legB, legC]) {
      expect(leg).toMatchObject({ bridge: { name: 'vb-span' }, mtu: { size: 1450 }, autostart: true });
      expect(leg.ips).toBeUndefined();
      expect(leg.forward).toBeUndefined();
      expect(leg.dns).toBeUndefined();
    }
    expect(span.legs.map((l) => l.host.hostName)).toEqual(['b', 'c']);
  });

  test('a VXLAN device per host joins its bridge to the other two, over ssh to each host', () => {
    const vx = Object.values<any>(ofType(json, 'terraform_data')).filter((d) => d.input?.vni !== undefined);
    expect(vx.map((d) => [d.input.local, d.input.peers, d.input.bridge, d.input.device])).toEqual([
      ['198.19.0.1', '198.19.0.2 198.19.0.3', 'vb-span', 'vx-span'],
      ['198.19.0.2', '198.19.0.1 198.19.0.3', 'vb-span', 'vx-span'],
      ['198.19.0.3', '198.19.0.1 198.19.0.2', 'vb-span', 'vx-span'],
    ]);
    expect(new Set(vx.map((d) => d.input.vni)).size).toBe(1);
    expect(vx.map((d) => [d.input.ssh_destination, d.input.ssh_port, d.input.ssh_key, d.input.ssh_known_hosts])).toEqual([
      ['root@198.18.1.2', '', '/k/id', '/k/known'], ['root@198.18.2.2', '2222', '', ''], ['c.lab', '', '', ''],
    ]);
    // made again with its bridge: a replaced network comes without the device
    expect(vx[1].triggers_replace.network_id).toMatch(/^\$\{libvirt_network\.[^.]*Leg-b[^.]*\.id\}$/);
    for (const d of vx) {
      expect(d.provisioner.map((p: any) => [p['local-exec'].when ?? 'create', p['local-exec'].environment.ACTION])).toEqual([['create', 'up'], ['destroy', 'down']]);
    }
  });

  test('a machine on a further host attaches to the leg there, waits for no lease there, and gets MTU 1450 and the home subnet', () => {
    const vm2 = domainNamed(json, 'vm2');
    expect(vm2.devices.interfaces[0].source.network.network).toMatch(/^\$\{libvirt_network\.[^.]*Leg-b[^.]*\.name\}$/);
    expect(domainNamed(json, 'dhcp').devices.interfaces[0].wait_for_ip).toBeUndefined();
    expect(domainNamed(json, 'vm1').devices.interfaces[0].source.network.network).toMatch(/^\$\{libvirt_network\.a_span_[0-9A-F]+\.name\}$/);
    const seed = oneOf(json, 'libvirt_cloudinit_disk', (c) => c.name === 'vm2-seed');
    const nic0 = parse(seed.network_config).ethernets.nic0;
    expect(nic0.mtu).toBe(1450);
    expect(nic0.addresses[0]).toMatch(/^10\.120\.0\.\d+\/24$/);
    expect(nic0.routes).toContainEqual({ to: '0.0.0.0/0', via: '10.120.0.1' });
  });

  test("every machine's names go to the home network's DNS", () => {
    const dns = Object.values<any>(ofType(json, 'terraform_data')).find((d) => d.input?.entries !== undefined && d.provider === undefined);
    for (const name of ['vm1', 'vm2', 'vm3']) expect(dns.input.entries).toMatch(new RegExp(`10\\.120\\.0\\.\\d+ ${name} ${name}\\.span\\.test`));
  });

  test('ssh and ansible reach a machine on a leg through the network\'s own host, which has its gateway', () => {
    const topology = LabArtifacts.of(stack).topology();
    const blockOf = (config: string, name: string) => config.split(/\n(?=Host )/).find((b) => b.startsWith(`Host ${name}\n`)) ?? '';
    const config = renderSshConfig(topology);
    // vm2 runs on b, but b's leg is only a bridge: a jumps to it; vm1 on a jumps through a; vm3 on c too
    for (const vm of ['vm1', 'vm2', 'vm3']) expect(blockOf(config, vm)).toMatch(/\n {2}ProxyJump root@198\.18\.1\.2\n/);
    const inventory = parse(renderAnsibleInventory(topology));
    const vars = (name: string): any => Object.values<any>(inventory).map((g) => g.hosts?.[name]).find((h) => h !== undefined);
    expect(vars('vm2').ansible_ssh_common_args).toMatch(/ProxyCommand=ssh .* -l root -o IdentityFile=\/k\/id .* 198\.18\.1\.2'/);
  });

  test('the topology says which hosts it spans, and the diagram draws a leg per host joined by VXLAN', () => {
    const topology = LabArtifacts.of(stack).topology();
    expect(topology.networks.find((n) => n.name === 'span')).toMatchObject({ host: 'a', spans: ['b', 'c'] });
    const mermaid = renderMermaid(topology);
    expect(mermaid).toMatch(/net_test_a_span_b\{\{"span<br\/>leg of a"\}\}/);
    expect(mermaid).toMatch(/net_test_a_span_b ---\|"VXLAN"\| net_test_a_span/);
    expect(mermaid).toMatch(/vm_test_b_vm2 ---\|"10\.120\.0\.\d+"\| net_test_a_span_b/);
  });
});

describe('a k3s cluster over three hosts', () => {
  test('its servers spread over the hosts of a spanning network, one per host, and share its virtual IP', () => {
    const { stack, image } = newHostWithImage();
    const hosts = ['a', 'b', 'c'].map((h, i) => new Host(stack, h, { connection: HostConnection.ssh({ host: `${h}.lab` }), tunnelAddress: `198.19.0.${i + 1}` }));
    const net = new Network(hosts[0], 'k8s', { cidr: '10.121.0.0/24', spansHosts: hosts.slice(1) });
    const k3s = new K3sCluster(hosts[0], 'K3s', { servers: 3, networks: [net], image, install: K3sInstall.none(), serverOptions: { hosts } });
    expect(k3s.servers.map((s) => s.host.hostName)).toEqual(['a', 'b', 'c']);
    expect(k3s.servers.every((s) => s.nics[0].network === net)).toBe(true);
    const json = synthJson(stack);
    expect(domainNamed(json, k3s.servers[2].machineName).devices.interfaces[0].source.network.network).toMatch(/Leg-c/);
    expect(k3s.endpoint).toMatch(/^10\.121\.0\.\d+$/);
  });
});

describe('what a spanning network refuses', () => {
  const setup = () => {
    const { stack, image } = newHostWithImage();
    const a = new Host(stack, 'a', { connection: HostConnection.ssh({ host: 'a.lab' }), tunnelAddress: '198.19.0.1' });
    const b = new Host(stack, 'b', { connection: HostConnection.ssh({ host: 'b.lab' }), tunnelAddress: '198.19.0.2' });
    return { stack, image, a, b };
  };

  test('a host without a tunnel address, listed twice, its own host, an empty list, a connection it cannot run commands over', () => {
    const { stack, a, b } = setup();
    const kvm1 = stack.node.findChild('kvm1') as Host;
    expectRejected(() => new Network(a, 'n1', { cidr: '10.1.0.0/24', spansHosts: [kvm1] }), /test\/a\/n1: the network spans host kvm1, which has no tunnelAddress.*set tunnelAddress on host kvm1/);
    expectRejected(() => new Network(a, 'n2', { cidr: '10.2.0.0/24', spansHosts: [b, b] }), /host b is listed twice/);
    expectRejected(() => new Network(a, 'n3', { cidr: '10.3.0.0/24', spansHosts: [a] }), /host a is listed twice \(the network's own host counts\)/);
    expectRejected(() => new Network(a, 'n4', { cidr: '10.4.0.0/24', spansHosts: [] }), /spansHosts is empty/);
    expectRejected(() => new Network(a, 'n5', { cidr: '10.5.0.0/24', spansHosts: 'b' as any }), /spansHosts/);
    const session = new Host(stack, 's', { connection: HostConnection.session(), tunnelAddress: '198.19.0.9' });
    expectRejected(() => new Network(a, 'n6', { cidr: '10.6.0.0/24', spansHosts: [session] }), /host s is reached by qemu:\/\/\/session, where the VXLAN device cannot be made/);
  });

  test('a bridge network cannot span hosts', () => {
    const { a, b } = setup();
    expectRejected(() => new Network(a, 'lan', { mode: NetworkMode.bridge('br0'), cidr: '192.168.1.0/24', spansHosts: [b] }), /a bridge network cannot span hosts/);
  });

  test('a machine on a host the network does not span', () => {
    const { stack, image, a, b } = setup();
    const net = new Network(a, 'n', { cidr: '10.1.0.0/24' });
    expectRejected(() => new VirtualMachine(b, 'vm', { image, nics: [{ network: net }] }), /test\/b\/vm: nics\[0\] is on network n of host a.*or list host b in the network's spansHosts/);
    expect(stack).toBeDefined();
  });

  test('its name is taken on a further host', () => {
    const { a, b } = setup();
    new Network(b, 'n', { cidr: '10.9.0.0/24' });
    expectRejected(() => new Network(a, 'n', { cidr: '10.1.0.0/24', spansHosts: [b] }), /network name/);
  });
});
