/**
 * The SSH config as OpenSSH reads it: `ssh -G -F <file> <alias>` prints the options that ssh would
 * use for a destination, after its own parsing, unquoting and (for most paths) expansion. Where
 * `-G` prints a path before expansion (IdentityFile), `ssh -v` with `ProxyCommand=false` shows the
 * path ssh really opens, without any network traffic. ssh is in the Debian package openssh-client.
 */
import * as os from 'os';
import { LibvirtValidationError } from '../../lib/errors';
import { defaultKnownHostsFile, renderSshConfig, SshConfigOptions } from '../../lib/artifacts';
import { Topology } from '../../lib/topology';
import { fixture, machine, variant } from './fixture';
import { expectSuccess, itWith, output, run, tmpDir, tmpFile, which } from './tools';

const SSH = which('ssh');
const itSsh = itWith('ssh', SSH, 'openssh-client');

/** What ssh resolves for `alias`: option name (lowercase) -> the values printed for it. */
function sshG(config: string, alias: string): Map<string, string[]> {
  const file = tmpFile('ssh_config', config);
  const r = run([SSH!, '-G', '-F', file, alias], { HOME: tmpDir() });
  expectSuccess(r);
  const options = new Map<string, string[]>();
  for (const line of r.stdout.split('\n').filter((l) => l !== '')) {
    const space = line.indexOf(' ');
    const key = line.slice(0, space).toLowerCase();
    options.set(key, [...(options.get(key) ?? []), line.slice(space + 1)]);
  }
  return options;
}

/** The one value of an option, or undefined. */
function one(options: Map<string, string[]>, key: string): string | undefined {
  const values = options.get(key);
  if (values !== undefined && values.length !== 1) throw new Error(`${key} has ${values.length} values: ${values.join(' | ')}`);
  return values?.[0];
}

/**
 * The identity files that ssh opens for `alias`, from its debug output (`ProxyCommand=false`: it
 * connects to nothing). ssh writes log lines through strnvis(3): `\\` for a backslash, `\ooo`
 * (octal) for each byte that is not printable ASCII.
 */
function identityFilesOpened(config: string, alias: string): string[] {
  const file = tmpFile('ssh_config', config);
  const r = run([SSH!, '-v', '-F', file, '-o', 'ProxyCommand=false', '-o', 'BatchMode=yes', alias, 'true'], { HOME: tmpDir() });
  const unvis = (s: string) => Buffer.from(s.replace(/\\(\\|[0-7]{3})/g, (_m, e: string) => (e === '\\' ? '\\' : String.fromCharCode(parseInt(e, 8)))), 'latin1').toString('utf8');
  const files = [...r.stderr.matchAll(/^debug1: identity file (.*) type -?\d+$/gm)].map((m) => unvis(m[1])).filter((f) => !f.endsWith('-cert'));
  if (files.length === 0) throw new Error(`ssh named no identity file: ${output(r)}`);
  return files;
}

const HOME = os.userInfo().homedir;
const LOCAL_USER = os.userInfo().username;

