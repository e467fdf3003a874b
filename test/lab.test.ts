/**
 * Lab: the name prefix of every libvirt object inside it, the defaults its members inherit, its
 * own pool, subnets carved from its address space, its `<prefix>_addresses` output and the
 * identity its machines' addresses come from. StampedLabs: N copies of one lab, each with its own
 * prefix, block of addresses and output.
 */
import { TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import * as fc from 'fast-check';
import { parse } from 'yaml';
import { BaseImage, Host, ILabTemplate, Lab, Network, StampedLabs, StampedLabsProps, StoragePool, VirtualMachine } from '../lib';
import { parseIpv4, parseSubnet, Ipv4Subnet } from '../lib/private/ipv4';
import { backingVolumeKey, baseVolumeName, domainNamed, expectRejected, keyOf, newStack, ofType, oneOf, re, SSH_KEY, synthJson, HostWithImage, newHostWithImage } from './support/lab';

const OTHER_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOtherOtherOtherOtherOtherOtherOtherOther0 you@desk';

type Fixture = HostWithImage;
/** A stack with host `kvm1` and the catalogue's Debian 12 image (no network: tests make their own). */
const fixture = (): Fixture => newHostWithImage();

/** The user-data of the machine named `name`, parsed the way cloud-init reads it (YAML 1.1). */
function userDataOf(json: any, name: string): any {
  return parse(oneOf(json, 'libvirt_cloudinit_disk', (c) => c.name === `${name}-seed`).user_data, { version: '1.1' });
}

/** Numeric range [first, last] of a CIDR. */
function rangeOf(cidr: string): Ipv4Subnet {
  const s = parseSubnet(cidr);
  if (typeof s === 'string') throw new Error(`${cidr} ${s}`);
  return s;
}

/** The CIDR of the block of `prefix` bits that holds the address `raw` (a number). */
function alignedSpace(raw: number, prefix: number): string {
  const first = raw - (raw % 2 ** (32 - prefix));
  return `${[24, 16, 8, 0].map((s) => Math.floor(first / 2 ** s) % 256).join('.')}/${prefix}`;
}

describe('Lab names', () => {
  // GIVEN a lab with its own pool inside a host, a network and a machine with a data disk
  const { stack, host, image } = fixture();
  const lab = new Lab(host, 'Lab1', { image, poolPath: '/srv/lab1' });
  const net = new Network(lab, 'lan', { cidr: '10.77.0.0/24' });
  const vm = new VirtualMachine(lab, 'web', { nics: [{ network: net }], dataDisks: [{ sizeGiB: 5 }], sshAuthorizedKeys: [SSH_KEY] });
  // WHEN synthesized
  const json = synthJson(stack);

  test('the prefix defaults to the lowercased construct id', () => {
    expect(lab.prefix).toBe('lab1');
  });

  test('every libvirt object of the lab carries the prefix: domain, volumes, seed, network and the lab pool', () => {
    // THEN each object has its prefixed name
    expect(domainNamed(json, 'lab1-web')).toBeDefined();
    expect(oneOf(json, 'libvirt_network').name).toBe('lab1-lan');
    expect(oneOf(json, 'libvirt_pool').name).toBe('lab1-pool');
    expect(oneOf(json, 'libvirt_cloudinit_disk').name).toBe('lab1-web-seed');
    const volumes = Object.values<any>(ofType(json, 'libvirt_volume')).map((v) => v.name).sort();
    // AND the only volume without it is the base image, which is shared by whoever uses that pool
    expect(volumes).toEqual([baseVolumeName('debian-12'), 'lab1-web-data0.qcow2', 'lab1-web-root.qcow2', 'lab1-web-seed.iso']);
    expect(vm.machineName).toBe('lab1-web');
    expect(net.literalName).toBe('lab1-lan');
  });

  test('the hostname is not prefixed: machines in a lab call each other by their short names', () => {
    expect(vm.hostname).toBe('web');
    expect(userDataOf(json, 'lab1-web').hostname).toBe('web');
    expect(parse(oneOf(json, 'libvirt_cloudinit_disk').meta_data)['local-hostname']).toBe('web');
    // AND the DNS registration names the short name, the FQDN in the prefixed network's domain, and
    // the prefixed libvirt name (which ssh_config and the hosts artifact use)
    const reg = oneOf(json, 'terraform_data', (r) => r.input?.entries !== undefined);
    expect(reg.input.entries).toBe(`${vm.plannedAddresses[0]} web web.lab1-lan.test lab1-web`);
    expect(vm.fqdn).toBe('web.lab1-lan.test');
  });

  test('an explicit prefix wins over the id', () => {
    const f = fixture();
    const l = new Lab(f.host, 'Whatever', { prefix: 'team-a' });
    const n = new Network(l, 'lan', { cidr: '10.1.0.0/24' });
    expect(l.prefix).toBe('team-a');
    expect(n.literalName).toBe('team-a-lan');
  });

  test('outside a lab, names are left alone; tokens are never prefixed', () => {
    const f = fixture();
    const l = new Lab(f.host, 'l');
    const variable = new TerraformVariable(f.stack, 'name', { type: 'string' });
    expect(Lab.qualify(f.host, 'web')).toBe('web');
    const token = variable.stringValue;
    expect(Lab.qualify(new Network(l, 'n', { cidr: '10.2.0.0/24' }), token)).toBe(token);
    expect(Lab.of(f.host)).toBeUndefined();
  });
});

describe('nested labs', () => {
  test('prefixes add up, and each member belongs to its nearest lab', () => {
    // GIVEN a lab inside a lab
    const { stack, host, image } = fixture();
    const outer = new Lab(host, 'outer', { image });
    const inner = new Lab(outer, 'inner');
    const net = new Network(inner, 'net', { cidr: '10.3.0.0/24' });
    const vm = new VirtualMachine(inner, 'web', { nics: [{ network: net }] });
    // WHEN synthesized
    const json = synthJson(stack);
    // THEN the inner prefix is the outer one plus its own
    expect(inner.prefix).toBe('outer-inner');
    expect(domainNamed(json, 'outer-inner-web').name).toBe('outer-inner-web');
    expect(oneOf(json, 'libvirt_network').name).toBe('outer-inner-net');
    expect(vm.hostname).toBe('web');
    expect(Lab.of(vm)).toBe(inner);
    expect(Lab.of(inner)).toBe(outer);
    // AND the machine is listed in its own lab's output, not in the outer one
    expect(json.output.outer_inner_addresses.value).toEqual({ 'outer-inner-web': vm.plannedAddresses });
    expect(json.output.outer_addresses.value).toEqual({});
  });
});

describe('defaults', () => {
  test('members inherit host, pool, image, SSH keys and login user', () => {
    // GIVEN a lab at the stack's root that names every default, and a machine that names none
    const { stack, host, image } = fixture();
    const pool = new StoragePool(host, 'fast', { path: '/srv/fast' });
    const lab = new Lab(stack, 'lab', { host, pool, image, sshAuthorizedKeys: [SSH_KEY], loginUser: 'ops' });
    const net = new Network(lab, 'lan', { cidr: '10.4.0.0/24' });
    const vm = new VirtualMachine(lab, 'web', { nics: [{ network: net }] });
    // WHEN synthesized
    const json = synthJson(stack);
    // THEN the machine runs on the lab's host, from the lab's image, in the lab's pool, with its user and keys
    expect(vm.host).toBe(host);
    expect(net.host).toBe(host);
    expect(vm.loginUser).toBe('ops');
    const root = oneOf(json, 'libvirt_volume', (v) => v.name === 'lab-web-root.qcow2');
    const base = keyOf(json, 'libvirt_volume', (v) => v.name === baseVolumeName('debian-12'));
    expect(root.pool).toBe(`\${libvirt_pool.${keyOf(json, 'libvirt_pool')}.name}`);
    expect(backingVolumeKey(root)).toBe(base);
    expect(userDataOf(json, 'lab-web').users).toEqual([expect.objectContaining({ name: 'ops', ssh_authorized_keys: [SSH_KEY] })]);
  });

  test('a lab inside a host takes that host', () => {
    const { host } = fixture();
    expect(new Lab(host, 'lab').host).toBe(host);
  });

  test('nested labs inherit every default from their parent and may override each', () => {
    // GIVEN an outer lab with every default, an inner lab that overrides the image, keys and user
    const { stack, host, image } = fixture();
    const pool = new StoragePool(host, 'fast', { path: '/srv/fast' });
    const other = BaseImage.fromCatalog(stack, 'other', 'ubuntu-24.04');
    const outer = new Lab(host, 'outer', { pool, image, sshAuthorizedKeys: [SSH_KEY], loginUser: 'ops' });
    const same = new Lab(outer, 'same');
    const changed = new Lab(outer, 'changed', { image: other, sshAuthorizedKeys: [OTHER_KEY], loginUser: 'dev' });
    // THEN the inner labs start from the outer one's values
    expect(same).toMatchObject({ host, pool, image, sshAuthorizedKeys: [SSH_KEY], loginUser: 'ops' });
    // AND the overrides win, while what is not overridden is still inherited
    expect(changed).toMatchObject({ host, pool, image: other, sshAuthorizedKeys: [OTHER_KEY], loginUser: 'dev' });
  });

  test('a machine overrides what its lab gives', () => {
    // GIVEN a lab with defaults, and a machine that names its own image, pool, user and keys
    const { stack, host, image } = fixture();
    const other = BaseImage.fromCatalog(stack, 'other', 'ubuntu-24.04');
    const pool = new StoragePool(host, 'fast', { path: '/srv/fast' });
    const lab = new Lab(host, 'lab', { image, sshAuthorizedKeys: [SSH_KEY], loginUser: 'ops' });
    const net = new Network(lab, 'lan', { cidr: '10.5.0.0/24' });
    new VirtualMachine(lab, 'web', { nics: [{ network: net }], image: other, pool, loginUser: 'dev', sshAuthorizedKeys: [OTHER_KEY] });
    // WHEN synthesized
    const json = synthJson(stack);
    // THEN the machine's own choices are used
    const root = oneOf(json, 'libvirt_volume', (v) => v.name === 'lab-web-root.qcow2');
    expect(root.pool).toBe(`\${libvirt_pool.${keyOf(json, 'libvirt_pool')}.name}`);
    expect(backingVolumeKey(root)).toBe(keyOf(json, 'libvirt_volume', (v) => v.name === baseVolumeName('ubuntu-24.04')));
    expect(userDataOf(json, 'lab-web').users).toEqual([expect.objectContaining({ name: 'dev', ssh_authorized_keys: [OTHER_KEY] })]);
  });
});

describe('the lab pool', () => {
  test('poolPath creates a pool of the lab that is deleted with it, holding the members\' volumes', () => {
    // GIVEN a lab with poolPath and one machine
    const { stack, host, image } = fixture();
    const lab = new Lab(host, 'lab', { image, poolPath: '/srv/labs/lab' });
    const net = new Network(lab, 'lan', { cidr: '10.6.0.0/24' });
    new VirtualMachine(lab, 'web', { nics: [{ network: net }] });
    // WHEN synthesized
    const json = synthJson(stack);
    // THEN one dir pool with the prefixed name is removed on destroy together with its directory
    const pool = oneOf(json, 'libvirt_pool');
    expect(pool).toMatchObject({ name: 'lab-pool', type: 'dir', target: { path: '/srv/labs/lab' } });
    expect(oneOf(json, 'terraform_data', (_d, k) => k.includes('pool_Directory')).input).toMatchObject({ directory: '/srv/labs/lab', delete: true });
    expect(lab.pool).toBeInstanceOf(StoragePool);
    // AND every volume of the lab, the base image included, lives in it
    const poolRef = `\${libvirt_pool.${keyOf(json, 'libvirt_pool')}.name}`;
    for (const v of Object.values<any>(ofType(json, 'libvirt_volume'))) expect(v.pool).toBe(poolRef);
  });

  test('keepPool keeps the directory on destroy', () => {
    const { stack, host } = fixture();
    new Lab(host, 'lab', { poolPath: '/srv/labs/lab', keepPool: true });
    expect(oneOf(synthJson(stack), 'terraform_data', (_d, k) => k.includes('pool_Directory')).input).toMatchObject({ directory: '/srv/labs/lab', delete: false });
  });

  test('without poolPath the lab creates no pool', () => {
    const { stack, host } = fixture();
    new Lab(host, 'lab');
    expect(ofType(synthJson(stack), 'libvirt_pool')).toEqual({});
  });
});

describe('subnet', () => {
  test('carves the index-th block of the given prefix length from the address space', () => {
    // GIVEN a lab with a /16
    const { host } = fixture();
    const lab = new Lab(host, 'lab', { addressSpace: '10.100.0.0/16' });
    // THEN /24s by default, in index order, and other sizes on request
    expect(lab.addressSpace).toBe('10.100.0.0/16');
    expect(lab.subnet(0)).toBe('10.100.0.0/24');
    expect(lab.subnet(1)).toBe('10.100.1.0/24');
    expect(lab.subnet(255)).toBe('10.100.255.0/24');
    expect(lab.subnet(3, 26)).toBe('10.100.0.192/26');
    expect(lab.subnet(0, 16)).toBe('10.100.0.0/16');
    expect(lab.subnet(16383, 30)).toBe('10.100.255.252/30');
  });

  test('a carved subnet is a network cidr that is accepted as it is', () => {
    const { host } = fixture();
    const lab = new Lab(host, 'lab', { addressSpace: '172.20.0.0/20' });
    const net = new Network(lab, 'lan', { cidr: lab.subnet(2) });
    expect(net.cidr).toBe('172.20.2.0/24');
    expect(net.gateway).toBe('172.20.2.1');
  });

  test('property: every carved subnet is aligned, inside the space, and distinct indexes never overlap', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 8, max: 30 }), fc.integer({ min: 0, max: 22 }),
      fc.nat(), fc.nat(),
      (base, spacePrefix, extra, i1, i2) => {
        const prefixLength = Math.min(30, spacePrefix + extra);
        const space = alignedSpace(base, spacePrefix);
        const { host } = fixture();
        const lab = new Lab(host, 'lab', { addressSpace: space });
        const count = 2 ** (prefixLength - spacePrefix);
        const [a, b] = [i1 % count, i2 % count];
        const sa = rangeOf(lab.subnet(a, prefixLength));
        const sb = rangeOf(lab.subnet(b, prefixLength));
        const sp = rangeOf(space);
        expect(sa.prefix).toBe(prefixLength);
        expect(sa.first >= sp.first && sa.last <= sp.last).toBe(true);
        expect(sa.first).toBe(sp.first + a * 2 ** (32 - prefixLength));
        if (a !== b) expect(sa.last < sb.first || sb.last < sa.first).toBe(true);
      }), { numRuns: 200 });
  });
});

