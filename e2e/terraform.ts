/**
 * Real terraform for the e2e tier: the `terraform` on the PATH, with providers installed only from
 * the filesystem mirror of real provider binaries beside the project (`../shared/terraform-providers`,
 * through `../shared/tools/terraform-offline.sh`), exactly the versions the synthesized plan pins.
 * Nothing here imitates terraform or the provider: every plan, apply, output and destroy is
 * terraform's own, and what the tier asserts about a plan is read from `terraform show -json`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Log, run, RunResult, shellQuote } from './run';

/** The repository's root: the nearest folder above this file with a package.json (also when running from dist/e2e). */
function repositoryRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${__dirname}`);
  }
}

/** The folder shared with the project (`../shared` from the repository's root). */
export const SHARED_DIR = path.join(path.dirname(repositoryRoot()), 'shared');

/**
 * The Terraform CLI configuration that installs providers from the mirror only, written by
 * `terraform-offline.sh` into `dir`. A `TF_CLI_CONFIG_FILE` of the environment is not used: the tier
 * proves the plan with exactly the provider binaries of the mirror. `CDKTF_LIBVIRT_E2E_TF_CLI_CONFIG`
 * names another configuration (for a machine that keeps the mirror elsewhere).
 */
export async function offlineCliConfig(dir: string): Promise<string> {
  const given = process.env.CDKTF_LIBVIRT_E2E_TF_CLI_CONFIG;
  if (given) {
    if (!fs.existsSync(given)) throw new Error(`CDKTF_LIBVIRT_E2E_TF_CLI_CONFIG names ${given}, which does not exist`);
    return given;
  }
  const script = path.join(SHARED_DIR, 'tools', 'terraform-offline.sh');
  if (!fs.existsSync(script)) {
    throw new Error(`${script} is missing: the e2e tier installs the real providers from the mirror in ${path.join(SHARED_DIR, 'terraform-providers')} ` +
      'through that script. Check out the project beside its shared/ folder, or set CDKTF_LIBVIRT_E2E_TF_CLI_CONFIG to a Terraform CLI configuration ' +
      'whose provider_installation offers dmacvicar/libvirt 0.9.7 and hashicorp/random 3.8.1');
  }
  const r = await run('/bin/sh', [script, path.join(dir, 'terraform-offline.tfrc')], { timeoutMs: 30000 });
  if (r.code !== 0) throw new Error(`${script} exited ${r.code}: ${r.stderr.trim()}`);
  return r.stdout.trim();
}

/** The version of the `terraform` on the PATH; throws a clear message when there is none. */
export async function terraformVersion(): Promise<string> {
  let r: RunResult;
  try {
    r = await run('terraform', ['version', '-json'], { timeoutMs: 60000, env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
  } catch {
    throw new Error('terraform is not on the PATH: the e2e tier applies every lab with real terraform (1.5 or later; machines of this kind have 1.11 in /usr/local/bin)');
  }
  if (r.code !== 0) throw new Error(`terraform version exited ${r.code}: ${r.stderr.trim()}`);
  return String(JSON.parse(r.stdout).terraform_version);
}

/** The addresses a plan acts on, by what it does to them (from `terraform show -json PLANFILE`). */
export interface PlanActions {
  readonly create: string[];
  readonly update: string[];
  /** Destroyed and created again (either order). */
  readonly replace: string[];
  readonly delete: string[];
  /** Data sources read during apply. */
  readonly read: string[];
}

/** Sorts the resource changes of a `terraform show -json` plan by action. */
export function planActions(plan: { resource_changes?: { address: string; mode?: string; change: { actions: string[] } }[] }): PlanActions {
  const out = { create: [] as string[], update: [] as string[], replace: [] as string[], delete: [] as string[], read: [] as string[] };
  for (const rc of plan.resource_changes ?? []) {
    const a = rc.change.actions.join(',');
    if (a === 'no-op') continue;
    if (a === 'create') out.create.push(rc.address);
    else if (a === 'update') out.update.push(rc.address);
    else if (a === 'delete') out.delete.push(rc.address);
    else if (a === 'read') out.read.push(rc.address);
    else if (a === 'delete,create' || a === 'create,delete') out.replace.push(rc.address);
    else throw new Error(`${rc.address}: plan action ${a} is not one the tier knows`);
  }
  for (const list of Object.values(out)) list.sort();
  return out;
}

/** One line per action with its count, e.g. "2 to create, 0 to update, 1 to replace, 0 to destroy". */
export function summarize(a: PlanActions): string {
  return `${a.create.length} to create, ${a.update.length} to update, ${a.replace.length} to replace, ${a.delete.length} to destroy`;
}

/** A resource in terraform's state (`terraform show -json`, values of the root module). */
export interface StateResource {
  readonly address: string;
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly name: string;
  readonly values: Record<string, any>;
}

/** Errors terraform prints that are failures even when it exits 0 would be wrong to ignore. */
const PROVIDER_BUGS = /Provider produced inconsistent (final plan|result after apply)/;

/** terraform in one synthesized stack directory. */
export class Terraform {
  private readonly env: NodeJS.ProcessEnv;

  /**
   * @param stackDir the stack's directory (`cdktf.out/stacks/<stack>`), where terraform runs
   * @param tmpDir `TMPDIR` of terraform and the provider: where the provider writes seed ISOs
   */
  constructor(public readonly stackDir: string, cliConfig: string, tmpDir: string, private readonly log: Log) {
    fs.mkdirSync(tmpDir, { recursive: true });
    this.env = { ...process.env, TF_CLI_CONFIG_FILE: cliConfig, CHECKPOINT_DISABLE: '1', TMPDIR: tmpDir, TF_IN_AUTOMATION: '1', TF_INPUT: '0' };
    delete this.env.TF_PLUGIN_CACHE_DIR;
    delete this.env.TF_LOG;
  }

  /** Runs terraform; throws with the tail of its output unless it exits with one of `okCodes`. */
  public async exec(args: string[], options: { okCodes?: number[]; timeoutMs?: number; env?: Record<string, string> } = {}): Promise<RunResult> {
    const [command, ...rest] = args;
    const r = await run('terraform', [`-chdir=${this.stackDir}`, command, '-no-color', ...rest], {
      env: { ...this.env, ...options.env }, timeoutMs: options.timeoutMs ?? 30 * 60 * 1000,
    });
    const output = `${r.stdout}\n${r.stderr}`;
    if (PROVIDER_BUGS.test(output)) {
      throw new Error(`terraform ${args.join(' ')}: ${(/Error: Provider produced inconsistent[\s\S]{0,1500}/.exec(output) ?? [''])[0].trim()}`);
    }
    if (!(options.okCodes ?? [0]).includes(r.code ?? -1)) {
      const how = r.signal ? `was killed (${r.signal})` : `exited ${r.code}`;
      throw new Error(`terraform ${args.map(shellQuote).join(' ')} in ${this.stackDir} ${how}:\n${tail(r.stderr || r.stdout, 60)}`);
    }
    return r;
  }

  /** `terraform init` (providers from the mirror only); again whenever the stack's lock or providers are missing. */
  public async init(): Promise<void> {
    await this.exec(['init', '-input=false']);
  }

  /** Plans into `planFile` and returns what it does. `env` is added to terraform's environment (another HOME). */
  public async plan(planFile: string, env?: Record<string, string>): Promise<PlanActions> {
    await this.exec(['plan', '-input=false', `-out=${planFile}`], { env });
    return planActions(await this.showPlan(planFile));
  }

  /** `terraform show -json PLANFILE`. */
  public async showPlan(planFile: string): Promise<any> {
    const r = await this.exec(['show', '-json', planFile]);
    return JSON.parse(r.stdout);
  }

  /** Applies a saved plan (or, without one, plans and applies in one go). */
  public async apply(planFile?: string, env?: Record<string, string>): Promise<void> {
    const r = await this.exec(planFile ? ['apply', '-input=false', planFile] : ['apply', '-input=false', '-auto-approve'], { env });
    this.log(`${path.basename(path.dirname(this.stackDir))}/${path.basename(this.stackDir)}: ${(/Apply complete![^\n]*/.exec(r.stdout) ?? ['apply done'])[0]}`);
  }

  /**
   * `terraform plan -detailed-exitcode`: resolves with the changes it plans (none when it exits 0);
   * exit 2 means changes.
   */
  public async planChanges(planFile: string, env?: Record<string, string>): Promise<PlanActions> {
    const r = await this.exec(['plan', '-input=false', '-detailed-exitcode', `-out=${planFile}`], { okCodes: [0, 2], env });
    if (r.code === 0) return { create: [], update: [], replace: [], delete: [], read: [] };
    return planActions(await this.showPlan(planFile));
  }

  /** The managed resources and data sources in the state. */
  public async state(): Promise<StateResource[]> {
    const r = await this.exec(['show', '-json']);
    const json = JSON.parse(r.stdout);
    const out: StateResource[] = [];
    const walk = (m: any) => {
      for (const res of m?.resources ?? []) out.push({ address: res.address, mode: res.mode, type: res.type, name: res.name, values: res.values ?? {} });
      for (const c of m?.child_modules ?? []) walk(c);
    };
    walk(json.values?.root_module);
    return out;
  }

  /** Every output's value, as terraform evaluates it. */
  public async outputs(): Promise<Record<string, unknown>> {
    const r = await this.exec(['output', '-json']);
    return Object.fromEntries(Object.entries<any>(JSON.parse(r.stdout || '{}')).map(([k, v]) => [k, v.value]));
  }

  public async destroy(): Promise<void> {
    const r = await this.exec(['destroy', '-input=false', '-auto-approve']);
    this.log(`${path.basename(this.stackDir)}: ${(/Destroy complete![^\n]*/.exec(r.stdout) ?? ['destroy done'])[0]}`);
  }
}

function tail(text: string, lines: number): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}
