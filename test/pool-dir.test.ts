/**
 * Runs lib/scripts/pool-dir.sh (run by a destroy-time local-exec after a pool is destroyed, to
 * remove its directory when the lab asks for it) against a fake `virsh` on PATH that does what
 * libvirt 9 does for a `dir` pool on the local file system: `pool-define-as NAME dir --target DIR`
 * defines it, `pool-delete NAME` removes DIR with rmdir (libvirt's messages for a missing and a
 * non-empty directory), `pool-undefine NAME` forgets it. Every case runs under each POSIX shell found.
 * The real path, against a real libvirtd, is run by the real-libvirt tier (every lab with a pool of
 * its own removes its directory at destroy).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SHELLS, Shell, toolPaths } from './support/shell';

const SCRIPT = path.resolve(__dirname, '..', 'lib', 'scripts', 'pool-dir.sh');

const TOOLS = toolPaths(['grep', 'cat', 'rmdir', 'sed', 'rm', 'mktemp', 'chmod', 'ssh']);

/** The fake virsh: calls logged one per line; defined pools are files $FAKE_VIRSH_DIR/NAME.pool holding their directory. */
const FAKE_VIRSH = `#!/bin/sh
set -u
dir=$FAKE_VIRSH_DIR
echo "$*" >> "$dir/calls.log"
while [ $# -gt 0 ]; do case $1 in -q) shift ;; -c) shift 2 ;; *) break ;; esac; done
cmd=$1; shift
# what virsh's ssh transport would run: the first ssh on its PATH, as it reads its options
[ -z "\${FAKE_VIRSH_SSH_LOG:-}" ] || ssh -G kvm1.example.net 2>/dev/null | grep -E '^(hostname|userknownhostsfile) ' >> "$FAKE_VIRSH_SSH_LOG"
case $cmd in
  pool-define-as)
    [ "$2" = dir ] && [ "$3" = --target ] || { echo "error: fake virsh: unexpected $*" >&2; exit 1; }
    [ ! -e "$dir/$1.pool" ] || { echo "error: operation failed: pool '$1' already exists" >&2; exit 1; }
    printf '%s' "$4" > "$dir/$1.pool" ;;
  pool-delete)
    [ -f "$dir/$1.pool" ] || { echo "error: failed to get pool '$1'" >&2; exit 1; }
    target=$(cat "$dir/$1.pool")
    if [ ! -e "$target" ]; then
      echo "error: Failed to delete pool $1" >&2
      echo "error: cannot remove directory '$target': No such file or directory" >&2; exit 1
    fi
    rmdir "$target" 2>/dev/null || {
      echo "error: Failed to delete pool $1" >&2
      echo "error: cannot remove directory '$target': Directory not empty" >&2; exit 1; }
    echo "Pool $1 deleted" ;;
  pool-undefine)
    rm -f "$dir/$1.pool" ;;
  *) echo "error: fake virsh: unknown command $cmd" >&2; exit 1 ;;
esac
`;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  calls: string[];
  /** Pools the fake still has defined after the run (the throwaway pool must be gone). */
  leftoverPools: string[];
}

