/** Running commands for the e2e tier: promises, captured output, timeouts, and a log. */
import { spawn } from 'child_process';

/** Where the tier writes what it does. */
export type Log = (message: string) => void;

/** A log line on stderr with the elapsed time; jest shows stderr of a test run as it comes. */
export function stderrLog(prefix: string): Log {
  const start = Date.now();
  return (message: string) => {
    const s = ((Date.now() - start) / 1000).toFixed(1).padStart(6);
    process.stderr.write(message.split('\n').map((l) => `[${prefix} ${s}s] ${l}\n`).join(''));
  };
}

/** The outcome of a command. */
export interface RunResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link run}. */
export interface RunOptions {
  /** Standard input. */
  readonly input?: string | Buffer;
  /** Kill the command (SIGKILL) after this many milliseconds. */
  readonly timeoutMs?: number;
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /** Run in a session of its own, with no controlling terminal (so nothing can prompt for a password). */
  readonly detached?: boolean;
}

/** Runs a command without a shell and collects its output. Never throws for a non-zero exit. */
export function run(cmd: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: options.env ?? process.env, cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'], detached: options.detached });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    let timer: NodeJS.Timeout | undefined;
    if (options.timeoutMs !== undefined) timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('error', (e) => { if (timer) clearTimeout(timer); reject(new Error(`cannot run ${cmd}: ${e.message}`)); });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/** Runs a command and throws, with its output, unless it exits 0. Returns stdout. */
export async function runOk(cmd: string, args: string[], options: RunOptions = {}): Promise<string> {
  const r = await run(cmd, args, options);
  if (r.code !== 0) {
    const how = r.signal ? `was killed (${r.signal}${options.timeoutMs !== undefined ? `, timeout ${options.timeoutMs} ms` : ''})` : `exited ${r.code}`;
    throw new Error(`${[cmd, ...args].map(shellQuote).join(' ')} ${how}: ${(r.stderr.trim() || r.stdout.trim()).slice(-2000)}`);
  }
  return r.stdout;
}

/** Quotes a word for a POSIX shell (for messages and remote commands). */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * Calls `attempt` every `intervalMs` until it returns a value other than undefined, or `timeoutMs`
 * has passed; then throws with `what` and the last reason `attempt` gave. This is a wait for a
 * slow guest (TCG boots take minutes), not a timing assertion: the deadline is generous.
 */
export async function waitFor<T>(what: string, timeoutMs: number, intervalMs: number,
  attempt: () => Promise<T | undefined | { notYet: string }>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no attempt finished';
  for (;;) {
    const r = await attempt();
    if (r !== undefined && !(typeof r === 'object' && r !== null && 'notYet' in (r as object))) return r as T;
    if (r !== undefined) last = (r as { notYet: string }).notYet;
    if (Date.now() >= deadline) throw new Error(`gave up waiting for ${what} after ${Math.round(timeoutMs / 1000)} s: ${last}`);
    await sleep(intervalMs);
  }
}
