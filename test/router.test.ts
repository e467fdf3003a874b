/**
 * Router: a machine that forwards IPv4 between the networks it joins (and masquerades to an
 * uplink), and the routes every other machine of the stack gets through it. Routes are written
 * into each machine's cloud-init network-config by the stack's planning pass, once the tree is
 * complete (a router may be created after the machines that route through it), so they are read
 * here from the synthesized JSON. netplan (Debian package netplan.io) checks the result as a guest would;
 * without it that test is skipped locally and FAILS in CI (when $CI is set).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { CloudConfig, Host, INetwork, Lab, Network, NetworkMode, Router, RouterProps, VirtualMachine } from '../lib';
import { expectRejected, HostWithImage, newHostWithImage, oneOf, synthJson } from './support/lab';

/** Absolute path of a command (also looked up in the sbin directories, where netplan lives), or undefined. */
function which(cmd: string): string | undefined {
  const PATH = `${process.env.PATH ?? ''}:/usr/local/sbin:/usr/sbin:/sbin`;
  const r = spawnSync('/bin/sh', ['-c', 'command -v "$1"', 'sh', cmd], { encoding: 'utf8', env: { ...process.env, PATH } });
  const found = (r.stdout ?? '').trim();
  return r.status === 0 && found.startsWith('/') ? found : undefined;
}

const NETPLAN = which('netplan');

/** A test that runs when `tool` is installed; in CI a missing tool is a failure that names its Debian package. */
function requireTool(name: string, found: string | undefined, debianPackage: string): jest.It {
  if (found === undefined && process.env.CI) {
    test(`${name} is installed`, () => {
      throw new Error(`${name} is not installed; CI must install the Debian package ${debianPackage} (apt-get install -y --no-install-recommends ${debianPackage})`);
    });
  }
  return found !== undefined ? it : it.skip;
}
const itNetplan = requireTool('netplan', NETPLAN, 'netplan.io');

