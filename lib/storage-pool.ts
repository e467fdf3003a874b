import { Construct } from 'constructs';
import { Pool } from './generated/providers/libvirt/pool';
import { ExistingStoragePool, Host, IHost, IStoragePool } from './host';
import { qualify } from './private/lab-context';
import { claimPoolName, claimPoolPath } from './private/pool-names';
import { replaceOnChange } from './private/replacement';
import { scriptCommand, virshConnection, virshEnvironment } from './private/scripts';
import { TerraformData } from './terraform-data';
import { checkAbsolutePath, checkBoolean, checkObjectName, checkProps, checkString, checkUniqueId, fail } from './private/validate';

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
   * Remove the pool's directory when the pool is destroyed. The provider deletes a `dir` pool's
   * directory by default; this library does not, because that can lose data. It can be changed at
   * any time before destroy: the choice as it stands when the pool is destroyed is the one that
   * counts (a directory that still holds files that are not the pool's volumes is always kept).
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
  /**
   * The `terraform_data` that removes the pool's directory after the pool is destroyed, when
   * `deleteOnDestroy` says so at that moment (escape hatch).
   */
  public readonly directory: TerraformData;

  constructor(scope: Construct, id: string, props: StoragePoolProps) {
    checkUniqueId(scope, id, 'StoragePool');
    super(scope, id);
    checkProps<StoragePoolProps>(this, 'StoragePool', props, POOL_PROPS, true);
    // types first: the name is read by the lab prefix, the flags go into the configuration as given
    checkString(this, 'name', props.name, "give the pool's libvirt name, such as 'lab'");
    checkObjectName(this, 'name', props.name);
    checkString(this, 'path', props.path, "give the directory on the libvirt host as a string, such as '/var/lib/libvirt/pools/lab'");
    checkBoolean(this, 'deleteOnDestroy', props.deleteOnDestroy);
    checkBoolean(this, 'autostart', props.autostart);
    this.host = Host.resolve(this, props.host);
    this.literalName = qualify(this, props.name ?? id.toLowerCase());
    checkObjectName(this, 'name', this.literalName);
    if (props.path === undefined) {
      fail(this, 'a StoragePool needs path, the directory of its volumes on the libvirt host', props.path, "set path, such as '/var/lib/libvirt/pools/lab'");
    }
    checkAbsolutePath(this, 'path', props.path);
    claimPoolName(this, this.host.hostName, this.literalName, false);
    claimPoolPath(this, this.host.hostName, props.path);

    // Whether the directory goes with the pool is decided when the pool is destroyed, not when it is
    // created: provider 0.9.7 reads `destroy.delete` from the state the pool was created with and
    // cannot update a pool. So the pool never deletes it itself, and this resource, which the pool
    // depends on (destroyed after it), removes it with virsh if deleteOnDestroy says so then.
    const connection = virshConnection(this.host.connection.uri);
    const input = { ...connection, pool: this.literalName, directory: props.path, delete: props.deleteOnDestroy ?? false };
    this.directory = new TerraformData(this, 'Directory', {
      input,
      provisioners: [{
        type: 'local-exec',
        when: 'destroy',
        interpreter: ['/bin/sh', '-c'],
        command: scriptCommand('pool-dir.sh'),
        environment: { ...virshEnvironment(connection), POOL: '${self.input.pool}', DIRECTORY: '${self.input.directory}', DELETE: '${self.input.delete}' },
      }],
    });
    this.resource = new Pool(this, 'Resource', {
      provider: this.host.provider,
      name: this.literalName,
      type: 'dir',
      target: { path: props.path },
      create: { buildAttribute: true, start: true, autostart: props.autostart ?? true },
      destroy: { delete: false },
      dependsOn: [this.directory],
    });
    this.node.defaultChild = this.resource;
    // provider 0.9.7 cannot update a pool: any change replaces it (and every volume in it). `destroy`
    // is ignored: it is always the same, and pools created before it was decided here may hold another
    replaceOnChange(this.resource, { ignore: ['destroy'] });
    this.poolName = this.resource.name;
  }
}

const POOL_PROPS: Record<keyof StoragePoolProps, true> = { host: true, name: true, path: true, deleteOnDestroy: true, autostart: true };
