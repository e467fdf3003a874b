/**
 * Runs lib/scripts/vxlan.sh (the provisioner that joins a spanning network's bridge on a host to
 * the other hosts' by VXLAN) for real, inside a network namespace of its own with a bridge in it:
 * the kernel makes the device, and `ip` and `bridge` read back what it is. Over ssh, the script's
 * commands go to a fake `ssh` that records its arguments and runs them in that namespace. Needs
 * root (a network namespace); without it the real cases are skipped locally and FAIL in CI.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const SCRIPT = path.resolve(__dirname, '..', 'lib', 'scripts', 'vxlan.sh');
const ROOT = process.getuid?.() === 0 && spawnSync('ip', ['netns', 'list']).status === 0;
const NS = `cdktf-vxlan-test-${process.pid}`;
const ENV = { DEVICE: 'vx-span', VNI: '4242', LOCAL: '198.19.0.1', PEERS: '198.19.0.2 198.19.0.3', BRIDGE: 'vb-span', MTU: '1450', PORT: '4789' };

if (!ROOT && process.env.CI) test('runs as root', () => { throw new Error('CI runs the unit tests as root: vxlan.sh is tested in a network namespace'); });
const itRoot = ROOT ? it : it.skip;

const inNs = (cmd: string[]) => spawnSync('ip', ['netns', 'exec', NS, ...cmd], { encoding: 'utf8' });
const run = (env: Record<string, string>, pathDir?: string) => spawnSync('ip', ['netns', 'exec', NS, '/bin/sh', SCRIPT], {
  encoding: 'utf8', env: { PATH: `${pathDir ? `${pathDir}:` : ''}/usr/sbin:/usr/bin:/sbin:/bin`, ...env },
});

describe('vxlan.sh', () => {
  let dir: string;
  beforeAll(() => {
    if (!ROOT) return;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vxlan-test-'));
    expect(spawnSync('ip', ['netns', 'add', NS]).status).toBe(0);
    inNs(['ip', 'link', 'set', 'lo', 'up']);
    inNs(['ip', 'addr', 'add', '198.19.0.1/32', 'dev', 'lo']);
    inNs(['ip', 'link', 'add', 'vb-span', 'type', 'bridge']);
  });
  afterAll(() => {
    if (!ROOT) return;
    spawnSync('ip', ['netns', 'del', NS]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  itRoot('up makes the device on the bridge, flooding to each peer, with the MTU; run again, it makes it anew', () => {
    for (let i = 0; i < 2; i++) {
      const r = run({ ACTION: 'up', ...ENV });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
    const link = inNs(['ip', '-d', 'link', 'show', 'vx-span']).stdout;
    expect(link).toMatch(/mtu 1450 .*master vb-span state UNKNOWN/);
    expect(link).toMatch(/vxlan id 4242 local 198\.19\.0\.1 .*dstport 4789/);
    const fdb = inNs(['bridge', 'fdb', 'show', 'dev', 'vx-span']).stdout;
    expect(fdb.split('\n').filter((l) => l.startsWith('00:00:00:00:00:00')).map((l) => /dst (\S+)/.exec(l)?.[1])).toEqual(['198.19.0.2', '198.19.0.3']);
  });

  itRoot('down removes it, and is content when it is gone', () => {
    run({ ACTION: 'up', ...ENV });
    expect(run({ ACTION: 'down', DEVICE: 'vx-span' }).status).toBe(0);
    expect(inNs(['ip', 'link', 'show', 'vx-span']).status).not.toBe(0);
    expect(run({ ACTION: 'down', DEVICE: 'vx-span' }).status).toBe(0);
  });

  itRoot('over ssh: the commands go to the destination with its port, key and known_hosts', () => {
    const fake = path.join(dir, 'bin');
    fs.mkdirSync(fake, { recursive: true });
    // the fake ssh records its arguments and runs what it is given on stdin, as the remote sh would
    fs.writeFileSync(path.join(fake, 'ssh'), `#!/bin/sh\nprintf '%s\\n' "$@" > "${dir}/ssh-args"\nexec /bin/sh -e\n`, { mode: 0o755 });
    const r = run({ ACTION: 'up', ...ENV, SSH_DESTINATION: 'root@198.18.1.2', SSH_PORT: '2222', SSH_KEY: '/k/id', SSH_KNOWN_HOSTS: '/k/known hosts' }, fake);
    expect(r.status).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'ssh-args'), 'utf8').trim().split('\n')).toEqual([
      '-o', 'BatchMode=yes', '-p', '2222', '-i', '/k/id', '-o', 'IdentitiesOnly=yes', '-o', 'UserKnownHostsFile=/k/known hosts', '-o', 'StrictHostKeyChecking=yes',
      'root@198.18.1.2', 'sh', '-e',
    ]);
    expect(inNs(['ip', 'link', 'show', 'vx-span']).stdout).toMatch(/master vb-span/);
  });

  itRoot('a bridge that is not there fails, naming the device', () => {
    const r = run({ ACTION: 'up', ...ENV, BRIDGE: 'vb-none' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/vxlan: ACTION=up of vx-span failed on this machine/);
  });

  test.each([
    [{ ACTION: 'sideways', DEVICE: 'vx-a' }, /ACTION must be up or down/],
    [{ ACTION: 'down', DEVICE: 'vx-a; reboot' }, /DEVICE is not an interface name/],
    [{ ACTION: 'down', DEVICE: 'a-very-long-device-name' }, /DEVICE is not an interface name/],
    [{ ACTION: 'up', ...ENV, LOCAL: '1.2.3.4;x' }, /LOCAL is not an IPv4 address/],
    [{ ACTION: 'up', ...ENV, PEERS: '198.19.0.2 $(reboot)' }, /PEERS holds/],
    [{ ACTION: 'up', ...ENV, PEERS: '' }, /PEERS is empty/],
    [{ ACTION: 'up', ...ENV, VNI: 'x' }, /VNI is not a number/],
    [{ ACTION: 'up', ...ENV, BRIDGE: 'br 0' }, /BRIDGE is not an interface name/],
  ])('bad input %j is refused with exit 2 before anything runs', (env, message) => {
    const r = spawnSync('/bin/sh', [SCRIPT], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin', ...env } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
