import { Password } from '@cdktf/provider-random/lib/password';
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { TerraformProvider, TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { CloudConfig } from './cloud-init';
import { checkNodeDefaults, Cluster, ClusterNodeDefaults, ClusterRole, IClusterConfigurator } from './cluster';
import { LibvirtValidationError } from './errors';
import { IHost } from './host';
import { checkInstall, installScript, K3sInstall } from './k3s-install';
import { Lab } from './lab';
import { INetwork } from './network';
import { parseIpv4 } from './private/ipv4';
import { K3S_CONFIG_FILE, renderK3sConfig, renderKeepalivedConfig } from './private/k3s-config';
import { checkLabelsAndTaints } from './private/k3s-labels';
import { claimedOutput } from './private/outputs';
import { planOf } from './private/plan';
import { pinProviderVersion } from './private/provider-versions';
import { shellWord } from './private/shell';
import { escapeTerraformTemplate } from './private/terraform-escape';
import { checkConstructList, checkSizing } from './private/machine-checks';
import { checkArray, checkHostname, checkLiteralInteger, checkProps, checkUniqueId, fail, HOST, isToken } from './private/validate';
import { VirtualMachine } from './virtual-machine';

// K3sInstall moved to its own file; re-exported so that imports of it from this module keep working
export { K3sInstall } from './k3s-install';
export type { K3sAirGappedInstallOptions, K3sScriptInstallOptions } from './k3s-install';

/** Sizing, placement, labels and taints of the nodes of one k3s role (servers or agents). */
export interface K3sRoleOptions {
  /**
   * vCPUs of each node.
   * @default 2 (k3s's documented minimum for a server)
   */
  readonly vcpus?: number;
  /**
   * Memory of each node in MiB.
   * @default 2048 (k3s's documented minimum for a server)
   */
  readonly memoryMiB?: number;
  /**
   * Root disk of each node in GiB (a qcow2 overlay: it only takes the space the guest writes).
   * @default 20 - container images outgrow the 10 GiB machine default quickly
   */
  readonly rootDiskGiB?: number;
  /**
   * Kubernetes labels of the nodes, as `key=value` (k3s `node-label`). Keys in the `kubernetes.io`
   * and `k8s.io` namespaces are refused, except those the kubelet allows (for example
   * `node.kubernetes.io/...` and `topology.kubernetes.io/zone`): the kubelet would refuse to start.
   * Set `node-role.kubernetes.io/...` with kubectl after the nodes have joined.
   * @default - none
   */
  readonly labels?: string[];
  /**
   * Kubernetes taints of the nodes, as `key=value:Effect` or `key:Effect`, with Effect one of
   * `NoSchedule`, `PreferNoSchedule`, `NoExecute` (k3s `node-taint`).
   * @default - none
   */
  readonly taints?: string[];
  /**
   * KVM hosts of the nodes: node i runs on `hosts[i % hosts.length]`.
   * @default - the cluster's host
   */
  readonly hosts?: IHost[];
  /**
   * Host number of the role's first node: node i gets `firstHostNumber + i` on every network that
   * allocates addresses (predictable addresses, in a block you choose; also the fix when two nodes'
   * identities map to the same address).
   * @default - each node's address is derived from its identity
   */
  readonly firstHostNumber?: number;
}

/** Props of a {@link K3sCluster}. */
export interface K3sClusterProps extends ClusterNodeDefaults {
  /**
   * Name of the cluster, the first part of its node names (`<name>-server-<i>`, `<name>-agent-<i>`).
   * @default - the construct id, lowercased
   */
  readonly name?: string;
  /**
   * Number of servers (control plane): 1, or 3 for a highly available control plane on embedded
   * etcd (the first server initialises the cluster, the other two join it).
   * @default 1
   */
  readonly servers?: number;
  /**
   * Number of agents (workers).
   * @default 0 - workloads run on the servers
   */
  readonly agents?: number;
  /**
   * Sizing, placement, labels and taints of the servers.
   * @default - 2 vCPUs, 2048 MiB, 20 GiB, no labels or taints, on the cluster's host
   */
  readonly serverOptions?: K3sRoleOptions;
  /**
   * Sizing, placement, labels and taints of the agents.
   * @default - 2 vCPUs, 2048 MiB, 20 GiB, no labels or taints, on the cluster's host
   */
  readonly agentOptions?: K3sRoleOptions;
  /**
   * Networks of the nodes. The first one on a node's host is its primary network: the node's
   * Kubernetes address (node-ip), the pod network's interface (nic0) and the API endpoint are on it.
   * It must allocate addresses (libvirt-managed networks do), so that the addresses are known at synth.
   */
  readonly networks: INetwork[];
  /**
   * Where the nodes get k3s from.
   * @default K3sInstall.script() - the latest stable release, from the internet
   */
  readonly install?: K3sInstall;
  /**
   * With three servers: the virtual IP of the Kubernetes API, on the servers' primary network,
   * outside its DHCP range and not used by any machine.
   * @default - allocated by the network from the cluster's identity, like a machine's address
   */
  readonly apiAddress?: string;
  /**
   * The SSH config file the `<name>_kubeconfig_command` output uses, as a path from the directory
   * the command is run in.
   * @default 'cdktf.out/stacks/<stack>/ssh_config' - the one written beside the stack's plan, for
   * running the command in the project directory
   */
  readonly sshConfigFile?: string;
}

/** The port of the Kubernetes API (and of k3s's supervisor, which servers and agents join). */
export const K3S_API_PORT = 6443;

const INSTALL_FILE = '/usr/local/sbin/cdktf-libvirt-k3s-install';
const KEEPALIVED_FILE = '/etc/keepalived/keepalived.conf';

/**
 * A k3s Kubernetes cluster on a {@link Cluster} of virtual machines: one server, or three on
 * embedded etcd, plus agents, with per-role sizing, placement, labels and taints.
 *
 * - **Join token**: generated by Terraform (`random_password`, sensitive, 48 letters and digits)
 *   and written to the nodes' `/etc/rancher/k3s/config.yaml` (mode 0600) as a reference in the
 *   cloud-init user-data. It never appears in plain text in the synthesized JSON or the artifacts;
 *   it is in the Terraform state, like every secret Terraform generates.
 * - **API endpoint** ({@link endpoint}): with one server, its address; with three, a virtual IP
 *   that keepalived (VRRP, unicast between the servers, on their primary NIC) moves to a server
 *   whose k3s is running. The address is in the servers' certificate (`tls-san`), in the topology
 *   and in the output `<name>_api_endpoint` (`https://<address>:6443`).
 * - **Kubeconfig**: once k3s runs, the output `<name>_kubeconfig_command` holds the shell command
 *   that prints the kubeconfig: `ssh -F cdktf.out/stacks/<stack>/ssh_config <first server> sudo cat
 *   /etc/rancher/k3s/k3s.yaml`, piped through `sed` to put the API endpoint in place of 127.0.0.1.
 *   It uses the SSH config written beside the stack's plan and the SSH key whose public half the
 *   nodes accept. In the project directory:
 *   `sh -c "$(terraform -chdir=cdktf.out/stacks/<stack> output -raw <name>_kubeconfig_command)" > k3s.yaml`,
 *   then `KUBECONFIG=k3s.yaml kubectl get nodes`.
 *
 * Nodes are named `<name>-server-<i>` and `<name>-agent-<i>`; adding agents adds machines and
 * changes nothing on the others. The servers' and agents' user-data depend on the API endpoint,
 * so going from one to three servers restarts every node with a new seed.
 */
export class K3sCluster extends Construct {
  /** The cluster's name (without the lab prefix). */
  public readonly clusterName: string;
  /** The machines, in roles `server` and `agent` (escape hatch). */
  public readonly cluster: Cluster;
  /** The servers, in index order. */
  public readonly servers: VirtualMachine[];
  /** The agents, in index order. */
  public readonly agents: VirtualMachine[];
  /** The address of the Kubernetes API: the virtual IP (three servers) or the server's address. */
  public readonly endpoint: string;
  /** `https://<endpoint>:6443`. */
  public readonly apiServerUrl: string;
  /** The join token: a `random_password` resource, whose result is sensitive. */
  public readonly joinToken: Password;
  /** Where the nodes get k3s from. */
  public readonly install: K3sInstall;
  /** The shell command that prints the cluster's kubeconfig once it runs (also an output). */
  public readonly kubeconfigCommand: string;

  constructor(scope: Construct, id: string, props: K3sClusterProps) {
    checkUniqueId(scope, id, 'K3sCluster');
    super(scope, id);
    checkProps<K3sClusterProps>(this, 'K3sCluster', props, K3S_PROPS, true);
    checkNodeDefaults(this, props);
    this.clusterName = props.name ?? id.toLowerCase();
    checkHostname(this, 'name', this.clusterName);
    const serverCount = props.servers ?? 1;
    if (isToken(serverCount) || (serverCount !== 1 && serverCount !== 3)) {
      fail(this, 'servers must be 1 or 3', props.servers,
        'use 1 server, or 3 for a highly available control plane (embedded etcd needs an odd number, and 3 tolerate the loss of one)');
    }
    const agentCount = props.agents ?? 0;
    checkLiteralInteger(this, 'agents', props.agents, 0, 999);
    const serverOptions = props.serverOptions ?? {};
    const agentOptions = props.agentOptions ?? {};
    checkRoleOptions(this, 'serverOptions', serverOptions);
    checkRoleOptions(this, 'agentOptions', agentOptions);
    checkLabelsAndTaints(this, 'serverOptions', serverOptions.labels, serverOptions.taints);
    checkLabelsAndTaints(this, 'agentOptions', agentOptions.labels, agentOptions.taints);
    this.install = props.install ?? K3sInstall.script();
    checkInstall(this, this.install);
    const highlyAvailable = serverCount === 3;
    if (props.apiAddress !== undefined && !highlyAvailable) {
      fail(this, 'apiAddress needs three servers: with one server the API is at the server\'s own address', props.apiAddress,
        'remove apiAddress, or set servers: 3');
    }
    checkSshConfigFile(this, props.sshConfigFile);

    this.joinToken = new Password(this, 'Token', {
      provider: randomProviderOf(this),
      // letters and digits only: the token is safe in YAML, in a URL and in a shell word
      length: 48,
      special: false,
    });

    // A node's own address is planned when its machine is created, so the k3s files (which name it)
    // are added to each node's seed below, once every node and its address exist, as seed parts
    // in the stack's plan: the configurator only adds the packages.
    const install = this.install;
    const configurator: IClusterConfigurator = {
      configureNode: (_cluster: Cluster, role: ClusterRole, _index: number, cloudConfig: CloudConfig) => {
        // the install script downloads k3s with curl or wget; the other sources need neither
        if (install.kind === 'script') cloudConfig.addPackages('curl');
        if (highlyAvailable && role.name === 'server') cloudConfig.addPackages('keepalived');
      },
      endpoint: () => this.endpoint,
    };
    const role = (name: string, count: number, options: K3sRoleOptions): ClusterRole => ({
      name,
      count,
      vcpus: options.vcpus,
      memoryMiB: options.memoryMiB,
      rootDiskGiB: options.rootDiskGiB ?? 20,
      hosts: options.hosts,
      firstHostNumber: options.firstHostNumber,
    });
    this.cluster = new Cluster(this, 'Nodes', {
      name: this.clusterName,
      kind: 'k3s',
      roles: [role('server', serverCount, serverOptions), role('agent', agentCount, agentOptions)],
      networks: props.networks,
      host: props.host,
      image: props.image,
      pool: props.pool,
      sshAuthorizedKeys: props.sshAuthorizedKeys,
      loginUser: props.loginUser,
      configurator,
    });
    this.servers = this.cluster.nodesOf('server');
    this.agents = this.cluster.nodesOf('agent');

    const serverAddresses = this.servers.map((server) => {
      const address = server.nics[0].address;
      if (address === undefined || isToken(address)) {
        fail(this, `server ${server.machineName} has no address planned on its primary network ${server.nics[0].network.literalName}`,
          server.nics[0].addressing,
          'put a network that allocates addresses (a libvirt-managed Network, or Network.fromName with cidr and allocateAddresses) first in networks');
      }
      return address;
    });
    this.endpoint = highlyAvailable ? this.virtualIp(props.apiAddress) : serverAddresses[0];
    this.apiServerUrl = `https://${this.endpoint}:${K3S_API_PORT}`;

    const plan = planOf(this);
    const qualifiedName = Lab.qualify(this, this.clusterName);
    for (const node of this.cluster.nodes) {
      const cloudConfig = new CloudConfig();
      const isServer = node.role === 'server';
      const options = isServer ? serverOptions : agentOptions;
      cloudConfig.addFile({
        path: K3S_CONFIG_FILE,
        content: renderK3sConfig({
          machineName: node.machine.machineName,
          clusterName: qualifiedName,
          isServer,
          index: node.index,
          serverCount: this.servers.length,
          firstServerUrl: `https://${serverAddresses[0]}:${K3S_API_PORT}`,
          apiServerUrl: this.apiServerUrl,
          endpoint: this.endpoint,
          // a reference, resolved by Terraform: the token never appears in plain text
          token: this.joinToken.result,
          nodeIp: node.machine.nics[0].address,
          labels: options.labels,
          taints: options.taints,
        }),
        permissions: '0600',
      });
      if (highlyAvailable && isServer) {
        cloudConfig.addFile({
          path: KEEPALIVED_FILE,
          content: renderKeepalivedConfig({
            clusterName: qualifiedName, hostname: node.machine.hostname, index: node.index, serverAddresses, virtualIp: this.endpoint,
          }),
        });
        cloudConfig.addCommand('systemctl enable keepalived && systemctl restart keepalived');
      }
      const script = installScript(this, install, isServer ? 'server' : 'agent', node.machine.host.architecture);
      if (script !== undefined) {
        cloudConfig.addFile({ path: INSTALL_FILE, content: script, permissions: '0755' });
        cloudConfig.addCommand(INSTALL_FILE);
      }
      plan.addSeedPart(node.machine.node.path, cloudConfig);
    }

    const first = this.servers[0];
    const sshConfig = props.sshConfigFile ?? `cdktf.out/stacks/${TerraformStack.of(this).node.id}/ssh_config`;
    this.kubeconfigCommand = `ssh -F ${shellWord(sshConfig)} ${shellWord(first.machineName)} sudo cat /etc/rancher/k3s/k3s.yaml`
      + ` | sed ${shellWord(`s#https://127.0.0.1:${K3S_API_PORT}#${this.apiServerUrl}#`)}`;

    claimedOutput(this, 'ApiEndpoint', `${qualifiedName}_api_endpoint`, "the cluster's name", {
      value: this.apiServerUrl,
      description: `URL of the Kubernetes API of k3s cluster ${qualifiedName}`,
    });
    claimedOutput(this, 'KubeconfigCommand', `${qualifiedName}_kubeconfig_command`, "the cluster's name", {
      value: escapeTerraformTemplate(this.kubeconfigCommand),
      description: `shell command, run in the project directory once k3s runs, that prints the kubeconfig of k3s cluster ${qualifiedName}`,
    });
  }

  /** The virtual IP of a three-server cluster: given, or allocated on the servers' shared primary network. */
  private virtualIp(apiAddress: string | undefined): string {
    const network = this.servers[0].nics[0].network;
    const elsewhere = this.servers.find((s) => s.nics[0].network !== network);
    if (elsewhere) {
      fail(this, `the API's virtual IP needs the three servers on one network, but ${elsewhere.machineName} is on ${elsewhere.nics[0].network.literalName} of host ${elsewhere.host.hostName}`,
        this.servers.map((s) => `${s.machineName}: ${s.nics[0].network.literalName}@${s.host.hostName}`),
        'place the three servers on one host (serverOptions.hosts), or put a network they share first in networks');
    }
    if (apiAddress !== undefined) {
      if (isToken(apiAddress) || parseIpv4(apiAddress) === undefined) {
        fail(this, 'apiAddress is not an IPv4 address', apiAddress, `give a literal, free IPv4 address of network ${network.literalName}${network.cidr === undefined ? '' : ` (${network.cidr})`}, outside its DHCP range`);
      }
      // checked against subnet, gateway, DHCP range and every planned address, and reserved
      network.reserveAddress(this, apiAddress);
      return apiAddress;
    }
    let allocated: string | undefined;
    try {
      allocated = network.allocateAddress(this, `${Lab.identityOf(this)}/api-vip`);
    } catch (e) {
      // allocation skips taken addresses, so it only fails on a full network: said for the VIP, not a machine
      if (!LibvirtValidationError.isLibvirtValidationError(e) || e.constructPath !== this.node.path) throw e;
      const problem = e.message.slice(this.node.path.length + 2).split(' (got ')[0].replace(' for this machine', '');
      fail(this, `no address is left for the API's virtual IP: ${problem}`, e.value,
        `${e.fix}, or set apiAddress to an address of network ${network.literalName} that no machine has`);
    }
    if (allocated === undefined || isToken(allocated)) {
      fail(this, `network ${network.literalName} does not allocate addresses, so no virtual IP can be planned on it`, network.node.path,
        'set apiAddress to a free address of that network');
    }
    return allocated;
  }
}

/** The random provider of the stack: the one among the stack's children, else a new one. */
function randomProviderOf(scope: IConstruct): TerraformProvider {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.children.find((c): c is TerraformProvider => c instanceof TerraformProvider && c.terraformResourceType === 'random');
  pinProviderVersion(scope, 'random');
  return existing ?? new RandomProvider(stack, 'random');
}

function checkSshConfigFile(scope: IConstruct, file: string | undefined): void {
  if (file === undefined) return;
  if (typeof file !== 'string' || isToken(file) || file.trim() === '' || /[\n\r\0]/.test(file)) {
    fail(scope, 'sshConfigFile is not a file path', file, "give the path of the stack's ssh_config, such as 'cdktf.out/stacks/lab/ssh_config'");
  }
}

const K3S_PROPS: Record<keyof K3sClusterProps, true> = {
  networks: true, servers: true, host: true, image: true, pool: true, sshAuthorizedKeys: true, loginUser: true, name: true, agents: true,
  serverOptions: true, agentOptions: true, install: true, apiAddress: true, sshConfigFile: true,
};

const ROLE_OPTIONS: Record<keyof K3sRoleOptions, true> = {
  vcpus: true, memoryMiB: true, rootDiskGiB: true, labels: true, taints: true, hosts: true, firstHostNumber: true,
};

/** The options of the servers or agents (`prop`): known options, lists as arrays, sizing QEMU runs. */
function checkRoleOptions(scope: IConstruct, prop: string, options: K3sRoleOptions): void {
  checkProps<K3sRoleOptions>(scope, prop, options, ROLE_OPTIONS);
  checkArray(scope, `${prop}.labels`, options.labels, "'tier=web'");
  checkArray(scope, `${prop}.taints`, options.taints, "'dedicated=db:NoSchedule'");
  checkConstructList(scope, `${prop}.hosts`, options.hosts, HOST, 'host');
  checkLiteralInteger(scope, `${prop}.firstHostNumber`, options.firstHostNumber, 1);
  checkSizing(scope, options, `${prop}.`);
}

/** A Terraform output name from a libvirt name: letters, digits and _, not starting with a digit. */
