import { TerraformStack, Testing } from 'cdktf';
import { LibvirtProvider } from '../lib/generated/providers/libvirt/provider';
import { Host } from '../lib/host';
import { HostConnection } from '../lib/host-connection';
import { expectValidationError } from './validation-error';

function newStack(): TerraformStack {
  return new TerraformStack(Testing.app(), 'test');
}

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
