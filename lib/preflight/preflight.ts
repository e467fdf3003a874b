import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { create } from 'xmlbuilder2';
import * as YAML from 'yaml';
import { checkSchemaConformance } from '../schema-check';
import { mentionsPlaceholder, PlaceholderKind, TemplateResolver } from './private/template';
import { CLOUD_INIT, mapLimit, missingCommands, NETPLAN, runTool, Tool, ToolResult, VIRSH, VIRT_XML_VALIDATE } from './private/tools';
import { renderableAddresses, RenderedObject, renderResource, RenderOptions } from './render';

/** The checks of the preflight. */
export enum PreflightCheck {
  /** The stack against the pinned provider schema (`checkSchemaConformance`). */
  SCHEMA = 'schema',
  /** Rendering the libvirt XML from the stack. */
  RENDER = 'render',
  /** The rendered XML against libvirt's RELAX NG schemas (`virt-xml-validate`). */
  XML = 'xml',
  /** Every object defined on libvirt's built-in test driver (`virsh -c test:///default`). */
  DEFINE = 'define',
  /** Each cloud-init disk's user-data (`cloud-init schema -c`). */
  CLOUD_INIT = 'cloud-init',
  /** Each cloud-init disk's network-config (`netplan generate`). */
  NETWORK_CONFIG = 'network-config',
}

/** One finding of the preflight about one resource. */
export interface PreflightFinding {
  readonly check: PreflightCheck;
  /** Terraform address, e.g. `libvirt_domain.web_2E2FEE8F` (or `provider.libvirt[0]`). */
  readonly address: string;
  /** One line: what is wrong, with the tool's reason. */
  readonly message: string;
}

/** A check that did not run because its tool is missing. */
export interface SkippedCheck {
  readonly check: PreflightCheck;
  /** The missing command(s). */
  readonly tool: string;
  /** The Debian packages that provide it. */
  readonly debianPackages: string[];
  readonly message: string;
}

/** What the preflight found. */
export interface PreflightReport {
  /** The cdk.tf.json that was checked. */
  readonly stackFile: string;
  /** True when no check failed. */
  readonly ok: boolean;
  /** Each problem, one line each: the stack would fail at apply, or the guest would reject its config. */
  readonly problems: PreflightFinding[];
  /** What is worth knowing but not a failure: placeholders for values known only at apply, documents not checked. */
  readonly notes: PreflightFinding[];
  /** Checks that did not run, once per missing tool. */
  readonly skipped: SkippedCheck[];
  /** How many objects or documents each check looked at. */
  readonly checked: { readonly check: PreflightCheck; readonly count: number }[];
  /** The rendered libvirt objects. */
  readonly objects: RenderedObject[];
}

/** Options of {@link runPreflight}. */
export interface PreflightOptions {
  /**
   * The environment of the tools; its PATH decides which are found.
   * @default process.env, with /usr/local/sbin, /usr/sbin and /sbin added to PATH (netplan lives in /usr/sbin)
   */
  readonly env?: NodeJS.ProcessEnv;
  /** Supplies values known only at apply (see {@link RenderOptions.resolve}); they then replace placeholders. */
  readonly resolve?: RenderOptions['resolve'];
  /**
   * How long one tool run may take before it counts as failed.
   * @default 120
   */
  readonly toolTimeoutSeconds?: number;
  /**
   * How many tool runs go on at once.
   * @default the number of CPUs, at least 2
   */
  readonly concurrency?: number;
}

const RNG_SCHEMA: Readonly<Record<RenderedObject['kind'], string>> = {
  domain: 'domain',
  network: 'network',
  pool: 'storagepool',
  volume: 'storagevol',
};

/** The test driver always has this pool; volumes whose pool is not in the stack are created in it. */
const TEST_DRIVER_POOL = 'default-pool';

/**
 * Finds the cdk.tf.json of a synthesized stack: the file itself, a stack directory
 * (`cdktf.out/stacks/<stack>`), or an output directory holding exactly one stack.
 */
