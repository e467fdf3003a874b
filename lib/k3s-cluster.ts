import { Password } from '@cdktf/provider-random/lib/password';
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { Annotations, TerraformOutput, TerraformProvider, TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { CloudConfig } from './cloud-init';
import { Cluster, ClusterNodeDefaults, ClusterRole, IClusterConfigurator } from './cluster';
import { LibvirtValidationError } from './errors';
import { IHost } from './host';
import { Lab } from './lab';
import { INetwork } from './network';
import { parseIpv4 } from './private/ipv4';
import { planOf } from './private/plan';
import { pinProviderVersion } from './private/provider-versions';
import { escapeTerraformTemplate } from './private/terraform-escape';
import { checkHostname, checkInteger, fail, isToken } from './private/validate';
import { toGuestYaml } from './private/yaml';
import { VirtualMachine } from './virtual-machine';

/** Options of {@link K3sInstall.script}. */
export interface K3sScriptInstallOptions {
  /**
   * URL of the k3s install script.
   * @default 'https://get.k3s.io'
   */
  readonly url?: string;
  /**
   * The k3s release to install (`INSTALL_K3S_VERSION`), such as `v1.31.4+k3s1`. Strongly
   * recommended: without it every node installs whatever the stable channel offers on the day it
   * boots, so a node added next month can run a newer Kubernetes than the rest of the cluster.
   * @default - the latest release of the stable channel (with a synth warning)
   */
  readonly version?: string;
}

/** Options of {@link K3sInstall.airGapped}. */
export interface K3sAirGappedInstallOptions {
  /**
   * An http(s) URL of a directory that holds the files of one k3s release, as on the release's
   * GitHub page: `k3s` (for arm64: `k3s-arm64`), `k3s-airgap-images-amd64.tar.zst` (arm64:
   * `k3s-airgap-images-arm64.tar.zst`) and `install.sh`.
   */
  readonly mirrorUrl: string;
  /**
   * The release the mirror holds, such as `v1.31.4+k3s1`. Each node checks that the downloaded
   * binary reports this version before installing it, so a mirror that was moved to another
   * release fails loudly instead of mixing versions in one cluster.
   */
  readonly version: string;
}

const DEFAULT_SCRIPT_URL = 'https://get.k3s.io';

/**
 * Where the nodes get k3s from: the install script from the internet, files on a mirror for
 * networks without internet access, or nowhere (the nodes are prepared and you install k3s yourself).
 */
export class K3sInstall {
  /**
   * The install script (`curl -sfL https://get.k3s.io | sh -`), run on first boot; the guests need
   * internet access (the script downloads k3s from GitHub). Adds the `curl` package.
   */
  public static script(options: K3sScriptInstallOptions = {}): K3sInstall {
    return new K3sInstall('script', options.url ?? DEFAULT_SCRIPT_URL, options.version);
  }

  /**
   * An air-gapped install from a mirror: each node downloads the k3s binary, the airgap image
   * bundle (into `/var/lib/rancher/k3s/agent/images/`, where k3s imports it at start) and
   * `install.sh` from `mirrorUrl`, and runs `install.sh` with `INSTALL_K3S_SKIP_DOWNLOAD=true`.
   * The guests need to reach the mirror only. Downloads use curl when the image has it, else
   * Python (which every cloud-init image has).
   */
  public static airGapped(options: K3sAirGappedInstallOptions): K3sInstall {
    return new K3sInstall('air-gapped', options?.mirrorUrl, options?.version);
  }

  /**
   * No installation: every node gets `/etc/rancher/k3s/config.yaml` (join token, server URL,
   * node IP, labels, taints) and, with three servers, the virtual IP, but k3s itself is not
   * installed. For installing it yourself (for example with an Ansible playbook over the lab's
   * inventory: `k3s server` and `k3s agent` read that file), and for guests without internet access.
   */
  public static none(): K3sInstall {
    return new K3sInstall('none');
  }

  /** `script`, `air-gapped` or `none`. */
  public readonly kind: string;
  /** The install script URL (script) or the mirror directory (air-gapped). */
  public readonly url?: string;
  /** The k3s release, when pinned. */
  public readonly version?: string;

  private constructor(kind: string, url?: string, version?: string) {
    this.kind = kind;
    this.url = url;
    this.version = version;
  }
}

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

const CONFIG_FILE = '/etc/rancher/k3s/config.yaml';
const INSTALL_FILE = '/usr/local/sbin/cdktf-libvirt-k3s-install';
const KEEPALIVED_FILE = '/etc/keepalived/keepalived.conf';
/** The guest's name of a node's first NIC (VirtualMachine names NICs nic0, nic1, ... by MAC). */
const PRIMARY_NIC = 'nic0';
const VERSION = /^v\d+\.\d+\.\d+(-rc\d+)?\+k3s\d+$/;
const URL = /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[A-Za-z0-9._~!$&()*+,;=:@%/-]*)?$/;
const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

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
    super(scope, id);
    this.clusterName = props.name ?? id.toLowerCase();
    checkHostname(this, 'name', this.clusterName);
    const serverCount = props.servers ?? 1;
    if (isToken(serverCount) || (serverCount !== 1 && serverCount !== 3)) {
      fail(this, 'servers must be 1 or 3', props.servers,
        'use 1 server, or 3 for a highly available control plane (embedded etcd needs an odd number, and 3 tolerate the loss of one)');
    }
    const agentCount = props.agents ?? 0;
    checkInteger(this, 'agents', props.agents, 0, 999);
    const serverOptions = props.serverOptions ?? {};
    const agentOptions = props.agentOptions ?? {};
    checkRoleOptions(this, 'serverOptions', serverOptions);
    checkRoleOptions(this, 'agentOptions', agentOptions);
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
    for (const node of this.cluster.nodes) {
      const cloudConfig = new CloudConfig();
      const isServer = node.role === 'server';
      const options = isServer ? serverOptions : agentOptions;
      cloudConfig.addFile({
        path: CONFIG_FILE,
        content: this.k3sConfig(node.machine, isServer, node.index, serverAddresses[0], options),
        permissions: '0600',
      });
      if (highlyAvailable && isServer) {
        cloudConfig.addFile({ path: KEEPALIVED_FILE, content: this.keepalivedConfig(node.machine, node.index, serverAddresses) });
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

    const base = outputBase(Lab.qualify(this, this.clusterName));
    new TerraformOutput(this, 'ApiEndpoint', {
      value: this.apiServerUrl,
      description: `URL of the Kubernetes API of k3s cluster ${Lab.qualify(this, this.clusterName)}`,
    }).overrideLogicalId(`${base}_api_endpoint`);
    new TerraformOutput(this, 'KubeconfigCommand', {
      value: escapeTerraformTemplate(this.kubeconfigCommand),
      description: `shell command, run in the project directory once k3s runs, that prints the kubeconfig of k3s cluster ${Lab.qualify(this, this.clusterName)}`,
    }).overrideLogicalId(`${base}_kubeconfig_command`);
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
      // the network's message names the machine already there, but its fix is for machines
      if (!(e instanceof LibvirtValidationError) || e.constructPath !== this.node.path) throw e;
      const problem = e.message.slice(this.node.path.length + 2).split(' (got ')[0];
      const free = /\((\S+) is free\)/.exec(e.fix)?.[1];
      fail(this, `the address allocated to the API's virtual IP is taken: ${problem}`, e.value,
        `set apiAddress to a free address of network ${network.literalName}${free === undefined ? '' : `, such as ${free}`}`);
    }
    if (allocated === undefined || isToken(allocated)) {
      fail(this, `network ${network.literalName} does not allocate addresses, so no virtual IP can be planned on it`, network.node.path,
        'set apiAddress to a free address of that network');
    }
    return allocated;
  }

  /** /etc/rancher/k3s/config.yaml of one node; the token is a reference, JSON-encoded by Terraform. */
  private k3sConfig(machine: VirtualMachine, isServer: boolean, index: number, firstServer: string, options: K3sRoleOptions): string {
    const address = machine.nics[0].address;
    const doc: Record<string, unknown> = {};
    if (isServer && this.servers.length === 3 && index === 0) doc['cluster-init'] = true;
    // joining servers join the first one directly; agents join through the API endpoint
    if (isServer && index > 0) doc.server = `https://${firstServer}:${K3S_API_PORT}`;
    if (!isServer) doc.server = this.apiServerUrl;
    doc.token = this.joinToken.result;
    if (address !== undefined) doc['node-ip'] = address;
    doc['flannel-iface'] = PRIMARY_NIC;
    if (isServer) {
      doc['tls-san'] = [this.endpoint];
      doc['write-kubeconfig-mode'] = '0600';
    }
    if (options.labels && options.labels.length > 0) doc['node-label'] = options.labels;
    if (options.taints && options.taints.length > 0) doc['node-taint'] = options.taints;
    return `# k3s settings of ${machine.machineName}, written by cdktf-libvirt (cluster ${Lab.qualify(this, this.clusterName)})\n${toGuestYaml(doc)}`;
  }

  /** keepalived on a server: VRRP over unicast to the other servers, the VIP follows a running k3s. */
  private keepalivedConfig(machine: VirtualMachine, index: number, serverAddresses: string[]): string {
    const own = serverAddresses[index];
    const peers = serverAddresses.filter((_, i) => i !== index);
    const vip = this.endpoint;
    // unique per /24 (the VIP is unique on its network); unicast keeps other groups' packets apart anyway
    const routerId = (parseIpv4(vip)! % 255) + 1;
    return [
      `# The Kubernetes API address ${vip} of k3s cluster ${Lab.qualify(this, this.clusterName)}, written by cdktf-libvirt.`,
      '# The server with the highest priority whose k3s is running holds it; a stopped k3s lowers its priority by 50.',
      'global_defs {',
      `  router_id ${machine.hostname}`,
      '  enable_script_security',
      '  script_user root',
      '}',
      '',
      'vrrp_script k3s_running {',
      '  script "/usr/bin/systemctl is-active --quiet k3s"',
      '  interval 2',
      '  fall 2',
      '  rise 2',
      '  weight -50',
      '}',
      '',
      'vrrp_instance k3s_api {',
      '  state BACKUP',
      `  interface ${PRIMARY_NIC}`,
      `  virtual_router_id ${routerId}`,
      `  priority ${150 - 10 * index}`,
      '  advert_int 1',
      `  unicast_src_ip ${own}`,
      '  unicast_peer {',
      ...peers.map((p) => `    ${p}`),
      '  }',
      '  virtual_ipaddress {',
      `    ${vip}/32 dev ${PRIMARY_NIC}`,
      '  }',
      '  track_script {',
      '    k3s_running',
      '  }',
      '}',
      '',
    ].join('\n');
  }
}

