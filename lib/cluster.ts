import { Construct } from 'constructs';
import { IBaseImage } from './base-image';
import { CloudConfig } from './cloud-init';
import { Host, IHost, IStoragePool } from './host';
import { Lab } from './lab';
import { INetwork, Network } from './network';
import { checkConstructList, checkConstructRefs, checkSizing, checkUserAndKeys } from './private/machine-checks';
import { modelOf } from './private/model';
import { planOf } from './private/plan';
import { checkArray, checkHostname, checkLiteralInteger, checkProps, checkSingleString, checkUniqueId, fail, HOST, isToken, NETWORK } from './private/validate';
import { DataDiskOptions, VirtualMachine } from './virtual-machine';

/** One role of a cluster: a group of identical nodes. */
export interface ClusterRole {
  /** Name of the role (a DNS label such as `server` or `agent`); part of the node names. */
  readonly name: string;
  /** Number of nodes (0 or more). */
  readonly count: number;
  /**
   * vCPUs of each node.
   * @default 2
   */
  readonly vcpus?: number;
  /**
   * Memory of each node in MiB.
   * @default 2048
   */
  readonly memoryMiB?: number;
  /**
   * Root disk of each node in GiB.
   * @default - the machine default (the image's size, at least 10)
   */
  readonly rootDiskGiB?: number;
  /**
   * Extra disks of each node.
   * @default - none
   */
  readonly dataDisks?: DataDiskOptions[];
  /**
   * Image of the role's nodes.
   * @default - the cluster's image
   */
  readonly image?: IBaseImage;
  /**
   * Where the nodes run: node i on `hosts[i % hosts.length]`, so the placement of a node never
   * depends on how many nodes there are.
   * @default - the cluster's host
   */
  readonly hosts?: IHost[];
  /**
   * Host number of the role's first node; node i gets `firstHostNumber + i` on every network that
   * allocates addresses (predictable addresses, in a block you choose).
   * @default - each node's address is derived from its identity
   */
  readonly firstHostNumber?: number;
}

/**
 * What the nodes of a cluster take from the cluster, unless their role says otherwise. Shared by
 * {@link ClusterProps} and {@link K3sClusterProps}.
 */
export interface ClusterNodeDefaults {
  /**
   * The host of nodes whose role names no hosts.
   * @default - inherited from the nearest parent that is or has a host
   */
  readonly host?: IHost;
  /**
   * Image of the nodes.
   * @default - the lab's image
   */
  readonly image?: IBaseImage;
  /**
   * Pool of the nodes' volumes.
   * @default - the lab's pool, else the host's default pool
   */
  readonly pool?: IStoragePool;
  /**
   * Public SSH keys of the nodes' login user.
   * @default - the lab's keys
   */
  readonly sshAuthorizedKeys?: string[];
  /**
   * Login user of the nodes.
   * @default - the lab's, else the image's
   */
  readonly loginUser?: string;
}

/** Props of a {@link Cluster}. */
export interface ClusterProps extends ClusterNodeDefaults {
  /**
   * Name of the cluster, the first part of its node names (`<name>-<role>-<i>`).
   * @default - the construct id, lowercased
   */
  readonly name?: string;
  /** The roles, in order. Role names are unique. */
  readonly roles: ClusterRole[];
  /**
   * Networks of the nodes: every node joins the networks that are on its host, in this order
   * (the first is its primary network).
   */
  readonly networks: INetwork[];
  /**
   * Adds software and settings to each node's cloud-config (this is how {@link K3sCluster} installs k3s).
   * @default - nodes get only their login user and network
   */
  readonly configurator?: IClusterConfigurator;
  /**
   * The kind of cluster, for the topology and the artifacts.
   * @default 'generic'
   */
  readonly kind?: string;
}

/** Adds what a cluster's nodes need, node by node, before each node is created. */
export interface IClusterConfigurator {
  /**
   * Adds to the cloud-config of node `index` of `role`. Nodes are created role by role, in index
   * order, so earlier nodes (for example the first server) exist in `cluster.nodes` already.
   */
  configureNode(cluster: Cluster, role: ClusterRole, index: number, cloudConfig: CloudConfig): void;
  /** The address clients use to reach the cluster, once the nodes exist. */
  endpoint?(cluster: Cluster): string | undefined;
}

/** A node of a cluster, as created. */
export interface ClusterNode {
  /** The name of its role. */
  readonly role: string;
  /** 0-based index within its role. */
  readonly index: number;
  /** The machine. */
  readonly machine: VirtualMachine;
}

