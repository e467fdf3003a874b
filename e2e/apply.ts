/**
 * Applies a synthesized plan to a real libvirt with `virsh`, the way provider dmacvicar/libvirt
 * 0.9.9 does (NOTES §2.5, §2.6), and destroys it again. It is not the provider: it is the closest
 * this machine can get without the provider binary, and it proves that libvirt accepts and boots
 * the planned objects.
 *
 * - `libvirt_pool`: define, build (`create.build`, default true), autostart (default true), start (default true).
 *   Destroy: stop, delete the directory when `destroy.delete` (default true for dir pools), undefine.
 * - `libvirt_volume`: vol-create; with `create.content.url` (a local path) the capacity defaults to the
 *   file's size and the file is uploaded (vol-upload). Destroy: vol-delete.
 * - `libvirt_cloudinit_disk`: a NoCloud ISO (label `cidata`; `user-data`, `meta-data`, `network-config`)
 *   written on this machine; outputs `path`, `id`, `size`. Nothing is uploaded (the seed volume does that).
 * - `libvirt_network`: define, autostart when set, start. Destroy: stop, undefine.
 * - `libvirt_domain`: define; when `running = true`, start and wait for every interface's `wait_for_ip`
 *   (on timeout the domain is destroyed and undefined, and the apply fails); then autostart when set.
 *   Destroy: hard power-off (or `destroy.shutdown` with its timeout), undefine with NVRAM.
 * - `terraform_data`: `output` = `input`; create-time local-exec provisioners run after its
 *   dependencies, `when = "destroy"` ones at destroy, with `self` = the resource.
 * - `random_password`: a random `result` of `length` characters.
 *
 * The libvirt XML comes from the project's renderer (`lib/preflight/render.ts`), with the apply-time
 * values (paths, ids, uuids, passwords) supplied through its `resolve` callback. Every Terraform string
 * the tier needs itself (cloud-init documents, provisioner commands) is evaluated by `e2e/hcl.ts`, which
 * refuses what it does not understand.
 *
 * Overrides for this machine, each logged when it applies:
 * - TCG: every domain gets `type = "qemu"` (the tier never relies on KVM: most of these machines have
 *   no /dev/kvm, and where they have one, KVM nested in a micro-VM does not boot guests), and a `host-passthrough` CPU
 *   (which TCG cannot provide) is dropped, exactly as the constructs do for `DomainType.QEMU`.
 * - Image: with `baseImage`, every volume uploaded from a `terraform_data` (the image download into
 *   the cache) uploads that image instead, and those downloads' provisioners are skipped.
 * - Kernel boot: with `kernelBoot`, every domain boots that kernel and initrd directly (the tiny
 *   guest), with its root disk still attached; the seed cdrom is how the guest learns its config.
 * - Diagnosis: a serial console without a log file also logs to `<workDir>/serial/<domain>.log`.
 */
import { createHash, randomInt, randomUUID } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { renderResource } from '../lib/preflight/render';
import { evaluateDeep, evaluateExpression, evaluateTemplate, ExpressionError, Traversal, Value, walkValue } from './hcl';
import { Plan, PlannedResource, valueConfig } from './plan';
import { Log, run, runOk, sleep } from './run';

/** Options of an {@link Applier}. */
export interface ApplyOptions {
  readonly plan: Plan;
  /** Directory of the synthesized stack: local-exec commands run there, as terraform runs them. */
  readonly stackDir: string;
  /** Scratch directory of this run: XML files, seed ISOs, serial logs. */
  readonly workDir: string;
  readonly log: Log;
  /** The libvirt URI to apply to; every provider block of the plan must name it. */
  readonly uri: string;
  /** Replaces every base image volume uploaded from the image cache (see the module comment). */
  readonly baseImage?: string;
  /** Forces `type = "qemu"` on every domain. */
  readonly tcg: boolean;
  /** Boots every domain from this kernel and initrd (absolute paths) with this command line. */
  readonly kernelBoot?: { readonly kernel: string; readonly initrd: string; readonly cmdline: string };
  /** Told about every libvirt object right after it is created (`domain NAME`, `volume POOL NAME`, ...). */
  readonly journal?: (entry: string) => void;
}

