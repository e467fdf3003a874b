import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import * as lib from '../../lib';
import { LibvirtValidationError } from '../../lib/errors';
import { attach, attached, hasMark, libraryCopy, markAs, stackState } from '../../lib/private/marks';
import { expectValidationError } from '../validation-error';

const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB6TpJ2Xw8jQXYjKXb3yLZV1n1jQm1t8Q8Xo9n0ZbQ0v marks@test';
const ROOT = path.resolve(__dirname, '..', '..');

function newStack(id = 'test'): TerraformStack {
  return new TerraformStack(Testing.app(), id);
}

describe('marks', () => {
  test('a mark is found by any copy, under Symbol.for, and hidden from keys and JSON', () => {
    // GIVEN an object marked as a Lab
    const x = {};
    markAs(x, 'Lab');
    // THEN the mark is what another copy would look for, and nothing enumerates it
    expect(hasMark(x, 'Lab')).toBe(true);
    expect((x as Record<symbol, unknown>)[Symbol.for('cdktf-libvirt.Lab')]).toBe(true);
    expect(hasMark(x, 'Network')).toBe(false);
    expect(Object.keys(x)).toEqual([]);
    expect(JSON.stringify(x)).toBe('{}');
    // AND non-objects are never marked
    for (const v of [undefined, null, 'Lab', 1]) expect(hasMark(v, 'Lab')).toBe(false);
  });

  test('attached values travel on the object', () => {
    const x = {};
    attach(x, 'Graphics.givenOptions', { options: { listen: '0.0.0.0' } });
    expect(attached(x, 'Graphics.givenOptions')).toEqual({ options: { listen: '0.0.0.0' } });
    expect(attached({}, 'Graphics.givenOptions')).toBeUndefined();
    expect(attached(undefined, 'Graphics.givenOptions')).toBeUndefined();
    expect(Object.keys(x)).toEqual([]);
  });

  test('every public type check recognises a marked object, whoever made it', () => {
    // GIVEN the value objects and errors as another copy of the library would make them: marked, not instances
    const cases: Array<[string, (x: unknown) => boolean]> = [
      ['Graphics', lib.Graphics.isGraphics], ['Firmware', lib.Firmware.isFirmware], ['K3sInstall', lib.K3sInstall.isK3sInstall],
      ['CloudConfig', lib.CloudConfig.isCloudConfig], ['HostConnection', lib.HostConnection.isHostConnection],
      ['NetworkMode', lib.NetworkMode.isNetworkMode], ['Lab', lib.Lab.isLab], ['Network', lib.Network.isNetwork],
      ['Host', lib.Host.isHost], ['Router', lib.Router.isRouter], ['VirtualMachine', lib.VirtualMachine.isVirtualMachine],
    ];
    for (const [kind, is] of cases) {
      const foreign = {};
      markAs(foreign, kind);
      expect([kind, is(foreign)]).toEqual([kind, true]);
      expect([kind, is({})]).toEqual([kind, false]);
    }
    const error = new Error('from another copy');
    Object.defineProperty(error, Symbol.for('cdktf-libvirt.LibvirtValidationError'), { value: true });
    expect(LibvirtValidationError.isLibvirtValidationError(error)).toBe(true);
    expect(LibvirtValidationError.isLibvirtValidationError(new Error('plain'))).toBe(false);
  });

  test('what this copy makes carries its marks', () => {
    const stack = newStack();
    const host = new lib.Host(stack, 'kvm1');
    const network = new lib.Network(host, 'lan', { cidr: '10.9.0.0/24' });
    const existing = lib.Network.fromName(host, 'default', { name: 'default' });
    expect(lib.Network.isNetwork(network)).toBe(true);
    expect(lib.Network.isNetwork(existing)).toBe(false);
    expect(lib.Graphics.isGraphics(lib.Graphics.vnc())).toBe(true);
    expect(lib.Firmware.isFirmware(lib.Firmware.uefi())).toBe(true);
    expect(lib.K3sInstall.isK3sInstall(lib.K3sInstall.none())).toBe(true);
    expect(lib.CloudConfig.isCloudConfig(new lib.CloudConfig().merge(new lib.CloudConfig()))).toBe(true);
    expect(LibvirtValidationError.isLibvirtValidationError(new LibvirtValidationError('a', 'b', 1, 'c'))).toBe(true);
  });
});

