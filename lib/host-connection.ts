import { IConstruct } from 'constructs';
import { attach, attached, hasMark, markAs } from './private/marks';
import { checkLiteralBoolean, checkProps, checkString, fail, isToken } from './private/validate';

/** Options of an SSH connection to a remote libvirt host. */
export interface SshConnectionOptions {
  /** Host name or address of the KVM host. */
  readonly host: string;
  /**
   * Login user on the KVM host.
   * @default - the SSH default (your local user name, or what ~/.ssh/config says with sshCmd)
   */
  readonly user?: string;
  /**
   * SSH port.
   * @default 22
   */
  readonly port?: number;
  /**
   * Private key file, on the machine that runs terraform (qemu+ssh only; sshCmd uses ~/.ssh/config):
   * an absolute path, or one under `~/`, which the provider expands to the home directory of the
   * user who runs terraform when it connects (so the stack works wherever terraform runs).
   * @default - the provider's default keys and ssh-agent
   */
  readonly keyFile?: string;
  /**
   * known_hosts file used to verify the host key (qemu+ssh only), on the machine that runs
   * terraform: an absolute path, or one under `~/` (expanded as for `keyFile`).
   * @default - ~/.ssh/known_hosts
   */
  readonly knownHostsFile?: string;
  /**
   * Verify the host's SSH key. Turning this off lets anyone on the path impersonate the host.
   * @default true
   */
  readonly verifyHostKey?: boolean;
}

/** How terraform reaches a host's libvirt daemon: a libvirt connection URI. */
export class HostConnection {
  /** Whether `x` is a HostConnection (marked, so that one made by another copy of this library is recognised too). */
  public static isHostConnection(x: unknown): x is HostConnection {
    return hasMark(x, 'HostConnection');
  }

  /** The system libvirtd of the machine that runs terraform: `qemu:///system`. */
  public static local(): HostConnection {
    return new HostConnection('qemu:///system', false);
  }

  /** A per-user session daemon, `qemu:///session`. It cannot create bridges, so only bridged or user networking works there. */
  public static session(): HostConnection {
    return new HostConnection('qemu:///session', false);
  }

  /**
   * A remote host over SSH with the provider's built-in SSH client (`qemu+ssh://`).
   * The host key is verified against known_hosts unless `verifyHostKey` is false.
   */
  public static ssh(options: SshConnectionOptions): HostConnection {
    const o = optionsOf(options);
    const params: string[] = [];
    if (o.keyFile !== undefined) params.push(`keyfile=${uriPart(o.keyFile)}`);
    if (o.knownHostsFile !== undefined) params.push(`knownhosts=${uriPart(o.knownHostsFile)}`);
    if (o.verifyHostKey === false) params.push('no_verify=1');
    return HostConnection.remote('qemu+ssh', 'ssh', options, params);
  }

  /**
   * A remote host over the system `ssh` binary (`qemu+sshcmd://`), so ~/.ssh/config, ProxyJump,
   * ControlMaster and ssh-agent apply. Host keys are verified by ssh itself (StrictHostKeyChecking).
   */
  public static sshCmd(options: SshConnectionOptions): HostConnection {
    return HostConnection.remote('qemu+sshcmd', 'sshCmd', options, []);
  }

