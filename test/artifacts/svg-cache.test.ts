/**
 * The cache of rendered diagrams (lib/artifacts/private/svg-cache.ts): the same DOT is laid out
 * once, counted by the Graphviz child processes started (spawnSync spied on); a different DOT, a
 * damaged entry or a cache that cannot be written all still give the right SVG.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { renderDot, renderSvg } from '../../lib/artifacts';
import { layoutDot } from '../../lib/artifacts/private/graphviz';
import { cachedSvg, rendererVersion, svgCacheDir, svgCacheKey } from '../../lib/artifacts/private/svg-cache';
import { fixture, variant } from './fixture';
import { tmpDir } from './tools';

// the module object that lib/artifacts/private/graphviz.ts calls spawnSync on
// eslint-disable-next-line @typescript-eslint/no-require-imports
const childProcess: typeof import('child_process') = require('child_process');

const DOT = renderDot(fixture());
/** The fixture's DOT with one more machine. */
const OTHER_DOT = renderDot(variant((v) => {
  v.machines.push({ ...v.machines[1], path: 'demo/local/lab/extra', name: 'lab1-extra', hostname: 'extra', nics: [] });
}));

let spawns: jest.SpyInstance;
beforeEach(() => {
  spawns = jest.spyOn(childProcess, 'spawnSync');
});
afterEach(() => spawns.mockRestore());

/** The entry files in a cache directory. */
function entries(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.svg')) : [];
}

