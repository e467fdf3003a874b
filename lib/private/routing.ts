/**
 * Routes through routers, computed over planned entries (network keys, subnets, addresses), never
 * over constructs: the planning pass (plan.ts) calls it once per machine, with every router of the
 * stack.
 */

/** A NIC as routing sees it: the key of its network (the network's construct path), the network's subnet, the planned address. */
export interface RoutedNic {
  readonly network: string;
  readonly cidr?: string;
  readonly address?: string;
}

/** A machine as routing sees it: its key (construct path) and its NICs, in order. */
export interface RoutedMachine {
  readonly key: string;
  readonly nics: ReadonlyArray<RoutedNic>;
}

/** A router as routing sees it: a machine whose NICs are its networks (uplink first), and the key of its uplink network. */
export interface RouterWish extends RoutedMachine {
  readonly uplink?: string;
}

/** Extra routing of a machine, from the routers of its stack. */
export interface MachineRouting {
  /** Routes per NIC index. */
  readonly routes: ReadonlyMap<number, ReadonlyArray<{ readonly to: string; readonly via: string }>>;
  /** A default route through a router, for machines whose own networks give none. */
  readonly defaultVia?: { readonly nic: number; readonly via: string };
}

/**
 * The routers of a stack, indexed by the networks they join (in the order given) and with the subnet
 * of every network they join: built once per planning pass, so routing a machine costs what it
 * reaches, not the number of routers in the stack.
 */
export class RouterIndex {
  /** The routers joining each network, in the order given. */
  private readonly byNetwork = new Map<string, RouterWish[]>();
  /** The subnet of each network some router joins. */
  private readonly cidrs = new Map<string, string | undefined>();

  constructor(public readonly routers: readonly RouterWish[]) {
    for (const r of routers) {
      for (const nic of r.nics) {
        const list = this.byNetwork.get(nic.network) ?? [];
        if (!list.includes(r)) list.push(r);
        this.byNetwork.set(nic.network, list);
        if (!this.cidrs.has(nic.network)) this.cidrs.set(nic.network, nic.cidr);
      }
    }
  }

  /** The routers that join `network`. */
  public on(network: string): readonly RouterWish[] {
    return this.byNetwork.get(network) ?? [];
  }

  /** The subnet of `network`, as the first router that joins it knows it. */
  public cidrOf(network: string): string | undefined {
    return this.cidrs.get(network);
  }
}

/**
 * Routes of `machine` through the routers: for every network it is not on but can reach through
 * routers, a route via the first router on the shortest path (breadth-first over networks, routers
 * in the order given, so the choice is deterministic). A default route through the nearest router
 * with an uplink is offered for machines whose own networks give none.
 */
export function routingFor(machine: RoutedMachine, routers: readonly RouterWish[] | RouterIndex): MachineRouting {
  const index = routers instanceof RouterIndex ? routers : new RouterIndex(routers);
  const routes = new Map<number, Array<{ to: string; via: string }>>();
  if (index.routers.length === 0) return { routes };
  const own = new Set<string>(machine.nics.map((n) => n.network));
  const cidrOf = (net: string) => index.cidrOf(net) ?? machine.nics.find((n) => n.network === net)?.cidr;
  // first hop per reached network: [nic index, next-hop address]; [-1, ''] for the machine's own
  const hop = new Map<string, [number, string]>();
  const queue: string[] = [];
  for (const net of own) {
    hop.set(net, [-1, '']);
    queue.push(net);
  }
  const self = index.routers.find((r) => r.key === machine.key);
  let defaultVia: { nic: number; via: string } | undefined;
  while (queue.length > 0) {
    const net = queue.shift()!;
    const [nicOfNet, viaOfNet] = hop.get(net)!;
    for (const r of index.on(net)) {
      if (r === self) continue;
      const joined = r.nics.find((n) => n.network === net)!;
      const via = nicOfNet === -1 ? joined.address : viaOfNet;
      const nic = nicOfNet === -1 ? machine.nics.findIndex((n) => n.network === net) : nicOfNet;
      // a machine can only route through a router from a NIC with an address of its own
      if (via === undefined || nic < 0 || machine.nics[nic].address === undefined) continue;
      if (r.uplink !== undefined && r.uplink !== net && defaultVia === undefined) defaultVia = { nic, via };
      for (const next of r.nics) {
        if (hop.has(next.network)) continue;
        hop.set(next.network, [nic, via]);
        queue.push(next.network);
      }
    }
  }
  for (const [net, [nic, via]] of hop) {
    const cidr = cidrOf(net);
    if (own.has(net) || cidr === undefined) continue;
    const list = routes.get(nic) ?? [];
    list.push({ to: cidr, via });
    routes.set(nic, list);
  }
  // a router with an uplink has its own way out
  if (self?.uplink !== undefined) defaultVia = undefined;
  return { routes, defaultVia };
}