export function resolveStackFile(stackDirOrFile: string): string {
  if (!fs.existsSync(stackDirOrFile)) {
    throw new Error(`${stackDirOrFile} does not exist: pass a synthesized stack directory (cdktf.out/stacks/<stack>) or its cdk.tf.json`);
  }
  if (fs.statSync(stackDirOrFile).isFile()) return stackDirOrFile;
  const direct = path.join(stackDirOrFile, 'cdk.tf.json');
  if (fs.existsSync(direct)) return direct;
  const stacksDir = path.join(stackDirOrFile, 'stacks');
  const stacks = fs.existsSync(stacksDir)
    ? fs.readdirSync(stacksDir).filter((s) => fs.existsSync(path.join(stacksDir, s, 'cdk.tf.json'))).sort()
    : [];
  if (stacks.length === 1) return path.join(stacksDir, stacks[0], 'cdk.tf.json');
  if (stacks.length > 1) {
    throw new Error(`${stackDirOrFile} holds ${stacks.length} stacks (${stacks.join(', ')}): name one, e.g. ${path.join(stacksDir, stacks[0])}`);
  }
  throw new Error(`no cdk.tf.json in ${stackDirOrFile}: synthesize the stack first (npm run synth, cdktf synth), then pass cdktf.out/stacks/<stack>`);
}

/**
 * Checks a synthesized stack before it touches a host: schema conformance; the libvirt XML of every
 * domain, network, pool and volume against libvirt's own schemas (`virt-xml-validate`) and defined on
 * libvirt's test driver (`virsh -c test:///default`, one virsh process per provider configuration);
 * each cloud-init disk's user-data (`cloud-init schema -c`) and network-config (`netplan generate`).
 * A missing tool skips only its check. Values unknown at synth get placeholders, reported as notes.
 */