/** The random provider of the stack: the one among the stack's children, else a new one. */
function randomProviderOf(scope: IConstruct): TerraformProvider {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.children.find((c): c is TerraformProvider => c instanceof TerraformProvider && c.terraformResourceType === 'random');
  pinProviderVersion(scope, 'random');
  return existing ?? new RandomProvider(stack, 'random');
}

/** Kubernetes label names: 63 characters, alphanumeric at both ends, `-_.` inside. */
const LABEL_NAME = /^[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
/** Labels in the kubelet's restricted namespaces that it allows (kubernetes/kubernetes, kubelet's --node-labels check). */
const KUBELET_LABELS = new Set([
  'kubernetes.io/hostname', 'kubernetes.io/arch', 'kubernetes.io/os', 'beta.kubernetes.io/arch', 'beta.kubernetes.io/os',
  'beta.kubernetes.io/instance-type', 'node.kubernetes.io/instance-type', 'failure-domain.beta.kubernetes.io/region',
  'failure-domain.beta.kubernetes.io/zone', 'topology.kubernetes.io/region', 'topology.kubernetes.io/zone',
]);

/**
 * Why `key` is not a valid label (or taint) key, or undefined when it is one. A node label is set by
 * the kubelet (k3s passes `node-label` as `--node-labels`), which refuses restricted namespaces.
 */
function labelKeyProblem(key: string, kubeletLabel: boolean): string | undefined {
  const slash = key.indexOf('/');
  const prefix = slash < 0 ? undefined : key.slice(0, slash);
  const name = slash < 0 ? key : key.slice(slash + 1);
  if (!LABEL_NAME.test(name)) return 'its name (after any prefix/) must be 1 to 63 letters, digits, -, _ or ., starting and ending with a letter or digit';
  if (prefix !== undefined && (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix))) return 'its prefix must be a lowercase DNS subdomain, such as example.com';
  if (kubeletLabel && prefix !== undefined && !KUBELET_LABELS.has(key)) {
    const restricted = ['kubernetes.io', 'k8s.io'].some((ns) => prefix === ns || prefix.endsWith(`.${ns}`));
    const allowed = ['kubelet.kubernetes.io', 'node.kubernetes.io'].some((ns) => prefix === ns || prefix.endsWith(`.${ns}`));
    if (restricted && !allowed) return 'the kubelet refuses to start with labels in the kubernetes.io and k8s.io namespaces (except node.kubernetes.io/, kubelet.kubernetes.io/ and a few well-known ones)';
  }
  return undefined;
}

