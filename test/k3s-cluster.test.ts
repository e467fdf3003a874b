/**
 * K3sCluster: the nodes' k3s settings, the join token (a Terraform reference, never plain text), the
 * API endpoint (server address or keepalived VIP), the outputs, and the cluster's validation. The
 * user-data of the nodes goes through `cloud-init schema -c`, the kubeconfig command's ssh part
 * through `ssh -G` with the written SSH config; where `terraform` is installed, a provider-less plan
 * proves that the token reaches config.yaml intact. The install sources are in k3s-install.test.ts,
 * the label and taint rules and the renderers of config.yaml and keepalived.conf in test/private/.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { App, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { parse } from 'yaml';
import {
  BaseImage, Host, HostConnection, K3sCluster, K3sClusterProps, K3sInstall, Lab, LabArtifacts, Network, VirtualMachine,
} from '../lib';
import { renderSshConfig } from '../lib/artifacts/ssh-config';
import { checkSchemaConformance } from '../lib/schema-check';
import {
  asGuestSees, cloudConfigOf, fileOf, k3sConfigOf, k3sLab, output, requireTool, run, SAMPLE_TOKEN, tmpDir, tokenId, userDataOf, VERSION, which,
} from './support/k3s';
import { expectRejected, newLab, oneOf, ofType, re, SSH_KEY, synthJson } from './support/lab';

const CLOUD_INIT = which('cloud-init');
const TERRAFORM = which('terraform');
const SSH = which('ssh');
const itCloudInit = requireTool('cloud-init', CLOUD_INIT, 'cloud-init');
const itSsh = requireTool('ssh', SSH, 'openssh-client');
const itTerraform = TERRAFORM !== undefined ? it : it.skip;

describe('one server and agents', () => {
  const { stack, k3s } = k3sLab({ agents: 2 });
  const json = synthJson(stack);
  const [server] = k3s.servers;
  const serverAddress = server.plannedAddresses[0];

  test('makes one server and two agents named <lab>-<name>-<role>-<i>, in a Cluster of kind k3s', () => {
    expect(k3s.servers.map((m) => m.machineName)).toEqual(['demo-k3s-server-0']);
    expect(k3s.agents.map((m) => m.machineName)).toEqual(['demo-k3s-agent-0', 'demo-k3s-agent-1']);
    expect(Object.values<any>(ofType(json, 'libvirt_domain')).map((d) => d.name).sort())
      .toEqual(['demo-k3s-agent-0', 'demo-k3s-agent-1', 'demo-k3s-server-0']);
    expect(k3s.cluster.kind).toBe('k3s');
    expect(k3s.cluster.node.path).toBe('test/kvm1/demo/K3s/Nodes');
  });

  test('the endpoint is the server\'s planned address, also in the topology', () => {
    expect(serverAddress).toMatch(/^10\.77\.0\.\d+$/);
    expect(k3s.endpoint).toBe(serverAddress);
    expect(k3s.apiServerUrl).toBe(`https://${serverAddress}:6443`);
    const cluster = LabArtifacts.of(stack).topology().clusters.find((c) => c.kind === 'k3s');
    expect(cluster).toMatchObject({ name: 'demo-k3s', endpoint: serverAddress });
  });

  test('the server\'s config.yaml has the token, its node IP, the endpoint as TLS SAN, and no server URL or cluster-init', () => {
    expect(k3sConfigOf(json, 'demo-k3s-server-0')).toEqual({
      token: SAMPLE_TOKEN,
      'node-ip': serverAddress,
      'flannel-iface': 'nic0',
      'tls-san': [serverAddress],
      'write-kubeconfig-mode': '0600',
    });
  });

  test('each agent\'s config.yaml joins the server with the same token and has its own node IP', () => {
    for (const agent of k3s.agents) {
      expect(k3sConfigOf(json, agent.machineName)).toEqual({
        server: `https://${serverAddress}:6443`,
        token: SAMPLE_TOKEN,
        'node-ip': agent.plannedAddresses[0],
        'flannel-iface': 'nic0',
      });
    }
  });

  test('config.yaml is written root-only (0600), and there is no keepalived with one server', () => {
    for (const name of ['demo-k3s-server-0', 'demo-k3s-agent-0']) {
      expect(fileOf(json, name, '/etc/rancher/k3s/config.yaml')).toMatchObject({ permissions: '0600', owner: 'root:root' });
      expect(fileOf(json, name, '/etc/keepalived/keepalived.conf')).toBeUndefined();
      expect(cloudConfigOf(json, name).packages).toEqual(['curl']);
    }
  });

  test('outputs the API URL and the kubeconfig command, which reads k3s.yaml on the first server over the stack\'s SSH config', () => {
    expect(json.output.demo_k3s_api_endpoint.value).toBe(`https://${serverAddress}:6443`);
    expect(json.output.demo_k3s_kubeconfig_command.value).toBe(
      `ssh -F cdktf.out/stacks/test/ssh_config demo-k3s-server-0 sudo cat /etc/rancher/k3s/k3s.yaml | sed 's#https://127.0.0.1:6443#https://${serverAddress}:6443#'`);
    expect(k3s.kubeconfigCommand).toBe(json.output.demo_k3s_kubeconfig_command.value);
  });

  test('the kubeconfig command\'s SSH host is the first server\'s alias in the stack\'s SSH config', () => {
    const sshConfig = renderSshConfig(LabArtifacts.of(stack).topology());
    expect(sshConfig).toMatch(new RegExp(`^Host ${re('demo-k3s-server-0')}( |$)`, 'm'));
    expect(sshConfig).toContain(`HostName ${serverAddress}`);
  });

  test('conforms to the provider schema', () => {
    expect(checkSchemaConformance(json)).toEqual([]);
  });
});

describe('three servers', () => {
  const { stack, net, k3s } = k3sLab({ servers: 3, agents: 1 });
  const json = synthJson(stack);
  const servers = k3s.servers.map((m) => ({ name: m.machineName, address: m.plannedAddresses[0] }));
  const vip = k3s.endpoint;

  test('the endpoint is a virtual IP on the network: in the static pool, apart from every node, stable', () => {
    const last = Number(vip.split('.')[3]);
    expect(vip).toMatch(/^10\.77\.0\.\d+$/);
    expect(last).toBeGreaterThan(1); // not the network address or the gateway
    expect(last).toBeLessThan(128); // not in the DHCP range .128-.254
    const nodeAddresses = [...k3s.servers, ...k3s.agents].map((m) => m.plannedAddresses[0]);
    expect(nodeAddresses).not.toContain(vip);
    expect(new Set(nodeAddresses).size).toBe(4);
    // a pure function of the cluster's identity: the same in a new program, and with other agents
    expect(k3sLab({ servers: 3, agents: 1 }).k3s.endpoint).toBe(vip);
    expect(k3sLab({ servers: 3, agents: 3 }).k3s.endpoint).toBe(vip);
    expect(net.literalName).toBe('lan');
  });

  test('the first server initialises embedded etcd, the others join it, all with the VIP as TLS SAN', () => {
    const [first, ...others] = servers;
    expect(k3sConfigOf(json, first.name)).toEqual({
      'cluster-init': true,
      token: SAMPLE_TOKEN,
      'node-ip': first.address,
      'flannel-iface': 'nic0',
      'tls-san': [vip],
      'write-kubeconfig-mode': '0600',
    });
    for (const s of others) {
      expect(k3sConfigOf(json, s.name)).toEqual({
        server: `https://${first.address}:6443`,
        token: SAMPLE_TOKEN,
        'node-ip': s.address,
        'flannel-iface': 'nic0',
        'tls-san': [vip],
        'write-kubeconfig-mode': '0600',
      });
    }
  });

  test('agents join through the virtual IP', () => {
    expect(k3sConfigOf(json, 'demo-k3s-agent-0').server).toBe(`https://${vip}:6443`);
  });

  test('every server runs keepalived on nic0: unicast to the two others, the VIP as /32, its own priority', () => {
    const priorities: number[] = [];
    const routerIds = new Set<string>();
    for (const [i, s] of servers.entries()) {
      const doc = cloudConfigOf(json, s.name);
      expect(doc.packages).toEqual(expect.arrayContaining(['keepalived']));
      expect(doc.runcmd[0]).toBe('systemctl enable keepalived && systemctl restart keepalived');
      const conf: string = fileOf(json, s.name, '/etc/keepalived/keepalived.conf').content;
      expect(conf).toMatch(/^\s+interface nic0$/m);
      expect(conf).toMatch(new RegExp(`^\\s+unicast_src_ip ${re(s.address)}$`, 'm'));
      const peers = /unicast_peer \{\n([\s\S]*?)\n\s+\}/.exec(conf)![1].trim().split(/\s+/);
      expect(peers.sort()).toEqual(servers.filter((_, j) => j !== i).map((o) => o.address).sort());
      expect(conf).toMatch(new RegExp(`^\\s+${re(vip)}/32 dev nic0$`, 'm'));
      expect(conf).toContain('script "/usr/bin/systemctl is-active --quiet k3s"');
      priorities.push(Number(/priority (\d+)/.exec(conf)![1]));
      routerIds.add(/virtual_router_id (\d+)/.exec(conf)![1]);
    }
    expect(new Set(priorities).size).toBe(3);
    expect(routerIds.size).toBe(1);
    const id = Number([...routerIds][0]);
    expect(id).toBeGreaterThanOrEqual(1);
    expect(id).toBeLessThanOrEqual(255);
  });

  test('agents get neither keepalived nor its configuration', () => {
    const doc = cloudConfigOf(json, 'demo-k3s-agent-0');
    expect(doc.packages).toEqual(['curl']);
    expect(fileOf(json, 'demo-k3s-agent-0', '/etc/keepalived/keepalived.conf')).toBeUndefined();
  });

  test('outputs and topology show the VIP; the kubeconfig comes from the first server with the VIP put in', () => {
    expect(json.output.demo_k3s_api_endpoint.value).toBe(`https://${vip}:6443`);
    expect(json.output.demo_k3s_kubeconfig_command.value).toContain(`demo-k3s-server-0 sudo cat /etc/rancher/k3s/k3s.yaml | sed 's#https://127.0.0.1:6443#https://${vip}:6443#'`);
    expect(LabArtifacts.of(stack).topology().clusters[0].endpoint).toBe(vip);
  });

  test('apiAddress is used as the VIP and reserved: no machine may take it', () => {
    const given = k3sLab({ servers: 3, apiAddress: '10.77.0.5' });
    expect(given.k3s.endpoint).toBe('10.77.0.5');
    expect(k3sConfigOf(synthJson(given.stack), 'demo-k3s-server-0')['tls-san']).toEqual(['10.77.0.5']);
    expectRejected(() => new VirtualMachine(given.host, 'web', { image: given.image, nics: [{ network: given.net, address: '10.77.0.5' }] }),
      /^test\/kvm1\/web: address 10\.77\.0\.5 on network lan is already planned for test\/kvm1\/demo\/K3s /);
  });

  test('adding agents changes nothing of the servers', () => {
    const more = synthJson(k3sLab({ servers: 3, agents: 3 }).stack);
    for (const s of servers) {
      expect(userDataOf(more, s.name)).toBe(userDataOf(json, s.name));
      expect(oneOf(more, 'libvirt_domain', (d) => d.name === s.name)).toEqual(oneOf(json, 'libvirt_domain', (d) => d.name === s.name));
    }
  });

  test('conforms to the provider schema', () => {
    expect(checkSchemaConformance(json)).toEqual([]);
  });
});

describe('the join token', () => {
  test('is a random_password of 48 letters and digits, from a random provider the cluster adds to the stack once', () => {
    const { stack, lab, net } = k3sLab();
    new K3sCluster(lab, 'Other', { networks: [net], install: K3sInstall.none() });
    const json = synthJson(stack);
    const passwords = Object.values<any>(ofType(json, 'random_password'));
    expect(passwords).toHaveLength(2);
    for (const p of passwords) {
      expect(p.length).toBeGreaterThanOrEqual(32);
      expect(p.special).toBe(false);
    }
    expect(json.provider.random).toHaveLength(1);
    expect(json.terraform.required_providers.random).toEqual({ source: 'hashicorp/random', version: '3.8.1' });
  });

  test('uses a random provider that the stack already has', () => {
    const base = newLab();
    new RandomProvider(base.stack, 'rnd');
    new K3sCluster(base.host, 'K3s', { networks: [base.net], image: base.image, install: K3sInstall.none() });
    const json = synthJson(base.stack);
    expect(json.provider.random).toHaveLength(1);
    expect(oneOf(json, 'random_password').provider).toBe('random');
  });

  test('appears in the synthesized JSON only as the reference, JSON-encoded in each node\'s config.yaml', () => {
    const { stack } = k3sLab({ servers: 3, agents: 2 });
    const json = synthJson(stack);
    const id = tokenId(json);
    const text = JSON.stringify(json);
    const reference = `\${jsonencode(random_password.${id}.result)}`;
    // every mention of the password is the reference, once in each of the 5 seeds (their instance-ids
    // hash the reference's expression at synth, not its value)
    const mentions = text.match(/[a-z(]*random_password\.[A-Za-z0-9_]+(\.[a-z_]+\)?\}?)?/g) ?? [];
    expect(mentions.length).toBe(5);
    expect(new Set(mentions)).toEqual(new Set([`jsonencode(random_password.${id}.result)}`]));
    // every token line of every document is that reference, never a literal
    const tokenLines = text.match(/token: [^\\]*/g) ?? [];
    expect(tokenLines.length).toBe(5);
    expect(new Set(tokenLines)).toEqual(new Set([`token: ${reference}`]));
    // and the resource itself carries no result, keepers or value
    expect(Object.keys(oneOf(json, 'random_password')).sort()).toEqual(['length', 'provider', 'special']);
  });

  test('appears in no artifact written beside the plan', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'lab');
    const host = new Host(stack, 'kvm1');
    const net = new Network(host, 'lan', { cidr: '10.77.0.0/24' });
    const lab = new Lab(host, 'demo', { sshAuthorizedKeys: [SSH_KEY] });
    new K3sCluster(lab, 'K3s', { servers: 3, agents: 1, networks: [net], image: BaseImage.fromCatalog(stack, 'debian', 'debian-12') });
    app.synth();
    const dir = path.join(app.outdir, 'stacks', 'lab');
    // every file beside the plan, the scripts it ships under assets/ included
    const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f !== 'cdk.tf.json' && fs.statSync(path.join(dir, f)).isFile());
    expect(files).toEqual(expect.arrayContaining(['topology.json', 'inventory.yaml', 'ssh_config', 'hosts', 'topology.mmd', 'topology.svg']));
    expect(files.some((f) => f.startsWith('assets/'))).toBe(true);
    for (const f of files) {
      const content = fs.readFileSync(path.join(dir, f), 'utf8');
      expect(content).not.toMatch(/random_password|jsonencode|token/i);
    }
    // the plan itself has the reference only (proved in detail above)
    expect(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8')).toMatch(/token: \$\{jsonencode\(random_password\.[A-Za-z0-9_]+\.result\)\}/);
  });

  itSsh('the kubeconfig command\'s ssh part, run in the project directory, reaches the first server through the written SSH config', () => {
    // GIVEN a project directory whose cdktf.out holds the synthesized stack `lab`
    const project = tmpDir();
    const app = new App({ outdir: path.join(project, 'cdktf.out'), stackTraces: false });
    const stack = new TerraformStack(app, 'lab');
    const host = new Host(stack, 'kvm1');
    const net = new Network(host, 'lan', { cidr: '10.77.0.0/24' });
    const lab = new Lab(host, 'demo', { sshAuthorizedKeys: [SSH_KEY], image: BaseImage.fromCatalog(stack, 'debian', 'debian-12') });
    const k3s = new K3sCluster(lab, 'K3s', { servers: 3, networks: [net], install: K3sInstall.none() });
    LabArtifacts.of(stack).configure({ svg: false });
    app.synth();
    // WHEN ssh resolves the command's destination with the command's own -F (-G prints the configuration, connects nowhere)
    const [sshPart] = k3s.kubeconfigCommand.split(' sudo ');
    const argv = sshPart.split(' ');
    expect(argv.slice(0, 2)).toEqual(['ssh', '-F']);
    const r = run([SSH!, '-G', ...argv.slice(1)], { cwd: project });
    // THEN it is the first server, at its planned address, as the login user
    expect(output(r)).toMatch(/^exit 0\n/);
    expect(r.stdout).toMatch(new RegExp(`^hostname ${re(k3s.servers[0].plannedAddresses[0])}$`, 'm'));
    expect(r.stdout).toMatch(/^user debian$/m);
  });

  itTerraform('Terraform writes the password into config.yaml as a YAML string, whatever its characters', () => {
    // GIVEN a node's user-data with the password reference replaced by a variable (random needs its provider; a variable needs none)
    const { stack } = k3sLab({ agents: 1 });
    const json = synthJson(stack);
    const id = tokenId(json);
    const userData = userDataOf(json, 'demo-k3s-agent-0').split(`random_password.${id}.result`).join('var.token');
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify({
      variable: { token: { type: 'string', sensitive: true } },
      output: { user_data: { value: userData, sensitive: true } },
    }));
    const TOKEN = 'a: #b "c" \\d ${e} %{f}';
    const env = { CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_CLI_CONFIG_FILE: '/dev/null', TF_VAR_token: TOKEN };
    // WHEN Terraform plans it
    expect(output(run([TERRAFORM!, 'init', '-input=false', '-no-color'], { cwd: dir, env }))).toMatch(/^exit 0\n/);
    expect(output(run([TERRAFORM!, 'plan', '-input=false', '-no-color', '-out=plan.bin'], { cwd: dir, env }))).toMatch(/^exit 0\n/);
    const show = run([TERRAFORM!, 'show', '-json', 'plan.bin'], { cwd: dir, env });
    expect(show.status).toBe(0);
    const rendered: string = JSON.parse(show.stdout).planned_values.outputs.user_data.value;
    // THEN config.yaml inside the user-data holds exactly the token
    const doc: any = parse(rendered, { version: '1.1' });
    const config = parse(doc.write_files.find((f: any) => f.path === '/etc/rancher/k3s/config.yaml').content, { version: '1.1' });
    expect(config.token).toBe(TOKEN);
    expect(config.server).toMatch(/^https:\/\/10\.77\.0\.\d+:6443$/);
  });
});

