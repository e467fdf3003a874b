import { Fn, Token } from 'cdktf';
import { Construct } from 'constructs';
import * as fc from 'fast-check';
import { INetwork, NetworkMode } from '../../lib/network';
import { addressAt, hashIndex } from '../../lib/private/allocator';
import { formatIpv4, Ipv4Subnet, overlaps, parseSubnet } from '../../lib/private/ipv4';
import {
  AddressedNetwork,
  allocate,
  checkSubnet,
  claimAddress,
  claimSubnet,
  describePlan,
  describeRanges,
  firstFree,
  nameserversOf,
  planSubnet,
  reserve,
  SubnetIndex,
  SubnetPlan,
} from '../../lib/private/subnet-plan';
import { expectValidationError } from '../validation-error';
import { newStack } from '../support/lab';
import { createNetwork as create } from '../support/network';

/** A stand-in for a network: only what the planning layer knows of one (no Host, no lib/ construct). */
class FakeNetwork extends Construct implements AddressedNetwork {
  public readonly host: { readonly hostName: string };
  constructor(scope: Construct, id: string, public readonly literalName: string, hostName: string = 'kvm1') {
    super(scope, id);
    this.host = { hostName };
  }
}

/** A construct at path test/net, the scope planSubnet reports. */
function scope(): Construct {
  return new Construct(newStack(), 'net');
}

/**
 * Network `lab` (construct test/net on host kvm1) planned from `props`, with machines test/web
 * and test/db to give addresses to.
 */
function lab(props: { cidr?: string; gateway?: string; dhcp?: boolean; dhcpRange?: { start: string; end: string } } = { cidr: '10.77.0.0/24' }, managed: boolean = true) {
  const stack = newStack();
  const network = new FakeNetwork(stack, 'net', 'lab');
  const plan = planSubnet(network, props, managed);
  return { stack, network, plan, web: new Construct(stack, 'web'), db: new Construct(stack, 'db') };
}

