/**
 * One measured process of the benchmark (bench/synth-bench.ts spawns it, fresh each time):
 *
 *   node dist/bench/variant.js <variant> <shape> <size> <outdir> [<reference cdk.tf.json>]
 *
 * Variants: `ours` and `ours-cold` (bench/ours.ts; the benchmark runs ours-cold with an empty TMPDIR
 * and HOME), `raw-lazy` (bench/raw.ts on lib/generated), `raw-eager`
 * (bench/raw.ts on the generator's eager bindings, swapped in by module resolution), `floor`
 * (JSON.stringify of the reference plan, parsed from the file first, the parse not counted),
 * `floor-cdktf` (the same with json-stable-stringify, the serializer cdktf writes cdk.tf.json
 * with), and the load-only processes `node`, `require-cdktf`, `require-lib`.
 *
 * Prints one line, `BENCH_RESULT <json>`: CPU seconds (user + sys) of this process from its start
 * at the end of each phase, the CPU of its child processes (Graphviz, for ours' diagram; read from
 * /proc, so Linux only), its peak RSS, and which bindings the Domain class came from.
 *
 * Imports nothing but node built-ins at the top, so the `load` phase is what the program imports.
 */
import * as fs from 'fs';
import * as path from 'path';

/** What one process reports. */
export interface VariantResult {
  readonly variant: string;
  /** CPU seconds of this process since it started, at the end of each phase (`exit`: the last). */
  readonly marks: { loaded: number; built: number; synthesized: number; exit: number };
  /** CPU seconds not counted (the floor's parse of the reference plan). */
  readonly excluded: number;
  /** CPU seconds of the child processes it waited for; undefined where /proc is missing. */
  readonly children?: number;
  /** Peak resident set, KiB. */
  readonly maxRssKiB: number;
  /** 'lazy' or 'eager': the Domain class the program used; undefined when it used none. */
  readonly bindings?: string;
}

const cpu = (): number => {
  const u = process.resourceUsage();
  return (u.userCPUTime + u.systemCPUTime) / 1e6;
};

/** CPU seconds of the children this process has waited for (cutime + cstime of /proc/self/stat). */
function childrenCpu(): number | undefined {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    // fields after the command name (which may hold spaces): state is field 3, cutime 16, cstime 17
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

/** The root of dist/: this file is dist/bench/variant.js. */
const DIST = path.resolve(__dirname, '..');

/** Makes every module of dist/lib/generated resolve to its twin in `eagerDir` (the eager bindings). */
function swapInEagerBindings(eagerDir: string): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Module = require('module') as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
  const from = path.join(DIST, 'lib', 'generated') + path.sep;
  const to = eagerDir + path.sep;
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]): string {
    const resolved = resolve.call(this, request, ...rest);
    return resolved.startsWith(from) ? to + resolved.slice(from.length) : resolved;
  };
}

/** 'lazy' when the loaded Domain builds its nested references on first use (a getter `_os`), else 'eager'. */
function bindingsKind(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Domain } = require('../lib/generated/providers/libvirt/domain') as { Domain: { prototype: object } };
  return typeof Object.getOwnPropertyDescriptor(Domain.prototype, '_os')?.get === 'function' ? 'lazy' : 'eager';
}

function main(): VariantResult {
  const [variant, shape, sizeText, outdir, reference] = process.argv.slice(2);
  const size = Number(sizeText);
  let excluded = 0;
  let bindings: string | undefined;
  let loaded: number;
  let built: number;
  let synthesized: number;
  switch (variant) {
    case 'ours':
    case 'ours-cold':
    case 'raw-lazy':
    case 'raw-eager': {
      if (variant === 'raw-eager') swapInEagerBindings(process.env.BENCH_EAGER_DIR ?? path.join(DIST, 'eager-bindings'));
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const build = variant.startsWith('ours') ? (require('./ours') as typeof import('./ours')).buildOurs : (require('./raw') as typeof import('./raw')).buildRaw;
      loaded = cpu();
      const app = build(shape as 'lab' | 'stamped', size, outdir);
      built = cpu();
      app.synth();
      synthesized = cpu();
      bindings = bindingsKind();
      break;
    }
    case 'floor':
    case 'floor-cdktf': {
      const stringify: (value: unknown) => string = variant === 'floor'
        ? (value) => JSON.stringify(value, undefined, 2)
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        : (value) => (require(require.resolve('json-stable-stringify', { paths: [require.resolve('cdktf')] })) as (v: unknown, o: object) => string)(value, { space: 2 });
      loaded = cpu();
      const plan = JSON.parse(fs.readFileSync(reference, 'utf8'));
      excluded = cpu() - loaded;
      built = cpu();
      const file = path.join(outdir, 'stacks', path.basename(path.dirname(reference)), 'cdk.tf.json');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, stringify(plan));
      synthesized = cpu();
      break;
    }
    case 'node':
    case 'require-cdktf':
    case 'require-lib':
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      if (variant !== 'node') require(variant === 'require-cdktf' ? 'cdktf' : path.join(DIST, 'lib', 'index.js'));
      loaded = built = synthesized = cpu();
      break;
    default:
      throw new Error(`unknown variant ${variant}`);
  }
  return {
    variant,
    marks: { loaded, built, synthesized, exit: cpu() },
    excluded,
    children: childrenCpu(),
    maxRssKiB: process.resourceUsage().maxRSS,
    bindings,
  };
}

if (require.main === module) {
  const result = main();
  process.stdout.write(`\nBENCH_RESULT ${JSON.stringify(result)}\n`);
}