export async function runPreflight(stackDirOrFile: string, options: PreflightOptions = {}): Promise<PreflightReport> {
  const stackFile = resolveStackFile(stackDirOrFile);
  let stack: Record<string, unknown>;
  try {
    stack = JSON.parse(fs.readFileSync(stackFile, 'utf8'));
  } catch (err) {
    throw new Error(`${stackFile} is not valid JSON (${err instanceof Error ? err.message : String(err)}): synthesize the stack again`);
  }
  if (typeof stack !== 'object' || stack === null || Array.isArray(stack)) {
    throw new Error(`${stackFile} is not a synthesized stack: expected a JSON object with "resource", "provider", ...`);
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-libvirt-preflight-'));
  try {
    return await new Preflight(stackFile, stack, options, work).run();
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** A finding before it is sorted into problems and notes. */
interface Finding extends PreflightFinding {
  readonly problem: boolean;
}

/** What one check found and how many objects or documents it looked at (undefined: it did not run). */
interface CheckResult {
  readonly findings: Finding[];
  readonly count?: number;
}

class Preflight {
  private readonly problems: PreflightFinding[] = [];
  private readonly notes: PreflightFinding[] = [];
  private readonly skipped: SkippedCheck[] = [];
  private readonly checked: { check: PreflightCheck; count: number }[] = [];
  private readonly objects: RenderedObject[] = [];
  private readonly env: NodeJS.ProcessEnv;
  private readonly timeoutSeconds: number;
  private readonly concurrency: number;
  private readonly resolver: TemplateResolver;

  constructor(
    private readonly stackFile: string,
    private readonly stack: Record<string, unknown>,
    private readonly options: PreflightOptions,
    private readonly work: string,
  ) {
    this.env = options.env ?? withSbin(process.env);
    this.timeoutSeconds = options.toolTimeoutSeconds ?? 120;
    this.concurrency = Math.max(1, options.concurrency ?? Math.max(2, os.cpus().length));
    this.resolver = new TemplateResolver(stack, options.resolve);
  }

  async run(): Promise<PreflightReport> {
    this.add(PreflightCheck.SCHEMA, this.checkSchema());
    this.add(PreflightCheck.RENDER, this.render());
    // The tool checks are independent and run side by side; their findings are added in a fixed order.
    const checks: [PreflightCheck, Promise<CheckResult>][] = [
      [PreflightCheck.XML, this.checkXml()],
      [PreflightCheck.DEFINE, this.checkDefine()],
      [PreflightCheck.CLOUD_INIT, this.checkUserData()],
      [PreflightCheck.NETWORK_CONFIG, this.checkNetworkConfig()],
    ];
    for (const [check, result] of checks) this.add(check, await result);
    return {
      stackFile: this.stackFile,
      ok: this.problems.length === 0,
      problems: this.problems,
      notes: this.notes,
      skipped: this.skipped,
      checked: this.checked,
      objects: this.objects,
    };
  }

  private add(check: PreflightCheck, result: CheckResult): void {
    for (const { problem, ...finding } of result.findings) (problem ? this.problems : this.notes).push(finding);
    if (result.count !== undefined) this.checked.push({ check, count: result.count });
  }

  private tool(command: string, args: readonly string[], cwd?: string): Promise<ToolResult> {
    return runTool(command, args, { cwd, env: this.env, timeoutSeconds: this.timeoutSeconds });
  }

  /** True when the tool is there; otherwise records the skipped check (once per check). */
  private available(check: PreflightCheck, tool: Tool, what: string): boolean {
    const missing = missingCommands(tool, this.env);
    if (missing.length === 0) return true;
    const packages = [...tool.debianPackages];
    this.skipped.push({
      check,
      tool: missing.join(', '),
      debianPackages: packages,
      message: `${missing.join(' and ')} not found on PATH: ${what} not checked; install the Debian package${packages.length > 1 ? 's' : ''} ${packages.join(' and ')}`,
    });
    return false;
  }

  private checkSchema(): CheckResult {
    const findings = checkSchemaConformance(this.stack).map((p) => {
      const address = p.address.replace(/^resource\./, '');
      return problem(PreflightCheck.SCHEMA, address, p.message.slice(p.address.length).replace(/^:? /, ''));
    });
    return { findings, count: countResources(this.stack) };
  }

  private render(): CheckResult {
    const findings: Finding[] = [];
    for (const address of renderableAddresses(this.stack)) {
      try {
        const object = renderResource(this.stack, address, { resolve: this.options.resolve });
        this.objects.push(object);
        for (const u of object.unresolved) {
          findings.push(note(PreflightCheck.RENDER, address, `${u.attribute} = \${${u.expression}} is known only at apply; a placeholder stands in for it`));
        }
      } catch (err) {
        findings.push(problem(PreflightCheck.RENDER, address, `cannot render its libvirt XML: ${err instanceof Error ? err.message : String(err)}`));
      }
    }
    return { findings, count: this.objects.length };
  }

  private async checkXml(): Promise<CheckResult> {
    if (this.objects.length === 0 || !this.available(PreflightCheck.XML, VIRT_XML_VALIDATE, "libvirt XML against libvirt's schemas")) return { findings: [] };
    const dir = path.join(this.work, 'xml');
    fs.mkdirSync(dir);
    const results = await mapLimit(this.objects, this.concurrency, (object, i) => this.validateXml(object, path.join(dir, `${String(i).padStart(3, '0')}-${object.kind}`)));
    return { findings: results.flat(), count: this.objects.length };
  }

  private async validateXml(object: RenderedObject, base: string): Promise<Finding[]> {
    const xml = withParserDefaults(object);
    let attempt = 0;
    const validate = async (text: string): Promise<ToolResult> => {
      const file = `${base}-${attempt++}.xml`;
      fs.writeFileSync(file, text);
      return this.tool('virt-xml-validate', [file, RNG_SCHEMA[object.kind]]);
    };
    const file = `${base}-${attempt}.xml`;
    const result = await validate(xml);
    if (result.failure) return [problem(PreflightCheck.XML, object.address, `virt-xml-validate ${result.failure}`)];
    if (result.status === 0) return [];
    const lines = xml.split('\n');
    const errors = rngErrors(`${result.stderr}\n${result.stdout}`, file, lines);
    // xmllint names the element whose content failed (often <devices> or the root); find the element that
    // makes the difference by leaving out one child at a time, as deep as that keeps working.
    const deepest = errors.lines.length > 0 ? Math.max(...errors.lines) - 1 : -1;
    const culprit = deepest < 0 ? undefined : childRanges(lines, deepest).length === 0 ? deepest : await pinpoint(lines, deepest, validate);
    const reason = summarize(errors.messages.length > 0 ? errors.messages : [`virt-xml-validate exited ${result.status}`], culprit !== undefined ? 2 : 4);
    const placeholder = culprit !== undefined ? linePointsAtPlaceholder(lines, culprit + 1) : errors.onlyPlaceholders;
    if (placeholder) {
      return [note(PreflightCheck.XML, object.address, `libvirt's schema rejects a placeholder for a value known only at apply: ${reason}`)];
    }
    const where = culprit !== undefined ? ` at line ${culprit + 1} ${lines[culprit].trim()}` : '';
    return [problem(PreflightCheck.XML, object.address, `libvirt's schema rejects the ${object.kind} XML${where} (virt-xml-validate: ${reason})`)];
  }

  private async checkDefine(): Promise<CheckResult> {
    if (this.objects.length === 0 || !this.available(PreflightCheck.DEFINE, VIRSH, 'definitions on the libvirt test driver')) return { findings: [] };
    // test:///default keeps its state for one connection only: each host's objects go through one virsh
    // process (so volumes find their pools), and objects of different provider configurations never meet.
    const groups = new Map<string, RenderedObject[]>();
    for (const object of this.objects) {
      const key = providerOf(this.stack, object.address);
      groups.set(key, [...(groups.get(key) ?? []), object]);
    }
    const results = await mapLimit([...groups], this.concurrency, ([provider, objects], i) => this.defineOnTestDriver(provider, objects, i));
    return { findings: results.flatMap((r) => r.findings), count: results.reduce((n, r) => n + (r.count ?? 0), 0) };
  }

  /** Defines one host's objects in one virsh session. */
  private async defineOnTestDriver(provider: string, objects: RenderedObject[], group: number): Promise<CheckResult> {
    const dir = path.join(this.work, `virsh-${group}`);
    fs.mkdirSync(dir);
    const findings: Finding[] = [];
    const pools = new Set(objects.filter((o) => o.kind === 'pool').map(nameOf));
    const commands: string[] = [];
    objects.forEach((object, i) => {
      const file = `${String(i).padStart(3, '0')}-${object.kind}.xml`;
      fs.writeFileSync(path.join(dir, file), object.kind === 'volume' ? withTestDriverSizes(object.xml) : object.xml);
      commands.push(`echo --err ${quote(`@@preflight ${i}`)}`);
      if (object.kind === 'pool') {
        commands.push(`pool-define ${file}`, `pool-start ${quote(nameOf(object))}`);
      } else if (object.kind === 'volume') {
        const inStack = object.pool !== undefined && pools.has(object.pool);
        if (!inStack) {
          findings.push(note(PreflightCheck.DEFINE, object.address, `its pool ${object.pool ?? '(known only at apply)'} is not in this stack: defined in the test driver's ${TEST_DRIVER_POOL} instead`));
        }
        commands.push(`vol-create ${quote(inStack ? (object.pool as string) : TEST_DRIVER_POOL)} ${file}`);
      } else {
        commands.push(`${defineCommand(object)} ${file}`);
      }
    });
    commands.push(`echo --err ${quote('@@preflight end')}`);
    const result = await this.tool('virsh', ['-q', '-c', 'test:///default', commands.join('\n')], dir);
    const host = provider === 'libvirt' ? '' : `, provider ${provider}`;
    const sections = virshSections(result.stderr);
    if (result.failure || !sections.has('end')) {
      const reason = result.failure ? `virsh ${result.failure}` : firstLines(result.stderr) || `virsh exited ${result.status}`;
      this.skipped.push({
        check: PreflightCheck.DEFINE,
        tool: 'virsh',
        debianPackages: [...VIRSH.debianPackages],
        message: `virsh could not run the definitions on test:///default${host}: ${reason}`,
      });
      return { findings };
    }
    const failedPools = new Set<string>();
    objects.forEach((object, i) => {
      const errors = sections.get(String(i)) ?? [];
      if (errors.length === 0) return;
      const reason = virshReason(errors);
      if (object.kind === 'pool') failedPools.add(nameOf(object));
      if (object.kind === 'volume' && object.pool !== undefined && failedPools.has(object.pool)) {
        findings.push(note(PreflightCheck.DEFINE, object.address, `not defined on test:///default: its pool ${object.pool} failed`));
      } else if (mentionsPlaceholder(reason)) {
        findings.push(note(PreflightCheck.DEFINE, object.address, `libvirt rejects a placeholder for a value known only at apply: ${reason}`));
      } else {
        findings.push(problem(PreflightCheck.DEFINE, object.address, `libvirt rejects the ${object.kind} (virsh ${defineCommand(object)} on test:///default${host}): ${reason}`));
      }
    });
    return { findings, count: objects.length };
  }

  /** The cloud-init disks that have `attribute` set, by address. */
  private cloudInitDisks(attribute: string): [string, unknown][] {
    return Object.entries(asObject(asObject(this.stack.resource)?.libvirt_cloudinit_disk) ?? {})
      .map(([name, body]): [string, unknown] => [`libvirt_cloudinit_disk.${name}`, asObject(body)?.[attribute]])
      .filter(([, value]) => value !== undefined && value !== null);
  }

  /** A document of a cloud-init disk with references resolved, and notes for what stays unknown. */
  private document(check: PreflightCheck, address: string, attribute: string, raw: unknown, findings: Finding[]): string | undefined {
    if (typeof raw !== 'string') {
      findings.push(problem(check, address, `${attribute} is not a string`));
      return undefined;
    }
    const resolved = this.resolver.resolveString(raw, PlaceholderKind.TEXT);
    for (const expression of resolved.unresolved) {
      findings.push(note(check, address, `${attribute} uses \${${expression}}, known only at apply; a placeholder stands in for it`));
    }
    return String(resolved.value);
  }

  private async checkUserData(): Promise<CheckResult> {
    const disks = this.cloudInitDisks('user_data');
    if (disks.length === 0 || !this.available(PreflightCheck.CLOUD_INIT, CLOUD_INIT, 'cloud-init user-data')) return { findings: [] };
    const dir = path.join(this.work, 'user-data');
    fs.mkdirSync(dir);
    const results = await mapLimit(disks, this.concurrency, async ([address, raw], i): Promise<CheckResult> => {
      const findings: Finding[] = [];
      const text = this.document(PreflightCheck.CLOUD_INIT, address, 'user_data', raw, findings);
      if (text === undefined) return { findings, count: 0 };
      const first = text.trimStart().split('\n', 1)[0].trim();
      if (/^(#!|#include|#cloud-boothook|#part-handler|#upstart-job|## template:|Content-Type:)/i.test(first)) {
        findings.push(note(PreflightCheck.CLOUD_INIT, address, `user_data is not #cloud-config (it starts with "${first}"): cloud-init schema checks only cloud-config, so it was not checked`));
        return { findings, count: 0 };
      }
      const file = path.join(dir, `${String(i).padStart(3, '0')}-user-data.yaml`);
      fs.writeFileSync(file, text);
      const result = await this.tool('cloud-init', ['schema', '-c', file]);
      if (result.failure) {
        findings.push(problem(PreflightCheck.CLOUD_INIT, address, `cloud-init schema ${result.failure}`));
      } else if (result.status !== 0) {
        const reason = cloudInitReason(result, file);
        findings.push(mentionsPlaceholder(reason)
          ? note(PreflightCheck.CLOUD_INIT, address, `cloud-init rejects a placeholder in user_data for a value known only at apply: ${reason}`)
          : problem(PreflightCheck.CLOUD_INIT, address, `cloud-init rejects user_data (cloud-init schema): ${reason}`));
      }
      return { findings, count: 1 };
    });
    return { findings: results.flatMap((r) => r.findings), count: results.reduce((n, r) => n + (r.count ?? 0), 0) };
  }

  private async checkNetworkConfig(): Promise<CheckResult> {
    const disks = this.cloudInitDisks('network_config');
    if (disks.length === 0 || !this.available(PreflightCheck.NETWORK_CONFIG, NETPLAN, 'cloud-init network-config')) return { findings: [] };
    const results = await mapLimit(disks, this.concurrency, async ([address, raw], i): Promise<CheckResult> => {
      const findings: Finding[] = [];
      const text = this.document(PreflightCheck.NETWORK_CONFIG, address, 'network_config', raw, findings);
      if (text === undefined) return { findings, count: 0 };
      let parsed: unknown;
      try {
        parsed = YAML.parse(text);
      } catch {
        parsed = undefined; // netplan reports the syntax error, with its line
      }
      const top = asObject(parsed);
      const wrapped = top?.network === undefined;
      if ((asObject(top?.network)?.version ?? top?.version) === 1) {
        findings.push(note(PreflightCheck.NETWORK_CONFIG, address, "network_config is cloud-init's version 1 format, which netplan does not read: not checked"));
        return { findings, count: 0 };
      }
      // cloud-init hands netplan a version 2 config under a top-level "network:" key, which netplan requires.
      const body = wrapped ? `network:\n${text.replace(/^---[ \t]*\n/, '').split('\n').map((l) => (l ? `  ${l}` : l)).join('\n')}` : text;
      const root = path.join(this.work, `netplan-${i}`);
      const file = path.join(root, 'etc', 'netplan', '50-cloud-init.yaml');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, body, { mode: 0o600 });
      fs.chmodSync(file, 0o600);
      const result = await this.tool('netplan', ['generate', '--root-dir', root]);
      if (result.failure) {
        findings.push(problem(PreflightCheck.NETWORK_CONFIG, address, `netplan generate ${result.failure}`));
      } else if (result.status !== 0) {
        const reason = netplanReason(result, file, wrapped);
        findings.push(mentionsPlaceholder(reason)
          ? note(PreflightCheck.NETWORK_CONFIG, address, `netplan rejects a placeholder in network_config for a value known only at apply: ${reason}`)
          : problem(PreflightCheck.NETWORK_CONFIG, address, `netplan rejects network_config (netplan generate): ${reason}`));
      }
      return { findings, count: 1 };
    });
    return { findings: results.flatMap((r) => r.findings), count: results.reduce((n, r) => n + (r.count ?? 0), 0) };
  }
}

/** The environment with the sbin directories on PATH: netplan lives in /usr/sbin, off a normal user's PATH. */
function withSbin(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const sbin = ['/usr/local/sbin', '/usr/sbin', '/sbin'].filter((d) => !dirs.includes(d));
  return { ...env, PATH: [...dirs, ...sbin].join(path.delimiter) };
}

function problem(check: PreflightCheck, address: string, message: string): Finding {
  return { problem: true, check, address, message };
}

function note(check: PreflightCheck, address: string, message: string): Finding {
  return { problem: false, check, address, message };
}

/**
 * The element (0-based line) that makes a document invalid: starting from the element xmllint names,
 * a child whose removal makes the document valid is the culprit, and the search goes on inside it.
 * Undefined when no single child makes the difference (then xmllint's own message is the best there is).
 */
async function pinpoint(lines: string[], start: number, validate: (text: string) => Promise<ToolResult>, budget = { runs: 40 }): Promise<number | undefined> {
  if (start < 0 || start >= lines.length) return undefined;
  for (const [from, to] of childRanges(lines, start)) {
    if (budget.runs-- <= 0) return undefined;
    const without = [...lines.slice(0, from), ...lines.slice(to + 1)].join('\n');
    const result = await validate(without);
    if (result.status === 0) return (await pinpoint(lines, from, validate, budget)) ?? from;
  }
  return undefined;
}

/** Line ranges [first, last] of the child elements of the element that starts at line `start` (pretty-printed XML). */
function childRanges(lines: string[], start: number): [number, number][] {
  const indent = (lines[start].match(/^ */) as RegExpMatchArray)[0].length;
  const end = elementEnd(lines, start);
  const ranges: [number, number][] = [];
  for (let i = start + 1; i < end; i++) {
    const line = lines[i];
    const own = (line.match(/^ */) as RegExpMatchArray)[0].length;
    if (own === indent + 2 && line.trimStart().startsWith('<') && !/^\s*<(!--|\/)/.test(line)) {
      const last = elementEnd(lines, i);
      ranges.push([i, last]);
      i = last;
    }
  }
  return ranges;
}

/** The last line of the element that starts at line `start`. */
function elementEnd(lines: string[], start: number): number {
  const line = lines[start];
  if (/\/>\s*$/.test(line) || /<\/[^>]+>\s*$/.test(line)) return start;
  const indent = (line.match(/^ */) as RegExpMatchArray)[0];
  for (let i = start + 1; i < lines.length; i++) {
    if (lines[i].startsWith(`${indent}</`)) return i;
  }
  return lines.length - 1;
}

/**
 * The XML with the defaults libvirt's parser fills in but its RELAX NG schemas do not know, so that the
 * schema check judges what libvirt accepts (the provider sends these shapes, and libvirt takes them):
 * a character device without `type` is a pty (`<serial><target port="0"/></serial>`), and a volume
 * without `<target>` gets its pool's default format. Elements are only added at the end or given an
 * attribute, so the line numbers of the tools' messages still match the rendered XML.
 */
export function withParserDefaults(object: RenderedObject): string {
  const doc = create(object.xml);
  const root = doc.root();
  if (object.kind === 'domain') {
    root.each((devices) => {
      if (devices.node.nodeName !== 'devices') return;
      devices.each((device) => {
        const element = device.node as unknown as { nodeName: string; hasAttribute(name: string): boolean };
        if (['serial', 'console', 'channel', 'parallel'].includes(element.nodeName) && !element.hasAttribute('type')) device.att('type', 'pty');
      });
    });
  } else if (object.kind === 'volume') {
    let hasTarget = false;
    root.each((child) => {
      if (child.node.nodeName === 'target') hasTarget = true;
    });
    if (!hasTarget) root.ele('target');
  }
  return `${doc.end({ prettyPrint: true, headless: true, indent: '  ' })}\n`;
}

/**
 * A volume's XML for the test driver, whose pools hold a fixed 100 GiB: sizes become 0 (in their own
 * unit, which libvirt still parses), so that a lab's disks all fit; the schema check has judged the
 * numbers. Everything else stays as rendered.
 */
function withTestDriverSizes(xml: string): string {
  return xml.replace(/<(capacity|allocation)(\s+unit="[^"]*")?>\s*\d+\s*<\/\1>/g, '<$1$2>0</$1>');
}

/** The reasons in virt-xml-validate's output, the (1-based) lines they name, and whether all of those hold placeholders. */
function rngErrors(output: string, file: string, xmlLines: string[]): { messages: string[]; lines: number[]; onlyPlaceholders: boolean } {
  const messages: string[] = [];
  const lines: number[] = [];
  for (const raw of output.split('\n')) {
    const line = raw.trim();
    if (!line || line.endsWith('fails to validate') || line.endsWith(' validates')) continue;
    const at = new RegExp(`^${escapeRegExp(file)}:(\\d+):\\s*(.*)$`).exec(line);
    const reason = (at ? at[2] : line).replace(/^.*Relax-NG validity error\s*:\s*/, '').replace(/^element \S+:\s*/, '');
    if (at) {
      const n = Number(at[1]);
      lines.push(n);
      messages.push(`line ${n} ${(xmlLines[n - 1] ?? '').trim()}: ${reason}`);
    } else {
      messages.push(reason.replace(new RegExp(escapeRegExp(file), 'g'), 'the XML'));
    }
  }
  const onlyPlaceholders = lines.length > 0 && lines.every((n) => linePointsAtPlaceholder(xmlLines, n));
  return { messages: [...new Set(messages)], lines, onlyPlaceholders };
}

/** A line holds a placeholder, or comes right after the comments that note one. */
function linePointsAtPlaceholder(lines: string[], n: number): boolean {
  if (mentionsPlaceholder(lines[n - 1] ?? '')) return true;
  for (let i = n - 2; i >= 0 && lines[i].trim().startsWith('<!--'); i--) {
    if (lines[i].includes('unresolved:')) return true;
  }
  return false;
}

/** virsh's stderr split at the `echo --err` markers: object index (or "end") to its error lines. */
function virshSections(stderr: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of stderr.split('\n')) {
    const marker = /^error: @@preflight (\S+)$/.exec(line.trim());
    if (marker) {
      current = [];
      sections.set(marker[1], current);
    } else if (current && line.trim()) {
      current.push(line.trim().replace(/^error:\s*/, ''));
    }
  }
  return sections;
}

function virshReason(errors: string[]): string {
  const specific = errors.filter((e) => !/^Failed to \S+ .* from \S+\.xml$/.test(e));
  return (specific.length > 0 ? specific : errors).join('; ');
}

function defineCommand(object: RenderedObject): string {
  return { pool: 'pool-define', volume: 'vol-create', network: 'net-define', domain: 'define' }[object.kind];
}

function cloudInitReason(result: ToolResult, file: string): string {
  const lines = `${result.stderr}\n${result.stdout}`
    .split('\n')
    .map((l) => l.trim().replace(new RegExp(escapeRegExp(file), 'g'), 'user-data'))
    .filter((l) => l && l !== 'Error:' && !/:\s*$/.test(l));
  return summarize(lines.length > 0 ? lines : [`cloud-init schema exited ${result.status}`]);
}

/** netplan's message, with the line numbers of the user's document (not of the wrapped copy). */
function netplanReason(result: ToolResult, file: string, wrapped: boolean): string {
  const lines = `${result.stderr}\n${result.stdout}`.split('\n');
  const messages: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || line === '^') continue;
    const at = new RegExp(`^${escapeRegExp(file)}:(\\d+):(\\d+):\\s*(.*)$`).exec(line);
    if (at) {
      const n = Number(at[1]) - (wrapped ? 1 : 0);
      messages.push(`line ${n}: ${at[3]}`);
    } else if (messages.length === 0) {
      messages.push(line.replace(new RegExp(escapeRegExp(file), 'g'), 'network-config'));
    }
  }
  return summarize(messages.length > 0 ? messages : [`netplan generate exited ${result.status}`]);
}

/** At most `max` reasons on one line. */
function summarize(messages: string[], max = 4): string {
  const shown = messages.slice(0, max).join('; ');
  return messages.length > max ? `${shown}; (${messages.length - max} more)` : shown;
}

function firstLines(text: string): string {
  return text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 3).join('; ');
}

