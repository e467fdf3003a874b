/**
 * One example lab on the real libvirt, through real terraform: synthesized in-process with the run's
 * throwaway key and test image, applied with `terraform apply` and provider dmacvicar/libvirt from
 * the mirror of real binaries, checked from the host and from inside the guests, changed the way a
 * user changes it (each change planned, the plan asserted, applied, checked, planned again), and
 * destroyed with `terraform destroy`. Every check returns its failures, one line per machine and
 * problem, so a test reports every broken machine at once.
 *
 * What the tier sets on the stack, each logged, all through the library's documented API or the
 * escape hatch of the generated L1 resources (the plan is otherwise the example's own):
 * - props: the test image (a `BaseImage` with a URL on 127.0.0.1 and its sha256, downloaded into a
 *   cache of the run's) and `DomainType.QEMU` (guests run under TCG here);
 * - a `LocalBackend` in the lab's scratch directory, and `LabArtifacts` with the run's key and a
 *   known_hosts file of the lab's own (nothing is written into ~/.ssh);
 * - every domain's serial console also logs to a file (for failure messages), and for the tiny guest
 *   every domain boots its kernel and initrd directly (`os.kernel`, `os.initrd`, `os.cmdline`).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, LocalBackend, TerraformStack } from 'cdktf';
import { DomainType, HostConnection, LabArtifacts, libvirt } from '../lib';
import { ExpectedMachine, expectedMachines, inRanges, readHostsBlock, readTopology, shellify, TopologyFile, topologyMismatches } from './expect';
import { Guests } from './guest';
import { ChangeScenario, ExampleLab, ExpectedPlan, LabContext, LabControl } from './labs';
import { LibvirtSandbox, StopReport } from './sandbox';
import { Log, run, shellQuote, sleep } from './run';
import { PlanActions, StateResource, summarize, Terraform } from './terraform';

/** Seconds from the end of an apply that guests get to boot, take their addresses and finish cloud-init. */
export const BOOT_BUDGET_SECONDS = Number(process.env.CDKTF_LIBVIRT_E2E_BOOT_SECONDS ?? 900);

/** What a lab's machines boot: the disk image their base volume downloads, and for the tiny guest the kernel and initrd. */
export interface LabGuest {
  /** The disk image as a user gives it: a URL (served on 127.0.0.1) and its sha256. */
  readonly image: { readonly url: string; readonly sha256: string };
  /** A newer release of that image, for labs that change their image. */
  readonly nextImage?: { readonly url: string; readonly sha256: string };
  readonly kernelBoot?: { readonly kernel: string; readonly initrd: string; readonly cmdline: string };
}

/** What every lab of a run shares. */
export interface RunEnvironment {
  /** The Terraform CLI configuration that installs providers from the mirror only. */
  readonly cliConfig: string;
  /** The image cache of the run (`BaseImage.cacheDir`), shared by its labs. */
  readonly imageCacheDir: string;
}

/**
 * Where a lab runs: the libvirt of each of its KVM hosts, and where its guests are reached from.
 * Most labs have one host, the run's one libvirtd, and their guests' networks are reached inside its
 * network namespace; a lab over several KVM hosts reaches its guests from this machine by jumping
 * through the hosts, as a user reaches the machines of remote hosts.
 */
export interface LabSites {
  /** The libvirt of the lab's Host construct of that name. */
  sandboxOf(host: string): LibvirtSandbox;
  /** Every libvirt the lab may use, the first one first. */
  readonly sandboxes: LibvirtSandbox[];
  /**
   * The sandbox in whose network namespace the guests' networks are (ssh, ansible, DNS queries and
   * pings run there), or undefined when ssh reaches them from this machine through the KVM hosts.
   */
  readonly guestNetwork?: LibvirtSandbox;
  /** How terraform reaches each KVM host, by name: the lab's `kvmHosts` (see LabContext). */
  readonly connections?: Record<string, HostConnection>;
  /** The address each KVM host reaches the others on, by name (see LabContext). */
  readonly tunnelAddresses?: Record<string, string>;
  /** Stops what the lab's hosts run (a lab over KVM hosts of its own); lists what was left running. */
  stop?(): Promise<StopReport>;
}

/** The sites of a lab on the run's one libvirtd. */
export function oneSandbox(sandbox: LibvirtSandbox): LabSites {
  return { sandboxOf: () => sandbox, sandboxes: [sandbox], guestNetwork: sandbox };
}

/** A synthesis of the lab: its stack directory and plan. */
export interface Synthesis {
  readonly stackDir: string;
  /** cdk.tf.json. */
  readonly json: Record<string, any>;
  readonly topology?: TopologyFile;
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
  /** The second plan after the first apply. */
  plan?: number;
  destroy?: number;
}

/** A change as it went: its plan summary and times. */
export interface ChangeRecord {
  readonly name: string;
  summary?: string;
  planSeconds?: number;
  applySeconds?: number;
  readySeconds?: number;
}

/** Which resource addresses of a plan JSON lie at or below each construct path (a trailing `*`: any path with that start). */
function addressesUnder(json: Record<string, any>, paths: string[]): { addresses: string[]; empty: string[] } {
  const all: { address: string; path: string }[] = [];
  for (const kind of ['resource', 'data'] as const) {
    for (const [type, resources] of Object.entries<Record<string, any>>(json[kind] ?? {})) {
      for (const [name, r] of Object.entries<any>(resources)) {
        all.push({ address: `${kind === 'data' ? 'data.' : ''}${type}.${name}`, path: String(r?.['//']?.metadata?.path ?? '') });
      }
    }
  }
  const addresses = new Set<string>();
  const empty: string[] = [];
  for (const p of paths) {
    const hits = p.endsWith('*') ? all.filter((r) => r.path.startsWith(p.slice(0, -1))) : all.filter((r) => r.path === p || r.path.startsWith(`${p}/`));
    if (hits.length === 0) empty.push(p);
    hits.forEach((h) => addresses.add(h.address));
  }
  return { addresses: [...addresses].filter((a) => !a.startsWith('data.')).sort(), empty };
}

/** Differences between what a plan does and what a change scenario expects, one line each. */
export function planMismatches(actions: PlanActions, expected: ExpectedPlan, before: Record<string, any>, after: Record<string, any>): string[] {
  const failures: string[] = [];
  for (const action of ['create', 'update', 'replace', 'delete'] as const) {
    const paths = expected[action] ?? [];
    // what is destroyed is found in the plan before the change; everything else in the plan after it
    const { addresses: want, empty } = addressesUnder(action === 'delete' ? before : after, paths);
    for (const p of empty) failures.push(`the scenario expects the plan to ${action} ${p}, but no resource of the stack is at or below that path`);
    // an instance of a resource with for_each (`address["key"]`) counts as the resource
    const have = [...new Set(actions[action].map((a) => a.replace(/\[[^\]]*\]$/, '')))];
    for (const a of have.filter((x) => !want.includes(x))) failures.push(`the plan would ${action} ${a}, which the scenario does not expect`);
    for (const a of want.filter((x) => !have.includes(x))) failures.push(`the plan does not ${action} ${a}, which the scenario expects`);
  }
  return failures;
}