describe('the <prefix>_addresses output', () => {
  test('lists the planned addresses of every machine of the lab by machine name', () => {
    // GIVEN a lab with an allocated machine, a two-NIC machine with a fixed address, and a DHCP machine
    const { stack, host, image } = fixture();
    const lab = new Lab(host, 'my-lab', { image });
    const lan = new Network(lab, 'lan', { cidr: '10.7.0.0/24' });
    const back = new Network(lab, 'back', { cidr: '10.8.0.0/24' });
    const web = new VirtualMachine(lab, 'web', { nics: [{ network: lan }] });
    new VirtualMachine(lab, 'db', { nics: [{ network: lan, address: '10.7.0.20' }, { network: back, address: '10.8.0.20' }] });
    new VirtualMachine(lab, 'probe', { nics: [{ network: lan, dhcp: true }] });
    // AND a machine outside the lab
    const outside = new Network(host, 'outside', { cidr: '10.9.0.0/24' });
    new VirtualMachine(host, 'stray', { image, nics: [{ network: outside }] });
    // WHEN synthesized
    const json = synthJson(stack);
    // THEN one output, named after the prefix ('-' becomes '_'), maps machine names to addresses in NIC order
    const output = json.output.my_lab_addresses;
    expect(output.value).toEqual({
      'my-lab-web': [web.plannedAddresses[0]],
      'my-lab-db': ['10.7.0.20', '10.8.0.20'],
      'my-lab-probe': [],
    });
    expect(web.plannedAddresses[0]).toMatch(/^10\.7\.0\.\d+$/);
    expect(output.description).toContain('my-lab');
  });
});

