/**
 * npm run bench: what synthesizing a lab with the constructs costs, against the same plan written by
 * hand with the L1 classes, and against merely serializing that plan.
 *
 *   npm run bench                                   N = 10, 100, 1,000 and the StampedLabs shape
 *   npm run bench -- --sizes 10,100 --rounds 3      other sizes or rounds (also BENCH_SIZES, BENCH_ROUNDS)
 *   npm run bench -- --stamped 20                   copies of the StampedLabs shape (BENCH_STAMPED; 0 leaves it out)
 *
 * Every measurement is one fresh `node` process (bench/variant.ts) that builds and synthesizes one
 * lab; what counts is its CPU time (user + sys, from its start to its end, its child processes
 * included) and its peak RSS, which a busy machine disturbs far less than wall time. The variants:
 *
 * - `ours`: the lab written with the constructs (bench/ours.ts), synthesized again: what the library
 *   keeps between synths (the rendered diagram) is warm, filled by the warm-up round;
 * - `ours-cold`: the same program as a first synth, with an empty TMPDIR and HOME;
 * - `raw-lazy`: the same plan written with the generated L1 classes of lib/generated (bench/raw.ts);
 * - `raw-eager`: that program on the generator's eager bindings, as they were before `npm run gen`
 *   made nested references lazy (bench/eager-bindings.ts makes them, once);
 * - `floor`: JSON.stringify of the finished plan object and the write of the file (the plan is parsed
 *   from ours' file first; the parse is not counted);
 * - `floor-cdktf`: the same with json-stable-stringify, which is what cdktf writes cdk.tf.json with.
 *
 * ours, ours-cold, raw-lazy, raw-eager and floor-cdktf must write byte-identical cdk.tf.json files, every run:
 * the benchmark compares them and stops at the first difference, which it prints. The variants run
 * in rounds, in an order that rotates from round to round, after one warm-up round that is not
 * counted; ratios are taken within a round. All run in one empty working directory, outside any
 * project. The benchmark reports; it never fails on speed.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ensureEagerBindings, repoRoot } from './eager-bindings';
import { checkSize, machineCount, Shape, stackName } from './shapes';
import { firstDifference, median, spread, table, thousands } from './stats';
import type { VariantResult } from './variant';

const PLAN_VARIANTS = ['ours', 'ours-cold', 'raw-lazy', 'raw-eager', 'floor', 'floor-cdktf'] as const;
type PlanVariant = (typeof PLAN_VARIANTS)[number];
const LOAD_VARIANTS = ['node', 'require-cdktf', 'require-lib'] as const;
/** Variants whose cdk.tf.json must be ours' byte for byte. */
const IDENTICAL: readonly string[] = ['ours-cold', 'raw-lazy', 'raw-eager', 'floor-cdktf'];

interface Options {
  readonly sizes: number[];
  readonly stamped: number;
  readonly rounds?: number;
}

/** One measured process. */
interface Run {
  readonly variant: string;
  /** CPU seconds counted: the process from start to end, its children included, minus what it was told not to count. */
  readonly cpu: number;
  readonly load: number;
  readonly build: number;
  readonly synth: number;
  readonly children: number;
  readonly rssMiB: number;
}

/** The results of one lab (a shape and a size). */
interface PlanSection {
  readonly label: string;
  readonly shape: Shape;
  readonly size: number;
  readonly machines: number;
  readonly rounds: number;
  readonly bytes: number;
  readonly runs: Record<PlanVariant, Run[]>;
}

class MismatchError extends Error {}

const ROOT = repoRoot();
const VARIANT_JS = path.join(__dirname, 'variant.js');
const progress = (line: string) => process.stderr.write(`${line}\n`);

function usage(): string {
  return 'usage: npm run bench -- [--sizes 10,100,1000] [--stamped 50] [--rounds R]\n'
    + '  --sizes    machines of the bench lab, comma-separated (BENCH_SIZES)\n'
    + '  --stamped  copies of the StampedLabs shape, 2 machines each; 0 leaves it out (BENCH_STAMPED)\n'
    + '  --rounds   counted rounds per lab (BENCH_ROUNDS); default 5 up to 100 machines, 3 above';
}