  /**
   * Any libvirt URI that provider 0.9.7 can open, as given (for example `qemu+tls://host/system`):
   * qemu:///system or qemu:///session, or qemu+ssh, qemu+sshcmd, qemu+tcp or qemu+tls to a host's
   * /system or /session. Checked by the Host that uses it.
   */
  public static fromUri(uri: string): HostConnection {
    // anything else than a string is kept as given, for the Host that uses it to refuse
    return new HostConnection(uri, typeof uri === 'string' && !/^qemu:\/\/\//.test(uri) && !/^test:\/\/\//.test(uri));
  }

  /** A remote connection made by `factory` from `options` as given: checked by the Host that uses it, which knows its path. */
  private static remote(scheme: string, factory: string, options: SshConnectionOptions, params: string[]): HostConnection {
    const o = optionsOf(options);
    const user = o.user === undefined ? '' : `${uriPart(o.user)}@`;
    const port = o.port === undefined ? '' : `:${typeof o.port === 'number' ? o.port : '?'}`;
    const query = params.length > 0 ? `?${params.join('&')}` : '';
    const name = typeof o.host === 'string' ? o.host : '?';
    const host = name.includes(':') ? `[${name}]` : name; // an IPv6 literal needs brackets in a URI
    const connection = new HostConnection(`${scheme}://${user}${host}${port}/system${query}`, true, o as SshConnectionOptions);
    attach(connection, GIVEN_OPTIONS, { factory, options });
    return connection;
  }

  private constructor(
    /** The libvirt connection URI given to the provider. */
    public readonly uri: string,
    /** Whether the host is another machine than the one that runs terraform. */
    public readonly isRemote: boolean,
    /** SSH details, for remote SSH connections. */
    public readonly ssh?: SshConnectionOptions,
  ) {
    markAs(this, 'HostConnection');
  }
}

/** The key of the options an SSH connection was made from, as given (a plain JavaScript caller may give anything), and by which factory. */
const GIVEN_OPTIONS = 'HostConnection.givenOptions';

/** `options` when it is an object, else none (the Host that uses the connection refuses it, naming itself). */
function optionsOf(options: unknown): Partial<SshConnectionOptions> {
  return typeof options === 'object' && options !== null ? options : {};
}

/** A part of a URI, percent-encoded; '?' for what cannot be (not a string, a lone surrogate), which the Host that uses the connection refuses. */
function uriPart(value: unknown): string {
  try {
    return typeof value === 'string' ? encodeURIComponent(value) : '?';
  } catch {
    return '?';
  }
}

const SSH_OPTIONS: Record<keyof SshConnectionOptions, true> = { host: true, user: true, port: true, keyFile: true, knownHostsFile: true, verifyHostKey: true };

/** A login user of an SSH URI (percent-encoded there, so 'ops@corp' is fine): no space, control character or '/'. */
// eslint-disable-next-line no-control-regex
const SSH_USER = /^[^\s\x00-\x1f\x7f/]+$/;

/** The connection URIs provider 0.9.7 opens: its local socket, or a host over ssh, sshcmd, tcp or tls (libvirt's test driver for tests). */
const SUPPORTED_URI = /^(qemu:\/\/\/(system|session)|qemu\+(ssh|sshcmd|tcp|tls):\/\/[^/?#\s]+\/(system|session)|test:\/\/\/[^?#\s]+)(\?\S*)?$/;

/**
 * Checks a host's connection: a URI from {@link HostConnection.fromUri} is one the provider opens;
 * the options of an SSH connection are an object of known options, with a host, a port, and files
 * on the machine that runs terraform.
 */
export function checkConnection(scope: IConstruct, connection: HostConnection): void {
  const given = attached<{ readonly factory: string; readonly options: unknown }>(connection, GIVEN_OPTIONS);
  if (given === undefined) {
    const uri: unknown = connection.uri;
    checkString(scope, 'the connection URI', uri, "give HostConnection.fromUri() the URI as a string, such as 'qemu+ssh://root@kvm1/system'");
    if (!isToken(uri) && !SUPPORTED_URI.test(uri as string)) {
      fail(scope, 'the connection URI is not one that libvirt provider 0.9.7 opens', uri,
        'use HostConnection.local(), .session(), .ssh({ host }) or .sshCmd({ host }), or a URI such as qemu:///system, qemu:///session, '
        + 'qemu+ssh://user@host/system, qemu+sshcmd://host/system, qemu+tcp://host/system or qemu+tls://host/system');
    }
    return;
  }
  const what = `HostConnection.${given.factory}()`;
  checkProps<SshConnectionOptions>(scope, what, given.options, SSH_OPTIONS, true);
  const ssh = connection.ssh!;
  if (ssh.host === undefined) fail(scope, `${what} needs host`, ssh.host, "set host to the KVM host's DNS name or address, such as { host: 'kvm1.lab' }");
  if (!isToken(ssh.host) && (typeof ssh.host !== 'string' || !/^[A-Za-z0-9.:-]+$/.test(ssh.host))) {
    fail(scope, 'the SSH host is not a host name or address', ssh.host, 'give a DNS name or an IP address');
  }
  // in the URI as written: a token (even a number token) would not resolve there
  const { port, user } = ssh as { port: unknown; user: unknown };
  if (port !== undefined && (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535)) {
    fail(scope, 'ssh port must be a whole number from 1 to 65535', port, 'set ssh port to a whole number from 1 to 65535');
  }
  if (user !== undefined && (typeof user !== 'string' || !SSH_USER.test(user) || isToken(user) || uriPart(user) === '?')) {
    fail(scope, 'the SSH user is not a user name known at synth', user, "give the login user as a plain string without spaces or control characters, such as 'ops'");
  }
  checkLiteralBoolean(scope, 'verifyHostKey', ssh.verifyHostKey); // it decides the URI
  checkLocalFile(scope, 'keyFile', ssh.keyFile, 'id_ed25519');
  checkLocalFile(scope, 'knownHostsFile', ssh.knownHostsFile, 'known_hosts');
  const sshOnly = ssh.keyFile !== undefined || ssh.knownHostsFile !== undefined || ssh.verifyHostKey === false;
  if (given.factory === 'sshCmd' && sshOnly) {
    fail(scope, 'keyFile, knownHostsFile and verifyHostKey do not apply to HostConnection.sshCmd()', ssh,
      'set them in ~/.ssh/config for the ssh binary, or use HostConnection.ssh() which puts them in the URI');
  }
}

/**
 * A file of an SSH connection, on the machine that runs terraform: absolute, or under `~/`, which
 * provider 0.9.7 expands to the home directory of the user who runs terraform when it connects. It
 * expands nothing else: a relative path would depend on terraform's working directory, and in
 * `~user/...` it would put that home directory in place of `~`, leaving `user` in the path.
 */
function checkLocalFile(scope: IConstruct, prop: string, value: unknown, example: string): void {
  if (value === undefined) return;
  const fix = `give a path starting with '/', or with '~/' for the home directory of the user who runs terraform, such as '~/.ssh/${example}'`;
  checkString(scope, prop, value, fix);
  const path = value as string;
  if (isToken(path) || uriPart(path) === '?') fail(scope, `${prop} must be a well-formed string known at synth: it goes into the connection URI, percent-encoded`, path, fix);
  if (!path.includes('\0') && (path.startsWith('/') || path.startsWith('~/'))) return;
  const otherHome = /^~([^/]+)/.exec(path);
  fail(scope, `${prop} must be a path on the machine that runs terraform: absolute, or under '~/'`, value, otherHome
    ? `the provider expands only '~/' (to the home directory of the user who runs terraform): write the home directory of ${otherHome[1]} out, such as '/home/${otherHome[1]}${path.slice(otherHome[0].length)}'`
    : fix);
}
