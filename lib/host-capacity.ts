import { IConstruct } from 'constructs';
import { stackState } from './private/marks';
import { checkProps, fail, isToken } from './private/validate';
import { TopologyHostCapacity } from './topology';

/**
 * What a KVM host can hold. Each machine placed on the host takes its vCPUs, its memory and the
 * full size of its disks (a thin qcow2 volume can grow to its size); synthesis refuses the machine
 * that does not fit, naming the host, what is placed on it and by how much it is over. Give only
 * what you want checked: a resource left out is not counted.
 *
 * An overcommit ratio lets the machines together take more than the host has: vCPUs are commonly
 * overcommitted (idle guests leave their threads to others), memory rarely (a host that runs out
 * swaps or kills guests), disk when the guests will not fill their disks. A ratio below 1 keeps a
 * share back for the host itself.
 */
export interface HostCapacity {
  /** The host's CPU threads that guests may use (`nproc` on the host). */
  readonly vcpus?: number;
  /** The host's memory for guests, in MiB (leave out what the host itself needs). */
  readonly memoryMiB?: number;
  /** The space of the host's pools for the machines' volumes, in GiB (base images aside). */
  readonly diskGiB?: number;
  /**
   * How many vCPUs the machines may take per CPU thread of {@link vcpus}.
   * @default 1
   */
  readonly cpuOvercommit?: number;
  /**
   * How much memory the machines may take per MiB of {@link memoryMiB}.
   * @default 1
   */
  readonly memoryOvercommit?: number;
  /**
   * How much disk the machines' volumes may take per GiB of {@link diskGiB}, at their full size.
   * @default 1
   */
  readonly diskOvercommit?: number;
}

/** What a machine takes of its host. @internal */
export interface MachineDemand {
  readonly vcpus: number;
  readonly memoryMiB: number;
  /** The sizes of its disks in GiB, root disk first. */
  readonly diskGiB: readonly number[];
}

/** A host as the capacity check sees it. @internal */
export interface CapacityHost {
  readonly hostName: string;
  readonly capacity?: HostCapacity;
}

const CAPACITY_PROPS: Record<keyof HostCapacity, true> = {
  vcpus: true, memoryMiB: true, diskGiB: true, cpuOvercommit: true, memoryOvercommit: true, diskOvercommit: true,
};

/** The most any ratio may be: a larger one means the capacity is not meant. */
const MAX_OVERCOMMIT = 100;

/** Checks the capacity of host `scope` as given: an object of known keys, each a positive number known at synth. @internal */
export function checkCapacity(scope: IConstruct, capacity: unknown): void {
  if (capacity === undefined) return;
  checkProps<HostCapacity>(scope, 'capacity', capacity, CAPACITY_PROPS);
  const c = capacity as Record<keyof HostCapacity, unknown>;
  const amount = (prop: 'vcpus' | 'memoryMiB' | 'diskGiB', min: number, example: string): void => {
    const v = c[prop];
    if (v === undefined) return;
    if (typeof v !== 'number' || isToken(v) || !Number.isInteger(v) || v < min) {
      fail(scope, `capacity.${prop} must be a whole number of at least ${min}, known at synth`, v, `give what the host has, such as ${prop}: ${example}`);
    }
  };
  amount('vcpus', 1, '16');
  amount('memoryMiB', 128, '65536 (64 GiB)');
  amount('diskGiB', 1, '1000');
  for (const prop of ['cpuOvercommit', 'memoryOvercommit', 'diskOvercommit'] as const) {
    const v = c[prop];
    if (v === undefined) continue;
    if (typeof v !== 'number' || isToken(v) || !Number.isFinite(v) || v <= 0 || v > MAX_OVERCOMMIT) {
      fail(scope, `capacity.${prop} must be a number above 0 and at most ${MAX_OVERCOMMIT}`, v,
        `give a ratio such as ${prop}: ${prop === 'cpuOvercommit' ? '4 (4 vCPUs per CPU thread)' : '1 (no overcommit)'}, or leave it out for 1`);
    }
  }
}

/** One resource of a host, as the check counts it. */
interface Resource {
  readonly key: 'vcpus' | 'memoryMiB' | 'diskGiB';
  readonly ratio: 'cpuOvercommit' | 'memoryOvercommit' | 'diskOvercommit';
  readonly what: string;
  readonly unit: string;
  readonly fix: string;
}

const RESOURCES: readonly Resource[] = [
  { key: 'vcpus', ratio: 'cpuOvercommit', what: 'vCPUs', unit: '', fix: 'give the machines fewer vcpus' },
  { key: 'memoryMiB', ratio: 'memoryOvercommit', what: 'memory', unit: ' MiB', fix: 'give the machines less memoryMiB' },
  { key: 'diskGiB', ratio: 'diskOvercommit', what: 'disk', unit: ' GiB', fix: 'give the machines smaller disks (rootDiskGiB, dataDisks)' },
];

