/**
 * The real tools that read the artifacts: where they are, how to run them hermetically, and the rule
 * for a missing one: its tests are skipped locally with a message, and FAIL in CI (when $CI is set),
 * naming the Debian package to install.
 */
import { spawnSync, SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Absolute path of a command, or undefined. */
export function which(cmd: string): string | undefined {
  const r = spawnSync('/bin/sh', ['-c', 'command -v "$1"', 'sh', cmd], { encoding: 'utf8' });
  const found = (r.stdout ?? '').trim();
  return r.status === 0 && found.startsWith('/') ? found : undefined;
}

/**
 * `it` when the tool is installed. Otherwise `it.skip` locally, with a line on the console saying
 * which tests are skipped and what to install; in CI a failing test that says the same.
 */
export function itWith(tool: string, found: string | undefined, debianPackage: string): jest.It {
  if (found !== undefined) return it;
  const install = `apt-get install -y --no-install-recommends ${debianPackage}`;
  if (process.env.CI) {
    test(`${tool} is installed`, () => {
      throw new Error(`${tool} is not installed; CI must install the Debian package ${debianPackage} (${install})`);
    });
  } else {
    console.warn(`skipping the tests that need ${tool}: it is not installed (${install})`);
  }
  return it.skip;
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary directory, removed after the test file. */
export function tmpDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-libvirt-artifacts-'));
  dirs.push(dir);
  return dir;
}

/** Writes `content` to a new file in a fresh temporary directory and returns its path. */
export function tmpFile(name: string, content: string): string {
  const file = path.join(tmpDir(), name);
  fs.writeFileSync(file, content);
  return file;
}

/** Runs a command without a shell, with only the given environment (plus PATH), and no stdin. */
export function run(argv: string[], env: Record<string, string> = {}, input?: string): SpawnSyncReturns<string> {
  return spawnSync(argv[0], argv.slice(1), {
    encoding: 'utf8',
    timeout: 120_000,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', ...env },
    input: input ?? '',
  });
}

/** The whole result of a run, for failure messages. */
export function output(r: SpawnSyncReturns<string>): string {
  return `exit ${r.status}${r.signal ? ` (${r.signal})` : ''}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
}

/** Expects a run to have exited 0, showing its output otherwise. */
export function expectSuccess(r: SpawnSyncReturns<string>): void {
  if (r.status !== 0) throw new Error(`command failed: ${output(r)}`);
}