describe('planSubnet', () => {
  test('plans nothing without a cidr, managed or not', () => {
    expect(planSubnet(scope(), {}, true)).toEqual({});
    expect(planSubnet(scope(), { dhcp: true }, false)).toEqual({});
  });

  test('on a managed network: the first address is the gateway, the upper half DHCP, the rest the pool', () => {
    const { plan } = lab();
    expect(describePlan(plan)).toEqual({ cidr: '10.77.0.0/24', gateway: '10.77.0.1', dhcpRange: { start: '10.77.0.128', end: '10.77.0.254' } });
    expect(plan.subnet?.prefix).toBe(24);
    expect(plan.pool?.size).toBe(126);
    expect(describeRanges(plan.pool!)).toBe('10.77.0.2-10.77.0.127');
  });

  test('without DHCP (dhcp: false, or a network libvirt does not manage) the pool is all but the gateway', () => {
    for (const plan of [lab({ cidr: '10.77.0.0/24', dhcp: false }).plan, lab({ cidr: '10.77.0.0/24' }, false).plan]) {
      expect(plan.dhcp).toBeUndefined();
      expect(describeRanges(plan.pool!)).toBe('10.77.0.2-10.77.0.254');
    }
  });

  test('a given gateway and DHCP range split the pool around them', () => {
    const { plan } = lab({ cidr: '10.77.0.0/24', gateway: '10.77.0.254', dhcpRange: { start: '10.77.0.100', end: '10.77.0.199' } });
    expect(describeRanges(plan.pool!)).toBe('10.77.0.1-10.77.0.99, 10.77.0.200-10.77.0.253');
    expect(plan.pool?.size).toBe(153);
  });

  test('a /30 leaves a managed network no pool at all', () => {
    const { plan } = lab({ cidr: '10.0.0.0/30' });
    expect(describePlan(plan)).toEqual({ cidr: '10.0.0.0/30', gateway: '10.0.0.1', dhcpRange: { start: '10.0.0.2', end: '10.0.0.2' } });
    expect(plan.pool).toEqual({ intervals: [], size: 0 });
  });

  test.each([
    ['a gateway', { gateway: '10.0.0.1' }, '"10\\.0\\.0\\.1"'],
    ['a dhcpRange', { dhcpRange: { start: '10.0.0.2', end: '10.0.0.9' } }, '\\{"start":"10\\.0\\.0\\.2","end":"10\\.0\\.0\\.9"\\}'],
  ])('rejects %s without a cidr', (_label, props, got) => {
    expectValidationError(() => planSubnet(scope(), props, false),
      new RegExp(`^test/net: gateway and dhcpRange need a subnet \\(got ${got}\\); set cidr as well$`));
  });

  test('rejects a token cidr', () => {
    expectValidationError(() => planSubnet(scope(), { cidr: Token.asString(Fn.lower('10.77.0.0/24')) }, true),
      /^test\/net: cidr must be known when the lab is synthesized: addresses, DHCP range and gateway are planned from it \(got "\$\{TfToken\[TOKEN\.\d+\]\}"\); give the subnet as a literal string such as '10\.77\.0\.0\/24'$/);
  });

  test('rejects a dhcpRange together with dhcp: false', () => {
    expectValidationError(() => planSubnet(scope(), { cidr: '10.77.0.0/24', dhcp: false, dhcpRange: { start: '10.77.0.10', end: '10.77.0.20' } }, true),
      /^test\/net: dhcpRange is given but dhcp is false \(got \{"start":"10\.77\.0\.10","end":"10\.77\.0\.20"\}\); remove dhcpRange, or remove dhcp: false to run DHCP on that range$/);
  });

  test('rejects a cidr that is not a subnet, saying why', () => {
    expectValidationError(() => planSubnet(scope(), { cidr: '10.77.0.0/31' }, false),
      /^test\/net: cidr leaves no room for a gateway and a guest \(the prefix must be \/30 or shorter\) \(got "10\.77\.0\.0\/31"\); give the network address and prefix length, for example '10\.77\.0\.0\/24'$/);
  });

  test.each([
    ['gateway', { gateway: '10.77.0.x' }, '10.77.0.x'],
    ['dhcpRange.start', { dhcpRange: { start: '', end: '10.77.0.20' } }, ''],
    ['dhcpRange.end', { dhcpRange: { start: '10.77.0.10', end: '10.77.0.10/32' } }, '10.77.0.10/32'],
  ])('rejects a %s that is not an IPv4 address', (prop, props, got) => {
    expectValidationError(() => planSubnet(scope(), { cidr: '10.77.0.0/24', ...props }, true),
      new RegExp(`^test/net: ${prop.replace('.', '\\.')} is not an IPv4 address \\(got "${got.replace(/[./]/g, '\\$&')}"\\); write it as four numbers, such as 10\\.77\\.0\\.1$`));
  });

  test.each([
    ['gateway', { gateway: '10.77.1.1' }, '10.77.1.1'],
    ['dhcpRange.start', { dhcpRange: { start: '10.77.0.0', end: '10.77.0.20' } }, '10.77.0.0'],
    ['dhcpRange.end', { dhcpRange: { start: '10.77.0.10', end: '10.77.0.255' } }, '10.77.0.255'],
  ])('rejects a %s that is not a usable address of the subnet', (prop, props, got) => {
    expectValidationError(() => planSubnet(scope(), { cidr: '10.77.0.0/24', ...props }, true),
      new RegExp(`^test/net: ${prop.replace('.', '\\.')} is not a usable address of 10\\.77\\.0\\.0/24 \\(got "${got.replace(/\./g, '\\.')}"\\); use an address from 10\\.77\\.0\\.1 to 10\\.77\\.0\\.254$`));
  });

  test('rejects a DHCP range that starts after it ends', () => {
    expectValidationError(() => planSubnet(scope(), { cidr: '10.77.0.0/24', dhcpRange: { start: '10.77.0.20', end: '10.77.0.10' } }, false),
      /^test\/net: dhcpRange starts after it ends \(got \{"start":"10\.77\.0\.20","end":"10\.77\.0\.10"\}\); swap start and end$/);
  });

  test('rejects a gateway inside a given DHCP range, also on a network libvirt does not manage', () => {
    expectValidationError(() => planSubnet(scope(), { cidr: '10.77.0.0/24', gateway: '10.77.0.15', dhcpRange: { start: '10.77.0.10', end: '10.77.0.20' } }, false),
      /^test\/net: the gateway lies inside the DHCP range \(got "10\.77\.0\.15"\); move the gateway or the DHCP range so they do not overlap$/);
  });

  test('a /30 has the gateway and one DHCP address', () => {
    // GIVEN the smallest subnet / WHEN planned / THEN .1 is the gateway and .2 the only DHCP address
    const network = create({ cidr: '10.0.0.0/30' });
    expect(network.gateway).toBe('10.0.0.1');
    expect(network.dhcpRange).toEqual({ start: '10.0.0.2', end: '10.0.0.2' });
  });

  test('a custom gateway below the default DHCP range is fine', () => {
    // GIVEN a gateway below .128 / WHEN created / THEN it is kept
    expect(create({ cidr: '10.77.0.0/24', gateway: '10.77.0.100' }).gateway).toBe('10.77.0.100');
  });

  test.each([
    ['a prefix over 32', '10.0.0.0/33', /cidr is not an IPv4 subnet in CIDR form \(got "10\.0\.0\.0\/33"\)/],
    ['a word', 'banana', /cidr is not an IPv4 subnet in CIDR form \(got "banana"\)/],
    ['no prefix', '10.0.0.0', /cidr is not an IPv4 subnet in CIDR form \(got "10\.0\.0\.0"\)/],
    ['an octet over 255', '10.0.300.0/24', /cidr is not an IPv4 subnet in CIDR form \(got "10\.0\.300\.0\/24"\)/],
    ['host bits set', '10.0.0.5/24', /cidr has host bits set \(the network address is 10\.0\.0\.0\/24\) \(got "10\.0\.0\.5\/24"\)/],
    ['a /31', '10.0.0.0/31', /cidr leaves no room for a gateway and a guest \(the prefix must be \/30 or shorter\) \(got "10\.0\.0\.0\/31"\)/],
    ['a /32', '10.0.0.1/32', /cidr leaves no room .* \(got "10\.0\.0\.1\/32"\)/],
  ])('a cidr with %s is rejected', (_label, cidr, problem) => {
    // GIVEN a malformed subnet
    // WHEN a network is created / THEN the error says why, and how to write it
    const e = expectValidationError(() => create({ cidr }), /^test\/kvm1\/net: cidr .*; give the network address and prefix length, for example '10\.77\.0\.0\/24'$/);
    expect(e.message).toMatch(problem);
  });

  test.each([
    ['outside the subnet', '10.78.0.1'],
    ['the network address', '10.77.0.0'],
    ['the broadcast address', '10.77.0.255'],
  ])('a gateway %s is rejected', (_label, gateway) => {
    // GIVEN a gateway that is not a usable address of the subnet / WHEN a network is created / THEN it is rejected with the usable range
    expectValidationError(() => create({ cidr: '10.77.0.0/24', gateway }),
      new RegExp(`^test/kvm1/net: gateway is not a usable address of 10\\.77\\.0\\.0/24 \\(got "${gateway.replace(/\./g, '\\.')}"\\); use an address from 10\\.77\\.0\\.1 to 10\\.77\\.0\\.254$`));
  });

  test('a gateway that is not an IPv4 address is rejected', () => {
    // GIVEN a gateway that is a word / WHEN a network is created / THEN it is rejected
    expectValidationError(() => create({ cidr: '10.77.0.0/24', gateway: 'router' }),
      /^test\/kvm1\/net: gateway is not an IPv4 address \(got "router"\); write it as four numbers, such as 10\.77\.0\.1$/);
  });

  test('a gateway inside the default DHCP range is rejected', () => {
    // GIVEN a gateway at .200, inside the default .128-.254 / WHEN a network is created / THEN it is rejected
    expectValidationError(() => create({ cidr: '10.77.0.0/24', gateway: '10.77.0.200' }),
      /^test\/kvm1\/net: the gateway lies inside the DHCP range \(got "10\.77\.0\.200"\); move the gateway or the DHCP range so they do not overlap$/);
  });

  test('a DHCP range around the default gateway is rejected', () => {
    // GIVEN a DHCP range that starts at the default gateway / WHEN a network is created / THEN it is rejected
    expectValidationError(() => create({ cidr: '10.77.0.0/24', dhcpRange: { start: '10.77.0.1', end: '10.77.0.50' } }),
      /^test\/kvm1\/net: the gateway lies inside the DHCP range \(got "10\.77\.0\.1"\); move the gateway or the DHCP range/);
  });

  test('a DHCP range that starts after it ends is rejected', () => {
    // GIVEN a DHCP range backwards / WHEN a network is created / THEN it is rejected
    expectValidationError(() => create({ cidr: '10.77.0.0/24', dhcpRange: { start: '10.77.0.200', end: '10.77.0.100' } }),
      /^test\/kvm1\/net: dhcpRange starts after it ends \(got \{"start":"10\.77\.0\.200","end":"10\.77\.0\.100"\}\); swap start and end$/);
  });

  test('a DHCP range together with dhcp: false is rejected rather than silently served', () => {
    // GIVEN dhcp off but a range given / WHEN a network is created / THEN the contradiction is reported
    expectValidationError(() => create({ cidr: '10.77.0.0/24', dhcp: false, dhcpRange: { start: '10.77.0.100', end: '10.77.0.200' } }),
      /^test\/kvm1\/net: dhcpRange is given but dhcp is false \(got \{"start":"10\.77\.0\.100","end":"10\.77\.0\.200"\}\); remove dhcpRange/);
  });

  test('a CIDR that is a token is rejected: addresses are planned from it at synth', () => {
    // GIVEN a subnet only known at apply / WHEN a network is created / THEN it says it must be a literal
    expectValidationError(() => create({ cidr: Token.asString(Fn.lower('10.77.0.0/24')) }),
      /^test\/kvm1\/net: cidr must be known when the lab is synthesized.*give the subnet as a literal string/);
  });

  test.each([
    ['start', { start: '10.77.1.10', end: '10.77.0.200' }, '10.77.1.10'],
    ['end', { start: '10.77.0.100', end: '10.77.1.10' }, '10.77.1.10'],
    ['end', { start: '10.77.0.100', end: '10.77.0.255' }, '10.77.0.255'],
  ])('a DHCP range %s outside the subnet is rejected', (which, dhcpRange, bad) => {
    // GIVEN a DHCP range end outside the usable addresses / WHEN a network is created / THEN that end is rejected
    expectValidationError(() => create({ cidr: '10.77.0.0/24', dhcpRange }),
      new RegExp(`^test/kvm1/net: dhcpRange\\.${which} is not a usable address of 10\\.77\\.0\\.0/24 \\(got "${bad.replace(/\./g, '\\.')}"\\); use an address from 10\\.77\\.0\\.1 to`));
  });

  test('a DHCP range end that is not an address is rejected', () => {
    // GIVEN a DHCP range end that is a word / WHEN a network is created / THEN it is rejected
    expectValidationError(() => create({ cidr: '10.77.0.0/24', dhcpRange: { start: '10.77.0.100', end: 'last' } }),
      /^test\/kvm1\/net: dhcpRange\.end is not an IPv4 address \(got "last"\); write it as four numbers/);
  });

  test('a gateway without a cidr is rejected', () => {
    // GIVEN a gateway but no subnet / WHEN a network is created / THEN it is rejected
    expectValidationError(() => create({ mode: NetworkMode.bridge('br0'), gateway: '192.168.1.1' }),
      /^test\/kvm1\/net: gateway and dhcpRange need a subnet \(got "192\.168\.1\.1"\); set cidr as well$/);
  });
});

