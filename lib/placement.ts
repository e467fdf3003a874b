import { IConstruct } from 'constructs';
import { hasRoomFor, Load, loadUnder } from './host-capacity';
import { addressLockOf } from './private/address-lock';
import { IHost } from './host';
import { hasMark, markAs } from './private/marks';
import { checkArray, checkConstructRef, fail, HOST } from './private/validate';

/**
 * Which host each copy of {@link StampedLabs} runs on, when a class outgrows one host. Every copy is
 * a whole lab (its networks, machines and pool on one host), so copies on different hosts need no
 * network between the hosts.
 *
 * Placement is stable (the same promise as addresses): the address lock records each copy's host,
 * and a copy stays there while the host is in the placement, so adding copies or hosts never moves
 * one; new copies go where the policy puts them. Removing a host moves its copies. Without a lock,
 * a copy's host depends only on the copies before it: adding copies at the end still moves none.
 */
export class Placement {
  /** Whether `x` is a Placement (marked, so that one made by another copy of this library is recognised too). */
  public static isPlacement(x: unknown): x is Placement {
    return hasMark(x, 'Placement');
  }

  /**
   * Round-robin: each new copy on the host with the fewest copies, the first listed on a tie (copy
   * 1 on the first host, copy 2 on the second, and so on, starting over after the last; a host that
   * joins takes the new copies until it has as many as the others). Each host's declared capacity
   * is still checked.
   */
  public static spread(hosts: IHost[]): Placement {
    return new Placement('spread', hosts);
  }

  /**
   * Fill the hosts in order: each copy goes on the first host, from the one the copy before it is
   * on, that has room for it by its declared capacity (see `HostProps.capacity`; every host must
   * declare one). A copy is taken to need what the first copy took.
   */
  public static pack(hosts: IHost[]): Placement {
    return new Placement('pack', hosts);
  }

  private constructor(
    /** `spread` or `pack`. */
    public readonly kind: 'spread' | 'pack',
    /** The hosts, in the order they are used, as given. */
    public readonly hosts: IHost[],
  ) {
    markAs(this, 'Placement');
  }
}

/** Checks the placement of `scope` (a StampedLabs) as given: a Placement over distinct Hosts, declaring a capacity for pack. @internal */
export function checkPlacement(scope: IConstruct, placement: unknown, given: { host?: unknown; pool?: unknown }): void {
  if (placement === undefined) return;
  if (!Placement.isPlacement(placement)) {
    fail(scope, 'placement is not a Placement', placement, 'use Placement.spread([kvm1, kvm2]) or Placement.pack([kvm1, kvm2])');
  }
  const fix = `give Placement.${placement.kind}() an array of one or more Host constructs, such as [kvm1, kvm2]`;
  checkArray(scope, `Placement.${placement.kind}() hosts`, placement.hosts, fix);
  if (placement.hosts.length === 0) fail(scope, `Placement.${placement.kind}() has no hosts`, placement.hosts, fix);
  placement.hosts.forEach((h, i) => checkConstructRef(scope, `Placement.${placement.kind}() hosts[${i}]`, h, HOST));
  const seen = new Set<string>();
  for (const h of placement.hosts) {
    if (seen.has(h.hostName)) fail(scope, `Placement.${placement.kind}() lists host ${h.hostName} twice`, h.hostName, 'list each host once');
    seen.add(h.hostName);
  }
  if (given.host !== undefined) fail(scope, 'host and placement are both given', (given.host as IHost).hostName, 'give the hosts in the placement only');
  if (given.pool !== undefined) {
    fail(scope, 'pool cannot be shared by copies placed on several hosts: a pool is on one host', (given.pool as IConstruct).node?.path,
      'leave pool out (each copy uses its host\'s default pool), or place every copy on the pool\'s host with host');
  }
  if (placement.kind === 'pack') {
    const none = placement.hosts.find((h) => h.capacity === undefined);
    if (none !== undefined) {
      fail(scope, `Placement.pack() fills hosts by their capacity, and host ${none.hostName} declares none`, none.hostName,
        `declare ${none.hostName}'s capacity (new Host(stack, '${none.hostName}', { capacity: { vcpus, memoryMiB } })), or use Placement.spread()`);
    }
  }
}

/**
 * Places the copies of one StampedLabs, in order: {@link next} gives the host of the next copy,
 * given the copies made so far (each a construct whose path holds its machines).
 *
 * A copy stays on the host the address lock records for it, as long as that host is still in the
 * placement: adding a host (or a copy) never moves a copy that runs. A copy the lock does not know
 * (or whose host left the placement) is placed by the policy. @internal
 */
export class CopyPlacer {
  private readonly placed: IHost[] = [];
  /** What the first copy took of its host: what pack takes every copy to need. */
  private firstLoad?: Load;
  /** The lock's key for this StampedLabs' placements. */
  private readonly key: string;

  constructor(private readonly owner: IConstruct, private readonly placement: Placement) {
    this.key = `placement:${owner.node.path}`;
  }

  /** The host of copy `copy` (its number, `01`); `before` are the copies made so far. */
  public next(before: readonly IConstruct[], copy: string): IHost {
    const lock = addressLockOf(this.owner);
    const recorded = lock.recorded(this.key, copy);
    const host = this.placement.hosts.find((h) => h.hostName === recorded) ?? this.byPolicy(before);
    this.placed.push(host);
    lock.record(this.key, copy, host.hostName);
    return host;
  }

  private byPolicy(before: readonly IConstruct[]): IHost {
    const hosts = this.placement.hosts;
    const index = this.placed.length;
    if (this.placement.kind === 'spread' || index === 0) {
      // the host with the fewest copies, the first listed on a tie: round-robin while the hosts stay the same
      const count = (h: IHost) => this.placed.filter((p) => p === h).length;
      return hosts.reduce((best, h) => (count(h) < count(best) ? h : best));
    }
    this.firstLoad ??= loadUnder(before[0], this.placed[0].hostName, before[0].node.path);
    const first = this.firstLoad;
    const from = Math.max(0, hosts.indexOf(this.placed[index - 1]));
    // none has room: the last host, whose capacity check then refuses the first machine that does not fit, naming the host
    return hosts.slice(from).find((h) => hasRoomFor(before[0], h, first)) ?? hosts[hosts.length - 1];
  }
}