describe('renderSshConfig read by ssh -G', () => {
  const options: SshConfigOptions = { identityFile: '~/.ssh/id_lab' };
  const config = renderSshConfig(fixture(), options);

  itSsh('each machine of the local host: address, login user, key only, host keys accepted on first use into the stack\'s file', () => {
    // GIVEN the fixture's router on the local host
    // WHEN ssh resolves its alias
    const o = sshG(config, 'lab1-router');
    // THEN it connects to its first planned address as its login user, directly
    expect(one(o, 'hostname')).toBe('10.80.1.2');
    expect(one(o, 'user')).toBe('debian');
    expect(o.has('proxyjump')).toBe(false);
    expect(one(o, 'identityfile')).toBe('~/.ssh/id_lab');
    expect(one(o, 'identitiesonly')).toBe('yes');
    expect(one(o, 'stricthostkeychecking')).toBe('accept-new');
    expect(one(o, 'userknownhostsfile')).toBe(`${HOME}/.ssh/known_hosts.cdktf-libvirt.demo`);
    expect(one(o, 'hostkeyalias')).toBe('lab1-router');
  });

  itSsh('the machines of the remote host jump through it as user@host:port', () => {
    for (const [alias, address] of [['k3s-server-1', '10.81.0.10'], ['k3s-agent-1', '10.81.0.11'], ['k3s-agent-2', '10.81.0.12']]) {
      const o = sshG(config, alias);
      expect([alias, one(o, 'hostname'), one(o, 'user'), one(o, 'proxyjump')]).toEqual([alias, address, 'ubuntu', 'lab-admin@kvm2.example.net:2222']);
      expect(one(o, 'stricthostkeychecking')).toBe('accept-new');
    }
  });

  itSsh('the hostname is an alias too when it differs from the libvirt name', () => {
    expect(one(sshG(config, 'router'), 'hostname')).toBe('10.80.1.2');
    expect(one(sshG(config, 'web-1'), 'hostname')).toBe('10.80.2.10');
    expect(one(sshG(config, 'router'), 'hostkeyalias')).toBe('lab1-router');
  });

  itSsh('a machine with only a DHCP NIC is reached by its FQDN', () => {
    expect(one(sshG(config, 'lab1-dhcp-client'), 'hostname')).toBe('dhcp-client.lab1-lan.test');
  });

  itSsh('a machine with neither address nor FQDN is reached by its hostname', () => {
    const t = variant((v) => {
      v.machines.find((m) => m.name === 'lab1-dhcp-client')!.fqdn = undefined;
    });
    expect(one(sshG(renderSshConfig(t), 'lab1-dhcp-client'), 'hostname')).toBe('dhcp-client');
  });

  itSsh('a machine without a login user gets no User: ssh falls back to the local user', () => {
    expect(config).toMatch(/# no login user is known[^\n]*\nHost lab1-appliance appliance\n {2}HostName 10\.80\.1\.20\n {2}IdentityFile/);
    expect(one(sshG(config, 'lab1-appliance'), 'user')).toBe(LOCAL_USER);
  });

  itSsh('without options: no IdentityFile line, the default known_hosts file of the stack', () => {
    const plain = renderSshConfig(fixture());
    expect(plain).not.toMatch(/IdentityFile|IdentitiesOnly/);
    expect(one(sshG(plain, 'lab1-web-1'), 'userknownhostsfile')).toBe(`${HOME}/.ssh/known_hosts.cdktf-libvirt.demo`);
    expect(defaultKnownHostsFile('my stack/"1"')).toBe('~/.ssh/known_hosts.cdktf-libvirt.my_stack__1_');
  });

  itSsh('an IPv6 jump host is put in brackets, with or without a port', () => {
    for (const [port, expected] of [[2200, 'admin@[fd00::1]:2200'], [undefined, 'admin@[fd00::1]']] as const) {
      const t = variant((v) => {
        v.hosts[1].ssh = { destination: 'admin@fd00::1', port };
      });
      expect(one(sshG(renderSshConfig(t), 'k3s-agent-1'), 'proxyjump')).toBe(expected);
    }
  });

  itSsh('the jump to a qemu+ssh host uses its connection\'s key and known_hosts, and ssh hands this file on to the jump', () => {
    // GIVEN the remote KVM host's connection names its key and known_hosts file
    const t = variant((v) => {
      v.hosts[1].ssh = { destination: 'lab-admin@kvm2.example.net', port: 2222, keyFile: '~/.ssh/id_kvm', knownHostsFile: '/etc/lab/known_hosts' };
    });
    const withKeys = renderSshConfig(t, options);
    // WHEN ssh resolves the jump host's name, as the jump's own ssh does
    const jump = sshG(withKeys, 'kvm2.example.net');
    // THEN it takes that key alone and verifies the host key in that file, strictly
    expect(one(jump, 'identityfile')).toBe('~/.ssh/id_kvm');
    expect(one(jump, 'identitiesonly')).toBe('yes');
    expect(one(jump, 'userknownhostsfile')).toBe('/etc/lab/known_hosts');
    expect(one(jump, 'stricthostkeychecking')).not.toBe('accept-new');
    // the machines behind it keep their own key and known_hosts
    const agent = sshG(withKeys, 'k3s-agent-1');
    expect(one(agent, 'identityfile')).toBe('~/.ssh/id_lab');
    expect(one(agent, 'userknownhostsfile')).toBe(`${HOME}/.ssh/known_hosts.cdktf-libvirt.demo`);
    // and the jump's ssh reads this file (-F), so it finds that block: seen with a jump host on
    // loopback at a closed port, so that nothing leaves the machine
    const local = variant((v) => {
      v.hosts[1].ssh = { destination: 'lab-admin@127.0.0.1', port: 1, keyFile: '~/.ssh/id_kvm' };
    });
    const file = tmpFile('ssh_config', renderSshConfig(local, options));
    const r = run([SSH!, '-v', '-F', file, '-o', 'BatchMode=yes', '-o', 'ConnectTimeout=2', 'k3s-agent-1', 'true'], { HOME: tmpDir() });
    expect(r.stderr).toContain(`Executing proxy command: exec ${SSH} -l lab-admin -p 1 -F ${file} `);
    // the jump's own ssh applies the block of its host
    expect(r.stderr).toMatch(/ssh_config line \d+: Applying options for 127\.0\.0\.1/);
  });

  itSsh('no block for a jump host whose connection names neither key nor known_hosts', () => {
    expect(config).not.toMatch(/^Host kvm2\.example\.net/m);
  });

  itSsh('a jump host without a user or port is just the host', () => {
    const t = variant((v) => {
      v.hosts[1].ssh = { destination: 'kvm2.example.net' };
    });
    expect(one(sshG(renderSshConfig(t), 'k3s-agent-1'), 'proxyjump')).toBe('kvm2.example.net');
  });
});

describe('renderSshConfig: paths that need quoting reach ssh unchanged', () => {
  // spaces, both quotes, '#' (a comment where an argument starts), '%' (an ssh token), a backslash, non-ASCII
  const dir = `/tmp/it's a "lab" #1 100% \\x Grüße`;

  itSsh('an identity file is opened at exactly the given path', () => {
    const config = renderSshConfig(fixture(), { identityFile: `${dir}/id` });
    expect(identityFilesOpened(config, 'lab1-web-1')).toEqual([`${dir}/id`]);
  });

  itSsh('a known_hosts file is exactly the given path, and one file', () => {
    const config = renderSshConfig(fixture(), { knownHostsFile: `${dir}/known hosts` });
    expect(one(sshG(config, 'lab1-web-1'), 'userknownhostsfile')).toBe(`${dir}/known hosts`);
  });

  itSsh('a leading ~/ is the home directory', () => {
    const config = renderSshConfig(fixture(), { identityFile: '~/keys/my lab', knownHostsFile: '~/.ssh/lab hosts' });
    expect(identityFilesOpened(config, 'lab1-web-1')).toEqual([`${HOME}/keys/my lab`]);
    expect(one(sshG(config, 'lab1-web-1'), 'userknownhostsfile')).toBe(`${HOME}/.ssh/lab hosts`);
  });

  itSsh('a hostile stack id or machine path only appears in comments, escaped on one line', () => {
    const t = variant((v) => {
      v.stack = 'demo "1"\nHost *\n  User root';
      v.machines[0].path = 'demo/\nHost * #1';
    });
    const config = renderSshConfig(t);
    expect(config.split('\n').filter((l) => /^Host /.test(l))).toHaveLength(t.machines.length);
    expect(one(sshG(config, 'lab1-web-1'), 'user')).toBe('debian');
    expect(one(sshG(config, 'lab1-appliance'), 'user')).toBe(LOCAL_USER);
    expect(config).toContain('# "demo/\\nHost * #1" on KVM host "local"');
    expect(one(sshG(config, 'lab1-web-1'), 'userknownhostsfile')).toBe(`${HOME}/.ssh/known_hosts.cdktf-libvirt.demo__1__Host_____User_root`);
  });
});

describe('renderSshConfig: values ssh would misread are refused', () => {
  test.each([
    ['a line break', '/tmp/a\nHost *'],
    ['a tab', '/tmp/a\tb'],
    ['an environment variable', '/tmp/${HOME}/id'],
    ['nothing', ''],
  ])('an identity file with %s', (_what, identityFile) => {
    expect(() => renderSshConfig(fixture(), { identityFile })).toThrow(LibvirtValidationError);
    expect(() => renderSshConfig(fixture(), { identityFile })).toThrow(/^demo: identityFile (holds|is empty)/);
  });

  test('a known_hosts file with a line break', () => {
    expect(() => renderSshConfig(fixture(), { knownHostsFile: 'a\nb' })).toThrow(/^demo: knownHostsFile holds a line break or another control character, which an SSH config cannot hold \(got "a\\nb"\); use a path without control characters$/);
  });

  test.each(['deb ian', 'root"', '-oProxyCommand=x', 'a%u', 'user#1', 'me@host'])('login user %j', (loginUser) => {
    const t = variant((v) => {
      v.machines[1].loginUser = loginUser;
    });
    expect(() => renderSshConfig(t)).toThrow(/^demo\/local\/lab\/web-1: the login user is not a user name that SSH and Ansible take literally \(got /);
  });

  test.each(['web 1', 'web*', '!web', 'web,db', '-web', 'web#1', 'wëb'])('machine name %j', (name) => {
    const t = variant((v) => {
      v.machines[1].name = name;
    });
    expect(() => renderSshConfig(t)).toThrow(/^demo\/local\/lab\/web-1: the machine name cannot be an SSH host alias or an Ansible host name/);
  });

  test.each(['web_1', 'web 1', 'web.1', '-web'])('hostname %j', (hostname) => {
    const t = variant((v) => {
      v.machines[1].hostname = hostname;
    });
    expect(() => renderSshConfig(t)).toThrow(/^demo\/local\/lab\/web-1: the hostname is not a DNS label/);
  });

  test.each(['10.80.2.300', '10.80.2', 'fd00::10', ' 10.80.2.10', '10.80.2.10 #'])('address %j', (address) => {
    const t = variant((v) => {
      v.machines[1].nics[0].address = address;
    });
    expect(() => renderSshConfig(t)).toThrow(/^demo\/local\/lab\/web-1: NIC nic0 has an address that is not an IPv4 address/);
  });

  test('an FQDN with a space', () => {
    const t = variant((v) => {
      v.machines.find((m) => m.name === 'lab1-dhcp-client')!.fqdn = 'dhcp client.lan';
    });
    expect(() => renderSshConfig(t)).toThrow(/^demo\/local\/lab\/dhcp-client: the FQDN is not a DNS name/);
  });

  test.each([
    ['a user with a space', 'lab admin@kvm2', undefined, /the SSH user of KVM host "kvm-remote" cannot be written as a jump host/],
    ['a host with a space', 'admin@kvm 2', undefined, /the SSH destination of KVM host "kvm-remote" is not \[user@\]host/],
    ['a host with a percent', 'admin@kvm%h', undefined, /the SSH destination of KVM host "kvm-remote"/],
    ['a second jump host', 'admin@a,b', undefined, /the SSH destination of KVM host "kvm-remote"/],
    ['port 0', 'admin@kvm2', 0, /the SSH port of KVM host "kvm-remote" is not a port number \(got 0\); use a whole number from 1 to 65535/],
    ['port 65536', 'admin@kvm2', 65536, /the SSH port of KVM host "kvm-remote" is not a port number/],
  ])('a jump host with %s', (_what, destination, port, message) => {
    const t = variant((v) => {
      v.hosts[1].ssh = { destination, port };
    });
    expect(() => renderSshConfig(t)).toThrow(message);
  });
});

describe('renderSshConfig: aliases', () => {
  function hostLines(t: Topology): string[] {
    return renderSshConfig(t).split('\n').filter((l) => l.startsWith('Host '));
  }

  test('machines of two hosts with the same libvirt name are told apart by their host', () => {
    // GIVEN a machine lab1-web-1 on the remote host as well
    const t = variant((v) => {
      v.machines.push(machine({ ...v.machines[1], path: 'demo/kvm-remote/web-1', host: 'kvm-remote', nics: [] }));
    });
    // THEN neither has the bare name, and the shared hostname is no alias either
    expect(hostLines(t)).toEqual(expect.arrayContaining(['Host lab1-web-1.kvm-remote', 'Host lab1-web-1.local']));
    expect(hostLines(t).join('\n')).not.toMatch(/ lab1-web-1$| web-1$/m);
  });

  test('a hostname that another machine also has, or that is another machine\'s name, is no alias', () => {
    const t = variant((v) => {
      v.machines[1].hostname = 'router';
      v.machines[3].hostname = 'lab1-router';
    });
    expect(hostLines(t)).toEqual(expect.arrayContaining(['Host lab1-router', 'Host lab1-web-1', 'Host lab1-appliance']));
  });

  test('the order of hosts, networks and machines in the topology does not matter', () => {
    const t = variant((v) => {
      v.machines.reverse();
      v.hosts.reverse();
      v.networks.reverse();
    });
    expect(renderSshConfig(t, { identityFile: '/k' })).toBe(renderSshConfig(fixture(), { identityFile: '/k' }));
  });

  test('a machine on a host that the topology does not list is refused', () => {
    const t = variant((v) => {
      v.machines[0].host = 'elsewhere';
    });
    expect(() => renderSshConfig(t)).toThrow(/^demo\/local\/lab\/router: the machine is on a KVM host that is not in the topology \(got "elsewhere"\)/);
  });
});