/** A lab through its whole life on the real libvirt. */
export class LabRun implements LabControl {
  public readonly workDir: string;
  public readonly keyFile: string;
  public readonly publicKey: string;
  public readonly context: LabContext;
  public readonly terraform: Terraform;
  public readonly times: LabTimes = {};
  public readonly changes: ChangeRecord[] = [];
  /** The synthesis the lab was last planned from. */
  public current: Synthesis;
  /** How the lab is built now (the last change's build). */
  private build: (app: App, context: LabContext) => TerraformStack;
  public machines: ExpectedMachine[] = [];
  /** The machines the last change removed (their names must be gone from the networks that remain). */
  private departed: ExpectedMachine[] = [];
  public state: StateResource[] = [];
  /** Addresses libvirt reported, per domain name (the first IPv4 of each MAC). */
  public readonly observed = new Map<string, Map<string, string>>();
  /** Whether terraform has created anything that destroy must remove. */
  public applied = false;
  public destroyed = false;
  private guests?: Guests;
  private applyStart = 0;
  private bootDeadline = 0;
  private readonly serialDir: string;
  public readonly tmpDir: string;
  /** Environment of the last change, kept for its apply and the plan after it. */
  private changeEnv?: Record<string, string>;
  private readonly stateFile: string;
  private readonly knownHosts: string;
  /**
   * The libvirt objects this lab's plans name (`domain NAME`, `network NAME`, `pool NAME`): what must
   * be gone after destroy. Labs run side by side in one libvirtd, so "everything new since apply"
   * would count the other labs' objects.
   */
  private readonly ownObjects = new Set<string>();
  /** The lab's pools: no volume may be left in them. */
  private readonly ownPools = new Set<string>();
  /** Pool directories that existed before apply (cleanUp leaves them alone). */
  private readonly poolDirsBefore = new Set<string>();
  private overridesLogged = false;

  constructor(public readonly lab: ExampleLab, private readonly sites: LabSites, private readonly guest: LabGuest,
    environment: RunEnvironment, private readonly log: Log) {
    this.workDir = fs.mkdtempSync(path.join(os.tmpdir(), `cdktf-libvirt-e2e-${lab.name}-`));
    sites.sandboxes[0].journal(`scratch ${this.workDir}`);
    this.keyFile = path.join(this.workDir, 'id_ed25519');
    const keygen = spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', `e2e@${lab.name}`, '-f', this.keyFile], { encoding: 'utf8' });
    if (keygen.status !== 0) throw new Error(`ssh-keygen failed: ${keygen.stderr}`);
    this.publicKey = fs.readFileSync(`${this.keyFile}.pub`, 'utf8').trim();
    this.serialDir = path.join(this.workDir, 'serial');
    this.tmpDir = path.join(this.workDir, 'tmp');
    this.stateFile = path.join(this.workDir, 'terraform.tfstate');
    this.knownHosts = path.join(this.workDir, 'known_hosts');
    fs.mkdirSync(this.serialDir);
    this.context = {
      sshPublicKey: this.publicKey,
      sshPrivateKeyFile: this.keyFile,
      image: { url: guest.image.url, sha256: guest.image.sha256, loginUser: 'debian', cacheDir: environment.imageCacheDir },
      nextImage: { url: (guest.nextImage ?? guest.image).url, sha256: (guest.nextImage ?? guest.image).sha256, loginUser: 'debian', cacheDir: environment.imageCacheDir },
      domainType: DomainType.QEMU,
      ...(sites.connections !== undefined ? { kvmHosts: sites.connections } : {}),
      ...(sites.tunnelAddresses !== undefined ? { kvmTunnelAddresses: sites.tunnelAddresses } : {}),
    };
    this.build = lab.build;
    this.current = this.synthesize(lab.build);
    this.terraform = new Terraform(this.current.stackDir, environment.cliConfig, this.tmpDir, log);
  }

