import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// The README's first command runs the compiled example (npm run synth); `npm test` builds first.
const ROOT = path.resolve(__dirname, '..', '..');
const MAIN = path.join(ROOT, 'dist', 'examples', 'quickstart', 'main.js');
const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB6Tj3nFz0uLJ5Yw0Wm7d0wqsQ6b8b9fS0sUQdY2Q0sx me@laptop';

describe('the main job (node dist/examples/quickstart/main.js)', () => {
  let cwd: string;
  beforeEach(() => { cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-libvirt-main-')); });
  afterEach(() => fs.rmSync(cwd, { recursive: true, force: true }));

  test('writes cdktf.out/stacks/quickstart/cdk.tf.json', () => {
    const run = spawnSync(process.execPath, [MAIN], { cwd, env: { PATH: process.env.PATH, HOME: cwd, SSH_PUBLIC_KEY: KEY }, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const plan = JSON.parse(fs.readFileSync(path.join(cwd, 'cdktf.out', 'stacks', 'quickstart', 'cdk.tf.json'), 'utf8'));
    expect(Object.keys(plan.resource.libvirt_domain)).toHaveLength(2);
  });

  test('needs no terraform binary: the synth runs with a PATH that has none', () => {
    // only node itself on PATH (the artifacts' SVG renderer runs node by its absolute path)
    const bin = path.join(cwd, 'bin');
    fs.mkdirSync(bin);
    fs.symlinkSync(process.execPath, path.join(bin, 'node'));
    const run = spawnSync(process.execPath, [MAIN], { cwd, env: { PATH: bin, HOME: cwd, SSH_PUBLIC_KEY: KEY }, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(fs.existsSync(path.join(cwd, 'cdktf.out', 'stacks', 'quickstart', 'cdk.tf.json'))).toBe(true);
  });

  test('without an SSH key it fails with the message, not a stack trace', () => {
    const run = spawnSync(process.execPath, [MAIN], { cwd, env: { PATH: process.env.PATH, HOME: cwd }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error: no SSH public key found/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
