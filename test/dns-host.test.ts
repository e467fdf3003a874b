/**
 * Runs lib/scripts/dns-host.sh (run by terraform local-exec to register the names of a libvirt
 * network's machines in its DNS with `virsh net-update`: every entry of the network in one call,
 * ENTRIES='ip name [name ...];ip name ...') against a fake `virsh` on PATH. The fake logs its
 * arguments and keeps each network's XML in a file, and behaves like libvirt 9 where that matters:
 * `net-update add-last` refuses a second entry for an address, `delete` refuses a missing one,
 * `--live` is refused on a network that is not running, an unknown network is "Network not found".
 * Every case runs under each POSIX shell found: /bin/sh, /bin/dash and bash --posix.
 *
 * When a real `virsh` is installed (Debian package libvirt-clients), the exact `net-update`
 * command lines the script builds are also given to libvirt's built-in mock driver
 * (test:///default), in one virsh process because that driver's state lasts one connection.
 *
 * The environment is passed explicitly (PATH only, plus the script's variables).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { BaseImage, Host, HostConnection, Lab, Network, VirtualMachine } from '../lib';
import { virshUri } from '../lib/private/scripts';
import { expectRejected, newLab, newStack, ofType, synthJson } from './support/lab';
import { SHELLS, Shell, toolPaths, which } from './support/shell';

const SCRIPT = path.resolve(__dirname, '..', 'lib', 'scripts', 'dns-host.sh');

const REAL_VIRSH = which('virsh');

/** What the script (grep) and the fake virsh need on PATH. */
const TOOLS = toolPaths(['grep', 'sed', 'awk', 'cat', 'mv', 'mktemp', 'chmod', 'rm', 'ssh']);

/**
 * The fake virsh. Calls are logged to $FAKE_VIRSH_DIR/calls.log, one argument per line, each call
 * ended by a line `--end--`. Network NAME is $FAKE_VIRSH_DIR/NAME.xml; it is running when
 * NAME.active holds `yes`. Host entries are kept on one line each, before `</dns>`.
 */
const FAKE_VIRSH = `#!/bin/sh
set -u
dir=$FAKE_VIRSH_DIR
{ for a in "$@"; do printf '%s\\n' "$a"; done; echo '--end--'; } >> "$dir/calls.log"
while [ $# -gt 0 ]; do
  case $1 in
    -q) shift ;;
    -c) shift 2 ;;
    *) break ;;
  esac
done
cmd=$1; shift
# what virsh's ssh transport would run: the first ssh on its PATH, as it reads its options
[ -z "\${FAKE_VIRSH_SSH_LOG:-}" ] || ssh -G kvm1.example.net 2>/dev/null | grep -E '^userknownhostsfile ' >> "$FAKE_VIRSH_SSH_LOG"
notfound() {
  echo "error: failed to get network '$1'" >&2
  echo "error: Network not found: no network with matching name '$1'" >&2
  exit 1
}
case $cmd in
  net-dumpxml)
    [ "$1" = --inactive ] && shift
    [ -f "$dir/$1.xml" ] || notfound "$1"
    cat "$dir/$1.xml" ;;
  net-info)
    [ -f "$dir/$1.xml" ] || notfound "$1"
    printf 'Name:           %s\\nUUID:           dd8fe884-6c02-601e-7551-cca97df1c5df\\nActive:         %s\\nPersistent:     yes\\nAutostart:      yes\\nBridge:         virbr9\\n' "$1" "$(cat "$dir/$1.active")" ;;
  net-update)
    net=$1 op=$2 section=$3 xml=$4
    shift 4
    [ -f "$dir/$net.xml" ] || notfound "$net"
    [ "\${FAKE_VIRSH_FAIL_UPDATE:-}" = "" ] || { echo "error: Failed to update network $net" >&2; exit 1; }
    [ "$section" = dns-host ] || { echo "error: fake virsh knows only dns-host, got $section" >&2; exit 1; }
    for f in "$@"; do
      case $f in
        --config) ;;
        --live) [ "$(cat "$dir/$net.active")" = yes ] || { echo "error: Requested operation is not valid: network is not running" >&2; exit 1; } ;;
        *) echo "error: fake virsh: unexpected option $f" >&2; exit 1 ;;
      esac
    done
    ip=$(printf '%s\\n' "$xml" | sed -n "s/^<host ip='\\([0-9.]*\\)'.*/\\1/p")
    [ -n "$ip" ] || { echo "error: XML error: no ip in $xml" >&2; exit 1; }
    case $op in
      add-last)
        if grep -q "<host ip='$ip'>" "$dir/$net.xml"; then
          echo "error: Requested operation is not valid: there is already at least one DNS HOST record with a matching field in network $net" >&2
          exit 1
        fi
        awk -v entry="    $xml" '/<\\/dns>/ { print entry } { print }' "$dir/$net.xml" > "$dir/$net.tmp" && mv "$dir/$net.tmp" "$dir/$net.xml" ;;
      delete)
        grep -q "<host ip='$ip'>" "$dir/$net.xml" || {
          echo "error: Requested operation is not valid: couldn't locate a matching DNS HOST record in network $net" >&2
          exit 1
        }
        grep -v "<host ip='$ip'>" "$dir/$net.xml" > "$dir/$net.tmp"; mv "$dir/$net.tmp" "$dir/$net.xml" ;;
      *) echo "error: fake virsh: unexpected command $op" >&2; exit 1 ;;
    esac ;;
  *) echo "error: fake virsh: unexpected command $cmd" >&2; exit 1 ;;
esac
`;

