/**
 * Generators of the property-based test test/fuzz.test.ts: props of every public construct and
 * factory as a plain JavaScript caller may pass them. Each prop set starts from valid props and gets
 * up to three mutations: a prop set to a boundary value of its kind or to any hostile value (null,
 * NaN, -0, 2^31, a symbol, a function, an array, a token, a huge or unicode or multi-line string,
 * '../', '\0', ...), a required prop deleted, or an unknown key added (typos of known props,
 * '__proto__', 'constructor'). Now and then the whole props object is replaced by a hostile value.
 *
 * Generated values never hold constructs: a construct is named by a {@link Ref}, and a factory
 * call (HostConnection.ssh(...), NetworkMode.bridge(...), new CloudConfig(...), ...) by a
 * {@link Call}. Both are resolved by a {@link World} (one fresh App and stack per generated input)
 * inside the property, so that a factory that throws counts like a construct that throws, and the
 * base constructs (hosts, pools, images, networks, a lab) are only created when an input uses them.
 */
import * as os from 'os';
import * as path from 'path';
import { App, Lazy, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import * as fc from 'fast-check';
import {
  BaseImage, CloudConfig, Cluster, DomainType, Firmware, Graphics, Host, HostConnection, K3sCluster, K3sInstall, Lab,
  LabArtifacts, Network, NetworkMode, Router, StampedLabs, StoragePool, VirtualMachine, Wire,
} from '../../lib';
import { HASHED_PASSWORD, SSH_KEY } from './lab';

// ---------------------------------------------------------------------------------------------
// Values

/** The value of a generated key that is left out of its object. */
const ABSENT = Symbol('absent');

/** Makers of hostile values: each call makes a fresh one, so no run sees what another one changed. */
const HOSTILE_MAKERS: ReadonlyArray<() => unknown> = [
  () => undefined, () => null,
  () => NaN, () => Infinity, () => -Infinity, () => -0, () => 0, () => -1, () => 1, () => 1.5, () => 2 ** 31, () => 2 ** 32,
  () => -(2 ** 31), () => Number.MAX_SAFE_INTEGER, () => 1e308, () => Number.MIN_VALUE,
  () => true, () => false,
  () => '', () => ' ', () => '\t', () => '\n', () => ' x ', () => '../', () => '../../etc/passwd', () => '\0', () => 'a\0b',
  () => 'a\nb', () => 'line1\r\nline2', () => '${var.x}', () => '%{ if true }x%{ endif }', () => '$${x}', () => '"quoted"',
  () => "'single'", () => 'a b', () => 'a;rm -rf /', () => '$(id)', () => '`id`', () => 'ü', () => 'ÄÖÜ', () => '𝕏', () => '😀',
  () => '\u202e', () => '\ufeff', () => 'e\u0301', () => 'null', () => 'undefined', () => 'NaN', () => '0', () => '-1', () => '1e3',
  () => '__proto__', () => 'constructor', () => 'toString', () => 'x'.repeat(300), () => 'y'.repeat(70_000),
  () => [], () => [null], () => [undefined], () => [''], () => ['a', 'b'], () => [[]], () => [1, 2], () => new Array(3),
  () => ({}), () => ({ length: 1 }), () => Object.create(null), () => ({ valueOf: () => 5 }),
  // printed as what it is (fast-check would print its toString); the symbol key never reaches a construct
  () => ({ toString: () => 'x', [fc.toStringMethod]: () => "{ toString: () => 'x' }" }),
  () => () => 'f', () => function named() { return 1; }, () => class K {},
  () => Symbol('s'), () => BigInt(1), () => new Date(0), () => new Map([['a', 1]]), () => new Set([1]), () => /re/g,
  () => new String('boxed'), () => new Number(3), () => new Boolean(false),
  () => Lazy.stringValue({ produce: () => 'lazy' }), () => Lazy.numberValue({ produce: () => 3 }),
  () => Lazy.listValue({ produce: () => ['a'] }), () => Lazy.anyValue({ produce: () => ({ a: 1 }) }),
];

/** Any hostile value, of any type. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...HOSTILE_MAKERS).map((make) => make()) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double()) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 1, maxKeys: 3 }) },
);

/**
 * One of `values`. Arrays and plain objects among them are shared between runs, which is safe:
 * {@link World.resolve} hands the constructs fresh copies.
 */
export function oneOfValues(...values: unknown[]): fc.Arbitrary<unknown> {
  return fc.constantFrom(...values);
}

const bool = fc.boolean();
/** Options of the props of nested items (a NIC, a disk, a user, a role): mutated less often. */
const NESTED = { mutated: 2 };
const int = (min: number, max: number) => fc.integer({ min, max });

/** Bad numbers of a count or size prop (beside the hostile values). */
const BAD_NUMBERS = [0, -1, -0, 0.5, 1.5, NaN, Infinity, -Infinity, 2 ** 31, 2 ** 53, 1e21, Number.MIN_VALUE, '1', '2', '', null];

// ---------------------------------------------------------------------------------------------
// Constructs and factory calls, named in generated values

/** The base constructs a generated value can name. */
export type RefName =
  | 'stack' | 'host' | 'host2' | 'foreignHost' | 'pool' | 'existingPool' | 'pool2' | 'image' | 'rawImage' | 'volumeImage'
  | 'net' | 'iso' | 'dhcpNet' | 'bridged' | 'macvtap' | 'existingNet' | 'existingNat' | 'net2' | 'foreignNet' | 'lab'
  | 'labNet' | 'machine' | 'cloudConfig';

/** A base construct, by name, resolved in the World of the run. */
export class Ref {
  constructor(public readonly name: RefName) {}
  [fc.toStringMethod](): string {
    return `ref(${this.name})`;
  }
}

/** A call of a factory (or a `new`), resolved in the World of the run, arguments first. */
export class Call {
  constructor(public readonly fn: CallName, public readonly args: unknown[]) {}
  [fc.toStringMethod](): string {
    return `${this.fn}(${this.args.map((a) => fc.stringify(a)).join(', ')})`;
  }
}

const ref = (...names: RefName[]): fc.Arbitrary<Ref> => fc.constantFrom(...names).map((n) => new Ref(n));
const call = (fn: CallName, ...args: fc.Arbitrary<unknown>[]): fc.Arbitrary<Call> => fc.tuple(...args).map((a) => new Call(fn, a));

/** Values of the wrong kind where a construct is expected. */
const notAConstruct = fc.oneof(
  ref('stack', 'cloudConfig', 'machine', 'lab'),
  oneOfValues({}, { node: {} }, 'lan', 'default', { host: {} }, { literalName: 'x', host: null }),
);

// ---------------------------------------------------------------------------------------------
// Props: valid values plus mutations

interface Field {
  /** Valid values. */
  readonly valid: fc.Arbitrary<unknown>;
  /** Boundary or wrong values of the same kind (hostile values of any kind are always added). */
  readonly bad?: fc.Arbitrary<unknown>;
  /** Whether the key is always present in valid props. */
  readonly required?: boolean;
  /** How often an optional key is present in valid props, of 10. */
  readonly presence?: number;
}

type Mutation = { readonly set: string; readonly value: unknown } | { readonly delete: string } | { readonly extra: string; readonly value: unknown };

const f = (valid: fc.Arbitrary<unknown>, bad?: fc.Arbitrary<unknown>, presence = 5): Field => ({ valid, bad, presence });
const req = (valid: fc.Arbitrary<unknown>, bad?: fc.Arbitrary<unknown>): Field => ({ valid, bad, required: true });

/** Keys a caller may mistype or abuse, beside typos of the known props. */
const ODD_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'foo', '', ' ', 'undefined', '0'];

