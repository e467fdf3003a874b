/**
 * A real libvirt for the e2e tier: `virtlogd` and `libvirtd` started inside a network namespace
 * this run creates (NOTES §2.7), so bridges, iptables rules, dnsmasq and guests stay inside it.
 * The unix socket `/run/libvirt/libvirt-sock` is still reachable from the host's side, so
 * `virsh -c qemu:///system` works from the test process.
 *
 * The daemons also run in a mount namespace of their own, where `/etc/libvirt`, `/var/lib/libvirt`,
 * `/var/cache/libvirt` and `/var/log/libvirt` are folders of this run (under
 * `/var/lib/cdktf-libvirt-e2e/run-PID`; the config files are copied from the machine's, without its
 * domains, networks, pools and secrets). So the machine's libvirt configuration is never read or
 * written, and a run that was killed outright (watchdog and all) leaves its definitions in its own
 * folder, which the next run deletes, instead of in the machine's libvirt, where they would clash
 * with the next run's labs.
 *
 * It refuses to start when a libvirtd already answers on that socket (only one system libvirtd
 * can run per machine, and the tier must never touch someone else's), and it stops exactly what
 * it started, by PID: the two daemons, then any process still inside its namespace (a QEMU or
 * dnsmasq that a failed destroy left behind), then the namespace itself. A watchdog
 * (`e2e/watchdog.sh`) does the same, and removes the libvirt objects the run created, when the
 * test process is killed before it could stop the sandbox itself.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Log, run, runOk, RunOptions, RunResult, sleep } from './run';

export const SYSTEM_URI = 'qemu:///system';
const SOCKET = '/run/libvirt/libvirt-sock';
const STATE_ROOT = '/run/cdktf-libvirt-e2e';
const KVM_DEVICE = '/dev/kvm';
const LIBVIRT_RUNTIME_DIR = '/run/libvirt';
/** Where each run keeps its libvirt's configuration, state, cache and logs: `run-PID` below it. */
export const RUN_ROOT_BASE = '/var/lib/cdktf-libvirt-e2e';
/** The machine's folders the daemons see replaced by the run's own, and the name of each below the run's root. */
const PRIVATE_DIRS: Record<string, string> = { '/etc/libvirt': 'etc', '/var/lib/libvirt': 'lib', '/var/cache/libvirt': 'cache', '/var/log/libvirt': 'log' };
/** What a named KVM host has of its own as well: its runtime folder, with the daemons' sockets. */
const HOST_PRIVATE_DIRS: Record<string, string> = { ...PRIVATE_DIRS, [LIBVIRT_RUNTIME_DIR]: 'run' };

/** How a sandbox is started. */
export interface SandboxOptions {
  /**
   * Makes the sandbox one of several KVM hosts of a run (lower-case letters and digits): the name
   * ends its namespace's and folders' names, and its libvirtd has a `/run/libvirt` of its own, so
   * that several run side by side. Its socket is then `root/run/libvirt/libvirt-sock` (see `uri`),
   * and the machine's system socket is neither checked nor used.
   * @default - the run's one libvirtd, on the machine's system socket
   */
  readonly hostName?: string;
}

/** Commands the tier needs, and the Debian package of each. */
const TOOLS: Record<string, string> = {
  ip: 'iproute2', virsh: 'libvirt-clients', libvirtd: 'libvirt-daemon-system', virtlogd: 'libvirt-daemon-system',
  'qemu-system-x86_64': 'qemu-system-x86', 'qemu-img': 'qemu-utils', dnsmasq: 'dnsmasq-base', iptables: 'iptables',
  genisoimage: 'genisoimage', ssh: 'openssh-client', 'ssh-keygen': 'openssh-client',
};

function which(cmd: string): boolean {
  return (process.env.PATH ?? '/usr/bin:/bin').split(':').concat(['/usr/sbin', '/sbin'])
    .some((d) => { try { fs.accessSync(path.join(d, cmd), fs.constants.X_OK); return true; } catch { return false; } });
}

/** Throws, naming the packages, when a tool the tier needs is missing or the run is not root. */
export function checkPrerequisites(): void {
  if (process.getuid?.() !== 0) throw new Error('the e2e tier must run as root (it starts libvirtd, creates a network namespace and builds a disk image)');
  const missing = Object.entries(TOOLS).filter(([cmd]) => !which(cmd));
  if (missing.length > 0) {
    throw new Error(`missing tools: ${missing.map(([c, p]) => `${c} (package ${p})`).join(', ')}; ` +
      `apt-get install --no-install-recommends ${[...new Set(missing.map(([, p]) => p))].join(' ')}`);
  }
}

