/**
 * The preflight: checks a synthesized stack before it touches a host, running each check of
 * `checks/` in turn and gathering their findings into one report. The entry point of the module:
 * its public types and functions are all exported from here.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CheckContext, CheckResult } from './checks/check';
import { checkCloudInit } from './checks/cloud-init';
import { checkDefine } from './checks/define';
import { checkNetworkConfig } from './checks/network-config';
import { checkRender } from './checks/render';
import { checkSchema } from './checks/schema';
import { checkXml } from './checks/xml';
import { Environment, withSbin } from './private/tools';
import { RenderOptions } from './render';
import { PreflightCheck, PreflightFinding, PreflightReport } from './report';

export { withParserDefaults } from './checks/parser-defaults';
export type { Environment } from './private/tools';
export { formatPreflightReport, PreflightCheck } from './report';
export type { PreflightFinding, PreflightReport, SkippedCheck } from './report';

/** Options of {@link runPreflight}. */
export interface PreflightOptions {
  /**
   * The environment of the tools; its PATH decides which are found.
   * @default process.env, with /usr/local/sbin, /usr/sbin and /sbin added to PATH (netplan lives in /usr/sbin)
   */
  readonly env?: Environment;
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
    return await runChecks(stackFile, stack, options, work);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Runs every check on a parsed stack, with `work` as scratch directory, and sorts their findings into the report. */
async function runChecks(stackFile: string, stack: Record<string, unknown>, options: PreflightOptions, work: string): Promise<PreflightReport> {
  const context = new CheckContext(stack, work, {
    env: options.env ?? withSbin(process.env),
    timeoutSeconds: options.toolTimeoutSeconds ?? 120,
    concurrency: Math.max(1, options.concurrency ?? Math.max(2, os.cpus().length)),
    resolve: options.resolve,
  });
  const problems: PreflightFinding[] = [];
  const notes: PreflightFinding[] = [];
  const checked: { check: PreflightCheck; count: number }[] = [];
  const add = (check: PreflightCheck, result: CheckResult): void => {
    for (const { problem, ...finding } of result.findings) (problem ? problems : notes).push(finding);
    if (result.count !== undefined) checked.push({ check, count: result.count });
  };
  add(PreflightCheck.SCHEMA, checkSchema(stack));
  const rendered = checkRender(stack, { resolve: options.resolve });
  add(PreflightCheck.RENDER, rendered);
  const objects = rendered.objects;
  // The tool checks are independent and run side by side; their findings are added in a fixed order.
  const checks: [PreflightCheck, Promise<CheckResult>][] = [
    [PreflightCheck.XML, checkXml(context, objects)],
    [PreflightCheck.DEFINE, checkDefine(context, objects)],
    [PreflightCheck.CLOUD_INIT, checkCloudInit(context)],
    [PreflightCheck.NETWORK_CONFIG, checkNetworkConfig(context)],
  ];
  for (const [check, result] of checks) add(check, await result);
  return { stackFile, ok: problems.length === 0, problems, notes, skipped: context.skipped, checked, objects };
}
