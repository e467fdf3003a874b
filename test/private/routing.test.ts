/** Routing over planned entries: network keys, subnets and addresses, no constructs. */
import { RouterIndex, routingFor, RouterWish } from '../../lib/private/routing';

const A = { network: 'a', cidr: '10.1.0.0/24' };
const B = { network: 'b', cidr: '10.2.0.0/24' };
const C = { network: 'c', cidr: '10.3.0.0/24' };
const UP = { network: 'up', cidr: '10.9.0.0/24' };

describe('routingFor', () => {
  test('without routers a machine gets no routes', () => {
    expect(routingFor({ key: 'm', nics: [{ ...A, address: '10.1.0.5' }] }, [])).toEqual({ routes: new Map() });
  });

  test('routes to every network behind a chain of routers go via the first hop, on the NIC that reaches it', () => {
    // GIVEN r1 joining a and b, r2 joining b and c
    const routers: RouterWish[] = [
      { key: 'r1', nics: [{ ...A, address: '10.1.0.1' }, { ...B, address: '10.2.0.1' }] },
      { key: 'r2', nics: [{ ...B, address: '10.2.0.2' }, { ...C, address: '10.3.0.2' }] },
    ];
    // WHEN a machine on a is routed
    const routing = routingFor({ key: 'm', nics: [{ ...A, address: '10.1.0.5' }] }, routers);
    // THEN b and c are reached through r1's address on a
    expect(routing.routes.get(0)).toEqual([{ to: '10.2.0.0/24', via: '10.1.0.1' }, { to: '10.3.0.0/24', via: '10.1.0.1' }]);
    expect(routing.defaultVia).toBeUndefined();
  });

  test('a router with an uplink offers a default route to machines behind it, but not to itself', () => {
    const edge: RouterWish = { key: 'edge', uplink: 'up', nics: [{ ...UP, address: '10.9.0.1' }, { ...A, address: '10.1.0.1' }] };
    expect(routingFor({ key: 'm', nics: [{ ...A, address: '10.1.0.5' }] }, [edge]).defaultVia).toEqual({ nic: 0, via: '10.1.0.1' });
    expect(routingFor(edge, [edge])).toEqual({ routes: new Map(), defaultVia: undefined });
  });

  test('a DHCP NIC (no planned address) routes through no router, and a router without an address is skipped', () => {
    const r: RouterWish = { key: 'r', nics: [{ ...A, address: '10.1.0.1' }, { ...B, address: '10.2.0.1' }] };
    expect(routingFor({ key: 'm', nics: [{ ...A }] }, [r]).routes.size).toBe(0);
    const unaddressed: RouterWish = { key: 'r', nics: [{ ...A }, { ...B }] };
    expect(routingFor({ key: 'm', nics: [{ ...A, address: '10.1.0.5' }] }, [unaddressed]).routes.size).toBe(0);
  });

  test('a network without a known subnet is crossed but gets no route of its own', () => {
    const routers: RouterWish[] = [
      { key: 'r1', nics: [{ ...A, address: '10.1.0.1' }, { network: 'x', address: '192.0.2.1' }] },
      { key: 'r2', nics: [{ network: 'x', address: '192.0.2.2' }, { ...C, address: '10.3.0.2' }] },
    ];
    expect(routingFor({ key: 'm', nics: [{ ...A, address: '10.1.0.5' }] }, routers).routes.get(0)).toEqual([{ to: '10.3.0.0/24', via: '10.1.0.1' }]);
  });
});

describe('RouterIndex', () => {
  test('lists the routers of each network in the order given, and knows the subnets they join', () => {
    const r1: RouterWish = { key: 'r1', nics: [{ ...A, address: '10.1.0.1' }, { ...B, address: '10.2.0.1' }] };
    const r2: RouterWish = { key: 'r2', nics: [{ ...B, address: '10.2.0.2' }, { ...C, address: '10.3.0.2' }] };
    const index = new RouterIndex([r1, r2]);
    expect(index.on('b')).toEqual([r1, r2]);
    expect(index.on('a')).toEqual([r1]);
    expect(index.on('elsewhere')).toEqual([]);
    expect(index.cidrOf('c')).toBe('10.3.0.0/24');
  });

  test('routing a machine only looks at the routers of the networks it reaches, whatever the stack holds', () => {
    // GIVEN one router near the machine and 1,000 on networks it cannot reach
    const near: RouterWish = { key: 'near', nics: [{ ...A, address: '10.1.0.1' }, { ...B, address: '10.2.0.1' }] };
    const far = Array.from({ length: 1000 }, (_, i): RouterWish => ({
      key: `far${i}`, nics: [{ network: `x${i}`, cidr: `172.16.${i % 256}.0/24`, address: '172.16.0.1' }, { network: `y${i}`, address: '172.17.0.1' }],
    }));
    const index = new RouterIndex([...far, near]);
    // WHEN routed / THEN the index is asked only for the networks reached, and the result is the same as without it
    const asked: string[] = [];
    const on = index.on.bind(index);
    index.on = (network: string) => { asked.push(network); return on(network); };
    const machine = { key: 'm', nics: [{ ...A, address: '10.1.0.5' }] };
    expect(routingFor(machine, index)).toEqual(routingFor(machine, [...far, near]));
    expect(asked.sort()).toEqual(['a', 'b']);
  });
});