  /** Synthesizes the lab as `build` makes it, into the lab's one stack directory. */
  public synthesize(build: (app: App, context: LabContext) => TerraformStack): Synthesis {
    // the lab's address lock lives beside its output, as an app's lives beside cdktf.out: every
    // day-2 change is planned from the addresses the lab was given
    const app = new App({ outdir: path.join(this.workDir, 'cdktf.out'), context: { 'cdktf-libvirt:lockFile': path.join(this.workDir, 'cdktf-libvirt.lock.json') } });
    const stack = build(app, this.context);
    this.prepare(stack);
    app.synth();
    const stackDir = path.join(this.workDir, 'cdktf.out', 'stacks', stack.node.id);
    const json = JSON.parse(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8'));
    if (this.current && stackDir !== this.current.stackDir) throw new Error(`a change of ${this.lab.name} synthesized stack ${stack.node.id}, not the lab's ${path.basename(this.current.stackDir)}`);
    return { stackDir, json, topology: readTopology(stackDir) };
  }

  /** What the tier sets on the stack (see the module comment). */
  private prepare(stack: TerraformStack): void {
    new LocalBackend(stack, { path: this.stateFile });
    LabArtifacts.of(stack).configure({ knownHostsFile: this.knownHosts });
    const notes: string[] = [];
    for (const c of stack.node.findAll()) {
      if (!(c instanceof libvirt.domain.Domain)) continue;
      const name = stack.getLogicalId(c);
      c.addOverride('devices.serials.0.log', { file: path.join(this.serialDir, `${name}.log`), append: 'off' });
      if (this.guest.kernelBoot) {
        c.addOverride('os.kernel', this.guest.kernelBoot.kernel);
        c.addOverride('os.initrd', this.guest.kernelBoot.initrd);
        c.addOverride('os.cmdline', this.guest.kernelBoot.cmdline);
      }
      notes.push(name);
    }
    if (!this.overridesLogged) {
      this.overridesLogged = true;
      this.log(`${this.lab.name}: test image ${this.context.image.url}, DomainType.QEMU, state in ${this.stateFile}, known_hosts ${this.knownHosts}; ` +
        `serial consoles of ${notes.length} domains logged to ${this.serialDir}` +
        (this.guest.kernelBoot ? `; every domain boots ${path.basename(this.guest.kernelBoot.kernel)} + ${path.basename(this.guest.kernelBoot.initrd)} directly (tiny guest)` : ''));
    }
  }

  /** Libvirt objects and pool directories before anything was applied, to compare after destroy. */
  private async recordBefore(): Promise<void> {
    const before = (await Promise.all(this.sites.sandboxes.map((s) => libvirtInventory(s.uri)))).flat();
    const clash = plannedObjects(this.current.json).map(inventoryEntry).filter((o) => before.includes(o));
    if (clash.length > 0) throw new Error(`libvirt already has ${clash.join(', ')}: a lab of another run, or a leftover; the tier never touches objects it did not create`);
    for (const dir of this.poolDirs(this.current.json)) {
      if (fs.existsSync(dir)) this.poolDirsBefore.add(dir);
      else this.journal(`pooldir ${dir}`);
    }
    // what the watchdog removes if the run is killed: every object the plan names, newest last
    this.own(this.current.json);
  }

  /** Notes the objects a plan of this lab names (and journals them for the watchdog). */
  private own(json: Record<string, any>): void {
    for (const entry of plannedObjects(json)) {
      this.journal(entry);
      const [kind, a] = entry.split(' ');
      if (kind === 'pool') this.ownPools.add(a);
      if (kind !== 'volume') this.ownObjects.add(entry);
    }
  }

  /**
   * Notes a libvirt object for the watchdog of the run's one libvirtd. KVM hosts of a lab's own
   * need none: their whole libvirt (definitions, state, pools) is in their run folders, which their
   * watchdogs delete.
   */
  private journal(entry: string): void {
    this.sites.guestNetwork?.journal(entry);
  }

  public hostPath(libvirtPath: string): string {
    return this.sites.sandboxes[0].hostPath(libvirtPath);
  }

  /** The pools' directories, where they are on the machine (each sandbox's libvirtd has /var/lib/libvirt of its own), on every host of the lab. */
  private poolDirs(json: Record<string, any>): string[] {
    const paths = Object.values<any>(json.resource?.libvirt_pool ?? {}).map((p) => p.target?.path).filter((p): p is string => typeof p === 'string');
    return [...new Set(paths.flatMap((p) => this.sites.sandboxes.map((s) => s.hostPath(p))))];
  }

  /** The libvirt a machine runs on: its host's, by the topology. */
  private sandboxFor(m: ExpectedMachine): LibvirtSandbox {
    const host = this.current.topology?.machines.find((x) => x.name === m.name)?.host;
    if (host === undefined) throw new Error(`topology.json of ${this.lab.name} does not name the host of ${m.name}`);
    return this.sites.sandboxOf(host);
  }

  /**
   * Where NIC `i` of `m` is reached from, and its network's DNS server asked: the one namespace of a
   * lab on the run's libvirtd; for a lab over KVM hosts of its own, the host where its network has
   * its gateway (the network's own host, also for a machine on a host it spans).
   */
  private networkSite(m: ExpectedMachine, i: number): LibvirtSandbox {
    if (this.sites.guestNetwork) return this.sites.guestNetwork;
    const topology = this.current.topology;
    const t = topology?.machines.find((x) => x.name === m.name);
    const host = topology?.networks.find((n) => n.path === t?.nics[i]?.network)?.host ?? t?.host;
    if (host === undefined) throw new Error(`topology.json of ${this.lab.name} does not say where NIC ${i} of ${m.name} is`);
    return this.sites.sandboxOf(host);
  }

  /** The sandbox whose network namespace holds the guests' networks, for the checks that run there. */
  private get guestNetwork(): LibvirtSandbox {
    if (!this.sites.guestNetwork) throw new Error(`${this.lab.name} spans KVM hosts of its own: its guests' networks are reached through those hosts, not from this machine`);
    return this.sites.guestNetwork;
  }

  /** Stops the KVM hosts of the lab's own, if it has any; lists what was left running. */
  public async stopSites(): Promise<string[]> {
    return this.sites.stop ? (await this.sites.stop()).leftovers : [];
  }

  /** `terraform init` and `terraform apply` of the lab as synthesized. */
  public async apply(): Promise<void> {
    await this.recordBefore();
    this.applyStart = Date.now();
    this.applied = true;
    await this.terraform.init();
    await this.terraform.apply();
    this.times.apply = (Date.now() - this.applyStart) / 1000;
    await this.afterApply();
    this.log(`applied ${this.lab.name} in ${this.times.apply.toFixed(1)} s: ${this.state.length} resources, machines ${this.machines.map((m) => m.name).join(', ')}`);
  }

  /** Reads the state and what the machines should be, and starts the boot budget. */
  private async afterApply(): Promise<void> {
    this.bootDeadline = Date.now() + BOOT_BUDGET_SECONDS * 1000;
    this.state = await this.terraform.state();
    const previous = this.machines;
    this.machines = expectedMachines(this.state, this.publicKey, this.current.topology);
    this.departed = previous.filter((p) => !this.machines.some((m) => m.name === p.name));
    this.guests = new Guests(this.sites.guestNetwork, this.current.stackDir, this.resolvConf());
    this.observed.clear();
  }

  /** A resolv.conf naming the DNS servers of the lab's networks: how the host finds machines that have no fixed address (README). */
  private resolvConf(): string {
    const servers = [...new Set(this.machines.flatMap((m) => m.nics).filter((n) => n.managed && n.domain !== undefined && n.gateway !== undefined).map((n) => n.gateway!))];
    const file = path.join(this.workDir, 'resolv.conf');
    fs.writeFileSync(file, `${servers.map((s) => `nameserver ${s}`).join('\n')}\noptions timeout:2 attempts:1\n`);
    return file;
  }

  /** `terraform plan -detailed-exitcode` after an apply: the changes it would make, one line each (none when clean). */
  public async planIsClean(): Promise<string[]> {
    const t0 = Date.now();
    const actions = await this.terraform.planChanges(path.join(this.workDir, 'recheck.tfplan'), this.changeEnv);
    this.times.plan ??= (Date.now() - t0) / 1000;
    const lines: string[] = [];
    for (const [action, addresses] of Object.entries(actions)) for (const a of addresses) lines.push(`the plan after apply would ${action} ${a}`);
    return lines;
  }

  /** Synthesizes the lab after `change`, plans it, and lists how the plan differs from what the change expects. */
  public async planChange(change: ChangeScenario, record: ChangeRecord): Promise<string[]> {
    const failures = change.before ? await change.before(this) : [];
    if (failures.length > 0) return failures.map((f) => `before the change: ${f}`);
    const before = this.current.json;
    if (change.build) this.build = change.build;
    this.current = this.synthesize(this.build);
    this.own(this.current.json);
    this.changeEnv = change.env?.(this);
    await this.terraform.init();
    const t0 = Date.now();
    const actions = await this.terraform.plan(this.changePlanFile(), this.changeEnv);
    record.planSeconds = (Date.now() - t0) / 1000;
    record.summary = summarize(actions);
    this.log(`${this.lab.name}: change "${change.name}": ${record.summary}`);
    const expected = typeof change.expect === 'function' ? change.expect({ before, after: this.current.json }) : change.expect;
    return planMismatches(actions, expected, before, this.current.json);
  }

  private changePlanFile(): string {
    return path.join(this.workDir, 'change.tfplan');
  }

  /** Applies the plan of the last change. */
  public async applyChange(record: ChangeRecord): Promise<void> {
    this.applyStart = Date.now();
    await this.terraform.apply(this.changePlanFile(), this.changeEnv);
    record.applySeconds = (Date.now() - this.applyStart) / 1000;
    await this.afterApply();
  }

  /** Waits (until the boot deadline) for `attempt` to return no failures; returns the last failures. */
  private async until(what: string, attempt: () => Promise<string[]>): Promise<string[]> {
    for (;;) {
      const failures = await attempt();
      if (failures.length === 0) return [];
      if (Date.now() >= this.bootDeadline) {
        this.log(`${this.lab.name}: gave up waiting for ${what}: the boot budget of ${BOOT_BUDGET_SECONDS} s after apply is spent`);
        return failures;
      }
      await sleep(5000);
    }
  }

  /** The serial console log of a machine. */
  public serialLog(m: ExpectedMachine): string | undefined {
    const file = path.join(this.serialDir, `${m.resourceName}.log`);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  }

  /** The last lines of a machine's serial console, for failure messages. */
  public serialTail(m: ExpectedMachine, lines = 25): string {
    const text = this.serialLog(m);
    return text === undefined ? '(no serial log)' : text.replace(/\r/g, '').split('\n').slice(-lines).join('\n');
  }

  private serialTails(machines: ExpectedMachine[]): string[] {
    return machines.map((m) => `serial console of ${m.name} (last lines):\n${this.serialTail(m).split('\n').map((l) => `    ${l}`).join('\n')}`);
  }

  private get running(): ExpectedMachine[] {
    return this.machines.filter((m) => m.running);
  }

  private get g(): Guests {
    if (!this.guests) throw new Error(`${this.lab.name} is not applied`);
    return this.guests;
  }

  private readonly notes = new Map<string, string>();

  public remember(key: string, value: string): void {
    this.notes.set(key, value);
  }

  public note(key: string): string | undefined {
    return this.notes.get(key);
  }

  /** Runs a shell command on a running machine (by libvirt name) through the generated ssh_config. */
  public async exec(machine: string, command: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const m = this.machines.find((x) => x.name === machine);
    if (!m) throw new Error(`${this.lab.name} has no machine ${machine} (it has ${this.machines.map((x) => x.name).join(', ')})`);
    return this.g.exec(m, command);
  }

  // -------------------------------------------------------------------------------------------
  // checks

  /** topology.json agrees with terraform's state (machines, MACs, networks, addresses, users). */
  public topologyAgrees(): string[] {
    return this.current.topology ? topologyMismatches(this.current.topology, this.machines) : [];
  }

  /**
   * Every domain planned running runs; every other one is defined and shut off; each on the KVM host
   * the topology places it on, and on no other host of the lab.
   */
  public async domainStates(): Promise<string[]> {
    const failures: string[] = [];
    if (this.machines.length === 0) failures.push('terraform\'s state holds no domain');
    for (const m of this.machines) {
      const home = this.sandboxFor(m);
      const r = await run('virsh', ['-q', '-c', home.uri, 'domstate', m.name], { timeoutMs: 30000 });
      const state = r.stdout.trim();
      const want = m.running ? 'running' : 'shut off';
      const where = this.sites.sandboxes.length > 1 ? ` on KVM host ${home.hostName}` : '';
      if (r.code !== 0 || state !== want) failures.push(`${m.name}${where}: state ${JSON.stringify(state || r.stderr.trim())}, planned ${want}`);
      for (const other of this.sites.sandboxes.filter((s) => s !== home)) {
        const elsewhere = await run('virsh', ['-q', '-c', other.uri, 'dominfo', m.name], { timeoutMs: 30000 });
        if (elsewhere.code === 0) failures.push(`${m.name} is placed on KVM host ${home.hostName}, but KVM host ${other.hostName} has it too`);
      }
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
      for (const m of this.running) {
        const seen = new Map<string, string[]>();
        for (const source of ['lease', 'agent']) {
          for (const a of await interfaceAddresses(this.sandboxFor(m).uri, m.name, source)) {
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
    return [...result, ...this.serialTails(this.machines.filter((m) => result.some((f) => f.startsWith(`${m.name} `))))];
  }

  /** True when the lab has a machine with a DHCP NIC on a libvirt-managed network. */
  public get hasDhcpNic(): boolean {
    return this.machines.some((m) => m.nics.some((n) => n.dhcp && n.managed));
  }

  /**
   * The `<machine>_dhcp_addresses` output of every machine with DHCP NICs, evaluated by terraform
   * (`terraform output`), holds exactly the address its DHCP NIC has (the lease libvirt reports).
   */
  public async dhcpOutputs(): Promise<string[]> {
    const failures: string[] = [];
    const outputs = await this.terraform.outputs();
    const descriptions = Object.entries<any>(this.current.json.output ?? {}).map(([k, v]) => [k, String(v.description ?? '')] as const);
    for (const m of this.running.filter((x) => x.nics.some((n) => n.dhcp && n.managed))) {
      const key = descriptions.find(([k, d]) => k.endsWith('_dhcp_addresses') && d.includes(` of ${m.name} (`))?.[0];
      if (!key) { failures.push(`${m.name}: the plan has no _dhcp_addresses output for its DHCP NIC`); continue; }
      const want = m.nics.filter((n) => n.dhcp && n.managed).map((n) => this.observed.get(m.name)?.get(n.mac));
      if (want.some((a) => a === undefined)) { failures.push(`${m.name}: libvirt reported no lease to compare output ${key} with`); continue; }
      const have = outputs[key];
      if (JSON.stringify(have) !== JSON.stringify(want)) failures.push(`${m.name}: output ${key} is ${JSON.stringify(have)}, the DHCP NIC holds ${JSON.stringify(want)}`);
    }
    return failures;
  }

  /**
   * SSH reaches every running machine through the generated ssh_config exactly as generated (its
   * IdentityFile, known_hosts and HostKeyAlias; nothing overridden on the command line), and the
   * ssh_config entry points at the planned address and login user.
   */
  public async sshReachable(): Promise<string[]> {
    const failures: string[] = [];
    for (const m of this.running) {
      const entry = this.g.entry(m);
      if (!entry) { failures.push(`${m.name}: ssh_config has no Host entry for it`); continue; }
      const planned = m.nics.find((n) => n.address !== undefined)?.address;
      const wantHost = planned ?? m.fqdn ?? m.hostname;
      if (entry.hostName !== wantHost) failures.push(`${m.name}: ssh_config HostName ${entry.hostName}, expected ${wantHost}`);
      if (m.loginUser !== undefined && entry.user !== m.loginUser) failures.push(`${m.name}: ssh_config User ${entry.user}, planned login user ${m.loginUser}`);
    }
    if (failures.length > 0) return failures;
    const waited = await this.until('SSH', async () => {
      const f: string[] = [];
      await Promise.all(this.running.map(async (m) => {
        const r = await this.g.exec(m, 'true', 30000);
        if (r.code !== 0) f.push(`${m.name}: ssh -F ssh_config ${this.g.alias(m)} exited ${r.code ?? r.signal}: ${r.stderr.trim().slice(-300)}`);
      }));
      return f;
    });
    if (waited.length === 0) this.times.sshReady ??= (Date.now() - this.applyStart) / 1000;
    return waited;
  }

  /**
   * `ansible all -m ping` through the generated inventory answers pong from every running machine
   * and only from them. A machine that is unreachable is asked again (up to 3 times, 10 s apart):
   * sshd restarts once more while cloud-init finishes.
   */
  public async ansiblePing(): Promise<string[]> {
    let r = await this.ansible();
    for (let attempt = 1; attempt < 3 && [...r.results.values()].some((v) => v.includes('UNREACHABLE')); attempt++) {
      await sleep(10000);
      r = await this.ansible();
    }
    const results = r.results;
    const failures: string[] = [];
    for (const m of this.running) {
      const alias = this.g.alias(m);
      const got = results.get(alias);
      if (got !== 'pong') failures.push(`${m.name}: ansible ${alias} -m ping: ${got ?? 'no answer'}`);
    }
    const aliases = this.running.map((m) => this.g.alias(m));
    for (const host of results.keys()) if (!aliases.includes(host)) failures.push(`the inventory has ${host}, which is no running machine of the lab`);
    if (failures.length > 0 && r.code !== 0 && r.stderr.trim()) failures.push(`ansible exited ${r.code}: ${r.stderr.trim().slice(-500)}`);
    return failures;
  }

  /** One `ansible all -m ping -o` run: pong or the line ansible printed, per inventory host. */
  private async ansible(): Promise<{ code: number | null; stderr: string; results: Map<string, string> }> {
    const r = await this.g.ansible(['-i', path.join(this.current.stackDir, 'inventory.yaml'), 'all', '-m', 'ping', '-o'], path.join(this.workDir, 'ansible'));
    const results = new Map<string, string>();
    for (const line of r.stdout.split('\n')) {
      const m = /^(\S+) \| (\S+)/.exec(line);
      if (m) results.set(m[1], line.includes('"ping": "pong"') ? 'pong' : line.slice(0, 300));
    }
    return { code: r.code, stderr: r.stderr, results };
  }

  /**
   * cloud-init finished without errors (`cloud-init status --wait`), and what it was asked to do is
   * there: the login user (with its sudo rule), hostname and FQDN, files with content, mode and
   * owner, the runcmd script, SSH password login off.
   */
  public async cloudInit(): Promise<string[]> {
    const failures: string[] = [];
    await Promise.all(this.running.map(async (m) => {
      const fail = (msg: string) => failures.push(`${m.name}: ${msg}`);
      const status = await this.g.exec(m, 'cloud-init status --wait --long', Math.max(60000, this.bootDeadline - Date.now()));
      if (!/^status: done$/m.test(status.stdout)) {
        const log = await this.g.exec(m, 'sudo -n tail -n 30 /var/log/cloud-init-output.log', 30000);
        fail(`cloud-init status: ${status.stdout.trim() || status.stderr.trim()} (exit ${status.code})\n${log.stdout}`);
        return;
      }
      try {
        if (m.loginUser !== undefined) {
          const user = await this.g.check(m, 'id -un');
          if (user !== m.loginUser) fail(`logged in as ${user}, planned ${m.loginUser}`);
          if (m.loginUserSudo !== undefined && /NOPASSWD/.test(m.loginUserSudo)) {
            const r = await this.g.exec(m, 'sudo -n true');
            if (r.code !== 0) fail(`passwordless sudo for ${m.loginUser} is planned (${m.loginUserSudo}) but fails: ${r.stderr.trim()}`);
          }
        }
        if (m.hostname !== undefined) {
          const h = await this.g.check(m, 'hostname');
          if (h !== m.hostname) fail(`hostname ${h}, planned ${m.hostname}`);
        }
        if (m.fqdn !== undefined && m.manageEtcHosts) {
          const f = await this.g.check(m, 'hostname -f');
          if (f !== m.fqdn) fail(`hostname -f gives ${f}, planned FQDN ${m.fqdn}`);
        }
        for (const file of m.files) {
          const q = shellQuote(file.path);
          const r = await this.g.exec(m, `sudo -n base64 -w0 ${q} && echo && sudo -n stat -c '%a %U:%G' ${q}`);
          if (r.code !== 0) { fail(`file ${file.path} is missing: ${r.stderr.trim()}`); continue; }
          const [b64, stat] = r.stdout.split('\n');
          const content = Buffer.from(b64, 'base64').toString('utf8');
          if (content !== file.content) fail(`file ${file.path} holds ${JSON.stringify(content.slice(0, 200))}, planned ${JSON.stringify(file.content.slice(0, 200))}`);
          const [mode, owner] = stat.trim().split(' ');
          if (file.permissions !== undefined && parseInt(mode, 8) !== parseInt(file.permissions, 8)) fail(`file ${file.path} has mode ${mode}, planned ${file.permissions}`);
          if (file.owner !== undefined && owner !== file.owner) fail(`file ${file.path} is owned by ${owner}, planned ${file.owner}`);
        }
        if (m.runcmd !== undefined) {
          const script = await this.g.exec(m, 'sudo -n cat /var/lib/cloud/instance/scripts/runcmd');
          if (script.code !== 0) fail(`runcmd is planned but cloud-init wrote no runcmd script: ${script.stderr.trim()}`);
          else if (script.stdout !== shellify(m.runcmd)) fail(`the runcmd script differs from the plan:\n${script.stdout}\nplanned:\n${shellify(m.runcmd)}`);
        }
        if (m.sshPasswordAuth === false) {
          const sshd = await this.g.check(m, 'sudo -n sshd -T');
          if (!/^passwordauthentication no$/m.test(sshd)) fail('ssh_pwauth: false is planned but sshd allows password authentication');
        }
      } catch (e) {
        fail((e as Error).message);
      }
    }));
    if (failures.length === 0) this.times.cloudInitDone ??= (Date.now() - this.applyStart) / 1000;
    return failures;
  }

  /** The address a NIC has: planned, else the one libvirt reported. */
  private addressOf(m: ExpectedMachine, nic: ExpectedMachine['nics'][number]): string | undefined {
    return nic.address ?? this.observed.get(m.name)?.get(nic.mac);
  }

  /**
   * Names resolve as the README promises:
   * - the DNS server of every libvirt-managed network with a domain (its own address, dnsmasq)
   *   answers each machine's hostname, FQDN (`<hostname>.<domain>`) and lab-prefixed libvirt name
   *   (`netlab-r1`) with its address on that network, asked from the host;
   * - inside the guests, every machine resolves the FQDN of every other machine it shares such a
   *   network with to that address (`getent ahostsv4`, so through the guest's own resolver), and
   *   reaches it (ping). FQDNs only inside guests: systemd-resolved answers a bare name by LLMNR on
   *   its own (NOTES §2.9), which would prove nothing about the lab's DNS;
   * - the names of machines the last change removed (fixed addresses) are no longer answered there;
   * - every name of the `hosts` artifact (hostname, FQDN and the lab-prefixed libvirt name) resolves
   *   to its address through glibc with that file as /etc/hosts, and answers a ping by that name.
   */
  public async namesResolve(): Promise<string[]> {
    const failures: string[] = [];
    // 1. the networks' DNS, from the host
    const queries: { site: LibvirtSandbox; server: string; name: string; want: string; who: string }[] = [];
    for (const m of this.running) {
      for (const [i, nic] of m.nics.entries()) {
        const address = this.addressOf(m, nic);
        if (!nic.managed || nic.domain === undefined || nic.gateway === undefined || m.hostname === undefined || address === undefined) continue;
        // the lab-prefixed libvirt name too (netlab-r1), which ssh_config and the hosts artifact use; only for planned addresses
        const names = [m.hostname, `${m.hostname}.${nic.domain}`, ...(m.name !== m.hostname && !nic.dhcp ? [m.name] : [])];
        for (const name of names) queries.push({ site: this.networkSite(m, i), server: nic.gateway, name, want: address, who: m.name });
      }
    }
    const answers = await resolveAt(queries);
    queries.forEach((q, i) => {
      const got = answers[i];
      if (!got.includes(q.want)) failures.push(`${q.who}: the DNS server ${q.server} answers ${q.name} with ${got.length > 0 ? got.join(', ') : 'nothing'}, expected ${q.want}`);
    });
    // 1b. the names of machines the last change removed are gone from the networks that remain (their
    // fixed addresses' entries; a DHCP client's name lives on in dnsmasq's leases until they expire)
    const gone: { site: LibvirtSandbox; server: string; name: string; who: string }[] = [];
    for (const m of this.departed) {
      for (const nic of m.nics) {
        if (!nic.managed || nic.dhcp || nic.domain === undefined || nic.gateway === undefined || m.hostname === undefined) continue;
        // asked where a running machine on the same network is asked
        const r = this.running.find((x) => x.nics.some((n) => n.network === nic.network && n.gateway === nic.gateway));
        if (r === undefined) continue;
        const site = this.networkSite(r, r.nics.findIndex((n) => n.network === nic.network && n.gateway === nic.gateway));
        for (const name of [m.hostname, `${m.hostname}.${nic.domain}`, ...(m.name !== m.hostname ? [m.name] : [])]) gone.push({ site, server: nic.gateway, name, who: m.name });
      }
    }
    const stale = await resolveAt(gone);
    gone.forEach((q, i) => {
      if (stale[i].length > 0) failures.push(`${q.who} was removed, but the DNS server ${q.server} still answers ${q.name} with ${stale[i].join(', ')}`);
    });
    // 2. inside the guests
    const checks: { from: ExpectedMachine; name: string; want?: string }[] = [];
    for (const m of this.running) {
      for (const o of this.running.filter((x) => x !== m && x.hostname !== undefined)) {
        for (const nic of o.nics) {
          if (nic.domain === undefined || !nic.managed || !m.nics.some((n) => n.network === nic.network)) continue;
          checks.push({ from: m, name: `${o.hostname}.${nic.domain}`, want: this.addressOf(o, nic) });
        }
      }
    }
    await Promise.all(this.running.map(async (m) => {
      for (const c of checks.filter((x) => x.from === m)) {
        const r = await this.g.exec(m, `getent ahostsv4 ${shellQuote(c.name)}`, 60000);
        const got = [...new Set(r.stdout.split('\n').map((l) => l.trim().split(/\s+/)[0]).filter(Boolean))];
        if (r.code !== 0 || got.length === 0) { failures.push(`${m.name} cannot resolve ${c.name} (getent exit ${r.code})`); continue; }
        if (c.want !== undefined && !got.includes(c.want)) { failures.push(`${m.name} resolves ${c.name} to ${got.join(', ')}, expected ${c.want}`); continue; }
        const ping = await this.g.exec(m, `ping -c 1 -W 5 ${shellQuote(c.name)}`, 60000);
        if (ping.code !== 0) failures.push(`${m.name} resolves ${c.name} but cannot ping it: ${ping.stdout.trim().split('\n').slice(-2).join(' ')}`);
      }
    }));
    // 3. the hosts artifact
    const hostsFile = path.join(this.current.stackDir, 'hosts');
    const entries = fs.existsSync(hostsFile) ? readHostsBlock(fs.readFileSync(hostsFile, 'utf8')) : [];
    for (const e of entries) {
      const m = this.running.find((x) => x.nics.some((n) => this.addressOf(x, n) === e.address));
      if (!m) { failures.push(`hosts artifact: ${e.address} (${e.names.join(' ')}) is no address of a running machine`); continue; }
      const site = this.networkSite(m, m.nics.findIndex((n) => this.addressOf(m, n) === e.address));
      for (const name of e.names) {
        const r = await site.withHostsFile(hostsFile, 'sh', ['-c', 'getent ahostsv4 "$1" | head -n 1 && ping -c 1 -W 5 "$1" >/dev/null', 'sh', name]);
        const got = r.stdout.trim().split(/\s+/)[0];
        if (got !== e.address) failures.push(`hosts artifact: ${name} resolves to ${got || 'nothing'}, expected ${e.address} (${m.name})`);
        else if (r.code !== 0) failures.push(`hosts artifact: ${name} resolves to ${e.address} (${m.name}), which does not answer a ping`);
      }
    }
    if (entries.length === 0 && this.running.some((m) => m.nics.some((n) => n.address !== undefined))) failures.push('the hosts artifact lists no machine');
    return failures;
  }

  /**
   * Routers forward: IPv4 forwarding is on in every router, and every pair of machines that share
   * no network but are both next to a router reach each other (ping) by their addresses.
   */
  public async routersForward(): Promise<string[]> {
    const failures: string[] = [];
    const routers = this.running.filter((m) => m.router);
    for (const r of routers) {
      const v = await this.g.check(r, 'cat /proc/sys/net/ipv4/ip_forward').catch((e: Error) => e.message);
      if (v !== '1') failures.push(`router ${r.name}: net.ipv4.ip_forward is ${v}`);
    }
    const hosts = this.running.filter((m) => !m.router);
    const nets = (m: ExpectedMachine) => new Set(m.nics.map((n) => n.network));
    const routed = (a: ExpectedMachine) => routers.some((r) => [...nets(a)].some((n) => nets(r).has(n)));
    for (const a of hosts) {
      for (const b of hosts) {
        if (a === b || [...nets(a)].some((n) => nets(b).has(n)) || !routed(a) || !routed(b)) continue;
        const target = b.nics.map((n) => this.addressOf(b, n)).find((x) => x !== undefined);
        if (!target) { failures.push(`${b.name}: no address to ping`); continue; }
        const ping = await this.g.exec(a, `ping -c 2 -W 5 ${target}`, 60000);
        if (ping.code !== 0) failures.push(`${a.name} cannot reach ${b.name} at ${target} through the routers: ${ping.stdout.trim().split('\n').slice(-2).join(' ')}`);
      }
    }
    return failures;
  }

  /**
   * Every wire carries frames both ways: each end pings the other end's planned address out of the
   * wire's NIC (the only way there: the /31 or /30 is on no other NIC).
   */
  public async wiresCarry(): Promise<string[]> {
    const failures: string[] = [];
    const wires = new Map<string, { m: ExpectedMachine; nic: ExpectedMachine['nics'][number]; name: string }[]>();
    for (const m of this.running) {
      for (const [i, nic] of m.nics.entries()) {
        if (nic.udp === undefined) continue;
        const ends = wires.get(nic.network) ?? [];
        ends.push({ m, nic, name: `nic${i}` });
        wires.set(nic.network, ends);
      }
    }
    for (const [wire, ends] of wires) {
      if (ends.length !== 2) { failures.push(`${wire}: ${ends.length} running end(s), not 2`); continue; }
      for (const [a, b] of [[ends[0], ends[1]], [ends[1], ends[0]]]) {
        const ping = await this.g.exec(a.m, `ping -c 2 -W 5 -I ${a.name} ${b.nic.address}`, 60000);
        if (ping.code !== 0) {
          failures.push(`${a.m.name} cannot reach ${b.m.name} at ${b.nic.address} over the wire (UDP ${a.nic.udp!.localAddress}:${a.nic.udp!.localPort} -> `
            + `${a.nic.udp!.address}:${a.nic.udp!.port}): ${ping.stdout.trim().split('\n').slice(-2).join(' ')}`);
        }
      }
    }
    return failures;
  }

  /**
   * Every network that spans hosts is one L2 segment: each machine on it reaches each one on it on
   * another host at its planned address, with a full-size frame of the network's MTU (1450, sent
   * with don't-fragment), and by its FQDN on the network, through the DNS of the network's home host.
   */
  public async spansCarry(): Promise<string[]> {
    const failures: string[] = [];
    const topology = this.current.topology!;
    for (const net of topology.networks.filter((n) => (n.spans ?? []).length > 0)) {
      const on = topology.machines.flatMap((t) => {
        const nic = t.nics.find((n) => n.network === net.path);
        const m = this.running.find((x) => x.name === t.name);
        return nic?.address !== undefined && m !== undefined ? [{ m, t, address: nic.address }] : [];
      });
      if (new Set(on.map((x) => x.t.host)).size < 2) failures.push(`${net.name}: its running machines are not on two hosts (${on.map((x) => `${x.t.name}@${x.t.host}`).join(', ')})`);
      for (const a of on) {
        for (const b of on.filter((x) => x.t.host !== a.t.host)) {
          // 1450 bytes: 1422 of payload, 8 of ICMP, 20 of IP
          const ping = await this.g.exec(a.m, `ping -c 2 -W 5 -M do -s 1422 ${b.address}`, 60000);
          if (ping.code !== 0) failures.push(`${a.t.name}@${a.t.host} cannot reach ${b.t.name}@${b.t.host} at ${b.address} on ${net.name} with a 1450-byte packet: ${ping.stdout.trim().split('\n').slice(-2).join(' ')}`);
          // the FQDN, IPv4, through the guest's resolver: a bare name would be answered by LLMNR (NOTES §2.9)
          if (net.domain === undefined) continue;
          const fqdn = `${b.t.hostname}.${net.domain}`;
          const name = await this.g.exec(a.m, `getent ahostsv4 ${shellQuote(fqdn)}`, 30000);
          const got = [...new Set(name.stdout.split('\n').map((l) => l.trim().split(/\s+/)[0]).filter(Boolean))];
          if (!got.includes(b.address)) failures.push(`${a.t.name}: ${fqdn} resolves to ${got.join(', ') || 'nothing'}, not ${b.address} (the DNS of ${net.name} on ${net.host})`);
        }
      }
    }
    return failures;
  }

  /** The `cdktf-tiny:` lines a tiny guest printed on its serial console, without the prefix. */
  private tinyReport(m: ExpectedMachine): string[] {
    return (this.serialLog(m) ?? '').replace(/\r/g, '').split('\n')
      .filter((l) => l.startsWith('cdktf-tiny: ')).map((l) => l.slice('cdktf-tiny: '.length).trim());
  }

  /**
   * Tiny guests: every running machine reported ready on its serial console without an error, took
   * the planned hostname from its seed's meta-data, and put every planned static address on the
   * interface with the planned MAC (from its seed's network-config).
   */
  public async tinyGuestsReady(): Promise<string[]> {
    const waited = await this.until('the tiny guests to report ready', async () =>
      this.running.filter((m) => !this.tinyReport(m).includes('ready')).map((m) => `${m.name}: no "cdktf-tiny: ready" on the serial console`));
    if (waited.length > 0) return [...waited, ...this.serialTails(this.running.filter((m) => waited.some((f) => f.startsWith(`${m.name}:`))))];
    this.times.tinyReady ??= (Date.now() - this.applyStart) / 1000;
    const failures: string[] = [];
    for (const m of this.running) {
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
      await Promise.all(this.running.flatMap((m) => m.nics.map(async (nic, i) => {
        const label = `${m.name} NIC ${i} (${nic.mac} on ${nic.network})`;
        if (nic.address === undefined || nic.dhcp) { failures.push(`${label}: no planned static address to check`); return; }
        if (!nic.managed) { failures.push(`${label}: not on a libvirt-managed network, so the host has no bridge to reach it from`); return; }
        const ping = await run(...this.guestNetwork.inNetns('ping', ['-c', '1', '-W', '2', nic.address]), { timeoutMs: 15000 });
        if (ping.code !== 0) { failures.push(`${label}: ${nic.address} does not answer a ping from the host`); return; }
        const neigh = await run(...this.guestNetwork.inNetns('ip', ['neigh', 'show', nic.address]), { timeoutMs: 15000 });
        const mac = /lladdr (\S+)/.exec(neigh.stdout)?.[1]?.toLowerCase();
        if (mac !== nic.mac) { failures.push(`${label}: ${nic.address} answers from MAC ${mac ?? '(none)'}, planned ${nic.mac}`); return; }
        const observed = this.observed.get(m.name) ?? new Map<string, string>();
        observed.set(nic.mac, nic.address);
        this.observed.set(m.name, observed);
      })));
      return failures;
    });
  }

  /** Every check that applies to the lab's guest, in order (for the state after a change). */
  public async allChecks(): Promise<string[]> {
    const failures = [...this.topologyAgrees(), ...await this.domainStates()];
    if (this.lab.guest === 'tiny') {
      failures.push(...await this.tinyGuestsReady(), ...await this.nicAddressesFromHost());
      return failures;
    }
    failures.push(...await this.nicAddresses());
    if (this.hasDhcpNic) failures.push(...await this.dhcpOutputs());
    failures.push(...await this.sshReachable());
    if (failures.length > 0) return failures;
    failures.push(...await this.cloudInit(), ...await this.ansiblePing());
    failures.push(...await this.namesResolve());
    if (this.running.some((m) => m.router)) failures.push(...await this.routersForward());
    if (this.running.some((m) => m.nics.some((n) => n.udp !== undefined))) failures.push(...await this.wiresCarry());
    if (this.current.topology?.networks.some((n) => (n.spans ?? []).length > 0)) failures.push(...await this.spansCarry());
    return failures;
  }

  /**
   * `terraform destroy`, then lists what of the lab is still there: libvirt objects, files in pool
   * directories, seed ISOs and other files of the provider in its TMPDIR, QEMU processes.
   */
  public async destroyAndFindLeftovers(): Promise<string[]> {
    const t0 = Date.now();
    await this.terraform.destroy();
    this.destroyed = true;
    this.times.destroy = (Date.now() - t0) / 1000;
    const left: string[] = [];
    const after = (await Promise.all(this.sites.sandboxes.map((s) => libvirtInventory(s.uri)))).flat();
    for (const x of after) {
      const [kind, name] = x.split(' ');
      if (this.ownObjects.has(x) || (kind === 'volume' && this.ownPools.has(name.split('/')[0]))) left.push(`libvirt still has ${x}`);
    }
    for (const dir of this.poolDirs(this.current.json)) {
      if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) left.push(`pool directory ${dir} still holds ${fs.readdirSync(dir).join(', ')}`);
    }
    // the VXLAN devices of networks that span hosts: taken away by their destroy-time provisioners
    for (const sandbox of this.sites.sandboxes) {
      const links = await run('ip', ['-n', sandbox.netns, '-o', 'link', 'show', 'type', 'vxlan'], { timeoutMs: 15000 });
      for (const line of links.stdout.split('\n').filter((l) => l.trim() !== '')) left.push(`a VXLAN device is left in ${sandbox.netns}: ${line.split(':')[1]?.trim()}`);
    }
    // the provider writes seed ISOs (and ignition/combustion files) below its TMPDIR
    for (const f of listFiles(this.tmpDir)) left.push(`the provider left ${f}`);
    for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
      let cmdline = '';
      try { cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8'); } catch { continue; }
      for (const m of this.machines) if (cmdline.startsWith('/usr/bin/qemu-system') && cmdline.includes(`guest=${m.name},`)) left.push(`QEMU of ${m.name} still runs (PID ${pid})`);
    }
    return [...left, ...(this.lab.afterDestroy?.(this) ?? [])];
  }

  /** Destroys what is left when the lab's own destroy step did not run (a failed run). */
  public async destroyIfNeeded(): Promise<void> {
    if (!this.applied || this.destroyed) return;
    this.log(`destroying what ${this.lab.name} created (its destroy step did not run or failed)`);
    await this.terraform.destroy().catch((e) => this.log(`terraform destroy of ${this.lab.name} failed: ${(e as Error).message}`));
    this.destroyed = true;
  }

  /**
   * Removes what destroy keeps by design (a pool directory with `destroy.delete = false`, if empty;
   * the provider's empty seed folder) and the scratch directory, unless it is kept for diagnosis.
   */
  public cleanUp(keepWorkDir: boolean): void {
    for (const dir of this.poolDirs(this.current.json)) {
      if (!this.poolDirsBefore.has(dir) && fs.existsSync(dir) && fs.readdirSync(dir).length === 0) {
        fs.rmdirSync(dir);
        this.log(`removed the empty pool directory ${dir} (kept by destroy.delete = false)`);
      }
    }
    if (keepWorkDir) this.log(`kept ${this.workDir} (plans, state, seeds, serial logs) for diagnosis`);
    else fs.rmSync(this.workDir, { recursive: true, force: true });
  }
}

/** Files (not folders) below `dir`, as paths. */
function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p) : [p];
  });
}

