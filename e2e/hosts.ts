/**
 * Several KVM hosts on one machine, for the labs that span hosts: each one a {@link LibvirtSandbox}
 * with a name (network and mount namespaces, libvirt folders and `/run/libvirt` of its own) and an
 * sshd of its own inside both namespaces. terraform reaches each over `qemu+ssh://` with a key and a
 * verified host key, and ssh reaches the guests by jumping through it, as they would reach remote
 * KVM hosts.
 *
 * Links are veth pairs: this machine to each host (`198.18.N.0/30`: `.1` here, `.2` the host), and
 * each host to each other host (`198.19.N.0/30`). Each host also has a tunnel address,
 * `198.19.255.N/32` on its loopback, that the other hosts route to over their link to it: one
 * address per host that every other host reaches, as on a LAN (where wires between hosts go). The addresses are from the benchmarking range
 * (RFC 2544), which no lab and no real network uses, and every link ends inside a namespace of the
 * run: deleting the namespaces deletes the links.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Log, run, runOk, sleep } from './run';
import { LibvirtSandbox, StopReport } from './sandbox';

/** One KVM host of a run. */
export interface KvmHost {
  /** Its name (lower-case letters and digits). */
  readonly name: string;
  readonly sandbox: LibvirtSandbox;
  /** Its address on the link to this machine: where ssh and terraform reach it. */
  readonly address: string;
  /** The address every other host reaches it on (its `HostProps.tunnelAddress`). */
  readonly tunnelAddress: string;
}

/** The OpenSSH server (package openssh-server), started by the tier for each host; never the machine's own service. */
const SSHD = '/usr/sbin/sshd';
/** The privilege separation folder sshd needs; made (and later removed) when the machine has none. */
const SSHD_PRIVSEP_DIR = '/run/sshd';

/** KVM hosts in namespaces, each with libvirtd and sshd, linked to this machine and to each other. */
export class KvmHosts {
  /**
   * Starts a host per name, links them, and starts their sshds; on any failure stops what it
   * started and throws. `workDir` receives the client key and the known_hosts file.
   */
  public static async start(log: Log, names: string[], workDir: string): Promise<KvmHosts> {
    const hosts = new KvmHosts(log, workDir);
    try {
      await hosts.startAll(names);
    } catch (e) {
      await hosts.stop().catch((stopError) => log(`cleanup after a failed start also failed: ${stopError}`));
      throw e;
    }
    return hosts;
  }

  public readonly hosts: KvmHost[] = [];
  /** The private key that root on every host accepts. */
  public readonly keyFile: string;
  /** The host keys of every host, by its address: what terraform and the jumps verify against. */
  public readonly knownHostsFile: string;
  private readonly sshdPids = new Map<string, number>();
  private madePrivsepDir = false;
  private stopped = false;

  private constructor(private readonly log: Log, workDir: string) {
    this.keyFile = path.join(workDir, 'id_ed25519');
    this.knownHostsFile = path.join(workDir, 'known_hosts');
  }

  /** The host of that name. */
  public host(name: string): KvmHost {
    const host = this.hosts.find((h) => h.name === name);
    if (!host) throw new Error(`no KVM host ${name} (there are ${this.hosts.map((h) => h.name).join(', ')})`);
    return host;
  }

