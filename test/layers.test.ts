/**
 * The layers of lib/ (../shared/DESIGN.md), read from the code's own imports, `import type` and
 * `export ... from` included: no import cycle, the planning layer (lib/private) imports nothing
 * above it, and resources never import composites.
 */
import * as fs from 'fs';
import * as path from 'path';

const LIB = path.join(__dirname, '..', 'lib');
const COMPOSITES = ['lab.ts', 'router.ts', 'cluster.ts', 'k3s-cluster.ts'];
const RESOURCES = ['host.ts', 'host-connection.ts', 'host-capacity.ts', 'storage-pool.ts', 'base-image.ts', 'network.ts', 'network-mode.ts', 'virtual-machine.ts',
  'machine-nics.ts', 'machine-seed.ts', 'machine-domain.ts', 'machine-addresses.ts', 'network-dns.ts', 'cloud-init.ts', 'firmware.ts', 'graphics.ts'];
/**
 * What the planning layer may import besides itself: the topology types (planning too), the one
 * error type (every layer's), and the binding of Terraform's built-in `terraform_data` (an L1).
 */
const BELOW_OR_BESIDE_PLANNING = ['topology.ts', 'errors.ts', 'terraform-data.ts'];

/** Every .ts file of lib/ (the generated bindings left out), relative to lib/. */
function sources(dir = LIB): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : sources(full);
    return e.name.endsWith('.ts') ? [path.relative(LIB, full)] : [];
  });
}

/** The lib/ files that `file` imports (relative to lib/), whatever the kind of import. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(LIB, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'/g), ...text.matchAll(/require\('([^']+)'\)/g)]
    .map((m) => m[1]).filter((s) => s.startsWith('.'));
  return specifiers.map((s) => {
    const target = path.relative(LIB, path.resolve(path.dirname(path.join(LIB, file)), s));
    return fs.existsSync(path.join(LIB, `${target}.ts`)) ? `${target}.ts` : path.join(target, 'index.ts');
  }).filter((t) => !t.startsWith('generated'));
}

const graph = new Map(sources().map((f) => [f, importsOf(f)]));

describe('the layers of lib/', () => {
  test('the import graph is read (sanity: known edges are seen)', () => {
    expect(graph.get('virtual-machine.ts')).toContain('host.ts');
    expect(graph.get('lab.ts')).toContain('storage-pool.ts');
    expect(graph.size).toBeGreaterThan(40);
  });

  test('no file imports itself through other files', () => {
    // depth-first search; a cycle is reported as the files along it
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' -> '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  test('the planning layer (lib/private) imports nothing above it', () => {
    const up = [...graph].filter(([f]) => f.startsWith('private/'))
      .flatMap(([f, to]) => to.filter((t) => !t.startsWith('private/') && !BELOW_OR_BESIDE_PLANNING.includes(t)).map((t) => `${f} -> ${t}`));
    expect(up).toEqual([]);
  });

  test('no file of lib/ is over 400 lines (the generated bindings aside)', () => {
    const long = [...graph.keys()].map((f) => [f, fs.readFileSync(path.join(LIB, f), 'utf8').split('\n').length - 1] as const).filter(([, n]) => n > 400);
    expect(long).toEqual([]);
  });

  test('resources never import composites', () => {
    const up = RESOURCES.flatMap((f) => (graph.get(f) ?? []).filter((t) => COMPOSITES.includes(t)).map((t) => `${f} -> ${t}`));
    expect(up).toEqual([]);
  });
});
