/**
 * The files that make a machine a k3s node, rendered from plain data: config.yaml (which settings
 * each role and index gets, the token as a reference or quoted literal) and keepalived.conf.
 */
import { TerraformOutput, TerraformVariable, Testing } from 'cdktf';
import { parse } from 'yaml';
import {
  K3S_CONFIG_FILE, K3sNodeConfig, KeepalivedServerConfig, PRIMARY_NIC, renderK3sConfig, renderKeepalivedConfig,
} from '../../lib/private/k3s-config';
import { newStack } from '../support/lab';

const TOKEN = 'Zq4rT7uW9yB2dF5hJ8kM1nP3sV6xA0cE4gI7lO9qS2uX5zC8';

/** The first of three servers of cluster demo-k3s, VIP 10.77.0.5; `overrides` make another node. */
function node(overrides: Partial<K3sNodeConfig> = {}): K3sNodeConfig {
  return {
    machineName: 'demo-k3s-server-0',
    clusterName: 'demo-k3s',
    isServer: true,
    index: 0,
    serverCount: 3,
    firstServerUrl: 'https://10.77.0.10:6443',
    apiServerUrl: 'https://10.77.0.5:6443',
    endpoint: '10.77.0.5',
    token: TOKEN,
    nodeIp: '10.77.0.10',
    ...overrides,
  };
}

/** config.yaml parsed as k3s reads it (YAML 1.1; the header comment is ignored). */
const settings = (text: string) => parse(text, { version: '1.1' });

describe('renderK3sConfig', () => {
  test('the file k3s reads, on the first NIC', () => {
    expect(K3S_CONFIG_FILE).toBe('/etc/rancher/k3s/config.yaml');
    expect(PRIMARY_NIC).toBe('nic0');
  });

  test('the first of three servers initialises embedded etcd: the whole file', () => {
    expect(renderK3sConfig(node())).toBe([
      '# k3s settings of demo-k3s-server-0, written by cdktf-libvirt (cluster demo-k3s)',
      'cluster-init: true',
      `token: ${TOKEN}`,
      'node-ip: 10.77.0.10',
      'flannel-iface: nic0',
      'tls-san:',
      '  - 10.77.0.5',
      'write-kubeconfig-mode: "0600"',
      '',
    ].join('\n'));
  });

  test('the other servers join the first one directly', () => {
    expect(settings(renderK3sConfig(node({ machineName: 'demo-k3s-server-2', index: 2, nodeIp: '10.77.0.12' })))).toEqual({
      server: 'https://10.77.0.10:6443',
      token: TOKEN,
      'node-ip': '10.77.0.12',
      'flannel-iface': 'nic0',
      'tls-san': ['10.77.0.5'],
      'write-kubeconfig-mode': '0600',
    });
  });

  test('a single server neither initialises etcd nor joins anything', () => {
    expect(settings(renderK3sConfig(node({ serverCount: 1, endpoint: '10.77.0.10', apiServerUrl: 'https://10.77.0.10:6443' })))).toEqual({
      token: TOKEN,
      'node-ip': '10.77.0.10',
      'flannel-iface': 'nic0',
      'tls-san': ['10.77.0.10'],
      'write-kubeconfig-mode': '0600',
    });
  });

  test('agents join through the API endpoint, and have no server settings', () => {
    const text = renderK3sConfig(node({ machineName: 'demo-k3s-agent-0', isServer: false, index: 0, nodeIp: '10.77.0.20' }));
    expect(text.split('\n')[0]).toBe('# k3s settings of demo-k3s-agent-0, written by cdktf-libvirt (cluster demo-k3s)');
    expect(settings(text)).toEqual({
      server: 'https://10.77.0.5:6443',
      token: TOKEN,
      'node-ip': '10.77.0.20',
      'flannel-iface': 'nic0',
    });
  });

  test('labels and taints go to node-label and node-taint, after the other settings; empty lists are left out', () => {
    const text = renderK3sConfig(node({ isServer: false, labels: ['tier=edge', 'example.com/gpu=yes'], taints: ['dedicated=gpu:NoSchedule'] }));
    expect(text).toMatch(/flannel-iface: nic0\nnode-label:\n {2}- tier=edge\n {2}- example\.com\/gpu=yes\nnode-taint:\n {2}- dedicated=gpu:NoSchedule\n$/);
    expect(settings(renderK3sConfig(node({ labels: [], taints: [] })))).not.toHaveProperty('node-label');
    expect(settings(renderK3sConfig(node({ labels: [], taints: [] })))).not.toHaveProperty('node-taint');
  });

  test('without a planned address there is no node-ip', () => {
    expect(settings(renderK3sConfig(node({ nodeIp: undefined })))).not.toHaveProperty('node-ip');
  });

  test('a literal token is quoted as YAML needs', () => {
    const token = 'a: #b "c" yes';
    expect(settings(renderK3sConfig(node({ token }))).token).toBe(token);
  });

  test('a token that is a reference is written JSON-encoded, for Terraform to fill in', () => {
    const stack = newStack();
    const variable = new TerraformVariable(stack, 'token', { type: 'string' });
    new TerraformOutput(stack, 'config', { value: renderK3sConfig(node({ token: variable.stringValue })) });
    const text: string = JSON.parse(Testing.synth(stack)).output.config.value;
    expect(text).toContain('\ntoken: ${jsonencode(var.token)}\nnode-ip: 10.77.0.10\n');
  });
});