describe('stackState', () => {
  test('is one value per stack and key, made once, found from any construct in the stack', () => {
    const stack = newStack();
    const deep = new Construct(new Construct(stack, 'a'), 'b');
    let made = 0;
    const value = stackState(deep, 'k', () => ({ n: ++made }));
    expect(stackState(stack, 'k', () => ({ n: ++made }))).toBe(value);
    expect(made).toBe(1);
    expect(stackState(newStack('other'), 'k', () => ({ n: ++made }))).not.toBe(value);
  });

  test('this copy is this package, read from its package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(libraryCopy()).toEqual({ name: pkg.name, version: pkg.version, location: ROOT });
  });

  test('a stack whose state another version made refuses this copy, naming both versions, the construct and the fix', () => {
    // GIVEN a stack that a copy of version 9.9.9 built in first (its state is on the stack, as that copy leaves it)
    const stack = newStack();
    Object.defineProperty(stack, Symbol.for('cdktf-libvirt.StackState'), {
      value: { owner: { name: 'cdktf-libvirt', version: '9.9.9', location: '/app/node_modules/cdktf-libvirt' }, slots: new Map() },
    });
    // WHEN this copy creates a host there / THEN it is refused
    const version = libraryCopy().version.replace(/\./g, '\\.');
    expectValidationError(() => new lib.Host(stack, 'kvm1'),
      new RegExp(`^test/kvm1: two versions of cdktf-libvirt meet in this stack: 9\\.9\\.9 \\(loaded from /app/node_modules/cdktf-libvirt\\) `
        + `built its first constructs, and ${version} \\(loaded from ${ROOT.replace(/\//g, '\\/')}\\) builds this one \\(got "${version}"\\); `
        + 'make cdktf-libvirt a peer dependency of every package that builds on it \\("peerDependencies": \\{ "cdktf-libvirt": "\\^9\\.9\\.9" \\}'));
  });
});

/**
 * A second copy of the built library (dist/lib, as the package ships it) loaded in this process,
 * beside this one, with cdktf and constructs shared: what an app gets when a lab package brings its
 * own copy. `version` is the copy's package version.
 */
function secondCopy(version: string): typeof lib {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-libvirt-copy-'));
  fs.cpSync(path.join(ROOT, 'dist', 'lib'), path.join(dir, 'dist', 'lib'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'lib', 'scripts'), path.join(dir, 'lib', 'scripts'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'schema'), path.join(dir, 'schema'), { recursive: true });
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ ...pkg, version }));
  // its cdktf and constructs are this project's (a peer dependency resolves to the app's)
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  return require(path.join(dir, 'dist', 'lib')) as typeof lib;
}

describe('two copies of the library in one app', () => {
  const built = fs.existsSync(path.join(ROOT, 'dist', 'lib', 'index.js'));
  const maybe = built ? test : test.skip; // npm test builds first; a bare `jest` run on a fresh clone has no dist

  maybe('copies of one version work as one: lab defaults, name clashes, replacement, artifacts', () => {
    // GIVEN a second copy of this version, loaded beside this one
    const other = secondCopy(libraryCopy().version);
    expect(other.Lab).not.toBe(lib.Lab);
    // WHEN this copy's machine joins a lab the other copy made, on the other copy's host
    const stack = newStack();
    const host = new other.Host(stack, 'kvm1');
    const image = other.BaseImage.fromCatalog(stack, 'debian', 'debian-12');
    const lab = new other.Lab(host, 'web', { image, sshAuthorizedKeys: [KEY], addressSpace: '10.60.0.0/16' });
    const net = new other.Network(lab, 'lan', { cidr: lab.subnet(0) });
    new lib.VirtualMachine(lab, 'extra', { nics: [{ network: net }], graphics: other.Graphics.vnc(), firmware: other.Firmware.bios() });
    // THEN a second network with the other copy's name on that host is refused, naming the other copy's network
    expectValidationError(() => new lib.Network(host, 'clash', { name: 'web-lan', cidr: '10.61.0.0/24' }),
      /^test\/kvm1\/clash: the network name is already used by test\/kvm1\/web\/lan \(got "web-lan"\)/);
    // AND the machine takes the lab's image and is replaced with its network
    const plan = JSON.parse(Testing.synth(stack));
    const domain = Object.values(plan.resource.libvirt_domain as Record<string, any>).find((d) => d.name === 'web-extra');
    expect(domain).toBeDefined();
    expect(JSON.stringify(domain.lifecycle.replace_triggered_by)).toMatch(/libvirt_network\./);
    expect(Object.keys(plan.resource.libvirt_volume).some((k) => /debian/.test(k))).toBe(true);
    // AND options given to the other copy's factories are still checked by this copy
    const stack2 = newStack('t2');
    const host2 = new other.Host(stack2, 'kvm1');
    const net2 = new lib.Network(host2, 'lan', { cidr: '10.62.0.0/24' });
    expectValidationError(() => new lib.VirtualMachine(host2, 'vm', {
      image: lib.BaseImage.fromCatalog(stack2, 'debian', 'debian-12'), nics: [{ network: net2 }], sshAuthorizedKeys: [KEY],
      graphics: other.Graphics.vnc({ lisen: '0.0.0.0' } as never),
    }), /Graphics\.vnc\(\) has no prop 'lisen'/);
  });

  maybe('copies of two versions are refused where the second one builds', () => {
    // GIVEN a copy of another version
    const other = secondCopy('0.0.1-other');
    const stack = newStack();
    const host = new lib.Host(stack, 'kvm1');
    // WHEN it builds in a stack this copy built in / THEN it is refused, naming both
    let caught: unknown;
    try {
      new other.Network(host, 'lan', { cidr: '10.9.0.0/24' });
    } catch (e) {
      caught = e;
    }
    // (the error is the other copy's: recognised by its mark, not by instanceof)
    expect(LibvirtValidationError.isLibvirtValidationError(caught)).toBe(true);
    expect((caught as Error).message).toMatch(
      /^test\/kvm1\/lan: two versions of cdktf-libvirt meet in this stack: .* and 0\.0\.1-other \(loaded from .*cdktf-libvirt-copy-.*\) builds this one/);
  });
});
