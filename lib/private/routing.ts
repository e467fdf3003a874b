import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import type { INetwork } from '../network';

/** What routing needs to know of a router (kept apart from the Router class to keep imports one-way). */
export interface RouterInfo {
  readonly construct: IConstruct;
  /** Its networks, uplink first when it has one. */
  readonly networks: INetwork[];
  readonly uplink?: INetwork;
  addressOn(network: INetwork): string | undefined;
}

/** A machine as routing sees it: its NICs, in order. */
export interface RoutedMachine {
  readonly construct: IConstruct;
  readonly nics: ReadonlyArray<{ readonly network: INetwork; readonly address?: string }>;
}

/** Extra routing of a machine, from the routers of its stack. */
export interface MachineRouting {
  /** Routes per NIC index. */
  readonly routes: ReadonlyMap<number, ReadonlyArray<{ readonly to: string; readonly via: string }>>;
  /** A default route through a router, for machines whose own networks give none. */
  readonly defaultVia?: { readonly nic: number; readonly via: string };
}

const routers = new WeakMap<TerraformStack, RouterInfo[]>();

/** The routers of the stack of `scope`, in creation order. */
export function routersOf(scope: IConstruct): RouterInfo[] {
  const stack = TerraformStack.of(scope);
  let list = routers.get(stack);
  if (!list) routers.set(stack, (list = []));
  return list;
}

/**
 * Routes of `machine` through the stack's routers: for every network it is not on but can reach
 * through routers, a route via the first router on the shortest path (breadth-first over
 * networks, routers in creation order, so the choice is deterministic). A default route through
 * the nearest router with an uplink is offered for machines whose own networks give none.
 */
export function routingFor(machine: RoutedMachine): MachineRouting {
  const all = routersOf(machine.construct);
  const routes = new Map<number, Array<{ to: string; via: string }>>();
  if (all.length === 0) return { routes };
  const own = new Set<INetwork>(machine.nics.map((n) => n.network));
  // first hop per reached network: [nic index, next-hop address]; [-1, ''] for the machine's own
  const hop = new Map<INetwork, [number, string]>();
  const queue: INetwork[] = [];
  for (const net of own) {
    hop.set(net, [-1, '']);
    queue.push(net);
  }
  const self = all.find((r) => r.construct === machine.construct);
  let defaultVia: { nic: number; via: string } | undefined;
  while (queue.length > 0) {
    const net = queue.shift()!;
    const [nicOfNet, viaOfNet] = hop.get(net)!;
    for (const r of all) {
      if (r === self || !r.networks.includes(net)) continue;
      const via = nicOfNet === -1 ? r.addressOn(net) : viaOfNet;
      const nic = nicOfNet === -1 ? machine.nics.findIndex((n) => n.network === net) : nicOfNet;
      // a machine can only route through a router from a NIC with an address of its own
      if (via === undefined || nic < 0 || machine.nics[nic].address === undefined) continue;
      if (r.uplink !== undefined && r.uplink !== net && defaultVia === undefined) defaultVia = { nic, via };
      for (const next of r.networks) {
        if (hop.has(next)) continue;
        hop.set(next, [nic, via]);
        queue.push(next);
      }
    }
  }
  for (const [net, [nic, via]] of hop) {
    if (own.has(net) || net.cidr === undefined) continue;
    const list = routes.get(nic) ?? [];
    list.push({ to: net.cidr, via });
    routes.set(nic, list);
  }
  // a router with an uplink has its own way out
  if (self?.uplink !== undefined) defaultVia = undefined;
  return { routes, defaultVia };
}
