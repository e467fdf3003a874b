/**
 * What the checks share: their findings (problems and notes), what one check returns, and the
 * context the tool checks run in (the stack, a scratch directory, and how to run the tools).
 */
import { TemplateResolver } from '../private/template';
import { Environment, missingCommands, runTool, Tool, ToolResult } from '../private/tools';
import { RenderOptions } from '../render';
import { PreflightCheck, PreflightFinding, SkippedCheck } from '../report';

/** A finding before it is sorted into problems and notes. */
export interface Finding extends PreflightFinding {
  readonly problem: boolean;
}

/** What one check found and how many objects or documents it looked at (undefined: it did not run). */
export interface CheckResult {
  readonly findings: Finding[];
  readonly count?: number;
}

/** A finding that fails the preflight. */
export function problem(check: PreflightCheck, address: string, message: string): Finding {
  return { problem: true, check, address, message };
}

/** A finding worth knowing that does not fail the preflight. */
export function note(check: PreflightCheck, address: string, message: string): Finding {
  return { problem: false, check, address, message };
}

/** The results of the parts of one check as one: their findings in order, and their counts added up. */
export function combine(results: readonly CheckResult[]): CheckResult {
  return { findings: results.flatMap((r) => r.findings), count: results.reduce((n, r) => n + (r.count ?? 0), 0) };
}

/** How the tool checks run their tools. */
export interface CheckSettings {
  /** The environment of the tools; its PATH decides which are found. */
  readonly env: Environment;
  /** How long one tool run may take before it counts as failed. */
  readonly timeoutSeconds: number;
  /** How many tool runs go on at once. */
  readonly concurrency: number;
  /** Supplies values known only at apply. */
  readonly resolve?: RenderOptions['resolve'];
}

/** What the tool checks run in: the stack, a scratch directory, the tools, and the checks skipped so far. */
export class CheckContext {
  /** The checks that did not run, in the order they were skipped. */
  readonly skipped: SkippedCheck[] = [];
  /** Resolves the references in the stack's values. */
  readonly resolver: TemplateResolver;

  constructor(
    readonly stack: Record<string, unknown>,
    /** A scratch directory for the documents the tools read; each check writes into its own subdirectory. */
    readonly work: string,
    readonly settings: CheckSettings,
  ) {
    this.resolver = new TemplateResolver(stack, settings.resolve);
  }

  /** Runs a tool to completion (see {@link runTool}); never rejects. */
  tool(command: string, args: readonly string[], cwd?: string): Promise<ToolResult> {
    return runTool(command, args, { cwd, env: this.settings.env, timeoutSeconds: this.settings.timeoutSeconds });
  }

  /** True when the tool is there; otherwise records the skipped check (once per check). */
  available(check: PreflightCheck, tool: Tool, what: string): boolean {
    const missing = missingCommands(tool, this.settings.env);
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
}

/** A JSON object, or undefined for anything else (arrays and null included). */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