describe('the guest\'s tools accept what the nodes get', () => {
  const SHAPES: Array<[string, Partial<K3sClusterProps>]> = [
    ['one server, script install', { agents: 1, agentOptions: { labels: ['tier=edge'], taints: ['dedicated=gpu:NoSchedule'] } }],
    ['three servers, air-gapped install', { servers: 3, agents: 1, install: K3sInstall.airGapped({ mirrorUrl: 'http://mirror.lab:8080/k3s', version: VERSION }) }],
    ['three servers, no install', { servers: 3, install: K3sInstall.none(), serverOptions: { labels: ['zone=a'] } }],
  ];

  describe.each(SHAPES)('%s', (_shape, props) => {
    itCloudInit('cloud-init schema validates the user-data of every node', () => {
      const { stack, k3s } = k3sLab(props);
      const json = synthJson(stack);
      for (const machine of [...k3s.servers, ...k3s.agents]) {
        const file = path.join(tmpDir(), 'user-data');
        fs.writeFileSync(file, asGuestSees(userDataOf(json, machine.machineName), tokenId(json)));
        const r = run([CLOUD_INIT!, 'schema', '-c', file]);
        expect(`${machine.machineName}: ${output(r)}`).toMatch(new RegExp(`^${re(machine.machineName)}: exit 0\\n`));
        expect(r.stdout).toContain('Valid cloud-config');
      }
    });
  });
});

