/**
 * The inventory as Ansible reads it: `ansible-inventory --list` (ansible-core, Debian package
 * ansible-core) with only the YAML inventory plugin enabled and unparsed inventories made fatal, so
 * that a file the plugin misreads fails instead of falling back to another plugin, and no Ansible
 * warning may appear. Then the ssh command line that Ansible builds from the host variables, taken
 * from `ansible -m ping` with a stand-in ssh executable that records its arguments (nothing
 * connects anywhere), is read by the real `ssh -G`.
 *
 * Ansible runs with a configuration file of its own (empty), and HOME, its temporary and control
 * directories in a temporary directory, so that it neither reads the user's configuration nor
 * writes outside that directory.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { LibvirtValidationError } from '../../lib/errors';
import { AnsibleInventoryOptions, renderAnsibleInventory } from '../../lib/artifacts';
import { Topology } from '../../lib/topology';
import { fixture, HOSTILE, machine, variant } from './fixture';
import { expectSuccess, itWith, output, run, tmpDir, which } from './tools';

const ANSIBLE_INVENTORY = which('ansible-inventory');
const ANSIBLE = which('ansible');
const SSH = which('ssh');
const itAnsible = itWith('ansible-inventory', ANSIBLE_INVENTORY, 'ansible-core');
const itAnsibleSsh = itWith('ansible and ssh', ANSIBLE && SSH, 'ansible-core openssh-client');

/** A hermetic Ansible environment in a fresh directory, with the inventory written there. */
function ansibleEnv(inventory: string): { dir: string; file: string; env: Record<string, string> } {
  const dir = tmpDir();
  const file = path.join(dir, 'inventory.yaml');
  fs.writeFileSync(file, inventory);
  fs.writeFileSync(path.join(dir, 'ansible.cfg'), '');
  fs.mkdirSync(path.join(dir, 'home'));
  const env = {
    HOME: path.join(dir, 'home'),
    ANSIBLE_CONFIG: path.join(dir, 'ansible.cfg'),
    ANSIBLE_HOME: path.join(dir, 'home', '.ansible'),
    ANSIBLE_LOCAL_TEMP: path.join(dir, 'tmp'),
    ANSIBLE_SSH_CONTROL_PATH_DIR: path.join(dir, 'cp'),
    ANSIBLE_COLLECTIONS_PATH: path.join(dir, 'collections'),
    ANSIBLE_INVENTORY_ENABLED: 'yaml',
    ANSIBLE_INVENTORY_UNPARSED_FAILED: 'true',
    ANSIBLE_INVENTORY_ANY_UNPARSED_IS_FAILED: 'true',
    ANSIBLE_RETRY_FILES_ENABLED: 'false',
    ANSIBLE_NOCOLOR: 'true',
    ANSIBLE_FORCE_COLOR: 'false',
  };
  return { dir, file, env };
}

/** `ansible-inventory --list` of the inventory: its JSON, after checking that Ansible warned of nothing. */
function inventoryList(inventory: string): any {
  const { file, env } = ansibleEnv(inventory);
  const r = run([ANSIBLE_INVENTORY!, '-i', file, '--list'], env);
  expectSuccess(r);
  expect(r.stderr).not.toMatch(/WARNING|ERROR|DEPRECAT/);
  return JSON.parse(r.stdout);
}

/** The hosts of a group and of its children, sorted. */
function hostsOf(list: any, group: string): string[] {
  const g = list[group] ?? {};
  return [...new Set<string>([...(g.hosts ?? []), ...(g.children ?? []).flatMap((c: string) => hostsOf(list, c))])].sort();
}

/**
 * The ssh argument vectors that `ansible all -m ping` builds, one per host, keyed by the destination
 * (ansible_host): a stand-in ssh records them and fails, so Ansible stops at the first call.
 */
function sshCommandsOfAnsible(inventory: string): Map<string, string[]> {
  const { dir, file, env } = ansibleEnv(inventory);
  const record = path.join(dir, 'ssh-calls');
  fs.mkdirSync(record);
  const fakeSsh = path.join(dir, 'fake-ssh');
  fs.writeFileSync(fakeSsh, `#!/bin/sh\nprintf '%s\\0' "$@" > "${record}/$$"\necho 'stand-in ssh: not connecting' >&2\nexit 255\n`, { mode: 0o755 });
  const r = run([ANSIBLE!, 'all', '-i', file, '-m', 'ping', '-o'], { ...env, ANSIBLE_SSH_EXECUTABLE: fakeSsh, ANSIBLE_SSH_RETRIES: '0', ANSIBLE_TIMEOUT: '5' });
  // every host unreachable (exit status 4), each for the stand-in's reason
  const hosts = Object.keys(parse(inventory, { version: '1.1' }).all.hosts).length;
  expect([r.status, r.stdout.match(/UNREACHABLE!.*stand-in ssh: not connecting/g)?.length]).toEqual([4, hosts]);
  const commands = new Map<string, string[]>();
  for (const f of fs.readdirSync(record)) {
    const argv = fs.readFileSync(path.join(record, f), 'utf8').split('\0').slice(0, -1);
    commands.set(argv[argv.length - 2], argv);
  }
  if (commands.size === 0) throw new Error(`Ansible ran no ssh: ${output(r)}`);
  return commands;
}

