/** NIC planning: the network, MAC and address of each NIC of a machine, planned when it is created. */
import { Construct } from 'constructs';
import { Host, Network } from '../lib';
import { planNics } from '../lib/machine-nics';
import { expectRejected, newLab, QEMU_MAC } from './support/lab';

describe('planNics', () => {
  test('a fixed address is reserved, an allocating network allocates, dhcp: true and DHCP-only networks give DHCP', () => {
    // GIVEN a NAT network (allocates) and a bridged one (does not)
    const lab = newLab();
    const bridged = Network.fromName(lab.host, 'br', { name: 'br0' });
    const owner = new Construct(lab.host, 'web');
    // WHEN four NICs are planned
    const nics = planNics(owner, lab.host, [
      { network: lab.net, address: '10.77.0.10' },
      { network: lab.net },
      { network: lab.net, dhcp: true },
      { network: bridged },
    ], 'web');
    // THEN each has its addressing, its own interface name and a QEMU MAC
    expect(nics.map((n) => n.addressing)).toEqual(['fixed', 'allocated', 'dhcp', 'dhcp']);
    expect(nics.map((n) => n.interfaceName)).toEqual(['nic0', 'nic1', 'nic2', 'nic3']);
    expect(nics[0].address).toBe('10.77.0.10');
    expect(nics.every((n) => QEMU_MAC.test(n.mac))).toBe(true);
    expect(new Set(nics.map((n) => n.mac)).size).toBe(4);
  });

  test('the first NIC on a network takes the identity and the host number; a second one an identity of its own', () => {
    const lab = newLab();
    const nics = planNics(new Construct(lab.host, 'web'), lab.host, [{ network: lab.net }, { network: lab.net }], 'web', 20);
    expect(nics[0].address).toBe('10.77.0.20');
    expect(nics[1].address).toMatch(/^10\.77\.0\.\d+$/);
    expect(nics[1].address).not.toBe('10.77.0.20');
  });

  test('the MAC is a function of the owner\'s path and the NIC position, or the one given', () => {
    const macOf = (id: string) => { const lab = newLab(); return planNics(new Construct(lab.host, id), lab.host, [{ network: lab.net }], id)[0].mac; };
    expect(macOf('web')).toBe(macOf('web'));
    expect(macOf('web')).not.toBe(macOf('db'));
    const lab = newLab();
    expect(planNics(new Construct(lab.host, 'web'), lab.host, [{ network: lab.net, mac: '52:54:00:aa:bb:cc' }], 'web')[0].mac).toBe('52:54:00:aa:bb:cc');
  });

  test('refuses a NIC without a network, on another host, with an address and dhcp, a bad MAC, a MAC taken', () => {
    const lab = newLab();
    const other = new Network(new Host(lab.stack, 'kvm2'), 'far', { cidr: '10.78.0.0/24' });
    const owner = (id: string) => new Construct(lab.host, id);
    expectRejected(() => planNics(owner('a'), lab.host, [{} as any], 'a'), /test\/kvm1\/a: nics\[0\] has no network .*give each NIC a network/);
    expectRejected(() => planNics(owner('b'), lab.host, [{ network: other }], 'b'), /nics\[0\] is on network far of host kvm2, not on this machine's host kvm1/);
    expectRejected(() => planNics(owner('c'), lab.host, [{ network: lab.net, address: '10.77.0.9', dhcp: true }], 'c'),
      /nics\[0\] has a fixed address and dhcp: true .*give either a fixed address or dhcp: true/);
    expectRejected(() => planNics(owner('d'), lab.host, [{ network: lab.net, mac: 'AA:BB' }], 'd'), /nics\[0\]\.mac/);
    planNics(owner('e'), lab.host, [{ network: lab.net, mac: '52:54:00:00:00:01' }], 'e');
    expectRejected(() => planNics(owner('f'), lab.host, [{ network: lab.net, mac: '52:54:00:00:00:01' }], 'f'),
      /the MAC of nics\[0\] is already used by test\/kvm1\/e .*set mac on nics\[0\] of one of the two machines/);
  });
});
