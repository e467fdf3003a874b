/** NIC planning: the network, MAC and address of each NIC of a machine, planned when it is created. */
import { Construct } from 'constructs';
import { Host, HostConnection, Network } from '../lib';
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

  test('the MAC of a NIC with a planned address is QEMU\'s prefix and the address\'s last three bytes', () => {
    // GIVEN a NIC with a fixed address and one with an allocated address
    const lab = newLab();
    const nics = planNics(new Construct(lab.host, 'web'), lab.host, [{ network: lab.net, address: '10.77.0.10' }, { network: lab.net }], 'web');
    // THEN their MACs spell their addresses: MACs on a network are as unique as its addresses
    expect(nics[0].mac).toBe('52:54:00:4d:00:0a');
    const [, b, c, d] = nics[1].address!.split('.').map(Number);
    expect(nics[1].mac).toBe(`52:54:00:${[b, c, d].map((x) => x.toString(16).padStart(2, '0')).join(':')}`);
  });

  test('the MAC of a DHCP NIC is a function of the owner\'s path and the NIC position, or the one given', () => {
    const macOf = (id: string) => { const lab = newLab(); return planNics(new Construct(lab.host, id), lab.host, [{ network: lab.net, dhcp: true }], id)[0].mac; };
    expect(macOf('web')).toBe(macOf('web'));
    expect(macOf('web')).not.toBe(macOf('db'));
    const lab = newLab();
    expect(planNics(new Construct(lab.host, 'web'), lab.host, [{ network: lab.net, mac: '52:54:00:aa:bb:cc' }], 'web')[0].mac).toBe('52:54:00:aa:bb:cc');
  });

  test('one address on two networks: two machines share the MAC (two segments), one machine gets a second MAC', () => {
    // GIVEN two networks whose addresses end in the same three bytes
    const lab = newLab();
    const other = new Network(lab.host, 'other', { cidr: '192.77.0.0/24' });
    // WHEN two machines take 10.77.0.10 and 192.77.0.10
    const a = planNics(new Construct(lab.host, 'a'), lab.host, [{ network: lab.net, address: '10.77.0.10' }], 'a');
    const b = planNics(new Construct(lab.host, 'b'), lab.host, [{ network: other, address: '192.77.0.10' }], 'b');
    // THEN both have the MAC of .77.0.10: MACs must differ on a segment, and they are on two
    expect(a[0].mac).toBe('52:54:00:4d:00:0a');
    expect(b[0].mac).toBe('52:54:00:4d:00:0a');
    // WHEN one machine has both addresses / THEN its second NIC gets a MAC of its own (netplan matches NICs by MAC)
    const c = planNics(new Construct(lab.host, 'c'), lab.host, [{ network: lab.net, address: '10.77.0.11' }, { network: other, address: '192.77.0.11' }], 'c');
    expect(c[0].mac).toBe('52:54:00:4d:00:0b');
    expect(c[1].mac).not.toBe(c[0].mac);
    expect(c[1].mac).toMatch(QEMU_MAC);
  });

  test('1,000 stamped-style machines on 40 networks get distinct MACs on every network', () => {
    // GIVEN 40 networks of 25 machines each, all allocated (the shape that clashed with path-hashed MACs)
    const lab = newLab();
    const seen = new Map<string, Set<string>>();
    for (let n = 0; n < 40; n++) {
      const net = new Network(lab.host, `n${n}`, { cidr: `10.${100 + n}.0.0/24` });
      const macs = new Set<string>();
      for (let m = 0; m < 25; m++) macs.add(planNics(new Construct(lab.host, `m${n}-${m}`), lab.host, [{ network: net }], `vm${m}`)[0].mac);
      seen.set(`n${n}`, macs);
    }
    // THEN no two machines of a network share a MAC
    for (const macs of seen.values()) expect(macs.size).toBe(25);
  });

  test.each([
    ['not an object', 'web', /nics\[0\] is not a NIC \(got "web"\); give each NIC as an object: \{ network: myNetwork \}/],
    ['a network given by name', { network: 'lan' }, /nics\[0\]\.network is not a construct \(got "lan"\); pass the Network construct itself/],
    ['an unknown key', { network: 'NET', adress: '10.77.0.9' }, /nics\[0\] has no prop 'adress' \(got "adress"\); did you mean 'address'\?/],
    ['a dhcp that is not a boolean', { network: 'NET', dhcp: 'yes' }, /nics\[0\]\.dhcp must be true or false \(got "yes"\)/],
    ['an address that is not a string', { network: 'NET', address: 10 }, /nics\[0\]\.address is not a string \(got 10\); write the address as a string/],
  ])('refuses a NIC that is %s', (_label, nic, message) => {
    const lab = newLab();
    const given = typeof nic === 'object' && nic.network === 'NET' ? { ...nic, network: lab.net } : nic;
    expectRejected(() => planNics(new Construct(lab.host, 'x'), lab.host, [given as any], 'x'), message);
  });

  test('refuses a NIC without a network, on another host, with an address and dhcp, a bad MAC, a MAC taken', () => {
    const lab = newLab();
    const other = new Network(new Host(lab.stack, 'kvm2', { connection: HostConnection.ssh({ host: 'kvm2' }) }), 'far', { cidr: '10.78.0.0/24' });
    const owner = (id: string) => new Construct(lab.host, id);
    expectRejected(() => planNics(owner('a'), lab.host, [{} as any], 'a'), /test\/kvm1\/a: nics\[0\] has no network .*give each NIC a network/);
    expectRejected(() => planNics(owner('b'), lab.host, [{ network: other }], 'b'), /nics\[0\] is on network far of host kvm2, not on this machine's host kvm1/);
    expectRejected(() => planNics(owner('c'), lab.host, [{ network: lab.net, address: '10.77.0.9', dhcp: true }], 'c'),
      /nics\[0\] has a fixed address and dhcp: true .*give either a fixed address or dhcp: true/);
    expectRejected(() => planNics(owner('d'), lab.host, [{ network: lab.net, mac: 'AA:BB' }], 'd'), /nics\[0\]\.mac/);
    planNics(owner('e'), lab.host, [{ network: lab.net, mac: '52:54:00:00:00:01' }], 'e');
    expectRejected(() => planNics(owner('f'), lab.host, [{ network: lab.net, mac: '52:54:00:00:00:01' }], 'f'),
      /the MAC of nics\[0\] on network lan is already used by test\/kvm1\/e .*set mac on nics\[0\] of one of the two machines/);
  });

  test('refuses a hole in the list of NICs as a NIC without a network', () => {
    const lab = newLab();
    // eslint-disable-next-line no-sparse-arrays
    expectRejected(() => planNics(new Construct(lab.host, 'x'), lab.host, [, ,] as any, 'x'), /test\/kvm1\/x: nics\[0\] is not a NIC \(got nothing\)/);
  });
});