/** What `ssh -G` makes of an ssh argument vector: option -> value. */
function sshG(argv: string[]): Map<string, string> {
  const r = run([SSH!, '-G', ...argv], { HOME: tmpDir() });
  expectSuccess(r);
  return new Map(r.stdout.split('\n').filter((l) => l).map((l) => [l.slice(0, l.indexOf(' ')).toLowerCase(), l.slice(l.indexOf(' ') + 1)]));
}

const HOME = os.userInfo().homedir;

describe('renderAnsibleInventory read by ansible-inventory --list', () => {
  const options: AnsibleInventoryOptions = { privateKeyFile: '~/.ssh/id_lab' };

  itAnsible('groups from the cluster and its roles, the lab, the networks and the KVM hosts, with their hosts', () => {
    // GIVEN the fixture WHEN Ansible lists the inventory
    const list = inventoryList(renderAnsibleInventory(fixture(), options));
    // THEN the top-level groups are the cluster, the lab, the networks and the KVM hosts, plus Ansible's own
    expect([...list.all.children].sort()).toEqual(['host_kvm_remote', 'host_local', 'k3s', 'lab_lab1', 'net_default', 'net_k3s_net', 'net_lab1_dmz', 'net_lab1_lan', 'ungrouped']);
    // AND the cluster's roles are its children
    expect([...list.k3s.children].sort()).toEqual(['k3s_agent', 'k3s_server']);
    expect(hostsOf(list, 'k3s_server')).toEqual(['k3s-server-1']);
    expect(hostsOf(list, 'k3s_agent')).toEqual(['k3s-agent-1', 'k3s-agent-2']);
    expect(hostsOf(list, 'k3s')).toEqual(['k3s-agent-1', 'k3s-agent-2', 'k3s-server-1']);
    expect(hostsOf(list, 'lab_lab1')).toEqual(['lab1-appliance', 'lab1-dhcp-client', 'lab1-router', 'lab1-web-1']);
    // AND each network holds the machines with a NIC on it: the router is on three
    expect(hostsOf(list, 'net_lab1_lan')).toEqual(['lab1-appliance', 'lab1-dhcp-client', 'lab1-router']);
    expect(hostsOf(list, 'net_lab1_dmz')).toEqual(['lab1-router', 'lab1-web-1']);
    expect(hostsOf(list, 'net_default')).toEqual(['lab1-router']);
    expect(hostsOf(list, 'net_k3s_net')).toEqual(['k3s-agent-1', 'k3s-agent-2', 'k3s-server-1']);
    // AND each KVM host holds the machines that run on it
    expect(hostsOf(list, 'host_local')).toEqual(['lab1-appliance', 'lab1-dhcp-client', 'lab1-router', 'lab1-web-1']);
    expect(hostsOf(list, 'host_kvm_remote')).toEqual(['k3s-agent-1', 'k3s-agent-2', 'k3s-server-1']);
    expect(hostsOf(list, 'all')).toEqual(fixture().machines.map((m) => m.name).sort());
  });

  itAnsible('every machine: ansible_host, ansible_user, the key and the ssh arguments', () => {
    const hostvars = inventoryList(renderAnsibleInventory(fixture(), options))._meta.hostvars;
    const known = "-o StrictHostKeyChecking=accept-new -o 'UserKnownHostsFile=~/.ssh/known_hosts.cdktf-libvirt.demo'";
    expect(hostvars['lab1-router']).toEqual({
      ansible_host: '10.80.1.2',
      ansible_user: 'debian',
      ansible_ssh_private_key_file: '~/.ssh/id_lab',
      ansible_ssh_common_args: `-o IdentitiesOnly=yes ${known} -o HostKeyAlias=lab1-router`,
    });
    expect(hostvars['k3s-agent-2']).toEqual({
      ansible_host: '10.81.0.12',
      ansible_user: 'ubuntu',
      ansible_ssh_private_key_file: '~/.ssh/id_lab',
      ansible_ssh_common_args: `-o IdentitiesOnly=yes -o ProxyJump=lab-admin@kvm2.example.net:2222 ${known} -o HostKeyAlias=k3s-agent-2`,
    });
    // a DHCP-only machine by its FQDN; a machine without login user has no ansible_user
    expect(hostvars['lab1-dhcp-client'].ansible_host).toBe('dhcp-client.lab1-lan.test');
    expect(hostvars['lab1-appliance']).not.toHaveProperty('ansible_user');
    expect(hostvars['lab1-appliance'].ansible_host).toBe('10.80.1.20');
  });

  itAnsible('host names that YAML 1.1 reads as booleans, numbers or null stay strings', () => {
    const names = ['no', 'on', 'yes', 'null', '0644', '1e3', '1_000', '0x1f', '190.20'];
    const t = variant((v) => {
      v.machines = names.map((name, i) => machine({ path: `demo/local/m${i}`, name, hostname: `m${i}`, host: 'local', loginUser: 'no', nics: [] }));
      v.clusters = [];
      v.labs = [];
    });
    const list = inventoryList(renderAnsibleInventory(t));
    expect(hostsOf(list, 'all')).toEqual([...names].sort());
    expect(list._meta.hostvars.no.ansible_user).toBe('no');
  });

  itAnsible('hostile stack, cluster, role, lab and network names: distinct valid group names, the stack only in a comment', () => {
    // GIVEN names with spaces, quotes, '#', '%', a line break, non-ASCII, leading digits, and names that collide once cleaned
    const t = variant((v) => {
      v.stack = HOSTILE;
      v.clusters[0].name = HOSTILE;
      v.clusters[0].roles[0].name = 'Server #1';
      v.clusters[0].roles[1].name = 'server_1';
      v.clusters.push({ path: 'demo/c2', name: '3 nodes', kind: 'generic', roles: [{ name: '%%', machines: [] }] });
      v.clusters.push({ path: 'demo/c3', name: 'k3s-net', kind: 'generic', roles: [] });
      v.labs[0].prefix = '';
      v.labs[0].path = 'demo/local/Lab "A"';
      v.networks[0].name = 'all';
      v.networks[1].name = 'ALL';
      v.machines.push(machine({ path: 'demo/local/x', name: 'net_k3s_net', hostname: 'x', host: 'local', nics: [] }));
    });
    // WHEN Ansible lists it (and warns of nothing: no invalid or duplicate group name)
    const list = inventoryList(renderAnsibleInventory(t));
    // THEN every group name is letters, digits and '_', not starting with a digit
    const groups = Object.keys(list).filter((g) => g !== '_meta');
    for (const g of groups) expect(g).toMatch(/^[a-z_][a-z0-9_]*$/);
    const hostile = 'it_s_a_lab_1_100_n_b_amp_gr_e_line_two';
    expect([...list.all.children].sort()).toEqual([
      'cluster_3_nodes', 'host_kvm_remote', 'host_local', 'k3s_net', hostile, 'lab_lab_a', 'net_all', 'net_all_2', 'net_default', 'net_k3s_net_2', 'ungrouped',
    ].sort());
    expect([...list[hostile].children].sort()).toEqual([`${hostile}_server_1`, `${hostile}_server_1_2`]);
    expect(hostsOf(list, `${hostile}_server_1`)).toEqual(['k3s-server-1']);
    expect(hostsOf(list, `${hostile}_server_1_2`)).toEqual(['k3s-agent-1', 'k3s-agent-2']);
    expect(list.cluster_3_nodes.children).toEqual(['cluster_3_nodes_role']);
    expect(hostsOf(list, 'net_k3s_net_2')).toEqual(['k3s-agent-1', 'k3s-agent-2', 'k3s-server-1']);
    expect(hostsOf(list, 'all')).toContain('net_k3s_net');
    expect(list._meta.hostvars['lab1-web-1'].ansible_ssh_common_args).toContain(
      "'UserKnownHostsFile=~/.ssh/known_hosts.cdktf-libvirt.it_s_a__lab___1_100___N__b__amp__Gr__e_line_two'");
  });
});