const URI = 'qemu+ssh://ops@kvm.example.org/system';
const NET = 'lab-lan';
const IP = '10.77.0.10';
const DB_IP = '10.77.0.11';
/** The XML of host entry `ip` with `names`, as libvirt takes it (one line). */
const hostXml = (ip: string, ...names: string[]) => `<host ip='${ip}'>${names.map((n) => `<hostname>${n}</hostname>`).join('')}</host>`;
const ENTRY = hostXml(IP, 'web', 'web.lab-lan.test');
const DB_ENTRY = hostXml(DB_IP, 'db', 'db.lab-lan.test');
/** ENTRIES for web, and for web and db. */
const WEB = `${IP} web web.lab-lan.test`;
const WEB_DB = `${WEB};${DB_IP} db db.lab-lan.test`;
/** A machine that is not in ENTRIES. */
const OTHER = hostXml('10.77.0.12', 'mail');

let dir: string;
let fakeBin: string;
let toolbox: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dns-host-'));
  // the tools the script and the fake need, and nothing else (the real virsh must not be found)
  toolbox = path.join(dir, 'toolbox');
  fs.mkdirSync(toolbox);
  for (const [tool, target] of Object.entries(TOOLS)) fs.symlinkSync(target, path.join(toolbox, tool));
  fakeBin = path.join(dir, 'bin');
  fs.mkdirSync(fakeBin);
  fs.writeFileSync(path.join(fakeBin, 'virsh'), FAKE_VIRSH, { mode: 0o755 });
  // a file named like a host in the working directory: HOSTNAMES='*' must not pick it up
  fs.writeFileSync(path.join(dir, 'web'), '');
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Defines network `name` for the fake: its XML with `hosts` (one-line entries) in <dns>, and whether it runs. */
function defineNetwork(name: string, options: { active?: boolean; hosts?: string[] } = {}): void {
  const xml = [
    '<network>',
    `  <name>${name}</name>`,
    "  <forward mode='nat'/>",
    '  <dns>',
    ...(options.hosts ?? []).map((h) => `    ${h}`),
    '  </dns>',
    "  <ip address='10.77.0.1' netmask='255.255.255.0'/>",
    '</network>',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(dir, `${name}.xml`), xml);
  fs.writeFileSync(path.join(dir, `${name}.active`), options.active === false ? 'no' : 'yes');
}

const xmlOf = (name: string) => fs.readFileSync(path.join(dir, `${name}.xml`), 'utf8');

/** The host entries of network `name`. */
const hostsOf = (name: string) => xmlOf(name).split('\n').map((l) => l.trim()).filter((l) => l.startsWith('<host '));

