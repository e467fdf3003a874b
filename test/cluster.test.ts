/**
 * Cluster: machines in named roles, named `<name>-<role>-<i>`, sized and placed per role, given
 * their software by a configurator, and described in the stack's topology.
 */
import { TerraformVariable } from 'cdktf';
import { parse } from 'yaml';
import { BaseImage, CloudConfig, Cluster, ClusterProps, ClusterRole, Host, HostConnection, IClusterConfigurator, Lab, Network, VirtualMachine } from '../lib';
import { topologyOf } from '../lib/private/model';
import { domainNamed, expectRejected, Lab as SupportLab, newLab, ofType, oneOf, SSH_KEY, synthJson } from './support/lab';

type Fixture = SupportLab;
/** Host kvm1, the Debian 12 image and NAT network lan (10.77.0.0/24). */
const fixture = (): Fixture => newLab();

function cluster(f: Fixture, props: Partial<ClusterProps> = {}, id = 'k'): Cluster {
  return new Cluster(f.host, id, {
    image: f.image,
    networks: [f.net],
    roles: [{ name: 'server', count: 1 }, { name: 'agent', count: 2 }],
    ...props,
  });
}

const userDataOf = (json: any, name: string) =>
  parse(oneOf(json, 'libvirt_cloudinit_disk', (c) => c.name === `${name}-seed`).user_data, { version: '1.1' });

describe('node names', () => {
  test('are <name>-<role>-<i>, role by role, with the hostname equal to the name', () => {
    // GIVEN a cluster with one server and two agents
    const f = fixture();
    const k = cluster(f);
    // WHEN synthesized
    const json = synthJson(f.stack);
    // THEN the nodes are named after cluster, role and index, in role order
    expect(k.nodes.map((n) => [n.role, n.index, n.machine.machineName])).toEqual([
      ['server', 0, 'k-server-0'],
      ['agent', 0, 'k-agent-0'],
      ['agent', 1, 'k-agent-1'],
    ]);
    expect(Object.values<any>(ofType(json, 'libvirt_domain')).map((d) => d.name).sort()).toEqual(['k-agent-0', 'k-agent-1', 'k-server-0']);
    expect(k.nodes.map((n) => n.machine.hostname)).toEqual(['k-server-0', 'k-agent-0', 'k-agent-1']);
    // AND the construct ids are role and index, which is what their addresses derive from
    expect(k.nodes.map((n) => n.machine.node.id)).toEqual(['server-0', 'agent-0', 'agent-1']);
    expect(k.clusterName).toBe('k');
  });

  test('name overrides the lowercased construct id', () => {
    const f = fixture();
    const k = cluster(f, { name: 'prod', roles: [{ name: 'node', count: 1 }] }, 'Whatever');
    expect(k.nodes[0].machine.machineName).toBe('prod-node-0');
    const g = cluster(fixture(), { roles: [{ name: 'node', count: 1 }] }, 'Edge');
    expect(g.nodes[0].machine.machineName).toBe('edge-node-0');
  });

  test('inside a lab the lab prefix comes first, but not in the hostname', () => {
    // GIVEN a cluster in a lab
    const f = fixture();
    const lab = new Lab(f.host, 'lab1', { image: f.image });
    const k = new Cluster(lab, 'k', { networks: [f.net], roles: [{ name: 'node', count: 2 }] });
    // WHEN synthesized
    const json = synthJson(f.stack);
    // THEN domains carry the prefix and hostnames do not
    expect(domainNamed(json, 'lab1-k-node-0')).toBeDefined();
    expect(domainNamed(json, 'lab1-k-node-1')).toBeDefined();
    expect(k.nodes.map((n) => n.machine.hostname)).toEqual(['k-node-0', 'k-node-1']);
    expect(userDataOf(json, 'lab1-k-node-0').hostname).toBe('k-node-0');
    // AND the topology names the cluster with the prefix
    expect(topologyOf(f.stack).clusters[0].name).toBe('lab1-k');
  });
});

