import { stringify } from 'yaml';
import { Topology, TopologyMachine } from '../topology';
import { TopologyHost } from '../topology';
import { commentText, connectTarget, identifier, indexWithAliases, jumpHost, jumpParts, loginUser, NameTable, reject, sortedBy, sshPath, viaHost } from './private/plan';
import { defaultKnownHostsFile } from './ssh-config';

/** Options of {@link renderAnsibleInventory}. */
export interface AnsibleInventoryOptions {
  /**
   * Private key to log in to the machines with (`ansible_ssh_private_key_file`), as a path on the
   * machine that runs Ansible; a leading `~/` is the home directory.
   * @default - none: ssh offers its default keys and those of the agent
   */
  readonly privateKeyFile?: string;
  /**
   * Where ssh keeps the host keys of the machines, accepted on first use: the same file as the SSH
   * config's, so that a key accepted by either is known to both.
   * @default - `~/.ssh/known_hosts.cdktf-libvirt.<stack>`: see {@link defaultKnownHostsFile}
   */
  readonly knownHostsFile?: string;
}

/**
 * Renders an Ansible inventory (YAML, for the `yaml` inventory plugin) of the machines of the topology.
 *
 * Every machine is a host of `all`, named by the same alias as in the SSH config, with
 * `ansible_host` (its first planned address, else its FQDN, else its hostname), `ansible_user` (its
 * login user, when known), `ansible_ssh_private_key_file` (when given), and `ansible_ssh_common_args`
 * that accept host keys on first use into the stack's own known_hosts file and, for the machines of a
 * KVM host reached over SSH, jump through that host (`-o ProxyJump=[user@]host[:port]`; when the
 * host's qemu+ssh connection names a key or known_hosts file, a `ProxyCommand` that runs ssh to the
 * host with them, as terraform reaches it).
 *
 * Groups, whose names keep to letters, digits and `_` as Ansible wants, lowercase:
 * - each cluster, named after it (`k3s`), with a child group per role (`k3s_server`, `k3s_agent`);
 * - each lab, `lab_<prefix>`;
 * - each network, `net_<libvirt name>`, holding the machines with a NIC on it;
 * - each KVM host, `host_<host name>`, holding the machines that run on it (a play per host, or
 *   `--limit host_kvm1` before a host goes down for maintenance).
 * A name already taken (by a group made earlier in that order, by a host, or `all`/`ungrouped`)
 * gets `_2`, `_3`, ... in the order of the elements' construct paths.
 *
 * Written as YAML 1.1, the YAML that Ansible reads: a host called `no` or `0644` stays a string.
 * Throws a `LibvirtValidationError` naming the value that Ansible or ssh would read differently.
 */
export function renderAnsibleInventory(topology: Topology, options: AnsibleInventoryOptions = {}): string {
  const index = indexWithAliases(topology);
  const stack = topology.stack;
  const aliasOf = (m: TopologyMachine) => index.aliases.get(m.path)!;

  const privateKeyFile = options.privateKeyFile === undefined ? undefined : checkPrivateKeyFile(stack, options.privateKeyFile);
  const knownHosts = sshPath(stack, 'knownHostsFile', options.knownHostsFile ?? defaultKnownHostsFile(stack));

  const hosts: Record<string, Record<string, string>> = {};
  for (const machine of index.machines) {
    const alias = aliasOf(machine);
    const vars: Record<string, string> = { ansible_host: connectTarget(machine) };
    const user = loginUser(machine);
    if (user !== undefined) vars.ansible_user = user;
    if (privateKeyFile !== undefined) vars.ansible_ssh_private_key_file = privateKeyFile;
    // each -o value is read by ssh like a config line, after Ansible splits the string with shlex
    const sshOptions: string[] = [];
    if (privateKeyFile !== undefined) sshOptions.push('IdentitiesOnly=yes');
    const jump = jumpOption(stack, viaHost(index, machine));
    if (jump !== undefined) sshOptions.push(jump);
    sshOptions.push('StrictHostKeyChecking=accept-new', `UserKnownHostsFile=${knownHosts}`, `HostKeyAlias=${alias}`);
    vars.ansible_ssh_common_args = sshOptions.map((o) => `-o ${shellQuote(o)}`).join(' ');
    checkNotTemplate(stack, 'the ssh options', vars.ansible_ssh_common_args);
    hosts[alias] = vars;
  }

  const names = new NameTable(['all', 'ungrouped', ...index.aliases.values()]);
  const members = (machines: TopologyMachine[]) => groupOf(sortedBy(machines.map(aliasOf), (a) => a));
  const children: Record<string, object> = {};

  for (const cluster of sortedBy(topology.clusters, (c) => c.path)) {
    const base = identifier(cluster.name);
    const group = names.claim(/^[a-z_]/.test(base) ? base : `cluster_${base}`.replace(/_$/, ''));
    const roles: Record<string, object> = {};
    for (const role of cluster.roles) {
      const machines = role.machines.map((path) => index.machinesByPath.get(path) ?? reject(cluster.path,
        `role ${JSON.stringify(role.name)} names a machine that is not in the topology`, path, 'list the machine in topology.machines'));
      roles[names.claim(`${group}_${identifier(role.name) || 'role'}`)] = members(machines);
    }
    children[group] = Object.keys(roles).length > 0 ? { children: roles } : {};
  }
  for (const lab of sortedBy(topology.labs, (l) => l.path)) {
    const base = identifier(lab.prefix) || identifier(lab.path.split('/').pop() ?? '');
    children[names.claim(base ? `lab_${base}` : 'lab')] = members(topology.machines.filter((m) => m.lab === lab.path));
  }
  for (const network of sortedBy(topology.networks, (n) => n.path)) {
    const base = identifier(network.name);
    children[names.claim(base ? `net_${base}` : 'net')] = members(topology.machines.filter((m) => m.nics.some((nic) => nic.network === network.path)));
  }
  for (const host of sortedBy(topology.hosts, (h) => h.name)) {
    const base = identifier(host.name);
    children[names.claim(base ? `host_${base}` : 'host')] = members(topology.machines.filter((m) => m.host === host.name));
  }

  const doc = { all: { hosts, children } };
  const header = `# Ansible inventory of the machines of stack ${commentText(stack)}, written by cdktf-libvirt.\n`;
  return header + stringify(doc, { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false, nullStr: '' });
}