/** True when some libvirtd answers on the system socket. */
export async function libvirtdAnswers(): Promise<boolean> {
  if (!fs.existsSync(SOCKET)) return false;
  const r = await run('virsh', ['-c', SYSTEM_URI, 'version'], { timeoutMs: 15000 });
  return r.code === 0;
}

function netnsInode(name: string): number {
  return fs.statSync(`/run/netns/${name}`).ino;
}

/** PIDs of every process whose network namespace is the given one. */
function processesInNetns(inode: number): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readlinkSync(`/proc/${entry}/ns/net`) === `net:[${inode}]` && !isZombie(Number(entry))) pids.push(Number(entry));
    } catch {
      // the process ended meanwhile, or is not ours to read
    }
  }
  return pids;
}

function isZombie(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return true;
  }
}

function alive(pid: number): boolean {
  return fs.existsSync(`/proc/${pid}`) && !isZombie(pid);
}

function commandOf(pid: number): string {
  try { return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim().slice(0, 120); } catch { return '?'; }
}

/** Ends one process we started: SIGTERM, then SIGKILL after `graceMs`. */
async function stopPid(pid: number, graceMs: number): Promise<void> {
  if (!alive(pid)) return;
  try { process.kill(pid, 'SIGTERM'); } catch { return; }
  const deadline = Date.now() + graceMs;
  while (alive(pid) && Date.now() < deadline) await sleep(100);
  if (alive(pid)) {
    try { process.kill(pid, 'SIGKILL'); } catch { return; }
    while (alive(pid)) await sleep(100);
  }
}

/**
 * Deletes the folders below `base` that belong to runs that are gone: named by `pattern`, whose first
 * group is the run's PID, that PID no longer running, and nothing written there for `minAgeMs`.
 */
function removeEnded(base: string, pattern: RegExp, minAgeMs: number, log: Log, what: string): void {
  if (!fs.existsSync(base)) return;
  for (const entry of fs.readdirSync(base)) {
    const pid = pattern.exec(entry)?.[1];
    const dir = path.join(base, entry);
    if (pid === undefined || alive(Number(pid)) || Date.now() - fs.statSync(dir).mtimeMs < minAgeMs) continue;
    fs.rmSync(dir, { recursive: true, force: true });
    log(`removed ${dir}: ${what}`);
  }
}

/** What {@link LibvirtSandbox.stop} found and did. */
export interface StopReport {
  /** Processes that were still in the namespace after both daemons had stopped (ended by PID). */
  readonly leftovers: string[];
}

/** A libvirtd + virtlogd in a network namespace of their own. */
export class LibvirtSandbox {
  /** Creates the namespace and starts the daemons; on any failure, undoes what it did and throws. */
  public static async start(log: Log, options: SandboxOptions = {}): Promise<LibvirtSandbox> {
    checkPrerequisites();
    const hostName = options.hostName;
    if (hostName !== undefined && !/^[a-z][a-z0-9]{0,5}$/.test(hostName)) throw new Error(`sandbox host name ${JSON.stringify(hostName)}: use 1 to 6 lower-case letters and digits`);
    if (hostName === undefined && await libvirtdAnswers()) {
      throw new Error(`a libvirtd already answers on ${SOCKET}: the e2e tier starts its own libvirtd and never uses or stops one it did not start. ` +
        'Run it on a machine (or container) where libvirtd is not running, or stop that libvirtd first.');
    }
    const sandbox = new LibvirtSandbox(hostName, log);
    try {
      await sandbox.startDaemons();
    } catch (e) {
      await sandbox.stop().catch((stopError) => log(`cleanup after a failed start also failed: ${stopError}`));
      throw e;
    }
    return sandbox;
  }

  /** The name of the sandbox's network namespace. */
  public readonly netns: string;
  /** How virsh and terraform on this machine reach its libvirtd. */
  public readonly uri: string;
  private readonly pids = new Map<string, number>();
  /** Owner group and mode of /dev/kvm before {@link kvmDeviceForQemuUser} changed them. */
  private kvmBefore?: { gid: number; mode: number };
  private inode?: number;
  private stopped = false;
  /** PID files, the journal of created objects, the watchdog's log. */
  private readonly stateDir: string;
  private watchdogPid?: number;
  /** Whether libvirtd's runtime folder existed before this sandbox started its libvirtd. */
  private runtimeDirBefore = true;
  /** The run's own libvirt folders (see the file's comment). */
  public readonly root: string;
  /** The folders the daemons have of their own (see the file's comment). */
  private readonly privateDirs: Record<string, string>;

