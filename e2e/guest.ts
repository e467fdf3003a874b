/**
 * Reaching the guests: SSH from inside the sandbox's network namespace (where the lab's bridges
 * are), with the run's throwaway key, through the stack's generated `ssh_config` when it has one.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ExpectedMachine, readSshConfig } from './expect';
import { LibvirtSandbox } from './sandbox';
import { run, RunResult, shellQuote, sleep } from './run';

/** How the tier logs in to one machine. */
export interface SshRoute {
  /** The ssh destination: a Host alias of ssh_config, or user@address. */
  readonly destination: string;
  /** The ssh_config file used, if any. */
  readonly configFile?: string;
}

/** SSH access to a lab's machines. */
export class Guests {
  private readonly knownHosts: string;
  private readonly sshConfig?: string;
  private readonly aliases: ReturnType<typeof readSshConfig>;

  constructor(private readonly sandbox: LibvirtSandbox, private readonly keyFile: string, stackDir: string, workDir: string) {
    this.knownHosts = path.join(workDir, 'known_hosts');
    const config = path.join(stackDir, 'ssh_config');
    this.sshConfig = fs.existsSync(config) ? config : undefined;
    this.aliases = this.sshConfig ? readSshConfig(this.sshConfig) : [];
  }

  /** True when the stack came with an ssh_config. */
  public get usesSshConfig(): boolean {
    return this.sshConfig !== undefined;
  }

  /**
   * The route to a machine: its Host alias in ssh_config (an exact pattern equal to its domain
   * name, hostname or FQDN), or its login user at its first planned (or observed) address.
   */
  public route(m: ExpectedMachine, observedAddress?: string): SshRoute {
    if (this.sshConfig) {
      const names = [m.name, m.hostname, m.fqdn].filter((x): x is string => x !== undefined);
      const entry = this.aliases.find((a) => a.patterns.some((p) => names.includes(p)));
      if (!entry) throw new Error(`${this.sshConfig} has no Host entry for ${names.join(' / ')}`);
      return { destination: entry.patterns.find((p) => names.includes(p))!, configFile: this.sshConfig };
    }
    if (!m.loginUser) throw new Error(`${m.name}: no login user with the run's key is planned`);
    const address = m.nics.find((n) => n.address !== undefined)?.address ?? observedAddress;
    if (!address) throw new Error(`${m.name}: no address to reach it at`);
    return { destination: `${m.loginUser}@${address}` };
  }

  /** The Host entry of a route in ssh_config (for checking its HostName and User). */
  public aliasEntry(route: SshRoute): { hostName?: string; user?: string } | undefined {
    return route.configFile ? this.aliases.find((a) => a.patterns.includes(route.destination)) : undefined;
  }

  /**
   * Runs a shell command on the machine. A connection the guest refuses or drops (sshd restarts
   * while cloud-init configures it) is tried again, up to 6 times, 5 s apart.
   */
  public async exec(route: SshRoute, command: string, timeoutMs = 120000): Promise<RunResult> {
    for (let attempt = 1; ; attempt++) {
      const r = await this.execOnce(route, command, timeoutMs);
      const transient = r.code === 255 && /Connection refused|Connection reset|Connection closed|Connection timed out|No route to host|kex_exchange_identification/.test(r.stderr);
      if (!transient || attempt >= 6) return r;
      await sleep(5000);
    }
  }

  private execOnce(route: SshRoute, command: string, timeoutMs: number): Promise<RunResult> {
    const [cmd, args] = this.sandbox.inNetns('ssh', [
      '-F', route.configFile ?? '/dev/null',
      '-i', this.keyFile,
      '-o', 'IdentitiesOnly=yes',
      '-o', 'BatchMode=yes',
      '-o', 'StrictHostKeyChecking=accept-new',
      '-o', `UserKnownHostsFile=${this.knownHosts}`,
      '-o', 'ConnectTimeout=10',
      '-o', 'LogLevel=ERROR',
      route.destination,
      command,
    ]);
    return run(cmd, args, { timeoutMs });
  }

  /** Runs a command and returns its trimmed stdout; throws with the output unless it exits 0. */
  public async check(route: SshRoute, command: string, timeoutMs = 120000): Promise<string> {
    const r = await this.exec(route, command, timeoutMs);
    if (r.code !== 0) throw new Error(`ssh ${route.destination} ${shellQuote(command)} exited ${r.code ?? r.signal}: ${(r.stderr || r.stdout).trim().slice(-500)}`);
    return r.stdout.trim();
  }
}