function checkRoleOptions(scope: IConstruct, prop: string, options: K3sRoleOptions): void {
  const keys = new Set<string>();
  for (const [i, label] of (options.labels ?? []).entries()) {
    if (isToken(label)) {
      fail(scope, `${prop}.labels[${i}] must be known at synth`, label, "give the label as a literal 'key=value'");
    }
    const eq = typeof label === 'string' ? label.indexOf('=') : -1;
    if (eq < 0) fail(scope, `${prop}.labels[${i}] is not a label of the form key=value`, label, "write it as 'key=value', such as 'tier=edge'");
    const key = label.slice(0, eq);
    const value = label.slice(eq + 1);
    const problem = labelKeyProblem(key, true);
    if (problem !== undefined) {
      fail(scope, `${prop}.labels[${i}] has a key the kubelet does not accept: ${problem}`, label,
        key.includes('node-role.kubernetes.io') ? "use your own key, such as 'role=worker', or label the node with kubectl after it has joined"
          : "use a key such as 'tier' or 'example.com/tier'");
    }
    if (value !== '' && !LABEL_NAME.test(value)) {
      fail(scope, `${prop}.labels[${i}] has a value Kubernetes does not accept`, label,
        'give a value of up to 63 letters, digits, -, _ or ., starting and ending with a letter or digit (or an empty value)');
    }
    if (keys.has(key)) fail(scope, `${prop}.labels gives the key ${key} twice`, options.labels, 'give each label key once');
    keys.add(key);
  }
  for (const [i, taint] of (options.taints ?? []).entries()) {
    if (isToken(taint)) {
      fail(scope, `${prop}.taints[${i}] must be known at synth`, taint, "give the taint as a literal 'key=value:Effect'");
    }
    const m = typeof taint === 'string' ? /^([^=:]+)(?:=([^:]*))?:([^:]*)$/.exec(taint) : null;
    if (!m) {
      fail(scope, `${prop}.taints[${i}] is not a taint of the form key=value:Effect`, taint,
        "write it as 'key=value:Effect' or 'key:Effect', such as 'dedicated=gpu:NoSchedule'");
    }
    const [, key, value, effect] = m;
    if (!EFFECTS.includes(effect)) {
      fail(scope, `${prop}.taints[${i}] has an effect Kubernetes does not know`, taint, `end it with one of :${EFFECTS.join(', :')}`);
    }
    const problem = labelKeyProblem(key, false);
    if (problem !== undefined) {
      fail(scope, `${prop}.taints[${i}] has an invalid key: ${problem}`, taint, "use a key such as 'dedicated' or 'example.com/dedicated'");
    }
    if (value !== undefined && value !== '' && !LABEL_NAME.test(value)) {
      fail(scope, `${prop}.taints[${i}] has a value Kubernetes does not accept`, taint,
        'give a value of up to 63 letters, digits, -, _ or ., starting and ending with a letter or digit');
    }
  }
}