describe('Lab.identityOf', () => {
  test('is the construct path inside the lab, so the place of the lab in the tree does not matter', () => {
    // GIVEN the same lab content built inside a host, and at the stack's root with the host as a prop
    const build = (inHost: boolean) => {
      const { stack, host, image } = fixture();
      const lab = inHost ? new Lab(host, 'lab', { image }) : new Lab(stack, 'lab', { host, image });
      const net = new Network(lab, 'lan', { cidr: '10.10.0.0/24' });
      const vm = new VirtualMachine(lab, 'web', { nics: [{ network: net }] });
      return { lab, vm };
    };
    const a = build(true);
    const b = build(false);
    // THEN the identity is the path below the lab, and the allocated address is the same in both trees
    expect(a.vm.node.path).not.toBe(b.vm.node.path);
    expect(Lab.identityOf(a.vm)).toBe('web');
    expect(Lab.identityOf(b.vm)).toBe('web');
    expect(a.vm.plannedAddresses).toEqual(b.vm.plannedAddresses);
  });

  test('keeps intermediate constructs and is relative to the nearest lab', () => {
    // GIVEN a machine under a plain construct in a lab, and one in a lab nested in that lab
    const { host, image } = fixture();
    const outer = new Lab(host, 'outer', { image });
    const inner = new Lab(outer, 'inner');
    const net = new Network(outer, 'lan', { cidr: '10.11.0.0/24' });
    const net2 = new Network(inner, 'lan', { cidr: '10.12.0.0/24' });
    const grouped = new VirtualMachine(new Construct(outer, 'tier'), 'web', { nics: [{ network: net }] });
    const nested = new VirtualMachine(new Construct(inner, 'tier'), 'web', { nics: [{ network: net2 }] });
    // THEN the plain construct is part of the identity, and the nested machine's identity starts below the inner lab
    expect(Lab.identityOf(grouped)).toBe('tier/web');
    expect(Lab.identityOf(nested)).toBe('tier/web');
    // AND equal identities give the same host part on equal subnets
    expect(grouped.plannedAddresses[0].split('.')[3]).toBe(nested.plannedAddresses[0].split('.')[3]);
  });

  test('outside a lab it is the construct path', () => {
    const { host, image } = fixture();
    const net = new Network(host, 'lan', { cidr: '10.12.0.0/24' });
    const vm = new VirtualMachine(host, 'web', { image, nics: [{ network: net }] });
    expect(Lab.identityOf(vm)).toBe(vm.node.path);
  });
});