function typos(keys: string[]): string[] {
  const out = new Set<string>(ODD_KEYS);
  for (const k of keys) {
    out.add(`${k}s`);
    out.add(k.slice(0, -1));
    out.add(k.toLowerCase());
    out.add(k[0].toUpperCase() + k.slice(1));
  }
  for (const k of keys) out.delete(k);
  return [...out];
}

/** Sets a key as an own, enumerable property (also `__proto__`). */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Props: valid values of `fields`, then up to three mutations (in `mutated` of 10 prop sets: 7 by
 * default, 2 for the props of a nested item such as a NIC, so that the whole stays valid often
 * enough to reach synthesis); with `whole`, now and then a hostile value in place of the object.
 */
export function props(fields: Record<string, Field>, options: { whole?: boolean; mutated?: number } = {}): fc.Arbitrary<unknown> {
  const keys = Object.keys(fields);
  const valid = fc.record(Object.fromEntries(keys.map((k) => {
    const field = fields[k];
    // absent first, and cross-shrinking: a counterexample shrinks by leaving out the keys it does not need
    const arb = field.required ? field.valid : fc.oneof(
      { withCrossShrink: true },
      { weight: 10 - (field.presence ?? 5), arbitrary: fc.constant(ABSENT) },
      { weight: field.presence ?? 5, arbitrary: field.valid },
    );
    return [k, arb];
  })));
  const setters = keys.map((k) => fc.oneof(
    ...(fields[k].bad ? [{ weight: 3, arbitrary: fields[k].bad! }] : []),
    { weight: 2, arbitrary: hostile },
  ).map((value): Mutation => ({ set: k, value })));
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    { weight: 8, arbitrary: fc.oneof(...setters) },
    { weight: 1, arbitrary: fc.constantFrom(...keys).map((k): Mutation => ({ delete: k })) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...typos(keys)), fc.oneof(hostile, ...keys.map((k) => fields[k].valid))).map(([k, v]): Mutation => ({ extra: k, value: v })) },
  );
  const mutated = options.mutated ?? 7;
  const mutations = fc.oneof(
    { withCrossShrink: true },
    { weight: 10 - mutated, arbitrary: fc.constant([] as Mutation[]) },
    { weight: mutated, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }) },
  );
  const built = fc.tuple(valid, mutations).map(([v, ms]) => {
    const out: Record<string, unknown> = {};
    for (const [k, value] of Object.entries(v)) if (value !== ABSENT) define(out, k, value);
    for (const m of ms) {
      if ('delete' in m) delete out[m.delete];
      else if ('set' in m) define(out, m.set, m.value);
      else define(out, m.extra, m.value);
    }
    return out as unknown;
  });
  return options.whole === false ? built : fc.oneof({ withCrossShrink: true }, { weight: 40, arbitrary: built }, { weight: 1, arbitrary: hostile });
}

/** A list of `item`s (valid length), sometimes of a bad length, sometimes a hostile value. */
function list(item: fc.Arbitrary<unknown>, minLength: number, maxLength: number): Field['valid'] {
  return fc.array(item, { minLength, maxLength });
}
function badList(item: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constant([]),
    fc.array(fc.oneof(item, hostile), { minLength: 1, maxLength: 3 }),
    item, // a single item where a list is expected
  );
}

// ---------------------------------------------------------------------------------------------
// Values of the props

/** libvirt names that are hostnames too (a machine's hostname defaults to its name). */
const names = oneOfValues('web', 'db', 'a', 'node-1', '9lives', 'n'.repeat(63));
/** libvirt names of pools, networks and images (no hostname derived). */
const objectNames = fc.oneof(names, oneOfValues('x.y', 'under_score', 'A1'));
const badNames = oneOfValues('-web', '.x', 'a b', 'a/b', 'n'.repeat(64), 'wéb', 'a\nb', '', ' ', '../x', 'a\0', 'UPPER', '_x');
const hostnames = oneOfValues('web', 'db', 'a', 'node-1', 'x'.repeat(63), '0');
const badHostnames = oneOfValues('Web', '-a', 'a-', 'a_b', 'a.b', 'x'.repeat(64), '', 'ü', 'a b');
const absPaths = oneOfValues('/var/lib/libvirt/pools/x', '/srv/pool', '/', '/tmp/a b', '/x/../y', '/ü', '//double');
const badPaths = oneOfValues('relative', './x', '~/x', '', ' /x', '/x\0y', 'C:\\x', '/x\ny');
const anyAddress = oneOfValues('10.77.0.10', '10.77.0.2', '10.78.0.5', '10.79.0.20', '192.168.1.50', '192.168.122.20', '10.90.0.9', '10.100.0.7');
/** Addresses, mostly of the base network lan (10.77.0.0/24), which most NICs are on. */
const addresses = fc.oneof({ weight: 3, arbitrary: oneOfValues('10.77.0.10', '10.77.0.11', '10.77.0.100') }, anyAddress);
const badAddresses = oneOfValues('10.77.0.1', '10.77.0.200', '10.77.0.0', '10.77.0.255', '10.77.0.256', '10.77.0', '1.2.3.4.5', ' 10.77.0.10',
  '10.77.0.10/24', '010.077.000.010', '0x0a.0.0.1', '::1', '10.77.0.-1', '1e1.0.0.1', '10.77.0.10 ', '8.8.8.8', '');
const cidrs = oneOfValues('10.50.0.0/24', '10.51.0.0/16', '192.168.5.0/28', '10.60.0.0/30', '10.61.0.0/29', '172.16.0.0/12', '10.77.0.0/24');
const badCidrs = oneOfValues('10.62.0.0/31', '10.63.0.0/32', '0.0.0.0/0', '10.64.0.0/8', '10.65.1.0/23', '10.66.0.0/33', '10.67.0.0/-1',
  '10.68.0.0', '10.69.0.0/24/24', '::/64', '10.70.0.0/ 24', '256.0.0.0/8', '10.71.0.0/024', '10.72.0.0/1e1', '');
const macs = oneOfValues('52:54:00:12:ab:ef', '52:54:00:00:00:01');
const badMacs = oneOfValues('52:54:00:12:AB:EF', '00:11:22:33:44:55', '52-54-00-12-ab-ef', '52:54:00:12:ab', '', 'ff:ff:ff:ff:ff:ff');
const keys = fc.oneof(fc.constant([SSH_KEY]), fc.constant([]), fc.constant([SSH_KEY, 'ecdsa-sha2-nistp256 AAAAE2 x']));
const badKeys = oneOfValues(SSH_KEY, [''], ['ssh-ed25519'], ['-----BEGIN OPENSSH PRIVATE KEY-----\nabc'], [`${SSH_KEY}\nssh-rsa AAAA y`], [' ']);
const users = oneOfValues('debian', 'ubuntu', 'admin', '_svc', 'u'.repeat(32));
const badUsers = oneOfValues('root', 'Admin', '1user', 'u'.repeat(33), 'a b', '', '-x', 'ü');
const domains = oneOfValues('lab.test', 'a.b.c', 'x', 'example.com');
const badDomains = oneOfValues('Lab.test', '.test', 'a..b', 'a.', '-a.test', 'a_b.test', 'x'.repeat(254), 'ü.test', '');
const urls = oneOfValues('https://example.com/disk.qcow2', 'http://mirror/x.img', 'file:///srv/img.qcow2', '/srv/img.qcow2');
const badUrls = oneOfValues('ftp://x/y', 'example.com/x', 'https://', 'https://a b', '', 'relative/x.img', 'https://x/\n');
const sha256s = oneOfValues('ab'.repeat(32), '0'.repeat(64));
const bad256 = oneOfValues('AB'.repeat(32), 'ab'.repeat(31), 'ab'.repeat(64), 'zz'.repeat(32), '');