describe('sizing and defaults', () => {
  test('each role has its own vCPUs, memory, root disk, data disks and image', () => {
    // GIVEN a big role and a small role with defaults
    const f = fixture();
    const other = BaseImage.fromCatalog(f.stack, 'other', 'ubuntu-24.04');
    cluster(f, {
      roles: [
        { name: 'db', count: 1, vcpus: 8, memoryMiB: 16384, rootDiskGiB: 40, dataDisks: [{ sizeGiB: 100 }], image: other },
        { name: 'web', count: 1 },
      ],
    });
    // WHEN synthesized
    const json = synthJson(f.stack);
    // THEN the big role's node has its sizes and image
    expect(domainNamed(json, 'k-db-0')).toMatchObject({ vcpu: 8, memory: 16384, memory_unit: 'MiB' });
    expect(oneOf(json, 'libvirt_volume', (v) => v.name === 'k-db-0-root.qcow2').capacity).toBe(40);
    expect(oneOf(json, 'libvirt_volume', (v) => v.name === 'k-db-0-data0.qcow2').capacity).toBe(100);
    expect(oneOf(json, 'libvirt_volume', (v) => v.name === 'k-db-0-root.qcow2').backing_store.path).toContain('other_Volume');
    // AND the other role gets 2 vCPUs, 2 GiB, the machine's default root disk and the cluster's image
    expect(domainNamed(json, 'k-web-0')).toMatchObject({ vcpu: 2, memory: 2048 });
    expect(oneOf(json, 'libvirt_volume', (v) => v.name === 'k-web-0-root.qcow2').capacity).toBe(10);
    expect(oneOf(json, 'libvirt_volume', (v) => v.name === 'k-web-0-root.qcow2').backing_store.path).toContain('debian_Volume');
    expect(Object.values<any>(ofType(json, 'libvirt_volume')).filter((v) => v.name.startsWith('k-web-0-data'))).toEqual([]);
  });

  test('nodes take image, SSH keys and login user from the lab, and the cluster props override them', () => {
    const f = fixture();
    const lab = new Lab(f.host, 'lab', { image: f.image, sshAuthorizedKeys: [SSH_KEY], loginUser: 'ops' });
    const fromLab = new Cluster(lab, 'a', { networks: [f.net], roles: [{ name: 'node', count: 1 }] });
    const own = new Cluster(lab, 'b', { networks: [f.net], roles: [{ name: 'node', count: 1 }], loginUser: 'kube' });
    const json = synthJson(f.stack);
    expect(fromLab.nodes[0].machine.loginUser).toBe('ops');
    expect(userDataOf(json, 'lab-a-node-0').users).toEqual([expect.objectContaining({ name: 'ops', ssh_authorized_keys: [SSH_KEY] })]);
    expect(own.nodes[0].machine.loginUser).toBe('kube');
    expect(userDataOf(json, 'lab-b-node-0').users).toEqual([expect.objectContaining({ name: 'kube', ssh_authorized_keys: [SSH_KEY] })]);
  });

  test('a node joins every cluster network on its host, in order', () => {
    const f = fixture();
    const back = new Network(f.host, 'back', { cidr: '10.78.0.0/24' });
    const k = cluster(f, { networks: [f.net, back], roles: [{ name: 'node', count: 1 }] });
    expect(k.nodes[0].machine.nics.map((n) => n.network)).toEqual([f.net, back]);
  });
});

describe('addresses', () => {
  test('firstHostNumber gives a role consecutive addresses on every network that allocates', () => {
    // GIVEN servers from .10 on two networks, and agents with derived addresses
    const f = fixture();
    const back = new Network(f.host, 'back', { cidr: '10.78.0.0/24' });
    const k = cluster(f, { networks: [f.net, back], roles: [{ name: 'server', count: 3, firstHostNumber: 10 }, { name: 'agent', count: 2 }] });
    // THEN the servers are .10, .11, .12 on both networks
    expect(k.nodesOf('server').map((m) => m.plannedAddresses)).toEqual([
      ['10.77.0.10', '10.78.0.10'],
      ['10.77.0.11', '10.78.0.11'],
      ['10.77.0.12', '10.78.0.12'],
    ]);
    // AND the agents have addresses of their own, derived from their identity
    for (const agent of k.nodesOf('agent')) expect(agent.nics.map((n) => n.addressing)).toEqual(['allocated', 'allocated']);
  });

  test('growing a role adds nodes and moves none of the others', () => {
    const build = (agents: number) => {
      const f = fixture();
      const k = cluster(f, { roles: [{ name: 'server', count: 1, firstHostNumber: 10 }, { name: 'agent', count: agents }] });
      return Object.fromEntries(k.nodes.map((n) => [n.machine.machineName, [...n.machine.plannedAddresses, n.machine.nics[0].mac]]));
    };
    const before = build(2);
    const after = build(3);
    expect(Object.keys(after)).toEqual(['k-server-0', 'k-agent-0', 'k-agent-1', 'k-agent-2']);
    for (const [name, values] of Object.entries(before)) expect(after[name]).toEqual(values);
  });
});