/** Every call of the fake virsh, as its argument lists. */
function calls(): string[][] {
  const log = path.join(dir, 'calls.log');
  if (!fs.existsSync(log)) return [];
  const out: string[][] = [];
  let current: string[] = [];
  for (const line of fs.readFileSync(log, 'utf8').split('\n').slice(0, -1)) {
    if (line === '--end--') {
      out.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  return out;
}

/** The net-update calls, without the connection options. */
const updates = () => calls().filter((c) => c.includes('net-update')).map((c) => c.slice(c.indexOf('net-update')));

type Env = Record<string, string>;

function run(shell: Shell, env: Env, options: { path?: string } = {}) {
  const r = spawnSync(shell.argv[0], [...shell.argv.slice(1), SCRIPT], {
    cwd: dir,
    env: { PATH: options.path ?? `${fakeBin}:${toolbox}`, FAKE_VIRSH_DIR: dir, ...env },
    encoding: 'utf8',
    timeout: 30000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const env = (extra: Env = {}): Env => ({
  ACTION: 'add', LIBVIRT_URI: URI, NETWORK: NET, ENTRIES: WEB, ...extra,
});

/** The fake's calls of virsh command `cmd`. */
const callsOf = (cmd: string) => calls().filter((c) => c[3] === cmd);

describe.each(SHELLS)('dns-host.sh under $name', (shell) => {
  test('add on a running network appends the host entry live and persistently', () => {
    // GIVEN a running network with one entry of another machine
    defineNetwork(NET, { hosts: [OTHER] });
    // WHEN the script adds web
    const r = run(shell, env());
    // THEN it succeeds and says what it did
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`dns-host: web web.lab-lan.test -> ${IP} on network ${NET}\n`);
    // AND exactly one net-update appended the entry with --live --config
    expect(updates()).toEqual([['net-update', NET, 'add-last', 'dns-host', ENTRY, '--live', '--config']]);
    expect(hostsOf(NET)).toEqual([OTHER, ENTRY]);
    // AND every call went to the given URI, quietly
    for (const c of calls()) expect(c.slice(0, 3)).toEqual(['-q', '-c', URI]);
  });

  test('SSH_KNOWN_HOSTS: every ssh that virsh starts verifies the KVM host\'s key in that file', () => {
    // GIVEN a running network on a host whose connection names a known_hosts file (with a quote and a %)
    defineNetwork(NET, { hosts: [] });
    const knownHosts = `${dir}/it's 100% "known"`;
    const sshLog = `${dir}/ssh.log`;
    // WHEN the script adds web
    const r = run(shell, env({ SSH_KNOWN_HOSTS: knownHosts, FAKE_VIRSH_SSH_LOG: sshLog, TMPDIR: dir }));
    // THEN each virsh call's ssh read that file
    expect([r.status, r.stderr]).toEqual([0, '']);
    const lines = fs.readFileSync(sshLog, 'utf8').trim().split('\n');
    expect(lines.length).toBe(calls().length);
    expect(new Set(lines)).toEqual(new Set([`userknownhostsfile ${knownHosts}`]));
  });

  test('add of several entries appends each, in order, with one line each', () => {
    // GIVEN a running network with another machine's entry
    defineNetwork(NET, { hosts: [OTHER] });
    // WHEN the script adds web and db in one call
    const r = run(shell, env({ ENTRIES: WEB_DB }));
    // THEN both are appended after it, and it says so for each
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`dns-host: web web.lab-lan.test -> ${IP} on network ${NET}\ndns-host: db db.lab-lan.test -> ${DB_IP} on network ${NET}\n`);
    expect(updates()).toEqual([
      ['net-update', NET, 'add-last', 'dns-host', ENTRY, '--live', '--config'],
      ['net-update', NET, 'add-last', 'dns-host', DB_ENTRY, '--live', '--config'],
    ]);
    expect(hostsOf(NET)).toEqual([OTHER, ENTRY, DB_ENTRY]);
  });

  test('the network is read once (one net-dumpxml, one net-info) however many entries there are', () => {
    // GIVEN 30 machines, 10 of which have a leftover entry
    const ips = Array.from({ length: 30 }, (_v, i) => `10.77.1.${i + 10}`);
    defineNetwork(NET, { hosts: ips.filter((_ip, i) => i % 3 === 0).map((ip) => hostXml(ip, 'old')) });
    // WHEN the script adds them all
    const r = run(shell, env({ ENTRIES: ips.map((ip, i) => `${ip} m${i}`).join(';') }));
    // THEN the network is read once, and each entry costs one net-update (two for a leftover)
    expect(r.status).toBe(0);
    expect(callsOf('net-dumpxml')).toEqual([['-q', '-c', URI, 'net-dumpxml', '--inactive', NET]]);
    expect(callsOf('net-info')).toEqual([['-q', '-c', URI, 'net-info', NET]]);
    expect(updates()).toHaveLength(40);
    expect(hostsOf(NET)).toEqual(ips.map((ip, i) => hostXml(ip, `m${i}`)));
    // AND the same holds for their removal
    fs.rmSync(path.join(dir, 'calls.log'));
    expect(run(shell, env({ ACTION: 'remove', ENTRIES: ips.map((ip, i) => `${ip} m${i}`).join(';') })).status).toBe(0);
    expect(callsOf('net-dumpxml')).toHaveLength(1);
    expect(callsOf('net-info')).toHaveLength(1);
    expect(updates()).toHaveLength(30);
    expect(hostsOf(NET)).toEqual([]);
  });

  test('add replaces a stale entry for the same address, and leaves others alone', () => {
    // GIVEN a leftover entry for web's address (an earlier apply) and another machine's entry
    const stale = hostXml(IP, 'old');
    defineNetwork(NET, { hosts: [stale, OTHER] });
    // WHEN the script adds web and db
    const r = run(shell, env({ ENTRIES: WEB_DB }));
    // THEN the stale entry is deleted by address and the new ones appended
    expect(r.status).toBe(0);
    expect(updates()).toEqual([
      ['net-update', NET, 'delete', 'dns-host', `<host ip='${IP}'/>`, '--live', '--config'],
      ['net-update', NET, 'add-last', 'dns-host', ENTRY, '--live', '--config'],
      ['net-update', NET, 'add-last', 'dns-host', DB_ENTRY, '--live', '--config'],
    ]);
    expect(hostsOf(NET)).toEqual([OTHER, ENTRY, DB_ENTRY]);
  });

  test('adding twice leaves one entry per address', () => {
    defineNetwork(NET);
    expect(run(shell, env({ ENTRIES: WEB_DB })).status).toBe(0);
    expect(run(shell, env({ ENTRIES: WEB_DB })).status).toBe(0);
    expect(hostsOf(NET)).toEqual([ENTRY, DB_ENTRY]);
  });

  test('a single name (no domain) is one hostname element', () => {
    defineNetwork(NET);
    expect(run(shell, env({ ENTRIES: `${IP} web` })).status).toBe(0);
    expect(hostsOf(NET)).toEqual([hostXml(IP, 'web')]);
  });

  test('blanks around fields and entries, and blank entries, are allowed', () => {
    defineNetwork(NET);
    const r = run(shell, env({ ENTRIES: ` ${IP}  web\tweb.lab-lan.test ;; \n${DB_IP} db db.lab-lan.test\n;` }));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(hostsOf(NET)).toEqual([ENTRY, DB_ENTRY]);
  });

  test('remove deletes the entries of the addresses, and only them', () => {
    // GIVEN web's and db's entries and another one
    defineNetwork(NET, { hosts: [ENTRY, OTHER, DB_ENTRY] });
    // WHEN the script removes web and db
    const r = run(shell, env({ ACTION: 'remove', ENTRIES: WEB_DB }));
    // THEN only their entries are gone
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`dns-host: removed ${IP} from network ${NET}\ndns-host: removed ${DB_IP} from network ${NET}\n`);
    expect(updates()).toEqual([
      ['net-update', NET, 'delete', 'dns-host', `<host ip='${IP}'/>`, '--live', '--config'],
      ['net-update', NET, 'delete', 'dns-host', `<host ip='${DB_IP}'/>`, '--live', '--config'],
    ]);
    expect(hostsOf(NET)).toEqual([OTHER]);
  });

  test('remove of entries that are not there changes nothing and succeeds', () => {
    // GIVEN only db's entry
    defineNetwork(NET, { hosts: [DB_ENTRY] });
    // WHEN the script removes web and db / THEN db is removed, and web's absence is fine
    const r = run(shell, env({ ACTION: 'remove', ENTRIES: WEB_DB }));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`dns-host: ${IP} is not on network ${NET}; nothing to remove\ndns-host: removed ${DB_IP} from network ${NET}\n`);
    expect(updates()).toEqual([['net-update', NET, 'delete', 'dns-host', `<host ip='${DB_IP}'/>`, '--live', '--config']]);
    expect(hostsOf(NET)).toEqual([]);
    // AND a second removal has nothing to delete
    expect(run(shell, env({ ACTION: 'remove', ENTRIES: WEB_DB })).status).toBe(0);
    expect(updates()).toHaveLength(1);
  });

  test('remove on a network that is gone exits 0 with a message', () => {
    // GIVEN no network at all (destroyed before the registration)
    // WHEN the script removes / THEN there is nothing to do, and it says so
    const r = run(shell, env({ ACTION: 'remove', ENTRIES: WEB_DB }));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`dns-host: network ${NET} is gone; nothing to remove\n`);
    expect(calls().map((c) => c[3])).toEqual(['net-dumpxml']);
  });

  test('add on a network that is not there fails, with virsh\'s reason', () => {
    const r = run(shell, env({ ENTRIES: WEB_DB }));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^dns-host: cannot read network ${NET} at ${URI.replace(/[.+]/g, '\\$&')}: .*Network not found`, 's'));
    expect(updates()).toEqual([]);
  });

  test('an inactive network is updated with --config only', () => {
    // GIVEN a defined network that is not running (--live would be refused)
    defineNetwork(NET, { active: false, hosts: [hostXml(IP, 'old')] });
    // WHEN the script adds web and db
    const r = run(shell, env({ ENTRIES: WEB_DB }));
    // THEN the persistent definition is changed only
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(updates()).toEqual([
      ['net-update', NET, 'delete', 'dns-host', `<host ip='${IP}'/>`, '--config'],
      ['net-update', NET, 'add-last', 'dns-host', ENTRY, '--config'],
      ['net-update', NET, 'add-last', 'dns-host', DB_ENTRY, '--config'],
    ]);
    expect(hostsOf(NET)).toEqual([ENTRY, DB_ENTRY]);
    // AND a removal too
    expect(run(shell, env({ ACTION: 'remove', ENTRIES: WEB_DB })).status).toBe(0);
    expect(updates().slice(3).map((u) => u.slice(5))).toEqual([['--config'], ['--config']]);
    expect(hostsOf(NET)).toEqual([]);
  });

  test('a failing net-update fails the script at once, with virsh\'s reason, without claiming success', () => {
    defineNetwork(NET);
    const r = run(shell, env({ ENTRIES: WEB_DB, FAKE_VIRSH_FAIL_UPDATE: '1' }));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`dns-host: cannot add ${IP} (web web.lab-lan.test) to network ${NET}: error: Failed to update network ${NET}\n`);
    expect(updates()).toHaveLength(1);
  });

  test('a failing delete fails a removal the same way', () => {
    defineNetwork(NET, { hosts: [ENTRY, DB_ENTRY] });
    const r = run(shell, env({ ACTION: 'remove', ENTRIES: WEB_DB, FAKE_VIRSH_FAIL_UPDATE: '1' }));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`dns-host: cannot remove ${IP} from network ${NET}: error: Failed to update network ${NET}\n`);
    expect(hostsOf(NET)).toEqual([ENTRY, DB_ENTRY]);
  });

  test.each([
    ['empty', ''],
    ['only blanks', ' \t\n '],
    ['only separators and blanks', ' ; ;;'],
  ])('ENTRIES %s: nothing to do, and virsh is not needed', (_label, entries) => {
    for (const action of ['add', 'remove']) {
      // GIVEN a PATH without virsh (the fake would log a call)
      const r = run(shell, env({ ACTION: action, ENTRIES: entries }), { path: `${toolbox}` });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(`dns-host: ENTRIES is empty; nothing to ${action} on network ${NET}\n`);
      // AND with the fake on PATH it is not called
      expect(run(shell, env({ ACTION: action, ENTRIES: entries })).status).toBe(0);
      expect(calls()).toEqual([]);
    }
  });

  test('ADDRESS or HOSTNAMES inherited from the environment are ignored when ENTRIES is set', () => {
    // terraform's local-exec passes its own environment on: a user's ADDRESS must not matter
    defineNetwork(NET);
    const r = run(shell, env({ ADDRESS: '10.77.0.99', HOSTNAMES: 'x' }));
    expect(r.status).toBe(0);
    expect(hostsOf(NET)).toEqual([ENTRY]);
  });

  const FORMAT = "'ip name \\[name \\.\\.\\.\\]' entries separated by ';'";
  test.each([
    ['ACTION empty', { ACTION: '' }, /^dns-host: ACTION must be add or remove, got ''$/],
    ['ACTION unknown', { ACTION: 'delete' }, /^dns-host: ACTION must be add or remove, got 'delete'$/],
    ['LIBVIRT_URI empty', { LIBVIRT_URI: '' }, /^dns-host: LIBVIRT_URI is empty$/],
    ['NETWORK empty', { NETWORK: '' }, /^dns-host: NETWORK is not a libvirt network name: ''$/],
    ['NETWORK with a space', { NETWORK: 'lab lan' }, /^dns-host: NETWORK is not a libvirt network name: 'lab lan'$/],
    ['NETWORK with a quote', { NETWORK: "lab'lan" }, /^dns-host: NETWORK is not a libvirt network name: 'lab'lan'$/],
    ['NETWORK starting with -', { NETWORK: '-lan' }, /^dns-host: NETWORK is not a libvirt network name: '-lan'$/],
    ['NETWORK with a second line', { NETWORK: 'lan\nother net' }, /^dns-host: NETWORK is not a libvirt network name: 'lan\nother net'$/],
    ['ENTRIES not set', { ENTRIES: undefined }, new RegExp(`^dns-host: ENTRIES is not set: ${FORMAT} \\(empty for none\\)$`)],
    ['ADDRESS and HOSTNAMES of an old caller, without ENTRIES', { ENTRIES: undefined, ADDRESS: IP, HOSTNAMES: 'web' },
      new RegExp(`^dns-host: ADDRESS and HOSTNAMES are no longer read: set ENTRIES, ${FORMAT}$`)],
    ['only ADDRESS, without ENTRIES', { ENTRIES: undefined, ADDRESS: IP }, /^dns-host: ADDRESS and HOSTNAMES are no longer read: set ENTRIES/],
    ['only HOSTNAMES, empty, without ENTRIES', { ENTRIES: undefined, HOSTNAMES: '' }, /^dns-host: ADDRESS and HOSTNAMES are no longer read: set ENTRIES/],
    ['an address that is a word', { ENTRIES: 'web web' }, /^dns-host: ENTRIES: not an IPv4 address: 'web' \(entry 'web web'\)$/],
    ['an address with three parts', { ENTRIES: '10.77.0 web' }, /^dns-host: ENTRIES: not an IPv4 address: '10\.77\.0' \(entry '10\.77\.0 web'\)$/],
    ['an address with five parts', { ENTRIES: '10.77.0.1.2 web' }, /^dns-host: ENTRIES: not an IPv4 address: '10\.77\.0\.1\.2'/],
    ['an address with an empty part', { ENTRIES: '10.77..10 web' }, /^dns-host: ENTRIES: not an IPv4 address: '10\.77\.\.10'/],
    ['an address ending in a dot', { ENTRIES: '10.77.0.10. web' }, /^dns-host: ENTRIES: not an IPv4 address: '10\.77\.0\.10\.'/],
    ['an address starting with a dot', { ENTRIES: '.10.77.0.10 web' }, /^dns-host: ENTRIES: not an IPv4 address: '\.10\.77\.0\.10'/],
    ['an address with a part of four digits', { ENTRIES: '10.77.0.1000 web' }, /^dns-host: ENTRIES: not an IPv4 address: '10\.77\.0\.1000'/],
    ['an address with a quote', { ENTRIES: "10.77.0.10' web" }, /^dns-host: ENTRIES: not an IPv4 address: '10\.77\.0\.10''/],
    ['an address with markup', { ENTRIES: "10.77.0.10'/><host ip='10.77.0.11 web" }, /^dns-host: ENTRIES: not an IPv4 address: '10\.77\.0\.10'\/><host'/],
    ['an address that is a glob', { ENTRIES: '* web' }, /^dns-host: ENTRIES: not an IPv4 address: '\*'/],
    ['a bad address after good entries', { ENTRIES: `${WEB_DB};10.77.0.x mail` }, /^dns-host: ENTRIES: not an IPv4 address: '10\.77\.0\.x' \(entry '10\.77\.0\.x mail'\)$/],
    ['an entry without a name', { ENTRIES: IP }, /^dns-host: ENTRIES: no name for 10\.77\.0\.10 \(entry '10\.77\.0\.10'\)$/],
    ['an entry without a name, before a good one', { ENTRIES: `${IP} ;${DB_IP} db` }, /^dns-host: ENTRIES: no name for 10\.77\.0\.10 \(entry '10\.77\.0\.10 '\)$/],
    ['two entries for one address', { ENTRIES: `${IP} web;${DB_IP} db;${IP} www` }, /^dns-host: ENTRIES: two entries for 10\.77\.0\.10$/],
    ['one name in two entries', { ENTRIES: `${IP} web web.lab-lan.test;${DB_IP} db web.lab-lan.test` }, /^dns-host: ENTRIES: the name web\.lab-lan\.test is given twice$/],
    ['one name twice in an entry', { ENTRIES: `${IP} web web` }, /^dns-host: ENTRIES: the name web is given twice$/],
    ['a name in uppercase', { ENTRIES: `${IP} Web` }, /^dns-host: ENTRIES: not a host name: 'Web' \(entry '10\.77\.0\.10 Web'\)$/],
    ['a name with a single quote', { ENTRIES: `${IP} web'` }, /^dns-host: ENTRIES: not a host name: 'web''/],
    ['a name with a double quote', { ENTRIES: `${IP} web "x"` }, /^dns-host: ENTRIES: not a host name: '"x"'/],
    ['a name with markup', { ENTRIES: `${IP} web</hostname>` }, /^dns-host: ENTRIES: not a host name: 'web<\/hostname>'/],
    ['a name with an underscore, after a good one', { ENTRIES: `${IP} web db_1` }, /^dns-host: ENTRIES: not a host name: 'db_1'/],
    ['a name ending in a dot', { ENTRIES: `${IP} web.` }, /^dns-host: ENTRIES: not a host name: 'web\.'/],
    ['a name with a backslash, printed as it is', { ENTRIES: `${IP} web\\c` }, /^dns-host: ENTRIES: not a host name: 'web\\c' \(entry '10\.77\.0\.10 web\\c'\)$/],
    ['a name starting with a hyphen', { ENTRIES: `${IP} -web` }, /^dns-host: ENTRIES: not a host name: '-web'/],
    ['a bad name in the last entry', { ENTRIES: `${WEB_DB};10.77.0.12 mail/x` }, /^dns-host: ENTRIES: not a host name: 'mail\/x' \(entry '10\.77\.0\.12 mail\/x'\)$/],
    // a file named web is in the working directory: the glob must be reported, not expanded
    ['a name that is a glob', { ENTRIES: `${IP} *` }, /^dns-host: ENTRIES: not a host name: '\*' \(entry '10\.77\.0\.10 \*'\)$/],
    ['a name that is a glob of a longer name', { ENTRIES: `${IP} w?b` }, /^dns-host: ENTRIES: not a host name: 'w\?b'/],
  ])('%s exits 2 with a message and never calls virsh', (_label, extra: Record<string, string | undefined>, message) => {
    // GIVEN a network with an entry
    defineNetwork(NET, { hosts: [OTHER] });
    // WHEN the script runs for add, and for remove
    for (const action of ['add', 'remove']) {
      const e: Env = env({ ACTION: action });
      for (const [k, v] of Object.entries(extra)) if (v === undefined) delete e[k]; else e[k] = v;
      const r = run(shell, e);
      // THEN it refuses, and nothing was asked of libvirt
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.replace(/\n$/, '')).toMatch(message);
      expect(calls()).toEqual([]);
      expect(hostsOf(NET)).toEqual([OTHER]);
    }
  });

  test('without virsh it fails with the packages to install', () => {
    // GIVEN a PATH without virsh / WHEN the script runs
    defineNetwork(NET);
    const r = run(shell, env({ ENTRIES: WEB_DB }), { path: toolbox });
    // THEN it names the Debian and Fedora packages
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^dns-host: virsh is not installed on this machine/);
    expect(r.stderr).toContain('Debian/Ubuntu: apt install libvirt-clients');
    expect(r.stderr).toContain('Fedora/EL: dnf install libvirt-client');
  });
});