/** What the tier knows about a created resource: its evaluated config and its computed attributes. */
export interface ResourceState {
  readonly address: string;
  readonly type: string;
  attrs: Record<string, Value>;
}

/** How long each resource took to create, for the report. */
export interface Timing {
  readonly address: string;
  readonly seconds: number;
}

/** A collection of failures, one line each. */
export class ApplyError extends Error {
  constructor(what: string, public readonly failures: string[]) {
    super(`${what} failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    this.name = 'ApplyError';
  }
}

function attrsOf(r: ResourceState, key: string): any {
  return (r.attrs as Record<string, any>)[key];
}

/** Applies and destroys one plan. */
export class Applier {
  /** Created resources, by address. */
  public readonly state = new Map<string, ResourceState>();
  public readonly timings: Timing[] = [];
  /** The stack given to the renderer: the plan with the TCG and diagnosis overrides. */
  private readonly renderStack: Record<string, any>;
  /** terraform_data resources that download a base image (skipped under the image override). */
  private readonly imageDownloads = new Set<string>();
  private readonly imageVolumes = new Set<string>();
  private readonly xmlDir: string;
  private readonly isoDir: string;
  public readonly serialDir: string;

  constructor(private readonly options: ApplyOptions) {
    const { plan, workDir } = options;
    this.xmlDir = path.join(workDir, 'xml');
    this.isoDir = path.join(workDir, 'terraform-provider-libvirt-cloudinit');
    this.serialDir = path.join(workDir, 'serial');
    for (const d of [this.xmlDir, this.isoDir, this.serialDir]) fs.mkdirSync(d, { recursive: true });
    this.checkProviders();
    this.renderStack = JSON.parse(JSON.stringify(plan.stack));
    for (const r of plan.resources.values()) {
      if (r.type !== 'libvirt_volume') continue;
      const url = r.config.create?.content?.url;
      if (typeof url !== 'string') continue;
      const downloads = [...url.matchAll(/\bterraform_data\.([A-Za-z0-9_-]+)/g)].map((m) => `terraform_data.${m[1]}`);
      if (downloads.length === 0) continue;
      this.imageVolumes.add(r.address);
      downloads.forEach((d) => this.imageDownloads.add(d));
    }
    if (options.tcg) this.applyTcgOverride();
    if (options.kernelBoot) this.applyKernelBootOverride(options.kernelBoot);
    this.applySerialLogOverride();
  }

  private get log(): Log {
    return this.options.log;
  }

  private checkProviders(): void {
    const blocks: any[] = this.options.plan.stack.provider?.libvirt ?? [];
    for (const b of blocks) {
      const uri = b.uri ?? 'qemu:///system';
      if (uri !== this.options.uri) {
        throw new Error(`provider libvirt${b.alias ? ` (alias ${b.alias})` : ''} connects to ${uri}; the e2e tier applies only to the local ${this.options.uri}`);
      }
    }
  }

  private applyTcgOverride(): void {
    for (const [name, d] of Object.entries<any>(this.renderStack.resource?.libvirt_domain ?? {})) {
      const notes: string[] = [];
      if (d.type !== 'qemu') { notes.push(`type ${JSON.stringify(d.type)} -> "qemu"`); d.type = 'qemu'; }
      if (d.cpu?.mode === 'host-passthrough') { notes.push('host-passthrough CPU dropped'); delete d.cpu; }
      if (notes.length > 0) this.log(`override (TCG, no KVM): libvirt_domain.${name}: ${notes.join(', ')}`);
    }
  }

  private applyKernelBootOverride(boot: { kernel: string; initrd: string; cmdline: string }): void {
    for (const [name, d] of Object.entries<any>(this.renderStack.resource?.libvirt_domain ?? {})) {
      const conflicts = ['kernel', 'initrd', 'cmdline'].filter((k) => d.os?.[k] !== undefined);
      if (conflicts.length > 0) throw new Error(`libvirt_domain.${name} sets os.${conflicts.join(', os.')} itself; the kernel-boot override (tiny guest) would replace it`);
      d.os = { ...(d.os ?? {}), kernel: boot.kernel, initrd: boot.initrd, cmdline: boot.cmdline };
      if (!d.devices?.serials?.length) throw new Error(`libvirt_domain.${name} has no serial console; the tiny guest reports through it`);
      this.log(`override (tiny guest): libvirt_domain.${name} boots ${path.basename(boot.kernel)} + ${path.basename(boot.initrd)} directly`);
    }
  }

  private applySerialLogOverride(): void {
    for (const [name, d] of Object.entries<any>(this.renderStack.resource?.libvirt_domain ?? {})) {
      const serial = d.devices?.serials?.[0];
      if (serial && serial.log === undefined && serial.source === undefined) {
        serial.log = { file: path.join(this.serialDir, `${name}.log`), append: 'off' };
      }
    }
  }

  /** The serial console log of a domain (by resource name), when it has one from the override. */
  public serialLog(resourceName: string): string | undefined {
    const file = this.renderStack.resource?.libvirt_domain?.[resourceName]?.devices?.serials?.[0]?.log?.file;
    return typeof file === 'string' && fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  }

  // -------------------------------------------------------------------------------------------
  // evaluation

  /** Looks up a reference in the state (and locals); `self` is the resource being provisioned. */
  public lookup(t: Traversal, self?: ResourceState): Value {
    if (t.root === 'self') {
      if (!self) throw new ExpressionError(`${t.text}: self is only known inside a provisioner`);
      return walkValue(self.attrs, t.steps, t.text);
    }
    if (t.root === 'local') {
      const name = String(t.steps[0]);
      if (!(name in this.options.plan.locals)) throw new ExpressionError(`${t.text}: no such local`);
      const v = evaluateDeep(this.options.plan.locals[name], (x) => this.lookup(x, self), `local.${name}`);
      return walkValue(v, t.steps.slice(1), t.text);
    }
    if (['var', 'data', 'path', 'terraform', 'count', 'each', 'module'].includes(t.root)) {
      throw new ExpressionError(`${t.text}: ${t.root}.* references are not evaluated by the e2e tier`);
    }
    const address = `${t.root}.${t.steps[0]}`;
    const r = this.state.get(address);
    if (!r) throw new ExpressionError(`${t.text}: ${address} is not created (yet)`);
    return walkValue(r.attrs, t.steps.slice(1), t.text);
  }

  private evalDeep(value: unknown, where: string, self?: ResourceState): Value {
    return evaluateDeep(value, (t) => this.lookup(t, self), where);
  }

  private evalString(value: unknown, where: string, self?: ResourceState): string {
    const v = this.evalDeep(value, where, self);
    if (typeof v !== 'string') throw new ExpressionError(`${where}: expected a string, got ${JSON.stringify(v)}`);
    return v;
  }

  /**
   * The libvirt XML of a resource, with every reference resolved; throws if any is not. `capacity`
   * answers the renderer's question for the size of a volume created from content.
   */
  public render(address: string, capacity?: number): string {
    const problems: string[] = [];
    const rendered = renderResource(this.renderStack, address, {
      resolve: (expression: string) => {
        if (expression === `${address}.capacity` && capacity !== undefined) return capacity;
        try {
          const v = expression.includes('${')
            ? evaluateTemplate(expression, (t) => this.lookup(t), `${address} (${expression})`)
            : evaluateExpression(expression, (t) => this.lookup(t), `${address} (${expression})`);
          if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
          problems.push(`${expression}: evaluates to ${JSON.stringify(v)}, not a scalar`);
        } catch (e) {
          problems.push((e as Error).message);
        }
        return undefined;
      },
    });
    if (rendered.unresolved.length > 0) {
      throw new Error(`${address}: the renderer left ${rendered.unresolved.map((u) => `${u.attribute} = ${u.expression}`).join(', ')} unresolved` +
        (problems.length > 0 ? `: ${problems.join('; ')}` : ''));
    }
    if (rendered.xml.includes('${')) throw new Error(`${address}: the rendered XML still contains "\${":\n${rendered.xml}`);
    return rendered.xml;
  }

  private writeXml(address: string, xml: string): string {
    const file = path.join(this.xmlDir, `${address}.xml`);
    fs.writeFileSync(file, xml);
    return file;
  }

  private virsh(args: string[], timeoutMs = 120000): Promise<string> {
    return runOk('virsh', ['-q', '-c', this.options.uri, ...args], { timeoutMs });
  }

  // -------------------------------------------------------------------------------------------
  // apply

  /** Names of the plan's libvirt objects that exist already (a previous run that was cut short). */
  public async existingObjects(): Promise<string[]> {
    const list = async (args: string[]) => (await this.virsh(args)).split('\n').map((l) => l.trim()).filter(Boolean);
    const domains = new Set(await list(['list', '--all', '--name']));
    const networks = new Set(await list(['net-list', '--all', '--name']));
    const pools = new Set(await list(['pool-list', '--all', '--name']));
    const found: string[] = [];
    for (const r of this.options.plan.resources.values()) {
      const name = r.config.name;
      if (typeof name !== 'string') continue;
      if (r.type === 'libvirt_domain' && domains.has(name)) found.push(`domain ${name}`);
      if (r.type === 'libvirt_network' && networks.has(name)) found.push(`network ${name}`);
      if (r.type === 'libvirt_pool' && pools.has(name)) found.push(`pool ${name}`);
    }
    return found;
  }

  /**
   * Creates every resource after its dependencies, independent ones concurrently (as terraform
   * does). On failure the resources created so far stay in `state`, for {@link destroy}.
   */
  public async apply(): Promise<void> {
    const existing = await this.existingObjects();
    if (existing.length > 0) {
      throw new Error(`these objects of the plan exist already in libvirt (left by an earlier run?): ${existing.join(', ')}; remove them with virsh first`);
    }
    const { resources } = this.options.plan;
    const started = new Map<string, Promise<void>>();
    const create = (address: string): Promise<void> => {
      let p = started.get(address);
      if (!p) {
        const r = resources.get(address)!;
        p = Promise.all(r.dependsOn.map(create)).then(async () => {
          const t0 = Date.now();
          this.log(`creating ${address}`);
          await this.create(r);
          const seconds = (Date.now() - t0) / 1000;
          this.timings.push({ address, seconds });
          this.log(`created ${address} (${seconds.toFixed(1)} s)`);
        });
        started.set(address, p);
      }
      return p;
    };
    const results = await Promise.allSettled([...resources.keys()].map(create));
    const failures = [...resources.keys()].flatMap((a, i) => {
      const r = results[i];
      if (r.status === 'fulfilled') return [];
      // report a failure once, at the resource where it happened
      const deps = resources.get(a)!.dependsOn;
      const own = deps.every((d) => this.state.has(d));
      return own ? [`${a}: ${(r.reason as Error).message ?? r.reason}`] : [];
    });
    if (failures.length > 0) throw new ApplyError('apply', failures);
  }

  private async create(r: PlannedResource): Promise<void> {
    switch (r.type) {
      case 'libvirt_pool': return this.createPool(r);
      case 'libvirt_volume': return this.createVolume(r);
      case 'libvirt_cloudinit_disk': return this.createCloudinitDisk(r);
      case 'libvirt_network': return this.createNetwork(r);
      case 'libvirt_domain': return this.createDomain(r);
      case 'terraform_data': return this.createTerraformData(r);
      case 'random_password': return this.createRandomPassword(r);
      default: throw new Error(`${r.address}: the e2e tier does not apply ${r.type}`);
    }
  }

  private baseState(r: PlannedResource): ResourceState {
    const attrs = this.evalDeep(valueConfig(r.config), r.address) as Record<string, Value>;
    return { address: r.address, type: r.type, attrs };
  }

  private async createPool(r: PlannedResource): Promise<void> {
    const s = this.baseState(r);
    const name = String(s.attrs.name);
    const create = (attrsOf(s, 'create') ?? {}) as Record<string, unknown>;
    await this.virsh(['pool-define', this.writeXml(r.address, this.render(r.address))]);
    this.options.journal?.(`pool ${name}`);
    s.attrs.uuid = (await this.virsh(['pool-uuid', name])).trim();
    s.attrs.id = s.attrs.uuid;
    this.state.set(r.address, s);
    const dir = attrsOf(s, 'target')?.path;
    const newDir = typeof dir === 'string' && !fs.existsSync(dir);
    if (create.build !== false && !(s.attrs.type === 'logical' && !(attrsOf(s, 'source')?.device?.length))) await this.virsh(['pool-build', name]);
    if (newDir && fs.existsSync(dir)) this.options.journal?.(`pooldir ${dir}`);
    if (create.autostart !== false) await this.virsh(['pool-autostart', name]);
    if (create.start !== false) {
      await this.virsh(['pool-start', name]);
      await this.virsh(['pool-refresh', name]);
    }
  }

  private async createVolume(r: PlannedResource): Promise<void> {
    const s = this.baseState(r);
    const name = String(s.attrs.name);
    const pool = String(s.attrs.pool);
    let source: string | undefined;
    const url = attrsOf(s, 'create')?.content?.url as string | undefined;
    if (url !== undefined) {
      if (this.imageVolumes.has(r.address) && this.options.baseImage) {
        const format = attrsOf(s, 'target')?.format?.type;
        if (format !== 'qcow2') throw new Error(`${r.address}: the image override uploads a qcow2 test image, but the volume's format is ${format}`);
        source = this.options.baseImage;
        this.log(`override (test image): ${r.address} uploads ${source} instead of ${url}`);
      } else if (/^file:\/\//.test(url) || url.startsWith('/')) {
        source = url.replace(/^file:\/\//, '');
      } else {
        throw new Error(`${r.address}: create.content.url ${url} is not a local file; the e2e tier sends no traffic off this machine`);
      }
      if (!fs.existsSync(source)) throw new Error(`${r.address}: the file to upload, ${source}, does not exist`);
    }
    // the provider takes the capacity from the content's size when none is given
    const xml = this.render(r.address, source === undefined ? undefined : fs.statSync(source).size);
    await this.virsh(['vol-create', pool, this.writeXml(r.address, xml)]);
    this.options.journal?.(`volume ${pool} ${name}`);
    s.attrs.path = (await this.virsh(['vol-path', '--pool', pool, name])).trim();
    s.attrs.key = (await this.virsh(['vol-key', '--pool', pool, name])).trim();
    s.attrs.id = s.attrs.key;
    this.state.set(r.address, s);
    if (source !== undefined) await this.virsh(['vol-upload', '--pool', pool, name, source], 600000);
  }

