import { Construct, IConstruct } from 'constructs';
import { Pool } from './generated/providers/libvirt/pool';
import { Host, IHost } from './host';
import { Lab } from './lab';
import { registryOf } from './private/registry';
import { checkAbsolutePath, checkObjectName, fail } from './private/validate';

/** A libvirt storage pool on one host. */
export interface IStoragePool extends IConstruct {
  readonly host: IHost;
  /** The pool's libvirt name (a token when the pool is created by this stack, so volumes depend on it). */
  readonly poolName: string;
  /** The pool's libvirt name as a plain string, for messages and uniqueness checks. */
  readonly literalName: string;
}

/** Props of a {@link StoragePool}. */
export interface StoragePoolProps {
  /**
   * The host the pool lives on.
   * @default - inherited from the nearest parent that is or has a host
   */
  readonly host?: IHost;
  /**
   * libvirt name of the pool.
   * @default - the construct id, lowercased
   */
  readonly name?: string;
  /** Directory on the host that holds the pool's volumes. libvirt creates it. */
  readonly path: string;
  /**
   * Delete the directory and every volume left in it when the pool is destroyed. The provider
   * does this by default for `dir` pools; this library does not, because it loses data.
   * @default false
   */
  readonly deleteOnDestroy?: boolean;
  /**
   * Start the pool when the host boots.
   * @default true
   */
  readonly autostart?: boolean;
}

/**
 * A `dir` storage pool created by this stack, or (with {@link StoragePool.fromName}) an existing
 * pool that the stack only refers to and never builds or destroys.
 */
export class StoragePool extends Construct implements IStoragePool {
  /** Refers to a pool that already exists on the host. It is never created or destroyed. */
  public static fromName(scope: Construct, id: string, name: string, host?: IHost): IStoragePool {
    return new ExistingStoragePool(scope, id, name, host);
  }

  public readonly host: IHost;
  public readonly poolName: string;
  public readonly literalName: string;
  /** The L1 pool resource (escape hatch). */
  public readonly resource: Pool;

  constructor(scope: Construct, id: string, props: StoragePoolProps) {
    super(scope, id);
    this.host = Host.resolve(this, props.host);
    this.literalName = Lab.qualify(this, props.name ?? id.toLowerCase());
    checkObjectName(this, 'name', this.literalName);
    checkAbsolutePath(this, 'path', props.path);
    claimPoolName(this, this.host, this.literalName, false);

    this.resource = new Pool(this, 'Resource', {
      provider: this.host.provider,
      name: this.literalName,
      type: 'dir',
      target: { path: props.path },
      create: { buildAttribute: true, start: true, autostart: props.autostart ?? true },
      destroy: { delete: props.deleteOnDestroy ?? false },
    });
    this.node.defaultChild = this.resource;
    this.poolName = this.resource.name;
  }
}

class ExistingStoragePool extends Construct implements IStoragePool {
  public readonly host: IHost;
  public readonly poolName: string;
  public readonly literalName: string;

  constructor(scope: Construct, id: string, name: string, host?: IHost) {
    super(scope, id);
    this.host = Host.resolve(this, host);
    checkObjectName(this, 'name', name);
    claimPoolName(this, this.host, name, true);
    this.poolName = name;
    this.literalName = name;
  }
}

/** The pool this stack creates on `host` under `name`, if any. @internal */
export function createdPool(scope: IConstruct, host: IHost, name: string): IStoragePool | undefined {
  const hit = registryOf(scope).entries(`pool:${host.hostName}:${name}`).find(([k]) => k === `pool:${host.hostName}:${name}`);
  return hit?.[1] as IStoragePool | undefined;
}

/**
 * Pool names are unique per host: a pool this stack creates may not share its name with one it
 * refers to (StoragePool.fromName); several references to the same existing pool are fine.
 */
function claimPoolName(owner: IConstruct, host: IHost, name: string, existing: boolean): void {
  const registry = registryOf(owner);
  if (existing) {
    const created = createdPool(owner, host, name);
    if (created) {
      fail(owner, `this stack creates pool ${name} on host ${host.hostName} itself (${created.node.path})`, name,
        'use that StoragePool construct instead of StoragePool.fromName');
    }
    registry.claim(owner, `pool-ref:${host.hostName}:${name}:${owner.node.path}`, 'the pool reference', name, 'refer to it once per construct');
    return;
  }
  const referred = registry.entries(`pool-ref:${host.hostName}:${name}:`);
  if (referred.length > 0) {
    fail(owner, `pool ${name} already exists on host ${host.hostName} (referred to by ${referred[0][1].node.path})`, name,
      'give the new pool another name, or use the existing one');
  }
  registry.claim(owner, `pool:${host.hostName}:${name}`, 'the pool name', name,
    'give each pool on a host its own name, or refer to the existing pool with StoragePool.fromName()');
}
