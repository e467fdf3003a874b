import { Topology } from '../topology';
import { commentText, connectTarget, hostname, indexWithAliases, jumpHost, jumpParts, loginUser, sortedBy, sshPath, viaHost } from './private/plan';

/** Options of {@link renderSshConfig}. */
export interface SshConfigOptions {
  /**
   * Private key to log in to the machines with, as a path on the machine that runs ssh. A leading
   * `~/` is the home directory, as in a shell; everything else is taken literally (a `%` is written
   * as `%%`, so ssh does not read it as one of its tokens).
   * @default - none: ssh offers its default keys and those of the agent
   */
  readonly identityFile?: string;
  /**
   * Where ssh keeps the host keys of the machines, accepted on first use.
   * @default - `~/.ssh/known_hosts.cdktf-libvirt.<stack>`: see {@link defaultKnownHostsFile}
   */
  readonly knownHostsFile?: string;
}

/**
 * The default known_hosts file of a stack's machines: `~/.ssh/known_hosts.cdktf-libvirt.<stack>`
 * (the stack id with anything but letters, digits, `.`, `_` and `-` replaced by `_`).
 *
 * A file of its own, because lab machines are recreated: each new machine has a new host key,
 * often at an address that an earlier one had. Kept in ~/.ssh/known_hosts, those keys would turn
 * into "REMOTE HOST IDENTIFICATION HAS CHANGED" errors there, and cleaning them up would mean
 * editing the user's real known hosts. Kept apart, forgetting a lab's keys is deleting one file.
 * Directly in ~/.ssh, because ssh creates that directory when it is missing, but no directory
 * below it.
 */
export function defaultKnownHostsFile(stack: string): string {
  return `~/.ssh/known_hosts.cdktf-libvirt.${stack.replace(/[^A-Za-z0-9._-]/g, '_')}`;
}

/**
 * Renders an OpenSSH client configuration with one `Host` block per machine of the topology.
 *
 * The alias of a machine is its libvirt name (`<name>.<host>` when machines on several hosts share
 * a name), plus its hostname when that differs and belongs to no other machine. Each block has
 * `HostName` (the first planned address, else the FQDN, else the hostname), `User` (the login user,
 * when known), `IdentityFile` with `IdentitiesOnly yes` (when given), `ProxyJump [user@]host[:port]`
 * for the machines of a KVM host reached over SSH, and host keys accepted on first use
 * (`StrictHostKeyChecking accept-new`: a key that changes later is still refused) into a known_hosts
 * file of the stack's own, recorded under the machine's alias (`HostKeyAlias`), so that machines at
 * the same address behind two KVM hosts, or a DHCP machine whose address changes, keep one entry each.
 *
 * Use it with `ssh -F <file> <machine>`, or `Include <file>` at the top of ~/.ssh/config (ssh takes
 * the first value it reads for each option). Throws a `LibvirtValidationError` naming the machine,
 * host or option whose value ssh would read differently from what it is.
 */
export function renderSshConfig(topology: Topology, options: SshConfigOptions = {}): string {
  const index = indexWithAliases(topology);
  const stack = topology.stack;
  const identityFile = options.identityFile === undefined ? undefined : sshPath(stack, 'identityFile', options.identityFile);
  const knownHostsFile = options.knownHostsFile ?? defaultKnownHostsFile(stack);
  const knownHosts = sshPath(stack, 'knownHostsFile', knownHostsFile);

  // a hostname is an extra alias only when no other machine has it as hostname or alias
  const hostnameCount = new Map<string, number>();
  for (const m of index.machines) hostnameCount.set(hostname(m), (hostnameCount.get(hostname(m)) ?? 0) + 1);
  const aliases = new Set(index.aliases.values());

  const lines = [
    `# OpenSSH client configuration of the machines of stack ${commentText(stack)}, written by cdktf-libvirt.`,
    '# Use: ssh -F <this file> <machine>, or "Include <this file>" at the top of ~/.ssh/config.',
    `# Host keys are accepted on first use into ${commentText(knownHostsFile)}, apart from`,
    '# ~/.ssh/known_hosts: a recreated machine has a new key; to forget a lab\'s keys, delete that file.',
  ];
  for (const machine of index.machines) {
    const alias = index.aliases.get(machine.path)!;
    const name = hostname(machine);
    const names = name !== alias && hostnameCount.get(name) === 1 && !aliases.has(name) ? `${alias} ${name}` : alias;
    const user = loginUser(machine);
    const jump = jumpHost(stack, viaHost(index, machine));
    lines.push('', `# ${commentText(machine.path)} on KVM host ${commentText(machine.host)}`);
    if (user === undefined) lines.push('# no login user is known: ssh uses your local user name unless you give one (user@machine)');
    lines.push(`Host ${names}`, `  HostName ${connectTarget(machine)}`);
    if (user !== undefined) lines.push(`  User ${user}`);
    if (identityFile !== undefined) lines.push(`  IdentityFile ${identityFile}`, '  IdentitiesOnly yes');
    if (jump !== undefined) lines.push(`  ProxyJump ${jump}`);
    lines.push('  StrictHostKeyChecking accept-new', `  UserKnownHostsFile ${knownHosts}`, `  HostKeyAlias ${alias}`);
  }
  lines.push(...jumpHostBlocks(topology));
  return lines.join('\n') + '\n';
}

/**
 * A block for each KVM host reached over qemu+ssh with a key or known_hosts file of its own, so that
 * the jump to it (ssh passes `-F` on to the jump) uses the same key and verifies the same host key
 * as terraform does, instead of the user's defaults. Last, so that no machine's block is shadowed.
 */
function jumpHostBlocks(topology: Topology): string[] {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const host of sortedBy(topology.hosts, (h) => h.name)) {
    const jump = jumpParts(topology.stack, host);
    const { keyFile, knownHostsFile } = host.ssh ?? {};
    if (jump === undefined || (keyFile === undefined && knownHostsFile === undefined) || seen.has(jump.host)) continue;
    seen.add(jump.host);
    lines.push('', `# KVM host ${commentText(host.name)}: the jump host of its machines, with the key and known_hosts of its connection`, `Host ${jump.host}`);
    if (keyFile !== undefined) lines.push(`  IdentityFile ${sshPath(topology.stack, 'keyFile', keyFile)}`, '  IdentitiesOnly yes');
    if (knownHostsFile !== undefined) lines.push(`  UserKnownHostsFile ${sshPath(topology.stack, 'knownHostsFile', knownHostsFile)}`);
  }
  return lines;
}