describe('placement', () => {
  function twoHosts() {
    const f = fixture();
    const kvm2 = new Host(f.stack, 'kvm2', { connection: HostConnection.ssh({ host: 'kvm2' }) });
    const net2 = new Network(kvm2, 'lan', { cidr: '10.79.0.0/24' });
    return { ...f, kvm2, net2 };
  }

  test('nodes of a role with hosts go round-robin over them, each on the networks of its host', () => {
    // GIVEN four nodes over two hosts, each host with its own network
    const t = twoHosts();
    const k = new Cluster(t.host, 'k', { image: t.image, networks: [t.net, t.net2], roles: [{ name: 'node', count: 4, hosts: [t.host, t.kvm2] }] });
    // WHEN synthesized
    const json = synthJson(t.stack);
    // THEN node i runs on hosts[i % 2]
    expect(k.nodes.map((n) => n.machine.host.hostName)).toEqual(['kvm1', 'kvm2', 'kvm1', 'kvm2']);
    // AND joins that host's network only
    expect(k.nodes.map((n) => n.machine.nics.map((nic) => nic.network))).toEqual([[t.net], [t.net2], [t.net], [t.net2]]);
    // AND its resources go to that host's provider
    expect(domainNamed(json, 'k-node-0').provider).toBe('libvirt');
    expect(domainNamed(json, 'k-node-1').provider).toBe('libvirt.kvm2');
  });

  test('roles without hosts stay on the cluster host', () => {
    const t = twoHosts();
    const k = new Cluster(t.host, 'k', { image: t.image, networks: [t.net, t.net2], roles: [{ name: 'a', count: 2 }, { name: 'b', count: 1, hosts: [t.kvm2] }] });
    expect(k.nodes.map((n) => `${n.machine.machineName}@${n.machine.host.hostName}`)).toEqual(['k-a-0@kvm1', 'k-a-1@kvm1', 'k-b-0@kvm2']);
    expect(k.host).toBe(t.host);
  });

  test('in a lab with its own pool, nodes on another host use that host\'s default pool', () => {
    // GIVEN a lab whose pool is on kvm1, and a role spread over kvm1 and kvm2
    const t = twoHosts();
    const lab = new Lab(t.host, 'lab', { image: t.image, poolPath: '/srv/lab' });
    const k = new Cluster(lab, 'k', { networks: [t.net, t.net2], roles: [{ name: 'node', count: 2, hosts: [t.host, t.kvm2] }] });
    // WHEN synthesized
    const json = synthJson(t.stack);
    // THEN the node on kvm1 is in the lab's pool and the node on kvm2 in kvm2's default pool
    const poolRef = `\${libvirt_pool.${Object.keys(ofType(json, 'libvirt_pool'))[0]}.name}`;
    expect(oneOf(json, 'libvirt_volume', (v) => v.name === 'lab-k-node-0-root.qcow2').pool).toBe(poolRef);
    expect(oneOf(json, 'libvirt_volume', (v) => v.name === 'lab-k-node-1-root.qcow2').pool).toBe('default');
    expect(k.nodes[1].machine.host).toBe(t.kvm2);
  });
});

