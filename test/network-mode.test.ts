import { createHash } from 'crypto';
import { Fn, TerraformVariable, Token } from 'cdktf';
import { Construct } from 'constructs';
import { NetworkMode as RootNetworkMode } from '../lib';
import { Network, NetworkMode as ReexportedNetworkMode } from '../lib/network';
import { checkMode, checkModeDetails, checkModeProps, checkModeSubnet, claimBridge, defaultBridgeName, NetworkMode } from '../lib/network-mode';
import { Ipv4Subnet, parseSubnet } from '../lib/private/ipv4';
import { expectValidationError } from './validation-error';
import { warningsOf } from './support/k3s';
import { newStack } from './support/lab';
import { createNetwork as create, networks, withHost } from './support/network';

/** A construct at path test/net, the scope the checks below report. */
function scope(): Construct {
  return new Construct(newStack(), 'net');
}

const TOKEN = Token.asString(Fn.lower('X'));

describe('NetworkMode', () => {
  test.each([
    ['nat', NetworkMode.nat(), 'nat'],
    ['isolated', NetworkMode.isolated(), 'isolated'],
    ['routed', NetworkMode.routed(), 'route'],
    ['open', NetworkMode.open(), 'open'],
  ])('%s is libvirt-managed, of kind %s, with no host-side details', (_label, mode, kind) => {
    // GIVEN a mode whose subnet libvirt runs / THEN its kind is libvirt's forward mode and it names nothing of the host
    expect(mode).toEqual({ kind, managed: true, bridgeName: undefined, hostInterface: undefined, macvtapMode: undefined });
  });

  test('bridge names the host bridge and is not managed', () => {
    expect(NetworkMode.bridge('br0')).toEqual({ kind: 'bridge', managed: false, bridgeName: 'br0', hostInterface: undefined, macvtapMode: undefined });
  });

  test('macvtap names the host NIC, in macvtap mode bridge unless told otherwise', () => {
    expect(NetworkMode.macvtap('eth0')).toEqual({ kind: 'macvtap', managed: false, bridgeName: undefined, hostInterface: 'eth0', macvtapMode: 'bridge' });
    expect(NetworkMode.macvtap('eth0', 'vepa').macvtapMode).toBe('vepa');
  });

  test('unmanaged assumes nothing', () => {
    expect(NetworkMode.unmanaged()).toEqual({ kind: 'unmanaged', managed: false, bridgeName: undefined, hostInterface: undefined, macvtapMode: undefined });
  });

  test('is exported from the package root and from lib/network as the same class', () => {
    // GIVEN the three ways to import it / THEN they are one class, so instanceof checks hold whichever is used
    expect(RootNetworkMode).toBe(NetworkMode);
    expect(ReexportedNetworkMode).toBe(NetworkMode);
  });
});

