/**
 * Loading the package stays cheap: `require('cdktf-libvirt')` loads neither xmlbuilder2, nor the
 * preflight (its checks and its XML renderer), nor the index of the generated bindings; lib/index.ts
 * provides those exports on first use. Checked twice: on the sources, in a module registry of its
 * own (every watched module is replaced by a stand-in that records its loading and then loads the
 * real one), and on the built package (dist/, what `main` points to) in a fresh Node process, through
 * its require.cache.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '..');
const LIB = path.join(ROOT, 'lib');
const GENERATED_INDEX = path.join(LIB, 'generated', 'providers', 'libvirt', 'index.ts');
/** The domain bindings (7.5 of the 8 MB): loaded with the first machine, not with the package. */
const GENERATED_DOMAIN = path.join(LIB, 'generated', 'providers', 'libvirt', 'domain', 'index.ts');

/** Every .ts file under `dir`. */
function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The modules that loading the package must not load: all of lib/preflight but its report types, the bindings' index, xmlbuilder2. */
const WATCHED = [
  ...tsFiles(path.join(LIB, 'preflight')).filter((f) => f !== path.join(LIB, 'preflight', 'report.ts')),
  GENERATED_INDEX,
  GENERATED_DOMAIN,
  'xmlbuilder2',
];

/** The names of the generated index's namespaces (`export * as domain from './domain'`). */
function generatedNamespaces(): string[] {
  return [...fs.readFileSync(GENERATED_INDEX, 'utf8').matchAll(/^export \* as (\w+) from /gm)].map((m) => m[1]).sort();
}

describe('require of the package (the sources, in a registry of its own)', () => {
  const loaded: string[] = [];
  let lib: typeof import('../lib');
  let loadedByRequire: string[];
  /** The lazy exports, read inside the registry (a read after it would load the modules of the main registry). */
  let lazy: Pick<typeof import('../lib'), 'libvirt' | 'runPreflight' | 'resolveStackFile' | 'withParserDefaults' | 'renderStack' | 'renderableAddresses' | 'renderResource'>;
  // the modules themselves, from the same registry
  let modules: { preflight: object; render: object; bindings: object; domain: typeof import('../lib/generated/providers/libvirt/domain') };

  beforeAll(() => {
    jest.isolateModules(() => {
      for (const m of WATCHED) {
        jest.doMock(m, () => {
          loaded.push(m);
          return jest.requireActual(m);
        });
      }
      try {
        lib = require('../lib');
        loadedByRequire = [...loaded];
        lazy = {
          libvirt: lib.libvirt,
          runPreflight: lib.runPreflight,
          resolveStackFile: lib.resolveStackFile,
          withParserDefaults: lib.withParserDefaults,
          renderStack: lib.renderStack,
          renderableAddresses: lib.renderableAddresses,
          renderResource: lib.renderResource,
        };
        modules = {
          preflight: require('../lib/preflight/preflight'),
          render: require('../lib/preflight/render'),
          bindings: require('../lib/generated/providers/libvirt'),
          domain: require('../lib/generated/providers/libvirt/domain'),
        };
      } finally {
        // mock factories outlive isolateModules: drop them, so that nothing else sees the stand-ins
        for (const m of WATCHED) jest.dontMock(m);
      }
    });
  });

  test('the watch list is read (sanity: the preflight files are on it)', () => {
    const relative = WATCHED.map((f) => path.relative(ROOT, f));
    expect(relative).toEqual(expect.arrayContaining([
      'lib/preflight/preflight.ts', 'lib/preflight/render.ts', 'lib/preflight/checks/xml.ts', 'lib/generated/providers/libvirt/index.ts', 'xmlbuilder2',
    ]));
    expect(relative).not.toContain('lib/preflight/report.ts');
  });

  test('loads no watched module', () => {
    expect(loadedByRequire).toEqual([]);
    // sanity: the stand-ins do see a load
    expect(loaded).toEqual(expect.arrayContaining([path.join(LIB, 'preflight', 'preflight.ts'), GENERATED_INDEX, 'xmlbuilder2']));
  });

  test('libvirt is the namespace of the generated bindings, on first read', () => {
    expect(lazy.libvirt).toBe(modules.bindings);
    expect(lazy.libvirt.domain.Domain).toBe(modules.domain.Domain);
    expect(lazy.libvirt.domain.Domain.tfResourceType).toBe('libvirt_domain');
    expect(Object.keys(lazy.libvirt).sort()).toEqual(generatedNamespaces());
  });

  test('the preflight functions are the preflight module\'s, on first read', () => {
    expect(typeof lazy.runPreflight).toBe('function');
    const preflight = modules.preflight as typeof import('../lib/preflight/preflight');
    const render = modules.render as typeof import('../lib/preflight/render');
    expect(lazy.runPreflight).toBe(preflight.runPreflight);
    expect(lazy.resolveStackFile).toBe(preflight.resolveStackFile);
    expect(lazy.withParserDefaults).toBe(preflight.withParserDefaults);
    expect(lazy.renderStack).toBe(render.renderStack);
    expect(lazy.renderableAddresses).toBe(render.renderableAddresses);
    expect(lazy.renderResource).toBe(render.renderResource);
    expect(lib.PreflightCheck.SCHEMA).toBe('schema');
    expect(typeof lib.formatPreflightReport).toBe('function');
  });

  test('every value the preflight and the renderer export is exported by the package', () => {
    const exported = new Set(Object.keys(lib));
    for (const m of [modules.preflight, modules.render]) {
      const missing = Object.keys(m).filter((k) => k !== '__esModule' && !exported.has(k));
      expect(missing).toEqual([]);
    }
  });

  test('the libvirt namespace declared in lib/index.ts names every module of the generated index', () => {
    // the declaration gives TypeScript the types; a namespace missing there is missing to users
    const declared = [...fs.readFileSync(path.join(LIB, 'index.ts'), 'utf8').matchAll(/^\s*export import (\w+) = bindings\.(\w+);/gm)];
    expect(declared.every((m) => m[1] === m[2])).toBe(true);
    expect(declared.map((m) => m[1]).sort()).toEqual(generatedNamespaces());
  });
});