  /**
   * Where a path the daemons see (a pool's directory, a log) is on the machine: below the run's
   * root when it is in one of the folders the daemons have of their own, else unchanged.
   */
  public hostPath(daemonPath: string): string {
    for (const [dir, name] of Object.entries(this.privateDirs)) {
      if (daemonPath === dir || daemonPath.startsWith(`${dir}/`)) return path.join(this.root, name, daemonPath.slice(dir.length));
    }
    return daemonPath;
  }

  /** How far libvirtd's log (the run's own) is written: a mark for {@link daemonErrors}. */
  public daemonLogMark(): number {
    const file = path.join(this.root, 'log', 'libvirtd.log');
    return fs.existsSync(file) ? fs.statSync(file).size : 0;
  }

  /** The last `n` error lines libvirtd logged after `mark`: what a failed step's message adds. */
  public daemonErrors(mark: number, n: number): string[] {
    const file = path.join(this.root, 'log', 'libvirtd.log');
    if (!fs.existsSync(file)) return [];
    return fs.readFileSync(file).subarray(mark).toString('utf8').split('\n').filter((l) => / error : /.test(l)).slice(-n);
  }

  private constructor(public readonly hostName: string | undefined, private readonly log: Log) {
    const id = `${process.pid}${hostName === undefined ? '' : `-${hostName}`}`;
    this.netns = `cdktf-libvirt-e2e-${id}`;
    this.stateDir = path.join(STATE_ROOT, id);
    this.root = path.join(RUN_ROOT_BASE, `run-${id}`);
    this.privateDirs = hostName === undefined ? PRIVATE_DIRS : HOST_PRIVATE_DIRS;
    this.uri = hostName === undefined ? SYSTEM_URI : `qemu:///system?socket=${path.join(this.root, 'run', 'libvirt-sock')}`;
  }

  /** PID of the sandbox's libvirtd: its mount and network namespaces are the KVM host's. */
  public get libvirtdPid(): number {
    const pid = this.pids.get('libvirtd');
    if (pid === undefined) throw new Error(`the libvirtd of ${this.netns} is not running`);
    return pid;
  }

  /**
   * Notes a libvirt object the run created (`domain NAME`, `network NAME`, `pool NAME`,
   * `volume POOL NAME`, `pooldir PATH`), a scratch folder of a lab (`scratch PATH`), or a change it
   * made to the host (`devperm PATH MODE GID`: the mode and group to put back), for the watchdog to
   * undo if the test process is killed. Objects that were never created are skipped by it.
   */
  public journal(entry: string): void {
    fs.appendFileSync(path.join(this.stateDir, 'journal'), `${entry}\n`);
  }

  /** `cmd args` prefixed to run inside the namespace (where the guests' networks are). */
  public inNetns(cmd: string, args: string[]): [string, string[]] {
    return ['ip', ['netns', 'exec', this.netns, cmd, ...args]];
  }

  /**
   * Runs `cmd args` inside the namespace with `file` bind-mounted over `target` (`/etc/resolv.conf`,
   * `/etc/hosts`) in a mount namespace of the command's own: what a user's machine configured that
   * way would see, without touching the machine's own files.
   */
  public withFileAt(target: string, file: string, cmd: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
    return run(...this.inNetns('unshare', ['--mount', '--propagation', 'private', '--', 'sh', '-c',
      'mount --bind "$1" "$2" && shift 2 && exec "$@"', 'sh', file, target, cmd, ...args]), options);
  }

  /** {@link withFileAt} for `/etc/resolv.conf`. */
  public withResolver(resolvConf: string, cmd: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
    return this.withFileAt('/etc/resolv.conf', resolvConf, cmd, args, options);
  }

  /** {@link withFileAt} for `/etc/hosts`. */
  public withHostsFile(hostsFile: string, cmd: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
    return this.withFileAt('/etc/hosts', hostsFile, cmd, args, { timeoutMs: 60000, ...options });
  }