describe('the terraform_data that runs the script', () => {
  /** The DNS registrations of a stack (one per libvirt-managed network). */
  const registrations = (json: any) => Object.values<any>(ofType(json, 'terraform_data')).filter((r) => r.input?.entries !== undefined);

  /** Synthesizes a lab with machines `names` on network lan into `outdir`; the stack's directory and its registration of lan. */
  function synthInto(outdir: string, names: string[]): { stackDir: string; reg: any; net: Network; vms: VirtualMachine[] } {
    const app = new App({ outdir });
    const stack = new TerraformStack(app, 'lab');
    const host = new Host(stack, 'kvm1');
    const image = BaseImage.fromCatalog(stack, 'debian', 'debian-12');
    const net = new Network(host, 'lan', { cidr: '10.77.0.0/24' });
    const vms = names.map((n) => new VirtualMachine(host, n, { image, nics: [{ network: net }] }));
    app.synth();
    const stackDir = path.join(outdir, 'stacks', 'lab');
    const [reg] = registrations(JSON.parse(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8')));
    return { stackDir, reg, net, vms };
  }

  /** Runs one provisioner of a registration as terraform would: /bin/sh -c, in the stack's directory, ${path.module} and ${self.input.*} resolved. */
  function runProvisioner(stackDir: string, reg: any, which: 0 | 1, net: Network) {
    const exec = reg.provisioner[which]['local-exec'];
    expect(exec.interpreter).toEqual(['/bin/sh', '-c']);
    // (the network name is known after apply: use its literal name)
    const input = { ...reg.input, network: net.literalName };
    const env = Object.fromEntries(Object.entries<string>(exec.environment).map(([k, v]) => [k, v.replace(/^\$\{self\.input\.(\w+)\}$/, (_m, key) => input[key])]));
    const command = (exec.command as string).replace(/\$\{path\.module\}/g, '.');
    return spawnSync('/bin/sh', ['-c', command], { cwd: stackDir, env: { PATH: `${fakeBin}:${toolbox}`, FAKE_VIRSH_DIR: dir, ...env }, encoding: 'utf8' });
  }

  test('runs the script beside the plan as terraform would, adding every name of the network and removing them on destroy', () => {
    // GIVEN two machines on a libvirt-managed network, synthesized for real
    const { stackDir, reg, net, vms } = synthInto(path.join(dir, 'out'), ['web', 'db']);
    // THEN the command runs the script shipped beside the plan, the same for add and remove
    const [add, remove] = reg.provisioner.map((p: any) => p['local-exec']);
    expect(remove.command).toBe(add.command);
    expect(fs.readFileSync(path.join(stackDir, /"\$\{path\.module\}\/(.+)"/.exec(add.command)![1]), 'utf8')).toBe(fs.readFileSync(SCRIPT, 'utf8'));
    // WHEN terraform runs the create-time provisioner
    defineNetwork('lan');
    const r = runProvisioner(stackDir, reg, 0, net);
    // THEN both machines' names are registered at their planned addresses
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(hostsOf('lan').sort()).toEqual(vms.map((vm) => `<host ip='${vm.plannedAddresses[0]}'><hostname>${vm.hostname}</hostname><hostname>${vm.hostname}.lan.test</hostname></host>`).sort());
    // AND the destroy-time provisioner removes them all
    expect(runProvisioner(stackDir, reg, 1, net).status).toBe(0);
    expect(hostsOf('lan')).toEqual([]);
    expect(calls().every((c) => c[2] === 'qemu:///system')).toBe(true);
  });

  test('a machine removed from the lab: the registration\'s replacement removes its names and keeps the others', () => {
    // GIVEN the registration of web and db applied
    defineNetwork('lan');
    const before = synthInto(path.join(dir, 'before'), ['web', 'db']);
    expect(runProvisioner(before.stackDir, before.reg, 0, before.net).status).toBe(0);
    // WHEN db is removed: terraform replaces the registration (its entries changed), destroy of the old then create of the new
    const after = synthInto(path.join(dir, 'after'), ['web']);
    expect(after.reg.triggers_replace.entries).not.toBe(before.reg.triggers_replace.entries);
    expect(runProvisioner(before.stackDir, before.reg, 1, before.net).status).toBe(0);
    expect(runProvisioner(after.stackDir, after.reg, 0, after.net).status).toBe(0);
    // THEN only web's names are left
    expect(hostsOf('lan')).toEqual([`<host ip='${after.vms[0].plannedAddresses[0]}'><hostname>web</hostname><hostname>web.lan.test</hostname></host>`]);
  });

  test('one entry per network and name: a second NIC of the machine on the same network is not registered again', () => {
    // GIVEN a machine with two NICs on one network
    const lab = newLab();
    const vm = new VirtualMachine(lab.host, 'web', { image: lab.image, nics: [{ network: lab.net }, { network: lab.net }] });
    // WHEN synthesized / THEN only its first address there is registered (libvirt refuses a second entry with the same name)
    const regs = registrations(synthJson(lab.stack));
    expect(regs).toHaveLength(1);
    expect(regs[0].input.entries).toBe(`${vm.plannedAddresses[0]} web web.lan.test`);
  });

  test('two machines with one hostname on one network are refused, naming both and the fix', () => {
    // GIVEN two labs that both have a web on a shared network
    const lab = newLab();
    const a = new Lab(lab.host, 'a');
    const b = new Lab(lab.host, 'b');
    new VirtualMachine(a, 'web', { image: lab.image, nics: [{ network: lab.net }], hostNumber: 10 });
    // WHEN the second registers the same name / THEN it is refused before anything is planned
    expectRejected(() => new VirtualMachine(b, 'web', { image: lab.image, nics: [{ network: lab.net }], hostNumber: 11 }),
      /^test\/kvm1\/b\/web: the DNS name web on network lan is already used by test\/kvm1\/a\/web \(got "web"\); give one of the two machines another hostname \(the hostname prop\), or put them on different networks$/);
    // AND another hostname is the fix
    expect(() => new VirtualMachine(b, 'web2', { image: lab.image, hostname: 'web-b', nics: [{ network: lab.net }], hostNumber: 12 })).not.toThrow();
  });

  test('a qemu+sshcmd:// host is reached by virsh as qemu+ssh:// (the ssh binary, as the provider does)', () => {
    // GIVEN a host reached through the system ssh
    const stack = newStack();
    const host = new Host(stack, 'kvm1', { connection: HostConnection.sshCmd({ host: 'kvm.example.org', user: 'ops', port: 2222 }) });
    const net = new Network(host, 'lan', { cidr: '10.77.0.0/24' });
    new VirtualMachine(host, 'web', { image: BaseImage.fromCatalog(stack, 'debian', 'debian-12'), nics: [{ network: net }] });
    // WHEN synthesized
    const json = synthJson(stack);
    // THEN the provider keeps its own scheme, and virsh gets the scheme it knows for the same transport
    expect(json.provider.libvirt[0].uri).toBe('qemu+sshcmd://ops@kvm.example.org:2222/system');
    expect(registrations(json).map((r) => r.input.uri)).toEqual(['qemu+ssh://ops@kvm.example.org:2222/system']);
  });

  test('virshUri changes only the qemu+sshcmd scheme', () => {
    expect(virshUri('qemu+sshcmd://ops@kvm/system')).toBe('qemu+ssh://ops@kvm/system');
    expect(virshUri('qemu+ssh://ops@kvm/system?keyfile=%2Fk')).toBe('qemu+ssh://ops@kvm/system?keyfile=%2Fk');
    expect(virshUri('qemu:///system')).toBe('qemu:///system');
    expect(virshUri('qemu+tls://kvm/system')).toBe('qemu+tls://kvm/system');
    expect(virshUri('qemu+tcp://kvm/qemu+sshcmd://')).toBe('qemu+tcp://kvm/qemu+sshcmd://');
  });
});

(REAL_VIRSH !== undefined ? describe : describe.skip)('the command lines are accepted by a real virsh (mock driver test:///default)', () => {
  // the mock driver's network 'default' is 192.168.122.0/24 and running
  const A = '192.168.122.10';
  const B = '192.168.122.11';
  const C = '192.168.122.12';
  const REAL_ENTRIES = `${A} web web.lab.test;${B} db db.lab.test;${C} mail`;
  const REAL_HOSTS = [hostXml(A, 'web', 'web.lab.test'), hostXml(B, 'db', 'db.lab.test'), hostXml(C, 'mail')];
  const realEnv = (extra: Env = {}): Env => ({
    ACTION: 'add', LIBVIRT_URI: 'test:///default', NETWORK: 'default', ENTRIES: REAL_ENTRIES, ...extra,
  });

  /** One virsh command in virsh's own syntax: every argument double-quoted. */
  function virshCommand(args: string[]): string {
    for (const a of args) if (/["\\]/.test(a)) throw new Error(`cannot quote ${a}`);
    return args.map((a) => `"${a}"`).join(' ');
  }

  /** Runs `commands` in one virsh process on test:///default (its state lasts one connection). */
  function session(commands: string[][]) {
    const r = spawnSync(REAL_VIRSH!, ['-q', '-c', 'test:///default', commands.map(virshCommand).join('; ')], { encoding: 'utf8', timeout: 30000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  /** The host entries of a dumped network XML, flattened to one line each. */
  const hostEntries = (xml: string) => [...xml.matchAll(/<host ip='[^']*'>[\s\S]*?<\/host>/g)].map((m) => m[0].replace(/>\s+</g, '><'));

  /** The net-update lines the script builds for `runs` (captured with the fake, its network 'default' as given). */
  function linesOf(runs: Env[], network: { active?: boolean; hosts?: string[] } = {}): string[][] {
    defineNetwork('default', network);
    for (const e of runs) expect(run(SHELLS[0], realEnv(e)).status).toBe(0);
    return updates();
  }

  test('the add lines add every entry with its names', () => {
    // GIVEN the net-update lines the script builds for an add of three entries
    const lines = linesOf([{}]);
    expect(lines).toEqual(REAL_HOSTS.map((h) => ['net-update', 'default', 'add-last', 'dns-host', h, '--live', '--config']));
    // WHEN real virsh runs them / THEN libvirt accepts them and the network has the entries, in order
    const r = session([...lines, ['net-dumpxml', 'default']]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(hostEntries(r.stdout)).toEqual(REAL_HOSTS);
  });

  test('the replace lines (delete by address, then add) leave one entry each; the remove lines leave none', () => {
    // GIVEN the lines of a first add, a second add over it (replace) and a remove
    const lines = linesOf([{}, {}, { ACTION: 'remove' }]);
    expect(lines.map((l) => l[2])).toEqual(['add-last', 'add-last', 'add-last', 'delete', 'add-last', 'delete', 'add-last', 'delete', 'add-last', 'delete', 'delete', 'delete']);
    // WHEN real virsh runs them in order, dumping the network after the replace and after the remove
    const r = session([...lines.slice(0, 9), ['net-dumpxml', 'default'], ...lines.slice(9), ['net-dumpxml', 'default']]);
    // THEN all are accepted
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const [afterReplace, afterRemove] = r.stdout.split('</network>');
    expect(hostEntries(afterReplace)).toEqual(REAL_HOSTS);
    expect(hostEntries(afterRemove)).toEqual([]);
  });

  test('removing some entries (a machine taken out) leaves the others', () => {
    // GIVEN the lines of an add of three entries, and of the removal of the middle one
    const lines = linesOf([{}, { ACTION: 'remove', ENTRIES: `${B} db db.lab.test` }]);
    expect(lines.map((l) => l[2])).toEqual(['add-last', 'add-last', 'add-last', 'delete']);
    // WHEN real virsh runs them / THEN the delete by address removes that entry only
    const r = session([...lines, ['net-dumpxml', 'default']]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(hostEntries(r.stdout)).toEqual([REAL_HOSTS[0], REAL_HOSTS[2]]);
  });

  test('the --config lines for an inactive network add and remove the entries', () => {
    // GIVEN the lines of an add and a remove on a network that is not running
    const lines = linesOf([{}, { ACTION: 'remove' }], { active: false });
    expect(lines).toHaveLength(6);
    for (const line of lines) expect(line.slice(5)).toEqual(['--config']);
    // WHEN real virsh runs them on its network stopped, dumping after the adds and after the removes
    const r = session([['net-destroy', 'default'], ...lines.slice(0, 3), ['net-dumpxml', 'default'], ...lines.slice(3), ['net-dumpxml', 'default']]);
    // THEN the persistent definition (what an inactive network dumps) has them, then has none
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const [afterAdd, afterRemove] = r.stdout.split('</network>');
    expect(hostEntries(afterAdd)).toEqual(REAL_HOSTS);
    expect(hostEntries(afterRemove)).toEqual([]);
  });

  test('the mock driver refuses what libvirt refuses (the check can fail)', () => {
    // a second entry for the same address, as the script would build it without its delete
    const r = session([
      ['net-update', 'default', 'add-last', 'dns-host', REAL_HOSTS[0], '--live', '--config'],
      ['net-update', 'default', 'add-last', 'dns-host', REAL_HOSTS[0], '--live', '--config'],
    ]);
    expect(r.stderr).toMatch(/already at least one DNS HOST record/);
  });
});
