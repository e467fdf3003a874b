/**
 * One example lab on the real libvirt: synthesized in-process with a throwaway SSH key, applied
 * from its `cdk.tf.json`, checked, destroyed. Each check returns its failures, one line per
 * machine and problem, so a test reports every broken machine at once.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { Applier, interfaceAddresses } from './apply';
import { ExpectedMachine, expectedMachines, inRanges, readTopology, shellify, TopologyFile } from './expect';
import { Guests, SshRoute } from './guest';
import { ExampleLab } from './labs';
import { loadPlan, Plan } from './plan';
import { LibvirtSandbox } from './sandbox';
import { Log, run, shellQuote, sleep } from './run';

/** Seconds from the end of apply that guests get to boot, take their addresses and finish cloud-init. */
export const BOOT_BUDGET_SECONDS = Number(process.env.CDKTF_LIBVIRT_E2E_BOOT_SECONDS ?? 900);

/** A synthesized lab, before apply. */
export interface SynthesizedLab {
  readonly lab: ExampleLab;
  readonly workDir: string;
  readonly stackDir: string;
  readonly plan: Plan;
  readonly keyFile: string;
  readonly publicKey: string;
  readonly topology?: TopologyFile;
}

/** Synthesizes the lab with a fresh throwaway key pair into a scratch directory. */
export function synthesizeLab(lab: ExampleLab): SynthesizedLab {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `cdktf-libvirt-e2e-${lab.name}-`));
  const keyFile = path.join(workDir, 'id_ed25519');
  const keygen = spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', `e2e@${lab.name}`, '-f', keyFile], { encoding: 'utf8' });
  if (keygen.status !== 0) throw new Error(`ssh-keygen failed: ${keygen.stderr}`);
  const publicKey = fs.readFileSync(`${keyFile}.pub`, 'utf8').trim();
  const app = new App({ outdir: path.join(workDir, 'cdktf.out') });
  const stack = lab.build(app, publicKey);
  app.synth();
  const stackDir = path.join(workDir, 'cdktf.out', 'stacks', stack.node.id);
  const json = JSON.parse(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8'));
  return { lab, workDir, stackDir, plan: loadPlan(json), keyFile, publicKey, topology: readTopology(stackDir) };
}

/** Names of every object in libvirt (to compare before apply and after destroy). */
export async function libvirtInventory(uri: string): Promise<string[]> {
  const list = async (args: string[]) => {
    const r = await run('virsh', ['-q', '-c', uri, ...args], { timeoutMs: 60000 });
    if (r.code !== 0) throw new Error(`virsh ${args.join(' ')}: ${r.stderr}`);
    return r.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
  };
  const out: string[] = [];
  for (const d of await list(['list', '--all', '--name'])) out.push(`domain ${d}`);
  for (const n of await list(['net-list', '--all', '--name'])) out.push(`network ${n}`);
  for (const p of await list(['pool-list', '--all', '--name'])) {
    out.push(`pool ${p}`);
    const info = await list(['pool-info', p]);
    if (info.some((l) => /^State:\s*running/.test(l))) {
      for (const v of await list(['vol-list', p])) out.push(`volume ${p}/${v.split(/\s+/)[0]}`);
    }
  }
  return out.sort();
}

/** What a lab's machines boot: the image its base volumes upload, and for the tiny guest the kernel and initrd. */
export interface LabGuest {
  readonly baseImage: string;
  readonly kernelBoot?: { readonly kernel: string; readonly initrd: string; readonly cmdline: string };
}

/** Times of one lab, in seconds, for the report. */
export interface LabTimes {
  apply?: number;
  /** From the start of apply until every machine answered SSH. */
  sshReady?: number;
  /** From the start of apply until cloud-init had finished everywhere. */
  cloudInitDone?: number;
  /** Tiny guests: from the start of apply until every guest reported ready on its serial console. */
  tinyReady?: number;
  destroy?: number;
}

/** A lab that has been (or is being) applied. */
export class AppliedLab {
  public readonly applier: Applier;
  public readonly guests: Guests;
  public machines: ExpectedMachine[] = [];
  public readonly times: LabTimes = {};
  /** Addresses libvirt reported, per domain name (the first IPv4 of each MAC). */
  public readonly observed = new Map<string, Map<string, string>>();
  private applyStart = 0;
  private bootDeadline = 0;
  private routes = new Map<string, SshRoute>();
  public inventoryBefore: string[] = [];
  /** Pool directories that existed before apply (cleanUp leaves them alone). */
  private poolDirsBefore = new Set<string>();

