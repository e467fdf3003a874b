/**
 * Wire: a point-to-point link between two machines' NICs as QEMU UDP tunnels, with no libvirt
 * network. Read from the synthesized domains (the interface's udp source), the seeds (the ends'
 * addresses, routes over the wire) and the topology; ports from the address lock across synths.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack, Testing } from 'cdktf';
import { parse } from 'yaml';
import { BaseImage, Host, HostConnection, LabArtifacts, Network, Router, renderMermaid, VirtualMachine, Wire, WIRE_PORTS } from '../lib';
import { domainNamed, expectRejected, newHostWithImage, oneOf, synthJson } from './support/lab';

/** The interfaces of domain `name`, as synthesized. */
const interfacesOf = (json: any, name: string): any[] => domainNamed(json, name).devices.interfaces;

/** The network-config of `name` as cloud-init reads it. */
const networkConfigOf = (json: any, name: string) =>
  parse(oneOf(json, 'libvirt_cloudinit_disk', (c) => c.name === `${name}-seed`).network_config.replace(/\$\$\{/g, '${'), { version: '1.1' });

/** Two routers on `hosts[0]` and `hosts[1]`, each with a LAN of its own and a machine on it, and a wire between them. */
function wiredPair(two: boolean) {
  const { stack, host, image } = newHostWithImage();
  const host2 = two ? new Host(stack, 'kvm2', { connection: HostConnection.ssh({ host: 'kvm2' }), tunnelAddress: '198.19.0.2' }) : host;
  const host1 = two ? new Host(stack, 'kvm1b', { connection: HostConnection.ssh({ host: 'kvm1b' }), tunnelAddress: '198.19.0.1' }) : host;
  const lan1 = new Network(host1, 'lan1', { cidr: '10.1.0.0/24' });
  const lan2 = new Network(host2, 'lan2', { cidr: '10.2.0.0/24' });
  const wire = new Wire(stack, 'r1-r2', { cidr: '10.255.0.0/31' });
  const r1 = new Router(stack, 'r1', { host: host1, image, networks: [lan1, wire] });
  const r2 = new Router(stack, 'r2', { host: host2, image, networks: [lan2, wire] });
  new VirtualMachine(stack, 'pc1', { host: host1, image, nics: [{ network: lan1 }] });
  new VirtualMachine(stack, 'pc2', { host: host2, image, nics: [{ network: lan2 }] });
  return { stack, host, image, wire, r1, r2, lan1, lan2 };
}

describe('a wire between two machines on one host', () => {
  const { stack, wire, r1, r2 } = wiredPair(false);
  const json = synthJson(stack);

  test('each end is a UDP tunnel on 127.0.0.1 that sends to the port the other end listens on', () => {
    const [a, b] = [interfacesOf(json, 'r1')[1], interfacesOf(json, 'r2')[1]];
    for (const nic of [a, b]) {
      expect(Object.keys(nic.source)).toEqual(['udp']);
      expect(nic.source.udp.address).toBe('127.0.0.1');
      expect(nic.source.udp.local.address).toBe('127.0.0.1');
      expect(nic.source.udp.local.port).toBeGreaterThanOrEqual(WIRE_PORTS.first);
      expect(nic.source.udp.local.port).toBeLessThanOrEqual(WIRE_PORTS.last);
      expect(nic.wait_for_ip).toBeUndefined();
    }
    expect(a.source.udp.port).toBe(b.source.udp.local.port);
    expect(b.source.udp.port).toBe(a.source.udp.local.port);
    expect(a.source.udp.local.port).not.toBe(b.source.udp.local.port);
    expect(wire.ends.map((e) => e.port)).toEqual([a.source.udp.local.port, b.source.udp.local.port]);
  });

  test('the ends get the /31 in the order they attach, configured by cloud-init with no gateway', () => {
    expect([r1.addressOn(wire), r2.addressOn(wire)]).toEqual(['10.255.0.0', '10.255.0.1']);
    const nic1 = networkConfigOf(json, 'r1').ethernets.nic1;
    expect(nic1.addresses).toEqual(['10.255.0.0/31']);
    expect(nic1.gateway4).toBeUndefined();
    expect(nic1.dhcp4).toBeFalsy();
  });

  test('routers route over the wire: each side reaches the LAN behind the other', () => {
    const routesOf = (name: string) => Object.values<any>(networkConfigOf(json, name).ethernets).flatMap((e) => e.routes ?? []);
    expect(routesOf('r1')).toContainEqual({ to: '10.2.0.0/24', via: '10.255.0.1' });
    expect(routesOf('r2')).toContainEqual({ to: '10.1.0.0/24', via: '10.255.0.0' });
    expect(routesOf('pc1')).toContainEqual({ to: '10.2.0.0/24', via: r1.addressOn(r1.networks[0]) });
    expect(routesOf('pc1')).toContainEqual({ to: '10.255.0.0/31', via: r1.addressOn(r1.networks[0]) });
  });

  test('the topology lists the wire with its ends, and the diagram draws it between the two routers', () => {
    const topology = LabArtifacts.of(stack).topology();
    const net = topology.networks.find((n) => n.path === 'test/r1-r2')!;
    expect(net).toMatchObject({ name: 'r1-r2', mode: 'wire', host: 'kvm1', cidr: '10.255.0.0/31' });
    expect(net.wire!.map((e) => [e.machine, e.host, e.address])).toEqual([['test/r1', 'kvm1', '10.255.0.0'], ['test/r2', 'kvm1', '10.255.0.1']]);
    const r1Nics = topology.machines.find((m) => m.path === 'test/r1')!.nics;
    expect(r1Nics[1]).toMatchObject({ network: 'test/r1-r2', address: '10.255.0.0', prefixLength: 31 });
    const mermaid = renderMermaid(topology);
    expect(mermaid).toMatch(/vm_test_r1 ---\|"wire r1-r2<br\/>10\.255\.0\.0\/31 - 10\.255\.0\.1"\| vm_test_r2/);
    expect(mermaid).not.toMatch(/net_test_r1_r2/);
  });
});

describe('a wire between machines on two hosts', () => {
  const { stack } = wiredPair(true);
  const json = synthJson(stack);

  test("each end listens on its host's tunnel address and sends to the other host's", () => {
    const [a, b] = [interfacesOf(json, 'r1')[1].source.udp, interfacesOf(json, 'r2')[1].source.udp];
    expect([a.local.address, a.address]).toEqual(['198.19.0.1', '198.19.0.2']);
    expect([b.local.address, b.address]).toEqual(['198.19.0.2', '198.19.0.1']);
    expect([a.port, b.port]).toEqual([b.local.port, a.local.port]);
  });
});

describe('wire ports', () => {
  test('ends on one host never share a port, and each port is a pure function of the paths', () => {
    const build = () => {
      const { stack, host, image } = newHostWithImage();
      const lan = new Network(host, 'lan', { cidr: '10.1.0.0/24' });
      const ports: number[] = [];
      for (let i = 0; i < 30; i++) {
        const wire = new Wire(stack, `w${i}`, { cidr: `10.255.${i}.0/31` });
        new VirtualMachine(stack, `a${i}`, { host, image, nics: [{ network: lan }, { wire }] });
        new VirtualMachine(stack, `b${i}`, { host, image, nics: [{ network: lan }, { wire }] });
        ports.push(...wire.ends.map((e) => e.port));
      }
      return ports;
    };
    const ports = build();
    expect(new Set(ports).size).toBe(60);
    expect(build()).toEqual(ports);
  });

  test('the address lock keeps a wire\'s ports when a wire is added before it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wire-lock-'));
    try {
      const lockFile = path.join(dir, 'cdktf-libvirt.lock.json');
      const synth = (wires: string[]) => {
        const app = new App({ outdir: path.join(dir, 'cdktf.out'), context: { 'cdktf-libvirt:lockFile': lockFile } });
        const stack = new TerraformStack(app, 'test');
        const host = new Host(stack, 'kvm1');
        const image = BaseImage.fromCatalog(stack, 'debian', 'debian-12');
        const lan = new Network(host, 'lan', { cidr: '10.1.0.0/24' });
        const result = new Map<string, number[]>();
        wires.forEach((id, i) => {
          const wire = new Wire(stack, id, { cidr: `10.255.${i}.0/31` });
          new VirtualMachine(stack, `${id}-a`, { host, image, nics: [{ network: lan }, { wire }] });
          new VirtualMachine(stack, `${id}-b`, { host, image, nics: [{ network: lan }, { wire }] });
          result.set(id, wire.ends.map((e) => e.port));
        });
        app.synth();
        return result;
      };
      const before = synth(['core']);
      const after = synth(['edge', 'core']);
      expect(after.get('core')).toEqual(before.get('core'));
      expect(JSON.parse(fs.readFileSync(lockFile, 'utf8')).stacks.test['udp:kvm1']).toEqual({
        'test/core@test/core-a': String(before.get('core')![0]), 'test/core@test/core-b': String(before.get('core')![1]),
        'test/edge@test/edge-a': String(after.get('edge')![0]), 'test/edge@test/edge-b': String(after.get('edge')![1]),
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('what a wire refuses', () => {
  const setup = () => {
    const { stack, host, image } = newHostWithImage();
    const lan = new Network(host, 'lan', { cidr: '10.1.0.0/24' });
    const wire = new Wire(stack, 'w', { cidr: '10.255.0.0/30' });
    return { stack, host, image, lan, wire };
  };

  test.each([
    [undefined, /test\/w: Wire needs props/],
    [{}, /test\/w: a wire needs its subnet.*set cidr to a \/31 or a \/30/],
    [{ cidr: '10.255.0.0/29' }, /cidr is a \/29: a wire joins two ends, on a \/31 or a \/30/],
    [{ cidr: '10.255.0.1/31' }, /cidr has host bits set/],
    [{ cidr: 'ten' }, /cidr is not an IPv4 subnet/],
    [{ cidr: '10.255.0.0/31', name: 'Bad Name' }, /name/],
    [{ cidr: '10.255.0.0/31', colour: 'red' }, /Wire has no prop 'colour'/],
  ])('props %j', (props, message) => {
    const { stack } = newHostWithImage();
    expectRejected(() => new Wire(stack, 'w', props as any), message);
  });

  test('a third end, the same machine twice, a foreign or taken address, DHCP, a network beside it, the first NIC', () => {
    const { stack, host, image, lan, wire } = setup();
    new VirtualMachine(stack, 'a', { host, image, nics: [{ network: lan }, { wire, address: '10.255.0.2' }] });
    expectRejected(() => new VirtualMachine(stack, 'x1', { host, image, nics: [{ network: lan }, { wire, address: '10.255.0.9' }] }),
      /test\/x1: nics\[1\]\.address is not an address of wire w \(10\.255\.0\.0\/30\).*use 10\.255\.0\.1 or 10\.255\.0\.2/);
    expectRejected(() => new VirtualMachine(stack, 'x2', { host, image, nics: [{ network: lan }, { wire, address: '10.255.0.2' }] }),
      /test\/x2: nics\[1\]\.address is the address of the wire's other end, test\/a.*use 10\.255\.0\.1/);
    expectRejected(() => new VirtualMachine(stack, 'x3', { host, image, nics: [{ network: lan }, { wire, dhcp: true }] }), /asks for DHCP on wire w, which has no DHCP server/);
    expectRejected(() => new VirtualMachine(stack, 'x4', { host, image, nics: [{ network: lan }, { wire, network: lan }] }), /nics\[1\] has both a network and a wire/);
    expectRejected(() => new VirtualMachine(stack, 'x5', { host, image, nics: [{ wire }] }), /nics\[0\] is plugged into a wire.*put a NIC on a network first/);
    expectRejected(() => new VirtualMachine(stack, 'x6', { host, image, nics: [{ network: lan }, { wire: 'w' as any }] }), /nics\[1\]\.wire is not a construct/);
    expectRejected(() => new VirtualMachine(stack, 'x7', { host, image, nics: [{ network: lan }, { wire: lan as any }] }), /nics\[1\]\.wire is not a Wire/);
    new VirtualMachine(stack, 'b', { host, image, nics: [{ network: lan }, { wire }] });
    expect(wire.ends.map((e) => e.address)).toEqual(['10.255.0.2', '10.255.0.1']);
    expectRejected(() => new VirtualMachine(stack, 'c', { host, image, nics: [{ network: lan }, { wire }] }),
      /test\/c: nics\[1\] plugs into wire w, whose two ends are taken by test\/a and test\/b.*make another Wire/);
  });

  test('one machine plugged in twice', () => {
    const { stack, host, image, lan, wire } = setup();
    expectRejected(() => new VirtualMachine(stack, 'a', { host, image, nics: [{ network: lan }, { wire }, { wire }] }), /nics\[2\] plugs into wire w a second time/);
  });

  test('a router whose first NIC would be the wire', () => {
    const { stack, host, image, lan, wire } = setup();
    expectRejected(() => new Router(stack, 'r', { host, image, networks: [wire, lan] }), /test\/r: the router's first NIC would be on wire w.*list a network before the wire/);
  });

  test('a wire between hosts, one of which has no tunnel address', () => {
    const { stack, host, image, lan, wire } = setup();
    const kvm2 = new Host(stack, 'kvm2', { connection: HostConnection.ssh({ host: 'kvm2' }), tunnelAddress: '198.19.0.2' });
    new VirtualMachine(stack, 'a', { host, image, nics: [{ network: lan }, { wire }] });
    const lan2 = new Network(kvm2, 'lan2', { cidr: '10.2.0.0/24' });
    expectRejected(() => new VirtualMachine(stack, 'b', { host: kvm2, image, nics: [{ network: lan2 }, { wire }] }),
      /test\/b: wire w joins machines on hosts kvm1 and kvm2, and host kvm1 has no tunnelAddress.*set tunnelAddress on host kvm1/);
  });

  test('a tunnel address that is not an IPv4 address', () => {
    const { stack } = newHostWithImage();
    expectRejected(() => new Host(stack, 'kvm2', { tunnelAddress: 'kvm2.lan' }), /test\/kvm2: tunnelAddress must be an IPv4 address/);
  });

  test('a wire left with one end, or none, fails the synth by name', () => {
    const one = setup();
    new VirtualMachine(one.stack, 'a', { host: one.host, image: one.image, nics: [{ network: one.lan }, { wire: one.wire }] });
    expectRejected(() => Testing.synth(one.stack, true), /test\/w: wire w has only one end, test\/a.*plug a NIC of two machines into it/);
    const none = setup();
    new VirtualMachine(none.stack, 'a', { host: none.host, image: none.image, nics: [{ network: none.lan }] });
    expectRejected(() => Testing.synth(none.stack, true), /test\/w: wire w has no end/);
  });
});