/**
 * Machines in named roles, sized and placed per role. Nodes are named `<name>-<role>-<i>` and
 * each node's identity (and so its addresses and MACs) is its role and index, so growing a role
 * adds nodes without touching the others. A configurator adds software to the nodes (see
 * {@link K3sCluster}).
 */
export class Cluster extends Construct {
  /** The cluster's name, the first part of its nodes' names (`<name>-<role>-<i>`). */
  public readonly clusterName: string;
  /** The host of its nodes. */
  public readonly host: IHost;
  /** Every node, role by role, in index order. */
  public readonly nodes: ClusterNode[] = [];
  /** The roles as given. */
  public readonly roles: ClusterRole[];
  /** The kind of cluster (`generic`, `k3s`, ...). */
  public readonly kind: string;
  private readonly props: ClusterProps;

  constructor(scope: Construct, id: string, props: ClusterProps) {
    checkUniqueId(scope, id, 'Cluster');
    super(scope, id);
    checkProps<ClusterProps>(this, 'Cluster', props, CLUSTER_PROPS, true);
    checkNodeDefaults(this, props);
    checkArray(this, 'roles', props.roles, "{ name: 'node', count: 3 }");
    this.props = props;
    this.clusterName = props.name ?? id.toLowerCase();
    checkHostname(this, 'name', this.clusterName);
    this.host = Host.resolve(this, props.host);
    if (!props.roles || props.roles.length === 0) fail(this, 'a cluster needs at least one role', props.roles, "give roles: [{ name: 'node', count: 3 }]");
    if (!props.networks || props.networks.length === 0) fail(this, 'a cluster needs at least one network', props.networks, 'give networks: [network]');
    const seen = new Set<string>();
    // by index: forEach would skip the holes of a sparse array ([, role])
    for (let i = 0; i < props.roles.length; i++) checkRole(this, i, props.roles[i]);
    checkConfigurator(this, props.configurator);
    if (props.kind !== undefined && !isToken(props.kind)) {
      const fix = "give a short name such as 'generic' or 'k8s' (letters, digits, '.', '_' or '-')";
      checkSingleString(this, 'kind', props.kind, fix);
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/.test(props.kind)) fail(this, 'kind is not a short name', props.kind, fix);
    }
    for (const role of props.roles) {
      if (seen.has(role.name)) fail(this, 'a role name is used twice', role.name, 'give every role its own name');
      seen.add(role.name);
      checkLiteralInteger(this, `roles[${role.name}].count`, role.count, 0, 999);
      checkLiteralInteger(this, `roles[${role.name}].firstHostNumber`, role.firstHostNumber, 1);
      checkSizing(this, role, `roles[${role.name}].`);
      checkConstructList(this, `roles[${role.name}].hosts`, role.hosts, HOST, 'host');
      checkArray(this, `roles[${role.name}].dataDisks`, role.dataDisks, '{ sizeGiB: 20 }');
      if (role.hosts !== undefined && role.hosts.length === 0) fail(this, `role ${role.name} has an empty hosts list`, role.hosts, 'leave hosts unset, or give at least one host');
    }
    this.roles = props.roles;
    this.kind = props.kind ?? 'generic';
    modelOf(this).clusters.push(() => ({
      path: this.node.path,
      name: Lab.qualify(this, this.clusterName),
      kind: this.kind,
      roles: this.roles.map((r) => ({ name: r.name, machines: this.nodes.filter((n) => n.role === r.name).map((n) => n.machine.node.path) })),
      ...(this.endpoint !== undefined ? { endpoint: this.endpoint } : {}),
    }));
    this.createNodes();
  }

  /** The address clients use to reach the cluster's API, for clusters that have one. */
  public get endpoint(): string | undefined {
    const endpoint: unknown = this.props.configurator?.endpoint?.(this);
    if (endpoint !== undefined && typeof endpoint !== 'string') {
      fail(this, "the configurator's endpoint() returned something that is not an address", endpoint, 'return the address clients use as a string, or undefined');
    }
    return endpoint;
  }

  /** The nodes of one role. */
  public nodesOf(role: string): VirtualMachine[] {
    return this.nodes.filter((n) => n.role === role).map((n) => n.machine);
  }

  private createNodes(): void {
    for (const role of this.roles) {
      for (let i = 0; i < role.count; i++) {
        const host = role.hosts ? role.hosts[i % role.hosts.length] : this.host;
        const networks = this.props.networks.filter((n) => Network.reaches(n, host));
        if (networks.length === 0) {
          fail(this, `node ${role.name}-${i} is placed on host ${host.hostName}, where the cluster has no network`,
            this.props.networks.map((n) => `${n.literalName}@${n.host.hostName}`), `add a network on ${host.hostName} to networks`);
        }
        const cloudConfig = new CloudConfig();
        this.props.configurator?.configureNode(this, role, i, cloudConfig);
        const machine = new VirtualMachine(this, `${role.name}-${i}`, {
          host,
          name: `${this.clusterName}-${role.name}-${i}`,
          image: role.image ?? this.props.image,
          // a node on another host cannot use a pool of the cluster's host (the lab's pool, typically)
          pool: host === this.host ? this.props.pool : [Lab.of(this)?.pool].find((p) => p?.host === host) ?? host.defaultPool,
          vcpus: role.vcpus ?? 2,
          memoryMiB: role.memoryMiB ?? 2048,
          rootDiskGiB: role.rootDiskGiB,
          dataDisks: role.dataDisks,
          nics: networks.map((network) => ({ network })),
          hostNumber: role.firstHostNumber === undefined ? undefined : role.firstHostNumber + i,
          sshAuthorizedKeys: this.props.sshAuthorizedKeys,
          loginUser: this.props.loginUser,
          cloudConfig,
        });
        planOf(this).setMembership(machine.node.path, { cluster: this.node.path, role: role.name });
        this.nodes.push({ role: role.name, index: i, machine });
      }
    }
  }
}