function checkInstall(scope: IConstruct, install: K3sInstall): void {
  if (!(install instanceof K3sInstall)) {
    fail(scope, 'install is not a K3sInstall', install, 'use K3sInstall.script(), K3sInstall.airGapped({ mirrorUrl, version }) or K3sInstall.none()');
  }
  if (install.kind === 'none') return;
  const what = install.kind === 'script' ? 'the install script URL' : 'mirrorUrl';
  if (typeof install.url !== 'string' || isToken(install.url) || !URL.test(install.url)) {
    fail(scope, `${what} is not an http(s) URL`, install.url,
      install.kind === 'script' ? "give a URL such as 'https://get.k3s.io', or leave url unset" : "give the directory of a k3s release on your mirror, such as 'http://mirror.lab:8080/k3s/v1.31.4+k3s1'");
  }
  if (install.version === undefined) {
    if (install.kind === 'air-gapped') fail(scope, 'an air-gapped install needs the version the mirror holds', undefined, "set version, such as 'v1.31.4+k3s1'");
    Annotations.of(scope).addWarning('k3s is installed without a version: each node gets the stable channel\'s release of the day it boots; '
      + "pin one with K3sInstall.script({ version: 'v1.31.4+k3s1' })");
    return;
  }
  if (typeof install.version !== 'string' || isToken(install.version) || !VERSION.test(install.version)) {
    fail(scope, 'the k3s version is not a k3s release name', install.version, "write it as on the k3s release page, such as 'v1.31.4+k3s1'");
  }
}

