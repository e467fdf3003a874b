/**
 * The generator's eager bindings, compiled, for the benchmark's `raw-eager` variant: the bindings
 * as `npm run gen` wrote them before nested references were made lazy (scripts/lazy-references.ts).
 *
 * They are generated from schema/schema.json with `generateBindings(dir, { lazyReferences: false })`
 * (scripts/gen-bindings.ts, run through ts-node as `npm run gen` runs it), compiled file by file with
 * the compiler options of tsconfig.json (the lazy ones in dist/lib/generated are compiled with the
 * same), and written to dist/eager-bindings/ (gitignored, inside the repository so that their
 * `cdktf` import resolves to the same cdktf). A stamp of the inputs (schema, generator, compiler)
 * says when they are stale; then they are made again.
 */
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';

/** The repository's root (the folder of package.json), from bench/ or dist/bench/. */
export function repoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'cdktf-libvirt') return dir;
    if (path.dirname(dir) === dir) throw new Error(`no cdktf-libvirt package.json above ${__dirname}`);
  }
}

/** Where the compiled eager bindings go: the twin of dist/lib/generated. */
export function eagerBindingsDir(root: string = repoRoot()): string {
  return path.join(root, 'dist', 'eager-bindings');
}

function listFiles(dir: string, prefix = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name), path.join(prefix, e.name)) : [path.join(prefix, e.name)]).sort();
}

function compilerOptions(root: string): ts.CompilerOptions {
  const file = path.join(root, 'tsconfig.json');
  const config = ts.readConfigFile(file, ts.sys.readFile);
  if (config.error) throw new Error(`cannot read ${file}: ${ts.flattenDiagnosticMessageText(config.error.messageText, '\n')}`);
  const { options } = ts.convertCompilerOptionsFromJson(config.config.compilerOptions, root);
  return { ...options, declaration: false, incremental: false, tsBuildInfoFile: undefined, sourceMap: false, isolatedModules: true };
}

/** What the eager bindings are made from: when any of it changes, they are made again. */
function stampOf(root: string, options: ts.CompilerOptions): string {
  const hash = createHash('sha256');
  for (const f of ['schema/schema.json', 'schema/descriptions.json', 'scripts/gen-bindings.ts', 'scripts/provider-schema.ts', 'node_modules/@cdktf/provider-generator/package.json']) {
    hash.update(f).update(fs.readFileSync(path.join(root, f)));
  }
  hash.update(ts.version).update(JSON.stringify(options));
  return hash.digest('hex');
}

/**
 * Makes sure dist/eager-bindings holds the compiled eager bindings of the current schema; returns
 * its path. Says so through `log` when it (re)generates them (about half a minute).
 */
export function ensureEagerBindings(log: (line: string) => void, root: string = repoRoot()): string {
  const dir = eagerBindingsDir(root);
  const options = compilerOptions(root);
  const stamp = stampOf(root, options);
  const stampFile = path.join(dir, 'STAMP');
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) return dir;

  log(`generating the eager bindings (scripts/gen-bindings.ts with lazyReferences: false) into ${path.relative(root, dir)}/ ...`);
  const sources = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-libvirt-eager-src-'));
  const fresh = `${dir}.${process.pid}.tmp`;
  try {
    const program = "require('./scripts/gen-bindings').generateBindings(process.argv[1], { lazyReferences: false })"
      + ".then((r) => { if (r.lazy.fields !== 0) throw new Error('the rewrite ran'); }).catch((e) => { console.error(e); process.exit(1); })";
    const gen = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', program, sources], { cwd: root, encoding: 'utf8' });
    if (gen.status !== 0) throw new Error(`generating the eager bindings failed:\n${gen.stderr}${gen.stdout}`);
    const files = listFiles(sources);
    if (!files.some((f) => f === path.join('providers', 'libvirt', 'domain', 'index.ts'))) {
      throw new Error(`the generator wrote no providers/libvirt/domain/index.ts into ${sources}`);
    }
    fs.rmSync(fresh, { recursive: true, force: true });
    for (const f of files) {
      const text = fs.readFileSync(path.join(sources, f), 'utf8');
      const out = f.endsWith('.ts') ? f.replace(/\.ts$/, '.js') : f;
      const js = f.endsWith('.ts') ? ts.transpileModule(text, { compilerOptions: options, fileName: f }).outputText : text;
      fs.mkdirSync(path.dirname(path.join(fresh, out)), { recursive: true });
      fs.writeFileSync(path.join(fresh, out), js);
    }
    fs.writeFileSync(path.join(fresh, 'STAMP'), stamp);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(fresh, dir);
    log(`generated and compiled ${files.length} files`);
    return dir;
  } finally {
    fs.rmSync(sources, { recursive: true, force: true });
    fs.rmSync(fresh, { recursive: true, force: true });
  }
}