describe('nameserversOf', () => {
  test('are the given servers, else the fallback, else none', () => {
    expect(nameserversOf(scope(), ['192.168.1.1', '192.168.1.2'], '192.168.1.254')).toEqual(['192.168.1.1', '192.168.1.2']);
    expect(nameserversOf(scope(), undefined, '10.77.0.1')).toEqual(['10.77.0.1']);
    expect(nameserversOf(scope(), undefined, undefined)).toEqual([]);
  });

  test('an empty list given means none, not the fallback', () => {
    expect(nameserversOf(scope(), [], '10.77.0.1')).toEqual([]);
  });

  test('a token server is passed through', () => {
    const ns = Token.asString(Fn.lower('10.0.0.53'));
    expect(nameserversOf(scope(), [ns], undefined)).toEqual([ns]);
  });

  test('rejects a server that is not an address, naming its index', () => {
    expectValidationError(() => nameserversOf(scope(), ['10.0.0.53', '10.0.0'], undefined),
      /^test\/net: nameservers\[1\] is not an IPv4 address \(got "10\.0\.0"\); give DNS servers as addresses, such as 192\.168\.1\.1$/);
  });

  test('a nameserver that is not an address is rejected', () => {
    expectValidationError(() => create({ cidr: '10.77.0.0/24', nameservers: ['dns.example'] }),
      /^test\/kvm1\/net: nameservers\[0\] is not an IPv4 address \(got "dns\.example"\); give DNS servers as addresses/);
  });
});