  private async startAll(names: string[]): Promise<void> {
    for (const [tool, pkg] of [[SSHD, 'openssh-server'], ['/usr/bin/nsenter', 'util-linux']]) {
      if (!fs.existsSync(tool)) throw new Error(`${tool} is missing: the KVM hosts of the tier run their own sshd; apt-get install --no-install-recommends ${pkg}`);
    }
    await runOk('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'terraform@e2e', '-f', this.keyFile]);
    const known: string[] = [];
    for (const [i, name] of names.entries()) {
      const sandbox = await LibvirtSandbox.start(this.log, { hostName: name });
      const host: KvmHost = { name, sandbox, address: `198.18.${i + 1}.2`, tunnelAddress: `198.19.255.${i + 1}` };
      this.hosts.push(host);
      await runOk('ip', ['-n', sandbox.netns, 'link', 'set', 'lo', 'up']);
      await runOk('ip', ['-n', sandbox.netns, 'addr', 'add', `${host.tunnelAddress}/32`, 'dev', 'lo']);
      await this.linkToMachine(host, i + 1);
      for (const [j, other] of this.hosts.slice(0, -1).entries()) await this.linkHosts(other, host, j * names.length + i);
      known.push(`${host.address} ${await this.startSshd(host)}`);
    }
    fs.writeFileSync(this.knownHostsFile, `${known.join('\n')}\n`);
    for (const host of this.hosts) {
      // the way terraform's provider will come: key, verified host key, libvirt's socket at the far end
      const r = await run('ssh', ['-F', 'none', '-i', this.keyFile, '-o', 'IdentitiesOnly=yes', '-o', `UserKnownHostsFile=${this.knownHostsFile}`,
        '-o', 'StrictHostKeyChecking=yes', '-o', 'BatchMode=yes', '-o', 'ConnectTimeout=10', `root@${host.address}`, 'test -S /run/libvirt/libvirt-sock'], { timeoutMs: 30000 });
      if (r.code !== 0) throw new Error(`ssh root@${host.address} (KVM host ${host.name}) does not reach its libvirt socket: ${r.stderr.trim()}`);
    }
    this.log(`KVM hosts ${this.hosts.map((h) => `${h.name} at ${h.address}`).join(', ')}: libvirtd and sshd each, reached over SSH with ${this.keyFile}`);
  }

  /** A veth pair from this machine (`198.18.n.1`) to the host (`198.18.n.2`, device `uplink`). */
  private async linkToMachine(host: KvmHost, n: number): Promise<void> {
    const outside = `ce${process.pid}${host.name}`.slice(0, 15);
    await runOk('ip', ['link', 'add', outside, 'type', 'veth', 'peer', 'name', 'uplink', 'netns', host.sandbox.netns]);
    await runOk('ip', ['addr', 'add', `198.18.${n}.1/30`, 'dev', outside]);
    await runOk('ip', ['link', 'set', outside, 'up']);
    await runOk('ip', ['-n', host.sandbox.netns, 'addr', 'add', `${host.address}/30`, 'dev', 'uplink']);
    await runOk('ip', ['-n', host.sandbox.netns, 'link', 'set', 'uplink', 'up']);
  }

  /**
   * A veth pair between two hosts (`198.19.n.1` on `a`, `.2` on `b`), each end named after the other
   * host, and each host's route to the other's tunnel address over it.
   */
  private async linkHosts(a: KvmHost, b: KvmHost, n: number): Promise<void> {
    const [ea, eb] = [`to-${b.name}`, `to-${a.name}`];
    await runOk('ip', ['-n', a.sandbox.netns, 'link', 'add', ea, 'type', 'veth', 'peer', 'name', eb, 'netns', b.sandbox.netns]);
    for (const [host, dev, address] of [[a, ea, `198.19.${n}.1`], [b, eb, `198.19.${n}.2`]] as const) {
      await runOk('ip', ['-n', host.sandbox.netns, 'addr', 'add', `${address}/30`, 'dev', dev]);
      await runOk('ip', ['-n', host.sandbox.netns, 'link', 'set', dev, 'up']);
    }
    await runOk('ip', ['-n', a.sandbox.netns, 'route', 'add', `${b.tunnelAddress}/32`, 'via', `198.19.${n}.2`]);
    await runOk('ip', ['-n', b.sandbox.netns, 'route', 'add', `${a.tunnelAddress}/32`, 'via', `198.19.${n}.1`]);
  }

  /**
   * Starts sshd in the host's namespaces (those of its libvirtd: its network, and its own
   * `/run/libvirt`), with a host key of its own and the run's client key for root. Returns the
   * host's public key line.
   */
  private async startSshd(host: KvmHost): Promise<string> {
    const dir = path.join(host.sandbox.root, 'ssh');
    fs.mkdirSync(dir, { mode: 0o700 });
    const hostKey = path.join(dir, 'ssh_host_ed25519_key');
    await runOk('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', `kvm-${host.name}`, '-f', hostKey]);
    fs.writeFileSync(path.join(dir, 'authorized_keys'), fs.readFileSync(`${this.keyFile}.pub`), { mode: 0o600 });
    const pidFile = path.join(dir, 'sshd.pid');
    const config = path.join(dir, 'sshd_config');
    fs.writeFileSync(config, [
      `ListenAddress ${host.address}`,
      `HostKey ${hostKey}`,
      `PidFile ${pidFile}`,
      `AuthorizedKeysFile ${path.join(dir, 'authorized_keys')}`,
      'PermitRootLogin prohibit-password',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'UsePAM no',
      'AllowStreamLocalForwarding yes',
      'AllowTcpForwarding yes',
      '',
    ].join('\n'));
    if (!fs.existsSync(SSHD_PRIVSEP_DIR)) {
      fs.mkdirSync(SSHD_PRIVSEP_DIR, { mode: 0o755 });
      this.madePrivsepDir = true;
    }
    await runOk('nsenter', ['-t', String(host.sandbox.libvirtdPid), '-m', '-n', SSHD, '-f', config, '-E', path.join(dir, 'sshd.log')], { timeoutMs: 30000 });
    for (let i = 0; i < 100; i++) {
      const text = fs.existsSync(pidFile) ? fs.readFileSync(pidFile, 'utf8').trim() : '';
      if (/^\d+$/.test(text)) {
        this.sshdPids.set(host.name, Number(text));
        this.log(`started sshd (PID ${text}) on KVM host ${host.name} at ${host.address}`);
        return fs.readFileSync(`${hostKey}.pub`, 'utf8').trim().split(' ').slice(0, 2).join(' ');
      }
      await sleep(100);
    }
    throw new Error(`sshd of KVM host ${host.name} wrote no PID to ${pidFile}: ${fs.existsSync(path.join(dir, 'sshd.log')) ? fs.readFileSync(path.join(dir, 'sshd.log'), 'utf8') : ''}`);
  }

  /** Stops every sshd, then every host (the last started first). Safe to call twice. */
  public async stop(): Promise<StopReport> {
    if (this.stopped) return { leftovers: [] };
    this.stopped = true;
    for (const [name, pid] of this.sshdPids) {
      try { process.kill(pid, 'SIGTERM'); } catch { continue; }
      for (let i = 0; i < 50 && fs.existsSync(`/proc/${pid}`); i++) await sleep(100);
      this.log(`stopped sshd (PID ${pid}) of KVM host ${name}`);
    }
    const leftovers: string[] = [];
    for (const host of [...this.hosts].reverse()) leftovers.push(...(await host.sandbox.stop()).leftovers);
    if (this.madePrivsepDir) fs.rmSync(SSHD_PRIVSEP_DIR, { recursive: true, force: true });
    return { leftovers };
  }
}
