/**
 * The e2e tier's watchdog (e2e/watchdog.sh), run for real with stand-ins for `virsh` and `ip` on its
 * PATH: it must undo the journal newest first (libvirt objects, empty pool directories, the group and
 * mode of a device the run changed), stop the daemons by their PID files, and do nothing at all when
 * the sandbox stopped normally. Needs no root and no libvirt; runs with `npm test`.
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const WATCHDOG = path.join(__dirname, '..', '..', 'e2e', 'watchdog.sh');

/** A directory with a state dir, a bin dir of stand-ins that record their calls, and a call log. */
function sandboxDir(): { root: string; state: string; bin: string; calls: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'watchdog-test-'));
  const state = path.join(root, 'state');
  const bin = path.join(root, 'bin');
  const calls = path.join(root, 'calls.log');
  fs.mkdirSync(state);
  fs.mkdirSync(bin);
  for (const tool of ['virsh', 'ip']) {
    fs.writeFileSync(path.join(bin, tool), `#!/bin/sh\necho "${tool} $*" >> '${calls}'\n`, { mode: 0o755 });
  }
  return { root, state, bin, calls };
}

/** PID of a process that has already ended. */
function endedPid(): number {
  const r = spawnSync('/bin/sh', ['-c', 'echo $$']);
  return Number(r.stdout.toString().trim());
}

function runWatchdog(state: string, bin: string, parent: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', [WATCHDOG, String(parent), 'cdktf-libvirt-e2e-test', state], {
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
      stdio: 'ignore',
    });
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error('watchdog did not end within 30 s')); }, 30000);
    child.on('exit', (code) => { clearTimeout(timer); resolve(code ?? -1); });
  });
}

describe('e2e/watchdog.sh', () => {
  test('undoes the journal newest first, device permissions included, and stops the daemons', async () => {
    const { root, state, bin, calls } = sandboxDir();
    const device = path.join(root, 'kvm');
    fs.writeFileSync(device, '');
    fs.chmodSync(device, 0o660); // what the sandbox set
    const pooldir = path.join(root, 'pooldir');
    fs.mkdirSync(pooldir);
    const gid = process.getgid!();
    fs.writeFileSync(path.join(state, 'journal'), [
      `devperm ${device} 600 ${gid}`,
      'pool lab-pool',
      `pooldir ${pooldir}`,
      'network lab-net',
      'volume lab-pool web-root.qcow2',
      'domain lab-web',
    ].join('\n') + '\n');
    // a daemon PID file naming a process that still runs: the watchdog must end it
    const daemon = spawn('sleep', ['60'], { stdio: 'ignore' });
    fs.writeFileSync(path.join(state, 'libvirtd.pid'), `${daemon.pid}\n`);
    const daemonEnded = new Promise<void>((resolve) => daemon.on('exit', () => resolve()));

    expect(await runWatchdog(state, bin, endedPid())).toBe(0);
    await daemonEnded;

    const virsh = fs.readFileSync(calls, 'utf8').split('\n').filter((l) => l.startsWith('virsh '));
    expect(virsh).toEqual([
      'virsh -q -c qemu:///system destroy lab-web',
      'virsh -q -c qemu:///system undefine lab-web --nvram',
      'virsh -q -c qemu:///system vol-delete --pool lab-pool web-root.qcow2',
      'virsh -q -c qemu:///system net-destroy lab-net',
      'virsh -q -c qemu:///system net-undefine lab-net',
      'virsh -q -c qemu:///system pool-destroy lab-pool',
      'virsh -q -c qemu:///system pool-undefine lab-pool',
    ]);
    expect(fs.existsSync(pooldir)).toBe(false);
    const st = fs.statSync(device);
    expect((st.mode & 0o7777).toString(8)).toBe('600');
    expect(st.gid).toBe(gid);
    expect(fs.readFileSync(calls, 'utf8')).toContain('ip netns del cdktf-libvirt-e2e-test');
    const log = fs.readFileSync(path.join(state, 'watchdog.log'), 'utf8');
    expect(log).toContain(`undoing devperm ${device} 600 ${gid}`);
    expect(log).toContain(`stopping libvirtd (PID ${daemon.pid})`);
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('removes a lab\'s scratch folder, and nothing that is not one', async () => {
    // GIVEN a journal naming a scratch folder of the tier and a folder that is not one
    const { root, state, bin } = sandboxDir();
    const scratch = path.join(root, 'cdktf-libvirt-e2e-quickstart-abc123');
    const other = path.join(root, 'precious');
    for (const d of [scratch, other]) {
      fs.mkdirSync(path.join(d, 'tmp'), { recursive: true });
      fs.writeFileSync(path.join(d, 'tmp', 'seed.iso'), 'x');
    }
    fs.writeFileSync(path.join(state, 'journal'), `scratch ${other}\nscratch ${scratch}\n`);
    // WHEN the test process is gone without stopping the sandbox
    expect(await runWatchdog(state, bin, endedPid())).toBe(0);
    // THEN the tier's folder is gone with its contents, and the other one is untouched
    expect(fs.existsSync(scratch)).toBe(false);
    expect(fs.readFileSync(path.join(other, 'tmp', 'seed.iso'), 'utf8')).toBe('x');
    expect(fs.readFileSync(path.join(state, 'watchdog.log'), 'utf8')).toContain(`not a scratch folder of the tier: ${other}`);
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('removes the run\'s own libvirt folders once the daemons are gone, and no other folder', async () => {
    // GIVEN a journal naming the run's folder (domains, state and logs of its libvirtd) and one that is not it
    const { root, state, bin } = sandboxDir();
    const runRoot = path.join(root, 'cdktf-libvirt-e2e', 'run-4242');
    const other = path.join(root, 'precious');
    for (const d of [path.join(runRoot, 'etc', 'qemu'), other]) fs.mkdirSync(d, { recursive: true });
    fs.writeFileSync(path.join(runRoot, 'etc', 'qemu', 'lab-web.xml'), '<domain/>');
    fs.writeFileSync(path.join(other, 'keep'), 'x');
    fs.writeFileSync(path.join(state, 'journal'), `root ${other}\nroot ${runRoot}\ndomain lab-web\n`);
    // WHEN the test process is gone without stopping the sandbox
    expect(await runWatchdog(state, bin, endedPid())).toBe(0);
    // THEN the run's folder is gone, after the namespace, and the other one is untouched
    expect(fs.existsSync(runRoot)).toBe(false);
    expect(fs.readFileSync(path.join(other, 'keep'), 'utf8')).toBe('x');
    const log = fs.readFileSync(path.join(state, 'watchdog.log'), 'utf8');
    expect(log).toContain(`not a run folder of the tier: ${other}`);
    expect(log.indexOf(`removed ${runRoot}`)).toBeGreaterThan(log.indexOf('undoing domain lab-web'));
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('does nothing when the sandbox stopped normally', async () => {
    const { root, state, bin, calls } = sandboxDir();
    const device = path.join(root, 'kvm');
    fs.writeFileSync(device, '');
    fs.chmodSync(device, 0o660);
    fs.writeFileSync(path.join(state, 'journal'), `devperm ${device} 600 ${process.getgid!()}\ndomain lab-web\n`);
    fs.writeFileSync(path.join(state, 'stopped'), '');

    expect(await runWatchdog(state, bin, endedPid())).toBe(0);

    expect(fs.existsSync(calls)).toBe(false);
    expect(fs.existsSync(path.join(state, 'watchdog.log'))).toBe(false);
    expect((fs.statSync(device).mode & 0o7777).toString(8)).toBe('660');
    fs.rmSync(root, { recursive: true, force: true });
  });
});
