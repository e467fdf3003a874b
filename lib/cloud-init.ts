import { IConstruct } from 'constructs';
import { hasMark, markAs } from './private/marks';
import { checkSshKeys, USER_NAME } from './private/machine-checks';
import { toGuestYaml } from './private/yaml';
import { checkAbsolutePath, checkArray, checkHostname, checkLiteralBoolean, checkProps, checkSingleString, fail, isToken } from './private/validate';

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
  /** Whether `x` is a CloudConfig (marked, so that one made by another copy of this library is recognised too). */
  public static isCloudConfig(x: unknown): x is CloudConfig {
    return hasMark(x, 'CloudConfig');
  }

  private readonly users: CloudUser[];
  private readonly packages: string[];
  private readonly runcmd: string[];
  private readonly writeFiles: CloudFile[];
  /**
   * The checks of what was given to this config and to those it was copied or merged from (props,
   * what merge() was given): a config has no construct path of its own, so they run when it is
   * rendered for a machine, whose path the errors name.
   */
  private readonly given: Array<(scope: IConstruct) => void>;

  constructor(props: CloudConfigProps = {}) {
    markAs(this, 'CloudConfig');
    this.given = [(scope) => checkConfigProps(scope, props)];
    const p: CloudConfigProps = props !== null && typeof props === 'object' ? props : {};
    // a list given as anything else is left out here and refused by render()
    const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? [...value] : []);
    this.users = list(p.users);
    this.packages = list(p.packages);
    this.runcmd = list(p.runcmd);
    this.writeFiles = list(p.writeFiles);
  }

  /** A new CloudConfig with the same parts, to add to without changing this one. */
  public copy(): CloudConfig {
    const copy = new CloudConfig({ users: this.users, packages: this.packages, runcmd: this.runcmd, writeFiles: this.writeFiles });
    copy.given.push(...this.given);
    return copy;
  }

  /**
   * A new CloudConfig with this one's parts followed by `other`'s (neither is changed). Anything but a
   * CloudConfig as `other` is refused by the machine the result is given to (a config has no path of its own).
   */
  public merge(other: CloudConfig): CloudConfig {
    if (!CloudConfig.isCloudConfig(other)) {
      // refused by the machine the result is rendered for; until then the result holds this config's parts
      const copy = this.copy();
      copy.given.push((scope) => fail(scope, 'CloudConfig.merge() was given something that is not a CloudConfig', other,
        "merge a CloudConfig: config.merge(new CloudConfig({ packages: ['nginx'] }))"));
      return copy;
    }
    const merged = new CloudConfig({
      users: [...this.users, ...other.users],
      packages: [...this.packages, ...other.packages],
      runcmd: [...this.runcmd, ...other.runcmd],
      writeFiles: [...this.writeFiles, ...other.writeFiles],
    });
    merged.given.push(...this.given, ...other.given);
    return merged;
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
    for (const check of this.given) check(scope);
    const users = [...(identity.loginUser ? [identity.loginUser] : []), ...this.users];
    const seen = new Set<string>();
    for (const u of users) {
      checkUser(scope, u);
      if (seen.has(u.name)) fail(scope, 'cloud-init user is listed twice', u.name, 'give each user once; the login user is added for you');
      seen.add(u.name);
    }
    for (const f of this.writeFiles) checkFile(scope, f);
    this.runcmd.forEach((c, i) => checkSingleString(scope, `runcmd[${i}]`, c, "give each command as one string, such as 'systemctl restart nginx'"));
    for (const p of this.packages) {
      checkSingleString(scope, 'a package name', p, 'give one package per entry, such as nginx or nginx=1.22*');
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

/** The props of a CloudConfig as given: an object of known props, the lists arrays. */
function checkConfigProps(scope: IConstruct, props: unknown): void {
  checkProps<CloudConfigProps>(scope, 'CloudConfig', props, { users: true, packages: true, runcmd: true, writeFiles: true });
  const p = (props ?? {}) as CloudConfigProps;
  checkArray(scope, 'users', p.users, "{ name: 'alice' }");
  checkArray(scope, 'packages', p.packages, "'nginx'");
  checkArray(scope, 'runcmd', p.runcmd, "'systemctl restart nginx'");
  checkArray(scope, 'writeFiles', p.writeFiles, "{ path: '/etc/motd', content: 'hello' }");
}

/** What the machine tells its cloud-config about itself. */
export interface CloudIdentity {
  /** The guest's hostname. */
  readonly hostname: string;
  /** Its fully qualified name, when its first network has a domain. */
  readonly fqdn?: string;
  /** The user to create for SSH login, with its keys. */
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

// a group as groupadd takes it, and one per entry (cloud-init splits the list on commas)
const GROUP_NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,31}$/;
// user, or user:group, by name or number
const OWNER = /^[A-Za-z0-9_][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?$/;
// crypt(3) hashes: $id$[rounds=N$]salt$hash for sha-256 (5), sha-512 (6), yescrypt (y), bcrypt (2a/2b/2y)
const CRYPT_HASH = /^\$(5|6|y|2[aby]|gy)\$[./A-Za-z0-9$=,]+$/;
const USER_PROPS: Record<keyof CloudUser, true> = { name: true, sshAuthorizedKeys: true, sudo: true, groups: true, shell: true, hashedPassword: true };

function checkUser(scope: IConstruct, u: CloudUser): void {
  checkProps<CloudUser>(scope, 'a cloud-init user', u, USER_PROPS, true);
  if (!isToken(u.name) && (typeof u.name !== 'string' || !USER_NAME.test(u.name))) {
    fail(scope, 'cloud-init user name is not a Linux user name', u.name, 'use up to 32 lowercase letters, digits, _ or -, starting with a letter or _');
  }
  if (u.hashedPassword !== undefined && !isToken(u.hashedPassword) && (typeof u.hashedPassword !== 'string' || !CRYPT_HASH.test(u.hashedPassword))) {
    fail(scope, `the password of user ${u.name} is not a crypt(3) hash`, '(hidden)',
      "hash it first, e.g. `mkpasswd -m sha-512`, and pass the '$6$...' result; plain-text passwords are refused");
  }
  checkSshKeys(scope, u.sshAuthorizedKeys, u.name);
  checkLiteralBoolean(scope, `sudo of user ${u.name}`, u.sudo);
  checkAbsolutePath(scope, `the shell of user ${u.name}`, u.shell, 'in the guest');
  checkArray(scope, 'groups', u.groups, "'adm'");
  for (const group of u.groups ?? []) {
    const fix = "give one group name per entry, such as groups: ['adm', 'docker']";
    checkSingleString(scope, `a group of user ${u.name}`, group, fix);
    if (!isToken(group) && !GROUP_NAME.test(group)) fail(scope, `a group of user ${u.name} is not a group name`, group, fix);
  }
}

const FILE_PROPS: Record<keyof CloudFile, true> = { path: true, content: true, permissions: true, owner: true };

function checkFile(scope: IConstruct, f: CloudFile): void {
  checkProps<CloudFile>(scope, 'a writeFiles entry', f, FILE_PROPS, true);
  if (f.path === undefined) fail(scope, 'a writeFiles entry has no path', f, "give the file's path in the guest: { path: '/etc/motd', content: 'hello' }");
  checkAbsolutePath(scope, 'writeFiles path', f.path, 'in the guest');
  if (f.content === undefined) fail(scope, `the file ${f.path} has no content`, f.content, "give its text as content ('' for an empty file)");
  checkSingleString(scope, `the content of ${f.path}`, f.content, "give the file's text as one string (read a local file with fs.readFileSync(path, 'utf8'))");
  if (f.permissions !== undefined && !isToken(f.permissions)) {
    checkSingleString(scope, `the permissions of ${f.path}`, f.permissions, "write them as a string like '0644' (a number 644 would be read as decimal)");
    if (!/^0?[0-7]{3,4}$/.test(f.permissions)) fail(scope, `the permissions of ${f.path} are not an octal mode`, f.permissions, "write them like '0644' or '0755'");
  }
  if (f.owner !== undefined && !isToken(f.owner)) {
    const fix = "write it as user or user:group, such as 'root:root' or 'debian:debian'";
    checkSingleString(scope, `the owner of ${f.path}`, f.owner, fix);
    if (!OWNER.test(f.owner)) fail(scope, `the owner of ${f.path} is not user or user:group`, f.owner, fix);
  }
}

/** The cloud-config a machine is given: a {@link CloudConfig}, not the plain object of its props. @internal */
export function checkCloudConfig(scope: IConstruct, value: unknown): void {
  if (value === undefined || CloudConfig.isCloudConfig(value)) return;
  fail(scope, 'cloudConfig is not a CloudConfig', value, "pass new CloudConfig({ packages: ['nginx'], runcmd: [...] })");
}
