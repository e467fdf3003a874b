import { parseIpv4 } from './ipv4';
import { toGuestYaml } from './yaml';

/**
 * The files that make a machine a k3s node, rendered from plain data: its k3s settings
 * (`/etc/rancher/k3s/config.yaml`, which `k3s server` and `k3s agent` read) and, on the servers of
 * a highly available cluster, keepalived's configuration for the API's virtual IP.
 */

/** Where k3s reads its settings (the join token among them). */
export const K3S_CONFIG_FILE = '/etc/rancher/k3s/config.yaml';
/** The guest's name of a node's first NIC (VirtualMachine names NICs nic0, nic1, ... by MAC). */
export const PRIMARY_NIC = 'nic0';

/** What the k3s settings of one node are made of. */
export interface K3sNodeConfig {
  /** The node's machine name (for the file's header). */
  readonly machineName: string;
  /** The cluster's name with the lab prefix (for the file's header). */
  readonly clusterName: string;
  /** True for a server (control plane), false for an agent. */
  readonly isServer: boolean;
  /** The node's index among the nodes of its role. */
  readonly index: number;
  /** The number of servers: with 3, the first one initialises embedded etcd (`cluster-init`). */
  readonly serverCount: number;
  /** `https://<first server>:6443`, which the other servers join. */
  readonly firstServerUrl: string;
  /** `https://<endpoint>:6443`, which the agents join. */
  readonly apiServerUrl: string;
  /** The address of the Kubernetes API, in the servers' certificate (`tls-san`). */
  readonly endpoint: string;
  /** The join token: may be a token string (a reference), which the YAML writes JSON-encoded. */
  readonly token: string;
  /** The node's address on its primary network (`node-ip`), when planned. */
  readonly nodeIp?: string;
  /** Kubernetes labels of the node, `key=value`. */
  readonly labels?: string[];
  /** Kubernetes taints of the node, `key=value:Effect`. */
  readonly taints?: string[];
}

/** /etc/rancher/k3s/config.yaml of one node; a token reference is JSON-encoded by Terraform. */
export function renderK3sConfig(node: K3sNodeConfig): string {
  const doc: Record<string, unknown> = {};
  if (node.isServer && node.serverCount === 3 && node.index === 0) doc['cluster-init'] = true;
  // joining servers join the first one directly; agents join through the API endpoint
  if (node.isServer && node.index > 0) doc.server = node.firstServerUrl;
  if (!node.isServer) doc.server = node.apiServerUrl;
  doc.token = node.token;
  if (node.nodeIp !== undefined) doc['node-ip'] = node.nodeIp;
  doc['flannel-iface'] = PRIMARY_NIC;
  if (node.isServer) {
    doc['tls-san'] = [node.endpoint];
    doc['write-kubeconfig-mode'] = '0600';
  }
  if (node.labels && node.labels.length > 0) doc['node-label'] = node.labels;
  if (node.taints && node.taints.length > 0) doc['node-taint'] = node.taints;
  return `# k3s settings of ${node.machineName}, written by cdktf-libvirt (cluster ${node.clusterName})\n${toGuestYaml(doc)}`;
}

/** What keepalived's configuration on one server is made of. */
export interface KeepalivedServerConfig {
  /** The cluster's name with the lab prefix (for the file's header). */
  readonly clusterName: string;
  /** The server's hostname (keepalived's `router_id`). */
  readonly hostname: string;
  /** The server's index: the first server has the highest priority. */
  readonly index: number;
  /** The addresses of all servers on their shared primary network, in index order. */
  readonly serverAddresses: string[];
  /** The virtual IP of the Kubernetes API (a literal IPv4 address). */
  readonly virtualIp: string;
}

/** keepalived on a server: VRRP over unicast to the other servers, the VIP follows a running k3s. */
export function renderKeepalivedConfig(server: KeepalivedServerConfig): string {
  const { index, serverAddresses, virtualIp: vip } = server;
  const own = serverAddresses[index];
  const peers = serverAddresses.filter((_, i) => i !== index);
  // unique per /24 (the VIP is unique on its network); unicast keeps other groups' packets apart anyway
  const routerId = (parseIpv4(vip)! % 255) + 1;
  return [
    `# The Kubernetes API address ${vip} of k3s cluster ${server.clusterName}, written by cdktf-libvirt.`,
    '# The server with the highest priority whose k3s is running holds it; a stopped k3s lowers its priority by 50.',
    'global_defs {',
    `  router_id ${server.hostname}`,
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