describe('describePlan', () => {
  test('is empty for an empty plan', () => {
    expect(describePlan({})).toEqual({ cidr: undefined, gateway: undefined, dhcpRange: undefined });
  });

  test('writes the subnet, gateway and DHCP range as text', () => {
    const plan: SubnetPlan = { subnet: { cidr: '10.1.0.0/16', prefix: 16, first: 0x0a010000, last: 0x0a01ffff }, gateway: 0x0a01fffe, dhcp: [0x0a010100, 0x0a0101ff] };
    expect(describePlan(plan)).toEqual({ cidr: '10.1.0.0/16', gateway: '10.1.255.254', dhcpRange: { start: '10.1.1.0', end: '10.1.1.255' } });
  });
});

describe('describeRanges', () => {
  test('lists single addresses and ranges, or says none', () => {
    expect(describeRanges({ intervals: [], size: 0 })).toBe('none');
    expect(describeRanges({ intervals: [[0x0a000002, 0x0a000002]], size: 1 })).toBe('10.0.0.2');
    expect(describeRanges({ intervals: [[0x0a000002, 0x0a000005], [0x0a000009, 0x0a000009]], size: 5 })).toBe('10.0.0.2-10.0.0.5, 10.0.0.9');
  });
});

/** The subnet `cidr`, parsed (it must be valid). */
function subnetOf(cidr: string): Ipv4Subnet {
  return parseSubnet(cidr) as Ipv4Subnet;
}

