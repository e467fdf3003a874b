import { Lazy, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { parse } from 'yaml';
import { CloudConfig, CloudIdentity, LibvirtValidationError, VirtualMachine } from '../lib';
import { expectRejected, HASHED_PASSWORD, newLab, newStack, oneOf, SSH_KEY, synthJson } from './support/lab';

/** Renders `config` for a plain construct at path test/seed. */
function render(config: CloudConfig, identity: CloudIdentity = { hostname: 'web', loginUser: { name: 'debian', sshAuthorizedKeys: [SSH_KEY] } }): string {
  return config.render(new Construct(newStack(), 'seed'), identity);
}

/** Parses user-data the way cloud-init does: YAML 1.1. */
function parse11(text: string): any {
  return parse(text, { version: '1.1' });
}

describe('CloudConfig.copy', () => {
  test('gives a config with the same parts, to which additions do not reach the original', () => {
    // GIVEN a config with a package, and its copy with one more file
    const original = new CloudConfig({ packages: ['tcpdump'], runcmd: ['echo hi'] });
    const copy = original.copy().addFile({ path: '/etc/motd', content: 'router\n' }).addPackages('nftables');
    // THEN the copy has both, the original only its own
    expect(parse11(render(copy))).toMatchObject({ packages: ['tcpdump', 'nftables'], runcmd: ['echo hi'], write_files: [expect.objectContaining({ path: '/etc/motd' })] });
    const before = parse11(render(original));
    expect(before.packages).toEqual(['tcpdump']);
    expect(before.write_files).toBeUndefined();
  });
});

describe('CloudConfig.merge', () => {
  test('gives a new config with the parts of both, in order, and changes neither', () => {
    // GIVEN two configs
    const a = new CloudConfig({ packages: ['curl'], runcmd: ['echo a'] });
    const b = new CloudConfig({ packages: ['keepalived'], runcmd: ['echo b'], writeFiles: [{ path: '/etc/b', content: 'b\n' }] });
    // WHEN merged
    const merged = a.merge(b);
    // THEN the result has a's parts then b's, and a and b are as they were
    expect(parse11(render(merged))).toMatchObject({ packages: ['curl', 'keepalived'], runcmd: ['echo a', 'echo b'], write_files: [expect.objectContaining({ path: '/etc/b' })] });
    expect(parse11(render(a))).toMatchObject({ packages: ['curl'], runcmd: ['echo a'] });
    expect(parse11(render(a)).write_files).toBeUndefined();
    expect(parse11(render(b)).packages).toEqual(['keepalived']);
  });
});

describe('CloudConfig.render', () => {
  test('a minimal document: #cloud-config, hostname, FQDN, a locked sudo user with keys, no SSH passwords', () => {
    // GIVEN an empty config for host web.lan.test and the login user debian
    // WHEN rendered
    const text = render(new CloudConfig(), { hostname: 'web', fqdn: 'web.lan.test', loginUser: { name: 'debian', sshAuthorizedKeys: [SSH_KEY] } });
    // THEN it is a cloud-config document that the yaml package parses to exactly this
    expect(text.startsWith('#cloud-config\n')).toBe(true);
    expect(parse11(text)).toEqual({
      hostname: 'web',
      fqdn: 'web.lan.test',
      prefer_fqdn_over_hostname: false,
      manage_etc_hosts: true,
      ssh_pwauth: false,
      disable_root: true,
      ssh_deletekeys: false,
      users: [{ name: 'debian', shell: '/bin/bash', sudo: 'ALL=(ALL) NOPASSWD:ALL', lock_passwd: true, ssh_authorized_keys: [SSH_KEY] }],
    });
  });

  test('without a login user there are no users and no FQDN key', () => {
    const doc = parse11(render(new CloudConfig(), { hostname: 'web' }));
    expect(doc.users).toEqual([]);
    expect(doc).not.toHaveProperty('fqdn');
  });

  test('packages, runcmd and write_files are rendered, files with default permissions and owner', () => {
    // GIVEN packages, commands and two files, one with explicit mode and owner
    const config = new CloudConfig({
      packages: ['nginx', 'qemu-guest-agent', 'nginx=1.22*'],
      runcmd: ['systemctl enable --now nginx', 'echo done > /var/lib/marker'],
      writeFiles: [
        { path: '/etc/motd', content: 'Welcome\nto the lab\n' },
        { path: '/usr/local/bin/hello', content: '#!/bin/sh\necho hello\n', permissions: '0755', owner: 'debian:debian' },
      ],
    });
    // WHEN rendered
    const doc = parse11(render(config));
    // THEN each part is there, in order
    expect(doc.packages).toEqual(['nginx', 'qemu-guest-agent', 'nginx=1.22*']);
    expect(doc.runcmd).toEqual(['systemctl enable --now nginx', 'echo done > /var/lib/marker']);
    expect(doc.write_files).toEqual([
      { path: '/etc/motd', content: 'Welcome\nto the lab\n', permissions: '0644', owner: 'root:root' },
      { path: '/usr/local/bin/hello', content: '#!/bin/sh\necho hello\n', permissions: '0755', owner: 'debian:debian' },
    ]);
  });

  test('empty parts are left out', () => {
    const doc = parse11(render(new CloudConfig()));
    expect(doc).not.toHaveProperty('packages');
    expect(doc).not.toHaveProperty('runcmd');
    expect(doc).not.toHaveProperty('write_files');
  });

  test('the fluent methods add to the config and return it', () => {
    // GIVEN a config built step by step
    const config = new CloudConfig({ packages: ['curl'] });
    const returned = config
      .addPackages('nginx', 'jq')
      .addCommand('echo one')
      .addCommand('echo two')
      .addFile({ path: '/etc/lab', content: 'x' })
      .addUser({ name: 'alice', sshAuthorizedKeys: [SSH_KEY] });
    // WHEN rendered
    const doc = parse11(render(config));
    // THEN every addition is there, after what the props gave
    expect(returned).toBe(config);
    expect(doc.packages).toEqual(['curl', 'nginx', 'jq']);
    expect(doc.runcmd).toEqual(['echo one', 'echo two']);
    expect(doc.write_files).toEqual([{ path: '/etc/lab', content: 'x', permissions: '0644', owner: 'root:root' }]);
    expect(doc.users.map((u: any) => u.name)).toEqual(['debian', 'alice']);
  });

  test('the props arrays are copied, not kept', () => {
    // GIVEN a packages array that changes after the config is made
    const packages = ['nginx'];
    const config = new CloudConfig({ packages });
    packages.push('evil');
    // THEN the config does not see the change
    expect(parse11(render(config)).packages).toEqual(['nginx']);
  });

  test('extra users: groups, no sudo, another shell, and a hashed password for console login', () => {
    // GIVEN a user without sudo and one with a crypt(3) password
    const config = new CloudConfig({
      users: [
        { name: 'alice', groups: ['adm', 'docker'], sudo: false, shell: '/bin/zsh' },
        { name: 'ops', hashedPassword: HASHED_PASSWORD },
      ],
    });
    // WHEN rendered
    const [, alice, ops] = parse11(render(config)).users;
    // THEN alice has no sudo and a locked password, ops may log in on the console with the hash
    expect(alice).toEqual({ name: 'alice', shell: '/bin/zsh', groups: 'adm, docker', lock_passwd: true });
    expect(ops).toEqual({ name: 'ops', shell: '/bin/bash', sudo: 'ALL=(ALL) NOPASSWD:ALL', lock_passwd: false, hashed_passwd: HASHED_PASSWORD });
  });

  test.each([
    ['SHA-512', HASHED_PASSWORD],
    ['SHA-512 with rounds', '$6$rounds=656000$saltsalt$abcdefghijklmnopqrstuv./ABCDEFGHIJ0123456789'],
    ['yescrypt', '$y$j9T$F5Jx5fExrKuPp53xLKQ..1$X3DX6M94c7o.9agCG9G317fhZg9SqC.5i5rd.RhAtQ7'],
  ])('a %s hash is accepted', (_label, hash) => {
    expect(parse11(render(new CloudConfig({ users: [{ name: 'ops', hashedPassword: hash }] }))).users[1].hashed_passwd).toBe(hash);
  });

  test.each([
    ['ssh-rsa', 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 user@host'],
    ['ecdsa', 'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTY='],
    ['a security key', 'sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29t me@yubikey'],
    ['a key read from a .pub file, with its newline', `${SSH_KEY}\n`],
  ])('an %s public key is accepted', (_label, key) => {
    expect(() => render(new CloudConfig({ users: [{ name: 'alice', sshAuthorizedKeys: [key] }] }))).not.toThrow();
  });

  test('values YAML 1.1 would misread stay strings', () => {
    // GIVEN strings that PyYAML would read as booleans, numbers or null
    const config = new CloudConfig({
      runcmd: ['yes', 'on', 'off', 'no', '0644', '1:30', 'null', '~'],
      writeFiles: [{ path: '/etc/flag', content: 'yes', permissions: '644' }],
    });
    // WHEN rendered and read back as YAML 1.1
    const doc = parse11(render(config));
    // THEN they are still the same strings
    expect(doc.runcmd).toEqual(['yes', 'on', 'off', 'no', '0644', '1:30', 'null', '~']);
    expect(doc.write_files[0]).toMatchObject({ content: 'yes', permissions: '644' });
  });

  test('a realistic user-data matches the snapshot', () => {
    const text = render(
      new CloudConfig({
        users: [{ name: 'ops', hashedPassword: HASHED_PASSWORD, groups: ['adm'] }],
        packages: ['nginx', 'qemu-guest-agent'],
        runcmd: ['systemctl enable --now qemu-guest-agent nginx'],
        writeFiles: [{ path: '/var/www/html/index.html', content: '<h1>web</h1>\n' }],
      }),
      { hostname: 'web', fqdn: 'web.lan.test', loginUser: { name: 'debian', sshAuthorizedKeys: [SSH_KEY] } },
    );
    expect(text).toMatchSnapshot();
  });
});

describe('CloudConfig validation', () => {
  const ID = { hostname: 'web', loginUser: { name: 'debian', sshAuthorizedKeys: [SSH_KEY] } };

  test.each<[string, CloudConfig, CloudIdentity, RegExp]>([
    ['an uppercase user name', new CloudConfig({ users: [{ name: 'Bob' }] }), ID,
      /^test\/seed: cloud-init user name is not a Linux user name \(got "Bob"\); use up to 32 lowercase letters, digits, _ or -/],
    ['a user name starting with a digit', new CloudConfig({ users: [{ name: '1admin' }] }), ID, /user name is not a Linux user name \(got "1admin"\)/],
    ['the login user listed again', new CloudConfig({ users: [{ name: 'debian' }] }), ID,
      /^test\/seed: cloud-init user is listed twice \(got "debian"\); give each user once; the login user is added for you/],
    ['two users of one name', new CloudConfig({ users: [{ name: 'alice' }, { name: 'alice' }] }), { hostname: 'web' }, /user is listed twice \(got "alice"\)/],
    ['a shell command as a package', new CloudConfig({ packages: ['nginx; rm -rf /'] }), ID,
      /^test\/seed: package name is not a package name \(got "nginx; rm -rf \/"\); give one package per entry, such as nginx/],
    ['two packages in one entry', new CloudConfig({ packages: ['nginx curl'] }), ID, /package name is not a package name \(got "nginx curl"\)/],
    ['a relative write_files path', new CloudConfig({ writeFiles: [{ path: 'etc/motd', content: 'x' }] }), ID,
      /^test\/seed: writeFiles path must be an absolute path in the guest \(got "etc\/motd"\); give a path starting with '\/'/],
    ['symbolic permissions', new CloudConfig({ writeFiles: [{ path: '/etc/motd', content: 'x', permissions: 'rw-r--r--' }] }), ID,
      /^test\/seed: the permissions of \/etc\/motd are not an octal mode \(got "rw-r--r--"\); write them like '0644' or '0755'/],
    ['a non-octal digit in permissions', new CloudConfig({ writeFiles: [{ path: '/etc/motd', content: 'x', permissions: '0999' }] }), ID,
      /the permissions of \/etc\/motd are not an octal mode \(got "0999"\)/],
    ['a bad hostname', new CloudConfig(), { hostname: 'web_1' }, /^test\/seed: hostname is not a valid hostname \(got "web_1"\); use 1 to 63 lowercase letters/],
    ['an SSH key without its type', new CloudConfig(), { hostname: 'web', loginUser: { name: 'debian', sshAuthorizedKeys: ['AAAAC3NzaC1lZDI1NTE5AAAAIB6Tj3nFz0uL'] } },
      /^test\/seed: an SSH key of user debian is not an OpenSSH public key \(got "AAAAC3NzaC1lZDI1NTE5AAAAIB6Tj3nFz0uL"\); pass the content of a \.pub file/],
    ['two keys in one entry, on two lines', new CloudConfig(), { hostname: 'web', loginUser: { name: 'debian', sshAuthorizedKeys: [`${SSH_KEY}\n${SSH_KEY}`] } },
      /^test\/seed: an entry of sshAuthorizedKeys of user debian holds 2 keys \(got "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB6T\.\.\."\); give one key per array entry: sshAuthorizedKeys: \['ssh-ed25519 AAAA\.\.\. me@laptop', 'ssh-rsa AAAA\.\.\. me@desktop'\]$/],
    ['two keys on one line', new CloudConfig({ users: [{ name: 'alice', sshAuthorizedKeys: [`${SSH_KEY} ${SSH_KEY.replace('ssh-ed25519', 'ssh-rsa')}`] }] }), ID,
      /^test\/seed: an entry of sshAuthorizedKeys of user alice holds 2 keys \(got .*\); give one key per array entry/],
    ['a user\'s keys as one string', new CloudConfig({ users: [{ name: 'alice', sshAuthorizedKeys: SSH_KEY as any }] }), ID,
      /^test\/seed: sshAuthorizedKeys of user alice is a string, not an array of keys \(got "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB6T\.\.\."\); pass an array: sshAuthorizedKeys: \['ssh-ed25519 AAAA\.\.\. me@laptop'\]$/],
    ['a user prop in cloud-init\'s spelling', new CloudConfig({ users: [{ name: 'alice', ssh_authorized_keys: [SSH_KEY] } as any] }), ID,
      /^test\/seed: a cloud-init user has no prop 'ssh_authorized_keys' \(got "ssh_authorized_keys"\); did you mean 'sshAuthorizedKeys'\?/],
    ['groups as one string', new CloudConfig({ users: [{ name: 'alice', groups: 'adm' as any }] }), ID,
      /^test\/seed: groups must be an array \(got "adm"\); wrap it in brackets, such as groups: \['adm'\]$/],
    ['a writeFiles entry with a misspelt prop', new CloudConfig({ writeFiles: [{ path: '/etc/motd', contents: 'x' } as any] }), ID,
      /^test\/seed: a writeFiles entry has no prop 'contents' \(got "contents"\); did you mean 'content'\?/],
    ['packages as one string (read letter by letter before)', new CloudConfig({ packages: 'nginx' as any }), ID,
      /^test\/seed: packages must be an array \(got "nginx"\); wrap it in brackets, such as packages: \['nginx'\]$/],
    ['a misspelt CloudConfig prop', new CloudConfig({ runCmd: ['echo hi'] } as any), ID,
      /^test\/seed: CloudConfig has no prop 'runCmd' \(got "runCmd"\); did you mean 'runcmd'\?/],
    ['a bad part of a config it was copied from', new CloudConfig({ runcmd: 'reboot' as any }).copy().merge(new CloudConfig()), ID,
      /^test\/seed: runcmd must be an array \(got "reboot"\)/],
  ])('%s is rejected', (_label, config, identity, message) => {
    expectRejected(() => render(config, identity), message);
  });

  test('a private key is rejected without echoing it', () => {
    // GIVEN the private key pasted instead of the .pub file
    const privateKey = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----\n';
    // WHEN rendered / THEN it is refused, the fix says what to pass, and no part of the key body is in the message
    const error = expectRejected(
      () => render(new CloudConfig(), { hostname: 'web', loginUser: { name: 'debian', sshAuthorizedKeys: [privateKey] } }),
      /^test\/seed: an SSH key of user debian is not an OpenSSH public key \(got "\(a private key, not shown\)"\); pass the content of a \.pub file.*never the private key/,
    );
    expect(error.message).not.toContain('b3Bl');
    expect(JSON.stringify(error.value)).not.toContain('b3Bl');
  });

  test('a plain-text password is rejected without echoing it', () => {
    // GIVEN a password that is not a crypt(3) hash
    const password = 'hunter2-Secret!';
    // WHEN rendered / THEN it is refused with the way to hash it, and the password is nowhere in the error
    const error = expectRejected(
      () => render(new CloudConfig({ users: [{ name: 'ops', hashedPassword: password }] })),
      /^test\/seed: the password of user ops is not a crypt\(3\) hash \(got "\(hidden\)"\); hash it first, e\.g\. `mkpasswd -m sha-512`/,
    );
    expect(error.message).not.toContain(password);
    expect(error.value).toBe('(hidden)');
  });

  test('an MD5 crypt hash is rejected', () => {
    expectRejected(() => render(new CloudConfig({ users: [{ name: 'ops', hashedPassword: '$1$saltsalt$qjXMvbEw8oaL.CzflDugX/' }] })), /is not a crypt\(3\) hash/);
  });

  test('errors raised through a VirtualMachine name the machine', () => {
    // GIVEN a machine whose cloud config has a bad package
    const lab = newLab();
    // WHEN built / THEN the machine's path is in the error
    const error = expectRejected(
      () => new VirtualMachine(lab.host, 'web', { image: lab.image, nics: [{ network: lab.net }], cloudConfig: new CloudConfig({ packages: ['a b'] }) }),
      /^test\/kvm1\/web: package name is not a package name \(got "a b"\)/,
    );
    expect(error).toBeInstanceOf(LibvirtValidationError);
    expect(error.constructPath).toBe('test/kvm1/web');
  });
});

describe('CloudConfig parts of the wrong type', () => {
  const LIST = () => Lazy.listValue({ produce: () => ['echo a'] });

  test.each<[string, () => CloudConfig, RegExp]>([
    ['merge() given nothing', () => new CloudConfig().merge(undefined as any),
      /^test\/seed: CloudConfig\.merge\(\) was given something that is not a CloudConfig \(got nothing\); merge a CloudConfig: config\.merge\(new CloudConfig\(\{ packages: \['nginx'\] \}\)\)$/],
    ['merge() given null, after a copy', () => new CloudConfig({ packages: ['curl'] }).merge(null as any).copy(), /CloudConfig\.merge\(\) was given something that is not a CloudConfig \(got null\)/],
    ['merge() given a number', () => new CloudConfig().merge(1.5 as any), /CloudConfig\.merge\(\) was given something that is not a CloudConfig \(got 1\.5\)/],
    ['merge() given an empty string', () => new CloudConfig().merge('' as any), /CloudConfig\.merge\(\) was given something that is not a CloudConfig \(got ""\)/],
    ['a function as a command', () => new CloudConfig({ runcmd: [(() => 'x') as any] }),
      /^test\/seed: runcmd\[0\] must be a string \(got \(\) => 'x'\); give each command as one string, such as 'systemctl restart nginx'$/],
    ['an object with toString as a command, by addCommand', () => new CloudConfig({ runcmd: ['echo a'] }).addCommand({ toString: () => 'x' } as any),
      /^test\/seed: runcmd\[1\] must be a string \(got \{\}\); give each command as one string/],
    ['a list token as runcmd', () => new CloudConfig({ runcmd: LIST() }),
      /^test\/seed: runcmd\[0\] holds a list token where one string is expected \(got "#\{TfToken\[TOKEN\.\d+\]\}"\); give each command as one string, such as 'systemctl restart nginx'; a list .* pick an element with Fn\.element\(list, 0\), or join it with Fn\.join\(' ', list\)$/],
    ['a list token inside runcmd', () => new CloudConfig({ runcmd: [LIST() as any] }), /^test\/seed: runcmd\[0\] must be a string \(got \["#\{TfToken\[TOKEN\.\d+\]\}"\]\)/],
    ['a list token spliced into a command', () => new CloudConfig().addCommand(`echo ${LIST()}`), /^test\/seed: runcmd\[0\] holds a list token where one string is expected \(got "echo #\{TfToken/],
    ['a symbol as a package', () => new CloudConfig().addPackages(Symbol('p') as any), /^test\/seed: a package name must be a string \(got Symbol\(p\)\); give one package per entry/],
    ['a function as file content', () => new CloudConfig().addFile({ path: '/etc/x', content: (() => 'x') as any }),
      /^test\/seed: the content of \/etc\/x must be a string \(got \(\) => 'x'\); give the file's text as one string \(read a local file with fs\.readFileSync\(path, 'utf8'\)\)$/],
    ['an object with toString as file content', () => new CloudConfig({ writeFiles: [{ path: '/etc/x', content: { toString: () => 'x' } as any }] }),
      /^test\/seed: the content of \/etc\/x must be a string \(got \{\}\)/],
    ['a file without content', () => new CloudConfig({ writeFiles: [{ path: '/etc/x' } as any] }),
      /^test\/seed: the file \/etc\/x has no content \(got nothing\); give its text as content \('' for an empty file\)$/],
    ['a file without a path', () => new CloudConfig({ writeFiles: [{ content: 'x' } as any] }),
      /^test\/seed: a writeFiles entry has no path \(got \{"content":"x"\}\); give the file's path in the guest/],
    ['permissions as a number', () => new CloudConfig({ writeFiles: [{ path: '/etc/x', content: 'x', permissions: 644 as any }] }),
      /^test\/seed: the permissions of \/etc\/x must be a string \(got 644\); write them as a string like '0644' \(a number 644 would be read as decimal\)$/],
    ['an owner with a blank', () => new CloudConfig({ writeFiles: [{ path: '/etc/x', content: 'x', owner: 'a b' }] }),
      /^test\/seed: the owner of \/etc\/x is not user or user:group \(got "a b"\); write it as user or user:group, such as 'root:root'/],
    ['an owner that is a number', () => new CloudConfig({ writeFiles: [{ path: '/etc/x', content: 'x', owner: 0 as any }] }), /^test\/seed: the owner of \/etc\/x must be a string \(got 0\)/],
    ['sudo as a string', () => new CloudConfig({ users: [{ name: 'bob', sudo: 'yes' as any }] }),
      /^test\/seed: sudo of user bob must be true or false \(got "yes"\); set sudo of user bob to true or false/],
    ['sudo as a token', () => new CloudConfig({ users: [{ name: 'bob', sudo: Lazy.anyValue({ produce: () => true }) as any }] }),
      /^test\/seed: sudo of user bob must be known when the stack is synthesized/],
    ['a relative shell', () => new CloudConfig({ users: [{ name: 'bob', shell: 'bash' }] }), /^test\/seed: the shell of user bob must be an absolute path in the guest \(got "bash"\)/],
    ['two groups in one entry', () => new CloudConfig({ users: [{ name: 'bob', groups: ['wheel,docker'] }] }),
      /^test\/seed: a group of user bob is not a group name \(got "wheel,docker"\); give one group name per entry, such as groups: \['adm', 'docker'\]$/],
    ['a group that is a number', () => new CloudConfig({ users: [{ name: 'bob', groups: [10 as any] }] }), /^test\/seed: a group of user bob must be a string \(got 10\)/],
    ['a symbol as the password hash', () => new CloudConfig({ users: [{ name: 'bob', hashedPassword: Symbol('p') as any }] }),
      /^test\/seed: the password of user bob is not a crypt\(3\) hash \(got "\(hidden\)"\)/],
  ])('%s is refused when rendered, naming the machine', (_label, config, message) => {
    // GIVEN a config with a part of the wrong type / WHEN rendered for a construct / THEN a LibvirtValidationError names it and the fix
    expectRejected(() => render(config()), message);
  });

  test('merge() given something else keeps a config usable until it is rendered, then names the machine', () => {
    // GIVEN a bad merge / WHEN the result is given to a machine / THEN the machine refuses it
    const lab = newLab();
    const config = new CloudConfig({ packages: ['curl'] }).merge(undefined as any);
    expectRejected(() => new VirtualMachine(lab.host, 'web', { image: lab.image, nics: [{ network: lab.net }], cloudConfig: config }),
      /^test\/kvm1\/web: CloudConfig\.merge\(\) was given something that is not a CloudConfig \(got nothing\)/);
  });

  test('valid owners, groups and string tokens still render', () => {
    // GIVEN owners by name and number, groups, and a command from a Terraform expression
    const command = Lazy.stringValue({ produce: () => 'echo hi' });
    const config = new CloudConfig({
      users: [{ name: 'bob', groups: ['adm', 'docker'], sudo: false, shell: '/bin/sh' }],
      writeFiles: [{ path: '/etc/a', content: '', owner: 'root' }, { path: '/etc/b', content: 'x', owner: '1000:1000', permissions: '600' }],
      runcmd: [command],
    });
    // WHEN rendered / THEN nothing is refused
    expect(() => render(config)).not.toThrow();
  });
});

describe('tokens in cloud-init content', () => {
  test('an SSH key from a Terraform variable passes, and the instance-id hashes its expression at synth', () => {
    // GIVEN the key as a variable, in two programs, and in a third under another variable name
    const seedOf = (variable: string) => {
      const lab = newLab();
      const key = new TerraformVariable(lab.stack, variable, { type: 'string' });
      new VirtualMachine(lab.host, 'web', { image: lab.image, nics: [{ network: lab.net }], sshAuthorizedKeys: [key.stringValue] });
      // WHEN synthesized
      return oneOf(synthJson(lab.stack), 'libvirt_cloudinit_disk');
    };
    const seed = seedOf('ssh_key');
    // THEN the user-data references the variable as a JSON string (a valid YAML scalar whatever it holds)
    expect(seed.user_data).toContain('- ${jsonencode(var.ssh_key)}');
    // AND the instance-id is a literal: the same in every program, another for another reference
    expect(seed.meta_data).toMatch(/^instance-id: web-[0-9a-f]{12}\n/);
    expect(seedOf('ssh_key').meta_data).toBe(seed.meta_data);
    expect(seedOf('other_key').meta_data).not.toBe(seed.meta_data);
  });

  test('a token next to quotes, backslashes and template sequences still synthesizes, escaped for Terraform', () => {
    // GIVEN a variable SSH key, an all-digit MAC (rendered quoted) and a command with quotes, a backslash, ${ and %{
    const lab = newLab();
    const key = new TerraformVariable(lab.stack, 'ssh_key', { type: 'string' });
    new VirtualMachine(lab.host, 'web', {
      image: lab.image,
      nics: [{ network: lab.net, mac: '52:54:00:12:34:56' }],
      sshAuthorizedKeys: [key.stringValue],
      cloudConfig: new CloudConfig({ runcmd: ['echo "a \\ b" ${HOME} %{x}'] }),
    });
    // WHEN synthesized
    const json = synthJson(lab.stack);
    // THEN the documents keep the reference and the quoted MAC, and escape the guest's ${ and %{
    const seed = oneOf(json, 'libvirt_cloudinit_disk');
    expect(seed.user_data).toContain('${jsonencode(var.ssh_key)}');
    expect(seed.network_config).toContain('macaddress: "52:54:00:12:34:56"');
    expect(seed.user_data).toContain('echo "a \\ b" $${HOME} %%{x}');
    // AND no Terraform function is needed for the instance-id
    expect(json.locals).toBeUndefined();
    expect(seed.meta_data).toMatch(/^instance-id: web-[0-9a-f]{12}\n/);
  });
});

describe('network-config YAML', () => {
  test('an all-digit MAC is double-quoted, so a YAML 1.1 reader keeps it a string', () => {
    // GIVEN a NIC whose MAC is all digits (a base-60 integer to PyYAML when unquoted)
    const lab = newLab();
    const vm = new VirtualMachine(lab.host, 'web', { image: lab.image, nics: [{ network: lab.net, mac: '52:54:00:12:34:56' }] });
    // WHEN its network-config is rendered
    const text = vm.networkConfig;
    // THEN the MAC is quoted and reads back as the same string
    expect(text).toContain('"52:54:00:12:34:56"');
    expect(parse11(text).ethernets.nic0.match.macaddress).toBe('52:54:00:12:34:56');
    // AND the seed carries exactly that text
    expect(oneOf(synthJson(lab.stack), 'libvirt_cloudinit_disk').network_config).toBe(text);
  });
});
