import { Topology } from '../topology';
import { compare, reject, sortedBy } from './private/plan';

/**
 * Renders the topology as pretty JSON (two-space indent, a final newline) that is the same bytes for
 * the same plan: `version`, `stack`, `hosts`, `labs`, `networks`, `machines`, `clusters` in that
 * order; hosts sorted by name and the other lists by construct path, so the order in which
 * constructs were created does not show; the keys of every object below sorted. Lists inside an
 * element (NICs, roles, a role's machines) keep their order, which means something (nic0 is the
 * first NIC). Absent optional values are left out. `JSON.parse` gives the topology back.
 */
export function renderTopologyJson(topology: Topology): string {
  const doc = {
    version: topology.version,
    stack: topology.stack,
    hosts: sortedBy(topology.hosts, (h) => h.name),
    labs: sortedBy(topology.labs, (l) => l.path),
    networks: sortedBy(topology.networks, (n) => n.path),
    machines: sortedBy(topology.machines, (m) => m.path),
    clusters: sortedBy(topology.clusters, (c) => c.path),
  };
  return JSON.stringify(canonical(topology.stack, doc, '', true), null, 2) + '\n';
}

/** A copy with object keys sorted (except at the top); numbers that JSON cannot hold are refused. */
function canonical(stack: string, value: unknown, where: string, top = false): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    reject(stack, `the topology holds a number that JSON cannot represent at ${where}`, String(value), 'plan finite numbers only');
  }
  if (Array.isArray(value)) return value.map((v, i) => canonical(stack, v, `${where}[${i}]`));
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined);
    if (!top) keys.sort(compare);
    // fromEntries defines own properties: a key such as `__proto__` stays a key
    return Object.fromEntries(keys.map((k) => [k, canonical(stack, (value as Record<string, unknown>)[k], where ? `${where}.${k}` : k)]));
  }
  return value;
}