  /**
   * Asks each DNS server for the IPv4 addresses of a name, from inside the namespace (node's own
   * resolver, so no DNS tool is needed): one list of addresses per query, empty when it has none.
   */
  public async resolveWith(queries: { server: string; name: string }[]): Promise<string[][]> {
    if (queries.length === 0) return [];
    const script = [
      "const { Resolver } = require('dns').promises;",
      "const qs = JSON.parse(require('fs').readFileSync(0, 'utf8'));",
      'Promise.all(qs.map(async (q) => { const r = new Resolver({ timeout: 3000, tries: 2 }); r.setServers([q.server]);',
      '  try { return await r.resolve4(q.name); } catch { return []; } }))',
      '  .then((a) => process.stdout.write(JSON.stringify(a)));',
    ].join('\n');
    const r = await run(...this.inNetns(process.execPath, ['-e', script]), { input: JSON.stringify(queries), timeoutMs: 60000 });
    if (r.code !== 0) throw new Error(`resolving ${queries.length} names inside ${this.netns} failed: ${r.stderr.trim()}`);
    return JSON.parse(r.stdout);
  }

  private async startDaemons(): Promise<void> {
    if (fs.existsSync(`/run/netns/${this.netns}`)) throw new Error(`network namespace ${this.netns} exists already`);
    // state folders (journal, watchdog log) of runs whose test process is gone and that nothing has
    // written to for ten minutes: their watchdog has long finished, or was killed with them
    removeEnded(STATE_ROOT, /^(\d+)(-[a-z0-9]+)?$/, 10 * 60 * 1000, this.log, 'the state of an earlier run that ended long ago');
    fs.rmSync(this.stateDir, { recursive: true, force: true });
    fs.mkdirSync(this.stateDir, { recursive: true });
    this.startWatchdog();
    await runOk('ip', ['netns', 'add', this.netns]);
    this.inode = netnsInode(this.netns);
    await runOk('ip', ['netns', 'exec', this.netns, 'ip', 'link', 'set', 'lo', 'up']);
    await this.bridgeNetfilterOff();
    this.kvmDeviceForQemuUser();
    // the run's one libvirtd fills the machine's; a named host only mounts its own there
    this.runtimeDirBefore = fs.existsSync(LIBVIRT_RUNTIME_DIR);
    if (!this.runtimeDirBefore) this.journal(`runtimedir ${LIBVIRT_RUNTIME_DIR}`);
    this.prepareRoot();
    const binds = Object.entries(this.privateDirs).map(([dir, name]) => `mount --bind '${path.join(this.root, name)}' '${dir}'`).join(' && ');
    for (const daemon of ['virtlogd', 'libvirtd']) {
      const pidFile = path.join(this.stateDir, `${daemon}.pid`);
      fs.rmSync(pidFile, { force: true });
      // a mount namespace with the run's folders over libvirt's, then the network namespace
      await runOk('unshare', ['--mount', '--propagation', 'private', '--', 'sh', '-c', `${binds} && exec "$@"`, 'sh',
        'ip', 'netns', 'exec', this.netns, daemon, '-d', '-p', pidFile], { timeoutMs: 30000 });
      let pid: number | undefined;
      for (let i = 0; i < 100 && pid === undefined; i++) {
        const text = fs.existsSync(pidFile) ? fs.readFileSync(pidFile, 'utf8').trim() : '';
        if (/^\d+$/.test(text)) pid = Number(text); else await sleep(100);
      }
      if (pid === undefined) throw new Error(`${daemon} -d wrote no PID to ${pidFile}`);
      if (fs.readlinkSync(`/proc/${pid}/ns/net`) !== `net:[${this.inode}]`) throw new Error(`${daemon} (PID ${pid}) is not in namespace ${this.netns}`);
      this.pids.set(daemon, pid);
      this.log(`started ${daemon} (PID ${pid}) in network namespace ${this.netns}`);
    }
    for (let i = 0; ; i++) {
      const r = await run('virsh', ['-c', this.uri, 'version'], { timeoutMs: 15000 });
      if (r.code === 0) {
        this.log(r.stdout.trim().split('\n').filter((l) => /library|hypervisor/i.test(l)).join('; '));
        return;
      }
      if (i >= 100) throw new Error(`libvirtd does not answer on ${SOCKET}: ${r.stderr.trim()}`);
      await sleep(200);
    }
  }

