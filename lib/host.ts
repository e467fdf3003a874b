import { TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { LibvirtProvider } from './generated/providers/libvirt/provider';
import { modelOf } from './private/model';
import { claimPoolName, createdPool } from './private/pool-names';
import { pinProviderVersion } from './private/provider-versions';
import { registryOf } from './private/registry';
import { checkAbsolutePath, checkHostname, checkInteger, checkObjectName, fail, isToken } from './private/validate';

/** The libvirt domain type of a host's guests. */
export enum DomainType {
  /** Hardware virtualisation through /dev/kvm: what every real KVM host uses. */
  KVM = 'kvm',
  /** QEMU software emulation (TCG): for hosts without /dev/kvm, such as nested CI runners. Slow. */
  QEMU = 'qemu',
}

/** Options of an SSH connection to a remote libvirt host. */
export interface SshConnectionOptions {
  /** Host name or address of the KVM host. */
  readonly host: string;
  /**
   * Login user on the KVM host.
   * @default - the SSH default (your local user name, or what ~/.ssh/config says with sshCmd)
   */
  readonly user?: string;
  /**
   * SSH port.
   * @default 22
   */
  readonly port?: number;
  /**
   * Private key file, on the machine that runs terraform (qemu+ssh only; sshCmd uses ~/.ssh/config).
   * @default - the provider's default keys and ssh-agent
   */
  readonly keyFile?: string;
  /**
   * known_hosts file used to verify the host key (qemu+ssh only).
   * @default - ~/.ssh/known_hosts
   */
  readonly knownHostsFile?: string;
  /**
   * Verify the host's SSH key. Turning this off lets anyone on the path impersonate the host.
   * @default true
   */
  readonly verifyHostKey?: boolean;
}

/** How terraform reaches a host's libvirt daemon: a libvirt connection URI. */
export class HostConnection {
  /** The system libvirtd of the machine that runs terraform: `qemu:///system`. */
  public static local(): HostConnection {
    return new HostConnection('qemu:///system', false);
  }

  /** A per-user session daemon, `qemu:///session`. It cannot create bridges, so only bridged or user networking works there. */
  public static session(): HostConnection {
    return new HostConnection('qemu:///session', false);
  }

  /**
   * A remote host over SSH with the provider's built-in SSH client (`qemu+ssh://`).
   * The host key is verified against known_hosts unless `verifyHostKey` is false.
   */
  public static ssh(options: SshConnectionOptions): HostConnection {
    const params: string[] = [];
    if (options.keyFile !== undefined) params.push(`keyfile=${encodeURIComponent(options.keyFile)}`);
    if (options.knownHostsFile !== undefined) params.push(`knownhosts=${encodeURIComponent(options.knownHostsFile)}`);
    if (options.verifyHostKey === false) params.push('no_verify=1');
    return HostConnection.remote('qemu+ssh', options, params);
  }

  /**
   * A remote host over the system `ssh` binary (`qemu+sshcmd://`), so ~/.ssh/config, ProxyJump,
   * ControlMaster and ssh-agent apply. Host keys are verified by ssh itself (StrictHostKeyChecking).
   */
  public static sshCmd(options: SshConnectionOptions): HostConnection {
    return HostConnection.remote('qemu+sshcmd', options, []);
  }

  /** Any libvirt URI, as given (for example `qemu+tls://host/system`). */
  public static fromUri(uri: string): HostConnection {
    return new HostConnection(uri, !/^qemu:\/\/\//.test(uri) && !/^test:\/\/\//.test(uri));
  }

  private static remote(scheme: string, o: SshConnectionOptions, params: string[]): HostConnection {
    const user = o.user === undefined ? '' : `${encodeURIComponent(o.user)}@`;
    const port = o.port === undefined ? '' : `:${o.port}`;
    const query = params.length > 0 ? `?${params.join('&')}` : '';
    const host = o.host.includes(':') ? `[${o.host}]` : o.host; // an IPv6 literal needs brackets in a URI
    return new HostConnection(`${scheme}://${user}${host}${port}/system${query}`, true, o);
  }

  private constructor(
    /** The libvirt connection URI given to the provider. */
    public readonly uri: string,
    /** Whether the host is another machine than the one that runs terraform. */
    public readonly isRemote: boolean,
    /** SSH details, for remote SSH connections. */
    public readonly ssh?: SshConnectionOptions,
  ) {}
}

/**
 * A libvirt storage pool on one host. Declared with the host, which always has one (its default
 * pool): {@link StoragePool} creates one, `StoragePool.fromName` refers to one that exists.
 */
export interface IStoragePool extends IConstruct {
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
  readonly connection: HostConnection;
  readonly domainType: DomainType;
  /** Guest architecture, e.g. `x86_64`. */
  readonly architecture: string;
  /** The provider configuration for this host; pass it as `provider` to every resource on it. */
  readonly provider: LibvirtProvider;
  /** The pool used when a construct on this host names none. */
  readonly defaultPool: IStoragePool;
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
}

/**
 * A libvirt host. Creates the provider configuration for its connection URI. The first host in
 * a stack is the default provider configuration; every further host gets an alias named after
 * it, so several hosts can live in one stack.
 */
export class Host extends Construct implements IHost {
  /** Whether `x` is a Host. */
  public static isHost(x: unknown): x is Host {
    return typeof x === 'object' && x !== null && HOST_MARK in x;
  }

  /**
   * The host a construct runs on: the one given, else the nearest ancestor that is a host or
   * carries one (a construct created inside a Host, or inside a construct that has a `host`).
   */
  public static resolve(scope: IConstruct, given?: IHost): IHost {
    if (given) return given;
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
  private readonly defaultPoolName: string;
  private pool?: IStoragePool;

  constructor(scope: Construct, id: string, props: HostProps = {}) {
    super(scope, id);
    (this as unknown as Record<symbol, boolean>)[HOST_MARK] = true;
    this.connection = props.connection ?? HostConnection.local();
    this.hostName = props.hostName ?? id.toLowerCase();
    this.domainType = props.domainType ?? DomainType.KVM;
    this.architecture = props.architecture ?? 'x86_64';
    this.defaultPoolName = props.defaultPoolName ?? 'default';

    checkHostname(this, 'hostName', this.hostName);
    checkObjectName(this, 'defaultPoolName', this.defaultPoolName);
    if (!Object.values(DomainType).includes(this.domainType)) {
      fail(this, 'domainType is not a libvirt domain type this library supports', this.domainType, 'use DomainType.KVM or DomainType.QEMU');
    }
    if (!/^[a-z0-9_]+$/.test(this.architecture)) {
      fail(this, 'architecture is not a libvirt architecture name', this.architecture, "use a name such as 'x86_64' or 'aarch64'");
    }
    const ssh = this.connection.ssh;
    if (ssh) {
      if (!isToken(ssh.host) && !/^[A-Za-z0-9.:-]+$/.test(ssh.host)) {
        fail(this, 'the SSH host is not a host name or address', ssh.host, 'give a DNS name or an IP address');
      }
      checkInteger(this, 'ssh port', ssh.port, 1, 65535);
      checkAbsolutePath(this, 'keyFile', ssh.keyFile);
      checkAbsolutePath(this, 'knownHostsFile', ssh.knownHostsFile);
      const sshOnly = ssh.keyFile !== undefined || ssh.knownHostsFile !== undefined || ssh.verifyHostKey === false;
      if (this.connection.uri.startsWith('qemu+sshcmd:') && sshOnly) {
        fail(this, 'keyFile, knownHostsFile and verifyHostKey do not apply to HostConnection.sshCmd()', ssh,
          'set them in ~/.ssh/config for the ssh binary, or use HostConnection.ssh() which puts them in the URI');
      }
    }

    const registry = registryOf(this);
    registry.claimIn(this, 'host:', this.hostName, 'hostName', this.hostName, 'give each Host its own hostName');
    const first = registry.size('host:') === 1;
    this.provider = new LibvirtProvider(TerraformStack.of(this), `provider-${this.hostName}`, {
      uri: this.connection.uri,
      alias: first ? undefined : this.hostName.replace(/-/g, '_'),
    });
    pinProviderVersion(this, 'libvirt');
    modelOf(this).hosts.push(() => ({
      name: this.hostName,
      uri: this.connection.uri,
      ...(ssh ? { ssh: { destination: `${ssh.user === undefined ? '' : `${ssh.user}@`}${ssh.host}`, ...(ssh.port !== undefined ? { port: ssh.port } : {}) } } : {}),
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

const HOST_MARK = Symbol.for('cdktf-libvirt.Host');

/**
 * A pool that already exists on a host, referred to by name (`StoragePool.fromName`, and a host's
 * default pool): never created or destroyed by the stack. @internal
 */
export class ExistingStoragePool extends Construct implements IStoragePool {
  public readonly host: IHost;
  public readonly poolName: string;
  public readonly literalName: string;

  constructor(scope: Construct, id: string, name: string, host?: IHost) {
    super(scope, id);
    this.host = Host.resolve(this, host);
    checkObjectName(this, 'name', name);
    claimPoolName(this, this.host.hostName, name, true);
    this.poolName = name;
    this.literalName = name;
  }
}
