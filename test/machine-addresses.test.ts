/** Where a machine's planned addresses are published: DNS registrations and Terraform outputs. */
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { INetwork, Lab, Network, VirtualMachine } from '../lib';
import { publishAddresses, registerNames } from '../lib/machine-addresses';
import { NicOptions, planNics } from '../lib/machine-nics';
import { expectRejected, Lab as LabFixture, newLab, oneOf, synthJson } from './support/lab';

/** The synthesized input of the DNS registration of the network with id `network`. */
function inputOf(stack: TerraformStack, network: string): Record<string, unknown> {
  return oneOf(synthJson(stack), 'terraform_data', (_r, key) => key.includes(`_${network}_Dns`)).input;
}

describe('registerNames', () => {
  test('one entry per managed network with a planned address: hostname and FQDN, none for DHCP or unmanaged networks', () => {
    // GIVEN two NICs on the NAT network, one DHCP NIC, one NIC on a bridged network with a fixed address
    const lab = newLab();
    const bridged = Network.fromName(lab.host, 'br', { name: 'br0', cidr: '192.168.1.0/24' });
    const owner = new Construct(lab.host, 'web');
    const nics = planNics(owner, lab.host, [{ network: lab.net }, { network: lab.net }, { network: lab.net, dhcp: true }, { network: bridged, address: '192.168.1.5' }], 'web');
    // WHEN its names are registered
    const registrations = registerNames(owner, { host: lab.host, machineName: 'web', hostname: 'web', nics });
    // THEN only the first NIC on the NAT network is, with the hostname and the FQDN, in that network's registration
    expect(registrations).toEqual([lab.net.dnsRegistration]);
    expect(bridged.dnsRegistration).toBeUndefined();
    expect(inputOf(lab.stack, 'lan')).toMatchObject({ network: expect.stringContaining('libvirt_network.'), entries: `${nics[0].address} web web.lan.test` });
  });

  test('a lab-prefixed libvirt name is registered too, and a name taken on a network is refused', () => {
    const lab = newLab();
    const owner = new Construct(lab.host, 'web');
    const nics = planNics(owner, lab.host, [{ network: lab.net }], 'web');
    registerNames(owner, { host: lab.host, machineName: 'demo-web', hostname: 'web', nics });
    expect(inputOf(lab.stack, 'lan')).toMatchObject({ entries: `${nics[0].address} web web.lan.test demo-web` });
    const other = new Construct(lab.host, 'web2');
    const otherNics = planNics(other, lab.host, [{ network: lab.net }], 'web2');
    expectRejected(() => registerNames(other, { host: lab.host, machineName: 'web', hostname: 'web', nics: otherNics }),
      /the DNS name web on network lan is already used by test\/kvm1\/web .*give one of the two machines another hostname/);
  });
});

describe('a hostname is one machine\'s on each network', () => {
  test.each<[string, (lab: LabFixture) => INetwork, (n: number) => Omit<NicOptions, 'network'>]>([
    ['DHCP NICs on a managed network (dnsmasq gives the name to one lease)', (lab) => lab.net, () => ({ dhcp: true })],
    ['fixed addresses on a bridged network (the hosts artifact leaves the name out)',
      (lab) => Network.fromName(lab.host, 'br', { name: 'br0', cidr: '192.168.1.0/24' }), (n) => ({ address: `192.168.1.${10 + n}` })],
    ['DHCP NICs on a bridged network', (lab) => Network.fromName(lab.host, 'br', { name: 'br0' }), () => ({})],
  ])('two machines with one hostname are refused for %s, naming both', (_label, networkOf, addressing) => {
    // GIVEN a machine a with hostname web
    const lab = newLab();
    const network = networkOf(lab);
    new VirtualMachine(lab.host, 'a', { image: lab.image, hostname: 'web', nics: [{ network, ...addressing(1) }] });
    // WHEN machine b takes hostname web on the same network / THEN it is refused, naming a, the value and the fix
    expectRejected(() => new VirtualMachine(lab.host, 'b', { image: lab.image, hostname: 'web', nics: [{ network, ...addressing(2) }] }),
      /^test\/kvm1\/b: the DNS name web on network (lan|br0) is already used by test\/kvm1\/a \(got "web"\); give one of the two machines another hostname \(the hostname prop\), or put them on different networks$/);
  });

  test('a machine with two NICs on one network, and one hostname on two networks, are fine', () => {
    // GIVEN a machine with two NICs on lan, and a second network
    const lab = newLab();
    const other = new Network(lab.host, 'other', { cidr: '10.78.0.0/24' });
    new VirtualMachine(lab.host, 'a', { image: lab.image, hostname: 'web', nics: [{ network: lab.net }, { network: lab.net, dhcp: true }] });
    // WHEN another machine takes the hostname on the other network only / THEN it is accepted
    expect(() => new VirtualMachine(lab.host, 'b', { image: lab.image, hostname: 'web', nics: [{ network: other, dhcp: true }] })).not.toThrow();
  });
});

describe('publishAddresses', () => {
  test('planned addresses are an output; DHCP NICs get a lookup of the addresses libvirt reports, by MAC', () => {
    // GIVEN a machine in a lab with a planned and a DHCP NIC
    const base = newLab();
    const lab = new Lab(base.host, 'demo', { image: base.image });
    const vm = new VirtualMachine(lab, 'web', { nics: [{ network: base.net }, { network: base.net, dhcp: true }] });
    // THEN (as the machine calls it) the outputs name the machine's path and hold its addresses
    const json = synthJson(base.stack);
    expect(json.output.demo_web_addresses.value).toEqual([vm.nics[0].address]);
    expect(json.output.demo_web_dhcp_addresses.value).toContain(`contains(["${vm.nics[1].mac}"], i.hwaddr)`);
    expect(vm.addressLookup).toBeDefined();
  });

  test('a machine without DHCP NICs has no lookup; one without planned addresses no address output', () => {
    const lab = newLab();
    const owner = new Construct(lab.host, 'web');
    const vm = new VirtualMachine(lab.host, 'db', { image: lab.image, nics: [{ network: lab.net }] });
    expect(publishAddresses(owner, { host: lab.host, machineName: 'web', nics: planNics(owner, lab.host, [{ network: lab.net }], 'web'), domain: vm.domain }))
      .toBeUndefined();
    const dhcpOnly = new Construct(lab.host, 'cache');
    const lookup = publishAddresses(dhcpOnly, { host: lab.host, machineName: 'cache', nics: planNics(dhcpOnly, lab.host, [{ network: lab.net, dhcp: true }], 'cache'), domain: vm.domain });
    expect(lookup).toBeDefined();
    const json = synthJson(lab.stack);
    expect(json.output.cache_addresses).toBeUndefined();
    expect(json.output.cache_dhcp_addresses).toBeDefined();
  });
});
