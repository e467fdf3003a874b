/**
 * Two copies of cdktf-libvirt in one app, built for real from packed tarballs:
 *
 *   npm run check:two-copies     (ts-node scripts/two-copies-check.ts [--keep])
 *
 * A lab package `web-lab` (a Lab subclass with a network and a machine) and an app that installs
 * it, adds its own machine to the package's lab and a network of its own on the same host. Three
 * ways the lab package can bring the library:
 *
 * - `peer`: as a peer dependency (what the README asks): the app installs one copy; the app also
 *   type-checks against the package's declarations.
 * - `bundled`: its own copy of the same version (bundleDependencies): two copies, which must work
 *   as one: the app's machine finds the package's lab and its image, a second network with the
 *   package's network's name is refused, the machine is replaced when its network is, the artifacts
 *   list every machine.
 * - `other-version`: a dependency on another version than the app's: npm installs both, and the
 *   app must be refused with an error that names both versions and says to make it a peer dependency.
 *
 * Needs npm and the registry (or its cache) for cdktf and constructs. Prints one line per check and
 * exits non-zero when one fails.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB6TpJ2Xw8jQXYjKXb3yLZV1n1jQm1t8Q8Xo9n0ZbQ0v two-copies@check';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; peerDependencies: Record<string, string> };
/** The "other" version: this one with a prerelease tag, so it sorts as a different release and satisfies no range of this one. */
const OTHER_VERSION = `${pkg.version}-other.1`;

let failures = 0;
function check(what: string, ok: boolean, detail = ''): void {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${!ok && detail ? `\n     ${detail.split('\n').join('\n     ')}` : ''}`);
  if (!ok) failures++;
}

function run(cwd: string, command: string, args: string[]): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CDKTF_LIBVIRT_LOCK_FILE: 'off' } });
}

function npm(cwd: string, ...args: string[]): string {
  return run(cwd, 'npm', [...args, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error']);
}

function writeJson(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
}

/** Packs this library as `version` into `dir`; returns the tarball's path. */
function packLibrary(dir: string, version: string): string {
  const tarball = path.join(dir, npm(ROOT, 'pack', '--pack-destination', dir).trim().split('\n').pop()!);
  if (version === pkg.version) return tarball;
  // the same files under another version: unpack, change the version, pack again
  const unpacked = fs.mkdtempSync(path.join(dir, 'repack-'));
  run(unpacked, 'tar', ['xzf', tarball]);
  const manifest = path.join(unpacked, 'package', 'package.json');
  writeJson(manifest, { ...JSON.parse(fs.readFileSync(manifest, 'utf8')), version });
  const other = path.join(dir, npm(path.join(unpacked, 'package'), 'pack', '--ignore-scripts', '--pack-destination', dir).trim().split('\n').pop()!);
  fs.rmSync(unpacked, { recursive: true, force: true });
  return other;
}

const LAB_PACKAGE_JS = `'use strict';
const { Lab, Network, VirtualMachine } = require('cdktf-libvirt');

/** A lab with one NAT network and one machine, which takes its image and keys from the lab. */
class WebLab extends Lab {
  constructor(scope, id, props = {}) {
    super(scope, id, { addressSpace: '10.60.0.0/16', ...props });
    this.network = new Network(this, 'lan', { cidr: this.subnet(0) });
    this.web = new VirtualMachine(this, 'web', { nics: [{ network: this.network }] });
  }
}
module.exports = { WebLab };
`;

const LAB_PACKAGE_DTS = `import { Construct } from 'constructs';
import { Lab, LabProps, Network, VirtualMachine } from 'cdktf-libvirt';
export declare class WebLab extends Lab {
  readonly network: Network;
  readonly web: VirtualMachine;
  constructor(scope: Construct, id: string, props?: LabProps);
}
`;

/** The app: prints one JSON line of what it saw, or the error it was refused with. */
const APP_JS = `'use strict';
const fs = require('fs');
const path = require('path');
const { App, TerraformStack } = require('cdktf');
const lib = require('cdktf-libvirt');
const { WebLab } = require('web-lab');

const outdir = path.join(__dirname, 'cdktf.out');
const seen = {};
try {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'two');
  const host = new lib.Host(stack, 'local');
  const image = lib.BaseImage.fromCatalog(stack, 'debian', 'debian-12');
  const lab = new WebLab(host, 'web', { image, sshAuthorizedKeys: [${JSON.stringify(KEY)}], poolPath: '/var/lib/libvirt/pools/web' });
  // the app's own machine inside the package's lab: it inherits the lab's image, keys and pool
  new lib.VirtualMachine(lab, 'extra', { nics: [{ network: lab.network }] });
  seen.labIsLab = lib.Lab.isLab(lab);
  seen.networkIsNetwork = lib.Network.isNetwork(lab.network);
  // a second network with the package's network's libvirt name, on the same host
  try {
    new lib.Network(host, 'clash', { name: lab.network.literalName, cidr: '10.61.0.0/24' });
    seen.clash = null;
  } catch (e) {
    seen.clash = { recognised: lib.LibvirtValidationError.isLibvirtValidationError(e), message: e.message };
  }
  app.synth();
  const dir = path.join(outdir, 'stacks', 'two');
  seen.plan = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8'));
  seen.inventory = fs.readFileSync(path.join(dir, 'inventory.yaml'), 'utf8');
} catch (e) {
  seen.error = { name: e.name, message: e.message };
}
console.log(JSON.stringify(seen));
`;

/** A consumer of the declarations: compiles only when the package's types and the app's are one library. */
const TYPES_TS = `import { App, TerraformStack } from 'cdktf';
import { BaseImage, Host, INetwork, Lab, VirtualMachine } from 'cdktf-libvirt';
import { WebLab } from 'web-lab';

