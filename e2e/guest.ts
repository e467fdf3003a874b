/**
 * Reaching the guests the way a user does: `ssh -F <stack>/ssh_config <machine>` and
 * `ansible -i <stack>/inventory.yaml`, exactly as generated (their IdentityFile, known_hosts and
 * HostKeyAlias settings; no option on the command line), run inside the sandbox's network namespace
 * where the lab's bridges are. Machines without a fixed address are named by their FQDN there, so
 * these commands see a resolv.conf that names the lab networks' DNS servers, as the README asks of a
 * user's machine. For a lab over KVM hosts of its own they run on this machine, and ssh jumps
 * through the hosts as the config says. They run in a session of their own (no terminal), so
 * nothing can prompt.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ExpectedMachine, readSshConfig } from './expect';
import { LibvirtSandbox } from './sandbox';
import { run, RunOptions, RunResult, shellQuote, sleep } from './run';

/** SSH and Ansible access to a lab's machines through its artifacts. */
export class Guests {
  private readonly sshConfig: string;
  private readonly aliases: ReturnType<typeof readSshConfig>;

  /**
   * @param network the sandbox whose network namespace holds the guests' networks, or undefined to run on this machine
   * @param stackDir the synthesized stack (its ssh_config and inventory.yaml)
   * @param resolvConf the resolv.conf the commands see (inside the namespace)
   */
  constructor(private readonly network: LibvirtSandbox | undefined, stackDir: string, private readonly resolvConf: string) {
    this.sshConfig = path.join(stackDir, 'ssh_config');
    if (!fs.existsSync(this.sshConfig)) throw new Error(`${stackDir} has no ssh_config: every stack with machines writes one (LabArtifacts)`);
    this.aliases = readSshConfig(this.sshConfig);
  }

  /** The Host entry of a machine in ssh_config: one whose patterns include its domain name, hostname or FQDN. */
  public entry(m: ExpectedMachine): { patterns: string[]; hostName?: string; user?: string } | undefined {
    const names = [m.name, m.hostname, m.fqdn].filter((x): x is string => x !== undefined);
    return this.aliases.find((a) => a.patterns.some((p) => names.includes(p)));
  }

  /** The alias a user types for the machine: its libvirt name when ssh_config has it, else its first pattern. */
  public alias(m: ExpectedMachine): string {
    const e = this.entry(m);
    if (!e) throw new Error(`${this.sshConfig} has no Host entry for ${m.name}`);
    return e.patterns.includes(m.name) ? m.name : e.patterns[0];
  }

  /**
   * Runs a shell command on the machine. A connection the guest refuses or drops (sshd restarts
   * while cloud-init configures it) is tried again, up to 6 times, 5 s apart.
   */
  public async exec(m: ExpectedMachine, command: string, timeoutMs = 120000): Promise<RunResult> {
    for (let attempt = 1; ; attempt++) {
      const r = await this.run('ssh', ['-F', this.sshConfig, this.alias(m), command], { timeoutMs, detached: true });
      const transient = r.code === 255 && /Connection refused|Connection reset|Connection closed|Connection timed out|No route to host|kex_exchange_identification/.test(r.stderr);
      if (!transient || attempt >= 6) return r;
      await sleep(5000);
    }
  }

  /** Runs a command and returns its trimmed stdout; throws with the output unless it exits 0. */
  public async check(m: ExpectedMachine, command: string, timeoutMs = 120000): Promise<string> {
    const r = await this.exec(m, command, timeoutMs);
    if (r.code !== 0) throw new Error(`ssh -F ssh_config ${this.alias(m)} ${shellQuote(command)} exited ${r.code ?? r.signal}: ${(r.stderr || r.stdout).trim().slice(-500)}`);
    return r.stdout.trim();
  }

  /**
   * Runs `ansible` with `args`. Its own files (home, temp files, control sockets) go below `home`,
   * and it keeps no SSH connection open after it ends (no ControlPersist), so nothing of it
   * outlives the command.
   */
  public async ansible(args: string[], home: string): Promise<RunResult> {
    fs.mkdirSync(home, { recursive: true });
    return this.run('ansible', args, {
      timeoutMs: 300000,
      detached: true,
      env: {
        ...process.env,
        ANSIBLE_HOME: home,
        ANSIBLE_LOCAL_TEMP: path.join(home, 'tmp'),
        ANSIBLE_SSH_CONTROL_PATH_DIR: path.join(home, 'cp'),
        ANSIBLE_SSH_ARGS: '',
        ANSIBLE_NOCOLOR: '1',
        ANSIBLE_FORCE_COLOR: '0',
      },
    });
  }

  /** Runs a command where the guests are reached from. */
  private run(cmd: string, args: string[], options: RunOptions): Promise<RunResult> {
    return this.network ? this.network.withResolver(this.resolvConf, cmd, args, options) : run(cmd, args, options);
  }
}