describe('renderKeepalivedConfig', () => {
  const servers: KeepalivedServerConfig = {
    clusterName: 'demo-k3s',
    hostname: 'demo-k3s-server-0',
    index: 0,
    serverAddresses: ['10.77.0.10', '10.77.0.11', '10.77.0.12'],
    virtualIp: '10.77.0.5',
  };

  test('the first server: the whole file, VRRP unicast to the two others, the VIP on nic0', () => {
    expect(renderKeepalivedConfig(servers)).toBe([
      '# The Kubernetes API address 10.77.0.5 of k3s cluster demo-k3s, written by cdktf-libvirt.',
      '# The server with the highest priority whose k3s is running holds it; a stopped k3s lowers its priority by 50.',
      'global_defs {',
      '  router_id demo-k3s-server-0',
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
      '  interface nic0',
      '  virtual_router_id 93',
      '  priority 150',
      '  advert_int 1',
      '  unicast_src_ip 10.77.0.10',
      '  unicast_peer {',
      '    10.77.0.11',
      '    10.77.0.12',
      '  }',
      '  virtual_ipaddress {',
      '    10.77.0.5/32 dev nic0',
      '  }',
      '  track_script {',
      '    k3s_running',
      '  }',
      '}',
      '',
    ].join('\n'));
  });

  test('each server has its own address, its peers and a lower priority; the router id is the VIP\'s', () => {
    const third = renderKeepalivedConfig({ ...servers, hostname: 'demo-k3s-server-2', index: 2 });
    expect(third).toContain('  router_id demo-k3s-server-2\n');
    expect(third).toContain('  priority 130\n');
    expect(third).toContain('  unicast_src_ip 10.77.0.12\n  unicast_peer {\n    10.77.0.10\n    10.77.0.11\n  }\n');
    expect(third).toContain('  virtual_router_id 93\n');
    expect(renderKeepalivedConfig({ ...servers, index: 1 })).toContain('  priority 140\n');
  });

  test('the router id, 1 to 255, follows the VIP', () => {
    expect(renderKeepalivedConfig({ ...servers, virtualIp: '10.77.0.6' })).toContain('  virtual_router_id 94\n');
    expect(renderKeepalivedConfig({ ...servers, virtualIp: '192.168.1.254' })).toContain('  virtual_router_id 106\n');
    // the address as a number, modulo 255, plus 1: never 0 (keepalived refuses it), at most 255
    expect(renderKeepalivedConfig({ ...servers, virtualIp: '10.77.0.167' })).toContain('  virtual_router_id 255\n');
    expect(renderKeepalivedConfig({ ...servers, virtualIp: '10.77.0.168' })).toContain('  virtual_router_id 1\n');
  });
});
