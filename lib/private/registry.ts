import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { fail } from './validate';

/**
 * Names and addresses that must be unique: per host (libvirt object names, subnets), per pool
 * (volume names) or per stack (MAC addresses). Kept per stack, so that a collision is reported
 * when the second construct is created, naming both.
 */
class Registry {
  private readonly claims = new Map<string, IConstruct>();

  /** Claims `key` for `owner`; throws when another construct holds it. */
  public claim(owner: IConstruct, key: string, what: string, value: unknown, fix: string): void {
    const holder = this.claims.get(key);
    if (holder && holder !== owner) {
      fail(owner, `${what} is already used by ${holder.node.path}`, value, fix);
    }
    this.claims.set(key, owner);
  }

  /** The construct holding `key`, if any. */
  public holder(key: string): IConstruct | undefined {
    return this.claims.get(key);
  }

  public isTaken(key: string): boolean {
    return this.claims.has(key);
  }

  /** Every claim whose key starts with `prefix`, with its holder. */
  public entries(prefix: string): Array<[string, IConstruct]> {
    return [...this.claims.entries()].filter(([k]) => k.startsWith(prefix));
  }
}

const registries = new WeakMap<TerraformStack, Registry>();

export function registryOf(scope: IConstruct): Registry {
  const stack = TerraformStack.of(scope);
  let r = registries.get(stack);
  if (!r) {
    r = new Registry();
    registries.set(stack, r);
  }
  return r;
}