describe('configurator', () => {
  test('is called for every node in order, before it is created, with the earlier nodes visible', () => {
    // GIVEN a configurator that records what it sees and adds a command per node
    const f = fixture();
    const calls: string[] = [];
    const configurator: IClusterConfigurator = {
      configureNode(c: Cluster, role: ClusterRole, index: number, cloudConfig: CloudConfig) {
        calls.push(`${role.name}-${index} after [${c.nodes.map((n) => n.machine.machineName).join(', ')}]`);
        cloudConfig.addCommand(`echo I am ${role.name} ${index}`);
      },
    };
    // WHEN the cluster is built and synthesized
    cluster(f, { configurator });
    const json = synthJson(f.stack);
    // THEN the calls came role by role, in index order, each seeing the nodes before it
    expect(calls).toEqual([
      'server-0 after []',
      'agent-0 after [k-server-0]',
      'agent-1 after [k-server-0, k-agent-0]',
    ]);
    // AND each node's user-data carries what was added for it
    expect(userDataOf(json, 'k-server-0').runcmd).toEqual(['echo I am server 0']);
    expect(userDataOf(json, 'k-agent-1').runcmd).toEqual(['echo I am agent 1']);
  });
});

describe('topology', () => {
  test('describes the cluster: kind, roles with their machines, and the endpoint', () => {
    // GIVEN a cluster whose configurator names the first server as endpoint
    const f = fixture();
    const configurator: IClusterConfigurator = {
      configureNode: () => undefined,
      endpoint: (c: Cluster) => c.nodesOf('server')[0]?.plannedAddresses[0],
    };
    const k = cluster(f, { configurator, kind: 'demo' });
    // WHEN the topology is read
    const topology = topologyOf(f.stack);
    // THEN one entry describes it
    expect(topology.clusters).toEqual([{
      path: 'test/kvm1/k',
      name: 'k',
      kind: 'demo',
      // machines by construct path, the key of `machines` in the topology (names repeat across hosts)
      roles: [{ name: 'server', machines: ['test/kvm1/k/server-0'] }, { name: 'agent', machines: ['test/kvm1/k/agent-0', 'test/kvm1/k/agent-1'] }],
      endpoint: k.nodesOf('server')[0].plannedAddresses[0],
    }]);
    expect(k.endpoint).toMatch(/^10\.77\.0\.\d+$/);
    // AND its machines carry the cluster and their role
    const agent = topology.machines.find((m) => m.path === 'test/kvm1/k/agent-1')!;
    expect(agent).toMatchObject({ name: 'k-agent-1', cluster: 'test/kvm1/k', role: 'agent' });
  });

  test('a generic cluster has no endpoint, and an empty role lists no machines', () => {
    const f = fixture();
    const k = cluster(f, { roles: [{ name: 'node', count: 1 }, { name: 'spare', count: 0 }] });
    const [entry] = topologyOf(f.stack).clusters;
    expect(entry).toEqual({ path: 'test/kvm1/k', name: 'k', kind: 'generic', roles: [{ name: 'node', machines: ['test/kvm1/k/node-0'] }, { name: 'spare', machines: [] }] });
    expect(k.kind).toBe('generic');
    expect(k.endpoint).toBeUndefined();
  });
});

describe('nodesOf', () => {
  test('returns the machines of one role in index order, and none for an unknown role', () => {
    const f = fixture();
    const k = cluster(f);
    expect(k.nodesOf('agent').map((m) => m.machineName)).toEqual(['k-agent-0', 'k-agent-1']);
    expect(k.nodesOf('server').every((m) => m instanceof VirtualMachine)).toBe(true);
    expect(k.nodesOf('nobody')).toEqual([]);
  });
});

