import { Fn, Lazy, TerraformStack, Testing, Token } from 'cdktf';
import { Construct } from 'constructs';
import { LabArtifacts } from '../lib';
import { LibvirtValidationError } from '../lib/errors';
import { LibvirtProvider } from '../lib/generated/providers/libvirt/provider';
import { DomainType, Host, HostConnection, HostProps, IHost, SshConnectionOptions } from '../lib/host';
import { Network } from '../lib/network';
import { checkSchemaConformance } from '../lib/schema-check';
import { StoragePool } from '../lib/storage-pool';
import { expectValidationError } from './validation-error';
import { re, redactScripts } from './support/lab';

function newStack(): TerraformStack {
  const app = Testing.app();
  return new TerraformStack(app, 'test');
}

function synthJson(stack: TerraformStack): Record<string, any> {
  return JSON.parse(Testing.synth(stack));
}

/** A construct that carries a host without being one, like a lab or a machine group. */
class Holder extends Construct {
  constructor(scope: Construct, id: string, public readonly host: IHost) {
    super(scope, id);
  }
}

describe('Host', () => {
  test('the default connection is the local system libvirtd', () => {
    // GIVEN a host with no props
    const stack = newStack();
    const host = new Host(stack, 'kvm1');
    // WHEN synthesized
    const synth = Testing.synth(stack);
    // THEN the one provider block has qemu:///system and no alias
    expect(synth).toHaveProviderWithProperties(LibvirtProvider, { uri: 'qemu:///system' });
    expect(synthJson(stack).provider.libvirt).toEqual([{ uri: 'qemu:///system' }]);
    expect(host.connection.isRemote).toBe(false);
    expect(host.hostName).toBe('kvm1');
    expect(host.domainType).toBe(DomainType.KVM);
    expect(host.architecture).toBe('x86_64');
  });

  test('hostName defaults to the lowercased id', () => {
    // GIVEN a host with a capitalised id
    const stack = newStack();
    // WHEN created / THEN its hostName is the id, lowercased
    expect(new Host(stack, 'Kvm1').hostName).toBe('kvm1');
  });

  test('a session connection uses qemu:///session', () => {
    // GIVEN a host on the user session daemon
    const stack = newStack();
    new Host(stack, 'me', { connection: HostConnection.session() });
    // WHEN synthesized / THEN the provider has the session URI
    expect(Testing.synth(stack)).toHaveProviderWithProperties(LibvirtProvider, { uri: 'qemu:///session' });
  });

  test('the synthesized host matches the snapshot', () => {
    // GIVEN a local host and an SSH host with a network each
    const stack = newStack();
    const h1 = new Host(stack, 'kvm1');
    const h2 = new Host(stack, 'kvm-2', { connection: HostConnection.ssh({ host: 'kvm2.lab', user: 'ops' }), domainType: DomainType.QEMU });
    new Network(h1, 'net', { cidr: '10.77.0.0/24' });
    new Network(h2, 'net', { cidr: '10.78.0.0/24' });
    // WHEN synthesized / THEN it matches the snapshot
    expect(JSON.stringify(redactScripts(JSON.parse(Testing.synth(stack))), null, 2)).toMatchSnapshot();
  });

  test('the synthesized stack conforms to the provider schema', () => {
    // GIVEN two hosts, the second over SSH, each with a pool and a network
    const stack = newStack();
    const h1 = new Host(stack, 'kvm1');
    const h2 = new Host(stack, 'kvm2', {
      connection: HostConnection.ssh({ host: 'kvm2.lab', user: 'ops', keyFile: '/home/ops/.ssh/id_ed25519' }),
    });
    new StoragePool(h1, 'images', { path: '/srv/images' });
    new StoragePool(h2, 'images', { path: '/srv/images' });
    new Network(h1, 'net', { cidr: '10.77.0.0/24' });
    new Network(h2, 'net', { cidr: '10.78.0.0/24' });
    // WHEN checked / THEN there is nothing to report
    expect(checkSchemaConformance(Testing.synth(stack))).toEqual([]);
  });

  describe('several hosts in one stack', () => {
    test('the first provider has no alias, the next ones are aliased by hostName', () => {
      // GIVEN three hosts, one with a '-' in its hostName
      const stack = newStack();
      const h1 = new Host(stack, 'kvm1');
      const h2 = new Host(stack, 'Lab2', { hostName: 'lab-2', connection: HostConnection.ssh({ host: 'kvm2' }) });
      const h3 = new Host(stack, 'kvm3', { connection: HostConnection.ssh({ host: 'kvm3' }) });
      // WHEN synthesized
      const json = synthJson(stack);
      // THEN the providers are unaliased, lab_2 and kvm3
      expect(json.provider.libvirt).toEqual([
        { uri: 'qemu:///system' },
        { alias: 'lab_2', uri: 'qemu+ssh://kvm2/system' },
        { alias: 'kvm3', uri: 'qemu+ssh://kvm3/system' },
      ]);
      expect(h1.provider.alias).toBeUndefined();
      expect(h2.provider.alias).toBe('lab_2');
      expect(h3.provider.alias).toBe('kvm3');
    });

    test('resources on a further host use its aliased provider', () => {
      // GIVEN a network on each of two hosts
      const stack = newStack();
      const h1 = new Host(stack, 'kvm1');
      const h2 = new Host(stack, 'kvm-2', { connection: HostConnection.ssh({ host: 'kvm2' }) });
      new Network(h1, 'net1', { cidr: '10.77.0.0/24' });
      new Network(h2, 'net2', { cidr: '10.78.0.0/24' });
      // WHEN synthesized
      const networks = Object.values(synthJson(stack).resource.libvirt_network) as Array<Record<string, any>>;
      // THEN the network on host 2 names provider libvirt.kvm_2, the one on host 1 the default provider
      expect(networks.find((n) => n.name === 'net2')!.provider).toBe('libvirt.kvm_2');
      expect(networks.find((n) => n.name === 'net1')!.provider).toBe('libvirt');
    });

    test('a duplicate hostName is rejected, naming the first host', () => {
      // GIVEN a host kvm1
      const stack = newStack();
      new Host(stack, 'a', { hostName: 'kvm1' });
      // WHEN a second host takes the same hostName / THEN it is rejected
      expectValidationError(() => new Host(stack, 'b', { hostName: 'kvm1', connection: HostConnection.ssh({ host: 'kvm1' }) }),
        /^test\/b: hostName is already used by test\/a \(got "kvm1"\); give each Host its own hostName$/);
    });

    test('a second Host on the same libvirt is rejected, naming the first', () => {
      // GIVEN a host on the local libvirt
      const stack = newStack();
      new Host(stack, 'kvm1');
      // WHEN a second Host takes the same connection / THEN it is rejected: each would claim network names and subnets for itself
      expectValidationError(() => new Host(stack, 'again'),
        /^test\/again: the libvirt connection is already used by test\/kvm1 \(got "qemu:\/\/\/system"\); use one Host per KVM host and share it: pass it as `host`, or create the constructs on that host inside it$/);
      // AND an SSH URI that differs only in its options is the same libvirt
      new Host(stack, 'kvm2', { connection: HostConnection.ssh({ host: 'kvm2.lab' }) });
      expectValidationError(() => new Host(stack, 'kvm2b', { connection: HostConnection.ssh({ host: 'KVM2.lab', keyFile: '/k' }) }),
        /^test\/kvm2b: the libvirt connection is already used by test\/kvm2 \(got "qemu\+ssh:\/\/KVM2\.lab\/system\?keyfile=%2Fk"\); use one Host per KVM host/);
    });

    test('so two networks of one name and subnet on one libvirt are refused at the second Host, not at apply', () => {
      // GIVEN a host with network lab on 10.77.0.0/24
      const stack = newStack();
      new Network(new Host(stack, 'a'), 'lab', { cidr: '10.77.0.0/24' });
      // WHEN a second Host on the same URI is made to hold the same network / THEN the Host itself is refused
      expectValidationError(() => new Network(new Host(stack, 'b'), 'lab', { cidr: '10.77.0.0/24' }), /^test\/b: the libvirt connection is already used by test\/a/);
    });

    test('the same hostName in two stacks is fine', () => {
      // GIVEN two stacks in one app
      const app = Testing.app();
      const s1 = new TerraformStack(app, 's1');
      const s2 = new TerraformStack(app, 's2');
      new Host(s1, 'kvm1');
      // WHEN the second stack has a host of the same name / THEN it is the unaliased first host there
      expect(new Host(s2, 'kvm1').provider.alias).toBeUndefined();
    });
  });

  describe('validation', () => {
    test.each([
      ['an underscore', 'kvm_1'],
      ['uppercase', 'Kvm1'],
      ['a leading dash', '-kvm'],
      ['a trailing dash', 'kvm-'],
      ['a dot', 'kvm.lab'],
      ['64 characters', 'k'.repeat(64)],
      ['nothing', ''],
    ])('a hostName with %s is rejected', (_label, hostName) => {
      // GIVEN a hostName that is not a DNS label
      const stack = newStack();
      // WHEN a host is created / THEN it is rejected with the rules of a hostname
      expectValidationError(() => new Host(stack, 'h', { hostName }),
        new RegExp(`^test/h: hostName is not a valid hostname \\(got "${hostName}"\\); use 1 to 63 lowercase letters, digits or '-'`));
    });

    test('an id that does not lowercase to a hostname is rejected when no hostName is given', () => {
      // WHEN the id has an underscore / THEN the derived hostName is rejected
      expectValidationError(() => new Host(newStack(), 'My_Host'),
        /^test\/My_Host: hostName is not a valid hostname \(got "my_host"\); use 1 to 63 lowercase/);
    });

    test.each(['x86-64', 'ARM64', 'x86 64', ''])('architecture %j is rejected', (architecture) => {
      // GIVEN an architecture that is not a libvirt arch name
      // WHEN a host is created / THEN it is rejected with an example
      expectValidationError(() => new Host(newStack(), 'h', { architecture }),
        new RegExp(`^test/h: architecture is not a libvirt architecture name \\(got "${architecture}"\\); use a name such as 'x86_64' or 'aarch64'$`));
    });

    test('aarch64 is accepted', () => {
      // GIVEN an ARM host / WHEN created / THEN its architecture is kept
      expect(new Host(newStack(), 'h', { architecture: 'aarch64' }).architecture).toBe('aarch64');
    });

    test('an unsupported domainType is rejected', () => {
      // GIVEN a domain type that is not in the enum (from untyped code)
      // WHEN a host is created / THEN it is rejected, naming the supported ones
      expectValidationError(() => new Host(newStack(), 'h', { domainType: 'xen' as DomainType }),
        /^test\/h: domainType is not a libvirt domain type this library supports \(got "xen"\); use DomainType\.KVM or DomainType\.QEMU$/);
    });

    test('a bad defaultPoolName is rejected', () => {
      // GIVEN a default pool name with a space / WHEN a host is created / THEN it is rejected
      expectValidationError(() => new Host(newStack(), 'h', { defaultPoolName: 'my pool' }),
        /^test\/h: defaultPoolName is not a name libvirt accepts .* \(got "my pool"\); use 1 to 63 characters/);
    });

    test.each(['ops@kvm2', 'kvm 2', 'kvm2/system', ''])('ssh host %j is rejected', (host) => {
      // GIVEN an SSH host that is not a name or an address
      const connection = HostConnection.ssh({ host });
      // WHEN a host uses it / THEN it is rejected
      expectValidationError(() => new Host(newStack(), 'h', { connection }),
        new RegExp(`^test/h: the SSH host is not a host name or address \\(got "${host.replace('/', '\\/')}"\\); give a DNS name or an IP address$`));
    });

    test.each([0, 65536, 22.5, -1])('ssh port %p is rejected', (port) => {
      // GIVEN an SSH port out of range or not whole
      const connection = HostConnection.ssh({ host: 'kvm2', port });
      // WHEN a host uses it / THEN it is rejected with the range
      expectValidationError(() => new Host(newStack(), 'h', { connection }),
        new RegExp(`^test/h: ssh port must be a whole number from 1 to 65535 \\(got ${port}\\); set ssh port to a whole number from 1 to 65535$`));
    });

    test.each([
      ['keyFile', { keyFile: 'id_ed25519' }, 'id_ed25519', "such as '~/\\.ssh/id_ed25519'"],
      ['knownHostsFile', { knownHostsFile: 'known_hosts' }, 'known_hosts', "such as '~/\\.ssh/known_hosts'"],
      ['keyFile', { keyFile: './keys/lab' }, './keys/lab', "such as '~/\\.ssh/id_ed25519'"],
    ])('a relative %s is rejected as a path on the machine that runs terraform', (prop, extra, value, example) => {
      // GIVEN a path the provider would resolve against terraform's working directory
      const connection = HostConnection.ssh({ host: 'kvm2', ...extra });
      // WHEN a host uses it / THEN it is rejected, saying where the file lives and how to write it
      expectValidationError(() => new Host(newStack(), 'h', { connection }),
        new RegExp(`^test/h: ${prop} must be a path on the machine that runs terraform: absolute, or under '~/' \\(got "${value.replace(/\./g, '\\.')}"\\); `
          + `give a path starting with '/', or with '~/' for the home directory of the user who runs terraform, ${example}$`));
    });

    test("a key under '~/' is accepted as given: the provider expands it where terraform runs", () => {
      // GIVEN the key as people type it
      const connection = HostConnection.ssh({ host: 'kvm2', keyFile: '~/.ssh/id_ed25519', knownHostsFile: '~/.ssh/known_hosts' });
      // WHEN a host uses it / THEN it is accepted, and the URI carries '~' for provider 0.9.7 to expand at apply
      expect(() => new Host(newStack(), 'h', { connection })).not.toThrow();
      expect(connection.uri).toBe('qemu+ssh://kvm2/system?keyfile=~%2F.ssh%2Fid_ed25519&knownhosts=~%2F.ssh%2Fknown_hosts');
    });

    test("a key under another user's '~name/' is rejected with that home directory written out", () => {
      // GIVEN a home directory the provider would not expand (it replaces '~' alone, leaving 'ops' in the path)
      const connection = HostConnection.ssh({ host: 'kvm2', keyFile: '~ops/.ssh/id_ed25519' });
      // WHEN a host uses it / THEN the fix writes the path out
      expectValidationError(() => new Host(newStack(), 'h', { connection }),
        /^test\/h: keyFile must be a path on the machine that runs terraform: absolute, or under '~\/' \(got "~ops\/\.ssh\/id_ed25519"\); the provider expands only '~\/' \(to the home directory of the user who runs terraform\): write the home directory of ops out, such as '\/home\/ops\/\.ssh\/id_ed25519'$/);
    });

    test.each([NaN, Infinity, -Infinity])('ssh port %p is rejected and shown as given', (port) => {
      // GIVEN a port that is not a number at all / WHEN a host uses it / THEN it is rejected, shown as NaN or Infinity (not null)
      expectValidationError(() => new Host(newStack(), 'h', { connection: HostConnection.ssh({ host: 'kvm2', port }) }),
        new RegExp(`^test/h: ssh port must be a whole number from 1 to 65535 \\(got ${String(port)}\\); set ssh port to a whole number from 1 to 65535$`));
    });

    test('unknown props of a Host, and props that are not an object, are rejected', () => {
      // GIVEN a typo from plain JavaScript / WHEN a host is created / THEN the nearest prop is named
      expectValidationError(() => new Host(newStack(), 'h', { hostname: 'kvm1' } as unknown as HostProps),
        /^test\/h: Host has no prop 'hostname' \(got "hostname"\); did you mean 'hostName'\? \(known props: connection, hostName, domainType, architecture, defaultPoolName, capacity, tunnelAddress\)$/);
      expectValidationError(() => new Host(newStack(), 'h', null as unknown as HostProps),
        /^test\/h: the props of Host must be an object \(got null\); pass an object of props, or leave them out$/);
    });

    test('a connection that is not a HostConnection is rejected; a URI string is pointed at fromUri', () => {
      // GIVEN a URI given where a HostConnection is expected / WHEN a host is created / THEN the fix names fromUri
      expectValidationError(() => new Host(newStack(), 'h', { connection: 'qemu:///system' as unknown as HostConnection }),
        /^test\/h: connection is not a HostConnection \(got "qemu:\/\/\/system"\); use HostConnection\.fromUri\("qemu:\/\/\/system"\)$/);
      expectValidationError(() => new Host(newStack(), 'h', { connection: { uri: 'qemu:///system' } as unknown as HostConnection }),
        /^test\/h: connection is not a HostConnection \(got \{"uri":"qemu:\/\/\/system"\}\); use HostConnection\.local\(\), \.session\(\), \.ssh\(\{ host \}\), \.sshCmd\(\{ host \}\) or \.fromUri\(uri\)$/);
    });

    test('SSH options that are not an object, lack a host, or have an unknown key are rejected, naming the factory', () => {
      // GIVEN SSH options as plain JavaScript may give them / WHEN a host uses them / THEN each is refused with its fix
      const use = (connection: HostConnection) => () => new Host(newStack(), 'h', { connection });
      expectValidationError(use(HostConnection.ssh(null as unknown as SshConnectionOptions)),
        /^test\/h: the props of HostConnection\.ssh\(\) must be an object \(got null\); pass an object of props$/);
      expectValidationError(use(HostConnection.sshCmd('kvm2' as unknown as SshConnectionOptions)),
        /^test\/h: the props of HostConnection\.sshCmd\(\) must be an object \(got "kvm2"\); pass an object of props$/);
      expectValidationError(use(HostConnection.ssh({ user: 'ops' } as SshConnectionOptions)),
        /^test\/h: HostConnection\.ssh\(\) needs host \(got nothing\); set host to the KVM host's DNS name or address, such as \{ host: 'kvm1\.lab' \}$/);
      expectValidationError(use(HostConnection.ssh({ host: 'kvm2', keyfile: '/k' } as unknown as SshConnectionOptions)),
        /^test\/h: HostConnection\.ssh\(\) has no prop 'keyfile' \(got "keyfile"\); did you mean 'keyFile'\?/);
    });

    test.each([
      ['ftp://kvm2/system'],
      ['qemu+unix:///system'],
      ['qemu://kvm2/system'],
      ['qemu+libssh2://kvm2/system'],
      ['xen:///system'],
      ['qemu+ssh://kvm2'],
      ['qemu:///default'],
      [''],
    ])('fromUri(%j) is rejected with the accepted forms', (uri) => {
      // GIVEN a URI provider 0.9.7 cannot open (an unknown scheme or transport, no path, or a path libvirt has not)
      // WHEN a host uses it / THEN it is rejected, listing the factories and the URIs that work
      expectValidationError(() => new Host(newStack(), 'h', { connection: HostConnection.fromUri(uri) }),
        new RegExp(`^test/h: the connection URI is not one that libvirt provider 0\\.9\\.7 opens \\(got ${re(JSON.stringify(uri))}\\); `
          + re('use HostConnection.local(), .session(), .ssh({ host }) or .sshCmd({ host }), or a URI such as qemu:///system, qemu:///session, '
          + 'qemu+ssh://user@host/system, qemu+sshcmd://host/system, qemu+tcp://host/system or qemu+tls://host/system') + '$'));
    });

    test.each([
      'qemu:///system?socket=/run/libvirt/virtqemud-sock',
      'qemu+ssh://ops@kvm2:2222/session?keyfile=/k',
      'qemu+tcp://kvm2:16509/system',
      'qemu+sshcmd://[fd00::2]/system',
    ])('fromUri(%j) is accepted', (uri) => {
      // GIVEN a URI of a form provider 0.9.7 opens / WHEN a host uses it / THEN it is accepted as given
      expect(new Host(newStack(), 'h', { connection: HostConnection.fromUri(uri) }).connection.uri).toBe(uri);
    });

    test('a second construct of the same id is rejected with a path and a fix', () => {
      const stack = newStack();
      new Host(stack, 'kvm1');
      expectValidationError(() => new Host(stack, 'kvm1', { connection: HostConnection.ssh({ host: 'kvm1' }) }),
        /^test\/kvm1: test already has a child with the id 'kvm1' \(a Host\), so this Host cannot have it \(got "kvm1"\); give each construct a unique id within its parent$/);
    });

    test('a token URI is passed through', () => {
      // GIVEN a URI only known at apply / WHEN a host uses it / THEN it is not checked
      expect(() => new Host(newStack(), 'h', { connection: HostConnection.fromUri(Token.asString(Fn.lower('QEMU:///SYSTEM'))) })).not.toThrow();
    });

    test('a token as the SSH host is passed through', () => {
      // GIVEN an SSH host only known at apply
      const connection = HostConnection.ssh({ host: Token.asString(Fn.lower('KVM2')) });
      // WHEN a host uses it / THEN it is not rejected
      expect(() => new Host(newStack(), 'h', { connection })).not.toThrow();
    });
  });

  describe('props and connection options of the wrong type', () => {
    const use = (connection: HostConnection) => () => new Host(newStack(), 'h', { connection });
    const CONNECTION_URI_FIX = "give HostConnection.fromUri\\(\\) the URI as a string, such as 'qemu\\+ssh://root@kvm1/system'";

    test.each<[string, unknown, string]>([
      ['a symbol', Symbol('s'), 'Symbol\\(s\\)'],
      ['an object without a prototype', Object.create(null), '\\{\\}'],
      ['a number (even one that encodes a token)', -8.1e298, '-8\\.1e\\+298'],
    ])('fromUri() of %s is refused by the Host that uses it, not with a TypeError', (_label, uri, shown) => {
      // GIVEN a URI that is not a string: the factory keeps it (it has no path to name)
      const connection = HostConnection.fromUri(uri as string);
      // WHEN a host uses it / THEN the host refuses it, with the fix
      expectValidationError(use(connection), new RegExp(`^test/h: the connection URI must be a string \\(got ${shown}\\); ${CONNECTION_URI_FIX}$`));
    });

    test('SSH options of the wrong type are refused by the Host, not by a TypeError of the factory', () => {
      // GIVEN options that cannot be written into a URI / WHEN a host uses them / THEN each is refused, naming the option
      expectValidationError(use(HostConnection.ssh({ host: 'kvm.example.com', knownHostsFile: Object.create(null) })),
        /^test\/h: knownHostsFile must be a string \(got \{\}\); give a path starting with '\/', or with '~\/' for the home directory of the user who runs terraform, such as '~\/\.ssh\/known_hosts'$/);
      expectValidationError(use(HostConnection.sshCmd({ host: Object.create(null) })),
        /^test\/h: the SSH host is not a host name or address \(got \{\}\); give a DNS name or an IP address$/);
      expectValidationError(use(HostConnection.ssh({ host: 'kvm2', keyFile: Symbol('k') as unknown as string })),
        /^test\/h: keyFile must be a string \(got Symbol\(k\)\); give a path starting with '\/'/);
    });

    test.each<[string, unknown, string]>([
      ['a number', 5, '5'],
      ['a name with a space', 'ops team', '"ops team"'],
      ['empty', '', '""'],
      ['a token', Token.asString(Fn.lower('OPS')), '"\\$\\{TfToken\\[TOKEN\\.\\d+\\]\\}"'],
    ])('an SSH user that is %s is refused', (_label, user, shown) => {
      // GIVEN a user that cannot go into the URI as written / WHEN a host uses it / THEN it is refused with the fix
      expectValidationError(use(HostConnection.ssh({ host: 'kvm2', user: user as string })),
        new RegExp(`^test/h: the SSH user is not a user name known at synth \\(got ${shown}\\); give the login user as a plain string without spaces or control characters, such as 'ops'$`));
    });

    test('a port that is a number token is refused: it would be written into the URI as a number', () => {
      // GIVEN a port known only at apply / WHEN a host uses it / THEN it is refused with the range
      expectValidationError(use(HostConnection.ssh({ host: 'kvm2', port: Token.asNumber(Fn.parseint('22', 10)) })),
        /^test\/h: ssh port must be a whole number from 1 to 65535 \(got -[0-9.e+]+\); set ssh port to a whole number from 1 to 65535$/);
      expectValidationError(use(HostConnection.ssh({ host: 'kvm2', port: '22' as unknown as number })),
        /^test\/h: ssh port must be a whole number from 1 to 65535 \(got "22"\); set ssh port to a whole number from 1 to 65535$/);
    });

    test('a key file that is a token, or not well-formed, is refused: it is percent-encoded into the URI', () => {
      // GIVEN key files that percent-encoding would break / WHEN a host uses them / THEN they are refused
      expectValidationError(use(HostConnection.ssh({ host: 'kvm2', keyFile: Token.asString(Fn.abspath('k')) })),
        /^test\/h: keyFile must be a well-formed string known at synth: it goes into the connection URI, percent-encoded \(got "\$\{TfToken\[TOKEN\.\d+\]\}"\); give a path starting with '\/'/);
      expectValidationError(use(HostConnection.ssh({ host: 'kvm2', knownHostsFile: '/k\ud800' })),
        /^test\/h: knownHostsFile must be a well-formed string known at synth: it goes into the connection URI, percent-encoded \(got /);
    });

    test('verifyHostKey must be a boolean known at synth', () => {
      // GIVEN verifyHostKey as a string, and as a token / WHEN a host uses it / THEN each is refused with the fix
      expectValidationError(use(HostConnection.ssh({ host: 'kvm2', verifyHostKey: 'no' as unknown as boolean })),
        /^test\/h: verifyHostKey must be true or false \(got "no"\); set verifyHostKey to true or false \(a boolean, not a string or number\)$/);
      expectValidationError(use(HostConnection.ssh({ host: 'kvm2', verifyHostKey: Lazy.anyValue({ produce: () => false }) as unknown as boolean })),
        /^test\/h: verifyHostKey must be known when the stack is synthesized \(got "a token"\); set verifyHostKey to true or false/);
    });

    test.each<[string, Partial<Record<keyof HostProps, unknown>>, RegExp]>([
      ['hostName a number', { hostName: -8.1e298 }, /^test\/h: hostName must be a string \(got -8\.1e\+298\); give a hostname-style label, such as 'kvm1'$/],
      ['hostName a token', { hostName: Lazy.stringValue({ produce: () => 'kvm1' }) },
        /^test\/h: hostName must be known at synth: it names the provider alias and the host in the artifacts \(got "\$\{TfToken\[TOKEN\.\d+\]\}"\); give it as a plain string, such as 'kvm1'$/],
      ['architecture a symbol', { architecture: Symbol('a') }, /^test\/h: architecture must be a string \(got Symbol\(a\)\); use a name such as 'x86_64' or 'aarch64'$/],
      ['architecture a number', { architecture: 64 }, /^test\/h: architecture must be a string \(got 64\); use a name such as 'x86_64' or 'aarch64'$/],
      ['defaultPoolName a number', { defaultPoolName: 5 }, /^test\/h: defaultPoolName must be a string \(got 5\); give the name of a pool on the host, such as 'default'$/],
      ['domainType a symbol', { domainType: Symbol('kvm') }, /^test\/h: domainType is not a libvirt domain type this library supports \(got Symbol\(kvm\)\); use DomainType\.KVM or DomainType\.QEMU$/],
    ])('%s is refused', (_label, props, message) => {
      // GIVEN a Host prop of the wrong type, as plain JavaScript may give it / WHEN the host is created / THEN it is refused with the fix
      expectValidationError(() => new Host(newStack(), 'h', props as HostProps), message);
    });

    test('a hostName of the wrong type never reaches the artifacts', () => {
      // GIVEN a host whose hostName is a number / WHEN created / THEN it is refused before synth (the renderers lowercase it)
      const stack = newStack();
      expect(() => new Host(stack, 'h1', { hostName: -8.1e298 as unknown as string })).toThrow(LibvirtValidationError);
      expect(() => LabArtifacts.of(stack).configure({ svg: false }).render()).not.toThrow();
    });
  });

  describe('Host.resolve', () => {
    test('the given host wins', () => {
      // GIVEN a construct inside host 1
      const stack = newStack();
      const h1 = new Host(stack, 'kvm1');
      const h2 = new Host(stack, 'kvm2', { connection: HostConnection.ssh({ host: 'kvm2' }) });
      // WHEN resolved with host 2 given / THEN host 2 is used
      expect(Host.resolve(new Construct(h1, 'c'), h2)).toBe(h2);
    });

    test('a construct inside a Host inherits it, at any depth', () => {
      // GIVEN constructs nested inside a host
      const stack = newStack();
      const host = new Host(stack, 'kvm1');
      const child = new Construct(host, 'child');
      const grandchild = new Construct(child, 'grandchild');
      // WHEN resolved / THEN the host is found
      expect(Host.resolve(new Construct(child, 'x'))).toBe(host);
      expect(Host.resolve(new Construct(grandchild, 'y'))).toBe(host);
    });

    test('a construct inside a construct that carries a host inherits that host', () => {
      // GIVEN a holder at stack level that carries host 2
      const stack = newStack();
      new Host(stack, 'kvm1');
      const h2 = new Host(stack, 'kvm2', { connection: HostConnection.ssh({ host: 'kvm2' }) });
      const holder = new Holder(stack, 'lab', h2);
      // WHEN a construct inside it is resolved / THEN host 2 is used
      expect(Host.resolve(new Construct(holder, 'c'))).toBe(h2);
      // AND a pool inside it lands on host 2
      expect(new StoragePool(holder, 'images', { path: '/srv/images' }).host).toBe(h2);
    });

    test('the nearest host wins over a farther one', () => {
      // GIVEN a holder carrying host 2 inside host 1
      const stack = newStack();
      const h1 = new Host(stack, 'kvm1');
      const h2 = new Host(stack, 'kvm2', { connection: HostConnection.ssh({ host: 'kvm2' }) });
      const holder = new Holder(h1, 'lab', h2);
      // WHEN resolved / THEN the holder's host is used
      expect(Host.resolve(new Construct(holder, 'c'))).toBe(h2);
    });

    test('without any host, resolving fails clearly', () => {
      // GIVEN a construct directly in a stack that has a host elsewhere
      const stack = newStack();
      new Host(stack, 'kvm1');
      const orphan = new Construct(stack, 'orphan');
      // WHEN resolved / THEN the error names the construct and says how to give a host
      const e = expectValidationError(() => Host.resolve(orphan),
        /^test\/orphan: no host is given and none is inherited from a parent construct \(got nothing\); pass `host` in the props, or create this construct inside a Host/);
      expect(e).toBeInstanceOf(LibvirtValidationError);
      // AND a construct that needs a host reports its own path
      expectValidationError(() => new StoragePool(stack, 'images', { path: '/srv/images' }), /^test\/images: no host is given/);
    });

    test('a host given as its name, or as anything but a host, is rejected', () => {
      // GIVEN a construct whose props name a host instead of passing it (plain JavaScript)
      const stack = newStack();
      new Host(stack, 'kvm1');
      const c = new Construct(stack, 'c');
      // WHEN resolved / THEN the fix says to pass the construct
      expectValidationError(() => Host.resolve(c, 'kvm1' as unknown as IHost),
        /^test\/c: host is not a Host \(got "kvm1"\); pass the Host construct whose hostName is "kvm1", not its name$/);
      expectValidationError(() => Host.resolve(c, {} as IHost), /^test\/c: host is not a Host \(got \{\}\); pass a Host construct, such as new Host\(stack, 'kvm1'\)$/);
    });

    test('isHost recognises hosts only', () => {
      // GIVEN a host, a plain construct and non-constructs / THEN only the host is recognised
      const stack = newStack();
      expect(Host.isHost(new Host(stack, 'kvm1'))).toBe(true);
      expect(Host.isHost(new Construct(stack, 'c'))).toBe(false);
      expect(Host.isHost(undefined)).toBe(false);
      expect(Host.isHost('kvm1')).toBe(false);
    });
  });

  describe('defaultPool', () => {
    test("is the existing pool 'default', with no pool resource", () => {
      // GIVEN a host
      const stack = newStack();
      const host = new Host(stack, 'kvm1');
      // WHEN its default pool is used
      const pool = host.defaultPool;
      // THEN it is 'default' on this host, the same object every time, and nothing is synthesized for it
      expect(pool.poolName).toBe('default');
      expect(pool.literalName).toBe('default');
      expect(pool.host).toBe(host);
      expect(host.defaultPool).toBe(pool);
      expect(synthJson(stack).resource?.libvirt_pool).toBeUndefined();
    });

    test('defaultPoolName names another existing pool', () => {
      // GIVEN a host whose default pool is 'images' / THEN its default pool names it, and nothing is synthesized
      const stack = newStack();
      const host = new Host(stack, 'kvm1', { defaultPoolName: 'images' });
      expect(host.defaultPool.poolName).toBe('images');
      expect(synthJson(stack).resource?.libvirt_pool).toBeUndefined();
    });
  });
});