// ---------------------------------------------------------------------------------------------
// Factory calls

const sshOptions = props({
  host: req(oneOfValues('kvm.example.com', '10.0.0.5', '::1', 'fe80::1'), oneOfValues('', 'a b', 'x@y', 'h/x', '[::1]', 'h?x')),
  user: f(oneOfValues('root', 'me'), oneOfValues('', 'a b', 'a@b', 'ü', 'a:b')),
  port: f(int(1, 65535), oneOfValues(...BAD_NUMBERS, 65536)),
  keyFile: f(absPaths, badPaths, 1),
  knownHostsFile: f(absPaths, badPaths, 1),
  verifyHostKey: f(bool, undefined, 1),
}, NESTED);
const connection = fc.oneof(
  call('HostConnection.local'),
  call('HostConnection.session'),
  call('HostConnection.fromUri', fc.oneof(oneOfValues('qemu:///system', 'qemu+ssh://root@h/system', 'test:///default', 'qemu+tls://h/system'),
    oneOfValues('', 'qemu:///system?x=y z', 'not a uri', 'qemu:///system\nx'), hostile)),
  call('HostConnection.ssh', sshOptions),
  call('HostConnection.sshCmd', sshOptions),
);
const badConnection = fc.oneof(oneOfValues({ uri: 'qemu:///system', isRemote: false }, 'qemu:///system'), call('HostConnection.ssh', hostile));

const ifaceNames = oneOfValues('br0', 'eth0', 'enp1s0', 'b'.repeat(15));
const badIfaceNames = oneOfValues('', 'b'.repeat(16), 'a b', 'br/0', 'ü', 'br0\n');
const networkMode = fc.oneof(
  call('NetworkMode.nat'), call('NetworkMode.isolated'), call('NetworkMode.routed'), call('NetworkMode.open'),
  call('NetworkMode.bridge', fc.oneof({ weight: 3, arbitrary: ifaceNames }, badIfaceNames, hostile)),
  call('NetworkMode.macvtap', fc.oneof({ weight: 3, arbitrary: ifaceNames }, badIfaceNames, hostile),
    fc.oneof({ weight: 3, arbitrary: oneOfValues(undefined, 'bridge', 'vepa', 'private', 'passthrough') }, oneOfValues('Bridge', ''), hostile)),
);
/** Modes of an existing network: also unmanaged (a network this stack creates cannot be). */
const existingMode = fc.oneof(networkMode, call('NetworkMode.unmanaged'));
const badMode = fc.oneof(oneOfValues('nat', { kind: 'nat', managed: true }, { kind: 'bridge', managed: false }), call('NetworkMode.unmanaged'));

const firmware = fc.oneof(call('Firmware.bios'), call('Firmware.uefi', fc.oneof(props({ secureBoot: f(bool) }), fc.constant(undefined))));
const badFirmware = oneOfValues('uefi', { isUefi: true, secureBoot: 'yes' }, {});
const graphics = fc.oneof(call('Graphics.none'), call('Graphics.vnc', fc.oneof(fc.constant(undefined),
  props({ listen: f(oneOfValues('127.0.0.1', '0.0.0.0', '::1', 'localhost'), oneOfValues('', '1.2.3', 'a b', '127.0.0.1\n')) }))));
const badGraphics = oneOfValues('vnc', { vncEnabled: true, listen: 5 }, {});

const cloudUser = props({
  name: req(users, badUsers),
  sshAuthorizedKeys: f(keys, badKeys),
  sudo: f(bool, undefined, 3),
  groups: f(list(oneOfValues('wheel', 'docker', 'adm'), 0, 2), badList(oneOfValues('a b', '', 'wheel,docker'))),
  shell: f(oneOfValues('/bin/bash', '/bin/sh'), badPaths, 3),
  hashedPassword: f(fc.constant(HASHED_PASSWORD), oneOfValues('password', '$6$', '', '$1$abc$def', '$6$salt$hash\n'), 3),
}, NESTED);
const cloudFile = props({
  path: req(oneOfValues('/etc/motd', '/opt/x y', '/etc/a.conf'), badPaths),
  content: req(oneOfValues('hello\n', '', '${x}', '%{ if }', 'a: b\n- c', 'x'.repeat(1000)), undefined),
  permissions: f(oneOfValues('0644', '0755', '600', '0600'), oneOfValues('644x', '999', '0o644', '', '7777', 644, '0'), 3),
  owner: f(oneOfValues('root:root', 'debian:debian'), oneOfValues('', 'a b', 'root', ':'), 3),
}, NESTED);
const packageNames = oneOfValues('nginx', 'curl', 'nginx=1.22*', 'libc6:amd64', 'g++');
const badPackages = oneOfValues('', 'a b', '-x', 'nginx; rm -rf /', 'ü', 'nginx\ncurl');
const cloudConfigProps = props({
  users: f(list(cloudUser, 0, 2), badList(cloudUser), 4),
  packages: f(list(packageNames, 0, 2), badList(badPackages), 4),
  runcmd: f(list(oneOfValues('echo hi', 'systemctl restart x', '${x}', 'a\nb', ''), 0, 2), badList(hostile), 4),
  writeFiles: f(list(cloudFile, 0, 2), badList(cloudFile), 4),
});
const builderOp = fc.oneof(
  fc.tuple(fc.constant('addUser'), cloudUser),
  fc.tuple(fc.constant('addPackages'), fc.oneof(packageNames, badPackages, hostile)),
  fc.tuple(fc.constant('addCommand'), fc.oneof(oneOfValues('echo hi', ''), hostile)),
  fc.tuple(fc.constant('addFile'), cloudFile),
  fc.tuple(fc.constant('merge'), fc.oneof(fc.constant(new Ref('cloudConfig')), cloudConfigProps.map((p) => new Call('CloudConfig', [p, []])), hostile)),
);
export const cloudConfig = call('CloudConfig', fc.oneof({ weight: 4, arbitrary: cloudConfigProps }, fc.constant(undefined)),
  fc.array(builderOp, { maxLength: 3 }));
const badCloudConfig = oneOfValues({ users: [] }, { render: () => '#cloud-config' }, '#cloud-config\n', {});