describe('SubnetIndex', () => {
  test('finds the subnet that contains a new one, and the first one inside it', () => {
    // GIVEN a /24, then two /26 of another block, then a /24 of a third network
    const stack = newStack();
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => new Construct(stack, id));
    const index = new SubnetIndex();
    index.add(subnetOf('10.77.0.0/24'), 'a', a);
    index.add(subnetOf('10.78.0.64/26'), 'b', b);
    index.add(subnetOf('10.78.0.0/26'), 'c', c);
    index.add(subnetOf('10.79.0.0/24'), 'd', d);
    // THEN a subnet inside the /24 finds it, a larger one finds the first of those inside it (in the order added)
    expect(index.firstOverlap(subnetOf('10.77.0.128/25'))?.holder).toBe(a);
    expect(index.firstOverlap(subnetOf('10.77.0.0/24'))?.holder).toBe(a);
    expect(index.firstOverlap(subnetOf('10.78.0.0/16'))?.holder).toBe(b);
    expect(index.firstOverlap(subnetOf('10.0.0.0/8'))?.holder).toBe(a);
    // AND disjoint subnets find nothing, and a network left out is not found
    expect(index.firstOverlap(subnetOf('10.78.0.128/25'))).toBeUndefined();
    expect(index.firstOverlap(subnetOf('10.80.0.0/16'))).toBeUndefined();
    expect(index.firstOverlap(subnetOf('10.78.0.0/16'), 'b')?.holder).toBe(c);
    expect(index.firstOverlap(subnetOf('10.77.0.0/25'), 'a')).toBeUndefined();
  });

  test('property: the first overlap is the first in the order added that overlaps and is not left out, as a scan finds it', () => {
    // GIVEN subnets of a small space, overlapping often, of a few network names, added in any order
    const arbSubnet = fc.tuple(fc.integer({ min: 22, max: 30 }), fc.integer({ min: 0, max: 1023 }))
      .map(([prefix, raw]) => subnetOf(`${formatIpv4(0x0a000000 + raw * 4 - ((raw * 4) % 2 ** (32 - prefix)))}/${prefix}`));
    const arbName = fc.constantFrom('a', 'b', 'c');
    fc.assert(fc.property(
      fc.array(fc.tuple(arbSubnet, arbName), { maxLength: 30 }), arbSubnet, fc.option(arbName, { nil: undefined }),
      (added, asked, except) => {
        const stack = newStack();
        const index = new SubnetIndex();
        const holders = added.map(([subnet, name], i) => {
          const holder = new Construct(stack, `n${i}`);
          index.add(subnet, name, holder);
          return holder;
        });
        // WHEN the index is asked / THEN it answers as a scan in the order added does
        const scanned = added.findIndex(([subnet, name]) => name !== except && overlaps(subnet, asked));
        expect(index.firstOverlap(asked, except)?.holder).toBe(scanned < 0 ? undefined : holders[scanned]);
      }));
  });
});

