/**
 * The synthesized plan (`cdk.tf.json`) as the e2e tier reads it: resources with their addresses and
 * the dependencies Terraform would derive (references, `depends_on`, `replace_triggered_by`),
 * locals, and the topological order to create them in.
 */
import { referencesIn, Traversal } from './hcl';

/** A resource of the plan. */
export interface PlannedResource {
  /** `type.name` */
  readonly address: string;
  readonly type: string;
  readonly name: string;
  /** The resource's JSON as synthesized. */
  readonly config: Record<string, any>;
  /** Addresses of the resources it depends on. */
  readonly dependsOn: string[];
}

/** A synthesized stack, read. */
export interface Plan {
  readonly stack: Record<string, any>;
  readonly resources: Map<string, PlannedResource>;
  readonly locals: Record<string, unknown>;
}

/** The resource types the tier knows how to apply. */
export const APPLIED_TYPES = ['libvirt_pool', 'libvirt_network', 'libvirt_volume', 'libvirt_cloudinit_disk', 'libvirt_domain', 'terraform_data', 'random_password'];

/** Meta-arguments that are not part of a resource's value. */
const META = new Set(['//', 'provider', 'lifecycle', 'depends_on', 'provisioner', 'connection', 'count', 'for_each']);

/** The address a reference points at (`type.name`, `data.type.name`, `local.name`), or undefined for `self`. */
export function targetOf(t: Traversal): string | undefined {
  if (t.root === 'self') return undefined;
  if (t.root === 'local' || t.root === 'var' || t.root === 'path' || t.root === 'terraform' || t.root === 'count' || t.root === 'each') {
    return `${t.root}.${t.steps[0]}`;
  }
  if (t.root === 'data') return `data.${t.steps[0]}.${t.steps[1]}`;
  return `${t.root}.${t.steps[0]}`;
}

function bareAddress(entry: string): string {
  return entry.replace(/^\$\{(.*)\}$/, '$1');
}

/** Reads a synthesized stack; throws on anything the tier cannot apply. */
export function loadPlan(stack: Record<string, any>): Plan {
  const locals: Record<string, unknown> = stack.locals ?? {};
  const raw = new Map<string, { type: string; name: string; config: Record<string, any> }>();
  for (const [type, byName] of Object.entries<Record<string, any>>(stack.resource ?? {})) {
    for (const [name, config] of Object.entries(byName)) {
      if (!APPLIED_TYPES.includes(type)) {
        throw new Error(`${type}.${name}: the e2e tier does not know how to apply a ${type} (it applies ${APPLIED_TYPES.join(', ')})`);
      }
      if (config.count !== undefined || config.for_each !== undefined) throw new Error(`${type}.${name}: count and for_each are not applied by the e2e tier`);
      raw.set(`${type}.${name}`, { type, name, config });
    }
  }

  // locals may refer to resources and other locals: follow them to the resources
  const localDeps = new Map<string, Set<string>>();
  const depsOfLocal = (name: string, seen: Set<string>): Set<string> => {
    const cached = localDeps.get(name);
    if (cached) return cached;
    if (!(name in locals)) throw new Error(`local.${name} is referenced but not defined`);
    if (seen.has(name)) throw new Error(`local.${name} refers to itself`);
    seen.add(name);
    const out = new Set<string>();
    for (const t of referencesIn(locals[name], `local.${name}`)) addTarget(t, out, `local.${name}`, seen);
    localDeps.set(name, out);
    return out;
  };
  const addTarget = (t: Traversal, out: Set<string>, where: string, seen: Set<string>) => {
    const target = targetOf(t);
    if (target === undefined) return;
    if (target.startsWith('local.')) { depsOfLocal(target.slice(6), seen).forEach((d) => out.add(d)); return; }
    if (target.startsWith('data.')) throw new Error(`${where}: refers to ${t.text}; the e2e tier reads no data sources for resources`);
    if (!raw.has(target)) throw new Error(`${where}: refers to ${t.text}, which is not a resource of the plan`);
    out.add(target);
  };

  const resources = new Map<string, PlannedResource>();
  for (const [address, r] of raw) {
    const deps = new Set<string>();
    const where = address;
    for (const [key, value] of Object.entries(r.config)) {
      if (key === '//') continue;
      if (key === 'depends_on') {
        for (const d of value as string[]) {
          const target = bareAddress(d);
          if (!raw.has(target)) throw new Error(`${address}.depends_on: ${d} is not a resource of the plan`);
          deps.add(target);
        }
        continue;
      }
      if (key === 'lifecycle') {
        for (const d of (value?.replace_triggered_by ?? []) as string[]) {
          const target = bareAddress(d).split('.').slice(0, 2).join('.');
          if (!raw.has(target)) throw new Error(`${address}.lifecycle.replace_triggered_by: ${d} is not a resource of the plan`);
          deps.add(target);
        }
        continue;
      }
      if (key === 'provider') continue;
      if (META.has(key) && key !== 'provisioner') continue;
      for (const t of referencesIn(value, `${where}.${key}`)) addTarget(t, deps, `${where}.${key}`, new Set());
    }
    deps.delete(address);
    resources.set(address, { address, type: r.type, name: r.name, config: r.config, dependsOn: [...deps].sort() });
  }
  topologicalOrder(resources);
  return { stack, resources, locals };
}

/** Addresses in an order where every resource comes after its dependencies; throws on a cycle. */
export function topologicalOrder(resources: Map<string, PlannedResource>): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (a: string, chain: string[]) => {
    if (state.get(a) === 'done') return;
    if (state.get(a) === 'visiting') throw new Error(`dependency cycle: ${[...chain, a].join(' -> ')}`);
    state.set(a, 'visiting');
    for (const d of resources.get(a)!.dependsOn) visit(d, [...chain, a]);
    state.set(a, 'done');
    order.push(a);
  };
  for (const a of [...resources.keys()].sort()) visit(a, []);
  return order;
}

/** The value part of a resource's config: everything but the meta-arguments. */
export function valueConfig(config: Record<string, any>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(config).filter(([k]) => !META.has(k)));
}