const k3sVersions = oneOfValues('v1.31.4+k3s1', 'v1.30.0+k3s2');
const badK3sVersions = oneOfValues('1.31.4', 'latest', 'v1.31.4+k3s1\n', '', 'v1.31.4 k3s1', '$(id)');
const k3sInstall = fc.oneof(
  call('K3sInstall.script', fc.oneof(fc.constant(undefined), props({ url: f(oneOfValues('https://get.k3s.io', 'http://mirror/install.sh'), badUrls), version: f(k3sVersions, badK3sVersions, 7) }))),
  call('K3sInstall.airGapped', props({ mirrorUrl: req(oneOfValues('https://mirror.example.com/k3s/v1.31.4', 'http://10.0.0.1/k3s'), badUrls), version: req(k3sVersions, badK3sVersions) })),
  call('K3sInstall.none'),
);
const badK3sInstall = oneOfValues('script', { kind: 'script' }, { kind: 'none' }, {});

/** A template of StampedLabs: a network in the first three copies (and a machine in the first), or nothing, or a hostile one. */
const template = fc.oneof(
  { weight: 8, arbitrary: call('template', oneOfValues('network', 'machine', 'empty')) },
  { weight: 1, arbitrary: oneOfValues(null, {}, { define: 1 }, 'define') },
);
const configurator = fc.oneof(
  call('configurator', oneOfValues('packages', 'endpoint')),
  oneOfValues(null, {}, { configureNode: 1 }, { configureNode: () => undefined, endpoint: 5 }),
);

// ---------------------------------------------------------------------------------------------
// Construct props

/** Construct ids: never one of the base's own ids (kvm1, lan, pool, ...), so that no base construct collides with the one under test. */
const idArb = (...valid: string[]) => fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...valid) },
  { weight: 1, arbitrary: oneOfValues('Web', 'web_1', 'a.b', 'x'.repeat(70), 'ü', 'a b', 'a/b', '-x', '1') });

const hostRefs = ref('host');
const badHostRefs = fc.oneof(ref('host2', 'foreignHost'), notAConstruct);
const poolRefs = ref('pool', 'existingPool');
const badPoolRefs = fc.oneof(ref('pool2'), notAConstruct, ref('host', 'net'));
const imageRefs = fc.oneof({ weight: 6, arbitrary: ref('image') }, ref('rawImage', 'volumeImage'));
const badImageRefs = fc.oneof(notAConstruct, ref('pool', 'net'), oneOfValues('debian-12', { imageName: 'x', format: 'qcow2' }));
const networkRefs = fc.oneof({ weight: 4, arbitrary: ref('net') }, ref('iso', 'dhcpNet', 'bridged', 'existingNet', 'existingNat'));
const badNetworkRefs = fc.oneof(ref('net2', 'foreignNet', 'macvtap'), notAConstruct, ref('pool', 'image'));

const hostProps = props({
  connection: f(connection, badConnection, 6),
  hostName: f(hostnames, badHostnames, 3),
  domainType: f(oneOfValues(DomainType.KVM, DomainType.QEMU), oneOfValues('KVM', 'xen', '', 'kvm ')),
  architecture: f(oneOfValues('x86_64', 'aarch64', 'ppc64le'), oneOfValues('x86-64', '', 'ARM', 'a b')),
  defaultPoolName: f(objectNames, badNames, 3),
});

/** Host: one or two hosts (with HostConnection factories), their default pools, an App context with provider versions. */
export const hostInput = fc.record({
  context: fc.oneof(
    { weight: 6, arbitrary: fc.constant({}) },
    { weight: 1, arbitrary: fc.record({ 'cdktf-libvirt:libvirtProviderVersion': fc.oneof(oneOfValues('0.9.8', '~> 0.9.7', '>= 0.9, < 1.0', 'latest', '', '0.9.7\n'), hostile) }) },
  ),
  // distinct ids: two constructs with one id in one scope are refused by the constructs library itself
  hosts: fc.uniqueArray(fc.record({ scope: fc.oneof({ weight: 8, arbitrary: ref('stack') }, ref('host', 'lab')), id: idArb('h1', 'h2', 'local'), props: hostProps }),
    { minLength: 1, maxLength: 2, selector: (h) => h.id }),
  defaultPool: bool,
  machine: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, fc.constant(true)),
});

/** StoragePool and StoragePool.fromName, sometimes used by a machine. */
export const storagePoolInput = fc.record({
  fromName: fc.boolean(),
  scope: fc.oneof({ weight: 6, arbitrary: ref('host') }, ref('stack', 'lab', 'host2')),
  id: idArb('data', 'store'),
  props: props({
    host: f(hostRefs, badHostRefs, 2),
    name: f(objectNames, badNames, 4),
    path: req(absPaths, badPaths),
    deleteOnDestroy: f(bool, undefined, 3),
    autostart: f(bool, undefined, 3),
  }),
  name: fc.oneof({ weight: 4, arbitrary: names }, badNames, hostile),
  host: fc.oneof({ weight: 8, arbitrary: fc.constant(undefined) }, hostRefs, badHostRefs, hostile),
  machine: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, fc.constant(true)),
});

/** BaseImage, BaseImage.fromCatalog and BaseImage.fromVolume, sometimes used by a machine. */
export const baseImageInput = fc.record({
  variant: fc.constantFrom('new', 'catalog', 'volume'),
  scope: fc.oneof({ weight: 6, arbitrary: ref('stack') }, ref('host', 'lab')),
  id: idArb('img', 'distro'),
  props: props({
    url: req(urls, badUrls),
    sha256: f(sha256s, bad256, 7),
    sha512: f(oneOfValues('cd'.repeat(64)), oneOfValues('cd'.repeat(32), 'CD'.repeat(64)), 2),
    checksumUrl: f(urls, badUrls, 3),
    checksumAlgorithm: f(oneOfValues('sha256', 'sha512'), oneOfValues('md5', 'SHA256', ''), 2),
    fileName: f(oneOfValues('disk.qcow2', 'x y.img'), oneOfValues('', '../x', 'a/b', 'a\nb'), 2),
    format: f(oneOfValues('qcow2', 'raw'), oneOfValues('vmdk', 'QCOW2', ''), 4),
    name: f(objectNames, badNames, 3),
    loginUser: f(users, badUsers, 5),
    minDiskGiB: f(int(1, 100), fc.constantFrom(...BAD_NUMBERS), 3),
    cacheDir: f(oneOfValues('~/.cache/x', '/var/cache/img', 'relative'), oneOfValues('', '/x\0', '${path.module}', '"'), 3),
  }),
  catalogName: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...BaseImage.catalogNames()) }, oneOfValues('Debian-12', 'debian', '', 'toString', '__proto__', 'constructor'), hostile),
  options: fc.oneof(fc.constant(undefined), props({ name: f(objectNames, badNames, 5), cacheDir: f(oneOfValues('~/.cache/x', '/c'), oneOfValues('', '\0'), 3) })),
  volume: props({
    host: req(hostRefs, badHostRefs),
    path: req(absPaths, badPaths),
    format: f(oneOfValues('qcow2', 'raw'), oneOfValues('vmdk', ''), 3),
    loginUser: f(users, badUsers, 5),
    minDiskGiB: f(int(1, 100), fc.constantFrom(...BAD_NUMBERS), 3),
  }),
  machine: fc.oneof({ weight: 7, arbitrary: fc.constant(null) }, props({
    rootDiskGiB: f(int(1, 200), fc.constantFrom(...BAD_NUMBERS), 4),
    pool: f(poolRefs, badPoolRefs, 3),
    sshAuthorizedKeys: f(keys, badKeys, 5),
    host: f(ref('host', 'host2'), undefined, 2),
  }, { whole: false })),
});