describe('checkSubnet and claimSubnet', () => {
  test('a subnet that overlaps one claimed on the host is rejected, naming it; other hosts do not count', () => {
    // GIVEN 10.77.0.0/24 claimed by test/a on kvm1
    const stack = newStack();
    const [a, b] = ['a', 'b'].map((id) => new Construct(stack, id));
    claimSubnet(a, 'kvm1', 'a', subnetOf('10.77.0.0/24'), false);
    // WHEN test/b checks a /16 around it on kvm1 / THEN it is rejected naming a; on kvm2 it is fine
    expectValidationError(() => checkSubnet(b, 'kvm1', 'b', subnetOf('10.77.0.0/16'), false),
      /^test\/b: subnet 10\.77\.0\.0\/16 overlaps 10\.77\.0\.0\/24 of test\/a on the same host \(got "10\.77\.0\.0\/16"\); give every network on a host its own, non-overlapping subnet$/);
    expect(() => checkSubnet(b, 'kvm2', 'b', subnetOf('10.77.0.0/16'), false)).not.toThrow();
  });

  test("networks the stack creates are named before existing ones; references to one existing network may share its subnet", () => {
    // GIVEN a reference to existing network default (192.168.122.0/24), then a created network inside 192.168.0.0/16
    const stack = newStack();
    const [ref, net, ref2, wide] = ['ref', 'net', 'ref2', 'wide'].map((id) => new Construct(stack, id));
    claimSubnet(ref, 'kvm1', 'default', subnetOf('192.168.122.0/24'), true);
    claimSubnet(net, 'kvm1', 'net', subnetOf('192.168.1.0/24'), false);
    // WHEN a /16 over both is checked / THEN the created network is named, though it came second
    expectValidationError(() => checkSubnet(wide, 'kvm1', 'wide', subnetOf('192.168.0.0/16'), false), /overlaps 192\.168\.1\.0\/24 of test\/net /);
    // AND another reference to default may share its subnet, but not a created network's
    expect(() => checkSubnet(ref2, 'kvm1', 'default', subnetOf('192.168.122.0/24'), true)).not.toThrow();
    expectValidationError(() => checkSubnet(ref2, 'kvm1', 'default', subnetOf('192.168.0.0/16'), true), /overlaps 192\.168\.1\.0\/24 of test\/net /);
    // AND a reference to another existing network may not overlap default's
    expectValidationError(() => checkSubnet(ref2, 'kvm1', 'other', subnetOf('192.168.122.128/25'), true), /overlaps 192\.168\.122\.0\/24 of test\/ref /);
  });
});

describe('reserve', () => {
  test('accepts a free address outside gateway and DHCP range, again for the same owner', () => {
    const { network, plan, web } = lab();
    reserve(network, plan, web, '10.77.0.2');
    expect(() => reserve(network, plan, web, '10.77.0.2')).not.toThrow();
    expect(firstFree(network, plan.pool!)).toBe('10.77.0.3');
  });

  test('passes a token address through, claiming nothing', () => {
    const { network, plan, web, db } = lab();
    const address = Token.asString(Fn.lower('10.77.0.2'));
    reserve(network, plan, web, address);
    expect(() => reserve(network, plan, db, address)).not.toThrow();
    expect(firstFree(network, plan.pool!)).toBe('10.77.0.2');
  });

  test('rejects a fixed address when the subnet is not known, pointing at the network', () => {
    const { network, plan, web } = lab({});
    expectValidationError(() => reserve(network, plan, web, '10.77.0.10'),
      /^test\/web: a fixed address needs the subnet of network lab, which is not known \(got "10\.77\.0\.10"\); set cidr on test\/net, or let this NIC use DHCP$/);
  });

  test('rejects what is not an IPv4 address', () => {
    const { network, plan, web } = lab();
    expectValidationError(() => reserve(network, plan, web, 'web'),
      /^test\/web: the address is not an IPv4 address \(got "web"\); write it as four numbers, such as 10\.77\.0\.10$/);
  });

  test('rejects an address outside the subnet', () => {
    const { network, plan, web } = lab();
    expectValidationError(() => reserve(network, plan, web, '10.77.1.10'),
      /^test\/web: the address is outside the subnet 10\.77\.0\.0\/24 of network lab \(got "10\.77\.1\.10"\); pick an address inside 10\.77\.0\.0\/24$/);
  });

  test.each(['10.77.0.0', '10.77.0.255'])('rejects the network or broadcast address %s', (address) => {
    const { network, plan, web } = lab();
    expectValidationError(() => reserve(network, plan, web, address),
      /^test\/web: the address is the network or broadcast address of 10\.77\.0\.0\/24 \(got "10\.77\.0\.(0|255)"\); pick an address between them$/);
  });

  test('rejects the gateway', () => {
    const { network, plan, web } = lab({ cidr: '10.77.0.0/24', gateway: '10.77.0.100' });
    expectValidationError(() => reserve(network, plan, web, '10.77.0.100'),
      /^test\/web: the address is the gateway of network lab \(got "10\.77\.0\.100"\); pick another address; the gateway belongs to the host or router$/);
  });

  test('rejects an address in the DHCP range', () => {
    const { network, plan, web } = lab({ cidr: '10.77.0.0/24', dhcpRange: { start: '10.77.0.10', end: '10.77.0.20' } });
    expectValidationError(() => reserve(network, plan, web, '10.77.0.20'),
      /^test\/web: the address lies in the DHCP range 10\.77\.0\.10-10\.77\.0\.20 of network lab \(got "10\.77\.0\.20"\); pick an address outside the DHCP range, or leave the address unset to use DHCP$/);
  });

  test("rejects another construct's address, naming it and the first free one", () => {
    const { network, plan, web, db } = lab();
    reserve(network, plan, web, '10.77.0.2');
    expectValidationError(() => reserve(network, plan, db, '10.77.0.2'),
      /^test\/db: address 10\.77\.0\.2 on network lab is already planned for test\/web \(got "10\.77\.0\.2"\); give every NIC on a network its own address \(10\.77\.0\.3 is free\)$/);
  });

  test('takes an INetwork as it is: the planning layer asks only for its name, host name and construct', () => {
    // GIVEN a real network / WHEN its construct is handed to the planner / THEN the planner keys and reports by its literal name
    const network: INetwork = create({ cidr: '10.77.0.0/24' });
    const addressed: AddressedNetwork = network;
    const plan = planSubnet(addressed, { cidr: '10.77.0.0/24' }, true);
    const web = new Construct(network.node.scope!, 'web');
    network.reserveAddress(web, '10.77.0.2');
    expect(firstFree(addressed, plan.pool!)).toBe('10.77.0.3');
    expectValidationError(() => reserve(addressed, plan, web, '10.77.0.1'), /^test\/kvm1\/web: the address is the gateway of network net /);
  });
});

