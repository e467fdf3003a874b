import { spawnSync } from 'child_process';
import { pathToFileURL } from 'url';

/** The output formats of {@link layoutDot}: the picture, and Graphviz's JSON of what it parsed and placed. */
export type GraphvizFormat = 'svg' | 'json';

/**
 * Lays out a DOT graph with Graphviz compiled to WebAssembly (`@hpcc-js/wasm-graphviz`),
 * synchronously, so that it can run inside cdktf's synchronous `app.synth()`.
 *
 * The package only loads its WebAssembly asynchronously and is an ES module. So the layout runs
 * in a child Node.js process (the same executable as this one, `process.execPath`), given the DOT
 * on standard input, whose output this process waits for. The child's program is the module below,
 * passed with `--input-type=module -e`; it imports the package by the absolute URL resolved here,
 * so it works from the sources (ts-jest), from dist/ and from an installed package alike, whatever
 * the working directory. NODE_OPTIONS is not passed on: a debugger (`--inspect`) or a loader hook
 * meant for this process must not attach to the child. About 0.3 s, mostly loading the WebAssembly.
 */
export function layoutDot(dot: string, format: GraphvizFormat): string {
  let moduleUrl: string;
  try {
    moduleUrl = pathToFileURL(require.resolve('@hpcc-js/wasm-graphviz')).href;
  } catch (e) {
    throw new Error(`cannot lay out the diagram: the package @hpcc-js/wasm-graphviz is not installed (${(e as Error).message}); run npm install`);
  }
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, moduleUrl, format], {
    input: dot,
    encoding: 'utf8',
    env,
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000,
    windowsHide: true,
  });
  if (child.error !== undefined) {
    throw new Error(`cannot lay out the diagram: running ${process.execPath} failed: ${child.error.message}`);
  }
  if (child.status !== 0 || child.stdout === '') {
    const why = (child.stderr || '').trim() || (child.signal ? `killed by ${child.signal}` : `exit status ${child.status}`);
    throw new Error(`cannot lay out the diagram: Graphviz (WebAssembly) failed: ${why}`);
  }
  return child.stdout;
}

// Reads DOT from stdin, writes the layout in the format argv[2] to stdout; on failure one line on
// stderr and exit status 1.
const CHILD = `
import { readFileSync } from 'node:fs';
try {
  const { Graphviz } = await import(process.argv[1]);
  const graphviz = await Graphviz.load();
  process.stdout.write(graphviz.layout(readFileSync(0, 'utf8'), process.argv[2], 'dot'));
} catch (e) {
  process.stderr.write(String(e && e.message || e).split('\\n')[0] + '\\n');
  process.exitCode = 1;
}
`;