describe('labels and taints', () => {
  test('go to the nodes of their role as node-label and node-taint', () => {
    const { stack } = k3sLab({
      agents: 1,
      serverOptions: { labels: ['tier=control', 'topology.kubernetes.io/zone=a'], taints: ['CriticalAddonsOnly=true:NoExecute'] },
      agentOptions: { labels: ['tier=edge', 'node.kubernetes.io/pool=', 'example.com/gpu=yes'], taints: ['dedicated=gpu:NoSchedule', 'spot:PreferNoSchedule'] },
    });
    const json = synthJson(stack);
    const server = k3sConfigOf(json, 'demo-k3s-server-0');
    expect(server['node-label']).toEqual(['tier=control', 'topology.kubernetes.io/zone=a']);
    expect(server['node-taint']).toEqual(['CriticalAddonsOnly=true:NoExecute']);
    const agent = k3sConfigOf(json, 'demo-k3s-agent-0');
    // 'yes' stays a string, not a YAML 1.1 boolean
    expect(agent['node-label']).toEqual(['tier=edge', 'node.kubernetes.io/pool=', 'example.com/gpu=yes']);
    expect(agent['node-taint']).toEqual(['dedicated=gpu:NoSchedule', 'spot:PreferNoSchedule']);
  });

  test('are checked for each role: the error names the cluster and serverOptions or agentOptions (the rules: test/private/k3s-labels.test.ts)', () => {
    expectRejected(() => k3sLab({ agents: 1, agentOptions: { labels: ['edge'] } }),
      /^test\/kvm1\/demo\/K3s: agentOptions\.labels\[0\] is not a label of the form key=value \(got "edge"\); write it as 'key=value'/);
    expectRejected(() => k3sLab({ agents: 1, agentOptions: { labels: ['node-role.kubernetes.io/worker=true'] } }),
      /^test\/kvm1\/demo\/K3s: agentOptions\.labels\[0\] has a key the kubelet does not accept: the kubelet refuses to start .* \(got "node-role\.kubernetes\.io\/worker=true"\); use your own key, such as 'role=worker', or label the node with kubectl/);
    expectRejected(() => k3sLab({ serverOptions: { labels: ['tier=a', 'tier=b'] } }),
      /^test\/kvm1\/demo\/K3s: serverOptions\.labels gives the key tier twice \(got \["tier=a","tier=b"\]\); give each label key once/);
    expectRejected(() => k3sLab({ serverOptions: { taints: ['dedicated=gpu'] } }),
      /^test\/kvm1\/demo\/K3s: serverOptions\.taints\[0\] is not a taint of the form key=value:Effect \(got "dedicated=gpu"\); write it as 'key=value:Effect' or 'key:Effect'/);
    expectRejected(() => k3sLab({ agents: 1, agentOptions: { taints: ['bad key=x:NoSchedule'] } }),
      /^test\/kvm1\/demo\/K3s: agentOptions\.taints\[0\] has an invalid key: .*\(got "bad key=x:NoSchedule"\); use a key such as 'dedicated'/);
  });
});

