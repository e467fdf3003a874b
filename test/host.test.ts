import { Fn, TerraformStack, Testing, Token } from 'cdktf';
import { Construct } from 'constructs';
import { LibvirtValidationError } from '../lib/errors';
import { LibvirtProvider } from '../lib/generated/providers/libvirt/provider';
import { DomainType, Host, HostConnection, IHost } from '../lib/host';
import { Network } from '../lib/network';
import { checkSchemaConformance } from '../lib/schema-check';
import { StoragePool } from '../lib/storage-pool';
import { expectValidationError } from './validation-error';
import { redactScripts } from './support/lab';

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

  describe('HostConnection', () => {
    test('ssh() puts user, port, keyfile and knownhosts in the URI and keeps host key verification on', () => {
      // GIVEN an SSH connection with every option except verifyHostKey
      const connection = HostConnection.ssh({
        host: 'kvm2.lab',
        user: 'ops',
        port: 2222,
        keyFile: '/home/ops/.ssh/id_ed25519',
        knownHostsFile: '/home/ops/.ssh/known_hosts',
      });
      // WHEN used by a host and synthesized
      const stack = newStack();
      new Host(stack, 'kvm2', { connection });
      const synth = Testing.synth(stack);
      // THEN the URI carries them all (URI-encoded), and no no_verify
      const uri = 'qemu+ssh://ops@kvm2.lab:2222/system?keyfile=%2Fhome%2Fops%2F.ssh%2Fid_ed25519&knownhosts=%2Fhome%2Fops%2F.ssh%2Fknown_hosts';
      expect(connection.uri).toBe(uri);
      expect(connection.uri).not.toContain('no_verify');
      expect(connection.isRemote).toBe(true);
      expect(synth).toHaveProviderWithProperties(LibvirtProvider, { uri });
      // AND the encoded paths decode back to the files
      const query = new URL(uri.replace(/^qemu\+ssh:/, 'http:')).searchParams;
      expect(query.get('keyfile')).toBe('/home/ops/.ssh/id_ed25519');
      expect(query.get('knownhosts')).toBe('/home/ops/.ssh/known_hosts');
    });

    test('ssh() with only a host gives a bare URI', () => {
      // WHEN only the host is given / THEN there is no user, port or query
      expect(HostConnection.ssh({ host: 'kvm2' }).uri).toBe('qemu+ssh://kvm2/system');
    });

    test('ssh() with verifyHostKey: true does not disable verification', () => {
      // WHEN verification is asked for explicitly / THEN no_verify is absent
      expect(HostConnection.ssh({ host: 'kvm2', verifyHostKey: true }).uri).toBe('qemu+ssh://kvm2/system');
    });

    test('ssh() with verifyHostKey: false adds no_verify=1', () => {
      // GIVEN an SSH connection that opts out of host key verification
      const connection = HostConnection.ssh({ host: 'kvm2', user: 'ops', keyFile: '/k', verifyHostKey: false });
      // THEN the URI says no_verify=1
      expect(connection.uri).toBe('qemu+ssh://ops@kvm2/system?keyfile=%2Fk&no_verify=1');
    });

    test('ssh() URI-encodes the user', () => {
      // WHEN the user has characters that are not allowed in a URI / THEN they are encoded
      expect(HostConnection.ssh({ host: 'kvm2', user: 'ops@corp' }).uri).toBe('qemu+ssh://ops%40corp@kvm2/system');
    });

    test('ssh() puts an IPv6 host in brackets', () => {
      // GIVEN an IPv6 literal host and a port
      const connection = HostConnection.ssh({ host: 'fd00::2', port: 22 });
      // THEN the host is bracketed so the port is not read as part of the address
      expect(connection.uri).toBe('qemu+ssh://[fd00::2]:22/system');
      // AND a host accepts it
      expect(() => new Host(newStack(), 'v6', { connection })).not.toThrow();
    });

    test('sshCmd() builds a qemu+sshcmd URI', () => {
      // GIVEN a connection through the system ssh binary
      const connection = HostConnection.sshCmd({ host: 'kvm3.lab', user: 'ops', port: 2200 });
      // THEN the scheme is qemu+sshcmd, with no query
      expect(connection.uri).toBe('qemu+sshcmd://ops@kvm3.lab:2200/system');
      expect(connection.isRemote).toBe(true);
      const stack = newStack();
      new Host(stack, 'kvm3', { connection });
      expect(Testing.synth(stack)).toHaveProviderWithProperties(LibvirtProvider, { uri: 'qemu+sshcmd://ops@kvm3.lab:2200/system' });
    });

    test.each([
      ['keyFile', { keyFile: '/home/ops/.ssh/id_ed25519' }],
      ['knownHostsFile', { knownHostsFile: '/home/ops/.ssh/known_hosts' }],
      ['verifyHostKey: false', { verifyHostKey: false }],
    ])('sshCmd() with %s is rejected', (_label, extra) => {
      // GIVEN sshCmd options that only the built-in SSH client understands
      const stack = newStack();
      const connection = HostConnection.sshCmd({ host: 'kvm3', ...extra });
      // WHEN a host uses it / THEN it is rejected, pointing at ~/.ssh/config or ssh()
      expectValidationError(() => new Host(stack, 'kvm3', { connection }),
        /^test\/kvm3: keyFile, knownHostsFile and verifyHostKey do not apply to HostConnection\.sshCmd\(\) \(got \{"host":"kvm3",.*\}\); set them in ~\/\.ssh\/config .* or use HostConnection\.ssh\(\)/);
    });

    test.each([
      ['qemu+tls://kvm4/system', true],
      ['qemu:///system', false],
      ['test:///default', false],
    ])('fromUri(%s) keeps the URI as given (remote: %s)', (uri, remote) => {
      // GIVEN a connection from a raw URI
      const connection = HostConnection.fromUri(uri);
      // WHEN used by a host
      const stack = newStack();
      new Host(stack, 'h', { connection });
      // THEN the provider has exactly that URI
      expect(connection.uri).toBe(uri);
      expect(connection.isRemote).toBe(remote);
      expect(Testing.synth(stack)).toHaveProviderWithProperties(LibvirtProvider, { uri });
    });
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
      ['keyFile', { keyFile: '~/.ssh/id_ed25519' }, '~/.ssh/id_ed25519'],
      ['knownHostsFile', { knownHostsFile: 'known_hosts' }, 'known_hosts'],
    ])('a relative %s is rejected', (prop, extra, value) => {
      // GIVEN a path the provider would resolve against its working directory
      const connection = HostConnection.ssh({ host: 'kvm2', ...extra });
      // WHEN a host uses it / THEN it is rejected
      expectValidationError(() => new Host(newStack(), 'h', { connection }),
        new RegExp(`^test/h: ${prop} must be an absolute path on the libvirt host \\(got "${value.replace('.', '\\.')}"\\); give a path starting with '/'$`));
    });

    test('a token as the SSH host is passed through', () => {
      // GIVEN an SSH host only known at apply
      const connection = HostConnection.ssh({ host: Token.asString(Fn.lower('KVM2')) });
      // WHEN a host uses it / THEN it is not rejected
      expect(() => new Host(newStack(), 'h', { connection })).not.toThrow();
    });
  });

  describe('Host.resolve', () => {
    test('the given host wins', () => {
      // GIVEN a construct inside host 1
      const stack = newStack();
      const h1 = new Host(stack, 'kvm1');
      const h2 = new Host(stack, 'kvm2');
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
      const h2 = new Host(stack, 'kvm2');
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
      const h2 = new Host(stack, 'kvm2');
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