  constructor(public readonly synth: SynthesizedLab, public readonly sandbox: LibvirtSandbox, guest: LabGuest, private readonly log: Log) {
    this.applier = new Applier({
      plan: synth.plan, stackDir: synth.stackDir, workDir: synth.workDir, log, uri: sandbox.uri, tcg: true,
      baseImage: guest.baseImage, kernelBoot: guest.kernelBoot,
      journal: (entry) => sandbox.journal(entry),
    });
    this.guests = new Guests(sandbox, synth.keyFile, synth.stackDir, synth.workDir);
  }

  public async apply(): Promise<void> {
    this.inventoryBefore = await libvirtInventory(this.sandbox.uri);
    for (const r of this.synth.plan.resources.values()) {
      const dir = r.type === 'libvirt_pool' ? r.config.target?.path : undefined;
      if (typeof dir === 'string' && fs.existsSync(dir)) this.poolDirsBefore.add(dir);
    }
    this.applyStart = Date.now();
    await this.applier.apply();
    this.times.apply = (Date.now() - this.applyStart) / 1000;
    this.bootDeadline = Date.now() + BOOT_BUDGET_SECONDS * 1000;
    this.machines = expectedMachines(this.applier.state, this.synth.publicKey, this.synth.topology);
    this.log(`applied ${this.synth.lab.name} in ${this.times.apply.toFixed(1)} s: ${this.applier.state.size} resources, machines ${this.machines.map((m) => m.name).join(', ')}`);
  }

  /** Waits (until the boot deadline) for `attempt` to return no failures; returns the last failures. */
  private async until(what: string, attempt: () => Promise<string[]>): Promise<string[]> {
    for (;;) {
      const failures = await attempt();
      if (failures.length === 0) return [];
      if (Date.now() >= this.bootDeadline) {
        this.log(`gave up waiting for ${what}: the boot budget of ${BOOT_BUDGET_SECONDS} s after apply is spent`);
        return failures;
      }
      await sleep(5000);
    }
  }

  /** The last lines of a machine's serial console, for failure messages. */
  public serialTail(m: ExpectedMachine, lines = 25): string {
    const text = this.applier.serialLog(m.resourceName);
    return text === undefined ? '(no serial log)' : text.replace(/\r/g, '').split('\n').slice(-lines).join('\n');
  }

  // -------------------------------------------------------------------------------------------
  // checks

  /** Every domain planned running runs; every other one is defined and shut off. */
  public async domainStates(): Promise<string[]> {
    const failures: string[] = [];
    for (const m of this.machines) {
      const r = await run('virsh', ['-q', '-c', this.sandbox.uri, 'domstate', m.name], { timeoutMs: 30000 });
      const state = r.stdout.trim();
      const want = m.running ? 'running' : 'shut off';
      if (r.code !== 0 || state !== want) failures.push(`${m.name}: state ${JSON.stringify(state || r.stderr.trim())}, planned ${want}`);
    }
    return failures;
  }

  /**
   * Every NIC holds its planned IPv4 address, as libvirt reports it: from the DHCP lease for DHCP
   * NICs on libvirt-managed networks (inside the DHCP range, or the reservation), from the guest
   * agent for static ones.
   */
  public async nicAddresses(): Promise<string[]> {
    const result = await this.until('planned addresses', async () => {
      const failures: string[] = [];
      for (const m of this.machines.filter((x) => x.running)) {
        const seen = new Map<string, string[]>();
        for (const source of ['lease', 'agent']) {
          for (const a of await interfaceAddresses(this.sandbox.uri, m.name, source)) {
            if (a.family === 'ipv4') seen.set(a.mac, [...(seen.get(a.mac) ?? []), a.address.split('/')[0]]);
          }
        }
        const observed = new Map<string, string>();
        for (const [i, nic] of m.nics.entries()) {
          const have = [...new Set(seen.get(nic.mac) ?? [])];
          if (have.length > 0) observed.set(nic.mac, have[0]);
          const label = `${m.name} NIC ${i} (${nic.mac} on ${nic.network})`;
          if (nic.address !== undefined) {
            if (!have.includes(nic.address)) failures.push(`${label}: planned ${nic.address}, libvirt reports ${have.join(', ') || 'no IPv4 address'}`);
          } else if (nic.managed && nic.dhcpRanges.length > 0) {
            if (!have.some((a) => inRanges(a, nic.dhcpRanges))) {
              failures.push(`${label}: a DHCP address in ${nic.dhcpRanges.map((r) => `${r.start}-${r.end}`).join(', ')} expected, libvirt reports ${have.join(', ') || 'no IPv4 address'}`);
            }
          } else {
            failures.push(`${label}: no planned address and no DHCP range to check against`);
          }
        }
        this.observed.set(m.name, observed);
      }
      return failures;
    });
    // the serial console tells why a guest has no address (no boot, no cloud-init, no network)
    const failing = this.machines.filter((m) => result.some((f) => f.startsWith(`${m.name} `)));
    return [...result, ...failing.map((m) => `serial console of ${m.name} (last lines):\n${this.serialTail(m).split('\n').map((l) => `    ${l}`).join('\n')}`)];
  }

