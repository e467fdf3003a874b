/**
 * Shared fixtures of the preflight and CLI tests: stacks to check, a PATH without chosen tools, and
 * a report's findings as lines to compare.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { PreflightReport } from '../../lib/preflight/preflight';
import { EXAMPLES, synthesizeExample } from '../support/examples';

/** Directories the preflight also searches by default (netplan lives in /usr/sbin). */
const SBIN = ['/usr/local/sbin', '/usr/sbin', '/sbin'];

const tmpDirs: string[] = [];

/** A temporary directory, removed by {@link removeTmpDirs}. */
export function tmpDir(prefix = 'cdktf-libvirt-preflight-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tmpDirs.push(dir);
  return dir;
}

/** Removes every directory made by {@link tmpDir} (call in afterAll). */
export function removeTmpDirs(): void {
  for (const dir of tmpDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** Absolute path of a command on PATH or in the sbin directories, or undefined. */
export function which(command: string): string | undefined {
  const PATH = [process.env.PATH ?? '', ...SBIN].join(':');
  const r = spawnSync('/bin/sh', ['-c', 'command -v "$1"', 'sh', command], { encoding: 'utf8', env: { ...process.env, PATH } });
  const found = (r.stdout ?? '').trim();
  return r.status === 0 && found.startsWith('/') ? found : undefined;
}

/** The tools the preflight runs, with the Debian packages that provide them. */
export const TOOLS: Readonly<Record<string, string>> = {
  'virt-xml-validate': 'libvirt-clients',
  xmllint: 'libxml2-utils',
  virsh: 'libvirt-clients',
  'cloud-init': 'cloud-init',
  netplan: 'netplan.io',
};

/**
 * `it` when every tool the preflight runs is installed, else `it.skip`; in CI a missing tool is a
 * failing test that names its Debian package, so the checks cannot silently stop running there.
 */
export function itWithTools(): jest.It {
  const missing = Object.keys(TOOLS).filter((t) => which(t) === undefined);
  if (missing.length > 0 && process.env.CI) {
    test('the preflight tools are installed', () => {
      throw new Error(`missing ${missing.join(', ')}; CI must install the Debian packages ${[...new Set(missing.map((t) => TOOLS[t]))].join(' ')}`);
    });
  }
  return missing.length === 0 ? it : it.skip;
}

/**
 * A PATH of one directory that holds links to every command of the current PATH (and sbin) except
 * `without`: the preflight then finds every tool but those.
 */
export function pathWithout(...without: string[]): string {
  const dir = tmpDir('cdktf-libvirt-path-');
  for (const source of [...(process.env.PATH ?? '').split(':'), ...SBIN]) {
    if (!source || !fs.existsSync(source)) continue;
    for (const name of fs.readdirSync(source)) {
      const link = path.join(dir, name);
      if (without.includes(name) || fs.existsSync(link)) continue;
      try {
        fs.symlinkSync(path.join(source, name), link);
      } catch {
        // a name that appears twice on PATH: the first one wins, as in a shell
      }
    }
  }
  return dir;
}

let quickstart: any;

/** The quickstart example, synthesized once (a fresh deep copy each call). */
export function quickstartJson(): any {
  if (quickstart === undefined) {
    const example = EXAMPLES.find((e) => e.name === 'quickstart');
    if (!example) throw new Error('the quickstart example is missing from test/support/examples.ts');
    const out = synthesizeExample(example, tmpDir('cdktf-libvirt-quickstart-'));
    quickstart = JSON.parse(fs.readFileSync(out.stackFile, 'utf8'));
  }
  return JSON.parse(JSON.stringify(quickstart));
}

/**
 * The quickstart with one machine (web) instead of two: a complete, small lab (pool, base image,
 * network, one machine with its disks and seed), so each preflight run in the tests stays short.
 */
export function miniLabJson(): any {
  const stack = quickstartJson();
  for (const [type, instances] of Object.entries<any>(stack.resource)) {
    for (const [name, body] of Object.entries<any>(instances)) {
      if (String(body['//']?.metadata?.path ?? '').startsWith('quickstart/local/db')) delete stack.resource[type][name];
    }
    if (Object.keys(stack.resource[type]).length === 0) delete stack.resource[type];
  }
  delete stack.output?.local_db_addresses;
  return stack;
}

/** The one resource of `type` in a stack (its name and body). */
export function only(stack: any, type: string): { name: string; body: any; address: string } {
  const entries = Object.entries<any>(stack.resource[type] ?? {});
  if (entries.length !== 1) throw new Error(`expected one ${type}, found ${entries.length}`);
  return { name: entries[0][0], body: entries[0][1], address: `${type}.${entries[0][0]}` };
}

/** Writes a stack as `<dir>/cdk.tf.json` in a fresh directory and returns the directory. */
export function writeStack(stack: unknown): string {
  const dir = tmpDir('cdktf-libvirt-stack-');
  fs.writeFileSync(path.join(dir, 'cdk.tf.json'), JSON.stringify(stack, null, 2));
  return dir;
}

/** test/fixtures/reference-lab.tf.json, as is (with its IMAGE_PATH, POOL_DIR, LOG_DIR placeholders). */
export function referenceLabText(): string {
  return fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'reference-lab.tf.json'), 'utf8');
}

/** The reference lab with its placeholders filled in the way a user would before applying it. */
export function referenceLabJson(): any {
  return JSON.parse(referenceLabText()
    .replace(/POOL_DIR/g, '/var/lib/libvirt/pools/ref-lab')
    .replace(/LOG_DIR/g, '/var/log/ref-lab')
    .replace(/IMAGE_PATH/g, '/var/lib/images/debian-12-genericcloud-amd64.qcow2')
    .replace(/SSH_PUBKEY_FILE/g, '/root/.ssh/id_ed25519.pub'));
}

/** The problems of a report as "address [check]: message" lines. */
export function failures(report: PreflightReport): string[] {
  return report.problems.map((p) => `${p.address} [${p.check}]: ${p.message}`);
}

/** The notes of a report as "address [check]: message" lines. */
export function notes(report: PreflightReport): string[] {
  return report.notes.map((p) => `${p.address} [${p.check}]: ${p.message}`);
}

/** How many objects or documents each check of a report looked at, by check. */
export function counts(report: PreflightReport): Record<string, number> {
  return Object.fromEntries(report.checked.map((c) => [c.check, c.count]));
}
