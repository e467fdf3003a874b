import { IConstruct } from 'constructs';
import { toGuestYaml } from './private/yaml';
import { checkAbsolutePath, checkHostname, fail, isToken } from './private/validate';

/** A user that cloud-init creates in the guest. */
export interface CloudUser {
  /** Login name. */
  readonly name: string;
  /**
   * Public SSH keys allowed to log in as this user.
   * @default - none
   */
  readonly sshAuthorizedKeys?: string[];
  /**
   * Passwordless sudo.
   * @default true
   */
  readonly sudo?: boolean;
  /**
   * Supplementary groups.
   * @default - none
   */
  readonly groups?: string[];
  /**
   * Login shell.
   * @default '/bin/bash'
   */
  readonly shell?: string;
  /**
   * A password already hashed with crypt(3) (for example `mkpasswd -m sha-512`), for console
   * login. Plain-text passwords are refused: they would sit in the plan and the seed ISO.
   * SSH password login stays off either way.
   * @default - no password: the account is locked for password login
   */
  readonly hashedPassword?: string;
}

/** A file that cloud-init writes in the guest. */
export interface CloudFile {
  /** Absolute path in the guest. */
  readonly path: string;
  /** Text content. */
  readonly content: string;
  /**
   * Octal mode.
   * @default '0644'
   */
  readonly permissions?: string;
  /**
   * Owner as `user:group`.
   * @default 'root:root'
   */
  readonly owner?: string;
}

/** Props of a {@link CloudConfig}. */
export interface CloudConfigProps {
  /**
   * Users to create (besides the machine's login user, which the VirtualMachine adds).
   * @default - none
   */
  readonly users?: CloudUser[];
  /**
   * Packages to install on first boot (needs a package mirror the guest can reach).
   * @default - none
   */
  readonly packages?: string[];
  /**
   * Shell commands run once, at the end of the first boot, in order.
   * @default - none
   */
  readonly runcmd?: string[];
  /**
   * Files to write on first boot.
   * @default - none
   */
  readonly writeFiles?: CloudFile[];
}

/**
 * The `#cloud-config` user-data of a machine, built from typed parts. Hostname, FQDN and the
 * machine's login user are filled in by the VirtualMachine it is given to.
 */
export class CloudConfig {
  private readonly users: CloudUser[];
  private readonly packages: string[];
  private readonly runcmd: string[];
  private readonly writeFiles: CloudFile[];

  constructor(props: CloudConfigProps = {}) {
    this.users = [...(props.users ?? [])];
    this.packages = [...(props.packages ?? [])];
    this.runcmd = [...(props.runcmd ?? [])];
    this.writeFiles = [...(props.writeFiles ?? [])];
  }

  /** A new CloudConfig with the same parts, to add to without changing this one. */
  public copy(): CloudConfig {
    return new CloudConfig({ users: this.users, packages: this.packages, runcmd: this.runcmd, writeFiles: this.writeFiles });
  }

  /** A new CloudConfig with this one's parts followed by `other`'s (neither is changed). */
  public merge(other: CloudConfig): CloudConfig {
    return new CloudConfig({
      users: [...this.users, ...other.users],
      packages: [...this.packages, ...other.packages],
      runcmd: [...this.runcmd, ...other.runcmd],
      writeFiles: [...this.writeFiles, ...other.writeFiles],
    });
  }

  /** Adds a user. */
  public addUser(user: CloudUser): CloudConfig {
    this.users.push(user);
    return this;
  }

  /** Adds packages to install. */
  public addPackages(...names: string[]): CloudConfig {
    this.packages.push(...names);
    return this;
  }

  /** Adds a shell command to run at the end of first boot. */
  public addCommand(command: string): CloudConfig {
    this.runcmd.push(command);
    return this;
  }

  /** Adds a file to write. */
  public addFile(file: CloudFile): CloudConfig {
    this.writeFiles.push(file);
    return this;
  }

