/**
 * The lazy nested references of the generated bindings (scripts/lazy-references.ts, applied by
 * `npm run gen`): the rewrite rule by rule on small snippets, then the real bindings against the
 * generator's eager output. The eager twin is generated into .eager-bindings/ (gitignored, inside
 * the repo so that its `cdktf` import resolves) and swapped in with jest.doMock inside
 * jest.isolateModules, so both variants synthesize the same labs in one process.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import { generateBindings } from '../scripts/gen-bindings';
import { makeNestedReferencesLazy, transformNestedReferences } from '../scripts/lazy-references';

const ROOT = path.resolve(__dirname, '..');
const LAZY_DIR = path.join(ROOT, 'lib', 'generated');
const EAGER_DIR = path.join(ROOT, '.eager-bindings');
const PROVIDER = path.join('providers', 'libvirt');

/** One class in the shape the generator emits, with a reference field `_os`, a list `_disks` and a plain attribute `_name`. */
const SNIPPET = [
  'export class DomainOutputReference extends cdktf.ComplexObject {',
  '  public get internalValue(): Domain | undefined {',
  '    let hasAnyValues = this.isEmptyObject;',
  '    const internalValueResult: any = {};',
  '    if (this._os?.internalValue !== undefined) {',
  '      hasAnyValues = true;',
  '      internalValueResult.os = this._os?.internalValue;',
  '    }',
  '    return hasAnyValues ? internalValueResult : undefined;',
  '  }',
  '  public set internalValue(value: Domain | undefined) {',
  '    if (value === undefined) {',
  '      this._os.internalValue = undefined;',
  '      this._disks.internalValue = undefined;',
  '      this._name = undefined;',
  '    }',
  '    else {',
  '      this._os.internalValue = value.os;',
  '      this._disks.internalValue = value.disks;',
  '      this._name = value.name;',
  '    }',
  '  }',
  '  private _os = new DomainOsOutputReference(this, "os");',
  '  public get os() {',
  '    return this._os;',
  '  }',
  '  public putOs(value: DomainOs) {',
  '    this._os.internalValue = value;',
  '  }',
  '  public get osInput() {',
  '    return this._os.internalValue;',
  '  }',
  '  private _disks = new DomainDisksList(this, "disks", false);',
  '  public get disks() {',
  '    return this._disks;',
  '  }',
  '  protected synthesizeAttributes() {',
  '    return {',
  '      os: domainOsToTerraform(this._os.internalValue),',
  '      disks: cdktf.listMapper(domainDisksToTerraform, false)(this._disks.internalValue),',
  '    };',
  '  }',
  '}',
].join('\n');

/** SNIPPET with one line replaced. */
function withLine(original: string, replacement: string): string {
  if (!SNIPPET.includes(original)) throw new Error(`not in the snippet: ${original}`);
  return SNIPPET.replace(original, replacement);
}

