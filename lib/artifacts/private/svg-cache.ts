import { createHash, randomBytes } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { layoutDot } from './graphviz';

/**
 * A cache of rendered diagrams, so that a synth whose diagram did not change does not start
 * Graphviz (a child process, about 0.3 s). An entry is keyed by a hash of everything the SVG is a
 * function of: the DOT text, the layout engine and format, and the renderer package and version.
 * It is only ever a shortcut: an entry that cannot be read, does not check out or cannot be
 * written is rendered again, and the synth never fails because of the cache.
 */

/** Bumped when the entry format or the rendering call changes. */
const CACHE_FORMAT = 'cdktf-libvirt-svg-cache-1';
/** The engine and format of {@link layoutDot} that the SVG comes from. */
const LAYOUT = 'dot svg';
/** Entries kept per cache directory; the least recently used beyond that are removed. */
const MAX_ENTRIES = 200;

/**
 * The cache directory: `node_modules/.cache/cdktf-libvirt` of the project that `cwd` is in (the
 * nearest directory with a package.json, if it has a node_modules: the convention of babel, eslint,
 * terser and others), else `cdktf-libvirt-cache` in the system's temporary directory.
 */
export function svgCacheDir(cwd: string = process.cwd()): string {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) {
      const modules = path.join(dir, 'node_modules');
      if (isDirectory(modules)) return path.join(modules, '.cache', 'cdktf-libvirt');
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  return path.join(os.tmpdir(), 'cdktf-libvirt-cache');
}

/** The cache key of a diagram: the hash of its DOT text and of what renders it. */
export function svgCacheKey(dot: string, renderer: string): string {
  return createHash('sha256').update(JSON.stringify([CACHE_FORMAT, LAYOUT, renderer, dot])).digest('hex');
}

/**
 * The SVG of a DOT graph, from the cache in `dir` when an entry for it is there and intact,
 * otherwise laid out by Graphviz and stored for the next synth. Rendering errors are not cached.
 */
export function cachedSvg(dot: string, dir: string = svgCacheDir()): string {
  const renderer = rendererVersion();
  // no renderer package: no key, and layoutDot says what to install
  if (renderer === undefined) return layoutDot(dot, 'svg');
  const file = path.join(dir, `${svgCacheKey(dot, renderer)}.svg`);
  const hit = readEntry(file);
  if (hit !== undefined) return hit;
  const svg = layoutDot(dot, 'svg');
  writeEntry(dir, file, svg);
  return svg;
}

/** The header line of an entry: the format and the checksum of the SVG after it. */
function header(svg: string): string {
  return `<!-- ${CACHE_FORMAT} sha256=${createHash('sha256').update(svg).digest('hex')} -->\n`;
}

/** The SVG of an entry, or undefined when there is none or it does not match its checksum. */
function readEntry(file: string): string | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const newline = text.indexOf('\n');
  if (newline < 0) return undefined;
  const svg = text.slice(newline + 1);
  if (text.slice(0, newline + 1) !== header(svg)) return undefined;
  try {
    // the modification time marks the entry as recently used (see prune)
    const now = new Date();
    fs.utimesSync(file, now, now);
  } catch {
    // a read-only cache still serves
  }
  return svg;
}

/** Stores an entry atomically (a temporary file renamed over it); failures are ignored. */
function writeEntry(dir: string, file: string, svg: string): void {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(tmp, header(svg) + svg);
    fs.renameSync(tmp, file);
    prune(dir);
  } catch {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing more to do: the cache is only a shortcut
    }
  }
}

/** Removes the least recently used entries beyond MAX_ENTRIES, and temporary files left by crashed writers. */
function prune(dir: string): void {
  const names = fs.readdirSync(dir);
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  const entries: { file: string; used: number }[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      const used = fs.statSync(file).mtimeMs;
      if (name.endsWith('.tmp')) {
        if (used < dayAgo) fs.rmSync(file, { force: true });
      } else if (/^[0-9a-f]{64}\.svg$/.test(name)) {
        entries.push({ file, used });
      }
    } catch {
      // removed meanwhile by another process
    }
  }
  if (entries.length <= MAX_ENTRIES) return;
  entries.sort((a, b) => a.used - b.used);
  for (const { file } of entries.slice(0, entries.length - MAX_ENTRIES)) fs.rmSync(file, { force: true });
}

let renderer: string | null | undefined;

/** `@hpcc-js/wasm-graphviz@<version>`, read from the installed package once per process; undefined when it is not installed. */
export function rendererVersion(): string | undefined {
  if (renderer === undefined) renderer = readRendererVersion() ?? null;
  return renderer ?? undefined;
}

function readRendererVersion(): string | undefined {
  const name = '@hpcc-js/wasm-graphviz';
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch {
    return undefined;
  }
  // its package.json is not among its exports: found from the entry point upwards
  for (let dir = path.dirname(entry); path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
      if (pkg.name === name && typeof pkg.version === 'string') return `${name}@${pkg.version}`;
    } catch {
      // no package.json here
    }
  }
  return undefined;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