function parseOptions(argv: string[]): Options {
  const given: Record<string, string | undefined> = {
    sizes: process.env.BENCH_SIZES,
    stamped: process.env.BENCH_STAMPED,
    rounds: process.env.BENCH_ROUNDS,
  };
  for (let i = 0; i < argv.length; i++) {
    const m = /^--(sizes|stamped|rounds)(?:=(.*))?$/.exec(argv[i]);
    if (argv[i] === '--help' || argv[i] === '-h') {
      console.log(usage());
      process.exit(0);
    }
    if (!m) throw new Error(`unknown argument ${argv[i]}\n${usage()}`);
    given[m[1]] = m[2] ?? argv[++i];
  }
  const sizes = (given.sizes ?? '10,100,1000').split(',').filter((s) => s.trim() !== '').map(Number);
  const stamped = Number(given.stamped ?? 50);
  const rounds = given.rounds === undefined ? undefined : Number(given.rounds);
  for (const n of sizes) {
    const problem = checkSize('lab', n);
    if (problem) throw new Error(`--sizes: ${problem}`);
  }
  if (stamped !== 0 && checkSize('stamped', stamped)) throw new Error(`--stamped: ${checkSize('stamped', stamped)}`);
  if (rounds !== undefined && (!Number.isInteger(rounds) || rounds < 1)) throw new Error(`--rounds must be a positive whole number (got ${given.rounds})`);
  return { sizes, stamped, rounds };
}

/** Where a measured process runs: its working directory, and its TMPDIR and HOME (undefined: the benchmark's own). */
interface Place {
  readonly cwd: string;
  readonly tmp?: string;
  readonly home?: string;
}

/**
 * Runs one variant in a fresh process and reads what it reports. A process that fails is run once
 * more (and says so): other builds in the same working tree can rewrite dist/ under a running one.
 */
function runOnce(eagerDir: string, place: Place, variant: string, shape: Shape, size: number, outdir: string, reference = ''): Run {
  try {
    return runProcess(eagerDir, place, variant, shape, size, outdir, reference);
  } catch (e) {
    progress(`${(e as Error).message.split('\n')[0]}; running it once more`);
    fs.rmSync(outdir, { recursive: true, force: true });
    // a first synth starts from empty state again
    if (place.home !== undefined) {
      for (const d of [place.tmp!, place.home]) {
        fs.rmSync(d, { recursive: true, force: true });
        fs.mkdirSync(d, { recursive: true });
      }
    }
    return runProcess(eagerDir, place, variant, shape, size, outdir, reference);
  }
}

function runProcess(eagerDir: string, place: Place, variant: string, shape: Shape, size: number, outdir: string, reference: string): Run {
  const child = spawnSync(process.execPath, [VARIANT_JS, variant, shape, String(size), outdir, reference], {
    cwd: place.cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, BENCH_EAGER_DIR: eagerDir, ...(place.tmp ? { TMPDIR: place.tmp } : {}), ...(place.home ? { HOME: place.home } : {}) },
  });
  const line = (child.stdout ?? '').split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (child.status !== 0 || line === undefined) {
    throw new Error(`${variant} (${shape} ${size}) failed (${child.error?.message ?? `exit status ${child.status}`}):\n${(child.stderr ?? '').slice(-4000)}`);
  }
  const r = JSON.parse(line.slice('BENCH_RESULT '.length)) as VariantResult;
  const expected = variant === 'raw-eager' ? 'eager' : ['ours', 'ours-cold', 'raw-lazy'].includes(variant) ? 'lazy' : undefined;
  if (r.bindings !== expected) throw new Error(`${variant} ran on the ${r.bindings} bindings, not the ${expected} ones`);
  const children = r.children ?? 0;
  return {
    variant,
    cpu: r.marks.exit - r.excluded + children,
    load: r.marks.loaded,
    build: r.marks.built - r.marks.loaded - r.excluded,
    synth: r.marks.synthesized - r.marks.built,
    children,
    rssMiB: r.maxRssKiB / 1024,
  };
}

/** Stops the benchmark when `file` is not `reference` byte for byte, naming the first difference and keeping both files. */
function checkIdentical(variant: string, label: string, reference: string, file: string): void {
  const want = fs.readFileSync(reference);
  const have = fs.readFileSync(file);
  if (want.equals(have)) return;
  const d = firstDifference(want.toString('utf8'), have.toString('utf8'))!;
  throw new MismatchError(`${label}: the cdk.tf.json of ${variant} differs from ours; first difference at line ${d.line}, column ${d.column}:\n`
    + `  ours:       ${d.a}\n  ${`${variant}:`.padEnd(11)} ${d.b}\n  files: ${reference}\n         ${file}`);
}

function rotate<T>(xs: readonly T[], by: number): T[] {
  const k = by % xs.length;
  return [...xs.slice(k), ...xs.slice(0, k)];
}