describe('claimAddress', () => {
  test('keys an address by host and network: the same address elsewhere is fine', () => {
    const { stack, network, plan, web, db } = lab();
    claimAddress(network, plan, web, 0x0a4d000a, 'fix');
    expect(() => claimAddress(new FakeNetwork(stack, 'other', 'other'), plan, db, 0x0a4d000a, 'fix')).not.toThrow();
    expect(() => claimAddress(new FakeNetwork(stack, 'remote', 'lab', 'kvm2'), plan, db, 0x0a4d000a, 'fix')).not.toThrow();
  });

  test('names no free address when the network has no pool', () => {
    const { network, web, db } = lab({});
    claimAddress(network, {}, web, 0x0a4d000a, 'use another address');
    expectValidationError(() => claimAddress(network, {}, db, 0x0a4d000a, 'use another address'),
      /^test\/db: address 10\.77\.0\.10 on network lab is already planned for test\/web \(got "10\.77\.0\.10"\); use another address$/);
  });

  test('names no free address when none is left', () => {
    const { network, plan, web, db } = lab({ cidr: '10.0.0.0/30' }, false);
    claimAddress(network, plan, web, 0x0a000002, 'use another address');
    expectValidationError(() => claimAddress(network, plan, db, 0x0a000002, 'use another address'),
      /^test\/db: address 10\.0\.0\.2 on network lab is already planned for test\/web \(got "10\.0\.0\.2"\); use another address$/);
  });
});

describe('firstFree', () => {
  test('is the lowest unclaimed address of the pool, across its intervals, or none', () => {
    const { network, plan, web } = lab({ cidr: '10.0.0.0/29', gateway: '10.0.0.3' }, false);
    expect(describeRanges(plan.pool!)).toBe('10.0.0.1-10.0.0.2, 10.0.0.4-10.0.0.6');
    reserve(network, plan, web, '10.0.0.1');
    reserve(network, plan, web, '10.0.0.2');
    expect(firstFree(network, plan.pool!)).toBe('10.0.0.4');
    reserve(network, plan, web, '10.0.0.4');
    reserve(network, plan, web, '10.0.0.5');
    reserve(network, plan, web, '10.0.0.6');
    expect(firstFree(network, plan.pool!)).toBeUndefined();
  });
});