  private async createCloudinitDisk(r: PlannedResource): Promise<void> {
    const s = this.baseState(r);
    const files: [string, unknown][] = [['user-data', s.attrs.user_data], ['meta-data', s.attrs.meta_data]];
    if (s.attrs.network_config !== undefined && s.attrs.network_config !== null) files.push(['network-config', s.attrs.network_config]);
    const hash = createHash('sha256');
    for (const [file, content] of files) {
      if (typeof content !== 'string') throw new Error(`${r.address}: ${file} is not a string`);
      hash.update(content);
    }
    const id = hash.digest('hex').slice(0, 16);
    const dir = fs.mkdtempSync(path.join(this.isoDir, 'content-'));
    for (const [file, content] of files) fs.writeFileSync(path.join(dir, file), content as string);
    const iso = path.join(this.isoDir, `cloudinit-${id}.iso`);
    await runOk('genisoimage', ['-quiet', '-output', iso, '-volid', 'cidata', '-joliet', '-rock', ...files.map(([f]) => path.join(dir, f))]);
    fs.rmSync(dir, { recursive: true, force: true });
    s.attrs.path = iso;
    s.attrs.id = id;
    s.attrs.size = fs.statSync(iso).size;
    this.state.set(r.address, s);
  }

  private async createNetwork(r: PlannedResource): Promise<void> {
    const s = this.baseState(r);
    const name = String(s.attrs.name);
    await this.virsh(['net-define', this.writeXml(r.address, this.render(r.address))]);
    this.options.journal?.(`network ${name}`);
    s.attrs.uuid = (await this.virsh(['net-uuid', name])).trim();
    s.attrs.id = s.attrs.uuid;
    this.state.set(r.address, s);
    if (s.attrs.autostart === true) await this.virsh(['net-autostart', name]);
    await this.virsh(['net-start', name]);
    const info = await this.virsh(['net-info', name]);
    const bridge = /^Bridge:\s*(\S+)/m.exec(info)?.[1];
    if (bridge) s.attrs.bridge = { ...((s.attrs.bridge as Record<string, Value>) ?? {}), name: bridge };
  }

