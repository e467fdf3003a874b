import * as fc from 'fast-check';
import { Construct } from 'constructs';
import { TerraformStack, Testing } from 'cdktf';
import { Host, LibvirtValidationError, Network } from '../../lib';
import { addressAt, hashIndex, inPool, staticPool } from '../../lib/private/allocator';

describe('staticPool', () => {
  test('excludes network, broadcast, gateway and DHCP range', () => {
    // 10.0.0.0/24: .0 network, .255 broadcast, .1 gateway, .128-.254 DHCP
    const pool = staticPool(0x0a000000, 0x0a0000ff, [[0x0a000001, 0x0a000001], [0x0a000080, 0x0a0000fe]]);
    expect(pool.intervals).toEqual([[0x0a000002, 0x0a00007f]]);
    expect(pool.size).toBe(126);
    expect(addressAt(pool, 0)).toBe(0x0a000002);
    expect(addressAt(pool, 125)).toBe(0x0a00007f);
    expect(() => addressAt(pool, 126)).toThrow(RangeError);
  });

  test('splits around an exclusion in the middle', () => {
    const pool = staticPool(0, 15, [[5, 6]]);
    expect(pool.intervals).toEqual([[1, 4], [7, 14]]);
    expect([...Array(pool.size).keys()].map((i) => addressAt(pool, i))).toEqual([1, 2, 3, 4, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  test('property: addressAt enumerates exactly the addresses inPool accepts, in order', () => {
    fc.assert(fc.property(
      fc.integer({ min: 2, max: 64 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 70 }), fc.integer({ min: 0, max: 8 })), { maxLength: 4 }),
      (size, cuts) => {
        const pool = staticPool(0, size - 1, cuts.map(([lo, len]) => [lo, lo + len] as const));
        const listed = [...Array(pool.size).keys()].map((i) => addressAt(pool, i));
        const expected = [...Array(size).keys()].filter((ip) => ip > 0 && ip < size - 1 && !cuts.some(([lo, len]) => ip >= lo && ip <= lo + len));
        expect(listed).toEqual(expected);
        for (const ip of expected) expect(inPool(pool, ip)).toBe(true);
      }));
  });
});

describe('hashIndex', () => {
  test('is stable: the same identity always gives the same index (pinned values)', () => {
    expect(hashIndex('web', 126)).toBe(hashIndex('web', 126));
    expect([hashIndex('web', 126), hashIndex('db', 126), hashIndex('k3s/server-0', 1000)]).toMatchSnapshot();
  });

  test('property: always inside [0, size)', () => {
    fc.assert(fc.property(fc.string(), fc.integer({ min: 1, max: 2 ** 31 }), (id, size) => {
      const i = hashIndex(id, size);
      expect(Number.isInteger(i) && i >= 0 && i < size).toBe(true);
    }));
  });
});

/**
 * The allocator through the public API, as a sequence of edits of a lab: each state is built from
 * scratch (as every synth is), with the machines in a random order, and with no address lock (the
 * lock's own property, with moves ruled out, is in address-lock.test.ts).
 */
describe('allocation under random adds and removes', () => {
  type Op = { add: boolean; name: string };
  const names = fc.constantFrom(...Array.from({ length: 40 }, (_, i) => `m${i}`));

  /** Addresses of `present` on a fresh /26 network (static pool: 30 addresses), or the error. */
  const app = Testing.app();
  let run = 0;
  function allocate(present: string[], order: number[]): Map<string, string> | LibvirtValidationError {
    // a stack of its own per state (the registry of claims is per stack), in one app to keep it fast
    const stack = new TerraformStack(new Construct(app, `state${run++}`), 'test');
    const host = new Host(stack, 'kvm1');
    const net = new Network(host, 'lan', { cidr: '10.1.0.0/26' });
    const out = new Map<string, string>();
    if (present.length === 0) return out;
    const ordered = order.map((i) => present[i % present.length]).filter((n, i, a) => a.indexOf(n) === i);
    for (const n of present) if (!ordered.includes(n)) ordered.push(n);
    try {
      for (const name of ordered) out.set(name, net.allocateAddress(new Construct(stack, name), name)!);
    } catch (e) {
      if (e instanceof LibvirtValidationError) return e;
      throw e;
    }
    return out;
  }

  test('property: no address is handed out twice, every one is in the pool, and only a 31st machine is refused', () => {
    fc.assert(fc.property(fc.array(fc.record({ add: fc.boolean(), name: names }), { minLength: 1, maxLength: 40 }),
      fc.array(fc.nat(), { maxLength: 40 }),
      (ops: Op[], order: number[]) => {
        let present: string[] = [];
        for (const op of ops) {
          const next = op.add ? [...new Set([...present, op.name])] : present.filter((n) => n !== op.name);
          const result = allocate(next, order);
          if (result instanceof LibvirtValidationError) {
            // the network is full: the edit is refused at synth, naming the network and the fix
            expect(next.length).toBe(31);
            expect(result.message).toMatch(/network lan has no address left for this machine: all 30 addresses/);
            continue;
          }
          present = next;
          const addresses = [...result.values()];
          expect(new Set(addresses).size).toBe(addresses.length);
          for (const address of addresses) {
            expect(address).toMatch(/^10\.1\.0\.(\d+)$/);
            const host = Number(address.split('.')[3]);
            expect(host >= 2 && host <= 31).toBe(true); // outside gateway (.1) and DHCP (.32-.62)
          }
          // a machine on the address its identity hashes to stays there, whatever the order
          for (const [name, address] of result) {
            const home = `10.1.0.${2 + hashIndex(name, 30)}`;
            if (address !== home) expect(addresses).toContain(home);
          }
        }
      }), { numRuns: 40 });
  });

  test('a full network is an error naming the network and the fix', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'test');
    const host = new Host(stack, 'kvm1');
    const net = new Network(host, 'tiny', { cidr: '10.2.0.0/29' }); // .1 gateway, DHCP .4-.6, static .2-.3
    let given = 0;
    const taken = new Set<string>();
    // fill the pool through fixed addresses, then ask for one more
    for (const ip of ['10.2.0.2', '10.2.0.3']) {
      net.reserveAddress(new Construct(stack, `fixed${given++}`), ip);
      taken.add(ip);
    }
    expect(() => net.allocateAddress(new Construct(stack, 'late'), 'late')).toThrow(
      /^test\/late: network tiny has no address left for this machine: all 2 addresses outside its gateway and DHCP range are planned \(got "10\.2\.0\.0\/29"\); give test\/kvm1\/tiny a larger cidr or a smaller dhcpRange$/);
  });

  test('hostNumber pins the address and is checked against the pool', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'test');
    const host = new Host(stack, 'kvm1');
    const net = new Network(host, 'lan', { cidr: '10.3.0.0/24' });
    expect(net.allocateAddress(new Construct(stack, 'a'), 'a', 10)).toBe('10.3.0.10');
    expect(() => net.allocateAddress(new Construct(stack, 'b'), 'b', 10)).toThrow(
      /^test\/b: address 10\.3\.0\.10 on network lan is already planned for test\/a \(got "10\.3\.0\.10"\); give the machines different host numbers \(10\.3\.0\.2 is free\)$/);
    for (const bad of [1, 200, 0.5, 300]) {
      expect(() => net.allocateAddress(new Construct(stack, `bad${bad}`.replace('.', '_')), 'x', bad)).toThrow(
        /hostNumber gives no address network lan may hand out \(10\.3\.0\.2-10\.3\.0\.127\)/);
    }
  });

  test('networks that do not allocate return undefined (DHCP)', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'test');
    const host = new Host(stack, 'kvm1');
    const net = new Network(host, 'lan', { cidr: '10.4.0.0/24', allocateAddresses: false });
    expect(net.allocatesAddresses).toBe(false);
    expect(net.allocateAddress(new Construct(stack, 'a'), 'a')).toBeUndefined();
    const existing = Network.fromName(host, 'default', { name: 'default', cidr: '192.168.122.0/24', dhcpRange: { start: '192.168.122.2', end: '192.168.122.254' } });
    expect(existing.allocatesAddresses).toBe(false);
  });
});
