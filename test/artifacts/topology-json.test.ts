import { renderTopologyJson } from '../../lib/artifacts';
import { LibvirtValidationError } from '../../lib/errors';
import { Topology } from '../../lib/topology';
import { fixture, HOSTILE, variant } from './fixture';

/** The topology with its lists in the order the JSON has them. */
function sorted(t: Topology): Topology {
  const by = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  return {
    ...t,
    hosts: [...t.hosts].sort(by((h) => h.name)),
    labs: [...t.labs].sort(by((l) => l.path)),
    networks: [...t.networks].sort(by((n) => n.path)),
    machines: [...t.machines].sort(by((m) => m.path)),
    clusters: [...t.clusters].sort(by((c) => c.path)),
  };
}

describe('renderTopologyJson', () => {
  test('round-trips: JSON.parse gives the topology back, lists sorted', () => {
    const text = renderTopologyJson(fixture());
    expect(JSON.parse(text)).toStrictEqual(JSON.parse(JSON.stringify(sorted(fixture()))));
  });

  test('pretty, with a final newline, top-level keys in a fixed order and every other key sorted', () => {
    const text = renderTopologyJson(fixture());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "version": 1,');
    const doc = JSON.parse(text);
    expect(Object.keys(doc)).toEqual(['version', 'stack', 'hosts', 'labs', 'networks', 'machines', 'clusters']);
    const router = doc.machines.find((m: any) => m.name === 'lab1-router');
    expect(Object.keys(router)).toEqual([...Object.keys(router)].sort());
    expect(Object.keys(router.nics[0])).toEqual(['address', 'addressing', 'mac', 'name', 'network', 'prefixLength']);
    // NICs keep their order; a DHCP NIC has no address key at all
    expect(router.nics.map((n: any) => n.name)).toEqual(['nic0', 'nic1', 'nic2']);
    expect(router.nics[2]).toEqual({ addressing: 'dhcp', mac: '52:54:00:0a:00:03', name: 'nic2', network: 'demo/local/default' });
    // roles keep their order too
    expect(doc.clusters[0].roles.map((r: any) => r.name)).toEqual(['server', 'agent']);
  });

  test('the same bytes for any order of the lists and of the keys', () => {
    const t = variant((v) => {
      v.machines.reverse();
      v.networks.reverse();
      v.hosts.reverse();
      v.machines = v.machines.map((m) => Object.fromEntries(Object.entries(m).reverse()) as typeof m);
    });
    expect(renderTopologyJson(t)).toBe(renderTopologyJson(fixture()));
  });

  test('absent optional values leave no key', () => {
    const t = variant((v) => {
      v.machines[0].loginUser = undefined;
    });
    expect(JSON.parse(renderTopologyJson(t)).machines.find((m: any) => m.name === 'lab1-router')).not.toHaveProperty('loginUser');
  });

  test('hostile strings round-trip', () => {
    const t = variant((v) => {
      v.stack = HOSTILE;
      v.machines[0].path = `${HOSTILE}\u2028\u0000`;
      v.hosts[0].name = HOSTILE;
    });
    const text = renderTopologyJson(t);
    expect(JSON.parse(text)).toStrictEqual(JSON.parse(JSON.stringify(sorted(t))));
    expect(text.split('\n').length).toBe(renderTopologyJson(fixture()).split('\n').length);
  });

  test.each([NaN, Infinity])('a number JSON cannot hold (%p) is refused, with where it is', (n) => {
    const t = variant((v) => {
      v.machines[0].memoryMiB = n;
    });
    expect(() => renderTopologyJson(t)).toThrow(LibvirtValidationError);
    expect(() => renderTopologyJson(t)).toThrow(/^demo: the topology holds a number that JSON cannot represent at machines\[5\]\.memoryMiB/);
  });
});