describe('placement and sizing', () => {
  test('roles take their own size; the root disk defaults to 20 GiB', () => {
    const { stack, k3s } = k3sLab({ agents: 1, serverOptions: { vcpus: 4, memoryMiB: 4096, rootDiskGiB: 40 } });
    const json = synthJson(stack);
    expect(k3s.servers[0].vcpus).toBe(4);
    expect(k3s.servers[0].memoryMiB).toBe(4096);
    expect(k3s.agents[0].vcpus).toBe(2);
    expect(k3s.agents[0].memoryMiB).toBe(2048);
    const capacity = (name: string) => oneOf(json, 'libvirt_volume', (v) => v.name === `${name}-root.qcow2`).capacity;
    expect(capacity('demo-k3s-server-0')).toBe(40);
    expect(capacity('demo-k3s-agent-0')).toBe(20);
  });

  test('firstHostNumber gives a role predictable addresses (the fix when two nodes map to one address)', () => {
    const { k3s } = k3sLab({ agents: 2, serverOptions: { firstHostNumber: 10 }, agentOptions: { firstHostNumber: 20 } });
    expect(k3s.servers[0].plannedAddresses).toEqual(['10.77.0.10']);
    expect(k3s.agents.map((a) => a.plannedAddresses[0])).toEqual(['10.77.0.20', '10.77.0.21']);
    expect(k3s.endpoint).toBe('10.77.0.10');
  });

  test('agents placed on another host join the server on the first host', () => {
    const { stack, host, net, image } = newLab();
    const kvm2 = new Host(stack, 'kvm2', { connection: HostConnection.ssh({ host: 'kvm2' }) });
    const net2 = new Network(kvm2, 'lan2', { cidr: '10.79.0.0/24' });
    const k3s = new K3sCluster(host, 'K3s', {
      agents: 2, networks: [net, net2], image, install: K3sInstall.none(), agentOptions: { hosts: [kvm2] },
    });
    expect(k3s.agents.map((a) => a.host.hostName)).toEqual(['kvm2', 'kvm2']);
    expect(k3s.agents[0].nics[0].network).toBe(net2);
    expect(k3s.servers[0].host).toBe(host);
    expect(k3s.servers[0].nics[0].network).toBe(net);
    const json = synthJson(stack);
    expect(k3sConfigOf(json, 'k3s-agent-1').server).toBe(`https://${k3s.servers[0].plannedAddresses[0]}:6443`);
    expect(oneOf(json, 'libvirt_domain', (d) => d.name === 'k3s-agent-1').provider).toBe('libvirt.kvm2');
  });
});

