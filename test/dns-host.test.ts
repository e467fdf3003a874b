/**
 * Runs lib/scripts/dns-host.sh (run by terraform local-exec to register a machine's names in a
 * libvirt network's DNS with `virsh net-update`) against a fake `virsh` on PATH. The fake logs its
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
import { BaseImage, Host, HostConnection, Lab, Network, VirtualMachine } from '../lib';
import { virshUri } from '../lib/private/scripts';
import { expectRejected, newLab, newStack, ofType, synthJson } from './support/lab';
import { SHELLS, Shell, toolPaths, which } from './support/shell';

const SCRIPT = path.resolve(__dirname, '..', 'lib', 'scripts', 'dns-host.sh');

const REAL_VIRSH = which('virsh');

/** What the script (grep) and the fake virsh need on PATH. */
const TOOLS = toolPaths(['grep', 'sed', 'awk', 'cat', 'mv']);

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
const ENTRY = `<host ip='${IP}'><hostname>web</hostname><hostname>web.lab-lan.test</hostname></host>`;

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
  ACTION: 'add', LIBVIRT_URI: URI, NETWORK: NET, ADDRESS: IP, HOSTNAMES: 'web web.lab-lan.test', ...extra,
});

describe.each(SHELLS)('dns-host.sh under $name', (shell) => {
  test('add on a running network appends the host entry live and persistently', () => {
    // GIVEN a running network with one entry of another machine
    const other = "<host ip='10.77.0.11'><hostname>db</hostname></host>";
    defineNetwork(NET, { hosts: [other] });
    // WHEN the script adds web
    const r = run(shell, env());
    // THEN it succeeds and says what it did
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`dns-host: web web.lab-lan.test -> ${IP} on network ${NET}\n`);
    // AND exactly one net-update appended the entry with --live --config
    expect(updates()).toEqual([['net-update', NET, 'add-last', 'dns-host', ENTRY, '--live', '--config']]);
    expect(hostsOf(NET)).toEqual([other, ENTRY]);
    // AND every call went to the given URI, quietly
    for (const c of calls()) expect(c.slice(0, 3)).toEqual(['-q', '-c', URI]);
  });

  test('add replaces a stale entry for the same address, and leaves others alone', () => {
    // GIVEN a leftover entry for the address (an earlier apply) and another machine's entry
    const stale = `<host ip='${IP}'><hostname>old</hostname></host>`;
    const other = "<host ip='10.77.0.11'><hostname>db</hostname></host>";
    defineNetwork(NET, { hosts: [stale, other] });
    // WHEN the script adds web
    const r = run(shell, env());
    // THEN the stale entry is deleted by address and the new one appended
    expect(r.status).toBe(0);
    expect(updates()).toEqual([
      ['net-update', NET, 'delete', 'dns-host', `<host ip='${IP}'/>`, '--live', '--config'],
      ['net-update', NET, 'add-last', 'dns-host', ENTRY, '--live', '--config'],
    ]);
    expect(hostsOf(NET)).toEqual([other, ENTRY]);
  });

  test('adding twice leaves one entry', () => {
    defineNetwork(NET);
    expect(run(shell, env()).status).toBe(0);
    expect(run(shell, env()).status).toBe(0);
    expect(hostsOf(NET)).toEqual([ENTRY]);
  });

  test('a single name (no domain) is one hostname element', () => {
    defineNetwork(NET);
    expect(run(shell, env({ HOSTNAMES: 'web' })).status).toBe(0);
    expect(hostsOf(NET)).toEqual([`<host ip='${IP}'><hostname>web</hostname></host>`]);
  });

  test('remove deletes the entry of the address', () => {
    // GIVEN the machine's entry and another one
    const other = "<host ip='10.77.0.11'><hostname>db</hostname></host>";
    defineNetwork(NET, { hosts: [ENTRY, other] });
    // WHEN the script removes it
    const r = run(shell, env({ ACTION: 'remove' }));
    // THEN only that entry is gone
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`dns-host: removed ${IP} from network ${NET}\n`);
    expect(updates()).toEqual([['net-update', NET, 'delete', 'dns-host', `<host ip='${IP}'/>`, '--live', '--config']]);
    expect(hostsOf(NET)).toEqual([other]);
  });

  test('remove of an entry that is not there changes nothing and succeeds', () => {
    defineNetwork(NET);
    const r = run(shell, env({ ACTION: 'remove' }));
    expect(r.status).toBe(0);
    expect(updates()).toEqual([]);
  });

  test('remove on a network that is gone exits 0 with a message', () => {
    // GIVEN no network at all (destroyed before the registration)
    // WHEN the script removes / THEN there is nothing to do, and it says so
    const r = run(shell, env({ ACTION: 'remove' }));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`dns-host: network ${NET} is gone; nothing to remove for ${IP}\n`);
    expect(updates()).toEqual([]);
  });

  test('add on a network that is not there fails, with virsh\'s reason', () => {
    const r = run(shell, env());
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^dns-host: cannot read network ${NET} at ${URI.replace(/[.+]/g, '\\$&')}: .*Network not found`, 's'));
    expect(updates()).toEqual([]);
  });

  test('an inactive network is updated with --config only', () => {
    // GIVEN a defined network that is not running (--live would be refused)
    defineNetwork(NET, { active: false, hosts: [`<host ip='${IP}'><hostname>old</hostname></host>`] });
    // WHEN the script adds web
    const r = run(shell, env());
    // THEN the persistent definition is changed only
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(updates()).toEqual([
      ['net-update', NET, 'delete', 'dns-host', `<host ip='${IP}'/>`, '--config'],
      ['net-update', NET, 'add-last', 'dns-host', ENTRY, '--config'],
    ]);
    expect(hostsOf(NET)).toEqual([ENTRY]);
  });

  test('a failing net-update fails the script, without claiming success', () => {
    defineNetwork(NET);
    const r = run(shell, env({ FAKE_VIRSH_FAIL_UPDATE: '1' }));
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Failed to update network');
  });

  test.each([
    ['ACTION empty', { ACTION: '' }, /^dns-host: ACTION must be add or remove, got ''$/],
    ['ACTION unknown', { ACTION: 'delete' }, /^dns-host: ACTION must be add or remove, got 'delete'$/],
    ['LIBVIRT_URI empty', { LIBVIRT_URI: '' }, /^dns-host: LIBVIRT_URI is empty$/],
    ['NETWORK empty', { NETWORK: '' }, /^dns-host: NETWORK is not a libvirt network name: ''$/],
    ['NETWORK with a space', { NETWORK: 'lab lan' }, /^dns-host: NETWORK is not a libvirt network name: 'lab lan'$/],
    ['NETWORK with a quote', { NETWORK: "lab'lan" }, /^dns-host: NETWORK is not a libvirt network name: 'lab'lan'$/],
    ['NETWORK starting with -', { NETWORK: '-lan' }, /^dns-host: NETWORK is not a libvirt network name: '-lan'$/],
    ['NETWORK with a second line', { NETWORK: 'lan\nother net' }, /^dns-host: NETWORK is not a libvirt network name: 'lan\nother net'$/],
    ['ADDRESS empty', { ADDRESS: '' }, /^dns-host: ADDRESS is not an IPv4 address: ''$/],
    ['ADDRESS a word', { ADDRESS: 'web' }, /^dns-host: ADDRESS is not an IPv4 address: 'web'$/],
    ['ADDRESS with three parts', { ADDRESS: '10.77.0' }, /^dns-host: ADDRESS is not an IPv4 address: '10\.77\.0'$/],
    ['ADDRESS with a quote', { ADDRESS: "10.77.0.10'" }, /^dns-host: ADDRESS is not an IPv4 address: '10\.77\.0\.10''$/],
    ['ADDRESS with a second line', { ADDRESS: "10.77.0.10\n' x='y" }, /^dns-host: ADDRESS is not an IPv4 address: '10\.77\.0\.10\n' x='y'$/],
    ['HOSTNAMES empty', { HOSTNAMES: '' }, /^dns-host: HOSTNAMES is empty$/],
    ['HOSTNAMES only blanks', { HOSTNAMES: '   ' }, /^dns-host: HOSTNAMES is empty$/],
    ['a hostname in uppercase', { HOSTNAMES: 'Web' }, /^dns-host: not a host name: 'Web'$/],
    ['a hostname with a single quote', { HOSTNAMES: "web'" }, /^dns-host: not a host name: 'web''$/],
    ['a hostname with a double quote', { HOSTNAMES: 'web "x"' }, /^dns-host: not a host name: '"x"'$/],
    ['a hostname with markup', { HOSTNAMES: 'web</hostname>' }, /^dns-host: not a host name: 'web<\/hostname>'$/],
    ['a hostname with an underscore, after a good one', { HOSTNAMES: 'web db_1' }, /^dns-host: not a host name: 'db_1'$/],
    ['a hostname ending in a dot', { HOSTNAMES: 'web.' }, /^dns-host: not a host name: 'web\.'$/],
    ['a glob', { HOSTNAMES: '*' }, /^dns-host: not a host name: '\*'$/],
  ])('%s exits 2 with a message and never calls virsh', (_label, extra, message) => {
    defineNetwork(NET);
    const r = run(shell, env(extra));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.replace(/\n$/, '')).toMatch(message);
    expect(calls()).toEqual([]);
    expect(hostsOf(NET)).toEqual([]);
  });

  test('without virsh it fails with the packages to install', () => {
    // GIVEN a PATH without virsh / WHEN the script runs
    defineNetwork(NET);
    const r = run(shell, env(), { path: toolbox });
    // THEN it names the Debian and Fedora packages
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^dns-host: virsh is not installed on this machine/);
    expect(r.stderr).toContain('Debian/Ubuntu: apt install libvirt-clients');
    expect(r.stderr).toContain('Fedora/EL: dnf install libvirt-client');
  });
});

describe('the terraform_data that runs the script', () => {
  /** The DNS registrations of a stack. */
  const registrations = (json: any) => Object.values<any>(ofType(json, 'terraform_data')).filter((r) => r.input?.hostnames !== undefined);

  test('runs the script as terraform would: /bin/sh -c with its environment, against the same network', () => {
    // GIVEN a machine on a libvirt-managed network
    const lab = newLab();
    const vm = new VirtualMachine(lab.host, 'web', { image: lab.image, nics: [{ network: lab.net }] });
    const [reg] = registrations(synthJson(lab.stack));
    const [add, remove] = reg.provisioner.map((p: any) => p['local-exec']);
    // THEN the command is the script, escaped for Terraform's template syntax
    const command: string = add.command.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
    expect(command).toBe(fs.readFileSync(SCRIPT, 'utf8'));
    expect(add.interpreter).toEqual(['/bin/sh', '-c']);
    expect(remove.command).toBe(add.command);
    // WHEN terraform runs it with ${self.input.*} resolved (the network name is known after apply: use its literal name)
    const input = { ...reg.input, network: lab.net.literalName };
    const resolve = (e: Record<string, string>) => Object.fromEntries(Object.entries(e).map(([k, v]) => [k, v.replace(/^\$\{self\.input\.(\w+)\}$/, (_m, key) => input[key])]));
    defineNetwork('lan');
    const r = spawnSync('/bin/sh', ['-c', command], { cwd: dir, env: { PATH: `${fakeBin}:${toolbox}`, FAKE_VIRSH_DIR: dir, ...resolve(add.environment) }, encoding: 'utf8' });
    // THEN the machine's names are registered at its planned address, and removed on destroy
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(hostsOf('lan')).toEqual([`<host ip='${vm.plannedAddresses[0]}'><hostname>web</hostname><hostname>web.lan.test</hostname></host>`]);
    const d = spawnSync('/bin/sh', ['-c', command], { cwd: dir, env: { PATH: `${fakeBin}:${toolbox}`, FAKE_VIRSH_DIR: dir, ...resolve(remove.environment) }, encoding: 'utf8' });
    expect(d.status).toBe(0);
    expect(hostsOf('lan')).toEqual([]);
    expect(calls().every((c) => c[2] === 'qemu:///system')).toBe(true);
  });

  test('one entry per network and name: a second NIC of the machine on the same network is not registered again', () => {
    // GIVEN a machine with two NICs on one network
    const lab = newLab();
    new VirtualMachine(lab.host, 'web', { image: lab.image, nics: [{ network: lab.net }, { network: lab.net }] });
    // WHEN synthesized / THEN only its first address there is registered (libvirt refuses a second entry with the same name)
    const regs = registrations(synthJson(lab.stack));
    expect(regs).toHaveLength(1);
    expect(regs[0].input.hostnames).toBe('web web.lan.test');
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
  const REAL_IP = '192.168.122.10';
  const REAL_ENTRY = `<host ip='${REAL_IP}'><hostname>web</hostname><hostname>web.lab.test</hostname></host>`;
  const realEnv = (extra: Env = {}): Env => ({
    ACTION: 'add', LIBVIRT_URI: 'test:///default', NETWORK: 'default', ADDRESS: REAL_IP, HOSTNAMES: 'web web.lab.test', ...extra,
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

  test('the add line adds the host entry with both names', () => {
    // GIVEN the net-update line the script builds for an add (captured with the fake)
    defineNetwork('default');
    expect(run(SHELLS[0], realEnv()).status).toBe(0);
    const [addLine] = updates();
    expect(addLine).toEqual(['net-update', 'default', 'add-last', 'dns-host', REAL_ENTRY, '--live', '--config']);
    // WHEN real virsh runs it / THEN libvirt accepts it and the network has the entry
    const r = session([addLine, ['net-dumpxml', 'default']]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(hostEntries(r.stdout)).toEqual([REAL_ENTRY]);
  });

  test('the replace lines (delete by address, then add) leave one entry; the remove line leaves none', () => {
    // GIVEN the lines of a first add, a second add over it (replace) and a remove
    defineNetwork('default');
    for (const action of ['add', 'add', 'remove']) expect(run(SHELLS[0], realEnv({ ACTION: action })).status).toBe(0);
    const lines = updates();
    expect(lines.map((l) => l[2])).toEqual(['add-last', 'delete', 'add-last', 'delete']);
    // WHEN real virsh runs them in order, dumping the network after the replace and after the remove
    const r = session([...lines.slice(0, 3), ['net-dumpxml', 'default'], lines[3], ['net-dumpxml', 'default']]);
    // THEN all are accepted
    expect(r.stderr).toBe('');
    const [afterReplace, afterRemove] = r.stdout.split('</network>');
    expect(hostEntries(afterReplace)).toEqual([REAL_ENTRY]);
    expect(hostEntries(afterRemove)).toEqual([]);
  });

  test('the --config line for an inactive network is accepted', () => {
    defineNetwork('default', { active: false });
    expect(run(SHELLS[0], realEnv()).status).toBe(0);
    const [line] = updates();
    expect(line.slice(-1)).toEqual(['--config']);
    const r = session([line]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  test('the mock driver refuses what libvirt refuses (the check can fail)', () => {
    // a second entry for the same address, as the script would build it without its delete
    const r = session([
      ['net-update', 'default', 'add-last', 'dns-host', REAL_ENTRY, '--live', '--config'],
      ['net-update', 'default', 'add-last', 'dns-host', REAL_ENTRY, '--live', '--config'],
    ]);
    expect(r.stderr).toMatch(/already at least one DNS HOST record/);
  });
});
