import * as path from 'path';

/**
 * Runs an example's synthesis: on success says where the plans are; on a bad input prints the
 * message (not a stack trace) and exits 1.
 */
export function runExample(synth: () => string): void {
  try {
    const outdir = synth();
    console.log(`synthesized into ${path.relative(process.cwd(), outdir) || '.'}/stacks/`);
  } catch (err) {
    console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