  /**
   * Renders the user-data document. `scope` is the construct the config belongs to: invalid
   * parts throw a LibvirtValidationError naming it.
   */
  public render(scope: IConstruct, identity: CloudIdentity): string {
    const users = [...(identity.loginUser ? [identity.loginUser] : []), ...this.users];
    const seen = new Set<string>();
    for (const u of users) {
      checkUser(scope, u);
      if (seen.has(u.name)) fail(scope, 'cloud-init user is listed twice', u.name, 'give each user once; the login user is added for you');
      seen.add(u.name);
    }
    for (const f of this.writeFiles) checkFile(scope, f);
    for (const p of this.packages) {
      if (!isToken(p) && !/^[A-Za-z0-9][A-Za-z0-9+.:~_=*-]*$/.test(p)) {
        fail(scope, 'package name is not a package name', p, 'give one package per entry, such as nginx or nginx=1.22*');
      }
    }
    checkHostname(scope, 'hostname', identity.hostname);

    const doc: Record<string, unknown> = {
      hostname: identity.hostname,
      ...(identity.fqdn ? { fqdn: identity.fqdn } : {}),
      prefer_fqdn_over_hostname: false,
      manage_etc_hosts: true,
      ssh_pwauth: false,
      disable_root: true,
      // A changed seed replaces the machine on its kept root disk with a new instance-id: keep the
      // host keys it has (cloud-init deletes them for a new instance by default), so ssh_config's
      // known_hosts entry stays valid. A machine's first boot has none, and gets new ones.
      ssh_deletekeys: false,
      users: users.map(renderUser),
    };
    if (this.packages.length > 0) doc.packages = this.packages;
    if (this.writeFiles.length > 0) {
      doc.write_files = this.writeFiles.map((f) => ({
        path: f.path,
        content: f.content,
        permissions: f.permissions ?? '0644',
        owner: f.owner ?? 'root:root',
      }));
    }
    if (this.runcmd.length > 0) doc.runcmd = this.runcmd;
    return `#cloud-config\n${toGuestYaml(doc)}`;
  }
}

/** What the machine tells its cloud-config about itself. */
export interface CloudIdentity {
  readonly hostname: string;
  readonly fqdn?: string;
  readonly loginUser?: CloudUser;
}

function renderUser(u: CloudUser): Record<string, unknown> {
  return {
    name: u.name,
    shell: u.shell ?? '/bin/bash',
    ...(u.groups && u.groups.length > 0 ? { groups: u.groups.join(', ') } : {}),
    ...(u.sudo ?? true ? { sudo: 'ALL=(ALL) NOPASSWD:ALL' } : {}),
    lock_passwd: u.hashedPassword === undefined,
    ...(u.hashedPassword !== undefined ? { hashed_passwd: u.hashedPassword } : {}),
    ...(u.sshAuthorizedKeys && u.sshAuthorizedKeys.length > 0 ? { ssh_authorized_keys: u.sshAuthorizedKeys } : {}),
  };
}

const USER_NAME = /^[a-z_][a-z0-9_-]{0,31}$/;
// crypt(3) hashes: $id$[rounds=N$]salt$hash for sha-256 (5), sha-512 (6), yescrypt (y), bcrypt (2a/2b/2y)
const CRYPT_HASH = /^\$(5|6|y|2[aby]|gy)\$[./A-Za-z0-9$=,]+$/;
const SSH_KEY = /^(ssh-(ed25519|rsa|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/=]+( .*)?$/;

function checkUser(scope: IConstruct, u: CloudUser): void {
  if (!isToken(u.name) && !USER_NAME.test(u.name)) {
    fail(scope, 'cloud-init user name is not a Linux user name', u.name, 'use up to 32 lowercase letters, digits, _ or -, starting with a letter or _');
  }
  if (u.hashedPassword !== undefined && !isToken(u.hashedPassword) && !CRYPT_HASH.test(u.hashedPassword)) {
    fail(scope, `the password of user ${u.name} is not a crypt(3) hash`, '(hidden)',
      "hash it first, e.g. `mkpasswd -m sha-512`, and pass the '$6$...' result; plain-text passwords are refused");
  }
  for (const key of u.sshAuthorizedKeys ?? []) {
    if (!isToken(key) && !SSH_KEY.test(key.trim())) {
      // never echo (part of) a private key into logs and CI output
      const shown = /PRIVATE KEY/.test(key) ? '(a private key, not shown)' : key.length > 40 ? `${key.slice(0, 40)}...` : key;
      fail(scope, `an SSH key of user ${u.name} is not an OpenSSH public key`, shown,
        "pass the content of a .pub file, such as 'ssh-ed25519 AAAA... me@laptop' (never the private key)");
    }
  }
}

function checkFile(scope: IConstruct, f: CloudFile): void {
  checkAbsolutePath(scope, 'writeFiles path', f.path, 'in the guest');
  if (f.permissions !== undefined && !isToken(f.permissions) && !/^0?[0-7]{3,4}$/.test(f.permissions)) {
    fail(scope, `the permissions of ${f.path} are not an octal mode`, f.permissions, "write them like '0644' or '0755'");
  }
}
