/**
 * Fixtures of the k3s tests: a lab with a K3sCluster, readers of the nodes' documents as the guest
 * receives them (the join token put in), and the guest tools the documents are checked with.
 */
import { spawnSync, SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { IConstruct } from 'constructs';
import { parse } from 'yaml';
import { K3sCluster, K3sClusterProps, K3sInstall, Lab } from '../../lib';
import { newLab, oneOf, ofType, SSH_KEY } from './lab';
import { which } from './shell';

export { which };

/** A test that runs when `found`; in CI a missing tool is a failure that names its Debian package. */
export function requireTool(name: string, found: string | undefined, debianPackage: string): jest.It {
  if (found === undefined && process.env.CI) {
    test(`${name} is installed`, () => {
      throw new Error(`${name} is not installed; CI must install the Debian package ${debianPackage}`);
    });
  }
  return found !== undefined ? it : it.skip;
}

export const run = (argv: string[], options: { cwd?: string; env?: Record<string, string> } = {}): SpawnSyncReturns<string> =>
  spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', timeout: 120000, cwd: options.cwd, env: { ...process.env, ...options.env } });
export const output = (r: SpawnSyncReturns<string>) => `exit ${r.status}\n${r.stdout}\n${r.stderr}`;

const tmpDirs: string[] = [];
/** A scratch directory, removed after the test file. */
export function tmpDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-libvirt-k3s-'));
  tmpDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tmpDirs) fs.rmSync(dir, { recursive: true, force: true });
});

export const VERSION = 'v1.31.4+k3s1';
/** What Terraform's random_password could give (letters and digits), for documents checked by the guest's tools. */
export const SAMPLE_TOKEN = 'Zq4rT7uW9yB2dF5hJ8kM1nP3sV6xA0cE4gI7lO9qS2uX5zC8';
/** Where a node's install script is written. */
export const INSTALL_FILE = '/usr/local/sbin/cdktf-libvirt-k3s-install';

/** A stack with host kvm1, network lan (10.77.0.0/24, DHCP .128-.254) and a lab `demo` with the Debian image and a key. */
export function k3sLab(props: Partial<K3sClusterProps> = {}, id = 'K3s') {
  const base = newLab();
  const lab = new Lab(base.host, 'demo', { image: base.image, sshAuthorizedKeys: [SSH_KEY] });
  const k3s = new K3sCluster(lab, id, { networks: [base.net], install: K3sInstall.script({ version: VERSION }), ...props });
  return { ...base, lab, k3s };
}

/** The seed (libvirt_cloudinit_disk) user-data of machine `name`, as synthesized. */
export function userDataOf(json: any, name: string): string {
  return oneOf(json, 'libvirt_cloudinit_disk', (c) => c.name === `${name}-seed`).user_data;
}

/** The logical id of the stack's only random_password. */
export function tokenId(json: any): string {
  const ids = Object.keys(ofType(json, 'random_password'));
  expect(ids).toHaveLength(1);
  return ids[0];
}

/**
 * The user-data as the guest receives it: what Terraform makes of the synthesized string, with
 * `token` as the password's result (jsonencode gives a JSON string) and `$${` / `%%{` unescaped.
 */
export function asGuestSees(userData: string, id: string, token: string = SAMPLE_TOKEN): string {
  const withToken = userData.split(`\${jsonencode(random_password.${id}.result)}`).join(JSON.stringify(token));
  // whatever is left of ${...} would be another interpolation: there is none
  expect(withToken.replace(/\$\$\{/g, '')).not.toMatch(/\$\{/);
  return withToken.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}

/** The cloud-config document of machine `name`, as the guest reads it (YAML 1.1). */
export function cloudConfigOf(json: any, name: string): any {
  return parse(asGuestSees(userDataOf(json, name), tokenId(json)), { version: '1.1' });
}

/** A write_files entry of machine `name`. */
export function fileOf(json: any, name: string, file: string): any {
  return cloudConfigOf(json, name).write_files?.find((f: any) => f.path === file);
}

/** /etc/rancher/k3s/config.yaml of machine `name`, parsed as YAML 1.1. */
export function k3sConfigOf(json: any, name: string): any {
  return parse(fileOf(json, name, '/etc/rancher/k3s/config.yaml').content, { version: '1.1' });
}

/** The synth warnings of a construct (a cluster). */
export function warningsOf(scope: IConstruct): string[] {
  return scope.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
}