describe('Lab validation', () => {
  const PREFIX_FIX = re("; use 1 to 32 lowercase letters, digits or '-', not starting or ending with '-' (for example 'lab1')");

  test.each([
    ['uppercase', 'Lab'],
    ['an underscore', 'my_lab'],
    ['a leading dash', '-lab'],
    ['a trailing dash', 'lab-'],
    ['a dot', 'lab.1'],
    ['33 characters', 'a'.repeat(33)],
    ['nothing', ''],
  ])('a prefix with %s is rejected', (_label, prefix) => {
    const { host } = fixture();
    expectRejected(() => new Lab(host, 'lab', { prefix }),
      new RegExp(`^test/kvm1/lab: prefix must be a short lowercase name \\(got ${re(JSON.stringify(prefix))}\\)${PREFIX_FIX}$`));
  });

  test('a prefix of 32 characters and one of a single character are fine', () => {
    const { host } = fixture();
    expect(new Lab(host, 'a', { prefix: 'a'.repeat(32) }).prefix).toBe('a'.repeat(32));
    expect(new Lab(host, 'b', { prefix: '7' }).prefix).toBe('7');
  });

  test('an id that does not lowercase into a valid prefix is rejected, naming the derived prefix', () => {
    const { host } = fixture();
    expectRejected(() => new Lab(host, 'My_Lab'), new RegExp(`^test/kvm1/My_Lab: prefix must be a short lowercase name \\(got "my_lab"\\)${PREFIX_FIX}$`));
  });

  test('a token prefix is rejected: names are checked and derived at synth', () => {
    const { stack, host } = fixture();
    const v = new TerraformVariable(stack, 'prefix', { type: 'string' });
    expectRejected(() => new Lab(host, 'lab', { prefix: v.stringValue }), /^test\/kvm1\/lab: prefix must be a short lowercase name \(got ".*TfToken.*"\); use 1 to 32/);
  });

  test('pool and poolPath together are rejected', () => {
    const { host } = fixture();
    const pool = new StoragePool(host, 'fast', { path: '/srv/fast' });
    expectRejected(() => new Lab(host, 'lab', { pool, poolPath: '/srv/lab' }),
      /^test\/kvm1\/lab: pool and poolPath are both given \(got "\/srv\/lab"\); give the pool to use, or the directory of a pool the lab creates, not both$/);
  });

  test.each([true, false])('keepPool: %s without poolPath is rejected', (keepPool) => {
    const { host } = fixture();
    expectRejected(() => new Lab(host, 'lab', { keepPool }),
      new RegExp(`^test/kvm1/lab: keepPool only applies to a pool the lab creates \\(got ${keepPool}\\); set poolPath as well, or remove keepPool$`));
  });

  test('a relative poolPath is rejected', () => {
    const { host } = fixture();
    expectRejected(() => new Lab(host, 'lab', { poolPath: 'srv/lab' }),
      /^test\/kvm1\/lab: poolPath must be an absolute path on the libvirt host \(got "srv\/lab"\); give a path starting with '\/'$/);
  });

  test('unknown props, keys as a string and a second construct of one id are refused', () => {
    // GIVEN a host / WHEN a lab gets a misspelt prop, keys as one string, or the id of another child / THEN each is refused with its fix
    const { host } = fixture();
    expectRejected(() => new Lab(host, 'lab', { sshKeys: [SSH_KEY] } as any),
      /^test\/kvm1\/lab: Lab has no prop 'sshKeys' \(got "sshKeys"\); known props: host, prefix, pool, .*$/);
    expectRejected(() => new Lab(host, 'lab2', { sshAuthorizedKeys: SSH_KEY as any, loginUser: 'dev' }),
      /^test\/kvm1\/lab2: sshAuthorizedKeys of user dev is a string, not an array of keys/);
    expectRejected(() => new Lab(host, 'lab3', { image: 'debian-12' as any }), /^test\/kvm1\/lab3: image is not a construct \(got "debian-12"\)/);
    new Lab(host, 'lab4');
    expectRejected(() => new Lab(host, 'lab4'),
      /^test\/kvm1\/lab4: test\/kvm1 already has a child with the id 'lab4' \(a Lab\), so this Lab cannot have it \(got "lab4"\); give each construct a unique id within its parent$/);
  });

  test('poolPath without any host is rejected', () => {
    const stack = newStack();
    expectRejected(() => new Lab(stack, 'lab', { poolPath: '/srv/lab' }),
      /^test\/lab: a lab pool needs a host \(got "\/srv\/lab"\); pass host, or create the lab inside a Host$/);
  });

  test.each([
    ['a word', 'banana', 'is not an IPv4 subnet in CIDR form'],
    ['host bits', '10.100.0.1/16', 'has host bits set (the network address is 10.100.0.0/16)'],
    ['a /31', '10.100.0.0/31', 'leaves no room for a gateway and a guest (the prefix must be /30 or shorter)'],
  ])('an addressSpace with %s is rejected', (_label, addressSpace, problem) => {
    const { host } = fixture();
    expectRejected(() => new Lab(host, 'lab', { addressSpace }),
      new RegExp(`^test/kvm1/lab: addressSpace ${re(problem)} \\(got ${re(JSON.stringify(addressSpace))}\\); give a literal IPv4 range in CIDR form, such as '10\\.100\\.0\\.0/16'$`));
  });

  test('a token addressSpace is rejected', () => {
    const { stack, host } = fixture();
    const v = new TerraformVariable(stack, 'space', { type: 'string' });
    expectRejected(() => new Lab(host, 'lab', { addressSpace: v.stringValue }), /^test\/kvm1\/lab: addressSpace is a token \(got ".*"\); give a literal IPv4 range/);
  });

  test('subnet without an addressSpace is rejected', () => {
    const { host } = fixture();
    const lab = new Lab(host, 'lab');
    expectRejected(() => lab.subnet(0),
      /^test\/kvm1\/lab: the lab has no addressSpace to carve subnets from \(got nothing\); set addressSpace, such as '10\.100\.0\.0\/16'$/);
  });

  test.each([-1, 256, 1.5])('subnet index %p out of range is rejected with the range', (index) => {
    const { host } = fixture();
    const lab = new Lab(host, 'lab', { addressSpace: '10.100.0.0/16' });
    expectRejected(() => lab.subnet(index),
      new RegExp(`^test/kvm1/lab: subnet index \\(for /24\\) must be a whole number from 0 to 255 \\(got ${index}\\); 10\\.100\\.0\\.0/16 holds 256 subnets of /24: use an index from 0 to 255, or a longer prefix$`));
  });

  test.each([15, 31, 24.5])('subnet prefix length %p out of range is rejected with the range', (prefixLength) => {
    const { host } = fixture();
    const lab = new Lab(host, 'lab', { addressSpace: '10.100.0.0/16' });
    expectRejected(() => lab.subnet(0, prefixLength),
      new RegExp(`^test/kvm1/lab: subnet prefixLength must be a whole number from 16 to 30 \\(got ${prefixLength}\\); give a prefix length from 16 to 30 \\(the address space is 10\\.100\\.0\\.0/16\\)$`));
  });

  test('the default /24 in a smaller space says it is the default, and which prefix lengths fit', () => {
    // GIVEN a lab whose address space is a /25
    const { host } = fixture();
    const lab = new Lab(host, 'lab', { addressSpace: '10.100.0.0/25' });
    // WHEN a subnet is asked for without a prefix length / THEN the message blames the default, not a value the caller never wrote
    expectRejected(() => lab.subnet(0),
      /^test\/kvm1\/lab: subnet\(0\) takes the default prefix length \/24, which does not fit in the lab's address space 10\.100\.0\.0\/25 \(got nothing\); pass a prefix length from 25 to 30, such as lab\.subnet\(0, 25\), or give the lab a larger addressSpace$/);
    // AND a prefix length that fits is taken, and an explicit 24 is still refused as given
    expect(lab.subnet(1, 26)).toBe('10.100.0.64/26');
    expectRejected(() => lab.subnet(0, 24), /^test\/kvm1\/lab: subnet prefixLength must be a whole number from 25 to 30 \(got 24\)/);
  });
});

/** A template with one network (subnet 0 of the copy) and one machine `web`, recording the copies it was given. */
function webTemplate(calls: number[] = []): ILabTemplate {
  return {
    define(lab: Lab, copy: number) {
      calls.push(copy);
      const net = new Network(lab, 'lan', { cidr: lab.subnet(0) });
      new VirtualMachine(lab, 'web', { nics: [{ network: net }] });
    },
  };
}

function stamped(props: Partial<StampedLabsProps> = {}, id = 'class') {
  const f = fixture();
  const labs = new StampedLabs(f.host, id, { image: f.image, copies: 3, addressSpace: '10.100.0.0/16', template: webTemplate(), ...props });
  return { ...f, labs };
}

describe('StampedLabs', () => {
  test('makes N copies of the template, prefixed <prefix>-01, -02, ... and called with their 0-based index', () => {
    // GIVEN three copies
    const calls: number[] = [];
    const { stack, labs } = stamped({ template: webTemplate(calls) });
    // WHEN synthesized
    const json = synthJson(stack);
    // THEN the template ran once per copy, in order, and each copy is a Lab with its own prefix
    expect(calls).toEqual([0, 1, 2]);
    expect(labs.copies.map((l) => l.prefix)).toEqual(['class-01', 'class-02', 'class-03']);
    expect(labs.copies.every((l) => l instanceof Lab)).toBe(true);
    expect(Object.values<any>(ofType(json, 'libvirt_domain')).map((d) => d.name).sort()).toEqual(['class-01-web', 'class-02-web', 'class-03-web']);
    expect(Object.values<any>(ofType(json, 'libvirt_network')).map((d) => d.name).sort()).toEqual(['class-01-lan', 'class-02-lan', 'class-03-lan']);
  });

  test('an explicit prefix is used; numbers get as many digits as maxCopies needs', () => {
    const empty: ILabTemplate = { define: () => undefined };
    const { labs } = stamped({ prefix: 'ws', copies: 100, maxCopies: 999, template: empty, addressSpace: '10.0.0.0/8' });
    expect(labs.copies[0].prefix).toBe('ws-001');
    expect(labs.copies[99].prefix).toBe('ws-100');
  });

  test('each copy gets an equal block sized for maxCopies, in copy order (a /16 gives 99 copies a /23 each)', () => {
    const empty: ILabTemplate = { define: () => undefined };
    const { labs } = stamped({ copies: 10, template: empty });
    expect(labs.copies.map((l) => l.addressSpace)).toEqual(
      [0, 2, 4, 6, 8, 10, 12, 14, 16, 18].map((third) => `10.100.${third}.0/23`));
    // AND a declared maximum of 10 gives larger blocks
    const { labs: ten } = stamped({ copies: 10, maxCopies: 10, template: empty });
    expect(ten.copies.map((l) => l.addressSpace)).toEqual(
      [0, 16, 32, 48, 64, 80, 96, 112, 128, 144].map((third) => `10.100.${third}.0/20`));
  });

  test('a class that grows keeps every copy as it was: prefixes, blocks, subnets, machines', () => {
    // GIVEN a class of 2, then the same class with 3 copies
    const two = synthJson(stamped({ copies: 2 }).stack);
    const three = synthJson(stamped({ copies: 3 }).stack);
    // THEN every resource of the two copies is the same in both, and the third copy only adds; the one
    // difference is the new machine's image pin in the shared base volume's for_each, a set of image
    // keys that still holds the one image (terraform plans no change for it)
    const baseKey = keyOf(two, 'libvirt_volume', (v) => v.name === baseVolumeName('debian-12'));
    const { for_each: forEachTwo, ...baseTwo } = two.resource.libvirt_volume[baseKey];
    const { for_each: forEachThree, ...baseThree } = three.resource.libvirt_volume[baseKey];
    expect(baseThree).toEqual(baseTwo);
    expect(forEachThree).toBe(forEachTwo.replace(/\]\)\}$/, `, terraform_data.${keyOf(three, 'terraform_data', (_r, k) => k.includes('class_03_web_ImagePin'))}.input.image])}`));
    for (const [type, resources] of Object.entries<Record<string, unknown>>(two.resource)) {
      for (const [name, r] of Object.entries(resources)) {
        if (type === 'libvirt_volume' && name === baseKey) continue;
        expect({ [`${type}.${name}`]: three.resource[type][name] }).toEqual({ [`${type}.${name}`]: r });
      }
    }
    const added = Object.entries<Record<string, any>>(three.resource).flatMap(([type, rs]) => Object.keys(rs).filter((n) => !(n in (two.resource[type] ?? {}))).map((n) => `${type}.${n}`));
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((a) => a.includes('class-03') || a.includes('class_03') || /\b03\b|_03_/.test(a))).toBe(true);
  });

  test('copyPrefixLength sets the block size', () => {
    const empty: ILabTemplate = { define: () => undefined };
    const { labs } = stamped({ copies: 3, copyPrefixLength: 24, template: empty });
    expect(labs.copies.map((l) => l.addressSpace)).toEqual(['10.100.0.0/24', '10.100.1.0/24', '10.100.2.0/24']);
  });

  test('property: the blocks are disjoint, inside the space and one per copy', () => {
    const empty: ILabTemplate = { define: () => undefined };
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 64 }), fc.integer({ min: 8, max: 28 }), fc.integer({ min: 0, max: 0xffffffff }), fc.option(fc.integer({ min: 0, max: 8 })),
      (copies, spacePrefix, raw, longer) => {
        const bits = Math.ceil(Math.log2(copies));
        const copyPrefixLength = longer === null ? undefined : spacePrefix + bits + longer;
        fc.pre(spacePrefix + bits <= 30 && (copyPrefixLength === undefined || copyPrefixLength <= 30));
        const space = alignedSpace(raw, spacePrefix);
        const { labs } = stamped({ copies, maxCopies: copies, addressSpace: space, copyPrefixLength, template: empty });
        const sp = rangeOf(space);
        const blocks = labs.copies.map((l) => rangeOf(l.addressSpace!));
        expect(blocks).toHaveLength(copies);
        for (const b of blocks) {
          expect(b.first >= sp.first && b.last <= sp.last).toBe(true);
          expect(b.prefix).toBe(copyPrefixLength ?? spacePrefix + bits);
        }
        const sorted = [...blocks].sort((x, y) => x.first - y.first);
        for (let i = 1; i < sorted.length; i++) expect(sorted[i - 1].last < sorted[i].first).toBe(true);
      }), { numRuns: 150 });
  });

  test("each copy's lab.subnet(0) is its own, and a machine has the same host part in every copy", () => {
    // GIVEN three copies of a lab with one network and one machine
    const { labs } = stamped();
    const subnets = labs.copies.map((l) => l.subnet(0));
    // THEN the subnets differ
    expect(new Set(subnets).size).toBe(3);
    expect(subnets).toEqual(['10.100.0.0/24', '10.100.2.0/24', '10.100.4.0/24']); // up to 99 copies of a /16: /23 blocks
    // AND the machine web sits at the same offset of its copy's subnet in every copy (its identity is 'web' in each)
    const webs = labs.copies.map((l) => l.node.findChild('web') as VirtualMachine);
    expect(webs.map((w) => Lab.identityOf(w))).toEqual(['web', 'web', 'web']);
    const offsets = webs.map((w, i) => parseIpv4(w.plannedAddresses[0])! - rangeOf(subnets[i]).first);
    expect(new Set(offsets).size).toBe(1);
    // AND the MACs still differ between copies
    expect(new Set(webs.map((w) => w.nics[0].mac)).size).toBe(3);
  });

  test('the copies share one base volume, and each copy has its own addresses output', () => {
    // GIVEN three copies in the host's default pool
    const { stack, labs } = stamped();
    // WHEN synthesized
    const json = synthJson(stack);
    // THEN the image is uploaded once, and every root disk backs onto that one volume
    const baseKey = keyOf(json, 'libvirt_volume', (v) => v.name === baseVolumeName('debian-12'));
    const roots = Object.values<any>(ofType(json, 'libvirt_volume')).filter((v) => v.name.endsWith('-root.qcow2'));
    expect(roots).toHaveLength(3);
    for (const r of roots) expect(backingVolumeKey(r)).toBe(baseKey);
    // AND the outputs are per copy, each listing that copy's machine only
    expect(Object.keys(json.output).filter((k) => /^class_\d+_addresses$/.test(k)).sort()).toEqual(['class_01_addresses', 'class_02_addresses', 'class_03_addresses']);
    labs.copies.forEach((l, i) => {
      const web = l.node.findChild('web') as VirtualMachine;
      expect(json.output[`class_0${i + 1}_addresses`].value).toEqual({ [`class-0${i + 1}-web`]: web.plannedAddresses });
    });
  });

  test('the shared props reach every copy', () => {
    const { labs, image } = stamped({ sshAuthorizedKeys: [SSH_KEY], loginUser: 'student' });
    for (const l of labs.copies) expect(l).toMatchObject({ image, sshAuthorizedKeys: [SSH_KEY], loginUser: 'student' });
  });
});