const dhcpRange = props({ start: req(addresses, badAddresses), end: req(addresses, badAddresses) }, NESTED);
const machineOnNetwork = props({
  address: f(addresses, badAddresses, 3),
  hostNumber: f(int(1, 300), fc.constantFrom(...BAD_NUMBERS), 3),
  dhcp: f(bool, undefined, 2),
  mac: f(macs, badMacs, 2),
}, { whole: false });

/** Network with every NetworkMode factory, sometimes with machines on it. */
export const networkInput = fc.record({
  scope: fc.oneof({ weight: 6, arbitrary: ref('host') }, ref('stack', 'lab', 'host2')),
  id: idArb('backend', 'front'),
  props: props({
    host: f(hostRefs, badHostRefs, 2),
    name: f(objectNames, badNames, 3),
    mode: f(networkMode, badMode, 6),
    cidr: f(cidrs, badCidrs, 9),
    gateway: f(addresses, badAddresses, 2),
    dhcp: f(bool, undefined, 3),
    dhcpRange: f(dhcpRange, undefined, 2),
    domain: f(domains, badDomains, 3),
    nameservers: f(list(addresses, 0, 2), badList(badAddresses), 3),
    allocateAddresses: f(bool, undefined, 3),
    autostart: f(bool, undefined, 3),
    bridgeName: f(ifaceNames, badIfaceNames, 2),
    spansHosts: f(list(ref('host2'), 1, 1), badList(fc.oneof(ref('host', 'foreignHost'), notAConstruct)), 1),
  }),
  machines: fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, fc.array(machineOnNetwork, { minLength: 1, maxLength: 2 })),
});

/** A wire, and the machines plugged into it (none to three), on the first host or the second. */
export const wireInput = fc.record({
  scope: fc.oneof({ weight: 6, arbitrary: ref('stack') }, ref('host', 'lab')),
  id: idArb('link', 'backbone'),
  props: props({
    cidr: f(oneOfValues('10.255.0.0/31', '10.255.0.4/30'), oneOfValues('10.255.0.1/31', '10.255.0.0/29', '10.255.0.0/32', 'x', '', 31), 9),
    name: f(objectNames, badNames, 2),
  }),
  ends: fc.array(fc.record({
    onSecondHost: bool,
    nic: props({
      address: f(oneOfValues('10.255.0.0', '10.255.0.1', '10.255.0.5', '10.255.0.6'), badAddresses, 2),
      dhcp: f(bool, undefined, 1),
      mac: f(macs, badMacs, 1),
    }, { whole: false }),
  }), { maxLength: 3 }),
});

/** Network.fromName, sometimes with machines on it. */
export const existingNetworkInput = fc.record({
  scope: fc.oneof({ weight: 6, arbitrary: ref('host') }, ref('stack', 'lab', 'host2')),
  id: idArb('existing', 'upstream'),
  props: props({
    host: f(hostRefs, badHostRefs, 2),
    name: req(objectNames, badNames),
    mode: f(existingMode, badMode, 5),
    cidr: f(cidrs, badCidrs, 8),
    gateway: f(addresses, badAddresses, 1),
    dhcpRange: f(dhcpRange, undefined, 2),
    domain: f(domains, badDomains, 3),
    nameservers: f(list(addresses, 0, 2), badList(badAddresses), 3),
    allocateAddresses: f(bool, undefined, 4),
  }),
  machines: fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, fc.array(machineOnNetwork, { minLength: 1, maxLength: 2 })),
});

const nic = props({
  network: req(networkRefs, badNetworkRefs),
  address: f(addresses, badAddresses, 1),
  dhcp: f(bool, undefined, 2),
  mac: f(macs, badMacs, 1),
}, NESTED);
const dataDisk = props({ sizeGiB: req(int(1, 2000), fc.constantFrom(...BAD_NUMBERS)), pool: f(poolRefs, badPoolRefs, 3) }, NESTED);

/** The props of a VirtualMachine but its nics (shared with Router). */
const machineFields: Record<string, Field> = {
  host: f(ref('host'), badHostRefs, 1),
  name: f(names, badNames, 3),
  hostname: f(hostnames, badHostnames, 2),
  image: req(imageRefs, badImageRefs),
  pool: f(poolRefs, badPoolRefs, 3),
  hostNumber: f(int(2, 120), fc.oneof(fc.constantFrom(...BAD_NUMBERS), oneOfValues(1, 127, 128, 255, 256, 65536)), 3),
  vcpus: f(int(1, 64), fc.oneof(fc.constantFrom(...BAD_NUMBERS), oneOfValues(4096, 4097)), 3),
  memoryMiB: f(int(128, 65536), fc.oneof(fc.constantFrom(...BAD_NUMBERS), oneOfValues(127, 2 ** 40)), 3),
  rootDiskGiB: f(int(1, 500), fc.constantFrom(...BAD_NUMBERS), 3),
  dataDisks: f(list(dataDisk, 0, 2), fc.oneof(badList(dataDisk), fc.constant(new Array(25).fill({ sizeGiB: 1 }))), 3),
  firmware: f(firmware, badFirmware, 3),
  graphics: f(graphics, badGraphics, 3),
  guestAgent: f(bool, undefined, 2),
  autostart: f(bool, undefined, 2),
  loginUser: f(users, badUsers, 3),
  sshAuthorizedKeys: f(keys, badKeys, 5),
  cloudConfig: f(cloudConfig, badCloudConfig, 3),
  serialLogFile: f(absPaths, badPaths, 2),
  waitForLeaseSeconds: f(int(0, 3600), fc.constantFrom(...BAD_NUMBERS), 2),
};

/** VirtualMachine with every prop, in a host or a lab, sometimes beside a second machine. */
export const machineInput = fc.record({
  scope: fc.oneof({ weight: 6, arbitrary: ref('host') }, ref('lab', 'stack', 'host2')),
  id: idArb('vm', 'web', 'db'),
  props: props({ ...machineFields, nics: req(list(nic, 1, 3), badList(nic)) }),
  second: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, machineOnNetwork),
});

/** A VirtualMachine whose CloudConfig is built from hostile props and builder calls. */
export const cloudConfigInput = fc.record({
  cloudConfig: fc.oneof({ weight: 12, arbitrary: cloudConfig }, badCloudConfig, hostile),
  loginUser: fc.option(fc.oneof({ weight: 4, arbitrary: users }, badUsers)),
  sshAuthorizedKeys: fc.option(fc.oneof({ weight: 4, arbitrary: keys }, badKeys)),
  hostname: fc.option(fc.oneof({ weight: 4, arbitrary: hostnames }, badHostnames), { freq: 2 }),
});

/** Router between networks, with machines that route through it. */
export const routerInput = fc.record({
  scope: fc.oneof({ weight: 5, arbitrary: ref('host') }, ref('lab')),
  id: idArb('r1', 'router'),
  props: props({
    ...machineFields,
    image: f(imageRefs, badImageRefs, 9),
    networks: req(fc.uniqueArray(fc.oneof({ weight: 3, arbitrary: ref('iso', 'labNet', 'existingNat') }, ref('dhcpNet', 'net')), { minLength: 1, maxLength: 3, selector: (r) => r.name }),
      badList(fc.oneof(badNetworkRefs, ref('bridged', 'existingNet')))),
    uplink: f(ref('net'), fc.oneof(badNetworkRefs, ref('iso', 'existingNat')), 7),
    masquerade: f(bool, undefined, 3),
    nics: f(list(nic, 1, 1), undefined, 0),
  }),
  machines: fc.array(fc.record({ network: ref('net', 'iso', 'dhcpNet', 'labNet'), dhcp: fc.boolean() }), { maxLength: 2 }),
});

