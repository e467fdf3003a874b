import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { main, USAGE } from '../../lib/cli/main';
import { itWithTools, miniLabJson, only, pathWithout, removeTmpDirs, writeStack } from '../preflight/support';

afterAll(removeTmpDirs);
// a guard, not an assertion: each preflight runs tens of tool processes, slow on a busy machine
jest.setTimeout(300_000);

const itTools = itWithTools();
const ROOT = path.resolve(__dirname, '..', '..');
const PACKAGE = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const BIN = path.join(ROOT, PACKAGE.bin['cdktf-libvirt']);

/** Runs the CLI in-process; returns its exit status and what it printed. */
async function cli(...args: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const status = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { status, out, err };
}

describe('cdktf-libvirt (the command)', () => {
  test('is the package\'s bin, a node script built from lib/cli/main.ts', () => {
    expect(PACKAGE.bin).toEqual({ 'cdktf-libvirt': 'dist/lib/cli/main.js' });
    expect(fs.readFileSync(path.join(ROOT, 'lib', 'cli', 'main.ts'), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  test('--help prints the usage; no command prints it as an error', async () => {
    expect(await cli('--help')).toEqual({ status: 0, out: USAGE, err: '' });
    expect(USAGE).toMatch(/cdktf-libvirt preflight <stack dir \| cdk\.tf\.json> \[--json\]/);
    expect(USAGE).toMatch(/cdktf-libvirt xml <stack dir \| cdk\.tf\.json> <resource address>/);
    expect(USAGE).toMatch(/libvirt-clients.*libxml2-utils[\s\S]*cloud-init[\s\S]*netplan\.io/);
    expect(await cli()).toEqual({ status: 2, out: '', err: USAGE });
  });

  test('wrong usage exits 2 and says what was wrong', async () => {
    expect(await cli('deploy')).toEqual({ status: 2, out: '', err: expect.stringMatching(/^cdktf-libvirt: unknown command "deploy"/) });
    expect((await cli('preflight')).err).toMatch(/^cdktf-libvirt preflight: expects one stack directory or cdk\.tf\.json/);
    expect((await cli('preflight', 'a', '--yaml')).err).toMatch(/^cdktf-libvirt preflight: unknown option --yaml/);
    expect((await cli('xml', 'a')).err).toMatch(/^cdktf-libvirt xml: expects a stack directory \(or cdk\.tf\.json\) and a resource address/);
    expect(await cli('preflight', '/nonexistent/stack')).toEqual({
      status: 2, out: '', err: expect.stringMatching(/^cdktf-libvirt preflight: \/nonexistent\/stack does not exist: pass a synthesized stack directory/),
    });
  });
});

describe('cdktf-libvirt xml', () => {
  test('prints the rendered XML of one resource, and notes its placeholders', async () => {
    const stack = miniLabJson();
    const root = Object.entries<any>(stack.resource.libvirt_volume).find(([, v]) => v.backing_store)![0];
    const { status, out, err } = await cli('xml', writeStack(stack), `libvirt_volume.${root}`);
    expect(status).toBe(0);
    expect(out).toMatch(/^<volume>\n {2}<name>web-root\.qcow2<\/name>\n[\s\S]*<\/volume>\n$/);
    expect(err).toMatch(/^note: backing_store\.path = \$\{libvirt_volume\.debian_\S+\.path\} is known only at apply; the XML has a placeholder\n$/);
  });

  test('an unknown address exits 2 and lists the valid ones', async () => {
    const stack = miniLabJson();
    const { status, err } = await cli('xml', writeStack(stack), 'libvirt_domain.nope');
    expect(status).toBe(2);
    expect(err).toContain(`its addresses are: ${Object.keys(stack.resource.libvirt_pool).map((n) => `libvirt_pool.${n}`)[0]}`);
    expect(err).toContain(only(stack, 'libvirt_domain').address);
  });
});

describe('cdktf-libvirt preflight', () => {
  itTools('exits 0 on a good stack and prints the verdict', async () => {
    const { status, out } = await cli('preflight', writeStack(miniLabJson()));
    expect(status).toBe(0);
    expect(out).toMatch(/\npreflight passed: .*cdk\.tf\.json \(checked: schema \d+, render \d+, xml \d+, define \d+, cloud-init 1, network-config 1\)\n$/);
    expect(out).not.toMatch(/^FAIL/m);
  });

  itTools('exits 1 with a FAIL line naming the resource; --json prints the report', async () => {
    const stack = miniLabJson();
    const seed = only(stack, 'libvirt_cloudinit_disk');
    seed.body.user_data = '#cloud-config\nusers: 5\n';
    const dir = writeStack(stack);
    const text = await cli('preflight', dir);
    expect(text.status).toBe(1);
    expect(text.out.split('\n').filter((l) => l.startsWith('FAIL'))).toEqual([
      `FAIL ${seed.address} [cloud-init]: cloud-init rejects user_data (cloud-init schema): Cloud config schema errors: users: 5 is not of type 'string', 'array', 'object'`,
    ]);
    expect(text.out).toMatch(/\npreflight failed: 1 problem in /);
    const json = await cli('preflight', dir, '--json');
    expect(json.status).toBe(1);
    const report = JSON.parse(json.out);
    expect(report).toEqual(expect.objectContaining({ ok: false, problems: [expect.objectContaining({ address: seed.address, check: 'cloud-init' })] }));
    expect(report.objects.map((o: any) => o.kind)).toContain('domain');
  });

  itTools('as a process: the built script, its exit status, and a PATH without virsh', () => {
    // GIVEN the compiled command (npm test builds it) and a PATH on which virsh is missing
    const dir = writeStack(miniLabJson());
    const env = { ...process.env, PATH: pathWithout('virsh') };
    // WHEN it runs the preflight
    const r = spawnSync(process.execPath, [BIN, 'preflight', dir], { encoding: 'utf8', env });
    // THEN the other checks pass, and it says once which package brings virsh
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('skipped'))).toEqual([
      'skipped [define]: virsh not found on PATH: definitions on the libvirt test driver not checked; install the Debian package libvirt-clients',
    ]);
    expect(r.stdout).toMatch(/preflight passed: .* \(checked: schema \d+, render \d+, xml \d+, cloud-init 1, network-config 1\)/);
  });
});