/**
 * The journal entries of every libvirt object a plan names (pools, then volumes and networks, then
 * domains), for the watchdog to remove if the run is killed. Names that are references are looked
 * up in the plan; anything still unresolved is left out.
 */
export function plannedObjects(json: Record<string, any>): string[] {
  const r = json.resource ?? {};
  const resolve = (v: unknown): string | undefined => {
    if (typeof v !== 'string') return undefined;
    const m = /^\$\{(libvirt_pool|libvirt_network)\.([^.}]+)\.name\}$/.exec(v);
    if (!m) return v.includes('${') ? undefined : v;
    const target = r[m[1]]?.[m[2]]?.name;
    return typeof target === 'string' && !target.includes('${') ? target : undefined;
  };
  const out: string[] = [];
  for (const p of Object.values<any>(r.libvirt_pool ?? {})) { const n = resolve(p.name); if (n) out.push(`pool ${n}`); }
  for (const v of Object.values<any>(r.libvirt_volume ?? {})) {
    const pool = resolve(v.pool), name = resolve(v.name);
    if (pool && name) out.push(`volume ${pool} ${name}`);
  }
  for (const n of Object.values<any>(r.libvirt_network ?? {})) { const x = resolve(n.name); if (x) out.push(`network ${x}`); }
  for (const d of Object.values<any>(r.libvirt_domain ?? {})) { const x = resolve(d.name); if (x) out.push(`domain ${x}`); }
  return out;
}