function benchPlan(eagerDir: string, scratch: string, shape: Shape, size: number, rounds: number): PlanSection {
  const machines = machineCount(shape, size);
  const label = shape === 'lab' ? `bench lab, N = ${thousands(size)}` : `StampedLabs, ${size} copies x 2 machines`;
  const dir = fs.mkdtempSync(path.join(scratch, `${shape}-${size}-`));
  const planOf = (outdir: string) => path.join(outdir, 'stacks', stackName(shape), 'cdk.tf.json');
  // Every process runs in the same empty working directory (the local backend's path in the plan is
  // taken from it), outside any project. All but ours-cold share one TMPDIR, so what the library
  // keeps between synths there is warm after the warm-up round; ours-cold gets an empty TMPDIR and
  // HOME every time: a first synth.
  const place: Place = { cwd: path.join(dir, 'work'), tmp: path.join(dir, 'tmp') };
  fs.mkdirSync(place.cwd);
  fs.mkdirSync(place.tmp!);

  progress(`${label}: warm-up round (not counted)`);
  const referenceDir = path.join(dir, 'reference');
  runOnce(eagerDir, place, 'ours', shape, size, referenceDir);
  const reference = planOf(referenceDir);
  const bytes = fs.statSync(reference).size;
  // the floor's output is JSON.stringify's: the same object, but `{}` where cdktf's serializer writes `{\n<indent>}`
  const floorText = JSON.stringify(JSON.parse(fs.readFileSync(reference, 'utf8')), undefined, 2);
  const measure = (variant: PlanVariant, name: string): Run => {
    const outdir = path.join(dir, name);
    const cold = path.join(dir, `${name}-state`);
    const where: Place = variant === 'ours-cold' ? { cwd: place.cwd, tmp: path.join(cold, 'tmp'), home: path.join(cold, 'home') } : place;
    if (variant === 'ours-cold') [where.tmp!, where.home!].forEach((d) => fs.mkdirSync(d, { recursive: true }));
    const run = runOnce(eagerDir, where, variant, shape, size, outdir, reference);
    if (IDENTICAL.includes(variant)) checkIdentical(variant, label, reference, planOf(outdir));
    if (variant === 'floor' && fs.readFileSync(planOf(outdir), 'utf8') !== floorText) {
      throw new MismatchError(`${label}: the floor did not write the plan it read (${planOf(outdir)})`);
    }
    fs.rmSync(outdir, { recursive: true, force: true });
    fs.rmSync(cold, { recursive: true, force: true });
    return run;
  };
  for (const variant of PLAN_VARIANTS.filter((v) => v !== 'ours')) measure(variant, `warm-up-${variant}`);

  const runs = Object.fromEntries(PLAN_VARIANTS.map((v) => [v, [] as Run[]])) as Record<PlanVariant, Run[]>;
  for (let r = 0; r < rounds; r++) {
    const order = rotate(PLAN_VARIANTS, r);
    for (const variant of order) runs[variant].push(measure(variant, `${variant}-${r}`));
    progress(`${label}: round ${r + 1}/${rounds}: ${order.map((v) => `${v} ${runs[v][r].cpu.toFixed(2)} s`).join(', ')}`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return { label, shape, size, machines, rounds, bytes, runs };
}

function benchLoad(eagerDir: string, scratch: string, rounds: number): Record<string, Run[]> {
  progress(`loading: warm-up round (not counted), then ${rounds} round${rounds === 1 ? '' : 's'}`);
  const place: Place = { cwd: fs.mkdtempSync(path.join(scratch, 'load-')) };
  const unused = path.join(place.cwd, 'out'); // these processes write nothing
  for (const v of LOAD_VARIANTS) runOnce(eagerDir, place, v, 'lab', 1, unused);
  const runs: Record<string, Run[]> = Object.fromEntries(LOAD_VARIANTS.map((v) => [v, []]));
  for (let r = 0; r < rounds; r++) {
    for (const v of rotate(LOAD_VARIANTS, r)) runs[v].push(runOnce(eagerDir, place, v, 'lab', 1, unused));
  }
  return runs;
}

/** Per-round ratios of a to b. */
function ratios(a: readonly Run[], b: readonly Run[], of: (r: Run) => number = (r) => r.cpu): number[] {
  return a.map((run, i) => of(run) / of(b[i]));
}

const cpuSpread = (runs: readonly Run[]) => `${median(runs.map((r) => r.cpu)).toFixed(2)} (${Math.min(...runs.map((r) => r.cpu)).toFixed(2)}-${Math.max(...runs.map((r) => r.cpu)).toFixed(2)})`;
const med = (runs: readonly Run[], of: (r: Run) => number, digits = 2) => median(runs.map(of)).toFixed(digits);

function report(load: Record<string, Run[]>, sections: PlanSection[], loadRounds: number): string {
  const out: string[] = [];
  const cpus = os.cpus();
  out.push(`## npm run bench: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, node ${process.version}, ${os.platform()} ${os.arch()}, `
    + `${cpus.length} x ${cpus[0]?.model.trim() ?? 'unknown CPU'}, load average ${os.loadavg()[0].toFixed(1)} at the end`);
  out.push('');
  out.push('CPU: user + sys seconds of one fresh `node` process, start to end, its child processes included (Graphviz, when ours '
    + 'lays out its diagram). RSS: the peak resident set of that process (not of its children). Each lab: one warm-up round, not '
    + 'counted, then rounds of every variant in rotating order; ratios are taken within each round and shown as median (min-max). '
    + '`ours` is a repeated synth (what the library keeps between synths in TMPDIR is warm); `ours-cold` a first one (empty TMPDIR '
    + 'and HOME). `floor` is JSON.stringify of the finished plan and the write; `floor-cdktf` the same with the serializer cdktf uses.');
  out.push('');
  out.push(`### Loading the library (${loadRounds} round${loadRounds === 1 ? '' : 's'})`);
  out.push('');
  out.push(table(['fresh process', 'CPU s', 'peak RSS MiB'], [
    ['node -e ""', cpuSpread(load.node), med(load.node, (r) => r.rssMiB, 0)],
    ["require('cdktf')", cpuSpread(load['require-cdktf']), med(load['require-cdktf'], (r) => r.rssMiB, 0)],
    ["require('cdktf-libvirt') (dist/lib/index.js)", cpuSpread(load['require-lib']), med(load['require-lib'], (r) => r.rssMiB, 0)],
  ]));
  out.push('');
  const above = (a: Run[], b: Run[]) => a.map((r, i) => (r.cpu - load.node[i].cpu) / (b[i].cpu - load.node[i].cpu));
  out.push(`require('cdktf-libvirt') / require('cdktf'): ${spread(ratios(load['require-lib'], load['require-cdktf']))} of the whole process; `
    + `${spread(above(load['require-lib'], load['require-cdktf']))} of what each adds to a bare node`);

  if (sections.length === 0) return out.join('\n');
  const v = (s: PlanSection, name: PlanVariant) => s.runs[name];
  out.push('');
  out.push('### Synthesizing a lab: CPU seconds, median (min-max)');
  out.push('');
  out.push(table(['lab', 'machines', 'rounds', ...PLAN_VARIANTS],
    sections.map((s) => [s.label, thousands(s.machines), String(s.rounds), ...PLAN_VARIANTS.map((name) => cpuSpread(v(s, name)))])));
  out.push('');
  out.push('### Ratios of CPU, per round: median (min-max)');
  out.push('');
  out.push(table(['lab', 'ours / raw-lazy', 'ours-cold / raw-lazy', 'ours / raw-eager', 'ours-cold / raw-eager', 'ours / floor', 'ours / floor-cdktf', 'raw-lazy / raw-eager'],
    sections.map((s) => [s.label,
      spread(ratios(v(s, 'ours'), v(s, 'raw-lazy'))),
      spread(ratios(v(s, 'ours-cold'), v(s, 'raw-lazy'))),
      spread(ratios(v(s, 'ours'), v(s, 'raw-eager'))),
      spread(ratios(v(s, 'ours-cold'), v(s, 'raw-eager'))),
      spread(ratios(v(s, 'ours'), v(s, 'floor'))),
      spread(ratios(v(s, 'ours'), v(s, 'floor-cdktf'))),
      spread(ratios(v(s, 'raw-lazy'), v(s, 'raw-eager')))])));
  out.push('');
  out.push('### Where the CPU goes, median seconds: load (process start to imports done) / build (the construct tree) / synth (toTerraform, '
    + 'the files, ours\' artifacts) / child processes');
  out.push('');
  const phases = (runs: Run[]) => [med(runs, (r) => r.load), med(runs, (r) => r.build), med(runs, (r) => r.synth), med(runs, (r) => r.children)].join(' / ');
  out.push(table(['lab', 'ours', 'ours-cold', 'raw-lazy', 'raw-eager'],
    sections.map((s) => [s.label, phases(v(s, 'ours')), phases(v(s, 'ours-cold')), phases(v(s, 'raw-lazy')), phases(v(s, 'raw-eager'))])));
  out.push('');
  out.push('### Memory and size');
  out.push('');
  out.push(table(['lab', 'peak RSS MiB: ours', 'ours-cold', 'raw-lazy', 'raw-eager', 'floor', 'RSS ours / raw-lazy', 'cdk.tf.json bytes', 'bytes per machine'],
    sections.map((s) => [s.label, med(v(s, 'ours'), (r) => r.rssMiB, 0), med(v(s, 'ours-cold'), (r) => r.rssMiB, 0), med(v(s, 'raw-lazy'), (r) => r.rssMiB, 0), med(v(s, 'raw-eager'), (r) => r.rssMiB, 0),
      med(v(s, 'floor'), (r) => r.rssMiB, 0), spread(ratios(v(s, 'ours'), v(s, 'raw-lazy'), (r) => r.rssMiB)), thousands(s.bytes), thousands(s.bytes / s.machines)])));
  const labs = sections.filter((s) => s.shape === 'lab').sort((a, b) => a.size - b.size);
  if (labs.length >= 2) {
    const [a, b] = [labs[labs.length - 2], labs[labs.length - 1]];
    out.push('');
    out.push(`Each further machine of the bench lab adds ${thousands((b.bytes - a.bytes) / (b.size - a.size))} bytes to cdk.tf.json (N = ${thousands(a.size)} to ${thousands(b.size)}).`);
  }
  out.push('');
  const runs = sections.reduce((n, s) => n + (s.rounds + 1) * IDENTICAL.length, 0);
  out.push(`Every cdk.tf.json of ours-cold, raw-lazy, raw-eager and floor-cdktf was byte-identical to ours (${runs} files compared).`);

  const lab = (n: number) => labs.find((s) => s.size === n);
  const goals: string[] = [];
  const big = lab(1000);
  if (big) {
    const both = (b: PlanVariant) => `ours ${spread(ratios(v(big, 'ours'), v(big, b)))}, ours-cold ${spread(ratios(v(big, 'ours-cold'), v(big, b)))}`;
    goals.push(`- N = 1,000, CPU / raw-eager: ${both('raw-eager')}; goal at most 0.40`);
    goals.push(`- N = 1,000, CPU / raw-lazy: ${both('raw-lazy')}; goal at most 1.20`);
    const rss = (name: PlanVariant) => `${med(v(big, name), (r) => r.rssMiB, 0)} MiB (max ${Math.max(...v(big, name).map((r) => r.rssMiB)).toFixed(0)})`;
    goals.push(`- N = 1,000, peak RSS: ours ${rss('ours')}, ours-cold ${rss('ours-cold')}; goal at most 450 MiB`);
    goals.push(`- N = 1,000, cdk.tf.json per machine: ${thousands(big.bytes / big.machines)} bytes; goal at most 8,000`);
  }
  const small = lab(10);
  if (small) {
    goals.push(`- N = 10, CPU / raw-lazy: ours ${spread(ratios(v(small, 'ours'), v(small, 'raw-lazy')))}, `
      + `ours-cold ${spread(ratios(v(small, 'ours-cold'), v(small, 'raw-lazy')))}; goal at most 1.20`);
  }
  if (goals.length > 0) {
    out.push('');
    out.push('### The goals of the issue, next to what this run measured (median (min-max) of the per-round ratios)');
    out.push('');
    out.push(...goals);
  }
  return out.join('\n');
}

function main(): void {
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (e) {
    console.error(`npm run bench: ${(e as Error).message}`);
    process.exitCode = 2;
    return;
  }
  const eagerDir = ensureEagerBindings(progress, ROOT);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-libvirt-bench-'));
  try {
    const roundsFor = (machines: number) => options.rounds ?? (machines <= 100 ? 5 : 3);
    const load = benchLoad(eagerDir, scratch, options.rounds ?? 5);
    const sections: PlanSection[] = [];
    for (const n of options.sizes) sections.push(benchPlan(eagerDir, scratch, 'lab', n, roundsFor(n)));
    if (options.stamped > 0) sections.push(benchPlan(eagerDir, scratch, 'stamped', options.stamped, roundsFor(machineCount('stamped', options.stamped))));
    console.log(report(load, sections, options.rounds ?? 5));
    fs.rmSync(scratch, { recursive: true, force: true });
  } catch (e) {
    if (e instanceof MismatchError) {
      console.error(`\nnpm run bench: no report: ${e.message}\n(the files are kept under ${scratch})`);
    } else {
      fs.rmSync(scratch, { recursive: true, force: true });
      console.error(`\nnpm run bench: ${(e as Error).stack ?? e}`);
    }
    process.exitCode = 1;
  }
}

main();