describe('cachedSvg', () => {
  test('renders the same DOT once: the second time starts no Graphviz, and gives the same SVG', () => {
    const dir = path.join(tmpDir(), 'cache');
    const first = cachedSvg(DOT, dir);
    expect(spawns).toHaveBeenCalledTimes(1);
    expect(first).toMatch(/<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(entries(dir)).toHaveLength(1);
    const second = cachedSvg(DOT, dir);
    expect(spawns).toHaveBeenCalledTimes(1);
    expect(second).toBe(first);
    // and it is what Graphviz draws
    expect(first).toBe(layoutDot(DOT, 'svg'));
  });

  test('a different DOT is rendered, and cached beside the first', () => {
    const dir = path.join(tmpDir(), 'cache');
    const one = cachedSvg(DOT, dir);
    const other = cachedSvg(OTHER_DOT, dir);
    expect(spawns).toHaveBeenCalledTimes(2);
    expect(other).not.toBe(one);
    expect(other).toContain('extra'); // Graphviz writes the dash of lab1-extra as &#45;
    expect(entries(dir)).toHaveLength(2);
    expect(cachedSvg(OTHER_DOT, dir)).toBe(other);
    expect(cachedSvg(DOT, dir)).toBe(one);
    expect(spawns).toHaveBeenCalledTimes(2);
  });

  test('a damaged entry is rendered again and repaired', () => {
    const dir = path.join(tmpDir(), 'cache');
    const svg = cachedSvg(DOT, dir);
    const [entry] = entries(dir).map((f) => path.join(dir, f));
    const damages: [string, (text: string) => string][] = [
      ['a changed character of the SVG', (t) => t.replace('</svg>', '</svG>')],
      ['a truncated file', (t) => t.slice(0, t.length / 2)],
      ['an empty file', () => ''],
      ['no header', (t) => t.slice(t.indexOf('\n') + 1)],
      ['binary garbage', () => '\u0000\u00ff\n\u0001'],
    ];
    for (const [what, damage] of damages) {
      const calls = spawns.mock.calls.length;
      fs.writeFileSync(entry, damage(fs.readFileSync(entry, 'utf8')));
      expect({ what, svg: cachedSvg(DOT, dir) }).toEqual({ what, svg });
      expect({ what, rendered: spawns.mock.calls.length - calls }).toEqual({ what, rendered: 1 });
      expect(cachedSvg(DOT, dir)).toBe(svg);
      expect({ what, rendered: spawns.mock.calls.length - calls }).toEqual({ what, rendered: 1 });
    }
    // an entry that is a directory is no entry either
    fs.rmSync(entry);
    fs.mkdirSync(entry);
    expect(cachedSvg(DOT, dir)).toBe(svg);
  });

  test('a cache directory that cannot be made or written still renders, and leaves nothing behind', () => {
    // a path below a regular file: mkdir fails with ENOTDIR, whatever the user (root included)
    const base = tmpDir();
    fs.writeFileSync(path.join(base, 'file'), '');
    const dir = path.join(base, 'file', 'cache');
    const svg = cachedSvg(DOT, dir);
    expect(svg).toBe(layoutDot(DOT, 'svg'));
    expect(cachedSvg(DOT, dir)).toBe(svg);
    expect(spawns).toHaveBeenCalledTimes(3); // every call rendered (the layoutDot call included)
    expect(fs.readdirSync(base)).toEqual(['file']);
  });

  test('a rendering error is thrown, and not cached', () => {
    const dir = path.join(tmpDir(), 'cache');
    expect(() => cachedSvg('graph { a -- }', dir)).toThrow(/^cannot lay out the diagram: Graphviz \(WebAssembly\) failed: .*syntax error/);
    expect(() => cachedSvg('graph { a -- }', dir)).toThrow(/syntax error/);
    expect(spawns).toHaveBeenCalledTimes(2);
    expect(entries(dir)).toEqual([]);
  });

  test('keeps the most recently used entries, and removes temporary files left long ago', () => {
    const dir = path.join(tmpDir(), 'cache');
    fs.mkdirSync(dir);
    const old = new Date(Date.now() - 7 * 24 * 3600 * 1000);
    for (let i = 0; i < 205; i++) {
      const file = path.join(dir, `${i.toString(16).padStart(64, '0')}.svg`);
      fs.writeFileSync(file, 'x');
      fs.utimesSync(file, old, new Date(old.getTime() + i * 1000));
    }
    const leftover = path.join(dir, `${'f'.repeat(64)}.svg.123.abcd.tmp`);
    fs.writeFileSync(leftover, '');
    fs.utimesSync(leftover, old, old);
    cachedSvg(DOT, dir);
    const kept = entries(dir);
    expect(kept).toHaveLength(200);
    expect(kept).toContain(`${svgCacheKey(DOT, rendererVersion()!)}.svg`);
    // the oldest six went
    for (let i = 0; i < 6; i++) expect(kept).not.toContain(`${i.toString(16).padStart(64, '0')}.svg`);
    expect(fs.existsSync(leftover)).toBe(false);
  });
});

describe('svgCacheKey', () => {
  test('is a function of the DOT and of the renderer and its version', () => {
    const renderer = rendererVersion();
    expect(renderer).toMatch(/^@hpcc-js\/wasm-graphviz@\d+\.\d+\.\d+/);
    const key = svgCacheKey(DOT, renderer!);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(svgCacheKey(DOT, renderer!)).toBe(key);
    expect(svgCacheKey(OTHER_DOT, renderer!)).not.toBe(key);
    expect(svgCacheKey(`${DOT} `, renderer!)).not.toBe(key);
    expect(svgCacheKey(DOT, '@hpcc-js/wasm-graphviz@0.0.1')).not.toBe(key);
  });
});

describe('svgCacheDir', () => {
  test('node_modules/.cache/cdktf-libvirt of the project the working directory is in', () => {
    const project = tmpDir();
    fs.writeFileSync(path.join(project, 'package.json'), '{}');
    fs.mkdirSync(path.join(project, 'node_modules'));
    fs.mkdirSync(path.join(project, 'src', 'deep'), { recursive: true });
    const want = path.join(project, 'node_modules', '.cache', 'cdktf-libvirt');
    expect(svgCacheDir(project)).toBe(want);
    expect(svgCacheDir(path.join(project, 'src', 'deep'))).toBe(want);
  });

  test('the system\'s temporary directory for a project without node_modules', () => {
    const project = tmpDir();
    fs.writeFileSync(path.join(project, 'package.json'), '{}');
    expect(svgCacheDir(project)).toBe(path.join(os.tmpdir(), 'cdktf-libvirt-cache'));
  });
});

describe('renderSvg', () => {
  test('uses the cache of the project it runs in: a second synth of the same lab starts no Graphviz', () => {
    const project = tmpDir();
    fs.writeFileSync(path.join(project, 'package.json'), '{}');
    fs.mkdirSync(path.join(project, 'node_modules'));
    const cwd = process.cwd();
    process.chdir(project);
    try {
      const svg = renderSvg(fixture());
      expect(renderSvg(fixture())).toBe(svg);
      expect(spawns).toHaveBeenCalledTimes(1);
      expect(entries(path.join(project, 'node_modules', '.cache', 'cdktf-libvirt'))).toHaveLength(1);
    } finally {
      process.chdir(cwd);
    }
  });
});