/** A journal entry of {@link plannedObjects} as {@link libvirtInventory} writes it (`volume POOL/NAME`). */
function inventoryEntry(entry: string): string {
  const [kind, ...rest] = entry.split(' ');
  return kind === 'volume' ? `volume ${rest.join('/')}` : entry;
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

/** An address libvirt reports for a domain's interface. */
export interface InterfaceAddress {
  readonly iface: string;
  readonly mac: string;
  readonly family: string;
  /** Address with prefix, e.g. 10.0.0.5/24. */
  readonly address: string;
}

/** `virsh domifaddr --source SOURCE`: the addresses libvirt knows for a domain (none when it cannot tell). */
export async function interfaceAddresses(uri: string, domain: string, source: string): Promise<InterfaceAddress[]> {
  const r = await run('virsh', ['-q', '-c', uri, 'domifaddr', domain, '--source', source, '--full'], { timeoutMs: 30000 });
  if (r.code !== 0) return [];
  return r.stdout.split('\n').map((l) => l.trim().split(/\s+/)).filter((f) => f.length >= 4 && /^[0-9a-f:]{17}$/.test(f[1]))
    .map((f) => ({ iface: f[0], mac: f[1], family: f[2], address: f[3] }));
}

/** Asks each query's DNS server from its site's namespace; the answers in the order of the queries. */
async function resolveAt(queries: { site: LibvirtSandbox; server: string; name: string }[]): Promise<string[][]> {
  const answers: string[][] = new Array(queries.length);
  for (const site of new Set(queries.map((q) => q.site))) {
    const mine = queries.map((q, i) => [q, i] as const).filter(([q]) => q.site === site);
    const got = await site.resolveWith(mine.map(([q]) => ({ server: q.server, name: q.name })));
    mine.forEach(([, i], j) => { answers[i] = got[j]; });
  }
  return answers;
}