const labFields: Record<string, Field> = {
  host: f(hostRefs, badHostRefs, 2),
  prefix: f(oneOfValues('lab1', 'class', 'a', 'x'.repeat(32), 'a-b'), oneOfValues('Lab', '-a', 'a-', 'x'.repeat(33), '', 'a_b', 'a.b'), 4),
  pool: f(poolRefs, badPoolRefs, 1),
  image: f(imageRefs, badImageRefs, 6),
  sshAuthorizedKeys: f(keys, badKeys, 5),
  loginUser: f(users, badUsers, 2),
};

/** Lab: props, lab.subnet(), a network and a machine inside. */
export const labInput = fc.record({
  scope: fc.oneof({ weight: 5, arbitrary: ref('host') }, ref('stack', 'lab')),
  id: idArb('lab1', 'netlab'),
  props: props({
    ...labFields,
    poolPath: f(absPaths, badPaths, 3),
    keepPool: f(bool, undefined, 1),
    addressSpace: f(oneOfValues('10.100.0.0/16', '10.0.0.0/8', '192.168.0.0/24', '10.200.0.0/30', '0.0.0.0/0'), badCidrs, 9),
  }),
  subnets: fc.array(fc.tuple(
    fc.oneof({ weight: 4, arbitrary: int(0, 3) }, fc.constantFrom(...BAD_NUMBERS), oneOfValues(255, 256, 65535, 2 ** 24)),
    fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, int(16, 30), oneOfValues(8, 15, 31, 32, 33, -1, 1.5, NaN, '24')),
  ), { maxLength: 2 }),
  network: fc.boolean(),
  machine: fc.boolean(),
});

/** StampedLabs: copies, maxCopies, address space and templates. */
export const stampedInput = fc.record({
  scope: fc.oneof({ weight: 5, arbitrary: ref('host') }, ref('stack', 'lab')),
  id: idArb('class', 'ci'),
  props: props({
    ...labFields,
    copies: req(int(1, 3), fc.oneof(fc.constantFrom(...BAD_NUMBERS), oneOfValues(99, 100, 999, 1000))),
    maxCopies: f(oneOfValues(1, 2, 3, 5, 99, 999), fc.oneof(fc.constantFrom(...BAD_NUMBERS), oneOfValues(1000)), 4),
    addressSpace: req(fc.oneof({ weight: 3, arbitrary: oneOfValues('10.100.0.0/16', '10.0.0.0/8') }, oneOfValues('192.168.0.0/24', '10.200.0.0/29')), badCidrs),
    copyPrefixLength: f(int(16, 30), oneOfValues(8, 15, 31, 32, -1, 1.5, NaN, '24'), 3),
    template: req(template, undefined),
  }),
});

const role = props({
  name: req(oneOfValues('node', 'server', 'agent', 'db'), badHostnames),
  count: req(int(0, 2), fc.oneof(fc.constantFrom(...BAD_NUMBERS), oneOfValues(1000))),
  vcpus: f(int(1, 8), fc.constantFrom(...BAD_NUMBERS), 3),
  memoryMiB: f(int(128, 8192), fc.constantFrom(...BAD_NUMBERS), 3),
  rootDiskGiB: f(int(1, 100), fc.constantFrom(...BAD_NUMBERS), 2),
  dataDisks: f(list(dataDisk, 0, 1), badList(dataDisk), 2),
  image: f(imageRefs, badImageRefs, 2),
  hosts: f(list(ref('host', 'host2'), 1, 2), badList(fc.oneof(badHostRefs, hostile)), 2),
  firstHostNumber: f(int(2, 100), fc.oneof(fc.constantFrom(...BAD_NUMBERS), oneOfValues(254, 255, 1000)), 3),
}, NESTED);
const nodeDefaults: Record<string, Field> = {
  host: f(hostRefs, badHostRefs, 1),
  image: f(imageRefs, badImageRefs, 8),
  pool: f(poolRefs, badPoolRefs, 2),
  sshAuthorizedKeys: f(keys, badKeys, 4),
  loginUser: f(users, badUsers, 2),
};

/** Cluster: roles, placement on hosts, networks, configurators. */
export const clusterInput = fc.record({
  scope: fc.oneof({ weight: 3, arbitrary: ref('host') }, ref('lab')),
  id: idArb('k', 'cluster'),
  props: props({
    ...nodeDefaults,
    name: f(hostnames, badHostnames, 3),
    roles: req(fc.uniqueArray(role, { minLength: 1, maxLength: 2, selector: (r) => (r as { name?: unknown })?.name }), badList(role)),
    networks: req(list(ref('net', 'iso', 'net2', 'dhcpNet', 'existingNat'), 1, 2), badList(badNetworkRefs)),
    configurator: f(configurator, undefined, 3),
    kind: f(oneOfValues('generic', 'k8s'), oneOfValues('', 'a b', 'x\ny'), 2),
  }),
});

const k3sRole = props({
  vcpus: f(int(1, 8), fc.constantFrom(...BAD_NUMBERS), 2),
  memoryMiB: f(int(512, 8192), fc.constantFrom(...BAD_NUMBERS), 2),
  rootDiskGiB: f(int(10, 100), fc.constantFrom(...BAD_NUMBERS), 2),
  labels: f(list(oneOfValues('zone=a', 'topology.kubernetes.io/zone=z1', 'app.example.com/tier=web'), 0, 2),
    badList(oneOfValues('kubernetes.io/role=x', 'noequals', '=v', 'k=v=w', 'k=' + 'v'.repeat(64), 'K=V ', 'k=v\n', '')), 3),
  taints: f(list(oneOfValues('dedicated=gpu:NoSchedule', 'x:NoExecute', 'k=v:PreferNoSchedule'), 0, 2),
    badList(oneOfValues('k=v', 'k=v:Sometimes', ':NoSchedule', 'k=v:noschedule', '')), 3),
  hosts: f(list(ref('host', 'host2'), 1, 2), badList(fc.oneof(badHostRefs, hostile)), 2),
  firstHostNumber: f(int(2, 100), fc.oneof(fc.constantFrom(...BAD_NUMBERS), oneOfValues(254, 255)), 3),
}, NESTED);

/** K3sCluster: servers, agents, role options, install sources, API address. */
export const k3sInput = fc.record({
  scope: fc.oneof({ weight: 3, arbitrary: ref('lab') }, ref('host')),
  id: idArb('k3s', 'kube'),
  props: props({
    ...nodeDefaults,
    name: f(hostnames, badHostnames, 3),
    servers: f(oneOfValues(1, 1, 1, 3), fc.constantFrom(0, 2, 4, -1, 1.5, NaN, '1', '3', null, 2 ** 31), 4),
    agents: f(int(0, 1), fc.oneof(fc.constantFrom(...BAD_NUMBERS), oneOfValues(1000)), 3),
    serverOptions: f(k3sRole, undefined, 3),
    agentOptions: f(k3sRole, undefined, 2),
    networks: req(list(ref('net', 'iso', 'net2', 'dhcpNet', 'existingNat', 'labNet'), 1, 2), badList(fc.oneof(badNetworkRefs, ref('bridged', 'existingNet')))),
    install: f(k3sInstall, badK3sInstall, 7),
    apiAddress: f(oneOfValues('10.77.0.50', '10.100.0.50'), badAddresses, 1),
    sshConfigFile: f(oneOfValues('cdktf.out/stacks/x/ssh_config', '/tmp/ssh config'), oneOfValues('', ' ', 'a\nb', 'x\0'), 2),
  }),
});