// ---------------------------------------------------------------------------------------------
// The built package. `npm test` builds first. A bare jest run after lib/index.ts changed and before
// a build skips this part with a message (the tests above check the sources themselves); in CI it
// fails instead. The build counts as current when dist/lib/index.js is what lib/index.ts compiles
// to (compared by content: tsc leaves an output alone when its source was touched but not changed).

const DIST_LIB = path.join(ROOT, 'dist', 'lib');

function builtIndexIsCurrent(): boolean {
  const built = path.join(DIST_LIB, 'index.js');
  if (!fs.existsSync(built)) return false;
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.json'), {}, {
    ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); },
  });
  const source = path.join(LIB, 'index.ts');
  const js = ts.transpileModule(fs.readFileSync(source, 'utf8'), { compilerOptions: config!.options, fileName: source }).outputText;
  return js === fs.readFileSync(built, 'utf8');
}

let testBuilt: jest.It = test;
if (!builtIndexIsCurrent()) {
  const why = 'dist/lib/index.js is missing or not built from the current lib/index.ts; run npm run build';
  if (process.env.CI) test('dist/ is built', () => { throw new Error(why); });
  else console.warn(`skipping the tests of the built package: ${why}`);
  testBuilt = test.skip;
}

/** Runs a Node program in a fresh process (cwd the repository) and returns what it printed as JSON. */
function node(args: string[]): any {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed (${r.status ?? r.signal}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}

describe('require(\'cdktf-libvirt\') (the built package, in a fresh process)', () => {
  testBuilt('loads neither xmlbuilder2, nor the preflight, nor the generated index, until they are used', () => {
    const program = `
      const main = require.resolve(${JSON.stringify(ROOT)});
      const lib = require(main);
      const rel = (f) => require('path').relative(${JSON.stringify(ROOT)}, f);
      const atRequire = Object.keys(require.cache).map(rel);
      const types = { Domain: lib.libvirt.domain.Domain.tfResourceType, runPreflight: typeof lib.runPreflight, renderResource: typeof lib.renderResource };
      console.log(JSON.stringify({ main: rel(main), atRequire, afterUse: Object.keys(require.cache).map(rel), types }));`;
    const r = node(['-e', program]);
    expect(r.main).toBe('dist/lib/index.js');
    const heavy = (f: string) => /(^|\/)node_modules\/xmlbuilder2\//.test(f)
      || /^dist\/lib\/preflight\/(?!report\.js$)/.test(f)
      || f === 'dist/lib/generated/providers/libvirt/index.js'
      || f === 'dist/lib/generated/providers/libvirt/domain/index.js';
    expect(r.atRequire.filter(heavy)).toEqual([]);
    // sanity: the constructs and cdktf were loaded, and the first use loads what it needs
    expect(r.atRequire).toEqual(expect.arrayContaining(['dist/lib/index.js', 'dist/lib/virtual-machine.js']));
    expect(r.atRequire.some((f: string) => /node_modules\/cdktf\//.test(f))).toBe(true);
    expect(r.afterUse).toEqual(expect.arrayContaining(['dist/lib/generated/providers/libvirt/index.js', 'dist/lib/preflight/preflight.js', 'dist/lib/preflight/render.js']));
    expect(r.afterUse.some(heavy)).toBe(true);
    expect(r.types).toEqual({ Domain: 'libvirt_domain', runPreflight: 'function', renderResource: 'function' });
  });

  testBuilt('ES modules import the lazy names too (Node reads them from the CommonJS exports)', () => {
    const url = `file://${path.join(DIST_LIB, 'index.js')}`;
    const program = `
      import { libvirt, runPreflight, renderStack, PreflightCheck, VirtualMachine } from ${JSON.stringify(url)};
      console.log(JSON.stringify([libvirt.domain.Domain.tfResourceType, typeof runPreflight, typeof renderStack, PreflightCheck.SCHEMA, typeof VirtualMachine]));`;
    expect(node(['--input-type=module', '-e', program])).toEqual(['libvirt_domain', 'function', 'function', 'schema', 'function']);
  });
});