describe('renderAnsibleInventory: the ssh command Ansible builds, read by ssh -G', () => {
  itAnsibleSsh('address, user, key, jump host and host keys on first use, also for paths with spaces, quotes, # and %', () => {
    // GIVEN a key and a known_hosts file in directories with hostile names (a key file cannot hold '"' or '%')
    const keyDir = `/tmp/it's a lab #1 \\x Grüße`;
    const knownHosts = `/tmp/it's a "lab" #1 100% \\x Grüße/known hosts`;
    const inventory = renderAnsibleInventory(fixture(), { privateKeyFile: `${keyDir}/id`, knownHostsFile: knownHosts });
    // WHEN Ansible builds its ssh commands and ssh reads them
    const commands = sshCommandsOfAnsible(inventory);
    expect([...commands.keys()].sort()).toEqual(['10.80.1.2', '10.80.1.20', '10.80.2.10', '10.81.0.10', '10.81.0.11', '10.81.0.12', 'dhcp-client.lab1-lan.test']);
    for (const [destination, argv] of commands) {
      const o = sshG(argv);
      // THEN each reaches its address, with the key only, accepting host keys on first use into that file
      expect(o.get('hostname')).toBe(destination);
      expect(o.get('identityfile')).toBe(`${keyDir}/id`);
      expect(o.get('identitiesonly')).toBe('yes');
      expect(o.get('stricthostkeychecking')).toBe('accept-new');
      expect(o.get('userknownhostsfile')).toBe(knownHosts);
    }
    // AND the machines of the remote host jump through it, the others do not
    const remote = sshG(commands.get('10.81.0.11')!);
    expect([remote.get('user'), remote.get('proxyjump'), remote.get('hostkeyalias')]).toEqual(['ubuntu', 'lab-admin@kvm2.example.net:2222', 'k3s-agent-1']);
    const local = sshG(commands.get('10.80.1.2')!);
    expect([local.get('user'), local.has('proxyjump'), local.get('hostkeyalias')]).toEqual(['debian', false, 'lab1-router']);
  }, 180_000);

  itAnsibleSsh('the jump to a qemu+ssh host with a key and known_hosts of its own runs ssh with them, through sh and ssh\'s % tokens', () => {
    // GIVEN the remote KVM host's connection names a key and a known_hosts file in hostile folders;
    // the host is on loopback at a closed port, so that nothing leaves the machine
    const key = `/tmp/it's a lab #1 100% \\x Grüße/id`;
    const knownHosts = `~/.ssh/known hosts 50%`;
    const t = variant((v) => {
      v.hosts[1].ssh = { destination: 'lab-admin@127.0.0.1', port: 1, keyFile: key, knownHostsFile: knownHosts };
    });
    const commands = sshCommandsOfAnsible(renderAnsibleInventory(t, { privateKeyFile: '~/.ssh/id_lab' }));
    // WHEN ssh runs a remote machine's command as Ansible builds it, and expands the jump's command
    const argv = commands.get('10.81.0.11')!;
    expect(sshG(argv).has('proxyjump')).toBe(false);
    const r = run([SSH!, '-v', '-o', 'BatchMode=yes', '-o', 'ConnectTimeout=2', ...argv], { HOME: tmpDir() });
    // ssh writes its debug lines through strnvis(3): \\ for a backslash, \ooo for each byte that is not printable ASCII
    const unvis = (x: string) => Buffer.from(x.replace(/\\(\\|[0-7]{3})/g, (_m, e: string) => (e === '\\' ? '\\' : String.fromCharCode(parseInt(e, 8)))), 'latin1').toString('utf8');
    const line = /Executing proxy command: exec (ssh .*)$/m.exec(r.stderr)?.[1];
    const executed = line === undefined ? undefined : unvis(line);
    expect(executed).toBeDefined();
    // THEN the jump's ssh, as sh hands it its words, goes to the host as its user and port, with that
    // key alone, verifying the host's key in that file, and forwards to the machine
    const jumpHome = tmpDir();
    const jump = run(['/bin/sh', '-c', `exec ${executed!.replace(/^ssh /, `${SSH} -G `)}`], { HOME: jumpHome });
    expectSuccess(jump);
    const o = new Map(jump.stdout.split('\n').filter((l) => l).map((l) => [l.slice(0, l.indexOf(' ')), l.slice(l.indexOf(' ') + 1)]));
    expect([o.get('hostname'), o.get('user'), o.get('port')]).toEqual(['127.0.0.1', 'lab-admin', '1']);
    expect(o.get('identitiesonly')).toBe('yes');
    // -G prints the key's path before ssh expands it: the path it opens is in its debug output
    const opened = run(['/bin/sh', '-c', `exec ${executed!.replace(/^ssh /, `${SSH} -v -o ProxyCommand=false -o BatchMode=yes `)}`], { HOME: jumpHome });
    const keys = [...opened.stderr.matchAll(/^debug1: identity file (.*) type -?\d+$/gm)].map((m) => unvis(m[1])).filter((f) => !f.endsWith('-cert'));
    expect(keys).toEqual([key]);
    // ssh expands ~ to the home directory of the user (the password database), not $HOME
    expect(o.get('userknownhostsfile')).toBe(`${HOME}/.ssh/known hosts 50%`);
    expect(o.get('stricthostkeychecking')).not.toBe('accept-new');
    expect(executed).toContain("-W '[10.81.0.11]:22'");
  }, 180_000);

  itAnsibleSsh('by default, the SSH config\'s known_hosts file and no key of its own', () => {
    const commands = sshCommandsOfAnsible(renderAnsibleInventory(fixture()));
    const o = sshG(commands.get('10.80.1.2')!);
    expect(o.get('userknownhostsfile')).toBe(`${HOME}/.ssh/known_hosts.cdktf-libvirt.demo`);
    expect(o.get('identitiesonly')).toBe('no');
    expect(o.get('user')).toBe('debian');
    // no login user: Ansible passes none, and ssh uses the local one
    expect(sshG(commands.get('10.80.1.20')!).get('user')).toBe(os.userInfo().username);
  }, 180_000);
});