const tmpDirs: string[] = [];
afterAll(() => {
  for (const dir of tmpDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** Terraform reads `$${` as a literal `${` (and `%%{` as `%{`): what the guest receives. */
const unescape = (text: string) => text.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');

/** The synthesized seed of the machine named `name`. */
const seedOf = (json: any, name: string) => oneOf(json, 'libvirt_cloudinit_disk', (c) => c.name === `${name}-seed`);

/** The user-data of `name` as cloud-init reads it (YAML 1.1). */
const userDataOf = (json: any, name: string) => parse(unescape(seedOf(json, name).user_data), { version: '1.1' });

/** The network-config of `name` as cloud-init reads it (YAML 1.1). */
const networkConfigOf = (json: any, name: string) => parse(unescape(seedOf(json, name).network_config), { version: '1.1' });

/** The routes of `nic` of machine `name`, as written in its synthesized network-config. */
const routesOf = (json: any, name: string, nic: string): Array<{ to: string; via: string }> =>
  networkConfigOf(json, name).ethernets[nic].routes ?? [];

/** Every route of a machine, on any NIC, as "nicN to via". */
function allRoutes(json: any, name: string): string[] {
  const eths = networkConfigOf(json, name).ethernets;
  return Object.entries<any>(eths).flatMap(([nic, e]) => (e.routes ?? []).map((r: any) => `${nic} ${r.to} via ${r.via}`));
}

type Fixture = HostWithImage;
/** A stack with host `kvm1` and the catalogue's Debian 12 image (no network: tests make their own). */
const fixture = (): Fixture => newHostWithImage();

function machine(f: Fixture, id: string, ...networks: INetwork[]): VirtualMachine {
  return new VirtualMachine(f.host, id, { image: f.image, nics: networks.map((network) => ({ network })) });
}

describe('what a router does itself', () => {
  function twoNetworks(props: Partial<RouterProps> = {}) {
    const f = fixture();
    const a = new Network(f.host, 'a', { cidr: '10.1.0.0/24', mode: NetworkMode.isolated() });
    const b = new Network(f.host, 'b', { cidr: '10.2.0.0/24', mode: NetworkMode.isolated() });
    const router = new Router(f.host, 'r1', { image: f.image, networks: [a, b], ...props });
    return { ...f, a, b, router };
  }

  test('joins its networks with one NIC each and turns on IPv4 forwarding, with no NAT rules', () => {
    // GIVEN a router between two networks
    const { stack, router, a, b } = twoNetworks();
    // WHEN synthesized
    const userData = userDataOf(synthJson(stack), 'r1');
    // THEN it has a NIC with a planned address on each network
    expect(router.nics.map((n) => n.network)).toEqual([a, b]);
    expect(router.networks).toEqual([a, b]);
    expect(router.addressOn(a)).toMatch(/^10\.1\.0\.\d+$/);
    expect(router.addressOn(b)).toMatch(/^10\.2\.0\.\d+$/);
    // AND its user-data turns on forwarding persistently and at once
    expect(userData.write_files).toContainEqual(expect.objectContaining({
      path: '/etc/sysctl.d/90-cdktf-libvirt-router.conf',
      content: 'net.ipv4.ip_forward = 1\n',
    }));
    expect(userData.runcmd).toContain('sysctl -p /etc/sysctl.d/90-cdktf-libvirt-router.conf');
    // AND without an uplink there is nothing to masquerade
    expect(userData.write_files.map((f: any) => f.path)).not.toContain('/etc/nftables.conf');
    expect(userData.runcmd.join('\n')).not.toMatch(/nft/);
    expect(router.uplink).toBeUndefined();
  });

  test('with an uplink, the uplink is nic0 and what leaves through it is masqueraded', () => {
    // GIVEN a router with a NAT uplink
    const f = fixture();
    const up = new Network(f.host, 'up', { cidr: '10.0.0.0/24' });
    const a = new Network(f.host, 'a', { cidr: '10.1.0.0/24', mode: NetworkMode.isolated() });
    const router = new Router(f.host, 'r1', { image: f.image, networks: [a], uplink: up });
    // WHEN synthesized
    const userData = userDataOf(synthJson(f.stack), 'r1');
    // THEN the uplink comes first
    expect(router.nics.map((n) => n.interfaceName)).toEqual(['nic0', 'nic1']);
    expect(router.nics[0].network).toBe(up);
    expect(router.networks).toEqual([up, a]);
    expect(router.uplink).toBe(up);
    // AND an nftables ruleset masquerades what goes out of nic0, loaded now and at boot
    const nft = userData.write_files.find((file: any) => file.path === '/etc/nftables.conf');
    expect(nft.content).toMatch(/^flush ruleset$/m);
    expect(nft.content).toMatch(/type nat hook postrouting priority srcnat;/);
    expect(nft.content).toMatch(/^\s*oifname "nic0"( .*)? masquerade$/m);
    expect(userData.runcmd).toContainEqual(expect.stringMatching(/^nft -f \/etc\/nftables\.conf/));
    // AND forwarding is on as well
    expect(userData.write_files.map((file: any) => file.path)).toContain('/etc/sysctl.d/90-cdktf-libvirt-router.conf');
  });

  test('masquerade: false with an uplink forwards without NAT rules', () => {
    const f = fixture();
    const up = new Network(f.host, 'up', { cidr: '10.0.0.0/24' });
    const a = new Network(f.host, 'a', { cidr: '10.1.0.0/24', mode: NetworkMode.isolated() });
    new Router(f.host, 'r1', { image: f.image, networks: [a], uplink: up, masquerade: false });
    const userData = userDataOf(synthJson(f.stack), 'r1');
    expect(userData.write_files.map((file: any) => file.path)).toEqual(['/etc/sysctl.d/90-cdktf-libvirt-router.conf']);
    expect(userData.runcmd).toEqual(['sysctl -p /etc/sysctl.d/90-cdktf-libvirt-router.conf']);
  });

  test("keeps the user's own cloud-config beside its own additions", () => {
    const { stack } = twoNetworks({ cloudConfig: new CloudConfig({ packages: ['tcpdump'], runcmd: ['echo hello'] }) });
    const userData = userDataOf(synthJson(stack), 'r1');
    expect(userData.packages).toEqual(['tcpdump']);
    expect(userData.runcmd).toEqual(expect.arrayContaining(['echo hello', 'sysctl -p /etc/sysctl.d/90-cdktf-libvirt-router.conf']));
  });

  test('never changes the cloud-config it is given: a machine that shares it stays a plain machine', () => {
    // GIVEN one CloudConfig given to a plain machine and to a router
    const f = fixture();
    const a = new Network(f.host, 'a', { cidr: '10.1.0.0/24', mode: NetworkMode.isolated() });
    const b = new Network(f.host, 'b', { cidr: '10.2.0.0/24', mode: NetworkMode.isolated() });
    const shared = new CloudConfig({ packages: ['tcpdump'] });
    new VirtualMachine(f.host, 'web', { image: f.image, nics: [{ network: a }], cloudConfig: shared });
    new Router(f.host, 'r1', { image: f.image, networks: [a, b], cloudConfig: shared });
    // WHEN synthesized
    const json = synthJson(f.stack);
    // THEN the plain machine has only what the config holds, and the router has that plus forwarding
    const web = userDataOf(json, 'web');
    expect(web.packages).toEqual(['tcpdump']);
    expect(web.write_files).toBeUndefined();
    expect(web.runcmd).toBeUndefined();
    expect(userDataOf(json, 'r1').write_files.map((file: any) => file.path)).toEqual(['/etc/sysctl.d/90-cdktf-libvirt-router.conf']);
  });

  test('is described as a router in the topology, and recognised by isRouter', () => {
    const f = fixture();
    const a = new Network(f.host, 'a', { cidr: '10.1.0.0/24' });
    const b = new Network(f.host, 'b', { cidr: '10.2.0.0/24' });
    const router = new Router(f.host, 'r1', { image: f.image, networks: [a, b] });
    const vm = machine(f, 'web', a);
    expect(router.describe().router).toBe(true);
    expect(vm.describe()).not.toHaveProperty('router');
    expect(Router.isRouter(router)).toBe(true);
    expect(Router.isRouter(vm)).toBe(false);
    expect(VirtualMachine.isVirtualMachine(router)).toBe(true);
  });

  test('inside a lab it is named with the prefix like every machine', () => {
    const f = fixture();
    const lab = new Lab(f.host, 'lab', { image: f.image });
    const a = new Network(lab, 'a', { cidr: '10.1.0.0/24' });
    const b = new Network(lab, 'b', { cidr: '10.2.0.0/24' });
    const router = new Router(lab, 'gw', { networks: [a, b] });
    expect(router.machineName).toBe('lab-gw');
    expect(router.hostname).toBe('gw');
  });
});

/**
 * Three isolated networks A - B - C in a row: r1 joins A and B, r2 joins B and C. Machines ma, mb, mc
 * sit on one network each. With `uplink`, r1 also has a NAT uplink `up` with a machine on it.
 */
function chain(options: { uplink?: boolean; machinesFirst?: boolean } = {}) {
  const f = fixture();
  const isolated = NetworkMode.isolated();
  const up = options.uplink ? new Network(f.host, 'up', { cidr: '10.0.0.0/24' }) : undefined;
  const a = new Network(f.host, 'a', { cidr: '10.1.0.0/24', mode: isolated });
  const b = new Network(f.host, 'b', { cidr: '10.2.0.0/24', mode: isolated });
  const c = new Network(f.host, 'c', { cidr: '10.3.0.0/24', mode: isolated });
  const machines = () => ({
    ma: machine(f, 'ma', a),
    mb: machine(f, 'mb', b),
    mc: machine(f, 'mc', c),
    mu: up ? machine(f, 'mu', up) : undefined,
  });
  // machines created before the routers still get routes: the seed is finalized at synth
  const early = options.machinesFirst ? machines() : undefined;
  const r1 = new Router(f.host, 'r1', { image: f.image, networks: [a, b], uplink: up });
  const r2 = new Router(f.host, 'r2', { image: f.image, networks: [b, c] });
  const m = early ?? machines();
  return { ...f, up, a, b, c, r1, r2, ...m, json: synthJson(f.stack) };
}

describe('routes through routers: A - r1 - B - r2 - C', () => {
  const t = chain();
  const r1a = t.r1.addressOn(t.a)!;
  const r1b = t.r1.addressOn(t.b)!;
  const r2b = t.r2.addressOn(t.b)!;
  const r2c = t.r2.addressOn(t.c)!;

  test('a machine on A routes to B and C through r1\'s address on A', () => {
    expect(routesOf(t.json, 'ma', 'nic0')).toEqual([
      { to: '10.2.0.0/24', via: r1a },
      { to: '10.3.0.0/24', via: r1a },
    ]);
  });

  test('a machine on C routes to A and B through r2\'s address on C', () => {
    expect(routesOf(t.json, 'mc', 'nic0')).toEqual(expect.arrayContaining([
      { to: '10.1.0.0/24', via: r2c },
      { to: '10.2.0.0/24', via: r2c },
    ]));
    expect(routesOf(t.json, 'mc', 'nic0')).toHaveLength(2);
  });

  test('a machine on B routes to A through r1 and to C through r2', () => {
    expect(allRoutes(t.json, 'mb').sort()).toEqual([`nic0 10.1.0.0/24 via ${r1b}`, `nic0 10.3.0.0/24 via ${r2b}`]);
  });

  test('r1 routes to C through r2 on their shared network B, and never through itself', () => {
    expect(allRoutes(t.json, 'r1')).toEqual([`nic1 10.3.0.0/24 via ${r2b}`]);
    expect(allRoutes(t.json, 'r2')).toEqual([`nic0 10.1.0.0/24 via ${r1b}`]);
  });

  test('with no uplink anywhere, machines on isolated networks get no default route', () => {
    for (const name of ['ma', 'mb', 'mc', 'r1', 'r2']) {
      expect(allRoutes(t.json, name).filter((r) => r.includes(' 0.0.0.0/0 '))).toEqual([]);
    }
  });

  test('the synthesized network-config is what the machine reports', () => {
    expect(unescape(seedOf(t.json, 'ma').network_config)).toBe(t.ma.networkConfig);
  });

  test('routers created after the machines still give them routes (the seed is finalized at synth)', () => {
    const late = chain({ machinesFirst: true });
    expect(routesOf(late.json, 'ma', 'nic0')).toEqual([
      { to: '10.2.0.0/24', via: late.r1.addressOn(late.a) },
      { to: '10.3.0.0/24', via: late.r1.addressOn(late.a) },
    ]);
  });

  test('a machine on a network no router joins gets no routes', () => {
    const f = fixture();
    const a = new Network(f.host, 'a', { cidr: '10.1.0.0/24' });
    const b = new Network(f.host, 'b', { cidr: '10.2.0.0/24' });
    const lone = new Network(f.host, 'lone', { cidr: '10.9.0.0/24', mode: NetworkMode.isolated() });
    new Router(f.host, 'r1', { image: f.image, networks: [a, b] });
    machine(f, 'hermit', lone);
    expect(allRoutes(synthJson(f.stack), 'hermit')).toEqual([]);
  });
});

describe('default routes through the uplink router: up = r1 - A - B - r2 - C', () => {
  const t = chain({ uplink: true });
  const defaultOf = (name: string) => allRoutes(t.json, name).filter((r) => r.includes(' 0.0.0.0/0 '));

  test('machines on isolated A, B and C get a default route through the nearest router', () => {
    expect(defaultOf('ma')).toEqual([`nic0 0.0.0.0/0 via ${t.r1.addressOn(t.a)}`]);
    expect(defaultOf('mb')).toEqual([`nic0 0.0.0.0/0 via ${t.r1.addressOn(t.b)}`]);
    // r2 has no uplink: the machine on C goes through r2, which passes it on to r1
    expect(defaultOf('mc')).toEqual([`nic0 0.0.0.0/0 via ${t.r2.addressOn(t.c)}`]);
    expect(defaultOf('r2')).toEqual([`nic0 0.0.0.0/0 via ${t.r1.addressOn(t.b)}`]);
  });

  test('the uplink router keeps the uplink network\'s own gateway as its only default route', () => {
    expect(defaultOf('r1')).toEqual(['nic0 0.0.0.0/0 via 10.0.0.1']);
  });

  test('a machine on the uplink network keeps its own gateway, and reaches A, B and C through r1', () => {
    const r1up = t.r1.addressOn(t.up!);
    expect(allRoutes(t.json, 'mu')).toEqual([
      'nic0 0.0.0.0/0 via 10.0.0.1',
      `nic0 10.1.0.0/24 via ${r1up}`,
      `nic0 10.2.0.0/24 via ${r1up}`,
      `nic0 10.3.0.0/24 via ${r1up}`,
    ]);
  });

  test('the default route comes first, then the routes to the other networks including the uplink', () => {
    const r1a = t.r1.addressOn(t.a);
    expect(routesOf(t.json, 'ma', 'nic0')).toEqual([
      { to: '0.0.0.0/0', via: r1a },
      { to: '10.0.0.0/24', via: r1a },
      { to: '10.2.0.0/24', via: r1a },
      { to: '10.3.0.0/24', via: r1a },
    ]);
  });

  test('a machine with a NAT network of its own takes no default route through a router', () => {
    const f = fixture();
    const up = new Network(f.host, 'up', { cidr: '10.0.0.0/24' });
    const a = new Network(f.host, 'a', { cidr: '10.1.0.0/24', mode: NetworkMode.isolated() });
    const own = new Network(f.host, 'own', { cidr: '10.5.0.0/24' });
    const r1 = new Router(f.host, 'r1', { image: f.image, networks: [a], uplink: up });
    // GIVEN a machine on the isolated network first, and on a NAT network of its own second
    machine(f, 'dual', a, own);
    const json = synthJson(f.stack);
    // THEN its only default route is its NAT network's gateway, and it still reaches the uplink through r1
    expect(allRoutes(json, 'dual').filter((r) => r.includes(' 0.0.0.0/0 '))).toEqual(['nic1 0.0.0.0/0 via 10.5.0.1']);
    expect(allRoutes(json, 'dual')).toContain(`nic0 10.0.0.0/24 via ${r1.addressOn(a)}`);
  });
});

describe('Router validation', () => {
  function nets() {
    const f = fixture();
    const a = new Network(f.host, 'a', { cidr: '10.1.0.0/24' });
    const b = new Network(f.host, 'b', { cidr: '10.2.0.0/24' });
    return { ...f, a, b };
  }

  test('one network is rejected', () => {
    const { host, image, a } = nets();
    expectRejected(() => new Router(host, 'r', { image, networks: [a] }),
      /^test\/kvm1\/r: a router joins at least two networks \(got \["test\/kvm1\/a"\]\); give networks \(and uplink\) with two or more networks$/);
  });

  test('no network at all is rejected with the router\'s own message', () => {
    const { host, image } = nets();
    expectRejected(() => new Router(host, 'r', { image, networks: [] }),
      /^test\/kvm1\/r: a router joins at least two networks \(got \[\]\); give networks \(and uplink\) with two or more networks$/);
  });

  test('an uplink and one network are enough', () => {
    const { host, image, a, b } = nets();
    expect(new Router(host, 'r', { image, networks: [a], uplink: b }).networks).toEqual([b, a]);
  });

  test('a network given twice is rejected, also as uplink and network', () => {
    const { host, image, a, b } = nets();
    expectRejected(() => new Router(host, 'r', { image, networks: [a, b, a] }),
      /^test\/kvm1\/r: a network is joined twice \(got \["test\/kvm1\/a","test\/kvm1\/b","test\/kvm1\/a"\]\); list each network once$/);
    const other = nets();
    expectRejected(() => new Router(other.host, 'r', { image: other.image, networks: [other.a, other.b], uplink: other.a }),
      /^test\/kvm1\/r: a network is joined twice \(got \["test\/kvm1\/a","test\/kvm1\/a","test\/kvm1\/b"\]\)/);
  });

  test('masquerade without an uplink is rejected', () => {
    const { host, image, a, b } = nets();
    expectRejected(() => new Router(host, 'r', { image, networks: [a, b], masquerade: true }),
      /^test\/kvm1\/r: masquerade needs an uplink \(got true\); set uplink, or remove masquerade$/);
  });

  test('props are checked before the machine is built from them, naming the router', () => {
    // GIVEN two networks
    const { host, image, a, b } = nets();
    // WHEN a router is created without props, with a machine prop it does not have, or with one network not in an array
    // THEN each is refused with the router's path, the value and the fix (not a TypeError, nor a message about nics)
    expectRejected(() => new (Router as any)(host, 'r'), /^test\/kvm1\/r: Router needs props \(got nothing\); pass an object such as \{ image, networks \}$/);
    expectRejected(() => new Router(host, 'r', { image, networks: [a, b], nics: [{ network: a }] } as any),
      /^test\/kvm1\/r: a router takes no nics: it gets one NIC on each of its networks \(got "nics"\); give networks: \[a, b\] \(and uplink\) instead of nics$/);
    expectRejected(() => new Router(host, 'r', { image, network: [a, b] } as any),
      /^test\/kvm1\/r: Router has no prop 'network' \(got "network"\); did you mean 'networks'\? \(known props: image, networks, uplink, masquerade, .*\)$/);
    expectRejected(() => new Router(host, 'r', { image, networks: a as any }),
      /^test\/kvm1\/r: networks must be an array \(got .*\); wrap it in brackets, such as networks: \[network\]$/);
    expectRejected(() => new Router(host, 'r', { image, networks: [a, 'b' as any] }),
      /^test\/kvm1\/r: networks\[1\] is not a construct \(got "b"\); pass the Network construct itself \(networks\[1\]: the object, not its name\)$/);
    expectRejected(() => new Router(host, 'r', { image, networks: [a, b], uplink: host as any }),
      /^test\/kvm1\/r: uplink is not a Network: test\/kvm1 has no networkName \(got "test\/kvm1"\)/);
    expectRejected(() => new Router(host, 'r', { image, networks: [a, b], cloudConfig: { runcmd: [] } as any }),
      /^test\/kvm1\/r: cloudConfig is not a CloudConfig \(got \{"runcmd":\[\]\}\)/);
    // AND the machine's own checks still name the router
    expectRejected(() => new Router(host, 'r', { image, networks: [a, b], vcpus: 1000 }), /^test\/kvm1\/r: vcpus must be a whole number from 1 to 288 \(got 1000\)/);
  });

  test('a second router of one id is refused before it exists', () => {
    // GIVEN a router r / WHEN another one takes the id r / THEN it is refused before the machine is built
    const { host, image, a, b } = nets();
    new Router(host, 'r', { image, networks: [a, b] });
    expectRejected(() => new Router(host, 'r', { image, networks: [a, b], name: 'r2' }),
      /^test\/kvm1\/r: test\/kvm1 already has a child with the id 'r' \(a Router\), so this Router cannot have it \(got "r"\); give each construct a unique id within its parent$/);
  });

  test('masquerade: false without an uplink is fine', () => {
    const { host, image, a, b } = nets();
    expect(() => new Router(host, 'r', { image, networks: [a, b], masquerade: false })).not.toThrow();
  });

  test.each([
    ['a bridge network without cidr', (h: Host) => new Network(h, 'lanbr', { mode: NetworkMode.bridge('br0') }), 'lanbr'],
    ['an existing network without cidr', (h: Host) => Network.fromName(h, 'def', { name: 'default' }), 'default'],
    ['a network that does not allocate', (h: Host) => new Network(h, 'dyn', { cidr: '10.9.0.0/24', allocateAddresses: false }), 'dyn'],
  ])('a NIC without a planned address is rejected: %s', (_label, make, name) => {
    const { host, image, a } = nets();
    const n = make(host);
    expectRejected(() => new Router(host, 'r', { image, networks: [a, n] }),
      new RegExp(`^test/kvm1/r: the router has no planned address on network ${name} \\(got "${n.node.path}"\\); give the network a cidr and allocateAddresses`));
  });
});

describe('netplan reads the routes', () => {
  function tmpDir(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-libvirt-router-'));
    tmpDirs.push(dir);
    return dir;
  }

  /** Runs `netplan generate` on the synthesized network-config of `name`; returns the networkd units by file name. */
  function generate(json: any, name: string): { status: number | null; stderr: string; units: Record<string, string> } {
    const root = tmpDir();
    fs.mkdirSync(path.join(root, 'etc', 'netplan'), { recursive: true });
    // what cloud-init writes to /etc/netplan/50-cloud-init.yaml: the v2 document under a `network:` key
    const doc = unescape(seedOf(json, name).network_config);
    fs.writeFileSync(path.join(root, 'etc', 'netplan', '50-cloud-init.yaml'), `network:\n${doc.replace(/^(?=.)/gm, '  ')}`, { mode: 0o600 });
    const r = spawnSync(NETPLAN!, ['generate', '--root-dir', root], { encoding: 'utf8', timeout: 120000 });
    const dir = path.join(root, 'run', 'systemd', 'network');
    const units: Record<string, string> = {};
    if (fs.existsSync(dir)) for (const f of fs.readdirSync(dir)) units[f] = fs.readFileSync(path.join(dir, f), 'utf8');
    return { status: r.status, stderr: r.stderr, units };
  }

  /** The [Route] sections of a networkd unit as "Destination via Gateway". */
  function routeSections(unit: string): string[] {
    return unit.split(/^\[Route\]$/m).slice(1).map((s) => {
      const dest = /^Destination=(.*)$/m.exec(s)?.[1];
      const gw = /^Gateway=(.*)$/m.exec(s)?.[1];
      return `${dest} via ${gw}`;
    });
  }

  const t = chain({ uplink: true });

  itNetplan('a machine behind the routers gets its default route and its routes to the other networks', () => {
    // GIVEN the network-config of the machine on A / WHEN netplan generates networkd units
    const r = generate(t.json, 'ma');
    // THEN it succeeds and nic0's unit routes everything through r1's address on A
    expect(`exit ${r.status}\n${r.stderr}`).toBe('exit 0\n');
    const r1a = t.r1.addressOn(t.a);
    expect(routeSections(r.units['10-netplan-nic0.network']).sort()).toEqual([
      `0.0.0.0/0 via ${r1a}`, `10.0.0.0/24 via ${r1a}`, `10.2.0.0/24 via ${r1a}`, `10.3.0.0/24 via ${r1a}`,
    ]);
  });

  itNetplan('a router gets the route beyond the next router on the right NIC', () => {
    const r = generate(t.json, 'r1');
    expect(r.status).toBe(0);
    // nic0 is the uplink with its gateway; nic2 is on B, where r2 leads to C
    expect(routeSections(r.units['10-netplan-nic0.network'])).toEqual(['0.0.0.0/0 via 10.0.0.1']);
    expect(routeSections(r.units['10-netplan-nic1.network'])).toEqual([]);
    expect(routeSections(r.units['10-netplan-nic2.network'])).toEqual([`10.3.0.0/24 via ${t.r2.addressOn(t.b)}`]);
  });

  itNetplan('netplan rejects a route with a bad gateway (the check can fail)', () => {
    const root = tmpDir();
    fs.mkdirSync(path.join(root, 'etc', 'netplan'), { recursive: true });
    fs.writeFileSync(path.join(root, 'etc', 'netplan', '50-cloud-init.yaml'),
      'network:\n  version: 2\n  ethernets:\n    nic0:\n      addresses: [10.1.0.5/24]\n      routes:\n        - to: 10.2.0.0/24\n          via: router\n', { mode: 0o600 });
    const r = spawnSync(NETPLAN!, ['generate', '--root-dir', root], { encoding: 'utf8', timeout: 120000 });
    expect(r.status).not.toBe(0);
  });
});

describe('Router props of the wrong type', () => {
  function nets() {
    const f = fixture();
    return { ...f, a: new Network(f.host, 'a', { cidr: '10.1.0.0/24' }), up: new Network(f.host, 'up', { cidr: '10.3.0.0/24' }) };
  }

  test('masquerade must be a boolean known at synth: it decides whether the nftables file is written', () => {
    // GIVEN masquerade as a string, and as a token / WHEN the router is made / THEN each is refused before the router's config is built
    const { host, image, a, up } = nets();
    expectRejected(() => new Router(host, 'r', { image, networks: [a], uplink: up, masquerade: 'true' as any }),
      /^test\/kvm1\/r: masquerade must be true or false \(got "true"\); set masquerade to true or false \(a boolean, not a string or number\)$/);
    const { host: host2, image: image2, a: a2, up: up2 } = nets();
    expectRejected(() => new Router(host2, 'r', { image: image2, networks: [a2], uplink: up2, masquerade: { resolve: () => true } as any }),
      /^test\/kvm1\/r: masquerade must be known when the stack is synthesized/);
  });

  test('a login user that is not a string is refused, not read into a message (no TypeError)', () => {
    const { host, image, a, up } = nets();
    expectRejected(() => new Router(host, 'r', { image, networks: [a], uplink: up, loginUser: Object.create(null), sshAuthorizedKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB6Tj3nFz0uL me@x'] }),
      /^test\/kvm1\/r: loginUser must be a string \(got \{\}\)/);
  });

  test('a guestAgent that is not a boolean is refused for the router as for any machine', () => {
    const { host, image, a, up } = nets();
    expectRejected(() => new Router(host, 'r', { image, networks: [a], uplink: up, guestAgent: 0 as any }), /^test\/kvm1\/r: guestAgent must be true or false \(got 0\)/);
  });

  test('a network left out of the list is refused by position', () => {
    const { host, image, a, up } = nets();
    expectRejected(() => new Router(host, 'r', { image, networks: [a, undefined as any], uplink: up }), /^test\/kvm1\/r: networks\[1\] is missing \(got nothing\); give a Network construct/);
  });
});
