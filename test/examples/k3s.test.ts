import { Testing } from 'cdktf';
import { parse } from 'yaml';
import { K3S_VERSION, K3sLab } from '../../examples/k3s/main';
import { K3sInstall } from '../../lib';
import { assertSchemaConformance } from '../../lib/schema-check';
import { SSH_KEY } from '../support/lab';

/** The example synthesized with `install`, and readers of its nodes' documents. */
function synthK3sLab(install?: K3sInstall) {
  const app = Testing.app();
  const stack = new K3sLab(app, 'k3s', { sshPublicKey: SSH_KEY, install });
  const plan = JSON.parse(Testing.synth(stack));
  const seeds = Object.values<any>(plan.resource.libvirt_cloudinit_disk);
  const userData = (name: string) => parse(seeds.find((s) => s.name === `${name}-seed`).user_data, { version: '1.1' });
  const file = (name: string, filePath: string) => userData(name).write_files?.find((f: any) => f.path === filePath);
  return { stack, plan, userData, file };
}

describe('examples/k3s', () => {
  const { stack, plan, userData, file } = synthK3sLab();
  const NODES = ['k3s-demo-agent-0', 'k3s-demo-agent-1', 'k3s-demo-server-0'];
  const serverAddress = stack.k3s.servers[0].plannedAddresses[0];

  test('conforms to the provider schema', () => {
    expect(() => assertSchemaConformance(plan)).not.toThrow();
  });

  test('is one server and two agents, Debian 12 overlays, on the lab\'s NAT network and pool', () => {
    expect(Object.values<any>(plan.resource.libvirt_domain).map((d) => d.name).sort()).toEqual(NODES);
    expect(Object.values<any>(plan.resource.libvirt_network).map((n) => [n.name, n.forward?.mode])).toEqual([['k3s-net', 'nat']]);
    expect(Object.values<any>(plan.resource.libvirt_pool).map((p) => p.name)).toEqual(['k3s-pool']);
    for (const name of NODES) {
      const root = Object.values<any>(plan.resource.libvirt_volume).find((v) => v.name === `${name}-root.qcow2`);
      expect(root.backing_store.path).toMatch(/^\$\{libvirt_volume\.debian_Volume-[0-9a-f]+_[0-9A-F]+\[terraform_data\.[^\]]+_ImagePin-[^\]]+\.input\.image\]\.path\}$/);
      expect(root.capacity).toBe(20);
    }
  });

  test('the token is a random_password, referenced from every node\'s config.yaml', () => {
    const [id] = Object.keys(plan.resource.random_password);
    expect(plan.resource.random_password[id]).toMatchObject({ length: 48, special: false });
    for (const name of NODES) {
      expect(file(name, '/etc/rancher/k3s/config.yaml')).toMatchObject({ permissions: '0600' });
      expect(file(name, '/etc/rancher/k3s/config.yaml').content).toContain(`token: \${jsonencode(random_password.${id}.result)}\n`);
    }
  });

  test('the agents join the server; they carry the example\'s label', () => {
    for (const name of ['k3s-demo-agent-0', 'k3s-demo-agent-1']) {
      const config = file(name, '/etc/rancher/k3s/config.yaml').content;
      expect(config).toContain(`server: https://${serverAddress}:6443\n`);
      expect(config).toContain('- lab.example/pool=general\n');
    }
  });

  test('installs the pinned k3s release with the install script', () => {
    expect(file('k3s-demo-server-0', '/usr/local/sbin/cdktf-libvirt-k3s-install').content)
      .toContain(`INSTALL_K3S_EXEC=server INSTALL_K3S_VERSION=${K3S_VERSION} sh "$work/install.sh"`);
    expect(userData('k3s-demo-agent-1').runcmd).toEqual(['/usr/local/sbin/cdktf-libvirt-k3s-install']);
  });

  test('outputs the API endpoint and the kubeconfig command', () => {
    expect(plan.output.k3s_demo_api_endpoint.value).toBe(`https://${serverAddress}:6443`);
    expect(plan.output.k3s_demo_kubeconfig_command.value)
      .toBe(`ssh -F cdktf.out/stacks/k3s/ssh_config k3s-demo-server-0 sudo cat /etc/rancher/k3s/k3s.yaml | sed 's#https://127.0.0.1:6443#https://${serverAddress}:6443#'`);
  });

  test('with K3sInstall.none() (the real-libvirt tier, whose guests have no internet): nothing to download, config.yaml still there', () => {
    const offline = synthK3sLab(K3sInstall.none());
    assertSchemaConformance(offline.plan);
    for (const name of NODES) {
      const doc = offline.userData(name);
      expect(doc.packages).toBeUndefined();
      expect(doc.runcmd).toBeUndefined();
      expect(doc.write_files.map((f: any) => f.path)).toEqual(['/etc/rancher/k3s/config.yaml']);
    }
    // the machines are the same; only their seeds differ
    expect(Object.keys(offline.plan.resource.libvirt_domain).sort()).toEqual(Object.keys(plan.resource.libvirt_domain).sort());
  });

  test('synthesizes the same JSON every time', () => {
    expect(JSON.stringify(synthK3sLab().plan)).toEqual(JSON.stringify(plan));
  });
});