function runScript(shell: Shell, env: Record<string, string>, withVirsh = true): Run {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pool-dir-'));
  const bin = path.join(tmp, 'bin');
  fs.mkdirSync(bin);
  for (const [tool, target] of Object.entries(TOOLS)) fs.symlinkSync(target, path.join(bin, tool));
  if (withVirsh) fs.writeFileSync(path.join(bin, 'virsh'), FAKE_VIRSH, { mode: 0o755 });
  try {
    const r = spawnSync(shell.argv[0], [...shell.argv.slice(1), SCRIPT], {
      env: { PATH: bin, FAKE_VIRSH_DIR: tmp, ...env }, encoding: 'utf8', timeout: 20000,
    });
    const log = path.join(tmp, 'calls.log');
    return {
      status: r.status,
      stdout: r.stdout,
      stderr: r.stderr,
      calls: fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n') : [],
      leftoverPools: fs.readdirSync(tmp).filter((f) => f.endsWith('.pool')),
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

describe.each(SHELLS.map((s) => [s.name, s] as const))('lib/scripts/pool-dir.sh under %s', (_name, shell) => {
  let root: string;
  beforeEach(() => { root = fs.mkdtempSync(path.join(os.tmpdir(), 'pool-dir-target-')); });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));
  const env = (dir: string, del: string) => ({ LIBVIRT_URI: 'qemu:///system', POOL: 'lab-pool', DIRECTORY: dir, DELETE: del });

  test('DELETE=true removes the empty directory through a throwaway pool, and undefines that pool', () => {
    const dir = path.join(root, 'lab');
    fs.mkdirSync(dir);
    const r = runScript(shell, env(dir, 'true'));
    expect(r.status).toBe(0);
    expect(fs.existsSync(dir)).toBe(false);
    expect(r.stdout).toBe(`pool-dir: removed ${dir} (the directory of pool lab-pool)\n`);
    expect(r.calls).toEqual([
      expect.stringMatching(new RegExp(`^-q -c qemu:///system pool-define-as lab-pool-rmdir-\\d+ dir --target ${dir}$`)),
      expect.stringMatching(/^-q -c qemu:\/\/\/system pool-delete lab-pool-rmdir-\d+$/),
      expect.stringMatching(/^-q -c qemu:\/\/\/system pool-undefine lab-pool-rmdir-\d+$/),
    ]);
    expect(r.leftoverPools).toEqual([]);
  });

  test.each(['false', '', 'yes'])('DELETE=%p keeps the directory and calls no virsh', (del) => {
    const dir = path.join(root, 'lab');
    fs.mkdirSync(dir);
    const r = runScript(shell, env(dir, del));
    expect(r.status).toBe(0);
    expect(fs.existsSync(dir)).toBe(true);
    expect(r.stdout).toBe(`pool-dir: keeping ${dir} (the directory of pool lab-pool)\n`);
    expect(r.calls).toEqual([]);
  });

  test('a directory that still holds files is kept, with a warning, and destroy goes on', () => {
    const dir = path.join(root, 'lab');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    const r = runScript(shell, env(dir, 'true'));
    expect(r.status).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('mine');
    expect(r.stderr).toBe(`pool-dir: warning: kept ${dir}: it still holds files that are not the lab's volumes\n`);
    expect(r.leftoverPools).toEqual([]);
  });

  test('a directory that is already gone is fine', () => {
    const r = runScript(shell, env(path.join(root, 'gone'), 'true'));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`pool-dir: ${path.join(root, 'gone')} is already gone\n`);
    expect(r.leftoverPools).toEqual([]);
  });

  test('SSH_KNOWN_HOSTS: virsh\'s ssh verifies the KVM host\'s key in that file, whatever its name, and the wrapper is gone after', () => {
    // GIVEN a qemu+ssh host whose connection names a known_hosts file in a hostile folder
    const dir = path.join(root, 'lab');
    fs.mkdirSync(dir);
    const knownHosts = `${root}/it's a "lab" 100% \\x/known_hosts`;
    const sshLog = path.join(root, 'ssh.log');
    const tmp = path.join(root, 'tmp');
    fs.mkdirSync(tmp);
    // WHEN the script removes the directory through virsh
    const r = runScript(shell, { ...env(dir, 'true'), LIBVIRT_URI: 'qemu+ssh://root@kvm1.example.net/system', SSH_KNOWN_HOSTS: knownHosts, FAKE_VIRSH_SSH_LOG: sshLog, TMPDIR: tmp });
    // THEN every ssh that virsh starts reads that file, and nothing of the wrapper is left
    expect(r.status).toBe(0);
    expect(fs.existsSync(dir)).toBe(false);
    const lines = fs.readFileSync(sshLog, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(6);
    expect(new Set(lines)).toEqual(new Set(['hostname kvm1.example.net', `userknownhostsfile ${knownHosts}`]));
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  test('without virsh it says what to install, and only when it has something to remove', () => {
    const dir = path.join(root, 'lab');
    fs.mkdirSync(dir);
    expect(runScript(shell, env(dir, 'false'), false).status).toBe(0);
    const r = runScript(shell, env(dir, 'true'), false);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^pool-dir: virsh is not installed on this machine \(Debian\/Ubuntu: apt install libvirt-clients; Fedora\/EL: dnf install libvirt-client\)/);
    expect(fs.existsSync(dir)).toBe(true);
  });

  test.each([
    ['a relative directory', { DIRECTORY: 'srv/lab' }, /^pool-dir: DIRECTORY must be an absolute path, got 'srv\/lab'$/m],
    ['a directory of two lines', { DIRECTORY: '/srv/lab\n/etc' }, /^pool-dir: DIRECTORY must be one line$/m],
    ['a pool name with a space', { POOL: 'lab pool' }, /^pool-dir: POOL is not a libvirt pool name: 'lab pool'$/m],
    ['no URI', { LIBVIRT_URI: '' }, /^pool-dir: LIBVIRT_URI is empty$/m],
  ])('refuses %s (exit 2) and touches nothing', (_label, bad, message) => {
    const dir = path.join(root, 'lab');
    fs.mkdirSync(dir);
    const r = runScript(shell, { ...env(dir, 'true'), ...bad });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.calls).toEqual([]);
    expect(fs.existsSync(dir)).toBe(true);
  });
});
