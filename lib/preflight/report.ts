/**
 * What the preflight reports: the checks it runs, its findings, the checks it skipped, and the
 * report as text for the command line.
 */
import type { RenderedObject } from './render';

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
  /** The check that found it. */
  readonly check: PreflightCheck;
  /** Terraform address, e.g. `libvirt_domain.web_2E2FEE8F` (or `provider.libvirt[0]`). */
  readonly address: string;
  /** One line: what is wrong, with the tool's reason. */
  readonly message: string;
}

/** A check that did not run because its tool is missing. */
export interface SkippedCheck {
  /** The check that did not run. */
  readonly check: PreflightCheck;
  /** The missing command(s). */
  readonly tool: string;
  /** The Debian packages that provide it. */
  readonly debianPackages: string[];
  /** One line: what was not checked, and what to install. */
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
  readonly checked: {
    /** The check. */
    readonly check: PreflightCheck;
    /** How many objects or documents it looked at. */
    readonly count: number;
  }[];
  /** The rendered libvirt objects. */
  readonly objects: RenderedObject[];
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