describe('validation', () => {
  test('servers must be 1 or 3', () => {
    for (const servers of [0, 2, 4, 1.5]) {
      expectRejected(() => k3sLab({ servers }),
        new RegExp(`^test/kvm1/demo/K3s: servers must be 1 or 3 \\(got ${re(String(servers))}\\); use 1 server, or 3 for a highly available control plane`));
    }
  });

  test('agents must be a whole number of at least 0', () => {
    expectRejected(() => k3sLab({ agents: -1 }), /^test\/kvm1\/demo\/K3s: agents must be a whole number from 0 to 999 \(got -1\)/);
    expectRejected(() => k3sLab({ agents: 1.5 }), /^test\/kvm1\/demo\/K3s: agents must be a whole number from 0 to 999 \(got 1\.5\)/);
  });

  test('the name must be a hostname', () => {
    expectRejected(() => k3sLab({ name: 'My_Cluster' }), /^test\/kvm1\/demo\/K3s: name is not a valid hostname \(got "My_Cluster"\); use 1 to 63 lowercase letters/);
  });

  test('apiAddress needs three servers', () => {
    expectRejected(() => k3sLab({ apiAddress: '10.77.0.5' }),
      /^test\/kvm1\/demo\/K3s: apiAddress needs three servers: .* \(got "10\.77\.0\.5"\); remove apiAddress, or set servers: 3/);
  });

  test('apiAddress must be an address of the servers\' network, outside its DHCP range, not taken', () => {
    expectRejected(() => k3sLab({ servers: 3, apiAddress: 'api.lab' }),
      /^test\/kvm1\/demo\/K3s: apiAddress is not an IPv4 address \(got "api\.lab"\); give a literal, free IPv4 address of network lan \(10\.77\.0\.0\/24\), outside its DHCP range$/);
    expectRejected(() => k3sLab({ servers: 3, apiAddress: '10.99.0.5' }),
      /^test\/kvm1\/demo\/K3s: the address is outside the subnet 10\.77\.0\.0\/24 of network lan \(got "10\.99\.0\.5"\)/);
    expectRejected(() => k3sLab({ servers: 3, apiAddress: '10.77.0.200' }),
      /^test\/kvm1\/demo\/K3s: the address lies in the DHCP range 10\.77\.0\.128-10\.77\.0\.254 of network lan \(got "10\.77\.0\.200"\)/);
    expectRejected(() => k3sLab({ servers: 3, apiAddress: '10.77.0.1' }), /^test\/kvm1\/demo\/K3s: the address is the gateway of network lan/);
  });

  test('apiAddress may not be the address of a node', () => {
    // GIVEN a first cluster, and the address of its server
    const { lab, net, k3s } = k3sLab();
    const taken = k3s.servers[0].plannedAddresses[0];
    // WHEN a second cluster wants it as its VIP / THEN it is told whose it is
    expectRejected(() => new K3sCluster(lab, 'Ha', { servers: 3, networks: [net], install: K3sInstall.none(), apiAddress: taken }),
      new RegExp(`^test/kvm1/demo/Ha: address ${re(taken)} on network lan is already planned for test/kvm1/demo/K3s/Nodes/server-0`));
  });

  test('an allocated VIP skips the addresses of machines created before, and a later machine given it is told whose it is', () => {
    // GIVEN the address the VIP of a three-server cluster hashes to, taken by a machine created before the cluster
    const hashed = k3sLab({ servers: 3 }).k3s.endpoint;
    const base = newLab();
    const lab = new Lab(base.host, 'demo', { image: base.image, sshAuthorizedKeys: [SSH_KEY] });
    const web = new VirtualMachine(lab, 'web', { nics: [{ network: base.net, address: hashed }] });
    // WHEN the cluster is created / THEN its VIP moves on to a free address, no machine's
    const k3s = new K3sCluster(lab, 'K3s', { servers: 3, networks: [base.net], install: K3sInstall.none() });
    expect(k3s.endpoint).not.toBe(hashed);
    expect([web, ...k3s.servers].flatMap((m) => m.plannedAddresses)).not.toContain(k3s.endpoint);
    // AND a machine given the VIP as its fixed address afterwards is refused, naming the cluster
    expectRejected(() => new VirtualMachine(lab, 'db', { nics: [{ network: base.net, address: k3s.endpoint }] }),
      new RegExp(`^test/kvm1/demo/db: address ${re(k3s.endpoint)} on network lan is already planned for test/kvm1/demo/K3s \\(got "${re(k3s.endpoint)}"\\); give every NIC on a network its own address \\(10\\.77\\.0\\.\\d+ is free\\)$`));
  });

  test('a network with no address left for the VIP is an error whose fix names apiAddress', () => {
    // GIVEN a network of five addresses, two of them taken
    const base = newLab();
    const small = new Network(base.host, 'small', { cidr: '10.80.0.0/29', dhcp: false });
    for (const [i, id] of ['a', 'b'].entries()) new VirtualMachine(base.host, id, { image: base.image, nics: [{ network: small, address: `10.80.0.${2 + i}` }] });
    // WHEN three servers take three more / THEN the VIP gets none, and the message says so
    expectRejected(() => new K3sCluster(base.host, 'K3s', { servers: 3, networks: [small], image: base.image, install: K3sInstall.none() }),
      /^test\/kvm1\/K3s: no address is left for the API's virtual IP: network small has no address left: all 5 addresses outside its gateway and DHCP range are planned \(got "10\.80\.0\.0\/29"\); give test\/kvm1\/small a larger cidr or a smaller dhcpRange, or set apiAddress to an address of network small that no machine has$/);
  });

  test('three servers must share their primary network for the VIP', () => {
    const base = newLab();
    const kvm2 = new Host(base.stack, 'kvm2', { connection: HostConnection.ssh({ host: 'kvm2' }) });
    const net2 = new Network(kvm2, 'lan2', { cidr: '10.79.0.0/24' });
    expectRejected(() => new K3sCluster(base.host, 'K3s', {
      servers: 3, networks: [base.net, net2], image: base.image, install: K3sInstall.none(), serverOptions: { hosts: [base.host, kvm2] },
    }), /^test\/kvm1\/K3s: the API's virtual IP needs the three servers on one network, but k3s-server-1 is on lan2 of host kvm2 \(got \[.*\]\); place the three servers on one host/);
  });

  test('servers need an address planned at synth', () => {
    const base = newLab();
    const existing = Network.fromName(base.host, 'default', { name: 'default' });
    expectRejected(() => new K3sCluster(base.host, 'K3s', { networks: [existing], image: base.image, install: K3sInstall.none() }),
      /^test\/kvm1\/K3s: server k3s-server-0 has no address planned on its primary network default \(got "dhcp"\); put a network that allocates addresses/);
  });


  test('sshConfigFile must be a path; when given, the kubeconfig command uses it, quoted', () => {
    expectRejected(() => k3sLab({ sshConfigFile: ' ' }), /^test\/kvm1\/demo\/K3s: sshConfigFile is not a file path \(got " "\); give the path of the stack's ssh_config/);
    const { k3s } = k3sLab({ sshConfigFile: "out dir/it's/ssh_config" });
    expect(k3s.kubeconfigCommand).toMatch(/^ssh -F 'out dir\/it'\\''s\/ssh_config' demo-k3s-server-0 /);
  });

  test('sizing errors name the role option', () => {
    // GIVEN role options out of range / WHEN the cluster is made / THEN the option is named, before any node exists
    expectRejected(() => k3sLab({ serverOptions: { vcpus: 0 } }),
      /^test\/kvm1\/demo\/K3s: serverOptions\.vcpus must be a whole number from 1 to 288 \(got 0\); give from 1 to 288 vCPUs/);
    expectRejected(() => k3sLab({ agents: 1, agentOptions: { memoryMiB: 16 * 1024 * 1024 } }),
      /^test\/kvm1\/demo\/K3s: agentOptions\.memoryMiB must be a whole number from 128 to 1048576 \(got 16777216\)/);
  });

  test('props as a JavaScript caller may give them are refused with the prop and the fix', () => {
    // GIVEN the demo lab / WHEN a prop is misspelt, a role option unknown, or a list given as one value / THEN each is refused with its fix
    expectRejected(() => k3sLab({ server: 3 } as any), /^test\/kvm1\/demo\/K3s: K3sCluster has no prop 'server' \(got "server"\); did you mean 'servers'\?/);
    expectRejected(() => k3sLab({ serverOptions: { label: ['a=b'] } as any }),
      /^test\/kvm1\/demo\/K3s: serverOptions has no prop 'label' \(got "label"\); did you mean 'labels'\?/);
    expectRejected(() => k3sLab({ agentOptions: { taints: 'dedicated=db:NoSchedule' as any } }),
      /^test\/kvm1\/demo\/K3s: agentOptions\.taints must be an array \(got "dedicated=db:NoSchedule"\); wrap it in brackets/);
    expectRejected(() => k3sLab({ sshAuthorizedKeys: [`${SSH_KEY}\n${SSH_KEY}`] }),
      /^test\/kvm1\/demo\/K3s: an entry of sshAuthorizedKeys holds 2 keys .*; give one key per array entry/);
  });
});

describe('K3sCluster props of the wrong type', () => {
  test('a login user that is not a string is refused by the cluster, not read into a message (no TypeError)', () => {
    expectRejected(() => k3sLab({ loginUser: Symbol('u') as any, sshAuthorizedKeys: [SSH_KEY] }), /^test\/kvm1\/demo\/K3s: loginUser must be a string \(got Symbol\(u\)\)/);
    expectRejected(() => k3sLab({ loginUser: Object.create(null), sshAuthorizedKeys: [SSH_KEY] }), /^test\/kvm1\/demo\/K3s: loginUser must be a string \(got \{\}\)/);
  });

  test('a network or host left out of its list, and an agent count known only at apply, are refused', () => {
    // GIVEN [undefined] as the networks, a role's hosts with a hole, and agents as a token / WHEN the cluster is made / THEN each is refused
    expectRejected(() => k3sLab({ networks: [undefined as any] }), /^test\/kvm1\/demo\/K3s: networks\[0\] is missing \(got nothing\); give a Network construct at each position of networks/);
    expectRejected(() => k3sLab({ agents: 1, agentOptions: { hosts: [undefined as any] } }), /^test\/kvm1\/demo\/K3s: agentOptions\.hosts\[0\] is missing/);
    const { stack } = k3sLab();
    const agents = new TerraformVariable(stack, 'agents', { type: 'number' }).numberValue;
    expectRejected(() => k3sLab({ agents }), /^test\/kvm1\/demo\/K3s: agents must be known when the stack is synthesized/);
    expectRejected(() => k3sLab({ serverOptions: { firstHostNumber: agents } }), /^test\/kvm1\/demo\/K3s: serverOptions\.firstHostNumber must be known when the stack is synthesized/);
  });
});