// ---------------------------------------------------------------------------------------------
// The world of one run: a fresh App and stack, base constructs on demand

/** Where the Apps write (nothing is written: the stacks are only turned into JSON in memory). */
const OUTDIR = path.join(os.tmpdir(), 'cdktf-libvirt-fuzz');

/** Every factory a Call can name. */
const CALLS = {
  'HostConnection.local': () => HostConnection.local(),
  'HostConnection.session': () => HostConnection.session(),
  'HostConnection.ssh': (_w: World, o: unknown) => HostConnection.ssh(o as any),
  'HostConnection.sshCmd': (_w: World, o: unknown) => HostConnection.sshCmd(o as any),
  'HostConnection.fromUri': (_w: World, uri: unknown) => HostConnection.fromUri(uri as any),
  'NetworkMode.nat': () => NetworkMode.nat(),
  'NetworkMode.isolated': () => NetworkMode.isolated(),
  'NetworkMode.routed': () => NetworkMode.routed(),
  'NetworkMode.open': () => NetworkMode.open(),
  'NetworkMode.bridge': (_w: World, name: unknown) => NetworkMode.bridge(name as any),
  'NetworkMode.macvtap': (_w: World, nic: unknown, mode: unknown) => NetworkMode.macvtap(nic as any, mode as any),
  'NetworkMode.unmanaged': () => NetworkMode.unmanaged(),
  'Firmware.bios': () => Firmware.bios(),
  'Firmware.uefi': (_w: World, o: unknown) => Firmware.uefi(o as any),
  'Graphics.none': () => Graphics.none(),
  'Graphics.vnc': (_w: World, o: unknown) => Graphics.vnc(o as any),
  'K3sInstall.script': (_w: World, o: unknown) => K3sInstall.script(o as any),
  'K3sInstall.airGapped': (_w: World, o: unknown) => K3sInstall.airGapped(o as any),
  'K3sInstall.none': () => K3sInstall.none(),
  'CloudConfig': (_w: World, p: unknown, ops: unknown) => {
    const config = new CloudConfig(p as any) as any;
    let current = config;
    for (const [method, arg] of ops as Array<[string, unknown]>) {
      const result = current[method](arg);
      if (method === 'merge') current = result;
    }
    return current;
  },
  'template': (w: World, kind: unknown) => ({
    define(lab: Lab, copy: number) {
      if (kind === 'empty' || copy > 2) return;
      const net = new Network(lab, 'lan', { cidr: lab.subnet(0) });
      if (kind === 'machine' && copy === 0) new VirtualMachine(lab, 'web', { image: w.get('image') as BaseImage, nics: [{ network: net }] });
    },
  }),
  'configurator': (_w: World, kind: unknown) => ({
    configureNode(_c: Cluster, _r: unknown, _i: number, config: CloudConfig) { config.addPackages('htop'); },
    endpoint: kind === 'endpoint' ? () => '10.77.0.99' : undefined,
  }),
} as const;

export type CallName = keyof typeof CALLS;

/** One run: a fresh App and stack; the base constructs are made the first time an input names them. */
export class World {
  public readonly app: App;
  public readonly stack: TerraformStack;
  private readonly made = new Map<RefName, unknown>();
  private foreignStack?: TerraformStack;

  constructor(context: Record<string, unknown> = {}) {
    this.app = new App({ outdir: OUTDIR, stackTraces: false, skipValidation: true, context });
    this.stack = new TerraformStack(this.app, 'fuzz');
  }

  /** The base construct `name`, made on first use. */
  public get(name: RefName): unknown {
    if (!this.made.has(name)) this.made.set(name, this.make(name));
    return this.made.get(name);
  }

  private make(name: RefName): unknown {
    const s = this.stack;
    const host = () => this.get('host') as Host;
    const image = () => this.get('image') as BaseImage;
    switch (name) {
      case 'stack': return s;
      case 'host': return new Host(s, 'kvm1', { tunnelAddress: '192.0.2.1' });
      case 'host2': return new Host(s, 'kvm2', { connection: HostConnection.ssh({ host: 'kvm2.example.com', user: 'root' }), tunnelAddress: '192.0.2.2' });
      case 'foreignHost': return new Host((this.foreignStack ??= new TerraformStack(this.app, 'other')), 'kvm1');
      case 'pool': return new StoragePool(host(), 'pool', { path: '/var/lib/libvirt/pools/fuzz' });
      case 'existingPool': return StoragePool.fromName(s, 'images', 'images', host());
      case 'pool2': return new StoragePool(this.get('host2') as Host, 'pool2', { path: '/srv/pool2' });
      case 'image': return BaseImage.fromCatalog(s, 'debian', 'debian-12');
      case 'rawImage': return new BaseImage(s, 'custom', { url: 'https://example.com/disk.img', sha256: 'ab'.repeat(32), format: 'raw' });
      case 'volumeImage': return BaseImage.fromVolume(s, 'golden', { host: host(), path: '/var/lib/libvirt/images/golden.qcow2', loginUser: 'debian', minDiskGiB: 8 });
      case 'net': return new Network(host(), 'lan', { cidr: '10.77.0.0/24' });
      case 'iso': return new Network(host(), 'iso', { mode: NetworkMode.isolated(), cidr: '10.78.0.0/24' });
      case 'dhcpNet': return new Network(host(), 'dhcpnet', { cidr: '10.79.0.0/24', allocateAddresses: false });
      case 'bridged': return new Network(host(), 'lanbr', { mode: NetworkMode.bridge('br0'), cidr: '192.168.1.0/24', gateway: '192.168.1.1', nameservers: ['192.168.1.1'] });
      case 'macvtap': return new Network(host(), 'mv', { mode: NetworkMode.macvtap('eth0') });
      case 'existingNet': return Network.fromName(host(), 'default-net', { name: 'default' });
      case 'existingNat': return Network.fromName(host(), 'ext', {
        name: 'ext', mode: NetworkMode.nat(), cidr: '192.168.122.0/24', dhcpRange: { start: '192.168.122.128', end: '192.168.122.254' }, allocateAddresses: true,
      });
      case 'net2': return new Network(this.get('host2') as Host, 'lan2', { cidr: '10.90.0.0/24' });
      case 'foreignNet': return new Network(this.get('foreignHost') as Host, 'lan', { cidr: '10.77.0.0/24' });
      case 'lab': return new Lab(host(), 'lab', { image: image(), sshAuthorizedKeys: [SSH_KEY], addressSpace: '10.100.0.0/16' });
      case 'labNet': {
        const lab = this.get('lab') as Lab;
        return new Network(lab, 'lnet', { cidr: lab.subnet(0) });
      }
      case 'machine': return new VirtualMachine(host(), 'other', { image: image(), nics: [{ network: this.get('net') as Network }] });
      case 'cloudConfig': return new CloudConfig({ packages: ['nginx'] });
    }
  }

