import { IConstruct } from 'constructs';
import { parseIpv4 } from './ipv4';
import { stackState } from './marks';
import { MachineRouting, RoutedMachine, RouterIndex, routingFor, RouterWish } from './routing';

/**
 * The plan of a stack. While the construct tree is built, constructs only register what they want
 * here: a machine its planned NICs and how it renders its seed, a router the networks it joins, a
 * composite the seed parts it adds to its own machines and their cluster roles. Nothing registered is
 * changed afterwards, and no construct edits another's inputs.
 *
 * Once the tree is complete (at synth, when the first seed is read), ONE pass turns the wishes into
 * every machine's seed: routes through every router of the stack, then user-data, network-config and
 * meta-data. The pass is pure: the same wishes give the same seeds, on any machine, for any user. Its
 * result is kept until a new wish is registered (a seed read while the tree is still growing is
 * computed again later, from the complete set).
 */

/** A machine's cloud-init seed, as planned. */
export interface PlannedSeed {
  readonly userData: string;
  readonly networkConfig: string;
  readonly metaData: string;
}

/** What a machine registers: its key (construct path), its NICs, and how it renders its seed. */
export interface MachineWish extends RoutedMachine {
  /**
   * Renders the seed from the routing the pass found and the seed parts composites added, in the
   * order they were added. A pure function of its arguments and of the machine's own props.
   */
  readonly renderSeed: (routing: MachineRouting, parts: readonly unknown[]) => PlannedSeed;
}

/** A machine's names in a network's DNS, at one of its planned addresses. */
export interface DnsEntry {
  readonly address: string;
  /** Hostname first, then the FQDN and other names. */
  readonly names: readonly string[];
}

/** The role of a machine in a cluster. */
export interface Membership {
  /** Construct path of the cluster. */
  readonly cluster: string;
  readonly role: string;
}

/** See the module comment. */
export class StackPlan {
  private readonly machines = new Map<string, MachineWish>();
  private readonly routerWishes: RouterWish[] = [];
  private readonly parts = new Map<string, unknown[]>();
  private readonly memberships = new Map<string, Membership>();
  private readonly dns = new Map<string, DnsEntry[]>();
  private seeds?: Map<string, PlannedSeed>;

  /** Registers a machine (once per construct path). */
  public addMachine(wish: MachineWish): void {
    if (this.machines.has(wish.key)) throw new Error(`the plan already has a machine at ${wish.key}`);
    this.machines.set(wish.key, wish);
    this.seeds = undefined;
  }

  /** Registers a router: every machine of the stack is routed through it. */
  public addRouter(wish: RouterWish): void {
    this.routerWishes.push(wish);
    this.seeds = undefined;
  }

  /** Adds a part to the seed of the machine at `machineKey` (a composite adding to its own machines). */
  public addSeedPart(machineKey: string, part: unknown): void {
    if (!this.machines.has(machineKey)) throw new Error(`the plan has no machine at ${machineKey}`);
    const list = this.parts.get(machineKey) ?? [];
    list.push(part);
    this.parts.set(machineKey, list);
    this.seeds = undefined;
  }

  /** Records the cluster role of the machine at `machineKey`. */
  public setMembership(machineKey: string, membership: Membership): void {
    this.memberships.set(machineKey, membership);
  }

  /** The cluster role of the machine at `machineKey`, if it has one. */
  public membershipOf(machineKey: string): Membership | undefined {
    return this.memberships.get(machineKey);
  }

  /** Registers names of a machine in the DNS of the network at `networkKey`. */
  public addDnsEntry(networkKey: string, entry: DnsEntry): void {
    const list = this.dns.get(networkKey) ?? [];
    list.push({ address: entry.address, names: [...entry.names] });
    this.dns.set(networkKey, list);
  }

  /**
   * The DNS entries of the network at `networkKey`, ordered by address (numerically) so that the
   * order in which machines were created does not matter.
   */
  public dnsEntriesOf(networkKey: string): readonly DnsEntry[] {
    const numeric = (e: DnsEntry) => parseIpv4(e.address) ?? 0;
    return [...(this.dns.get(networkKey) ?? [])].sort((a, b) => numeric(a) - numeric(b));
  }

  /** The routers, in the order they were registered. */
  public get routers(): readonly RouterWish[] {
    return this.routerWishes;
  }

  /** The planned seed of the machine at `machineKey` (runs the pass when the wishes changed since the last one). */
  public seedOf(machineKey: string): PlannedSeed {
    if (this.seeds === undefined) this.seeds = this.pass();
    const seed = this.seeds.get(machineKey);
    if (seed === undefined) throw new Error(`the plan has no machine at ${machineKey}`);
    return seed;
  }

  private pass(): Map<string, PlannedSeed> {
    const seeds = new Map<string, PlannedSeed>();
    const routers = new RouterIndex(this.routerWishes);
    for (const [key, machine] of this.machines) {
      seeds.set(key, machine.renderSeed(routingFor(machine, routers), this.parts.get(key) ?? []));
    }
    return seeds;
  }
}

/** The plan of the stack that `scope` is in, shared by every copy of the library that builds there. */
export function planOf(scope: IConstruct): StackPlan {
  return stackState(scope, 'plan', () => new StackPlan());
}