/** What is taken of each resource, summed. @internal */
export type Load = Readonly<Record<Resource['key'], number>>;

/** A machine placed on a host: its path and what it takes. */
interface Placed {
  readonly path: string;
  readonly take: Load;
}

/** The machines placed on one host, and what they take together (kept as they are placed, so each check is one addition). */
interface HostLoad {
  readonly placed: Placed[];
  used: Load;
}

/** How many machines an error lists by name before it counts the rest. */
const LISTED = 8;

/** The machines placed so far on each host of the stack of `scope`, by host name. */
function loadsOf(scope: IConstruct): Map<string, HostLoad> {
  return stackState(scope, 'host-placements', () => new Map<string, HostLoad>());
}

/** How much of resource `r` the machines of a host with `capacity` may take together. */
function limitOf(capacity: HostCapacity, r: Resource): number {
  return capacity[r.key]! * (capacity[r.ratio] ?? 1);
}

const NOTHING: Load = { vcpus: 0, memoryMiB: 0, diskGiB: 0 };

/**
 * Places machine `machine` on `host`: counts what it takes against the host's capacity, and refuses
 * it when the host's machines, with it, would take more than the capacity times its overcommit.
 * What is not known at synth (a token) is not counted. @internal
 */
export function reserveCapacity(machine: IConstruct, host: CapacityHost, demand: MachineDemand): void {
  const capacity = host.capacity;
  if (capacity === undefined) return;
  const loads = loadsOf(machine);
  const load = loads.get(host.hostName) ?? { placed: [], used: NOTHING };
  const known = (n: unknown): number => (typeof n === 'number' && !isToken(n) && Number.isFinite(n) ? n : 0);
  const take: Load = {
    vcpus: known(demand.vcpus),
    memoryMiB: known(demand.memoryMiB),
    diskGiB: demand.diskGiB.reduce((sum, size) => sum + known(size), 0),
  };
  const used = added(load.used, take);
  for (const r of RESOURCES) {
    if (capacity[r.key] === undefined) continue;
    const limit = limitOf(capacity, r);
    const total = used[r.key];
    if (total <= limit) continue;
    const all = [...load.placed, { path: machine.node.path, take }];
    const listed = all.slice(-LISTED).map((p) => `${p.path} (${p.take[r.key]}${r.unit})`);
    const rest = all.length > LISTED ? `${all.length - LISTED} more and ` : '';
    fail(machine, `host ${host.hostName} has no room for this machine: with it, the ${all.length} machine(s) placed on ${host.hostName} `
      + `take ${round(total)}${r.unit} of ${r.what}, and ${host.hostName} holds ${round(limit)}${r.unit} (capacity.${r.key} ${capacity[r.key]} × ${r.ratio} ${capacity[r.ratio] ?? 1}), `
      + `${round(total - limit)}${r.unit} over; placed on it: ${rest}${listed.join(', ')}`, take[r.key],
      `${r.fix}, place some of them on another Host, or raise ${host.hostName}'s capacity.${r.key} (or ${r.ratio}) if it has the room`);
  }
  load.placed.push({ path: machine.node.path, take });
  load.used = used;
  loads.set(host.hostName, load);
}

function added(a: Load, b: Load): Load {
  return { vcpus: a.vcpus + b.vcpus, memoryMiB: a.memoryMiB + b.memoryMiB, diskGiB: a.diskGiB + b.diskGiB };
}

function round(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** What the machines placed so far on host `hostName` whose path is `under` or inside it take, summed. @internal */
export function loadUnder(scope: IConstruct, hostName: string, under: string): Load {
  const placed = loadsOf(scope).get(hostName)?.placed ?? [];
  return placed.filter((p) => p.path === under || p.path.startsWith(`${under}/`)).reduce((sum, p) => added(sum, p.take), NOTHING);
}

/** The declared capacity of `host` (overcommit included) and what is placed on it, for the topology; undefined without a capacity. @internal */
export function capacityOf(scope: IConstruct, host: CapacityHost): TopologyHostCapacity | undefined {
  const capacity = host.capacity;
  if (capacity === undefined) return undefined;
  const load = loadsOf(scope).get(host.hostName);
  const limit: Partial<Record<Resource['key'], number>> = {};
  for (const r of RESOURCES) if (capacity[r.key] !== undefined) limit[r.key] = limitOf(capacity, r);
  return { limit, used: { ...(load?.used ?? NOTHING) }, machines: load?.placed.length ?? 0 };
}

/** Whether `host` can take `load` more, by every resource its capacity declares (and by none when it declares no capacity). @internal */
export function hasRoomFor(scope: IConstruct, host: CapacityHost, load: Load): boolean {
  const capacity = host.capacity;
  if (capacity === undefined) return true;
  const used = loadsOf(scope).get(host.hostName)?.used ?? NOTHING;
  return RESOURCES.every((r) => capacity[r.key] === undefined || used[r.key] + load[r.key] <= limitOf(capacity, r));
}
