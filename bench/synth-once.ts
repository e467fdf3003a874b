/**
 * One benchmark measurement in a fresh process: `node synth-once.js <ours|raw> <machines>`.
 * Prints one JSON line: wall time of construction + synthesis, and the process's peak RSS.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { synthOurs, synthRaw } from './labs';

const [mode, count] = process.argv.slice(2);
const machines = Number(count);
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-libvirt-bench-'));
const rssBefore = process.resourceUsage().maxRSS;
const start = process.hrtime.bigint();
(mode === 'ours' ? synthOurs : synthRaw)(outdir, machines);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const bytes = fs.statSync(path.join(outdir, 'stacks', 'bench', 'cdk.tf.json')).size;
fs.rmSync(outdir, { recursive: true, force: true });
console.log(JSON.stringify({ mode, machines, ms, peakRssMiB: process.resourceUsage().maxRSS / 1024, baseRssMiB: rssBefore / 1024, jsonBytes: bytes }));