  /** The `cdktf-tiny:` lines a tiny guest printed on its serial console, without the prefix. */
  private tinyReport(m: ExpectedMachine): string[] {
    return (this.applier.serialLog(m.resourceName) ?? '').replace(/\r/g, '').split('\n')
      .filter((l) => l.startsWith('cdktf-tiny: ')).map((l) => l.slice('cdktf-tiny: '.length).trim());
  }

  /**
   * Tiny guests: every running machine reported ready on its serial console without an error, took
   * the planned hostname from its seed's meta-data, and put every planned static address on the
   * interface with the planned MAC (from its seed's network-config).
   */
  public async tinyGuestsReady(): Promise<string[]> {
    const running = this.machines.filter((x) => x.running);
    const waited = await this.until('the tiny guests to report ready', async () =>
      running.filter((m) => !this.tinyReport(m).includes('ready')).map((m) => `${m.name}: no "cdktf-tiny: ready" on the serial console`));
    if (waited.length > 0) {
      return [...waited, ...running.filter((m) => waited.some((f) => f.startsWith(`${m.name}:`)))
        .map((m) => `serial console of ${m.name} (last lines):\n${this.serialTail(m).split('\n').map((l) => `    ${l}`).join('\n')}`)];
    }
    this.times.tinyReady = (Date.now() - this.applyStart) / 1000;
    const failures: string[] = [];
    for (const m of running) {
      const report = this.tinyReport(m);
      for (const e of report.filter((l) => l.startsWith('error'))) failures.push(`${m.name}: the guest says ${e}`);
      const hostname = report.find((l) => l.startsWith('hostname '))?.slice('hostname '.length);
      if (m.hostname !== undefined && hostname !== m.hostname) failures.push(`${m.name}: hostname from the seed ${hostname ?? '(none)'}, planned ${m.hostname}`);
      // "nic ID IFNAME MAC" then "address IFNAME CIDR"
      const macOf = new Map(report.filter((l) => l.startsWith('nic ')).map((l) => l.split(' ')).map((w) => [w[2], w[3]] as [string, string]));
      const addresses = report.filter((l) => l.startsWith('address ')).map((l) => l.split(' ')).map((w) => ({ mac: macOf.get(w[1]), cidr: w[2] }));
      for (const [i, nic] of m.nics.entries()) {
        if (nic.dhcp || nic.address === undefined) continue;
        const cidr = `${nic.address}/${nic.prefixLength}`;
        const on = addresses.filter((a) => a.cidr === cidr).map((a) => a.mac);
        if (!on.includes(nic.mac)) failures.push(`${m.name} NIC ${i} (${nic.mac}): planned ${cidr}, the guest put it on ${on.length > 0 ? on.join(', ') : 'no interface'}`);
      }
    }
    return failures;
  }

