/**
 * The real-libvirt tier (`npm run test:e2e`, as root on a Debian 12 machine with the packages
 * .ci/run installs, terraform on the PATH and the provider mirror in ../shared): every example lab
 * of e2e/labs.ts is synthesized with a throwaway SSH key and the test image, applied with real
 * terraform and the real provider dmacvicar/libvirt 0.9.7 to a libvirtd + QEMU (TCG) that this run
 * starts in a network namespace of its own, checked from the host and from inside the guests,
 * changed as its scenarios say (each plan asserted, applied, checked, planned again), and destroyed
 * with terraform. Labs marked `guest: 'tiny'` boot the kernel + busybox guest and are checked from
 * the host and the serial console only.
 *
 * Labs run side by side, `CDKTF_LIBVIRT_E2E_PARALLEL` at a time (default: one per two cores): each
 * lab's whole life runs as one pipeline started before the tests, and each test waits for its step
 * and reports it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { ensureImageVariant, ensureTestImage, ensureTinyGuest, fileSha256, FileServer, serveFiles, TestImage, TinyGuest } from '../../e2e/image';
import { KvmHosts } from '../../e2e/hosts';
import { ChangeRecord, LabGuest, LabRun, oneSandbox, RunEnvironment } from '../../e2e/lab';
import { ExampleLab, selectedLabs } from '../../e2e/labs';
import { checkPrerequisites, LibvirtSandbox, libvirtdAnswers } from '../../e2e/sandbox';
import { stderrLog } from '../../e2e/run';
import { offlineCliConfig, terraformVersion } from '../../e2e/terraform';
import { DomainType, HostConnection, LabArtifacts, Topology } from '../../lib';

const log = stderrLog('e2e');
const MINUTE = 60 * 1000;
const report: string[] = [];
const labs = selectedLabs();
/**
 * Labs at a time. Guests under TCG keep a core busy while they boot, so two labs on two cores take
 * longer than one after the other (measured: 1,194 s against about 960 s for the four labs): by
 * default one lab per two cores.
 */
const parallel = Math.max(1, Number(process.env.CDKTF_LIBVIRT_E2E_PARALLEL ?? Math.floor(os.cpus().length / 2)));
const runStart = Date.now();
/** Owner, group and mode of /dev/kvm before the sandbox started (it may change them while it runs). */
const kvmDeviceBefore = kvmDeviceState();

function kvmDeviceState(): string {
  if (!fs.existsSync('/dev/kvm')) return 'absent';
  const st = fs.statSync('/dev/kvm');
  return `uid ${st.uid} gid ${st.gid} mode ${(st.mode & 0o7777).toString(8)}`;
}

// -------------------------------------------------------------------------------------------------
// the steps of a lab's life, known when the tests are collected

/** What decides which checks apply to a lab: read from a synthesis with placeholder inputs. */
interface LabShape {
  readonly routers: boolean;
  readonly wires: boolean;
  readonly spans: boolean;
  readonly dhcp: boolean;
}