describe('Cluster validation', () => {
  test('a cluster with no host given or inherited is rejected', () => {
    const f = fixture();
    expectRejected(() => new Cluster(f.stack, 'k', { image: f.image, networks: [f.net], roles: [{ name: 'node', count: 1 }] }),
      /^test\/k: no host is given and none is inherited from a parent construct \(got nothing\)/);
  });

  test('no roles is rejected', () => {
    expectRejected(() => cluster(fixture(), { roles: [] }),
      /^test\/kvm1\/k: a cluster needs at least one role \(got \[\]\); give roles: \[\{ name: 'node', count: 3 \}\]$/);
  });

  test('no networks is rejected', () => {
    expectRejected(() => cluster(fixture(), { networks: [] }),
      /^test\/kvm1\/k: a cluster needs at least one network \(got \[\]\); give networks: \[network\]$/);
  });

  test.each(['Server', 'a_b', '-x', ''])('role name %p is rejected', (name) => {
    expectRejected(() => cluster(fixture(), { roles: [{ name, count: 1 }] }),
      new RegExp(`^test/kvm1/k: role name is not a valid hostname \\(got ${JSON.stringify(name)}\\); use 1 to 63 lowercase letters`));
  });

  test('a cluster name that is no hostname is rejected', () => {
    expectRejected(() => cluster(fixture(), { name: 'My Cluster' }), /^test\/kvm1\/k: name is not a valid hostname \(got "My Cluster"\)/);
  });

  test('a role name used twice is rejected', () => {
    expectRejected(() => cluster(fixture(), { roles: [{ name: 'node', count: 1 }, { name: 'node', count: 2 }] }),
      /^test\/kvm1\/k: a role name is used twice \(got "node"\); give every role its own name$/);
  });

  test.each([-1, 1000, 1.5])('count %p is rejected', (count) => {
    expectRejected(() => cluster(fixture(), { roles: [{ name: 'node', count }] }),
      new RegExp(`^test/kvm1/k: roles\\[node\\]\\.count must be a whole number from 0 to 999 \\(got ${count}\\)`));
  });

  test('firstHostNumber 0 is rejected', () => {
    expectRejected(() => cluster(fixture(), { roles: [{ name: 'node', count: 1, firstHostNumber: 0 }] }),
      /^test\/kvm1\/k: roles\[node\]\.firstHostNumber must be a whole number of at least 1 \(got 0\)/);
  });

  test('an empty hosts list is rejected', () => {
    expectRejected(() => cluster(fixture(), { roles: [{ name: 'node', count: 1, hosts: [] }] }),
      /^test\/kvm1\/k: role node has an empty hosts list \(got \[\]\); leave hosts unset, or give at least one host$/);
  });

  test('a node placed on a host where the cluster has no network is rejected', () => {
    const f = fixture();
    const kvm2 = new Host(f.stack, 'kvm2', { connection: HostConnection.ssh({ host: 'kvm2' }) });
    expectRejected(() => cluster(f, { roles: [{ name: 'node', count: 2, hosts: [f.host, kvm2] }] }),
      /^test\/kvm1\/k: node node-1 is placed on host kvm2, where the cluster has no network \(got \["lan@kvm1"\]\); add a network on kvm2 to networks$/);
  });

  test('props as a JavaScript caller may give them are refused with the prop and the fix', () => {
    // GIVEN a lab / WHEN a cluster is made without props, with roles or networks not in an array, or a misspelt role option
    // THEN each is refused, naming the cluster, the value and the fix
    const f = fixture();
    expectRejected(() => new (Cluster as any)(f.host, 'k'), /^test\/kvm1\/k: Cluster needs props \(got nothing\); pass an object such as \{ roles, networks \}$/);
    expectRejected(() => cluster(fixture(), { roles: { name: 'node', count: 1 } as any }),
      /^test\/kvm1\/k: roles must be an array \(got \{"name":"node","count":1\}\); wrap it in brackets, such as roles: \[\{ name: 'node', count: 3 \}\]$/);
    expectRejected(() => cluster(fixture(), { networks: fixture().net as any }), /^test\/kvm1\/k: networks must be an array/);
    expectRejected(() => cluster(fixture(), { roles: [{ name: 'node', count: 1, cpus: 2 } as any] }),
      /^test\/kvm1\/k: roles\[0\] has no prop 'cpus' \(got "cpus"\); did you mean 'vcpus'\?/);
    expectRejected(() => cluster(fixture(), { roles: [{ name: 'node', count: 1, hosts: f.host as any }] }),
      /^test\/kvm1\/k: roles\[node\]\.hosts must be an array/);
    expectRejected(() => cluster(fixture(), { sshAuthorizedKeys: SSH_KEY as any }), /^test\/kvm1\/k: sshAuthorizedKeys is a string, not an array of keys/);
  });

  test('role sizing is checked for the role, within what QEMU runs', () => {
    // GIVEN a role sized beyond what QEMU runs / WHEN the cluster is made / THEN the role's option is named, with the limit
    expectRejected(() => cluster(fixture(), { roles: [{ name: 'node', count: 1, vcpus: 1000 }] }),
      /^test\/kvm1\/k: roles\[node\]\.vcpus must be a whole number from 1 to 288 \(got 1000\); give from 1 to 288 vCPUs: QEMU 7\.2's q35 machine refuses more/);
    expectRejected(() => cluster(fixture(), { roles: [{ name: 'node', count: 1, memoryMiB: NaN }] }),
      /^test\/kvm1\/k: roles\[node\]\.memoryMiB must be a whole number from 128 to 1048576 \(got NaN\)/);
  });

  test('a second cluster of one id is refused before it exists', () => {
    // GIVEN a cluster k / WHEN another one takes the id k / THEN it is refused with the path and the fix
    const f = fixture();
    cluster(f);
    expectRejected(() => cluster(f, { name: 'other' }),
      /^test\/kvm1\/k: test\/kvm1 already has a child with the id 'k' \(a Cluster\), so this Cluster cannot have it \(got "k"\); give each construct a unique id within its parent$/);
  });

  test('firstHostNumber that runs into the DHCP range is rejected by the network', () => {
    expectRejected(() => cluster(fixture(), { roles: [{ name: 'node', count: 3, firstHostNumber: 126 }] }),
      /^test\/kvm1\/k\/node-2: hostNumber gives no address network lan may hand out/);
  });
});

describe('Cluster props of the wrong shape', () => {
  test.each<[string, unknown]>([
    ['an empty object', {}],
    ['a configureNode that is no function', { configureNode: 1 }],
    ['null', null],
    ['a function', () => undefined],
  ])('a configurator that is %s is refused when the cluster is made, not when the first node is', (_label, configurator) => {
    // GIVEN a configurator without a configureNode method / WHEN the cluster is made / THEN it is refused with the shape to pass
    expectRejected(() => cluster(fixture(), { configurator: configurator as any }),
      /^test\/kvm1\/k: configurator has no configureNode\(cluster, role, index, cloudConfig\) method \(got .*\); pass an object such as \{ configureNode\(cluster, role, index, config\) \{ config\.addPackages\('htop'\); \} \}$/);
  });

  test('an endpoint that is not a method is refused when the cluster is made, one that returns no string when it is read', () => {
    // GIVEN endpoint: 5 / WHEN the cluster is made / THEN it is refused (it used to fail at synth: "endpoint is not a function")
    expectRejected(() => cluster(fixture(), { configurator: { configureNode: () => undefined, endpoint: 5 } as any }),
      /^test\/kvm1\/k: configurator\.endpoint is not a method \(got 5\); make it a method that returns the address clients use/);
    // AND an endpoint() that returns a number is refused when read
    const k = cluster(fixture(), { configurator: { configureNode: () => undefined, endpoint: () => 5 } as any });
    expectRejected(() => k.endpoint, /^test\/kvm1\/k: the configurator's endpoint\(\) returned something that is not an address \(got 5\); return the address clients use as a string, or undefined$/);
  });

  test.each<[string, unknown, RegExp]>([
    ['a RegExp', /re/g, /^test\/kvm1\/k: roles\[0\] is not an object of role props \(got "a RegExp"\); give each role as an object such as \{ name: 'node', count: 3 \}$/],
    ['a Date', new Date(0), /roles\[0\] is not an object of role props \(got "a Date"\)/],
    ['a string', 'node', /roles\[0\] is not an object of role props \(got "node"\)/],
    ['null', null, /roles\[0\] is not an object of role props \(got null\)/],
    ['a role without a name', { count: 1 }, /^test\/kvm1\/k: roles\[0\] has no name \(got \{"count":1\}\); give each role a name, such as \{ name: 'node', count: 3 \}$/],
    ['a role without a count', { name: 'node' }, /^test\/kvm1\/k: role node has no count \(got \{"name":"node"\}\); give the number of nodes of the role, such as \{ name: 'node', count: 3 \} \(0 for none yet\)$/],
    ['a symbol as the role name', { name: Symbol('r'), count: 1 }, /^test\/kvm1\/k: role name is not a valid hostname \(got Symbol\(r\)\)/],
  ])('a role that is %s is refused before the artifacts read it', (_label, role, message) => {
    // GIVEN a role of the wrong shape, in a lab (whose inventory reads role names) / WHEN the cluster is made / THEN it is refused
    const f = fixture();
    const lab = new Lab(f.host, 'lab', { image: f.image });
    expectRejected(() => new Cluster(lab, 'k', { networks: [f.net], roles: [role as any] }), new RegExp(message.source.replace('test\\/kvm1\\/k', 'test\\/kvm1\\/lab\\/k')));
  });

  test('kind must be a short name', () => {
    // GIVEN a symbol and a name with a blank as the kind / WHEN the cluster is made / THEN each is refused
    expectRejected(() => cluster(fixture(), { kind: Symbol('k') as any }), /^test\/kvm1\/k: kind must be a string \(got Symbol\(k\)\); give a short name such as 'generic' or 'k8s'/);
    expectRejected(() => cluster(fixture(), { kind: 'a b' }), /^test\/kvm1\/k: kind is not a short name \(got "a b"\)/);
    expect(cluster(fixture(), { kind: 'k8s' }).kind).toBe('k8s');
  });

  test('a login user that is not a string is refused, not read into a message (no TypeError)', () => {
    // GIVEN a symbol and a null-prototype object as the login user, with keys / WHEN the cluster is made / THEN each is refused
    expectRejected(() => cluster(fixture(), { loginUser: Symbol('u') as any, sshAuthorizedKeys: [SSH_KEY] }), /^test\/kvm1\/k: loginUser must be a string \(got Symbol\(u\)\)/);
    expectRejected(() => cluster(fixture(), { loginUser: Object.create(null), sshAuthorizedKeys: [SSH_KEY] }), /^test\/kvm1\/k: loginUser must be a string \(got \{\}\)/);
    expectRejected(() => cluster(fixture(), { sshAuthorizedKeys: Object.create(null) }), /^test\/kvm1\/k: sshAuthorizedKeys must be an array \(got \{\}\)/);
  });

  test('a network or host left out of its list is refused by position, before a node reads it', () => {
    // GIVEN [undefined] as the networks, and as a role's hosts / WHEN the cluster is made / THEN each is refused (it used to be a TypeError on .host)
    expectRejected(() => cluster(fixture(), { networks: [undefined as any] }),
      /^test\/kvm1\/k: networks\[0\] is missing \(got nothing\); give a Network construct at each position of networks \(is the variable it comes from set yet\?\)$/);
    const f = fixture();
    expectRejected(() => cluster(f, { roles: [{ name: 'node', count: 1, hosts: [f.host, null as any] }] }), /^test\/kvm1\/k: roles\[node\]\.hosts\[1\] is missing \(got null\); give a Host construct/);
  });

  test('a role\'s count and firstHostNumber must be known at synth: they decide the nodes and their addresses', () => {
    const f = fixture();
    const count = new TerraformVariable(f.stack, 'count', { type: 'number' }).numberValue;
    expectRejected(() => cluster(f, { roles: [{ name: 'node', count }] }), /^test\/kvm1\/k: roles\[node\]\.count must be known when the stack is synthesized \(got "a token"\)/);
    expectRejected(() => cluster(fixture(), { roles: [{ name: 'node', count: 1, firstHostNumber: count }] }), /^test\/kvm1\/k: roles\[node\]\.firstHostNumber must be known when the stack is synthesized/);
  });

  test('the holes of a sparse array are checked like entries, not skipped', () => {
    // GIVEN roles and networks as sparse arrays (new Array(3), [, net]) / WHEN the cluster is made / THEN the first hole is refused
    expectRejected(() => cluster(fixture(), { roles: new Array(3) }), /^test\/kvm1\/k: roles\[0\] is not an object of role props \(got nothing\)/);
    const f = fixture();
    // eslint-disable-next-line no-sparse-arrays
    expectRejected(() => cluster(f, { networks: [, f.net] as any }), /^test\/kvm1\/k: networks\[0\] is missing \(got nothing\)/);
  });
});