  private async createDomain(r: PlannedResource): Promise<void> {
    const s = this.baseState(r);
    const name = String(s.attrs.name);
    await this.virsh(['define', this.writeXml(r.address, this.render(r.address))]);
    this.options.journal?.(`domain ${name}`);
    s.attrs.uuid = (await this.virsh(['domuuid', name])).trim();
    this.state.set(r.address, s);
    try {
      if (s.attrs.running === true) {
        const create = (attrsOf(s, 'create') ?? {}) as Record<string, unknown>;
        const flags = Object.entries({ paused: '--paused', autodestroy: '--autodestroy', bypass_cache: '--bypass-cache', force_boot: '--force-boot', reset_nvram: '--reset-nvram' })
          .filter(([k]) => create[k] === true).map(([, f]) => f);
        await this.virsh(['start', name, ...flags]);
        const interfaces = (attrsOf(s, 'devices')?.interfaces ?? []) as any[];
        for (const [i, nic] of interfaces.entries()) {
          if (!nic.wait_for_ip) continue;
          await this.waitForIp(r.address, name, nic.mac?.address, nic.wait_for_ip.source ?? 'any', (nic.wait_for_ip.timeout ?? 300) * 1000, i);
        }
      }
      if (s.attrs.autostart === true) await this.virsh(['autostart', name]);
      const id = (await this.virsh(['domid', name])).trim();
      s.attrs.id = /^\d+$/.test(id) ? Number(id) : null;
    } catch (e) {
      // the provider undefines a domain whose create failed
      await this.virsh(['destroy', name]).catch(() => undefined);
      await this.virsh(['undefine', name, '--nvram']).catch(() => undefined);
      this.state.delete(r.address);
      throw e;
    }
  }