describe('makeNestedReferencesLazy (scripts/lazy-references.ts)', () => {
  const lazy = makeNestedReferencesLazy(SNIPPET);

  test('turns a reference field into a backing field and a getter that builds it on first use', () => {
    expect(lazy).toContain([
      '  private __os?: DomainOsOutputReference;',
      '  private get _os(): DomainOsOutputReference {',
      '    return this.__os ??= new DomainOsOutputReference(this, "os");',
      '  }',
    ].join('\n'));
    expect(lazy).not.toContain('private _os = ');
  });

  test('keeps the arguments of a list reference (wrapsSet)', () => {
    expect(lazy).toContain('    return this.__disks ??= new DomainDisksList(this, "disks", false);');
  });

  test('reads of the value use the backing field: internalValue, the xInput getters, synthesizeAttributes', () => {
    expect(lazy).toContain('    if (this.__os?.internalValue !== undefined) {');
    expect(lazy).toContain('      internalValueResult.os = this.__os?.internalValue;');
    expect(lazy).toContain('    return this.__os?.internalValue;');
    expect(lazy).toContain('      os: domainOsToTerraform(this.__os?.internalValue),');
    expect(lazy).toContain('      disks: cdktf.listMapper(domainDisksToTerraform, false)(this.__disks?.internalValue),');
  });

  test('writing undefined touches only a reference that exists', () => {
    expect(lazy).toContain('      if (this.__os !== undefined) { this.__os.internalValue = undefined; }');
    expect(lazy).toContain('      if (this.__disks !== undefined) { this.__disks.internalValue = undefined; }');
  });

  test('writing a value builds the reference only when the value is defined or the reference exists', () => {
    expect(lazy).toContain('      if (value.os !== undefined || this.__os !== undefined) { this._os.internalValue = value.os; }');
    expect(lazy).toContain('    if (value !== undefined || this.__os !== undefined) { this._os.internalValue = value; }');
  });

  test('the public getter still returns the reference, through the private getter', () => {
    expect(lazy).toContain('  public get os() {\n    return this._os;\n  }');
  });

  test('plain attributes are left alone', () => {
    expect(lazy).toContain('      this._name = value.name;');
    expect(lazy).toContain('      this._name = undefined;');
  });

  test('counts what it rewrote', () => {
    expect(transformNestedReferences(SNIPPET).stats).toEqual({ fields: 2, reads: 5, guardedWrites: 5 });
  });

  test('fields belong to their class: a plain attribute of the same name in another class is not touched', () => {
    const other = ['export class Other {', '  private _os?: string;', '  public set os(value: string) {', '    this._os = value;', '  }', '}'].join('\n');
    const both = `${SNIPPET}\n${other}`;
    expect(makeNestedReferencesLazy(both)).toContain(`\n${other}`);
  });

  test('a file without references comes back unchanged', () => {
    const plain = 'export interface Domain {\n  readonly os?: DomainOs;\n}\n';
    expect(makeNestedReferencesLazy(plain)).toBe(plain);
  });

  test('the rewritten class behaves as the original, and builds only the references that are set or read', () => {
    /** Runs a snippet with stand-ins for cdktf; returns its class and the attributes of the references it built. */
    const load = (source: string) => {
      const made: string[] = [];
      const js = ts.transpileModule([
        'class Ref { constructor(_parent, attribute) { made.push(attribute); } }',
        'class DomainOsOutputReference extends Ref { internalValue; }',
        'class DomainDisksList extends Ref { internalValue; }',
        'const cdktf = { ComplexObject: class { isEmptyObject = false; }, listMapper: () => (x) => x };',
        'const domainOsToTerraform = (x) => x;',
        'const domainDisksToTerraform = (x) => x;',
        source.replace(/^export /gm, ''),
        'return DomainOutputReference;',
      ].join('\n'), { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
      return { Cls: new Function('made', js)(made), made };
    };
    const run = (source: string) => {
      const { Cls, made } = load(source);
      const o = new Cls();
      o.internalValue = { name: 'vm', os: { type: 'hvm' } };
      const states = [JSON.stringify(o.internalValue), JSON.stringify(o.synthesizeAttributes()), JSON.stringify(o.osInput)];
      const builtBeforeReads = [...made];
      o.internalValue = undefined;
      states.push(JSON.stringify(o.internalValue), JSON.stringify(o.synthesizeAttributes()), String(o.os), String(o.disks));
      return { states, builtBeforeReads };
    };
    const before = run(SNIPPET);
    const after = run(lazy);
    expect(after.states).toEqual(before.states);
    expect(before.builtBeforeReads).toEqual(['os', 'disks']);
    expect(after.builtBeforeReads).toEqual(['os']); // disks was never set

    // writing undefined over a block that was never set builds nothing
    const { Cls, made } = load(lazy);
    const o = new Cls();
    o.internalValue = { name: 'vm' };
    o.internalValue = undefined;
    expect(o.internalValue).toBeUndefined();
    expect(made).toEqual([]);
  });

  describe('fails loudly on code it does not understand', () => {
    test('a reference built from `this` that is not a plain field declaration', () => {
      expect(() => makeNestedReferencesLazy(withLine('  private _os = new DomainOsOutputReference(this, "os");',
        '  private _os: DomainOsOutputReference = new DomainOsOutputReference(this, "os");')))
        .toThrow(/<source>:23: a reference built from `this` that is not a plain field declaration/);
      expect(() => makeNestedReferencesLazy(withLine('    return this._disks;', '    return new DomainDisksList(this, "disks", false);')))
        .toThrow(/not a plain field declaration/);
    });

    test('a reference class that is not a generated OutputReference or List', () => {
      expect(() => makeNestedReferencesLazy(withLine('  private _os = new DomainOsOutputReference(this, "os");',
        '  private _os = new cdktf.StringMap(this, "os");'))).toThrow(/cdktf\.StringMap is not a generated OutputReference or List class/);
    });

    test('any other use of a lazy field', () => {
      expect(() => makeNestedReferencesLazy(withLine('    return this._os;', '    return wrap(this._os);')))
        .toThrow(/<source>:25: a use of _os that is neither/);
    });

    test('a write of anything but undefined, a name or a property path', () => {
      expect(() => makeNestedReferencesLazy(withLine('    this._os.internalValue = value;', '    this._os.internalValue = value ?? {};')))
        .toThrow(/a write whose value is not `undefined`, a name or a property path/);
    });

    test('a write that is not a statement of its own line', () => {
      expect(() => makeNestedReferencesLazy(withLine('    this._os.internalValue = value;', '    if (value) this._os.internalValue = value;')))
        .toThrow(/a use of _os that is neither/);
      expect(() => makeNestedReferencesLazy(withLine('    this._os.internalValue = value;', '    this._os.internalValue ??= value;')))
        .toThrow(/a use of _os that is neither/);
    });

    test('a backing field name that is already taken', () => {
      expect(() => makeNestedReferencesLazy(withLine('      this._name = undefined;', '      this.__os = undefined;')))
        .toThrow(/the backing field name __os is already taken/);
    });

    test('bindings that were already rewritten', () => {
      expect(() => makeNestedReferencesLazy(lazy)).toThrow(/not a plain field declaration/);
    });

    test('names the file in the error', () => {
      expect(() => transformNestedReferences('class A {\n  foo = new Thing(this);\n}', 'domain/index.ts'))
        .toThrow(/^lazy references: domain\/index\.ts:2: /);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// the real bindings, lazy (lib/generated) against eager (the generator's own output)

type Cdktf = typeof import('cdktf');
type Libvirt = typeof import('../lib/generated/providers/libvirt');

function listFiles(dir: string, prefix = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name), path.join(prefix, e.name)) : [path.join(prefix, e.name)],
  ).sort();
}

/** Generates the eager bindings into EAGER_DIR, rewriting only files that changed (and atomically), so concurrent runs and jest's transform cache are both happy. */
async function ensureEagerBindings(): Promise<void> {
  const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-libvirt-eager-'));
  try {
    const { files } = await generateBindings(fresh, { lazyReferences: false });
    for (const stale of listFiles(EAGER_DIR).filter((f) => !files.includes(f))) fs.rmSync(path.join(EAGER_DIR, stale), { force: true });
    for (const f of files) {
      const text = fs.readFileSync(path.join(fresh, f), 'utf8');
      const target = path.join(EAGER_DIR, f);
      if (fs.existsSync(target) && fs.readFileSync(target, 'utf8') === text) continue;
      fs.mkdirSync(path.dirname(target), { recursive: true });
      const tmp = `${target}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, text);
      fs.renameSync(tmp, target);
    }
  } finally {
    fs.rmSync(fresh, { recursive: true, force: true });
  }
}

/** A stack with every resource and data source type of the provider, nested blocks set, written, reset and referenced. */
function synthAllResources(cdktf: Cdktf, L: Libvirt, outdir: string): void {
  const app = new cdktf.App({ outdir, stackTraces: false });
  const stack = new cdktf.TerraformStack(app, 'all');
  const provider = new L.provider.LibvirtProvider(stack, 'libvirt', { uri: 'qemu:///system' });
  const pool = new L.pool.Pool(stack, 'pool', { provider, name: 'pool', type: 'dir', target: { path: '/var/lib/libvirt/pools/all' }, destroy: { delete: false } });
  const network = new L.network.Network(stack, 'net', {
    provider, name: 'net', autostart: true, forward: { mode: 'nat' }, bridge: { stp: 'on', delay: '0' },
    domain: { name: 'net.test', localOnly: 'yes' }, dns: { enable: 'yes', host: [{ ip: '10.50.0.9', hostnames: [{ hostname: 'db' }] }] },
    ips: [{ address: '10.50.0.1', prefix: 20, dhcp: { ranges: [{ start: '10.50.8.0', end: '10.50.15.254' }] } }],
  });
  const base = new L.volume.Volume(stack, 'base', {
    provider, name: 'base.qcow2', pool: pool.name, target: { format: { type: 'qcow2' } }, create: { content: { url: 'https://example.test/base.qcow2' } },
  });
  const root = new L.volume.Volume(stack, 'root', {
    provider, name: 'root.qcow2', pool: pool.name, capacity: 10, capacityUnit: 'GiB',
    target: { format: { type: 'qcow2' }, permissions: { mode: '0600' } }, backingStore: { path: base.path, format: { type: 'qcow2' } },
  });
  root.resetCreate(); // a block never set, reset
  const seed = new L.cloudinitDisk.CloudinitDisk(stack, 'seed', { provider, name: 'seed', userData: '#cloud-config\n', metaData: 'instance-id: vm\n' });
  const ignition = new L.ignition.Ignition(stack, 'ign', { provider, name: 'ign', content: '{"ignition":{"version":"3.4.0"}}' });
  const combustion = new L.combustion.Combustion(stack, 'comb', { provider, name: 'comb', content: '#!/bin/bash\n' });
  const seedVolume = new L.volume.Volume(stack, 'seed-volume', { provider, name: 'seed.iso', pool: pool.name, create: { content: { url: seed.path } } });
  const domain = new L.domain.Domain(stack, 'vm', {
    provider, name: 'vm', type: 'kvm', memory: 1024, memoryUnit: 'MiB', vcpu: 1, running: true,
    os: { type: 'hvm', typeArch: 'x86_64', typeMachine: 'q35', bootDevices: [{ dev: 'hd' }] },
    features: { acpi: true, apic: {} },
    cpu: { mode: 'host-passthrough' },
    secLabel: cdktf.Token.asAny(cdktf.Fn.tolist([])),
    devices: {
      controllers: [{ type: 'scsi', index: 0, model: 'virtio-scsi' }],
      disks: [
        { device: 'disk', source: { volume: { pool: pool.name, volume: root.name } }, target: { dev: 'vda', bus: 'virtio' }, driver: { name: 'qemu', type: 'qcow2' } },
        { device: 'cdrom', source: { volume: { pool: pool.name, volume: seedVolume.name } }, target: { dev: 'sda', bus: 'scsi' }, readOnly: true },
      ],
      interfaces: [{ model: { type: 'virtio' }, mac: { address: '52:54:00:00:00:01' }, source: { network: { network: network.name } } }],
      serials: [{ target: { port: 0 } }],
      rngs: [{ model: 'virtio', backend: { random: '/dev/urandom' } }],
    },
  });
  // the put and reset methods, on blocks that exist and on blocks that do not
  domain.os.putBootMenu({ enable: 'yes', timeout: '3000' });
  domain.os.resetBios();
  domain.putClock({ offset: 'utc' });
  domain.resetClock();
  domain.resetMemoryBacking();
  domain.putPm({});
  const addresses = new L.dataLibvirtDomainInterfaceAddresses.DataLibvirtDomainInterfaceAddresses(stack, 'addrs', { provider, domain: domain.uuid, source: 'lease' });
  const device = new L.dataLibvirtNodeDeviceInfo.DataLibvirtNodeDeviceInfo(stack, 'dev', { provider, name: 'net_lo_00_00_00_00_00_00' });
  const devices = new L.dataLibvirtNodeDevices.DataLibvirtNodeDevices(stack, 'devs', { provider, capability: 'net' });
  const node = new L.dataLibvirtNodeInfo.DataLibvirtNodeInfo(stack, 'node', { provider });
  const out = (id: string, value: unknown) => new cdktf.TerraformOutput(stack, id, { value });
  out('domain_uuid', domain.uuid);
  out('volume_path', root.path);
  out('os_type_arch', domain.os.typeArch);
  out('boot_dev', domain.os.bootDevices.get(0).dev);
  out('first_disk_dev', domain.devices.disks.get(0).target.dev);
  out('clock_offset', domain.clock.offset); // a block that was reset: still referable
  out('numa_tune', domain.numaTune.memory.mode); // a block never set, first built here
  out('backing_format', root.backingStore.format.type);
  out('dhcp_start', network.ips.get(0).dhcp.ranges.get(0).start);
  out('address', addresses.interfaces.get(0).addrs.get(0).addr);
  out('drive_type', device.capability.driveType);
  out('devices', devices.devices);
  out('cores', node.cpuCoresTotal);
  out('ignition', ignition.path);
  out('combustion', combustion.path);
  app.synth();
}

/** Every file an app wrote, relative path -> text. */
function readTree(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

/** The ComplexObjects and ComplexLists a resource holds, counted through its fields. */
function heldReferences(cdktf: Cdktf, resource: object): number {
  const isRef = (v: unknown): v is object => v instanceof cdktf.ComplexObject || v instanceof cdktf.ComplexList;
  const seen = new Set<object>();
  const visit = (o: object) => {
    for (const v of Object.values(o)) {
      if (isRef(v) && !seen.has(v)) {
        seen.add(v);
        visit(v);
      }
    }
  };
  visit(resource);
  return seen.size;
}

interface Measured { references: number; stackTraces: number }

/** Builds one Domain the way a VirtualMachine does and counts what it built. */
function measureDomain(cdktf: Cdktf, L: Libvirt): Measured {
  const traces = require('cdktf/lib/tokens/private/stack-trace');
  const stack = new cdktf.TerraformStack(new cdktf.App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-libvirt-count-')) }), 'count');
  const spy = jest.spyOn(traces, 'captureStackTrace');
  const domain = new L.domain.Domain(stack, 'vm', {
    name: 'vm', type: 'kvm', memory: 1024, memoryUnit: 'MiB', vcpu: 1, running: true,
    os: { type: 'hvm', typeArch: 'x86_64', typeMachine: 'q35', bootDevices: [{ dev: 'hd' }] },
    features: { acpi: true, apic: {} },
    cpu: { mode: 'host-passthrough' },
    devices: {
      disks: [{ device: 'disk', source: { volume: { pool: 'p', volume: 'v' } }, target: { dev: 'vda', bus: 'virtio' }, driver: { name: 'qemu', type: 'qcow2' } }],
      interfaces: [{ model: { type: 'virtio' }, mac: { address: '52:54:00:00:00:01' }, source: { network: { network: 'net' } } }],
      serials: [{ target: { port: 0 } }],
      channels: [{ source: { unix: { mode: 'bind' } }, target: { virtIo: { name: 'org.qemu.guest_agent.0' } } }],
      rngs: [{ model: 'virtio', backend: { random: '/dev/urandom' } }],
    },
  });
  const stackTraces = spy.mock.calls.length;
  spy.mockRestore();
  const references = heldReferences(cdktf, domain);
  return { references, stackTraces };
}

interface Variant {
  /** example name (or 'all-resources') -> the files its synth wrote */
  plans: Record<string, Record<string, string>>;
  domain: Measured;
}

/** Synthesizes every example and the all-resources stack with whatever bindings the module registry currently resolves. */
function synthesizeVariant(scratch: string, variant: string): Variant {
  const cdktf = require('cdktf') as Cdktf;
  const L = require('../lib/generated/providers/libvirt') as Libvirt;
  const { EXAMPLES, synthesizeExample } = require('./support/examples') as typeof import('./support/examples');
  const plans: Record<string, Record<string, string>> = {};
  for (const example of EXAMPLES) {
    const outdir = path.join(scratch, variant, example.name);
    fs.mkdirSync(outdir, { recursive: true });
    synthesizeExample(example, outdir);
    plans[example.name] = readTree(outdir);
  }
  const allDir = path.join(scratch, variant, 'all-resources');
  fs.mkdirSync(allDir, { recursive: true });
  synthAllResources(cdktf, L, allDir);
  plans['all-resources'] = readTree(allDir);
  return { plans, domain: measureDomain(cdktf, L) };
}

describe('the lazy bindings in lib/generated against the eager ones the generator emits', () => {
  let scratch: string;
  let lazy: Variant;
  let eager: Variant;
  let eagerWasSwappedIn = false;

  beforeAll(async () => {
    await ensureEagerBindings();
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-libvirt-lazy-'));
    lazy = synthesizeVariant(scratch, 'lazy');
    const lazyRoot = path.join(LAZY_DIR, PROVIDER);
    const eagerRoot = path.join(EAGER_DIR, PROVIDER);
    const modules = fs.readdirSync(lazyRoot, { withFileTypes: true })
      .map((e) => (e.isDirectory() ? e.name : e.name === 'index.ts' ? 'index' : undefined))
      .filter((m): m is string => m !== undefined);
    jest.isolateModules(() => {
      for (const m of modules) jest.doMock(path.join(lazyRoot, m), () => require(path.join(eagerRoot, m)));
      try {
        const { Domain } = require('../lib/generated/providers/libvirt/domain') as typeof import('../lib/generated/providers/libvirt/domain');
        eagerWasSwappedIn = Object.getOwnPropertyDescriptor(Domain.prototype, '_os') === undefined;
        eager = synthesizeVariant(scratch, 'eager');
      } finally {
        // mock factories outlive isolateModules: drop them, so the rest of this file sees lib/generated again
        for (const m of modules) jest.dontMock(path.join(lazyRoot, m));
      }
    });
  }, 120000);

  afterAll(() => {
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  test('lib/generated is exactly the generator output with the rewrite applied', () => {
    const files = listFiles(path.join(EAGER_DIR, PROVIDER));
    expect(files).toEqual(listFiles(path.join(LAZY_DIR, PROVIDER)));
    for (const f of files) {
      const eagerText = fs.readFileSync(path.join(EAGER_DIR, PROVIDER, f), 'utf8');
      const expected = f.endsWith('.ts') ? makeNestedReferencesLazy(eagerText) : eagerText;
      expect({ file: f, same: fs.readFileSync(path.join(LAZY_DIR, PROVIDER, f), 'utf8') === expected }).toEqual({ file: f, same: true });
    }
  });

  test('the comparison really ran the eager bindings (the getter-based Domain was swapped out)', () => {
    const { Domain } = require('../lib/generated/providers/libvirt/domain') as typeof import('../lib/generated/providers/libvirt/domain');
    expect(typeof Object.getOwnPropertyDescriptor(Domain.prototype, '_os')?.get).toBe('function');
    expect(eagerWasSwappedIn).toBe(true);
  });

  test.each(['quickstart', 'k3s', 'network-lab', 'classroom', 'all-resources'])('%s synthesizes byte-identical files with both', (name) => {
    const want = eager.plans[name];
    const have = lazy.plans[name];
    expect(Object.keys(have)).toEqual(Object.keys(want));
    expect(Object.keys(have).some((f) => f.endsWith('cdk.tf.json'))).toBe(true);
    for (const f of Object.keys(want)) expect({ file: f, text: have[f] }).toEqual({ file: f, text: want[f] });
  });

  test('every example is compared', () => {
    const { EXAMPLES } = require('./support/examples') as typeof import('./support/examples');
    expect(Object.keys(lazy.plans).sort()).toEqual([...EXAMPLES.map((e) => e.name), 'all-resources'].sort());
  });

  test('attribute references, nested ones and list elements resolve to the same expressions', () => {
    const outputs = (v: Variant) => {
      const file = Object.keys(v.plans['all-resources']).find((f) => f.endsWith('cdk.tf.json'))!;
      return JSON.parse(v.plans['all-resources'][file]).output;
    };
    const values = Object.fromEntries(Object.entries(outputs(lazy)).map(([k, o]: [string, any]) => [k, o.value]));
    expect(values).toEqual(Object.fromEntries(Object.entries(outputs(eager)).map(([k, o]: [string, any]) => [k, o.value])));
    expect(values).toEqual({
      domain_uuid: '${libvirt_domain.vm.uuid}',
      volume_path: '${libvirt_volume.root.path}',
      os_type_arch: '${libvirt_domain.vm.os.type_arch}',
      boot_dev: '${libvirt_domain.vm.os.boot_devices[0].dev}',
      first_disk_dev: '${libvirt_domain.vm.devices.disks[0].target.dev}',
      clock_offset: '${libvirt_domain.vm.clock.offset}',
      numa_tune: '${libvirt_domain.vm.numa_tune.memory.mode}',
      backing_format: '${libvirt_volume.root.backing_store.format.type}',
      dhcp_start: '${libvirt_network.net.ips[0].dhcp.ranges[0].start}',
      address: '${data.libvirt_domain_interface_addresses.addrs.interfaces[0].addrs[0].addr}',
      drive_type: '${data.libvirt_node_device_info.dev.capability.drive_type}',
      devices: '${tolist(data.libvirt_node_devices.devs.devices)}',
      cores: '${data.libvirt_node_info.node.cpu_cores_total}',
      ignition: '${libvirt_ignition.ign.path}',
      combustion: '${libvirt_combustion.comb.path}',
    });
  });

  test('a reference read to a block that was never set does not put the block in the plan', () => {
    const file = Object.keys(lazy.plans['all-resources']).find((f) => f.endsWith('cdk.tf.json'))!;
    const vm = JSON.parse(lazy.plans['all-resources'][file]).resource.libvirt_domain.vm;
    expect(vm.numa_tune).toBeUndefined();
    expect(vm.clock).toBeUndefined();
    expect(vm.os.boot_menu).toEqual({ enable: 'yes', timeout: '3000' });
    expect(vm.pm).toEqual({});
  });

  test('one Domain builds a handful of nested references instead of hundreds, and as many fewer stack traces', () => {
    expect(eager.domain.references).toBeGreaterThan(300);
    expect(lazy.domain.references).toBeLessThan(40);
    expect(lazy.domain.stackTraces * 5).toBeLessThan(eager.domain.stackTraces);
  });
});