describe('checkModeDetails', () => {
  test.each([
    ['nat', NetworkMode.nat()],
    ['unmanaged', NetworkMode.unmanaged()],
    ['a bridge on br0', NetworkMode.bridge('br0')],
    ['a bridge on a 15-character name', NetworkMode.bridge('br-0123456789ab')],
    ['macvtap on a VLAN NIC', NetworkMode.macvtap('eth0.10', 'private')],
    ['macvtap on an interface with @', NetworkMode.macvtap('eth0@if2', 'passthrough')],
  ])('accepts %s', (_label, mode) => {
    expect(() => checkModeDetails(scope(), mode)).not.toThrow();
  });

  test('rejects a host bridge that is not an interface name, naming the scope', () => {
    expectValidationError(() => checkModeDetails(scope(), NetworkMode.bridge('br/0')),
      /^test\/net: the host bridge name is not a Linux interface name \(got "br\/0"\); give the bridge's name, such as 'br0' \(15 characters at most\)$/);
  });

  test('rejects a host NIC that is not an interface name', () => {
    expectValidationError(() => checkModeDetails(scope(), NetworkMode.macvtap('eth0:1')),
      /^test\/net: the host interface name is not a Linux interface name \(got "eth0:1"\); give the host NIC's name, such as 'eth0'$/);
  });

  test('rejects a macvtap mode libvirt does not have', () => {
    expectValidationError(() => checkModeDetails(scope(), NetworkMode.macvtap('eth0', 'nat')),
      /^test\/net: macvtap mode is not one of bridge, vepa, private, passthrough \(got "nat"\); use one of: bridge, vepa, private, passthrough$/);
  });

  test('passes tokens through unchecked', () => {
    expect(() => checkModeDetails(scope(), NetworkMode.bridge(TOKEN))).not.toThrow();
    expect(() => checkModeDetails(scope(), NetworkMode.macvtap(TOKEN, TOKEN))).not.toThrow();
  });

  test.each(['', 'br 0', 'bridge-far-too-long'])('host bridge %j is rejected', (bridge) => {
    // GIVEN a host bridge name that is not an interface name / WHEN a bridge network is created / THEN it is rejected
    expectValidationError(() => create({ mode: NetworkMode.bridge(bridge) }),
      new RegExp(`^test/kvm1/net: the host bridge name is not a Linux interface name \\(got "${bridge}"\\); give the bridge's name, such as 'br0' \\(15 characters at most\\)$`));
  });

  test.each(['', 'eth 0', 'enp0s31f6-far-too-long'])('macvtap host interface %j is rejected', (nic) => {
    // GIVEN a host NIC name that is not an interface name / WHEN a macvtap network is created / THEN it is rejected
    expectValidationError(() => create({ mode: NetworkMode.macvtap(nic) }),
      new RegExp(`^test/kvm1/net: the host interface name is not a Linux interface name \\(got "${nic}"\\); give the host NIC's name, such as 'eth0'$`));
  });

  test('a bad macvtap mode is rejected', () => {
    // GIVEN a macvtap mode libvirt does not have / WHEN a network is created / THEN it is rejected with the allowed ones
    expectValidationError(() => create({ mode: NetworkMode.macvtap('eth0', 'bridged') }),
      /^test\/kvm1\/net: macvtap mode is not one of bridge, vepa, private, passthrough \(got "bridged"\); use one of: bridge, vepa, private, passthrough$/);
  });

  test('token host bridge and host interface names are passed through', () => {
    // GIVEN a host bridge from a variable and a host NIC from an expression / WHEN synthesized / THEN both are passed through
    const { stack, host } = withHost();
    const bridge = new TerraformVariable(stack, 'bridge', { type: 'string' });
    new Network(host, 'lan', { mode: NetworkMode.bridge(bridge.stringValue) });
    new Network(host, 'direct', { mode: NetworkMode.macvtap(Token.asString(Fn.lower('ETH0'))) });
    const all = networks(stack);
    expect(all.lan.bridge).toEqual({ name: '${var.bridge}' });
    expect(all.direct.forward.interfaces).toEqual([{ dev: '${lower("ETH0")}' }]);
  });
});

describe('checkModeDetails with what the factories were given from plain JavaScript', () => {
  test.each<[string, unknown, string]>([
    ['a symbol', Symbol('br'), 'Symbol\\(br\\)'],
    ['an object without a prototype', Object.create(null), '\\{\\}'],
    ['a number', 0, '0'],
    ['nothing', undefined, 'nothing'],
  ])('a host bridge or host NIC that is %s is refused, not a TypeError', (_label, name, shown) => {
    // GIVEN modes made from a name that is not a string (the factories keep it: they have no path to name)
    // WHEN a network checks them / THEN each is refused with the fix
    expectValidationError(() => checkModeDetails(scope(), NetworkMode.bridge(name as string)),
      new RegExp(`^test/net: the host bridge name is not a Linux interface name \\(got ${shown}\\); give the bridge's name, such as 'br0' \\(15 characters at most\\)$`));
    expectValidationError(() => checkModeDetails(scope(), NetworkMode.macvtap(name as string)),
      new RegExp(`^test/net: the host interface name is not a Linux interface name \\(got ${shown}\\); give the host NIC's name, such as 'eth0'$`));
  });

  test('a macvtap mode that is not a string is refused with the modes', () => {
    // GIVEN a macvtap mode given as an object / WHEN checked / THEN it is refused, listing the modes
    expectValidationError(() => checkModeDetails(scope(), NetworkMode.macvtap('eth0', Object.create(null))),
      /^test\/net: macvtap mode must be a string \(got \{\}\); use one of: bridge, vepa, private, passthrough$/);
  });

  test('a bridgeName that is not a string is refused, not a TypeError', () => {
    // GIVEN a managed network whose own bridge name is a symbol, or an object without a prototype / WHEN created / THEN it is refused
    for (const [bridgeName, shown] of [[Symbol('b'), 'Symbol\\(b\\)'], [Object.create(null), '\\{\\}']] as Array<[unknown, string]>) {
      expectValidationError(() => create({ cidr: '10.50.0.0/24', bridgeName: bridgeName as string }),
        new RegExp(`^test/kvm1/net: bridgeName must be a Linux interface name of at most 15 characters, on a libvirt-managed network \\(got ${shown}\\); `
          + 'use a short name such as virbr-lab, or NetworkMode\\.bridge\\(name\\) to join an existing bridge$'));
    }
  });
});

describe('checkModeProps', () => {
  test.each([
    ['a NAT network with a subnet and a bridge name', NetworkMode.nat(), { cidr: '10.77.0.0/24', bridgeName: 'virbr-lab' }],
    ['an isolated network without DHCP', NetworkMode.isolated(), { cidr: '10.77.0.0/24', dhcp: false }],
    ['a routed network with a DHCP range', NetworkMode.routed(), { cidr: '10.77.0.0/24', dhcp: true, dhcpRange: { start: '10.77.0.10', end: '10.77.0.20' } }],
    ['a bridge network with nothing', NetworkMode.bridge('br0'), {}],
    ['a bridge network that describes its LAN, without DHCP', NetworkMode.bridge('br0'), { cidr: '192.168.1.0/24', dhcp: false }],
    ['a macvtap network with nothing', NetworkMode.macvtap('eth0'), {}],
  ])('accepts %s', (_label, mode, props) => {
    expect(() => checkModeProps(scope(), mode, props)).not.toThrow();
  });

  test('rejects NetworkMode.unmanaged(): it is for existing networks only', () => {
    expectValidationError(() => checkModeProps(scope(), NetworkMode.unmanaged(), { cidr: '10.77.0.0/24' }),
      /^test\/net: NetworkMode\.unmanaged\(\) describes an existing network, not one to create \(got "unmanaged"\); use Network\.fromName\(\) for an existing network, or another NetworkMode \(nat, isolated, routed, open, bridge, macvtap\)$/);
  });

  test('rejects a libvirt-managed network without a subnet', () => {
    expectValidationError(() => checkModeProps(scope(), NetworkMode.open(), {}),
      /^test\/net: a open network needs a subnet \(got nothing\); set cidr, for example '10\.77\.0\.0\/24'$/);
  });

  test.each([
    ['dhcp: true', { dhcp: true }, 'true'],
    ['a dhcpRange', { dhcpRange: { start: '192.168.1.100', end: '192.168.1.200' } }, '\\{"start":"192\\.168\\.1\\.100","end":"192\\.168\\.1\\.200"\\}'],
  ])('rejects %s on a macvtap network', (_label, props, got) => {
    expectValidationError(() => checkModeProps(scope(), NetworkMode.macvtap('eth0'), props),
      new RegExp(`^test/net: a macvtap network has no libvirt DHCP \\(got ${got}\\); leave dhcp and dhcpRange unset: the LAN behind the bridge runs DHCP$`));
  });

  test.each([
    ['too long', NetworkMode.nat(), 'virbr-0123456789'],
    ['empty', NetworkMode.nat(), ''],
    ['on a macvtap network', NetworkMode.macvtap('eth0'), 'virbr-lab'],
  ])('rejects a bridgeName %s', (_label, mode, bridgeName) => {
    expectValidationError(() => checkModeProps(scope(), mode, { cidr: '10.77.0.0/24', bridgeName }),
      new RegExp(`^test/net: bridgeName must be a Linux interface name of at most 15 characters, on a libvirt-managed network \\(got "${bridgeName}"\\); use a short name such as virbr-lab, or NetworkMode\\.bridge\\(name\\) to join an existing bridge$`));
  });

  test('checks in order and reports the first rule broken', () => {
    // GIVEN props that break two rules / THEN the first rule is the one reported
    expectValidationError(() => checkModeProps(scope(), NetworkMode.unmanaged(), { dhcp: true }), /NetworkMode\.unmanaged\(\) describes an existing network/);
    expectValidationError(() => checkModeProps(scope(), NetworkMode.nat(), { bridgeName: 'bad name' }), /a nat network needs a subnet/);
  });

  test.each([
    ['nat', NetworkMode.nat()],
    ['isolated', NetworkMode.isolated()],
    ['route', NetworkMode.routed()],
    ['open', NetworkMode.open()],
  ])('a %s network without cidr is rejected', (kind, mode) => {
    // GIVEN a libvirt-managed mode and no cidr / WHEN a network is created / THEN it is rejected
    expectValidationError(() => create({ mode }),
      new RegExp(`^test/kvm1/net: a ${kind} network needs a subnet \\(got nothing\\); set cidr, for example '10\\.77\\.0\\.0/24'$`));
  });

  test.each([
    ['dhcp: true on a bridge network', { mode: NetworkMode.bridge('br0'), dhcp: true }, 'bridge', 'true'],
    ['a dhcpRange on a bridge network', { mode: NetworkMode.bridge('br0'), cidr: '192.168.1.0/24', dhcpRange: { start: '192.168.1.100', end: '192.168.1.200' } }, 'bridge', '\\{"start":"192\\.168\\.1\\.100","end":"192\\.168\\.1\\.200"\\}'],
    ['dhcp: true on a macvtap network', { mode: NetworkMode.macvtap('eth0'), dhcp: true }, 'macvtap', 'true'],
  ])('%s is rejected', (_label, props, kind, got) => {
    // GIVEN DHCP asked of a network libvirt does not address / WHEN it is created / THEN it is rejected
    expectValidationError(() => create(props),
      new RegExp(`^test/kvm1/net: a ${kind} network has no libvirt DHCP \\(got ${got}\\); leave dhcp and dhcpRange unset: the LAN behind the bridge runs DHCP$`));
  });

  test('dhcp: false on a bridge network is fine', () => {
    // GIVEN a bridge network that says it has no DHCP / WHEN created / THEN that is fine
    expect(() => create({ mode: NetworkMode.bridge('br0'), dhcp: false })).not.toThrow();
  });

  test.each([
    ['longer than 15 characters', { cidr: '10.77.0.0/24', bridgeName: 'virbr-much-too-long' }, 'virbr-much-too-long'],
    ['with a space', { cidr: '10.77.0.0/24', bridgeName: 'virbr lab' }, 'virbr lab'],
    ['on a bridge network', { mode: NetworkMode.bridge('br0'), bridgeName: 'virbr-lab' }, 'virbr-lab'],
  ])('a bridgeName %s is rejected', (_label, props, got) => {
    // GIVEN a bad bridgeName, or one on a network libvirt does not bridge / WHEN created / THEN it is rejected
    expectValidationError(() => create(props),
      new RegExp(`^test/kvm1/net: bridgeName must be a Linux interface name of at most 15 characters, on a libvirt-managed network \\(got "${got}"\\); use a short name such as virbr-lab, or NetworkMode\\.bridge\\(name\\)`));
  });
});

describe('defaultBridgeName', () => {
  test('is vb-<name> up to 12 characters of name', () => {
    expect(defaultBridgeName('a')).toBe('vb-a');
    expect(defaultBridgeName('twelve-chars')).toBe('vb-twelve-chars');
    expect(defaultBridgeName('twelve-chars')).toHaveLength(15);
  });

  test('cuts a longer name to 7 characters and 4 hex digits of its SHA-256, 15 characters in all', () => {
    // GIVEN two 13-character names that share their first 7 / THEN they still get different bridges
    const a = defaultBridgeName('thirteen-char');
    const b = defaultBridgeName('thirteen-chaz');
    expect(a).toBe(`vb-thirtee-${createHash('sha256').update('thirteen-char').digest('hex').slice(0, 4)}`);
    expect(a).toHaveLength(15);
    expect(b).not.toBe(a);
  });

  test('is pinned: the same name gives the same bridge on every machine', () => {
    expect(defaultBridgeName('class-01-students')).toBe('vb-class-0-43db');
  });

  test('leaves a token name to libvirt', () => {
    expect(defaultBridgeName(TOKEN)).toBeUndefined();
  });

  test('the bridge is named after the network, never left to libvirt', () => {
    // GIVEN a short and a long network name, and a bridged network
    const { stack, host } = withHost();
    const short = new Network(host, 'net', { name: 'quickstart', cidr: '10.77.0.0/24' });
    const long = new Network(host, 'long', { name: 'class-01-students', cidr: '10.78.0.0/24' });
    const lan = new Network(host, 'lan', { mode: NetworkMode.bridge('br0') });
    // WHEN synthesized
    const json = networks(stack);
    // THEN the short name fits as it is; the long one is cut to 15 characters with a hash of the whole name
    expect(json.quickstart.bridge).toEqual({ name: 'vb-quickstart', stp: 'on', delay: '0' });
    expect(short.bridgeName).toBe('vb-quickstart');
    const hash = createHash('sha256').update('class-01-students').digest('hex').slice(0, 4);
    expect(long.bridgeName).toBe(`vb-class-0-${hash}`);
    expect(json['class-01-students'].bridge.name).toBe(`vb-class-0-${hash}`);
    // AND a network on the host's own bridge keeps that bridge
    expect(lan.bridgeName).toBeUndefined();
    expect(json.lan.bridge).toEqual({ name: 'br0' });
  });
});

describe('claimBridge', () => {
  test('gives a managed network the given bridge, else its default one', () => {
    const stack = newStack();
    expect(claimBridge(new Construct(stack, 'a'), 'kvm1', NetworkMode.nat(), 'lab', 'virbr-lab')).toBe('virbr-lab');
    expect(claimBridge(new Construct(stack, 'b'), 'kvm1', NetworkMode.isolated(), 'other', undefined)).toBe('vb-other');
  });

  test.each([
    ['a bridge network', NetworkMode.bridge('br0')],
    ['a macvtap network', NetworkMode.macvtap('eth0')],
  ])('gives %s none, and claims nothing', (_label, mode) => {
    // GIVEN a network whose bridge or NIC is the host's / THEN it has no bridge of its own, so a managed network may take any name
    const stack = newStack();
    expect(claimBridge(new Construct(stack, 'lan'), 'kvm1', mode, 'lan', undefined)).toBeUndefined();
    expect(claimBridge(new Construct(stack, 'lab'), 'kvm1', NetworkMode.nat(), 'lan', undefined)).toBe('vb-lan');
  });

  test('rejects a bridge another network on the host holds, naming the bridge', () => {
    const stack = newStack();
    claimBridge(new Construct(stack, 'a'), 'kvm1', NetworkMode.nat(), 'lab', undefined);
    expectValidationError(() => claimBridge(new Construct(stack, 'b'), 'kvm1', NetworkMode.nat(), 'other', 'vb-lab'),
      /^test\/b: the bridge name is already used by test\/a \(got "vb-lab"\); give the network its own bridgeName$/);
  });

  test('the same bridge on two hosts, or claimed again by the same network, is fine', () => {
    const stack = newStack();
    const a = new Construct(stack, 'a');
    claimBridge(a, 'kvm1', NetworkMode.nat(), 'lab', undefined);
    expect(() => claimBridge(a, 'kvm1', NetworkMode.nat(), 'lab', undefined)).not.toThrow();
    expect(() => claimBridge(new Construct(stack, 'b'), 'kvm2', NetworkMode.nat(), 'lab', undefined)).not.toThrow();
  });

  test('a token bridge is passed through and not claimed', () => {
    const stack = newStack();
    const bridge = new TerraformVariable(stack, 'bridge', { type: 'string' }).stringValue;
    expect(claimBridge(new Construct(stack, 'a'), 'kvm1', NetworkMode.nat(), 'a', bridge)).toBe(bridge);
    expect(() => claimBridge(new Construct(stack, 'b'), 'kvm1', NetworkMode.nat(), 'b', bridge)).not.toThrow();
  });

  test('two networks on one host cannot share a bridge', () => {
    // GIVEN a network whose bridge is vb-lab
    const { host } = withHost();
    new Network(host, 'lab', { cidr: '10.77.0.0/24' });
    // WHEN another one asks for that bridge / THEN it is refused, naming the bridge
    expectValidationError(() => new Network(host, 'other', { cidr: '10.78.0.0/24', bridgeName: 'vb-lab' }),
      /^test\/kvm1\/other: the bridge name .*"vb-lab".*give the network its own bridgeName/);
  });
});

describe('isNetworkMode / checkMode', () => {
  test('every factory makes a marked mode; look-alikes and names are not modes', () => {
    // GIVEN every mode, and things that are not / THEN only the modes are recognised
    for (const mode of [NetworkMode.nat(), NetworkMode.isolated(), NetworkMode.routed(), NetworkMode.open(), NetworkMode.bridge('br0'), NetworkMode.macvtap('eth0'), NetworkMode.unmanaged()]) {
      expect(NetworkMode.isNetworkMode(mode)).toBe(true);
    }
    expect(NetworkMode.isNetworkMode({ kind: 'nat', managed: true })).toBe(false);
    expect(NetworkMode.isNetworkMode('nat')).toBe(false);
    expect(NetworkMode.isNetworkMode(null)).toBe(false);
  });

  test('the mark is shared by every copy of the library (a global symbol), and is not enumerable', () => {
    // GIVEN a mode / THEN it carries Symbol.for('cdktf-libvirt.NetworkMode'), which no snapshot or equality sees
    const mode = NetworkMode.nat();
    expect(Object.getOwnPropertySymbols(mode)).toEqual([Symbol.for('cdktf-libvirt.NetworkMode')]);
    expect(Object.getOwnPropertyDescriptor(mode, Symbol.for('cdktf-libvirt.NetworkMode'))?.enumerable).toBe(false);
    expect(JSON.stringify(mode)).toBe('{"kind":"nat","managed":true}');
  });

  test.each([
    ['isolated', 'NetworkMode\\.isolated\\(\\)'],
    ['none', 'NetworkMode\\.isolated\\(\\)'],
    ['routed', 'NetworkMode\\.routed\\(\\)'],
    ['open', 'NetworkMode\\.open\\(\\)'],
    ['macvtap', "NetworkMode\\.macvtap\\('eth0'\\), with the name of the host's NIC"],
    ['unmanaged', 'NetworkMode\\.unmanaged\\(\\)'],
  ])('the name %j is pointed at its factory', (name, factory) => {
    expectValidationError(() => checkMode(scope(), name), new RegExp(`^test/net: mode is not a NetworkMode \\(got "${name}"\\); use ${factory}$`));
  });

  test('other values get the list of factories; undefined and modes pass', () => {
    const EVERY = 'use NetworkMode\\.nat\\(\\), \\.isolated\\(\\), \\.routed\\(\\), \\.open\\(\\), \\.bridge\\(name\\), \\.macvtap\\(nic\\) or \\.unmanaged\\(\\)$';
    expectValidationError(() => checkMode(scope(), 'constructor'), new RegExp(`^test/net: mode is not a NetworkMode \\(got "constructor"\\); ${EVERY}`));
    expectValidationError(() => checkMode(scope(), 3), new RegExp(`^test/net: mode is not a NetworkMode \\(got 3\\); ${EVERY}`));
    expect(() => checkMode(scope(), undefined)).not.toThrow();
    expect(() => checkMode(scope(), NetworkMode.bridge('br0'))).not.toThrow();
  });
});

describe('checkModeSubnet', () => {
  const subnet = (cidr: string) => parseSubnet(cidr) as Ipv4Subnet;

  test('warns for a NAT or isolated network on a public range, once, on the scope', () => {
    // GIVEN a NAT network on 8.8.8.0/24 / WHEN checked / THEN the scope carries one warning naming the range
    const s = scope();
    checkModeSubnet(s, NetworkMode.nat(), subnet('8.8.8.0/24'));
    expect(warningsOf(s)).toEqual([expect.stringMatching(/^the nat network's subnet 8\.8\.8\.0\/24 is not a private range: .*in 8\.8\.8\.0\/24; use a private range/)]);
    const i = scope();
    checkModeSubnet(i, NetworkMode.isolated(), subnet('11.0.0.0/8'));
    expect(warningsOf(i)).toHaveLength(1);
  });

  test.each([
    ['a private NAT network', NetworkMode.nat(), '192.168.10.0/24'],
    ['a routed network on public addresses', NetworkMode.routed(), '8.8.8.0/24'],
    ['an open network on public addresses', NetworkMode.open(), '8.8.8.0/24'],
    ['a bridge describing a public LAN', NetworkMode.bridge('br0'), '8.8.8.0/24'],
  ])('says nothing of %s', (_label, mode, cidr) => {
    const s = scope();
    checkModeSubnet(s, mode, subnet(cidr));
    checkModeSubnet(s, mode, undefined);
    expect(warningsOf(s)).toEqual([]);
  });
});
