import { IConstruct } from 'constructs';
import { stackState } from './marks';
import { fail } from './validate';

/** How many claims a group holds, and who made the first one. */
interface Group {
  size: number;
  readonly first: IConstruct;
}

/**
 * Names and addresses that must be unique: per host (libvirt object names, subnets), per pool
 * (volume names) or per stack (MAC addresses). Kept per stack, so that a collision is reported
 * when the second construct is created, naming both.
 *
 * Every lookup is one hash lookup: a stack of thousands of machines makes tens of thousands of
 * claims, and a lookup that walked them all would make synthesis quadratic. What is asked of a set
 * of claims (how many addresses a network has handed out, who refers to a pool) is kept per group,
 * counted as the claims are made; what needs more than a count (the subnets of a host) keeps an
 * index of its own, made with {@link Registry.index}.
 */
class Registry {
  private readonly claims = new Map<string, IConstruct>();
  private readonly groups = new Map<string, Group>();
  private readonly indexes = new Map<string, unknown>();

  /** Claims `key` for `owner`; throws when another construct holds it. */
  public claim(owner: IConstruct, key: string, what: string, value: unknown, fix: string): void {
    this.claimKey(owner, key, what, value, fix);
  }

  /**
   * Claims `group + member` for `owner`, as {@link claim} does, and counts it in `group`, whose
   * {@link size} and {@link first} holder are then known without looking at its claims.
   */
  public claimIn(owner: IConstruct, group: string, member: string, what: string, value: unknown, fix: string): void {
    if (!this.claimKey(owner, group + member, what, value, fix)) return;
    const counted = this.groups.get(group);
    if (counted) counted.size++;
    else this.groups.set(group, { size: 1, first: owner });
  }

  /** The construct holding `key`, if any. */
  public holder(key: string): IConstruct | undefined {
    return this.claims.get(key);
  }

  public isTaken(key: string): boolean {
    return this.claims.has(key);
  }

  /** How many claims were made in `group` (with {@link claimIn}). */
  public size(group: string): number {
    return this.groups.get(group)?.size ?? 0;
  }

  /** The holder of the first claim made in `group` (with {@link claimIn}), if any. */
  public first(group: string): IConstruct | undefined {
    return this.groups.get(group)?.first;
  }

  /** The stack's index called `name`, made by `make` on first use (an index the claims cannot answer in one lookup, such as a host's subnets). */
  public index<T>(name: string, make: () => T): T {
    let index = this.indexes.get(name) as T | undefined;
    if (index === undefined) {
      index = make();
      this.indexes.set(name, index);
    }
    return index;
  }

  /** Claims `key`; true when it is a new claim, false when `owner` held it already. */
  private claimKey(owner: IConstruct, key: string, what: string, value: unknown, fix: string): boolean {
    const holder = this.claims.get(key);
    if (holder === undefined) {
      this.claims.set(key, owner);
      return true;
    }
    if (holder !== owner) fail(owner, `${what} is already used by ${holder.node.path}`, value, fix);
    return false;
  }
}

/** The registry of the stack that `scope` is in, shared by every copy of the library that builds there. */
export function registryOf(scope: IConstruct): Registry {
  return stackState(scope, 'registry', () => new Registry());
}
