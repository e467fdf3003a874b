import { TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { LibvirtProvider } from './generated/providers/libvirt/provider';
import { capacityOf, checkCapacity, HostCapacity } from './host-capacity';
import { checkConnection, HostConnection } from './host-connection';
import { parseIpv4 } from './private/ipv4';
import { hasMark, markAs } from './private/marks';
import { modelOf } from './private/model';
import { claimPoolName, createdPool } from './private/pool-names';
import { pinProviderVersion } from './private/provider-versions';
import { registryOf } from './private/registry';
import { checkHostname, checkObjectName, checkProps, checkString, checkUniqueId, fail, isToken } from './private/validate';

export { HostConnection } from './host-connection';
export type { SshConnectionOptions } from './host-connection';
export type { HostCapacity } from './host-capacity';

/** The libvirt domain type of a host's guests. */
export enum DomainType {
  /** Hardware virtualisation through /dev/kvm: what every real KVM host uses. */
  KVM = 'kvm',
  /** QEMU software emulation (TCG): for hosts without /dev/kvm, such as nested CI runners. Slow. */
  QEMU = 'qemu',
}

/**
 * A libvirt storage pool on one host. Declared with the host, which always has one (its default
 * pool): {@link StoragePool} creates one, `StoragePool.fromName` refers to one that exists.
 */
export interface IStoragePool extends IConstruct {
  /** The host the pool is on. */
  readonly host: IHost;
  /** The pool's libvirt name (a token when the pool is created by this stack, so volumes depend on it). */
  readonly poolName: string;
  /** The pool's libvirt name as a plain string, for messages and uniqueness checks. */
  readonly literalName: string;
}

/** A KVM host: one libvirt connection that every construct on it passes to its resources. */
export interface IHost extends IConstruct {
  /** Short name of the host, used in provider aliases and artifacts. */
  readonly hostName: string;
  /** How terraform reaches the host's libvirt daemon. */
  readonly connection: HostConnection;
  /** Domain type of the guests (`kvm`, or `qemu` for emulation). */
  readonly domainType: DomainType;
  /** Guest architecture, e.g. `x86_64`. */
  readonly architecture: string;
  /** The provider configuration for this host; pass it as `provider` to every resource on it. */
  readonly provider: LibvirtProvider;
  /** The pool used when a construct on this host names none. */
  readonly defaultPool: IStoragePool;
  /** What the host can hold, when declared: machines placed on it beyond it are refused. */
  readonly capacity?: HostCapacity;
  /** The IPv4 address other KVM hosts reach this one on, for wires between them, when declared. */
  readonly tunnelAddress?: string;
}

/** Props of a {@link Host}. */
export interface HostProps {
  /**
   * How terraform reaches the host's libvirt.
   * @default HostConnection.local() (qemu:///system)
   */
  readonly connection?: HostConnection;
  /**
   * Short name of the host: a hostname-style label, used for the provider alias and in artifacts.
   * @default - the construct id, lowercased
   */
  readonly hostName?: string;
  /**
   * Domain type of the guests.
   * @default DomainType.KVM
   */
  readonly domainType?: DomainType;
  /**
   * Guest CPU architecture.
   * @default 'x86_64'
   */
  readonly architecture?: string;
  /**
   * Name of an existing pool used by constructs on this host that name no pool. libvirt
   * installations usually define `default` (/var/lib/libvirt/images); a fresh libvirtd may not.
   * @default 'default'
   */
  readonly defaultPoolName?: string;
  /**
   * What the host can hold (vCPUs, memory, disk, with overcommit ratios): a machine placed on it
   * beyond that is refused at synth, naming the host, its machines and by how much it is over.
   * @default - not checked
   */
  readonly capacity?: HostCapacity;
  /**
   * An IPv4 address of this host that the other KVM hosts reach (on a LAN between them, say): a
   * {@link Wire} between machines on two hosts carries its frames between their tunnel addresses,
   * over UDP ports 47000-47999, which the hosts' firewalls must let through.
   * @default - none: a wire to a machine on another host is refused
   */
  readonly tunnelAddress?: string;
}

/**
 * A libvirt host. Creates the provider configuration for its connection URI. The first host in
 * a stack is the default provider configuration; every further host gets an alias named after
 * it, so several hosts can live in one stack.
 */
export class Host extends Construct implements IHost {
  /** Whether `x` is a Host. */
  public static isHost(x: unknown): x is Host {
    return hasMark(x, 'Host');
  }

  /**
   * The host a construct runs on: the one given, else the nearest ancestor that is a host or
   * carries one (a construct created inside a Host, or inside a construct that has a `host`).
   */
  public static resolve(scope: IConstruct, given?: IHost): IHost {
    if (given !== undefined && given !== null) {
      if (typeof given !== 'object' || typeof (given as { hostName?: unknown }).hostName !== 'string') {
        fail(scope, 'host is not a Host', given, typeof given === 'string'
          ? `pass the Host construct whose hostName is ${JSON.stringify(given)}, not its name` : 'pass a Host construct, such as new Host(stack, \'kvm1\')');
      }
      return given;
    }
    for (let s: IConstruct | undefined = scope.node.scope; s; s = s.node.scope) {
      if (Host.isHost(s)) return s;
      const carried = (s as { host?: unknown }).host;
      if (Host.isHost(carried)) return carried;
    }
    return fail(scope, 'no host is given and none is inherited from a parent construct', undefined,
      'pass `host` in the props, or create this construct inside a Host (or inside a construct that has a host)');
  }

  public readonly hostName: string;
  public readonly connection: HostConnection;
  public readonly domainType: DomainType;
  public readonly architecture: string;
  public readonly provider: LibvirtProvider;
  public readonly capacity?: HostCapacity;
  public readonly tunnelAddress?: string;
  private readonly defaultPoolName: string;
  private pool?: IStoragePool;

  constructor(scope: Construct, id: string, props: HostProps = {}) {
    checkUniqueId(scope, id, 'Host');
    super(scope, id);
    checkProps<HostProps>(this, 'Host', props, HOST_PROPS);
    markAs(this, 'Host');
    if (props.connection !== undefined && !HostConnection.isHostConnection(props.connection)) {
      fail(this, 'connection is not a HostConnection', props.connection, typeof props.connection === 'string'
        ? `use HostConnection.fromUri(${JSON.stringify(props.connection)})` : 'use HostConnection.local(), .session(), .ssh({ host }), .sshCmd({ host }) or .fromUri(uri)');
    }
    checkString(this, 'hostName', props.hostName, "give a hostname-style label, such as 'kvm1'");
    if (isToken(props.hostName)) {
      fail(this, 'hostName must be known at synth: it names the provider alias and the host in the artifacts', props.hostName, "give it as a plain string, such as 'kvm1'");
    }
    checkString(this, 'architecture', props.architecture, "use a name such as 'x86_64' or 'aarch64'");
    checkString(this, 'defaultPoolName', props.defaultPoolName, "give the name of a pool on the host, such as 'default'");
    this.connection = props.connection ?? HostConnection.local();
    this.hostName = props.hostName ?? id.toLowerCase();
    this.domainType = props.domainType ?? DomainType.KVM;
    this.architecture = props.architecture ?? 'x86_64';
    this.defaultPoolName = props.defaultPoolName ?? 'default';
    checkCapacity(this, props.capacity);
    checkString(this, 'tunnelAddress', props.tunnelAddress, "give an IPv4 address of the host, such as '192.168.1.11'");
    if (props.tunnelAddress !== undefined && (isToken(props.tunnelAddress) || parseIpv4(props.tunnelAddress) === undefined)) {
      fail(this, 'tunnelAddress must be an IPv4 address known at synth', props.tunnelAddress, "give an IPv4 address of the host, such as '192.168.1.11'");
    }
    this.tunnelAddress = props.tunnelAddress;
    // a copy: what the caller changes in its object afterwards does not change what was checked
    this.capacity = props.capacity === undefined ? undefined : { ...props.capacity };

    checkHostname(this, 'hostName', this.hostName);
    checkObjectName(this, 'defaultPoolName', this.defaultPoolName);
    if (!Object.values(DomainType).includes(this.domainType)) {
      fail(this, 'domainType is not a libvirt domain type this library supports', this.domainType, 'use DomainType.KVM or DomainType.QEMU');
    }
    if (!/^[a-z0-9_]+$/.test(this.architecture)) {
      fail(this, 'architecture is not a libvirt architecture name', this.architecture, "use a name such as 'x86_64' or 'aarch64'");
    }
    checkConnection(this, this.connection);
    const ssh = this.connection.ssh;

    const registry = registryOf(this);
    registry.claimIn(this, 'host:', this.hostName, 'hostName', this.hostName, 'give each Host its own hostName');
    // two Hosts on one libvirt would each claim names and subnets on it for themselves, and collide at apply
    if (!isToken(this.connection.uri)) {
      registry.claim(this, `host-uri:${this.connection.uri.replace(/\?.*$/, '').toLowerCase()}`, 'the libvirt connection', this.connection.uri,
        'use one Host per KVM host and share it: pass it as `host`, or create the constructs on that host inside it');
    }
    const first = registry.size('host:') === 1;
    this.provider = new LibvirtProvider(TerraformStack.of(this), `provider-${this.hostName}`, {
      uri: this.connection.uri,
      alias: first ? undefined : this.hostName.replace(/-/g, '_'),
    });
    pinProviderVersion(this, 'libvirt');
    modelOf(this).hosts.push(() => ({
      name: this.hostName,
      uri: this.connection.uri,
      ...(ssh ? {
        ssh: {
          destination: `${ssh.user === undefined ? '' : `${ssh.user}@`}${ssh.host}`,
          ...(ssh.port !== undefined ? { port: ssh.port } : {}),
          ...(ssh.keyFile !== undefined ? { keyFile: ssh.keyFile } : {}),
          ...(ssh.knownHostsFile !== undefined ? { knownHostsFile: ssh.knownHostsFile } : {}),
        },
      } : {}),
      // read when the topology is: every machine is placed by then
      ...(this.capacity !== undefined ? { capacity: capacityOf(this, this) } : {}),
    }));
  }

  /**
   * The pool used by constructs on this host that name none: the pool named `defaultPoolName`,
   * the one this stack creates if it creates one by that name, else the existing one on the host.
   */
  public get defaultPool(): IStoragePool {
    if (!this.pool) {
      this.pool = (createdPool(this, this.hostName, this.defaultPoolName) as IStoragePool | undefined)
        ?? new ExistingStoragePool(this, 'DefaultPool', this.defaultPoolName);
    }
    return this.pool;
  }
}

const HOST_PROPS: Record<keyof HostProps, true> = {
  connection: true, hostName: true, domainType: true, architecture: true, defaultPoolName: true, capacity: true, tunnelAddress: true,
};
/**
 * A pool that already exists on a host, referred to by name (`StoragePool.fromName`, and a host's
 * default pool): never created or destroyed by the stack. @internal
 */
export class ExistingStoragePool extends Construct implements IStoragePool {
  public readonly host: IHost;
  public readonly poolName: string;
  public readonly literalName: string;

  constructor(scope: Construct, id: string, name: string, host?: IHost) {
    checkUniqueId(scope, id, 'StoragePool');
    super(scope, id);
    this.host = Host.resolve(this, host);
    checkString(this, 'name', name, "give the name of the existing pool, such as 'default'");
    checkObjectName(this, 'name', name);
    claimPoolName(this, this.host.hostName, name, true);
    this.poolName = name;
    this.literalName = name;
  }
}