/** The provider configuration of a resource: "libvirt" or "libvirt.<alias>". */
function providerOf(stack: Record<string, unknown>, address: string): string {
  const [type, name] = address.split('.');
  const provider = asObject(asObject(asObject(stack.resource)?.[type])?.[name])?.provider;
  return typeof provider === 'string' && provider ? provider : 'libvirt';
}

/** The libvirt name of an object: known, or the placeholder its XML holds (the first `<name>`, the object's own). */
function nameOf(object: RenderedObject): string {
  if (object.name !== undefined) return object.name;
  const xml = object.xml;
  const match = /<name>([^<]*)<\/name>/.exec(xml);
  return (match?.[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** A virsh command-line argument in double quotes. */
function quote(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

function countResources(stack: Record<string, unknown>): number {
  return Object.entries(asObject(stack.resource) ?? {})
    .filter(([type]) => type.startsWith('libvirt_'))
    .reduce((n, [, instances]) => n + Object.keys(asObject(instances) ?? {}).length, 0);
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The report as text: one line per problem (`FAIL <address> [check]: reason`), then notes, skipped checks and a summary. */
export function formatPreflightReport(report: PreflightReport, options: { notes?: boolean } = {}): string {
  const lines: string[] = [];
  for (const p of report.problems) lines.push(`FAIL ${p.address} [${p.check}]: ${p.message}`);
  if (options.notes !== false) for (const n of report.notes) lines.push(`note ${n.address} [${n.check}]: ${n.message}`);
  for (const s of report.skipped) lines.push(`skipped [${s.check}]: ${s.message}`);
  const counts = report.checked.map((c) => `${c.check} ${c.count}`).join(', ');
  const n = report.problems.length;
  lines.push(report.ok
    ? `preflight passed: ${report.stackFile} (checked: ${counts})`
    : `preflight failed: ${n} problem${n === 1 ? '' : 's'} in ${report.stackFile} (checked: ${counts})`);
  return `${lines.join('\n')}\n`;
}