  /**
   * Seen from the host (inside the namespace, where the lab's bridges are): every static NIC on a
   * libvirt-managed network answers a ping at its planned address, from its planned MAC (the
   * host's neighbour entry for the address).
   */
  public async nicAddressesFromHost(): Promise<string[]> {
    return this.until('planned addresses (ping from the host)', async () => {
      const failures: string[] = [];
      await Promise.all(this.machines.filter((x) => x.running).flatMap((m) => m.nics.map(async (nic, i) => {
        const label = `${m.name} NIC ${i} (${nic.mac} on ${nic.network})`;
        if (nic.address === undefined || nic.dhcp) { failures.push(`${label}: no planned static address to check`); return; }
        if (!nic.managed) { failures.push(`${label}: not on a libvirt-managed network, so the host has no bridge to reach it from`); return; }
        const ping = await run(...this.sandbox.inNetns('ping', ['-c', '1', '-W', '2', nic.address]), { timeoutMs: 15000 });
        if (ping.code !== 0) { failures.push(`${label}: ${nic.address} does not answer a ping from the host`); return; }
        const neigh = await run(...this.sandbox.inNetns('ip', ['neigh', 'show', nic.address]), { timeoutMs: 15000 });
        const mac = /lladdr (\S+)/.exec(neigh.stdout)?.[1]?.toLowerCase();
        if (mac !== nic.mac) { failures.push(`${label}: ${nic.address} answers from MAC ${mac ?? '(none)'}, planned ${nic.mac}`); return; }
        const observed = this.observed.get(m.name) ?? new Map<string, string>();
        observed.set(nic.mac, nic.address);
        this.observed.set(m.name, observed);
      })));
      return failures;
    });
  }

  private route(m: ExpectedMachine): SshRoute {
    let r = this.routes.get(m.name);
    if (!r) {
      const observed = this.observed.get(m.name);
      r = this.guests.route(m, m.nics.map((n) => observed?.get(n.mac)).find((a) => a !== undefined));
      this.routes.set(m.name, r);
    }
    return r;
  }

  /** SSH with the throwaway key reaches every running machine (through ssh_config when the stack has one). */
  public async sshReachable(): Promise<string[]> {
    const failures: string[] = [];
    for (const m of this.machines.filter((x) => x.running)) {
      let route: SshRoute;
      try {
        route = this.route(m);
      } catch (e) {
        failures.push((e as Error).message);
        continue;
      }
      const entry = this.guests.aliasEntry(route);
      if (entry) {
        const planned = m.nics.find((n) => n.address !== undefined)?.address;
        if (planned !== undefined && entry.hostName !== planned) failures.push(`${m.name}: ssh_config HostName ${entry.hostName}, planned address ${planned}`);
        if (m.loginUser !== undefined && entry.user !== m.loginUser) failures.push(`${m.name}: ssh_config User ${entry.user}, planned login user ${m.loginUser}`);
      }
    }
    if (failures.length > 0) return failures;
    const waited = await this.until('SSH', async () => {
      const f: string[] = [];
      await Promise.all(this.machines.filter((x) => x.running).map(async (m) => {
        const r = await this.guests.exec(this.route(m), 'true', 30000);
        if (r.code !== 0) f.push(`${m.name}: ssh ${this.route(m).destination} exited ${r.code ?? r.signal}: ${r.stderr.trim().slice(-300)}`);
      }));
      return f;
    });
    if (waited.length === 0) this.times.sshReady = (Date.now() - this.applyStart) / 1000;
    return waited;
  }