function shapeOf(lab: ExampleLab): LabShape {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), `cdktf-libvirt-e2e-shape-${lab.name}-`));
  try {
    // a throwaway plan: it neither reads nor writes an address lock
    const stack = lab.build(new App({ outdir, context: { 'cdktf-libvirt:lockFile': false } }), {
      sshPublicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB6Tj3nFz0uLJ5Yw0Wm7d0wqsQ6b8b9fS0sUQdY2Q0sx shape@e2e',
      sshPrivateKeyFile: '/nonexistent/key',
      image: { url: 'http://127.0.0.1/shape.qcow2', sha256: '0'.repeat(64), loginUser: 'debian' },
      nextImage: { url: 'http://127.0.0.1/shape-b.qcow2', sha256: '1'.repeat(64), loginUser: 'debian' },
      domainType: DomainType.QEMU,
    });
    const topology: Topology = LabArtifacts.of(stack).topology();
    return {
      routers: topology.machines.some((m) => m.router),
      wires: topology.networks.some((n) => n.wire !== undefined),
      spans: topology.networks.some((n) => (n.spans ?? []).length > 0),
      dhcp: topology.machines.some((m) => m.nics.some((n) => n.addressing === 'dhcp')),
    };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

const STEP = {
  apply: 'terraform init and apply exit 0, with no "inconsistent result"',
  plan: 'a second terraform plan has no changes',
  topology: 'topology.json agrees with terraform\'s state (machines, MACs, networks, addresses, users)',
  domains: 'libvirt runs every domain planned to run',
  nics: 'every NIC holds its planned address (static: guest agent; DHCP: lease in the range)',
  dhcp: 'the _dhcp_addresses output (terraform output) equals the DHCP NIC\'s lease',
  ssh: 'SSH reaches every machine through the generated ssh_config, exactly as generated',
  ansible: 'ansible -m ping answers from every machine through the generated inventory',
  cloudInit: 'cloud-init finished without errors and applied user, sudo, hostname, FQDN, files and commands',
  names: 'names resolve: hostname, FQDN and lab name in each network\'s DNS, FQDNs inside the guests, every name of the hosts artifact',
  routers: 'routers forward between their networks',
  wires: 'every wire carries frames both ways between its two machines (UDP tunnels, on one host or between two)',
  spans: 'machines on a network that spans hosts reach each other across hosts by planned address (1450-byte frames) and by name',
  tiny: 'every tiny guest booted, read its seed, and took the planned hostname and addresses (serial console)',
  tinyPing: 'every NIC answers the host at its planned address from its planned MAC',
  destroy: 'terraform destroy leaves nothing of the lab (domains, networks, pools, volumes, pool files, seed ISOs, provider files)',
  hostsStop: 'the KVM hosts stop (sshd, libvirtd, virtlogd) and nothing of theirs is left running',
} as const;

/** The steps of a lab, in order, and the check each one runs. */
function stepsOf(lab: ExampleLab, shape: LabShape): { name: string; run: (r: LabRun) => Promise<string[]> | string[]; timeout: number }[] {
  const steps: { name: string; run: (r: LabRun) => Promise<string[]> | string[]; timeout: number }[] = [
    { name: STEP.apply, run: async (r) => { await r.apply(); return []; }, timeout: 30 * MINUTE },
    { name: STEP.topology, run: (r) => r.topologyAgrees(), timeout: MINUTE },
    { name: STEP.domains, run: (r) => r.domainStates(), timeout: 5 * MINUTE },
  ];
  if (lab.guest === 'tiny') {
    steps.push({ name: STEP.tiny, run: (r) => r.tinyGuestsReady(), timeout: 20 * MINUTE });
    steps.push({ name: STEP.tinyPing, run: (r) => r.nicAddressesFromHost(), timeout: 10 * MINUTE });
  } else {
    steps.push({ name: STEP.nics, run: (r) => r.nicAddresses(), timeout: 20 * MINUTE });
    if (shape.dhcp) steps.push({ name: STEP.dhcp, run: (r) => r.dhcpOutputs(), timeout: 5 * MINUTE });
    steps.push({ name: STEP.ssh, run: (r) => r.sshReachable(), timeout: 20 * MINUTE });
    steps.push({ name: STEP.cloudInit, run: (r) => r.cloudInit(), timeout: 20 * MINUTE });
    steps.push({ name: STEP.ansible, run: (r) => r.ansiblePing(), timeout: 10 * MINUTE });
    // over KVM hosts of its own, the networks' DNS and the hosts artifact are not reached from this machine
    steps.push({ name: STEP.names, run: (r) => r.namesResolve(), timeout: 10 * MINUTE });
    if (shape.routers) steps.push({ name: STEP.routers, run: (r) => r.routersForward(), timeout: 10 * MINUTE });
    if (shape.wires) steps.push({ name: STEP.wires, run: (r) => r.wiresCarry(), timeout: 5 * MINUTE });
    if (shape.spans) steps.push({ name: STEP.spans, run: (r) => r.spansCarry(), timeout: 5 * MINUTE });
  }
  // the clean plan comes after the guests have booted: a plan right after apply could miss drift that only shows once they run
  steps.push({ name: STEP.plan, run: (r) => r.planIsClean(), timeout: 10 * MINUTE });
  for (const change of lab.changes ?? []) {
    const record: ChangeRecord = { name: change.name };
    steps.push({
      name: `change "${change.name}": the plan does exactly what is expected`,
      run: async (r) => { r.changes.push(record); return r.planChange(change, record); },
      timeout: 10 * MINUTE,
    });
    steps.push({
      name: `change "${change.name}": apply exits 0 and every check passes afterwards`,
      run: async (r) => {
        await r.applyChange(record);
        const t0 = Date.now();
        const failures = await r.allChecks();
        record.readySeconds = record.applySeconds! + (Date.now() - t0) / 1000;
        return failures;
      },
      timeout: 30 * MINUTE,
    });
    steps.push({ name: `change "${change.name}": the next plan has no changes`, run: (r) => r.planIsClean(), timeout: 10 * MINUTE });
  }
  steps.push({ name: STEP.destroy, run: (r) => r.destroyAndFindLeftovers(), timeout: 15 * MINUTE });
  if (lab.kvmHosts !== undefined) steps.push({ name: STEP.hostsStop, run: (r) => r.stopSites(), timeout: 5 * MINUTE });
  return steps;
}

// -------------------------------------------------------------------------------------------------
// the pipelines

/** A promise that can be settled from outside. */
class Deferred<T> {
  public readonly promise: Promise<T>;
  public resolve!: (v: T) => void;
  constructor() {
    this.promise = new Promise<T>((r) => { this.resolve = r; });
  }
}

/** A counting semaphore: how many labs run at once. */
class Slots {
  private free: number;
  private readonly waiting: (() => void)[] = [];
  constructor(n: number) { this.free = n; }
  public async take(): Promise<void> {
    if (this.free > 0) { this.free--; return; }
    await new Promise<void>((r) => this.waiting.push(r));
  }
  public give(): void {
    const next = this.waiting.shift();
    if (next) next(); else this.free++;
  }
}

/** The outcome of a step: its failures, or why it did not run. */
type Outcome = { failures: string[] } | { error: string };

interface Pipeline {
  readonly lab: ExampleLab;
  readonly steps: ReturnType<typeof stepsOf>;
  readonly outcomes: Map<string, Deferred<Outcome>>;
  /** What failed, for the report at the end of the run (the part of a long log that is read). */
  readonly problems: string[];
  run?: LabRun;
}

const pipelines: Pipeline[] = labs.map((lab) => {
  const steps = stepsOf(lab, shapeOf(lab));
  return { lab, steps, outcomes: new Map(steps.map((s) => [s.name, new Deferred<Outcome>()])), problems: [] };
});

let sandbox: LibvirtSandbox | undefined;
let server: FileServer | undefined;
let runDir: string | undefined;
let finished: Promise<void> | undefined;

/** Runs one lab's steps in order. After a failed apply only destroy runs; every other failure is reported and the next step runs. */
async function runPipeline(p: Pipeline, guest: LabGuest, environment: RunEnvironment): Promise<void> {
  let blocked: string | undefined;
  let failed = false;
  let hosts: KvmHosts | undefined;
  try {
    if (p.lab.kvmHosts !== undefined) {
      hosts = await KvmHosts.start(log, p.lab.kvmHosts, fs.mkdtempSync(path.join(runDir!, `${p.lab.name}-hosts-`)));
      const byName = new Map(hosts.hosts.map((h) => [h.name, h.sandbox]));
      const connections = Object.fromEntries(hosts.hosts.map((h) => [h.name,
        HostConnection.ssh({ host: h.address, user: 'root', keyFile: hosts!.keyFile, knownHostsFile: hosts!.knownHostsFile })]));
      p.run = new LabRun(p.lab, {
        sandboxOf: (name) => {
          const s = byName.get(name);
          if (s === undefined) throw new Error(`${p.lab.name} places a machine on host ${name}, which the run did not start`);
          return s;
        },
        sandboxes: hosts.hosts.map((h) => h.sandbox),
        connections,
        tunnelAddresses: Object.fromEntries(hosts.hosts.map((h) => [h.name, h.tunnelAddress])),
        stop: () => hosts!.stop(),
      }, guest, environment, log);
    } else {
      p.run = new LabRun(p.lab, oneSandbox(sandbox!), guest, environment, log);
    }
  } catch (e) {
    await hosts?.stop().catch((stopError) => log(`stopping the KVM hosts of ${p.lab.name} failed: ${stopError}`));
    blocked = `the lab could not be set up: ${(e as Error).message}`;
    p.problems.push(blocked);
  }
  for (const step of p.steps) {
    const outcome = p.outcomes.get(step.name)!;
    const isDestroy = step.name === STEP.destroy;
    if (blocked !== undefined && !(isDestroy && p.run?.applied)) {
      outcome.resolve({ error: `not run: ${blocked}` });
      continue;
    }
    const t0 = Date.now();
    const logMark = sandbox!.daemonLogMark();
    try {
      const failures = await withTimeout(Promise.resolve().then(() => step.run(p.run!)), step.timeout, step.name);
      if (failures.length > 0) {
        failed = true;
        p.problems.push(`${step.name}: ${failures.slice(0, 3).join('; ')}${failures.length > 3 ? ` (and ${failures.length - 3} more)` : ''}`);
      }
      log(`${p.lab.name}: ${failures.length === 0 ? 'passed' : `FAILED (${failures.length})`} in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${step.name}`);
      outcome.resolve({ failures });
    } catch (e) {
      failed = true;
      log(`${p.lab.name}: FAILED in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${step.name}: ${(e as Error).message.split('\n')[0]}`);
      // what libvirtd logged meanwhile often says more than the provider's message
      const daemonErrors = sandbox!.daemonErrors(logMark, 10);
      const message = `${(e as Error).message}${daemonErrors.length > 0 ? `\nlibvirtd logged meanwhile:\n${daemonErrors.join('\n')}` : ''}`;
      outcome.resolve({ error: message });
      p.problems.push(`${step.name}: ${lastLines(message, 25)}`);
      // without an applied lab (or after a failed change) the checks that follow have nothing to check
      if (step.name === STEP.apply || step.name.includes('the plan does exactly') || step.name.includes('apply exits 0')) blocked = `${step.name} failed`;
    }
  }
  if (p.run) {
    await p.run.destroyIfNeeded();
    // the hosts' own step stops them; after a failure before it, they stop here
    if (hosts) await hosts.stop().catch((e) => log(`stopping the KVM hosts of ${p.lab.name} failed: ${e}`));
    reportLab(p);
    p.run.cleanUp(failed || !p.run.destroyed || process.env.CDKTF_LIBVIRT_E2E_KEEP === '1');
  }
}

/** The first line and the last `n` lines of a message: terraform's error is at the end of its output. */
function lastLines(message: string, n: number): string {
  const lines = message.split('\n');
  return lines.length <= n + 1 ? message : [lines[0], `[${lines.length - n - 1} lines]`, ...lines.slice(-n)].join('\n');
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: gave up after ${Math.round(ms / 1000)} s`)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function reportLab(p: Pipeline): void {
  for (const problem of p.problems) report.push(`${p.lab.name} FAILED: ${problem.split('\n').join('\n      ')}`);
  const r = p.run!;
  const t = r.times;
  const f = (x?: number) => (x === undefined ? '-' : `${x.toFixed(0)} s`);
  const machines = r.machines.length;
  report.push(p.lab.guest === 'tiny'
    ? `${p.lab.name} (tiny guest, ${machines} machines): apply ${f(t.apply)}, all ready ${f(t.tinyReady)} (from the start of apply), plan ${f(t.plan)}, destroy ${f(t.destroy)}`
    : `${p.lab.name} (${machines} machines): apply ${f(t.apply)}, all SSH ${f(t.sshReady)}, cloud-init done ${f(t.cloudInitDone)} (both from the start of apply), plan ${f(t.plan)}, destroy ${f(t.destroy)}`);
  for (const c of r.changes) {
    report.push(`  change "${c.name}": ${c.summary ?? 'not planned'}; plan ${f(c.planSeconds)}, apply ${f(c.applySeconds)}, checked ${f(c.readySeconds)} after the start of apply`);
  }
}

beforeAll(async () => {
  try {
    await startRun();
  } catch (e) {
    // every test then reports why instead of waiting for a step that never comes
    for (const p of pipelines) for (const d of p.outcomes.values()) d.resolve({ error: `the run did not start: ${(e as Error).message}` });
    throw e;
  }
}, 30 * MINUTE);

async function startRun(): Promise<void> {
  checkPrerequisites();
  const tf = await terraformVersion();
  // refuse before spending minutes on the image
  if (await libvirtdAnswers()) throw new Error('a libvirtd already answers on /run/libvirt/libvirt-sock; the e2e tier only runs with a libvirtd of its own');
  runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-libvirt-e2e-run-'));
  const cliConfig = await offlineCliConfig(runDir);
  report.push(`terraform ${tf}, providers from ${cliConfig} (the mirror of real provider binaries); ${parallel} lab(s) at a time`);
  let image: TestImage | undefined;
  let tiny: TinyGuest | undefined;
  if (labs.some((l) => (l.guest ?? 'debian') === 'debian')) {
    image = await ensureTestImage(log);
    report.push(`test image: ${image.origin}${image.origin === 'built' ? ` in ${image.buildSeconds} s` : ''} (${image.path})`);
  }
  if (labs.some((l) => l.guest === 'tiny')) {
    tiny = await ensureTinyGuest(log);
    report.push(`tiny guest: ${tiny.origin}${tiny.origin === 'built' ? ` in ${tiny.buildSeconds} s` : ''} (${tiny.kernel})`);
  }
  // a newer release of the image, for the labs whose changes move to it
  const next = image && labs.some((l) => l.usesNextImage) ? await ensureImageVariant(image, 'b', log) : undefined;
  if (next) report.push(`test image b: ${next.origin}${next.origin === 'built' ? ` in ${next.buildSeconds} s` : ''} (${next.path})`);
  const files: Record<string, string> = {};
  if (image) files['debian-12-test.qcow2'] = image.path;
  if (next) files['debian-12-test-b.qcow2'] = next.path;
  if (tiny) files['tiny-blank.qcow2'] = tiny.blankDisk;
  server = await serveFiles(files);
  const debian = image && {
    image: { url: server.url('debian-12-test.qcow2'), sha256: await fileSha256(image.path) },
    ...(next ? { nextImage: { url: server.url('debian-12-test-b.qcow2'), sha256: await fileSha256(next.path) } } : {}),
  };
  const tinyGuest = tiny && {
    image: { url: server.url('tiny-blank.qcow2'), sha256: await fileSha256(tiny.blankDisk) },
    kernelBoot: { kernel: tiny.kernel, initrd: tiny.initrd, cmdline: tiny.cmdline },
  };
  sandbox = await LibvirtSandbox.start(log);
  sandbox.journal(`scratch ${runDir}`);
  const environment: RunEnvironment = { cliConfig, imageCacheDir: path.join(runDir, 'image-cache') };
  const slots = new Slots(parallel);
  finished = Promise.all(pipelines.map(async (p) => {
    await slots.take();
    try {
      await runPipeline(p, (p.lab.guest === 'tiny' ? tinyGuest : debian)!, environment);
    } finally {
      slots.give();
    }
  })).then(() => undefined);
}

afterAll(async () => {
  // normally all finished and stopped by the last test; this covers a run that failed before
  if (finished) await finished.catch((e) => log(`a lab pipeline failed: ${e}`));
  if (sandbox) await sandbox.stop().catch((e) => log(`stopping the sandbox failed: ${e}`));
  if (server) await server.close();
  if (runDir) fs.rmSync(runDir, { recursive: true, force: true });
  report.push(`total: ${((Date.now() - runStart) / 1000).toFixed(0)} s`);
  log(`report\n${report.map((l) => `  ${l}`).join('\n')}`);
}, 60 * MINUTE);

describe.each(pipelines.map((p) => [p.lab.name, p] as const))('%s on a real libvirt through terraform', (_name, p) => {
  for (const step of p.steps) {
    test(step.name, async () => {
      const outcome = await p.outcomes.get(step.name)!.promise;
      if ('error' in outcome) throw new Error(outcome.error);
      expect(outcome.failures).toEqual([]);
    // the pipeline may be waiting for a slot and for every step before this one
    }, 120 * MINUTE);
  }
});

test('the daemons stop, nothing the tier started is left running, and /dev/kvm is as it was', async () => {
  await finished;
  expect(sandbox).toBeDefined();
  const stopped = await sandbox!.stop();
  expect(stopped.leftovers).toEqual([]);
  expect(fs.existsSync(`/run/netns/${sandbox!.netns}`)).toBe(false);
  expect(kvmDeviceState()).toBe(kvmDeviceBefore);
}, 120 * MINUTE);