  /** The provider's wait: poll every 5 s for any address on the interface with `mac` (any interface without one). */
  private async waitForIp(address: string, domain: string, mac: string | undefined, source: string, timeoutMs: number, index: number): Promise<void> {
    const sources = source === 'any' ? ['lease', 'agent'] : [source];
    const deadline = Date.now() + timeoutMs;
    this.log(`${address}: waiting up to ${timeoutMs / 1000} s for an address on interface ${index} (${mac ?? 'any MAC'}, source ${source})`);
    for (;;) {
      for (const src of sources) {
        const addrs = await interfaceAddresses(this.options.uri, domain, src);
        if (addrs.some((a) => mac === undefined || a.mac === mac)) return;
      }
      if (Date.now() >= deadline) throw new Error(`${address}: no address on interface ${index} (${mac}) from source ${source} within ${timeoutMs / 1000} s`);
      await sleep(5000);
    }
  }

  private async createTerraformData(r: PlannedResource): Promise<void> {
    const s = this.baseState(r);
    s.attrs.id = randomUUID();
    s.attrs.output = s.attrs.input ?? null;
    this.state.set(r.address, s);
    await this.provision(r, s, 'create');
  }

  private async createRandomPassword(r: PlannedResource): Promise<void> {
    const s = this.baseState(r);
    const c = s.attrs as Record<string, any>;
    const length = Number(c.length);
    if (!Number.isInteger(length) || length < 1) throw new Error(`${r.address}: length must be a positive whole number`);
    const classes: string[] = [];
    if (c.upper !== false) classes.push('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    if (c.lower !== false) classes.push('abcdefghijklmnopqrstuvwxyz');
    if (c.numeric !== false && c.number !== false) classes.push('0123456789');
    if (c.special !== false) classes.push(typeof c.override_special === 'string' ? c.override_special : '!@#$%&*()-_=+[]{}<>:?');
    const alphabet = classes.join('');
    if (!alphabet) throw new Error(`${r.address}: no characters allowed`);
    s.attrs.result = Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');
    s.attrs.id = 'none';
    this.state.set(r.address, s);
  }

  /** Runs the local-exec provisioners of a resource for `when` (create or destroy), in order. */
  private async provision(r: PlannedResource, s: ResourceState, when: 'create' | 'destroy'): Promise<void> {
    const provisioners: any[] = r.config.provisioner ?? [];
    for (const [i, p] of provisioners.entries()) {
      const kinds = Object.keys(p);
      if (kinds.length !== 1 || kinds[0] !== 'local-exec') throw new Error(`${r.address}.provisioner[${i}]: only local-exec provisioners are run by the e2e tier (got ${kinds.join(', ')})`);
      const le = p['local-exec'];
      if ((le.when ?? 'create') !== when) continue;
      const where = `${r.address}.provisioner[${i}]`;
      if (this.imageDownloads.has(r.address) && this.options.baseImage) {
        this.log(`override (test image): skipping ${where} (${when}), the image download: its volumes upload ${this.options.baseImage}`);
        continue;
      }
      const command = this.evalString(le.command, `${where}.command`, s);
      const interpreter = le.interpreter === undefined ? ['/bin/sh', '-c'] : (this.evalDeep(le.interpreter, `${where}.interpreter`, s) as string[]);
      const environment = this.evalDeep(le.environment ?? {}, `${where}.environment`, s) as Record<string, Value>;
      const cwd = le.working_dir !== undefined ? this.evalString(le.working_dir, `${where}.working_dir`, s) : this.options.stackDir;
      const env = { ...process.env, ...Object.fromEntries(Object.entries(environment).map(([k, v]) => [k, v === null ? '' : String(v)])) };
      this.log(`${where} (${when}): ${interpreter.join(' ')} ${command.split('\n')[0].slice(0, 160)}${command.includes('\n') ? ' ...' : ''}`);
      const result = await run(interpreter[0], [...interpreter.slice(1), command], { env, cwd, timeoutMs: 600000 });
      const output = (result.stdout + result.stderr).trim();
      if (output) this.log(`${where} output:\n${output.slice(-4000)}`);
      if (result.code !== 0) {
        const message = `${where} (${when}) exited ${result.code ?? result.signal}: ${output.slice(-1000)}`;
        if (le.on_failure === 'continue') this.log(`${message} (on_failure = continue)`);
        else throw new Error(message);
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // destroy

  /**
   * Destroys every created resource after everything that depends on it, running destroy-time
   * provisioners. Goes on after failures and reports them all at the end.
   */
  public async destroy(): Promise<void> {
    const { resources } = this.options.plan;
    const dependents = new Map<string, string[]>();
    for (const r of resources.values()) for (const d of r.dependsOn) dependents.set(d, [...(dependents.get(d) ?? []), r.address]);
    const started = new Map<string, Promise<void>>();
    const failures: string[] = [];
    const destroy = (address: string): Promise<void> => {
      let p = started.get(address);
      if (!p) {
        p = Promise.allSettled((dependents.get(address) ?? []).map(destroy)).then(async () => {
          const s = this.state.get(address);
          if (!s) return;
          this.log(`destroying ${address}`);
          try {
            await this.destroyOne(resources.get(address)!, s);
            this.state.delete(address);
            this.log(`destroyed ${address}`);
          } catch (e) {
            failures.push(`${address}: ${(e as Error).message}`);
          }
        });
        started.set(address, p);
      }
      return p;
    };
    await Promise.allSettled([...resources.keys()].map(destroy));
    if (failures.length > 0) throw new ApplyError('destroy', failures);
  }

  private async destroyOne(r: PlannedResource, s: ResourceState): Promise<void> {
    const name = String(s.attrs.name);
    switch (r.type) {
      case 'libvirt_domain': {
        const state = (await this.virsh(['domstate', name])).trim();
        if (state !== 'shut off') {
          const shutdown = attrsOf(s, 'destroy')?.shutdown;
          if (shutdown) {
            await this.virsh(['shutdown', name]);
            const deadline = Date.now() + (shutdown.timeout ?? 300) * 1000;
            while ((await this.virsh(['domstate', name])).trim() !== 'shut off') {
              if (Date.now() > deadline) throw new Error(`${name} did not shut down within ${shutdown.timeout ?? 300} s`);
              await sleep(1000);
            }
          } else {
            await this.virsh(['destroy', name]);
          }
        }
        await this.virsh(['undefine', name, '--nvram', '--tpm']);
        return;
      }
      case 'libvirt_volume':
        await this.virsh(['vol-delete', '--pool', String(s.attrs.pool), name]);
        return;
      case 'libvirt_cloudinit_disk':
        fs.rmSync(String(s.attrs.path), { force: true });
        return;
      case 'libvirt_network': {
        const active = /^Active:\s*yes/m.test(await this.virsh(['net-info', name]));
        if (active) await this.virsh(['net-destroy', name]);
        await this.virsh(['net-undefine', name]);
        return;
      }
      case 'libvirt_pool': {
        const active = /^State:\s*running/m.test(await this.virsh(['pool-info', name]));
        if (active) await this.virsh(['pool-destroy', name]);
        const del = attrsOf(s, 'destroy')?.delete ?? (s.attrs.type === 'dir' || s.attrs.type === 'logical');
        if (del) await this.virsh(['pool-delete', name]);
        await this.virsh(['pool-undefine', name]);
        return;
      }
      case 'terraform_data':
        await this.provision(r, s, 'destroy');
        return;
      case 'random_password':
        return;
      default:
        throw new Error(`${r.address}: the e2e tier does not destroy ${r.type}`);
    }
  }
}

/** An address libvirt reports for a domain's interface. */
export interface InterfaceAddress {
  readonly iface: string;
  readonly mac: string;
  readonly family: string;
  /** address/prefix */
  readonly address: string;
}

/** `virsh domifaddr --source SOURCE --full`, parsed; an empty list when the source has no answer yet. */
export async function interfaceAddresses(uri: string, domain: string, source: string): Promise<InterfaceAddress[]> {
  const r = await run('virsh', ['-q', '-c', uri, 'domifaddr', domain, '--source', source, '--full'], { timeoutMs: 30000 });
  if (r.code !== 0) return [];
  return r.stdout.split('\n').map((l) => l.trim().split(/\s+/)).filter((f) => f.length >= 4 && /^[0-9a-f:]{17}$/.test(f[1]))
    .map((f) => ({ iface: f[0], mac: f[1], family: f[2], address: f[3] }));
}
