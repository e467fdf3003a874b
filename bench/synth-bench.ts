/**
 * npm run bench: synthesizes labs of 10, 100 and 1,000 machines written with the constructs
 * ("ours") and with the generated L1 classes directly ("raw"), each measurement in its own
 * process, interleaved and repeated; prints medians and the ratio ours/raw. Ratios, not
 * absolute times, are what to compare between runs: these machines are noisy.
 *
 *   BENCH_SIZES=10,100 BENCH_RUNS=5 npm run bench
 */
import { execFileSync } from 'child_process';
import * as path from 'path';

interface Sample { mode: string; machines: number; ms: number; peakRssMiB: number; baseRssMiB: number; jsonBytes: number }

const sizes = (process.env.BENCH_SIZES ?? '10,100,1000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const once = path.join(__dirname, 'synth-once.js');

function measure(mode: string, machines: number): Sample {
  const out = execFileSync(process.execPath, [once, mode, String(machines)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const rows: string[] = [];
const header = ['machines', 'ours ms', 'raw ms', 'time ours/raw', 'ours peak MiB', 'raw peak MiB', 'memory ours/raw', 'ours JSON KiB', 'raw JSON KiB'];
for (const n of sizes) {
  const ours: Sample[] = [];
  const raw: Sample[] = [];
  // interleave so that drift in machine load hits both variants alike
  for (let r = 0; r < runs; r++) {
    ours.push(measure('ours', n));
    raw.push(measure('raw', n));
  }
  const [om, rm] = [median(ours.map((s) => s.ms)), median(raw.map((s) => s.ms))];
  const [op, rp] = [median(ours.map((s) => s.peakRssMiB)), median(raw.map((s) => s.peakRssMiB))];
  rows.push([n, om.toFixed(0), rm.toFixed(0), (om / rm).toFixed(2), op.toFixed(0), rp.toFixed(0), (op / rp).toFixed(2),
    (ours[0].jsonBytes / 1024).toFixed(0), (raw[0].jsonBytes / 1024).toFixed(0)].join(' | '));
}
console.log(`synth benchmark: median of ${runs} runs each, every run in a fresh node process (${process.version})`);
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => '---').join('|')}|`);
for (const r of rows) console.log(`| ${r} |`);