/** A group with these hosts; an empty group is `{}`. */
function groupOf(aliases: string[]): object {
  if (aliases.length === 0) return {};
  return { hosts: Object.fromEntries(aliases.map((a) => [a, null])) };
}

/**
 * Ansible passes `ansible_ssh_private_key_file` to ssh as `-o IdentityFile="<path>"` and expands a
 * leading `~`: a `"` would end the quoting, ssh would expand `%` and `${`, and Ansible would render
 * a Jinja2 template; none of these can be escaped in a way that every Ansible connection reads alike.
 */
function checkPrivateKeyFile(stack: string, path: string): string {
  sshPath(stack, 'privateKeyFile', path);
  for (const bad of ['"', '%']) {
    if (path.includes(bad)) reject(stack, `privateKeyFile holds ${JSON.stringify(bad)}, which Ansible hands to ssh unescaped`, path, `use a path without ${JSON.stringify(bad)}`);
  }
  checkNotTemplate(stack, 'privateKeyFile', path);
  return path;
}

/**
 * The ssh option by which the machines of a KVM host reached over SSH jump through it: `ProxyJump`,
 * or, when the host's connection names a key or known_hosts file, a `ProxyCommand` that runs ssh
 * with them. ProxyJump cannot carry options, and the ssh that Ansible runs reads no config file
 * that could hold them. ssh expands the command's `%` tokens, then runs it with /bin/sh: each word
 * is quoted for sh, and each `%` of a word doubled, but in the `[%h]:%p` that ssh fills in.
 */
function jumpOption(stack: string, host: TopologyHost): string | undefined {
  const jump = jumpParts(stack, host);
  if (jump === undefined) return undefined;
  const { keyFile, knownHostsFile } = host.ssh!;
  if (keyFile === undefined && knownHostsFile === undefined) return `ProxyJump=${jumpHost(stack, host)}`;
  const target = '[%h]:%p';
  const words = ['ssh', '-W', target];
  if (jump.user !== undefined) words.push('-l', jump.user);
  if (jump.port !== undefined) words.push('-p', String(jump.port));
  if (keyFile !== undefined) words.push('-o', `IdentityFile=${sshPath(stack, 'keyFile', keyFile)}`, '-o', 'IdentitiesOnly=yes');
  if (knownHostsFile !== undefined) words.push('-o', `UserKnownHostsFile=${sshPath(stack, 'knownHostsFile', knownHostsFile)}`);
  words.push(jump.host);
  return `ProxyCommand=${words.map((w) => (w === target ? shellQuote(w) : shellQuote(w).replace(/%/g, '%%'))).join(' ')}`;
}

/** Ansible renders `{{ }}`, `{% %}` and `{# #}` in inventory strings as Jinja2. */
function checkNotTemplate(stack: string, what: string, value: string): void {
  if (/\{[{%#]/.test(value)) {
    reject(stack, `Ansible would render ${what} as a Jinja2 template, for the "{{", "{%" or "{#" in it`, value, 'use paths without these');
  }
}

/** Quotes one argument the way Python's shlex.quote does, which shlex.split (used by Ansible) undoes. */
function shellQuote(arg: string): string {
  if (arg.length > 0 && /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'"'"'`)}'`;
}