function checkSshConfigFile(scope: IConstruct, file: string | undefined): void {
  if (file === undefined) return;
  if (typeof file !== 'string' || isToken(file) || file.trim() === '' || /[\n\r\0]/.test(file)) {
    fail(scope, 'sshConfigFile is not a file path', file, "give the path of the stack's ssh_config, such as 'cdktf.out/stacks/lab/ssh_config'");
  }
}

/** The k3s file names of a libvirt guest architecture. */
const ARCH_SUFFIX: Record<string, { binary: string; images: string }> = {
  x86_64: { binary: 'k3s', images: 'k3s-airgap-images-amd64.tar.zst' },
  aarch64: { binary: 'k3s-arm64', images: 'k3s-airgap-images-arm64.tar.zst' },
};

/** The script that installs k3s on a node, or undefined for K3sInstall.none(). */
function installScript(scope: IConstruct, install: K3sInstall, command: 'server' | 'agent', architecture: string): string | undefined {
  if (install.kind === 'none') return undefined;
  const head = [
    '#!/bin/sh',
    `# Installs k3s as ${command === 'server' ? 'a server' : 'an agent'}: written by cdktf-libvirt, run once by cloud-init, safe to run again.`,
    `# k3s reads its settings, the join token among them, from ${CONFIG_FILE}.`,
    'set -eu',
    'fetch() {',
    '  if command -v curl >/dev/null 2>&1; then',
    '    curl -fsSL --retry 5 --retry-delay 3 --retry-connrefused -o "$2" "$1"',
    '  else',
    '    python3 -c \'import sys, urllib.request; urllib.request.urlretrieve(sys.argv[1], sys.argv[2])\' "$1" "$2"',
    '  fi',
    '}',
    'work=$(mktemp -d)',
    'trap \'rm -rf "$work"\' EXIT',
  ];
  if (install.kind === 'script') {
    const version = install.version === undefined ? '' : ` INSTALL_K3S_VERSION=${shellWord(install.version)}`;
    return [
      ...head,
      `fetch ${shellWord(install.url!)} "$work/install.sh"`,
      `INSTALL_K3S_EXEC=${command}${version} sh "$work/install.sh"`,
      '',
    ].join('\n');
  }
  const files = ARCH_SUFFIX[architecture];
  if (files === undefined) {
    fail(scope, `an air-gapped install has k3s files for x86_64 and aarch64 guests, not ${architecture}`, architecture,
      'run the nodes on an x86_64 or aarch64 host, or use K3sInstall.none() and install k3s yourself');
  }
  const mirror = install.url!.replace(/\/+$/, '');
  const images = '/var/lib/rancher/k3s/agent/images';
  return [
    ...head,
    `mkdir -p ${images} /usr/local/bin`,
    `fetch ${shellWord(`${mirror}/${files.binary}`)} "$work/k3s"`,
    `if ! "$work/k3s" --version | grep -qF ${shellWord(`k3s version ${install.version} `)}; then`,
    `  echo "the k3s binary on the mirror is not ${install.version}: $("$work/k3s" --version | head -n 1)" >&2`,
    '  exit 1',
    'fi',
    'install -m 0755 "$work/k3s" /usr/local/bin/k3s',
    `fetch ${shellWord(`${mirror}/${files.images}`)} ${images}/${files.images}`,
    `fetch ${shellWord(`${mirror}/install.sh`)} "$work/install.sh"`,
    `INSTALL_K3S_SKIP_DOWNLOAD=true INSTALL_K3S_EXEC=${command} sh "$work/install.sh"`,
    '',
  ].join('\n');
}

/** `text` as one POSIX shell word: unchanged when it needs no quoting, else in single quotes. */
function shellWord(text: string): string {
  return /^[A-Za-z0-9@%+=:,./_-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** A Terraform output name from a libvirt name: letters, digits and _, not starting with a digit. */
function outputBase(name: string): string {
  const base = name.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[0-9]/.test(base) ? `_${base}` : base;
}