  /** `value` with every Ref replaced by its construct and every Call by its result (arguments first). */
  public resolve(value: unknown): any {
    if (value instanceof Ref) return this.get(value.name);
    if (value instanceof Call) {
      const args = value.args.map((a) => this.resolve(a));
      return (CALLS[value.fn] as (w: World, ...a: unknown[]) => unknown)(this, ...args);
    }
    if (Array.isArray(value)) return value.map((v) => this.resolve(v)); // keeps holes
    if (value !== null && typeof value === 'object') {
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return value;
      const out = Object.create(proto) as Record<string, unknown>;
      for (const key of Object.keys(value)) define(out, key, this.resolve((value as Record<string, unknown>)[key]));
      return out;
    }
    return value;
  }

  /** The scope `r` names: a construct of the base. */
  public scope(r: Ref): Construct {
    return this.get(r.name) as Construct;
  }

  /**
   * Synthesizes every stack of the App in memory, as `app.synth()` would, but without writing
   * files: the Terraform JSON (lazy values render here), then the stack's artifacts (no SVG).
   */
  public synth(): void {
    for (const child of this.app.node.children) {
      if (TerraformStack.isStack(child)) {
        Testing.synth(child);
        LabArtifacts.of(child).configure({ svg: false }).render();
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// What each property builds

/** Host: the hosts, their default pools, and a machine on the first one. */
export function buildHosts(w: World, input: any): void {
  const hosts = input.hosts.map((h: any) => new Host(w.scope(h.scope), h.id, w.resolve(h.props)));
  if (input.defaultPool) for (const h of hosts) void h.defaultPool;
  if (input.machine) {
    new VirtualMachine(hosts[0], 'vm', { image: w.get('image') as BaseImage, nics: [{ network: new Network(hosts[0], 'n', { cidr: '10.50.0.0/24' }) }] });
  }
}

/** StoragePool or StoragePool.fromName, and a machine with its volumes in it. */
export function buildStoragePool(w: World, input: any): void {
  const pool = input.fromName
    ? StoragePool.fromName(w.scope(input.scope), input.id, w.resolve(input.name), w.resolve(input.host))
    : new StoragePool(w.scope(input.scope), input.id, w.resolve(input.props));
  if (input.machine) {
    new VirtualMachine(w.get('host') as Host, 'vm', { image: w.get('image') as BaseImage, pool, nics: [{ network: w.get('net') as Network }], dataDisks: [{ sizeGiB: 1, pool }] });
  }
}

/** One of the three kinds of BaseImage, and a machine built on it. */
export function buildBaseImage(w: World, input: any): void {
  const scope = w.scope(input.scope);
  const image = input.variant === 'new' ? new BaseImage(scope, input.id, w.resolve(input.props))
    : input.variant === 'catalog' ? BaseImage.fromCatalog(scope, input.id, w.resolve(input.catalogName), w.resolve(input.options))
      : BaseImage.fromVolume(scope, input.id, w.resolve(input.volume));
  if (input.machine) {
    const m = w.resolve(input.machine);
    const host = (m.host ?? w.get('host')) as Host;
    const network = host === w.get('host') ? w.get('net') : w.get('net2');
    new VirtualMachine(host, 'vm', { ...m, image, nics: [{ network: network as Network }] });
  }
}

/** A network (or an existing one) and the machines on it. */
export function buildNetwork(w: World, input: any, existing: boolean): void {
  const scope = w.scope(input.scope);
  const p = w.resolve(input.props);
  const network = existing ? Network.fromName(scope, input.id, p) : new Network(scope, input.id, p);
  input.machines.forEach((m: any, i: number) => {
    const { hostNumber, ...nicProps } = w.resolve(m);
    new VirtualMachine(w.get('host') as Host, `vm${i}`, { host: network.host, image: w.get('image') as BaseImage, hostNumber, nics: [{ network, ...nicProps }] });
  });
}

/** A wire, and a machine per end on the first or the second host, each with a network NIC first. */
export function buildWire(w: World, input: any): void {
  const wire = new Wire(w.scope(input.scope), input.id, w.resolve(input.props));
  input.ends.forEach((end: any, i: number) => {
    const host = w.get(end.onSecondHost ? 'host2' : 'host') as Host;
    const network = end.onSecondHost ? (w.get('net2') as Network) : (w.get('net') as Network);
    new VirtualMachine(host, `end${i}`, { image: w.get('image') as BaseImage, nics: [{ network }, { wire, ...w.resolve(end.nic) }] });
  });
}

/** A machine with every prop, and sometimes a second one on the network of its first NIC. */
export function buildMachine(w: World, input: any): void {
  const vm = new VirtualMachine(w.scope(input.scope), input.id, w.resolve(input.props));
  if (input.second) {
    const { hostNumber, ...nicProps } = w.resolve(input.second);
    new VirtualMachine(w.get('host') as Host, 'second', { host: vm.host, image: w.get('image') as BaseImage, hostNumber, nics: [{ network: vm.nics[0].network, ...nicProps }] });
  }
}

/** A machine whose cloud-config is the generated one. */
export function buildCloudConfig(w: World, input: any): void {
  const props: Record<string, unknown> = { image: w.get('image'), nics: [{ network: w.get('net') }], cloudConfig: w.resolve(input.cloudConfig) };
  if (input.loginUser !== null) props.loginUser = w.resolve(input.loginUser);
  if (input.sshAuthorizedKeys !== null) props.sshAuthorizedKeys = w.resolve(input.sshAuthorizedKeys);
  if (input.hostname !== null) props.hostname = w.resolve(input.hostname);
  new VirtualMachine(w.get('host') as Host, 'vm', props as any);
}

/** A router, and machines on the networks it joins. */
export function buildRouter(w: World, input: any): void {
  const scope = w.scope(input.scope);
  const p = w.resolve(input.props);
  new Router(scope, input.id, p);
  input.machines.forEach((m: any, i: number) => {
    new VirtualMachine(w.get('host') as Host, `m${i}`, { image: w.get('image') as BaseImage, nics: [{ network: w.resolve(m.network), dhcp: m.dhcp }] });
  });
}

/** A lab, its subnets, and a network and a machine inside it. */
export function buildLab(w: World, input: any): void {
  const lab = new Lab(w.scope(input.scope), input.id, w.resolve(input.props));
  const subnets = input.subnets.map(([index, prefixLength]: [unknown, unknown]) => lab.subnet(index as any, prefixLength as any));
  if (input.network || input.machine) {
    const net = new Network(lab, 'lan', { host: lab.host ? undefined : (w.get('host') as Host), cidr: subnets[0] ?? lab.subnet(0) });
    if (input.machine) new VirtualMachine(lab, 'web', { host: net.host, image: lab.image ? undefined : (w.get('image') as BaseImage), nics: [{ network: net }] });
  }
}

/** StampedLabs. */
export function buildStamped(w: World, input: any): void {
  new StampedLabs(w.scope(input.scope), input.id, w.resolve(input.props));
}

/** A cluster. */
export function buildCluster(w: World, input: any): void {
  new Cluster(w.scope(input.scope), input.id, w.resolve(input.props));
}

/** A k3s cluster. */
export function buildK3s(w: World, input: any): void {
  new K3sCluster(w.scope(input.scope), input.id, w.resolve(input.props));
}