  /**
   * cloud-init finished without errors (`cloud-init status --wait`), and what it was asked to do is
   * there: the login user (with its sudo rule), hostname and FQDN, files with content, mode and
   * owner, the runcmd script, SSH password login off.
   */
  public async cloudInit(): Promise<string[]> {
    const failures: string[] = [];
    await Promise.all(this.machines.filter((x) => x.running).map(async (m) => {
      const route = this.route(m);
      const fail = (msg: string) => failures.push(`${m.name}: ${msg}`);
      const status = await this.guests.exec(route, 'cloud-init status --wait --long', Math.max(60000, this.bootDeadline - Date.now()));
      if (!/^status: done$/m.test(status.stdout)) {
        const log = await this.guests.exec(route, 'sudo -n tail -n 30 /var/log/cloud-init-output.log', 30000);
        fail(`cloud-init status: ${status.stdout.trim() || status.stderr.trim()} (exit ${status.code})\n${log.stdout}`);
        return;
      }
      try {
        if (m.loginUser !== undefined) {
          const user = await this.guests.check(route, 'id -un');
          if (user !== m.loginUser) fail(`logged in as ${user}, planned ${m.loginUser}`);
          if (m.loginUserSudo !== undefined && /NOPASSWD/.test(m.loginUserSudo)) {
            const r = await this.guests.exec(route, 'sudo -n true');
            if (r.code !== 0) fail(`passwordless sudo for ${m.loginUser} is planned (${m.loginUserSudo}) but fails: ${r.stderr.trim()}`);
          }
        }
        if (m.hostname !== undefined) {
          const h = await this.guests.check(route, 'hostname');
          if (h !== m.hostname) fail(`hostname ${h}, planned ${m.hostname}`);
        }
        if (m.fqdn !== undefined && m.manageEtcHosts) {
          const f = await this.guests.check(route, 'hostname -f');
          if (f !== m.fqdn) fail(`hostname -f gives ${f}, planned FQDN ${m.fqdn}`);
        }
        for (const file of m.files) {
          const q = shellQuote(file.path);
          const r = await this.guests.exec(route, `sudo -n base64 -w0 ${q} && echo && sudo -n stat -c '%a %U:%G' ${q}`);
          if (r.code !== 0) { fail(`file ${file.path} is missing: ${r.stderr.trim()}`); continue; }
          const [b64, stat] = r.stdout.split('\n');
          const content = Buffer.from(b64, 'base64').toString('utf8');
          if (content !== file.content) fail(`file ${file.path} holds ${JSON.stringify(content.slice(0, 200))}, planned ${JSON.stringify(file.content.slice(0, 200))}`);
          const [mode, owner] = stat.trim().split(' ');
          if (file.permissions !== undefined && parseInt(mode, 8) !== parseInt(file.permissions, 8)) fail(`file ${file.path} has mode ${mode}, planned ${file.permissions}`);
          if (file.owner !== undefined && owner !== file.owner) fail(`file ${file.path} is owned by ${owner}, planned ${file.owner}`);
        }
        if (m.runcmd !== undefined) {
          const script = await this.guests.exec(route, 'sudo -n cat /var/lib/cloud/instance/scripts/runcmd');
          if (script.code !== 0) fail(`runcmd is planned but cloud-init wrote no runcmd script: ${script.stderr.trim()}`);
          else if (script.stdout !== shellify(m.runcmd)) fail(`the runcmd script differs from the plan:\n${script.stdout}\nplanned:\n${shellify(m.runcmd)}`);
        }
        if (m.sshPasswordAuth === false) {
          const sshd = await this.guests.check(route, 'sudo -n sshd -T');
          if (!/^passwordauthentication no$/m.test(sshd)) fail('ssh_pwauth: false is planned but sshd allows password authentication');
        }
      } catch (e) {
        fail((e as Error).message);
      }
    }));
    if (failures.length === 0) this.times.cloudInitDone = (Date.now() - this.applyStart) / 1000;
    return failures;
  }

  /**
   * On every network with a DNS domain, each machine resolves every other machine on that network
   * by `hostname.domain` to the other's planned address there, and reaches it (ping). FQDNs only:
   * systemd-resolved answers bare names by LLMNR on its own (NOTES §2.9), which would prove nothing
   * about the lab's DNS.
   */
  public async resolveEachOther(): Promise<string[]> {
    const failures: string[] = [];
    const checks: { from: ExpectedMachine; name: string; want?: string; to: string }[] = [];
    for (const m of this.machines.filter((x) => x.running)) {
      for (const o of this.machines.filter((x) => x !== m && x.running && x.hostname !== undefined)) {
        for (const nic of o.nics) {
          if (nic.domain === undefined || !m.nics.some((n) => n.network === nic.network)) continue;
          checks.push({ from: m, name: `${o.hostname}.${nic.domain}`, want: nic.address ?? this.observed.get(o.name)?.get(nic.mac), to: o.name });
        }
      }
    }
    if (checks.length === 0) return ['no two running machines share a network with a DNS domain'];
    await Promise.all(this.machines.map(async (m) => {
      for (const c of checks.filter((x) => x.from === m)) {
        const r = await this.guests.exec(this.route(m), `getent ahostsv4 ${shellQuote(c.name)}`, 60000);
        const got = [...new Set(r.stdout.split('\n').map((l) => l.trim().split(/\s+/)[0]).filter(Boolean))];
        if (r.code !== 0 || got.length === 0) { failures.push(`${m.name} cannot resolve ${c.name} (getent exit ${r.code})`); continue; }
        if (c.want !== undefined && !got.includes(c.want)) { failures.push(`${m.name} resolves ${c.name} to ${got.join(', ')}, planned ${c.want}`); continue; }
        const ping = await this.guests.exec(this.route(m), `ping -c 1 -W 5 ${shellQuote(c.name)}`, 60000);
        if (ping.code !== 0) failures.push(`${m.name} resolves ${c.name} but cannot ping it: ${ping.stdout.trim().split('\n').slice(-2).join(' ')}`);
      }
    }));
    return failures;
  }

