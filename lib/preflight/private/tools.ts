/**
 * The external programs the preflight runs: which are there, in what environment, and running them
 * (one at a time or several at once).
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** An external program the preflight runs, and the Debian packages that provide it. */
export interface Tool {
  /** The command, looked up on PATH. */
  readonly command: string;
  /** Other commands it runs in turn (virt-xml-validate runs xmllint). */
  readonly alsoNeeds?: readonly string[];
  /** The Debian packages that provide the command and what it needs. */
  readonly debianPackages: readonly string[];
}

export const VIRT_XML_VALIDATE: Tool = { command: 'virt-xml-validate', alsoNeeds: ['xmllint'], debianPackages: ['libvirt-clients', 'libxml2-utils'] };
export const VIRSH: Tool = { command: 'virsh', debianPackages: ['libvirt-clients'] };
export const CLOUD_INIT: Tool = { command: 'cloud-init', debianPackages: ['cloud-init'] };
export const NETPLAN: Tool = { command: 'netplan', debianPackages: ['netplan.io'] };

/**
 * The environment variables the tools run with, by name: `process.env`, or a copy of it with changes.
 * Written out rather than `NodeJS.ProcessEnv`, so that the declarations need no `@types/node`.
 */
export interface Environment {
  readonly [name: string]: string | undefined;
}

/** The full path of an executable on the PATH of `env`, or undefined. */
export function findOnPath(command: string, env: Environment): string | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const file = path.join(dir, command);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      if (fs.statSync(file).isFile()) return file;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** The environment with the sbin directories on PATH: netplan lives in /usr/sbin, off a normal user's PATH. */
export function withSbin(env: Environment): Environment {
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const sbin = ['/usr/local/sbin', '/usr/sbin', '/sbin'].filter((d) => !dirs.includes(d));
  return { ...env, PATH: [...dirs, ...sbin].join(path.delimiter) };
}

/** The commands of a tool that are missing on PATH (empty: the tool can run). */
export function missingCommands(tool: Tool, env: Environment): string[] {
  return [tool.command, ...(tool.alsoNeeds ?? [])].filter((c) => findOnPath(c, env) === undefined);
}

/** What a finished tool run returned. */
export interface ToolResult {
  /** Exit status; undefined when the tool could not run or was killed. */
  readonly status?: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Why the tool did not finish (could not start, timed out), if so. */
  readonly failure?: string;
}

/** Runs a tool to completion, without a shell. Never rejects: a tool that cannot run is a result too. */
export function runTool(command: string, args: readonly string[], options: { cwd?: string; env: Environment; timeoutSeconds: number }): Promise<ToolResult> {
  return new Promise((resolve) => {
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let failure: string | undefined;
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => {
      failure = `did not finish within ${options.timeoutSeconds} s`;
      child.kill('SIGKILL');
    }, options.timeoutSeconds * 1000);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (err) => {
      failure = failure ?? `could not run (${err.message})`;
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      if (!failure && signal) failure = `was killed by ${signal}`;
      resolve({
        status: status ?? undefined,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        failure,
      });
    });
  });
}

/** Runs `task` over `items`, at most `limit` at a time; results keep the items' order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