const stack = new TerraformStack(new App(), 'two');
const host = new Host(stack, 'local');
const image = BaseImage.fromCatalog(stack, 'debian', 'debian-12');
const lab: Lab = new WebLab(host, 'web', { image });
const network: INetwork = (lab as WebLab).network;
new VirtualMachine(lab, 'extra', { nics: [{ network }] });
`;

type Mode = 'peer' | 'bundled' | 'other-version';

function scenario(work: string, mode: Mode, tarballs: { same: string; other: string }): Record<string, any> {
  const dir = path.join(work, mode);
  const labDir = path.join(dir, 'web-lab');
  fs.mkdirSync(labDir, { recursive: true });
  fs.writeFileSync(path.join(labDir, 'index.js'), LAB_PACKAGE_JS);
  fs.writeFileSync(path.join(labDir, 'index.d.ts'), LAB_PACKAGE_DTS);
  const library = mode === 'other-version' ? tarballs.other : tarballs.same;
  const peers = { cdktf: pkg.peerDependencies.cdktf, constructs: pkg.peerDependencies.constructs };
  const labManifest: Record<string, unknown> = { name: 'web-lab', version: '1.0.0', main: 'index.js', types: 'index.d.ts', license: 'Apache-2.0' };
  if (mode === 'peer') {
    labManifest.peerDependencies = { ...peers, [pkg.name]: `^${pkg.version}` };
  } else {
    labManifest.peerDependencies = peers;
    labManifest.dependencies = { [pkg.name]: `file:${library}` };
    if (mode === 'bundled') labManifest.bundleDependencies = [pkg.name];
  }
  writeJson(path.join(labDir, 'package.json'), labManifest);
  if (mode === 'bundled') {
    // a bundled dependency is packed from the package's own node_modules: install it there first, alone
    npm(labDir, 'install', '--omit=peer', '--ignore-scripts');
  }
  const labTarball = path.join(dir, npm(labDir, 'pack', '--pack-destination', dir).trim().split('\n').pop()!);

  const appDir = path.join(dir, 'app');
  writeJson(path.join(appDir, 'package.json'), { name: 'app', version: '1.0.0', private: true });
  fs.writeFileSync(path.join(appDir, 'app.js'), APP_JS);
  fs.writeFileSync(path.join(appDir, 'types.ts'), TYPES_TS);
  // the app's own copy is this version; the lab package's differs in the other-version scenario only
  npm(appDir, 'install', tarballs.same, labTarball, `cdktf@${devVersion('cdktf')}`, `constructs@${devVersion('constructs')}`);
  const copies = findCopies(path.join(appDir, 'node_modules'));
  const out = run(appDir, process.execPath, ['app.js']).trim().split('\n').pop()!;
  return { dir: appDir, copies, seen: JSON.parse(out) };
}

function devVersion(name: string): string {
  return (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).devDependencies as Record<string, string>)[name];
}

/** The installed copies of this library under `nodeModules`: their versions, by path. */
function findCopies(nodeModules: string): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (dir: string): void => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name === '.bin') continue;
      const at = path.join(dir, entry.name);
      if (entry.name.startsWith('@')) { walk(at); continue; }
      if (entry.name === pkg.name) found[path.relative(nodeModules, at)] = JSON.parse(fs.readFileSync(path.join(at, 'package.json'), 'utf8')).version;
      walk(path.join(at, 'node_modules'));
    }
  };
  walk(nodeModules);
  return found;
}

function resources(plan: any, type: string): Record<string, any> {
  return plan?.resource?.[type] ?? {};
}

/** The checks that two copies of one version must pass as one copy does. */
function checkWorksAsOne(mode: Mode, seen: Record<string, any>): void {
  check(`${mode}: the app synthesizes`, seen.error === undefined, JSON.stringify(seen.error));
  if (seen.error !== undefined) return;
  check(`${mode}: the app's Lab.isLab() recognises the package's lab`, seen.labIsLab === true);
  check(`${mode}: the app's Network.isNetwork() recognises the package's network`, seen.networkIsNetwork === true);
  check(`${mode}: a second network with the package's network's name is refused`,
    seen.clash?.recognised === true && /already used by two\/local\/web\/lan/.test(seen.clash.message), JSON.stringify(seen.clash));
  const domains = resources(seen.plan, 'libvirt_domain');
  const names = Object.values(domains).map((d: any) => d.name).sort();
  check(`${mode}: both machines are planned, the app's inside the package's lab (${names.join(', ')})`,
    names.length === 2 && names.every((n: string) => n.startsWith('web-')), JSON.stringify(names));
  const volumes = Object.values(resources(seen.plan, 'libvirt_volume')) as any[];
  const rootDisks = volumes.filter((v) => typeof v.name === 'string' && /extra/.test(v.name));
  check(`${mode}: the app's machine boots the lab's image`, rootDisks.some((v) => JSON.stringify(v).includes('debian')), JSON.stringify(rootDisks));
  const extra = Object.entries(domains).find(([, d]: [string, any]) => /extra/.test(d.name));
  const triggers = JSON.stringify(extra?.[1]?.lifecycle?.replace_triggered_by ?? []);
  check(`${mode}: the app's machine is replaced when the package's network is`, /libvirt_network\./.test(triggers), triggers);
  check(`${mode}: the inventory lists both machines`, /web-web/.test(seen.inventory) && /web-extra/.test(seen.inventory), seen.inventory);
}

function main(): void {
  const keep = process.argv.includes('--keep');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-libvirt-two-copies-'));
  console.log(`two copies of ${pkg.name} in one app, from packed tarballs (in ${work})`);
  try {
    const tarballs = { same: packLibrary(work, pkg.version), other: packLibrary(work, OTHER_VERSION) };

    const peer = scenario(work, 'peer', tarballs);
    check('peer: the app installs one copy', Object.keys(peer.copies).length === 1, JSON.stringify(peer.copies));
    checkWorksAsOne('peer', peer.seen);
    let typeErrors = '';
    try {
      // no @types/node in the app: a declaration that leaked a Node.js type would not compile here
      writeJson(path.join(peer.dir, 'tsconfig.json'), {
        compilerOptions: { strict: true, skipLibCheck: false, types: [], target: 'ES2022', module: 'commonjs', moduleResolution: 'node', noEmit: true },
        files: ['types.ts'],
      });
      run(peer.dir, process.execPath, [TSC, '-p', 'tsconfig.json']);
    } catch (e) {
      typeErrors = String((e as { stdout?: string }).stdout ?? e);
    }
    check('peer: the app type-checks against the package (strict, skipLibCheck false, no @types/node)', typeErrors === '', typeErrors);

    const bundled = scenario(work, 'bundled', tarballs);
    const bundledVersions = Object.values(bundled.copies);
    check(`bundled: npm installs two copies of ${pkg.version} (${Object.keys(bundled.copies).join(', ')})`,
      bundledVersions.length === 2 && bundledVersions.every((v) => v === pkg.version), JSON.stringify(bundled.copies));
    checkWorksAsOne('bundled', bundled.seen);

    const other = scenario(work, 'other-version', tarballs);
    check(`other-version: npm installs ${pkg.version} and ${OTHER_VERSION}`,
      Object.values(other.copies).sort().join(' ') === [pkg.version, OTHER_VERSION].sort().join(' '), JSON.stringify(other.copies));
    const message: string = other.seen.error?.message ?? '';
    check('other-version: the app is refused with a LibvirtValidationError', other.seen.error?.name === 'LibvirtValidationError', JSON.stringify(other.seen));
    check('other-version: the error names both versions, where each was loaded from, and the peer dependency fix',
      message.includes(pkg.version) && message.includes(OTHER_VERSION) && message.includes('node_modules/web-lab/node_modules/cdktf-libvirt')
      && message.includes('"peerDependencies"'), message);
    check('other-version: the error names the construct of the lab package that met the app\'s copy', /^two\/local\/web(\/[^ ]+)?: /.test(message), message);
    console.log(`  the error: ${message}`);
  } finally {
    if (keep) console.log(`kept ${work}`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
  console.log(failures === 0 ? 'two copies: all checks passed' : `two copies: ${failures} check(s) failed`);
  process.exit(failures === 0 ? 0 : 1);
}

main();