  /**
   * Routers forward: IPv4 forwarding is on in every router, and every pair of machines that share
   * no network but are both next to a router reach each other (ping) by their planned addresses.
   */
  public async routersForward(): Promise<string[]> {
    const failures: string[] = [];
    const routers = this.machines.filter((m) => m.router && m.running);
    for (const r of routers) {
      const v = await this.guests.check(this.route(r), 'cat /proc/sys/net/ipv4/ip_forward').catch((e: Error) => e.message);
      if (v !== '1') failures.push(`router ${r.name}: net.ipv4.ip_forward is ${v}`);
    }
    const hosts = this.machines.filter((m) => !m.router && m.running);
    const nets = (m: ExpectedMachine) => new Set(m.nics.map((n) => n.network));
    const routed = (a: ExpectedMachine) => routers.some((r) => [...nets(a)].some((n) => nets(r).has(n)));
    for (const a of hosts) {
      for (const b of hosts) {
        if (a === b || [...nets(a)].some((n) => nets(b).has(n)) || !routed(a) || !routed(b)) continue;
        const target = b.nics.find((n) => n.address !== undefined)?.address ?? this.observed.get(b.name)?.get(b.nics[0].mac);
        if (!target) { failures.push(`${b.name}: no address to ping`); continue; }
        const ping = await this.guests.exec(this.route(a), `ping -c 2 -W 5 ${target}`, 60000);
        if (ping.code !== 0) failures.push(`${a.name} cannot reach ${b.name} at ${target} through the routers: ${ping.stdout.trim().split('\n').slice(-2).join(' ')}`);
      }
    }
    return failures;
  }

  /** Destroys the lab and lists what of it is still there: libvirt objects, pool directory files, seed ISOs, QEMU processes. */
  public async destroyAndFindLeftovers(): Promise<string[]> {
    const t0 = Date.now();
    await this.applier.destroy();
    this.times.destroy = (Date.now() - t0) / 1000;
    const left: string[] = [];
    const after = await libvirtInventory(this.sandbox.uri);
    for (const x of after) if (!this.inventoryBefore.includes(x)) left.push(`libvirt still has ${x}`);
    for (const r of this.synth.plan.resources.values()) {
      if (r.type !== 'libvirt_pool') continue;
      const dir = r.config.target?.path;
      if (typeof dir === 'string' && fs.existsSync(dir)) {
        const files = fs.readdirSync(dir);
        if (files.length > 0) left.push(`pool directory ${dir} still holds ${files.join(', ')}`);
      }
    }
    const isoDir = path.join(this.synth.workDir, 'terraform-provider-libvirt-cloudinit');
    if (fs.existsSync(isoDir)) for (const f of fs.readdirSync(isoDir)) left.push(`seed ISO ${path.join(isoDir, f)} is still there`);
    for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
      let cmdline = '';
      try { cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8'); } catch { continue; }
      for (const m of this.machines) if (cmdline.startsWith('/usr/bin/qemu-system') && cmdline.includes(`guest=${m.name},`)) left.push(`QEMU of ${m.name} still runs (PID ${pid})`);
    }
    return left;
  }

  /** Removes what destroy keeps by design (a pool directory with `destroy.delete = false`, if empty) and the scratch directory. */
  public cleanUp(keepWorkDir: boolean): void {
    for (const r of this.synth.plan.resources.values()) {
      const dir = r.type === 'libvirt_pool' ? r.config.target?.path : undefined;
      if (typeof dir === 'string' && !this.poolDirsBefore.has(dir) && fs.existsSync(dir) && fs.readdirSync(dir).length === 0) {
        fs.rmdirSync(dir);
        this.log(`removed the empty pool directory ${dir} (kept by destroy.delete = false)`);
      }
    }
    if (keepWorkDir) this.log(`kept ${this.synth.workDir} (XML, seeds, serial logs) for diagnosis`);
    else fs.rmSync(this.synth.workDir, { recursive: true, force: true });
  }
}
