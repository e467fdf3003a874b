/**
 * The benchmark's hand-written L1 program (bench/raw.ts) writes the same cdk.tf.json as the
 * constructs (bench/ours.ts), byte for byte, for both shapes. `npm run bench` checks that on every
 * run and refuses to report otherwise; this test keeps the raw program from rotting silently when
 * the constructs change what they synthesize. Small labs only: no timing here.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildOurs } from '../bench/ours';
import { buildRaw } from '../bench/raw';
import { Shape, stackName } from '../bench/shapes';
import { firstDifference } from '../bench/stats';

function synthesize(build: typeof buildOurs, shape: Shape, size: number): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-libvirt-bench-test-'));
  try {
    build(shape, size, outdir).synth();
    return fs.readFileSync(path.join(outdir, 'stacks', stackName(shape), 'cdk.tf.json'), 'utf8');
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

describe('the raw L1 program of the benchmark', () => {
  test.each([['lab', 3], ['stamped', 2]] as const)('writes the cdk.tf.json of the constructs byte for byte (%s, size %d)', (shape, size) => {
    const ours = synthesize(buildOurs, shape, size);
    const raw = synthesize(buildRaw, shape, size);
    // the first difference, when there is one, says where to look
    expect(firstDifference(ours, raw)).toBeUndefined();
    expect(raw.length).toBe(ours.length);
    // sanity: the plan has the machines, their seeds and DNS names
    const plan = JSON.parse(ours);
    expect(Object.keys(plan.resource.libvirt_domain)).toHaveLength(shape === 'lab' ? size : 2 * size);
    expect(Object.keys(plan.resource.libvirt_cloudinit_disk)).toHaveLength(shape === 'lab' ? size : 2 * size);
    expect(Object.keys(plan.resource.terraform_data).filter((k) => /_Dns_/.test(k))).toHaveLength(shape === 'lab' ? 1 : size);
  });
});

describe('firstDifference', () => {
  test('names the line, the column and both lines', () => {
    expect(firstDifference('a\nbc\nd', 'a\nbx\nd')).toEqual({ line: 2, column: 2, a: 'bc', b: 'bx' });
    expect(firstDifference('a\nb', 'a\nb\nc')).toEqual({ line: 2, column: 2, a: '(end of file)', b: 'b' });
    expect(firstDifference('same', 'same')).toBeUndefined();
  });
});
