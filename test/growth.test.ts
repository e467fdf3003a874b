/**
 * Growth: the work of building a lab grows linearly with the lab. Timing is not asserted (these
 * machines are noisy); work is counted instead, in two ways that do not depend on how the library
 * keeps its claims, so the same counts expose a scan anywhere in construction:
 *   - entries visited in any Map (the claims of the stack's registry are one), by counting the
 *     steps of every Map iterator while the constructs are built;
 *   - subnets and addresses parsed (parseSubnet, parseIpv4).
 * Each test builds a small lab and one 8 to 10 times larger, and asserts the work per copy (or
 * per machine) stays flat. A lookup that scanned every claim, or an overlap check that parsed every
 * other subnet of the host, makes the work per copy grow with the number of copies (the registry's
 * old prefix scans gave 6 to 8 times the work per copy at the larger size).
 */
import { TerraformStack, Testing } from 'cdktf';
import { BaseImage, Host, Lab, Network, StampedLabs, StoragePool, VirtualMachine } from '../lib';
import * as ipv4 from '../lib/private/ipv4';
import { SSH_KEY } from './support/lab';

interface Work {
  /** Entries visited by Map iterators. */
  readonly mapEntries: number;
  /** Calls of parseSubnet and parseIpv4. */
  readonly parses: number;
}

const MAP_ITERATOR = Object.getPrototypeOf(new Map().entries()) as { next: (this: Iterator<unknown>) => IteratorResult<unknown> };

/** The work `build` does, counted (see the module comment). */
function countWork(build: () => void): Work {
  const next = MAP_ITERATOR.next;
  let mapEntries = 0;
  const parseSubnet = jest.spyOn(ipv4, 'parseSubnet');
  const parseIpv4 = jest.spyOn(ipv4, 'parseIpv4');
  MAP_ITERATOR.next = function counted(this: Iterator<unknown>) {
    mapEntries++;
    return next.call(this);
  };
  try {
    build();
    return { mapEntries, parses: parseSubnet.mock.calls.length + parseIpv4.mock.calls.length };
  } finally {
    MAP_ITERATOR.next = next;
    parseSubnet.mockRestore();
    parseIpv4.mockRestore();
  }
}

/** A stack with one host, one pool and one image, which every lab below shares. */
function base(): { stack: TerraformStack; host: Host; pool: StoragePool; image: BaseImage } {
  const stack = new TerraformStack(Testing.app(), 'test');
  const host = new Host(stack, 'kvm1');
  const pool = new StoragePool(host, 'pool', { name: 'class', path: '/var/lib/libvirt/pools/class' });
  const image = BaseImage.fromCatalog(stack, 'debian', 'debian-12');
  return { stack, host, pool, image };
}

/**
 * The work of building `copies` copies of a classroom lab: each copy its own NAT network from its
 * block of the address space and, when `machines`, a machine on it with an allocated address.
 */
function stampedLabs(copies: number, machines: boolean): Work {
  const { host, pool, image } = base();
  return countWork(() => new StampedLabs(host, 'class', {
    copies,
    maxCopies: 999,
    prefix: 'c',
    addressSpace: '10.0.0.0/8',
    pool,
    image,
    sshAuthorizedKeys: [SSH_KEY],
    template: {
      define: (lab) => {
        const net = new Network(lab, 'net', { cidr: lab.subnet(0) });
        if (machines) new VirtualMachine(lab, 'ws', { nics: [{ network: net }] });
      },
    },
  }));
}

/** The work of building a lab of `machines` machines on one network, addresses allocated. */
function oneNetwork(machines: number): Work {
  const { host, pool, image } = base();
  return countWork(() => {
    const lab = new Lab(host, 'lab', { pool, image, sshAuthorizedKeys: [SSH_KEY], addressSpace: '10.0.0.0/8' });
    // a /12: a million addresses, so that the machines' hashed addresses do not clash
    const net = new Network(lab, 'net', { cidr: lab.subnet(0, 12) });
    for (let i = 0; i < machines; i++) new VirtualMachine(lab, `vm${i}`, { nics: [{ network: net }] });
  });
}

/** Expects the work per unit (copy, machine) of the large build to be at most 1.3 times that of the small one, for each count. */
function expectFlat(small: Work, smallUnits: number, large: Work, largeUnits: number): void {
  expect(large.mapEntries / largeUnits).toBeLessThanOrEqual(1.3 * (small.mapEntries / smallUnits));
  expect(large.parses / largeUnits).toBeLessThanOrEqual(1.3 * (small.parses / smallUnits));
}

describe('the work of building a lab grows linearly', () => {
  test('stamped labs: the work per copy is the same for 100 copies and for 999', () => {
    // GIVEN 100 copies of a lab with one network, and 999 (the most maxCopies allows)
    const small = stampedLabs(100, false);
    const large = stampedLabs(999, false);
    // THEN a copy costs as much among 999 as among 100: a new network is checked against the others on its host through an index
    expectFlat(small, 100, large, 999);
    // AND a copy parses two subnets (its block and its network's), not one per other copy; the classroom parses its address space
    expect(large.parses).toBe(2 * 999 + 1);
  });

  test('stamped classrooms: the work per copy is the same for 10 copies and for 80', () => {
    // GIVEN 10 copies of a lab with a network and a machine with an allocated address, and 80
    const small = stampedLabs(10, true);
    const large = stampedLabs(80, true);
    // THEN a copy, its machine included, costs as much among 80 as among 10
    expectFlat(small, 10, large, 80);
  });

  test('one network: the work per machine is the same for 10 machines and for 80', () => {
    // GIVEN a lab of 10 machines on one network, and one of 80
    const small = oneNetwork(10);
    const large = oneNetwork(80);
    // THEN a machine costs as much among 80 as among 10: allocating its address looks at no other claim
    expectFlat(small, 10, large, 80);
  });
});