const CLUSTER_PROPS: Record<keyof ClusterProps, true> = {
  roles: true, networks: true, host: true, image: true, pool: true, sshAuthorizedKeys: true, loginUser: true, name: true, configurator: true, kind: true,
};

const ROLE_PROPS: Record<keyof ClusterRole, true> = {
  name: true, count: true, vcpus: true, memoryMiB: true, rootDiskGiB: true, dataDisks: true, image: true, hosts: true, firstHostNumber: true,
};

/** Role `i` as given: a plain object with a name (a DNS label) and a count. */
function checkRole(scope: Construct, i: number, role: unknown): void {
  const proto = role !== null && typeof role === 'object' ? Object.getPrototypeOf(role) : undefined;
  if (proto !== Object.prototype && proto !== null) {
    // a RegExp, a Date, a Map: named by their kind, which their JSON ({}) would hide
    const shown = proto === undefined ? role : `a ${Object.prototype.toString.call(role).slice(8, -1)}`;
    fail(scope, `roles[${i}] is not an object of role props`, shown, "give each role as an object such as { name: 'node', count: 3 }");
  }
  checkProps<ClusterRole>(scope, `roles[${i}]`, role, ROLE_PROPS, true);
  const { name, count } = role as ClusterRole;
  if (name === undefined) fail(scope, `roles[${i}] has no name`, role, "give each role a name, such as { name: 'node', count: 3 }");
  checkHostname(scope, 'role name', name);
  if (count === undefined) fail(scope, `role ${name} has no count`, role, `give the number of nodes of the role, such as { name: '${name}', count: 3 } (0 for none yet)`);
}

/** The configurator as given: an object with a configureNode method, and maybe an endpoint method. */
function checkConfigurator(scope: Construct, configurator: unknown): void {
  if (configurator === undefined) return;
  const c = configurator as { configureNode?: unknown; endpoint?: unknown } | null;
  if (c === null || (typeof c !== 'object' && typeof c !== 'function') || typeof c.configureNode !== 'function') {
    fail(scope, 'configurator has no configureNode(cluster, role, index, cloudConfig) method', configurator,
      'pass an object such as { configureNode(cluster, role, index, config) { config.addPackages(\'htop\'); } }');
  }
  if (c.endpoint !== undefined && typeof c.endpoint !== 'function') {
    fail(scope, 'configurator.endpoint is not a method', c.endpoint, 'make it a method that returns the address clients use, endpoint(cluster) { return ... }, or leave it out');
  }
}

/**
 * What the nodes of a cluster take from it (the props a {@link K3sCluster} shares): constructs, not
 * their names, the networks as an array, and the login user and its SSH keys. @internal
 */
export function checkNodeDefaults(scope: Construct, props: ClusterNodeDefaults & { readonly networks: INetwork[] }): void {
  checkConstructRefs(scope, props);
  checkConstructList(scope, 'networks', props.networks, NETWORK, 'network');
  checkUserAndKeys(scope, props.loginUser, props.sshAuthorizedKeys);
}