describe('allocate', () => {
  test("gives the pool address the owner's identity hashes to, the same every time", () => {
    const { network, plan, web } = lab();
    const address = allocate(network, plan, web, 'web');
    expect(address).toBe(formatIpv4(addressAt(plan.pool!, hashIndex('web', 126))));
    expect(address).toBe('10.77.0.113');
    expect(allocate(network, plan, web, 'web')).toBe(address);
  });

  test('a hostNumber gives network address + hostNumber', () => {
    const { network, plan, web } = lab();
    expect(allocate(network, plan, web, 'web', 10)).toBe('10.77.0.10');
    expect(firstFree(network, plan.pool!)).toBe('10.77.0.2');
  });

  test('a token hostNumber is not known at synth, so the identity decides', () => {
    const { network, plan, web } = lab();
    expect(allocate(network, plan, web, 'web', Token.asNumber(Fn.parseint('10', 10)))).toBe(allocate(network, plan, web, 'web'));
  });

  test.each([
    ['the gateway', 1],
    ['the DHCP range', 128],
    ['the broadcast address', 255],
    ['below the subnet', -1],
    ['a fraction', 2.5],
  ])('rejects a hostNumber at %s, listing what may be handed out', (_label, hostNumber) => {
    const { network, plan, web } = lab();
    expectValidationError(() => allocate(network, plan, web, 'web', hostNumber),
      new RegExp(`^test/web: hostNumber gives no address network lab may hand out \\(10\\.77\\.0\\.2-10\\.77\\.0\\.127\\) \\(got ${String(hostNumber).replace('.', '\\.')}\\); pick a host number whose address lies outside the gateway and the DHCP range$`));
  });

  test('rejects a hostNumber another machine has', () => {
    const { network, plan, web, db } = lab();
    allocate(network, plan, web, 'web', 2);
    expectValidationError(() => allocate(network, plan, db, 'db', 2),
      /^test\/db: address 10\.77\.0\.2 on network lab is already planned for test\/web \(got "10\.77\.0\.2"\); give the machines different host numbers \(10\.77\.0\.3 is free\)$/);
  });

  test('two identities that hash to the same address get it and the next free one, in the order they come', () => {
    // GIVEN a pool of 5 (10.0.0.2-10.0.0.6) and two identities that map to one address in it
    const { stack, network, plan } = lab({ cidr: '10.0.0.0/29' }, false);
    const ids = ['m0', 'm1', 'm2', 'm3', 'm4', 'm5'];
    const [a, b] = ids.flatMap((x, i) => ids.slice(i + 1).filter((y) => hashIndex(x, 5) === hashIndex(y, 5)).map((y) => [x, y]))[0];
    const home = hashIndex(a, 5);
    // WHEN both are allocated
    const first = allocate(network, plan, new Construct(stack, a), a);
    const second = allocate(network, plan, new Construct(stack, b), b);
    // THEN the first has the address both hash to, the second the one after it (wrapping around)
    expect(first).toBe(formatIpv4(addressAt(plan.pool!, home)));
    expect(second).toBe(formatIpv4(addressAt(plan.pool!, (home + 1) % 5)));
  });

  test('a probe skips fixed addresses and wraps around the end of the pool', () => {
    // GIVEN a pool of 5 whose last address is fixed for one machine, and an identity hashing to it
    const { stack, network, plan } = lab({ cidr: '10.0.0.0/29' }, false);
    const id = Array.from({ length: 50 }, (_, i) => `n${i}`).find((x) => hashIndex(x, 5) === 4)!;
    reserve(network, plan, new Construct(stack, 'fixed'), '10.0.0.6');
    // WHEN it is allocated / THEN it gets the first address of the pool
    expect(allocate(network, plan, new Construct(stack, id), id)).toBe('10.0.0.2');
  });

  test('rejects a machine on a network with no pool', () => {
    const { network, plan, web } = lab({ cidr: '10.0.0.0/30' });
    expectValidationError(() => allocate(network, plan, web, 'web'),
      /^test\/web: network lab has no address left for this machine: it has no address outside its gateway and DHCP range \(got "10\.0\.0\.0\/30"\); give test\/net a larger cidr or a smaller dhcpRange$/);
  });

  test('rejects a machine once every pool address is planned', () => {
    // GIVEN the one pool address of a /30 without DHCP, taken / WHEN another machine asks / THEN the network is full
    const { network, plan, web, db } = lab({ cidr: '10.0.0.0/30' }, false);
    expect(allocate(network, plan, web, 'web')).toBe('10.0.0.2');
    expectValidationError(() => allocate(network, plan, db, 'db'),
      /^test\/db: network lab has no address left for this machine: all 1 addresses outside its gateway and DHCP range are planned \(got "10\.0\.0\.0\/30"\); give test\/net a larger cidr/);
  });
});

describe('planning through a Network', () => {
  test('a NAT network exposes the plan it was given', () => {
    const network = create({ cidr: '10.77.0.0/24', mode: NetworkMode.nat() });
    expect({ cidr: network.cidr, gateway: network.gateway, dhcpRange: network.dhcpRange }).toEqual(describePlan(lab().plan));
  });
});