  /**
   * Deletes the folders of earlier runs that no longer run (killed before they could clean up),
   * then makes this run's: the machine's libvirt config files without its definitions, an empty
   * state folder, the QEMU capabilities cache (so that libvirtd need not probe QEMU again), logs.
   */
  private prepareRoot(): void {
    removeEnded(RUN_ROOT_BASE, /^run-(\d+)(-[a-z0-9]+)?$/, 0, this.log, 'the libvirt folders of an earlier run that ended without cleaning up');
    fs.rmSync(this.root, { recursive: true, force: true });
    fs.mkdirSync(this.root, { recursive: true, mode: 0o755 });
    this.journal(`root ${this.root}`);
    for (const [dir, name] of Object.entries(this.privateDirs)) {
      const target = path.join(this.root, name);
      if ((name === 'etc' || name === 'cache') && fs.existsSync(dir)) fs.cpSync(dir, target, { recursive: true, preserveTimestamps: true });
      else fs.mkdirSync(target, { mode: 0o755 });
      // the mount point (libvirt-daemon-system makes all four; a machine without one gets it, empty)
      fs.mkdirSync(dir, { recursive: true });
    }
    // what the machine's libvirt defines stays its own: domains, networks, pools, secrets
    const etc = path.join(this.root, 'etc');
    for (const sub of ['qemu', 'storage', 'secrets', 'nodedev']) fs.rmSync(path.join(etc, sub), { recursive: true, force: true });
    fs.mkdirSync(path.join(etc, 'qemu', 'networks'), { recursive: true });
    fs.mkdirSync(path.join(etc, 'secrets'), { mode: 0o700 });
  }

  /** Starts e2e/watchdog.sh, detached, watching this process. */
  private startWatchdog(): void {
    const candidates = [path.join(__dirname, 'watchdog.sh'), path.join(__dirname, '..', '..', 'e2e', 'watchdog.sh')];
    const script = candidates.find((p) => fs.existsSync(p));
    if (!script) throw new Error(`watchdog.sh not found (looked in ${candidates.join(', ')})`);
    const child = spawn('/bin/sh', [script, String(process.pid), this.netns, this.stateDir], { detached: true, stdio: 'ignore' });
    child.unref();
    this.watchdogPid = child.pid;
    this.log(`watchdog (PID ${child.pid}) cleans up if this process is killed; its log would be ${this.stateDir}/watchdog.log`);
  }

  /**
   * When the kernel has br_netfilter loaded (Docker and Kubernetes hosts do), frames bridged between
   * guests pass the namespace's iptables, and libvirt's NAT rules then masquerade a guest's packets
   * to a router on the same NAT network, which breaks routed labs. libvirt recommends turning that
   * off on KVM hosts; the tier does so inside its own namespace only (the host keeps its settings).
   * `CDKTF_LIBVIRT_E2E_BRIDGE_NF=keep` keeps the kernel's default, to reproduce such a host.
   */
  private async bridgeNetfilterOff(): Promise<void> {
    if (process.env.CDKTF_LIBVIRT_E2E_BRIDGE_NF === 'keep') {
      this.log('bridge netfilter: kept as the kernel sets it (CDKTF_LIBVIRT_E2E_BRIDGE_NF=keep)');
      return;
    }
    const keys = ['iptables', 'ip6tables', 'arptables'].map((k) => `net.bridge.bridge-nf-call-${k}`)
      .filter((k) => fs.existsSync(`/proc/sys/${k.replace(/\./g, '/')}`));
    if (keys.length === 0) return;
    // /proc/sys/net is the namespace's own when written from inside it
    await runOk('ip', ['netns', 'exec', this.netns, 'sh', '-c', keys.map((k) => `echo 0 > /proc/sys/${k.replace(/\./g, '/')}`).join(' && ')]);
    this.log(`br_netfilter is loaded: set ${keys.join(', ')} to 0 inside ${this.netns} (bridged guest traffic bypasses iptables, as libvirt recommends)`);
  }

