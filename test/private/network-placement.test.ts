/** Where a network may go: names and subnets unique per host, and inside its lab's address space. */
import { TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { Ipv4Subnet, parseSubnet } from '../../lib/private/ipv4';
import { checkInAddressSpace, checkNetworkPropTypes, claimNetwork } from '../../lib/private/network-placement';
import { expectValidationError as expectRejected } from '../validation-error';

const subnet = (cidr: string) => parseSubnet(cidr) as Ipv4Subnet;

describe('claimNetwork', () => {
  const stack = () => new TerraformStack(Testing.app(), 'test');

  test('names and subnets are per host; references to one existing network may repeat and share its subnet', () => {
    // GIVEN a network lab on kvm1, the same on kvm2, and two references to default
    const s = stack();
    claimNetwork(new Construct(s, 'a'), 'kvm1', 'lab', subnet('10.77.0.0/24'), false);
    claimNetwork(new Construct(s, 'b'), 'kvm2', 'lab', subnet('10.77.0.0/24'), false);
    claimNetwork(new Construct(s, 'ref1'), 'kvm1', 'default', subnet('192.168.122.0/24'), true);
    // WHEN referred to again / THEN that is fine
    expect(() => claimNetwork(new Construct(s, 'ref2'), 'kvm1', 'default', subnet('192.168.122.0/24'), true)).not.toThrow();
  });

  test('refuses a name twice, a name of a referred network, a reference to a created one, and an overlap', () => {
    const s = stack();
    claimNetwork(new Construct(s, 'a'), 'kvm1', 'lab', subnet('10.77.0.0/24'), false);
    claimNetwork(new Construct(s, 'dref'), 'kvm1', 'default', undefined, true);
    expectRejected(() => claimNetwork(new Construct(s, 'b'), 'kvm1', 'lab', subnet('10.78.0.0/24'), false),
      /^test\/b: the network name is already used by test\/a \(got "lab"\); give each network on a host its own name$/);
    expectRejected(() => claimNetwork(new Construct(s, 'c'), 'kvm1', 'default', undefined, false),
      /^test\/c: network default already exists on host kvm1 \(referred to by test\/dref\) \(got "default"\); give the new network another name/);
    expectRejected(() => claimNetwork(new Construct(s, 'ref'), 'kvm1', 'lab', undefined, true),
      /^test\/ref: this stack creates network lab on host kvm1 itself \(test\/a\) \(got "lab"\); use that Network construct instead of Network\.fromName$/);
    expectRejected(() => claimNetwork(new Construct(s, 'd'), 'kvm1', 'other', subnet('10.77.0.128/25'), false),
      /^test\/d: subnet 10\.77\.0\.128\/25 overlaps 10\.77\.0\.0\/24 of test\/a on the same host/);
  });
});

describe('checkInAddressSpace', () => {
  const scope = () => new Construct(new TerraformStack(Testing.app(), 'test'), 'net');
  const lab = { path: 'test/lab', addressSpace: subnet('10.80.0.0/16') };

  test('accepts a subnet inside the space, up to the whole space; without a lab or space, anything', () => {
    expect(() => checkInAddressSpace(scope(), subnet('10.80.3.0/24'), lab)).not.toThrow();
    expect(() => checkInAddressSpace(scope(), subnet('10.80.0.0/16'), lab)).not.toThrow();
    expect(() => checkInAddressSpace(scope(), subnet('8.8.8.0/24'), undefined)).not.toThrow();
    expect(() => checkInAddressSpace(scope(), subnet('8.8.8.0/24'), { path: 'test/lab' })).not.toThrow();
  });

  test.each(['10.81.0.0/24', '10.80.0.0/15', '10.0.0.0/8'])('refuses %s, outside or around 10.80.0.0/16', (cidr) => {
    expectRejected(() => checkInAddressSpace(scope(), subnet(cidr), lab),
      new RegExp(`^test/net: subnet ${cidr.replace(/\./g, '\\.')} lies outside the addressSpace 10\\.80\\.0\\.0/16 of lab test/lab \\(got "${cidr.replace(/\./g, '\\.')}"\\); `
        + 'take it from the lab with lab\\.subnet\\(index\\), or give a cidr inside 10\\.80\\.0\\.0/16$'));
  });
});

describe('checkNetworkPropTypes', () => {
  const scope = () => new Construct(new TerraformStack(Testing.app(), 'test'), 'net');

  test('passes valid props and no props', () => {
    expect(() => checkNetworkPropTypes(scope(), {})).not.toThrow();
    expect(() => checkNetworkPropTypes(scope(), {
      name: 'lan', cidr: '10.77.0.0/24', gateway: '10.77.0.1', domain: 'lab.test', dhcpRange: { start: '10.77.0.128', end: '10.77.0.254' },
      nameservers: ['10.77.0.1'], dhcp: true, allocateAddresses: false, autostart: true,
    })).not.toThrow();
  });

  test.each<[string, Record<string, unknown>, RegExp]>([
    ['a name that is a symbol', { name: Symbol('n') }, /^test\/net: name must be a string \(got Symbol\(n\)\); give the network's libvirt name, such as 'lan'$/],
    ['a name libvirt refuses', { name: 'a b' }, /^test\/net: name is not a name libvirt accepts for every object it names \(got "a b"\)/],
    ['a cidr that is a number', { cidr: 24 }, /^test\/net: cidr must be a string \(got 24\); give the subnet in CIDR form, such as '10\.77\.0\.0\/24'$/],
    ['a dhcpRange that is a list', { dhcpRange: ['10.77.0.128', '10.77.0.254'] }, /^test\/net: dhcpRange must be an object of start and end \(got \["10\.77\.0\.128","10\.77\.0\.254"\]\)/],
    ['a dhcp flag that is a string', { dhcp: 'yes' }, /^test\/net: dhcp must be true or false \(got "yes"\); set dhcp to true or false/],
    ['an autostart flag that is a number', { autostart: 0 }, /^test\/net: autostart must be true or false \(got 0\)/],
  ])('refuses %s, naming the prop and the fix', (_label, props, message) => {
    expectRejected(() => checkNetworkPropTypes(scope(), props), message);
  });
});