describe('renderAnsibleInventory: the document', () => {
  test('a YAML 1.1 document under all, hosts sorted, the same for any order of the topology', () => {
    const text = renderAnsibleInventory(fixture());
    expect(text.startsWith('# Ansible inventory of the machines of stack "demo", written by cdktf-libvirt.\n')).toBe(true);
    const doc = parse(text, { version: '1.1' });
    expect(Object.keys(doc)).toEqual(['all']);
    expect(Object.keys(doc.all.hosts)).toEqual([...Object.keys(doc.all.hosts)].sort());
    const shuffled: Topology = variant((v) => {
      v.machines.reverse();
      v.networks.reverse();
      v.hosts.reverse();
    });
    expect(renderAnsibleInventory(shuffled)).toBe(text);
  });

  test('an empty role is an empty group', () => {
    const t = variant((v) => {
      v.clusters[0].roles.push({ name: 'spare', machines: [] });
    });
    expect(parse(renderAnsibleInventory(t)).all.children.k3s.children.k3s_spare).toEqual({});
  });
});

describe('renderAnsibleInventory: values Ansible would misread are refused', () => {
  test.each([
    ['a double quote', '/keys/"lab"/id', /privateKeyFile holds "\\"", which Ansible hands to ssh unescaped/],
    ['a percent sign', '/keys/100%/id', /privateKeyFile holds "%", which Ansible hands to ssh unescaped/],
    ['a Jinja2 expression', '/keys/{{ ansible_user }}/id', /^demo: Ansible would render privateKeyFile as a Jinja2 template, for the "\{\{", "\{%" or "\{#" in it/],
    ['a line break', '/keys/a\nb', /privateKeyFile holds a line break/],
  ])('a private key file with %s', (_what, privateKeyFile, message) => {
    expect(() => renderAnsibleInventory(fixture(), { privateKeyFile })).toThrow(LibvirtValidationError);
    expect(() => renderAnsibleInventory(fixture(), { privateKeyFile })).toThrow(message);
  });

  test('a known_hosts file with a Jinja2 comment', () => {
    expect(() => renderAnsibleInventory(fixture(), { knownHostsFile: '/k/{# x #}' })).toThrow(/^demo: Ansible would render the ssh options as a Jinja2 template/);
  });

  test('a login user with a space', () => {
    const t = variant((v) => {
      v.machines[0].loginUser = 'de bian';
    });
    expect(() => renderAnsibleInventory(t)).toThrow(/^demo\/local\/lab\/router: the login user is not a user name that SSH and Ansible take literally \(got "de bian"\)/);
  });

  test('a machine name with an Ansible host range', () => {
    const t = variant((v) => {
      v.machines[0].name = 'web[01:10]';
    });
    expect(() => renderAnsibleInventory(t)).toThrow(/^demo\/local\/lab\/router: the machine name cannot be an SSH host alias or an Ansible host name/);
  });

  test('a role naming a machine that is not in the topology', () => {
    const t = variant((v) => {
      v.clusters[0].roles[0].machines.push('demo/nowhere');
    });
    expect(() => renderAnsibleInventory(t)).toThrow(/^demo\/kvm-remote\/k3s: role "server" names a machine that is not in the topology \(got "demo\/nowhere"\)/);
  });
});
