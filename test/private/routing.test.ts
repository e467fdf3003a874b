/** Routing over planned entries: network keys, subnets and addresses, no constructs. */
import { routingFor, RouterWish } from '../../lib/private/routing';

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