  /**
   * Where /dev/kvm is root's alone (mode 0600: nothing runs udev on micro-VMs and containers, while a
   * Debian host's udev makes it group kvm, mode 0660), libvirt 9.0's capability probe still finds KVM
   * in QEMU, but its check that the cached capabilities are valid asks whether libvirt-qemu can open
   * /dev/kvm, says no, and throws them away. libvirtd then re-probes QEMU on every call that needs the
   * capabilities, without end, and `virsh define` never returns (seen on this project's CI machines).
   * The tier does what udev would, logs it, and puts the old group and mode back when it stops (the
   * watchdog too). Guests still run under TCG: KVM nested in a micro-VM is not dependable (here QEMU
   * with `-enable-kvm` aborts on `-cpu host` and hangs at boot with `-cpu qemu64`), and the tier must
   * behave the same with or without /dev/kvm. `CDKTF_LIBVIRT_E2E_KVM_DEVICE=keep` leaves it alone.
   */
  private kvmDeviceForQemuUser(): void {
    if (process.env.CDKTF_LIBVIRT_E2E_KVM_DEVICE === 'keep') {
      this.log('/dev/kvm: kept as it is (CDKTF_LIBVIRT_E2E_KVM_DEVICE=keep)');
      return;
    }
    const dev = KVM_DEVICE;
    if (!fs.existsSync(dev)) return;
    const kvmGroup = /^kvm:[^:]*:(\d+):/m.exec(fs.readFileSync('/etc/group', 'utf8'));
    if (!kvmGroup) throw new Error(`${dev} exists but there is no group kvm (package qemu-system-common or libvirt-daemon-system creates it)`);
    const gid = Number(kvmGroup[1]);
    const st = fs.statSync(dev);
    const mode = st.mode & 0o7777;
    if ((mode & 0o006) === 0o006 || (st.gid === gid && (mode & 0o060) === 0o060)) return;
    this.kvmBefore = { gid: st.gid, mode };
    this.journal(`devperm ${dev} ${mode.toString(8)} ${st.gid}`);
    fs.chownSync(dev, st.uid, gid);
    fs.chmodSync(dev, mode | 0o060);
    this.log(`${dev} was mode ${mode.toString(8)} group ${st.gid}: gave it to group kvm (${gid}) with mode ${(mode | 0o060).toString(8)}, as udev does on a Debian host, ` +
      'so that libvirtd does not re-probe QEMU forever; restored when the tier stops');
  }

  /** Puts back what {@link kvmDeviceForQemuUser} changed. */
  private restoreKvmDevice(): void {
    if (!this.kvmBefore) return;
    const st = fs.statSync(KVM_DEVICE);
    fs.chownSync(KVM_DEVICE, st.uid, this.kvmBefore.gid);
    fs.chmodSync(KVM_DEVICE, this.kvmBefore.mode);
    this.log(`restored ${KVM_DEVICE} to mode ${this.kvmBefore.mode.toString(8)} group ${this.kvmBefore.gid}`);
    this.kvmBefore = undefined;
  }

  /**
   * Stops libvirtd and virtlogd by PID, ends any process still inside the namespace by PID, and
   * deletes the namespace. Safe to call twice.
   */
  public async stop(): Promise<StopReport> {
    if (this.stopped) return { leftovers: [] };
    this.stopped = true;
    if (fs.existsSync(this.stateDir)) fs.writeFileSync(path.join(this.stateDir, 'stopped'), '');
    if (this.watchdogPid !== undefined) await stopPid(this.watchdogPid, 5000);
    for (const daemon of ['libvirtd', 'virtlogd']) {
      const pid = this.pids.get(daemon);
      if (pid === undefined) continue;
      await stopPid(pid, 15000);
      this.log(`stopped ${daemon} (PID ${pid})`);
    }
    this.restoreKvmDevice();
    const leftovers: string[] = [];
    if (this.inode !== undefined) {
      for (const pid of processesInNetns(this.inode)) {
        leftovers.push(`${pid} ${commandOf(pid)}`);
        this.log(`ending leftover process ${pid} in ${this.netns}: ${commandOf(pid)}`);
        await stopPid(pid, 10000);
      }
    }
    if (fs.existsSync(`/run/netns/${this.netns}`)) {
      await runOk('ip', ['netns', 'del', this.netns]);
      this.log(`deleted network namespace ${this.netns}`);
    }
    // libvirtd's runtime state (sockets, PID files, and a stale dnsmasq PID file per destroyed network,
    // which libvirt 9.0 never removes): ours alone when the folder did not exist before it started
    if (!this.runtimeDirBefore && fs.existsSync(LIBVIRT_RUNTIME_DIR)) {
      fs.rmSync(LIBVIRT_RUNTIME_DIR, { recursive: true, force: true });
      this.log(`removed ${LIBVIRT_RUNTIME_DIR} (libvirtd's runtime state; it did not exist before the sandbox started)`);
    }
    fs.rmSync(this.root, { recursive: true, force: true });
    try { fs.rmdirSync(RUN_ROOT_BASE); } catch { /* another run's folders are still there */ }
    fs.rmSync(this.stateDir, { recursive: true, force: true });
    try { fs.rmdirSync(STATE_ROOT); } catch { /* another run's state is still there */ }
    return { leftovers };
  }
}