describe('StampedLabs validation', () => {
  const make = (props: Partial<StampedLabsProps>) => () => stamped({ template: { define: () => undefined }, ...props });

  test.each([0, 100, 2.5])('copies: %p is rejected (the default maxCopies is 99)', (copies) => {
    expectRejected(make({ copies }), new RegExp(`^test/kvm1/class: copies must be a whole number from 1 to 99 \\(got ${copies}\\); set copies to a whole number from 1 to 99, or raise maxCopies \\(up to 999; that moves every copy to a new block\\)$`));
  });

  test.each([0, 1000, 2.5])('maxCopies: %p is rejected', (maxCopies) => {
    expectRejected(make({ copies: 1, maxCopies }), new RegExp(`^test/kvm1/class: maxCopies must be a whole number from 1 to 999 \\(got ${maxCopies}\\)`));
  });

  test('more copies than maxCopies are rejected', () => {
    expectRejected(make({ copies: 5, maxCopies: 4, addressSpace: '10.0.0.0/24' }),
      /^test\/kvm1\/class: copies must be a whole number from 1 to 4 \(got 5\); set copies to a whole number from 1 to 4, or raise maxCopies/);
  });

  test('a bad addressSpace is rejected', () => {
    expectRejected(make({ addressSpace: '10.100.0.0' }),
      /^test\/kvm1\/class: addressSpace is not an IPv4 subnet in CIDR form \(got "10\.100\.0\.0"\); give a literal IPv4 range in CIDR form, such as '10\.100\.0\.0\/16'$/);
  });

  test('a token addressSpace is rejected', () => {
    const stack = newStack();
    const host = new Host(stack, 'kvm1');
    const v = new TerraformVariable(stack, 'space', { type: 'string' });
    expectRejected(() => new StampedLabs(host, 'class', { copies: 2, addressSpace: v.stringValue, template: { define: () => undefined } }),
      /^test\/kvm1\/class: addressSpace is a token/);
  });

  test('a space too small for maxCopies is rejected, saying how many copies it holds', () => {
    // 99 copies (the default maximum) need 128 blocks: a /24 would give /31s, and holds 64 /30s
    expectRejected(make({ copies: 5, addressSpace: '10.0.0.0/24' }),
      /^test\/kvm1\/class: 10\.0\.0\.0\/24 is too small for 99 copies \(maxCopies, by default, is 99\): each would get less than a \/30, and it holds 64 copies of a \/30 \(got "10\.0\.0\.0\/24"\); give a larger addressSpace \(a \/23 holds 99 copies of a \/30\), or a smaller maxCopies \(from 5 to 64\)$/);
    // 3 copies do not fit in the two /17s of a /16
    expectRejected(make({ copies: 3, maxCopies: 3, copyPrefixLength: 17 }),
      /^test\/kvm1\/class: 10\.100\.0\.0\/16 cannot hold 3 blocks of \/17 \(one for each of maxCopies 3\): it holds 2 \(got "10\.100\.0\.0\/16"\); give a larger addressSpace, or a smaller maxCopies \(at least 3\), or a longer copyPrefixLength \(\/18 or longer\)$/);
  });

  test("a copy's lab.subnet(i) that does not fit the copy's block blames the default /24, says how many copies would fit, and names the props to change", () => {
    // GIVEN 3 copies of a /20 for the default maxCopies 99: each copy gets a /27
    const template: ILabTemplate = { define: (lab) => { lab.subnet(0); } };
    // WHEN the template asks for subnet(0) without a prefix length / THEN the copy says why and what to change
    expectRejected(make({ copies: 3, addressSpace: '10.100.0.0/20', template }),
      new RegExp('^test/kvm1/class/01: subnet\\(0\\) takes the default prefix length /24, which does not fit in this copy\'s block 10\\.100\\.0\\.0/27: '
        + 'test/kvm1/class splits its addressSpace 10\\.100\\.0\\.0/20 into blocks of /27, one for each of maxCopies 99 \\(the default\\), and 10\\.100\\.0\\.0/20 holds 16 blocks of /24 '
        + '\\(got nothing\\); pass a prefix length from 27 to 30, such as lab\\.subnet\\(0, 27\\); or give test/kvm1/class a larger addressSpace \\(a /17 holds 99 copies of a /24\\), or maxCopies 16 or fewer$'));
    // AND with copyPrefixLength set, that is the prop to change
    expectRejected(make({ copies: 2, maxCopies: 4, copyPrefixLength: 26, addressSpace: '10.100.0.0/20', template }),
      /^test\/kvm1\/class\/01: .*blocks of \/26 \(its copyPrefixLength\), and 10\.100\.0\.0\/20 holds 16 blocks of \/24 \(got nothing\); pass a prefix length from 26 to 30, such as lab\.subnet\(0, 26\); or give test\/kvm1\/class copyPrefixLength 24$/);
  });

  test('a template that throws is reported naming the copy, its path and the original message', () => {
    // GIVEN a template whose code fails on the second copy
    const template: ILabTemplate = { define: (_lab, copy) => { if (copy === 1) (undefined as unknown as { x: number }).x; } };
    // WHEN the copies are made / THEN the error names copy 02 and its path, keeps the message, and says where to fix it
    const error = expectRejected(make({ copies: 3, template }),
      /^test\/kvm1\/class\/02: the template's define\(lab, 1\) threw a TypeError while defining copy 02 \(got "Cannot read properties of undefined \(reading 'x'\)"\); fix the template: the error comes from its own code \(its stack is in this error's cause\)$/);
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  test('a check inside a copy names the copy already, and is passed on as it is', () => {
    // GIVEN a template whose machine is refused / WHEN the copies are made / THEN the machine's own error, with the copy in its path, is what is thrown
    const template: ILabTemplate = { define: (lab) => { new Network(lab, 'lan', { cidr: lab.subnet(0) }); new VirtualMachine(lab, 'web', { vcpus: 0, nics: [] }); } };
    expectRejected(make({ template }), /^test\/kvm1\/class\/01\/web: vcpus must be a whole number from 1 to 288 \(got 0\)/);
  });

  test('a check of a construct the template made outside its copy gets the copy added', () => {
    // GIVEN a template that creates its network on the host, not in the lab it is given
    const template: ILabTemplate = { define: (lab) => { new Network(lab.host!, 'shared', { cidr: lab.subnet(0) }); } };
    // WHEN the second copy makes it again / THEN the error names the construct, the copy, and how to write the template
    expectRejected(make({ template }),
      /^test\/kvm1\/shared: .*, while the template defined copy 02 \(test\/kvm1\/class\/02\) \(got .*\); .*; and let the template create each copy's constructs inside the lab it is given, so that copies do not collide$/);
  });

  test('a template without define, and props from JavaScript, are refused', () => {
    // GIVEN a template or props as plain JavaScript may give them / WHEN the stamped labs are made / THEN each is refused with its fix
    expectRejected(make({ template: ((lab: Lab) => lab) as unknown as ILabTemplate }),
      /^test\/kvm1\/class: template is a function, not an object with a define\(lab, copy\) method \(got "a function"\); wrap it: template: \{ define: yourFunction \}$/);
    expectRejected(make({ template: {} as ILabTemplate }),
      /^test\/kvm1\/class: template has no define\(lab, copy\) method \(got \{\}\); pass an object such as \{ define: \(lab, copy\) => \{ \.\.\. \} \} that adds each copy's networks and machines to lab$/);
    expectRejected(make({ addressSpaces: '10.0.0.0/8' } as any),
      /^test\/kvm1\/class: StampedLabs has no prop 'addressSpaces' \(got "addressSpaces"\); did you mean 'addressSpace'\?/);
    expectRejected(make({ sshAuthorizedKeys: SSH_KEY as any }), /^test\/kvm1\/class: sshAuthorizedKeys is a string, not an array of keys/);
    const { host } = fixture();
    expectRejected(() => new (StampedLabs as any)(host, 'class'), /^test\/kvm1\/class: StampedLabs needs props \(got nothing\); pass an object such as \{ copies, addressSpace \}$/);
  });

  test('the largest number of copies that fits is fine', () => {
    const { labs } = stamped({ copies: 4, maxCopies: 4, addressSpace: '10.0.0.0/28', template: { define: () => undefined } });
    expect(labs.copies.map((l) => l.addressSpace)).toEqual(['10.0.0.0/30', '10.0.0.4/30', '10.0.0.8/30', '10.0.0.12/30']);
  });

  test.each([15, 31])('copyPrefixLength %p outside the space and /30 is rejected', (copyPrefixLength) => {
    expectRejected(make({ copyPrefixLength }),
      new RegExp(`^test/kvm1/class: copyPrefixLength must be a whole number from 16 to 30 \\(got ${copyPrefixLength}\\)`));
  });

  test('a prefix that makes invalid copy prefixes is rejected by the copy', () => {
    expectRejected(make({ prefix: 'x'.repeat(30) }), new RegExp(`^test/kvm1/class/01: prefix must be a short lowercase name \\(got "${'x'.repeat(30)}-01"\\)`));
  });
});

describe('Lab and StampedLabs props of the wrong type', () => {
  test('keepPool must be a boolean known at synth', () => {
    // GIVEN keepPool as a string, and as a token (it decides whether the directory is deleted) / WHEN the lab is made / THEN each is refused
    expectRejected(() => new Lab(fixture().host, 'lab', { poolPath: '/srv/lab', keepPool: 'yes' as any }),
      /^test\/kvm1\/lab: keepPool must be true or false \(got "yes"\); set keepPool to true or false \(a boolean, not a string or number\)$/);
    expectRejected(() => new Lab(fixture().host, 'lab', { poolPath: '/srv/lab', keepPool: new TerraformVariable(newStack(), 'keep', { type: 'bool' }).booleanValue as any }),
      /^test\/kvm1\/lab: keepPool must be known when the stack is synthesized \(got "a token"\)/);
  });

  test.each<[string, unknown, RegExp]>([
    ['a symbol', Symbol('u'), /loginUser must be a string \(got Symbol\(u\)\); use up to 32 lowercase letters, digits, _ or -, starting with a letter or _, such as 'debian'$/],
    ['a null-prototype object', Object.create(null), /loginUser must be a string \(got \{\}\)/],
    ['an uppercase name', 'Admin', /loginUser is not a Linux user name \(got "Admin"\)/],
  ])('a login user that is %s is refused by a lab and by stamped labs, before the keys name it', (_label, loginUser, message) => {
    // GIVEN a login user of the wrong type, with keys / WHEN a lab, and stamped labs, are made / THEN each is refused (no TypeError)
    expectRejected(() => new Lab(fixture().host, 'lab', { loginUser: loginUser as any, sshAuthorizedKeys: [SSH_KEY] }), new RegExp(`^test/kvm1/lab: ${message.source}`));
    expectRejected(() => stamped({ loginUser: loginUser as any, sshAuthorizedKeys: [SSH_KEY] }), new RegExp(`^test/kvm1/class: ${message.source}`));
  });

  test('keys that are a null-prototype object are refused as not an array', () => {
    expectRejected(() => stamped({ sshAuthorizedKeys: Object.create(null) }), /^test\/kvm1\/class: sshAuthorizedKeys must be an array \(got \{\}\)/);
  });

  test('copies, maxCopies and copyPrefixLength must be known at synth: they decide the copies and their blocks', () => {
    // GIVEN each as a token (a string token and a number token) / WHEN the stamped labs are made / THEN each is refused, not turned into NaN
    const variable = (name: string) => new TerraformVariable(newStack(), name, { type: 'number' });
    expectRejected(() => stamped({ maxCopies: variable('m').stringValue as any }),
      /^test\/kvm1\/class: maxCopies must be known when the stack is synthesized \(got "a token"\); set maxCopies to a literal whole number: it decides what the stack is made of/);
    expectRejected(() => stamped({ copyPrefixLength: variable('p').numberValue }), /^test\/kvm1\/class: copyPrefixLength must be known when the stack is synthesized/);
    expectRejected(() => stamped({ copies: variable('c').numberValue }), /^test\/kvm1\/class: copies must be known when the stack is synthesized/);
  });

  test('subnet() needs a literal index and prefix length', () => {
    // GIVEN a lab with an address space / WHEN subnet() is called without an index, or with tokens / THEN each is refused
    const lab = new Lab(fixture().host, 'lab', { addressSpace: '10.100.0.0/16' });
    expectRejected(() => (lab.subnet as any)(), /^test\/kvm1\/lab: subnet\(\) needs the index of the subnet \(got nothing\); call lab\.subnet\(0\) for the first subnet/);
    const index = new TerraformVariable(lab, 'i', { type: 'number' }).numberValue;
    expectRejected(() => lab.subnet(index), /^test\/kvm1\/lab: subnet index \(for \/24\) must be known when the stack is synthesized/);
    expectRejected(() => lab.subnet(0, index), /^test\/kvm1\/lab: subnet prefixLength must be known when the stack is synthesized/);
  });

  test('a prefix that is not a string is refused before it is put in front of the copy numbers (no TypeError)', () => {
    expectRejected(() => stamped({ prefix: Object.create(null) }), /^test\/kvm1\/class: prefix must be a string \(got \{\}\); give a short lowercase name, such as 'class' \(the copies are class-01, class-02, \.\.\.\)$/);
    expectRejected(() => stamped({ prefix: Symbol('p') as any }), /^test\/kvm1\/class: prefix must be a string \(got Symbol\(p\)\)/);
  });
});
