/**
 * Generates the cdktf bindings for the libvirt provider from the pinned schema in `schema/`.
 *
 *   npm run gen         regenerate lib/generated/ from schema/schema.json
 *   npm run gen:check   regenerate into a temporary folder and fail when lib/generated/ differs
 *
 * The bindings are never edited by hand: change the schema (a provider bump is a schema
 * migration, see schema/README.md) and run `npm run gen`. The generator's output goes through
 * one rewrite before it is written or compared: nested-block references are built on first use
 * instead of eagerly (scripts/lazy-references.ts), which takes two-thirds of the CPU and most of
 * the memory out of synthesizing a large lab.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ConstructsMakerProviderTarget, LANGUAGES, TerraformProviderConstraint } from '@cdktf/commons';
import { TerraformProviderGenerator } from '@cdktf/provider-generator/lib/get/generator/provider-generator';
import { CodeMaker } from 'codemaker';
import { LazyReferenceStats, transformNestedReferences } from './lazy-references';

/** The provider these bindings target; `required_providers` pins exactly this version. */
export const PROVIDER_SOURCE = 'dmacvicar/libvirt';
export const PROVIDER_VERSION = '0.9.7';

const ROOT = path.resolve(__dirname, '..');
const SCHEMA = path.join(ROOT, 'schema', 'schema.json');
const OUT = path.join(ROOT, 'lib', 'generated');

/** What {@link generateBindings} wrote. */
export interface GeneratedBindings {
  /** The files written, relative to the output directory, sorted. */
  readonly files: string[];
  /** What the lazy-reference rewrite did, summed over all files (zeros when it was not applied). */
  readonly lazy: LazyReferenceStats;
}

/**
 * Generates the bindings from schema/schema.json into `outdir` (`<outdir>/providers/libvirt/...`),
 * with nested references made lazy unless `lazyReferences` is false (the eager bindings are what
 * the generator emits; tests and the benchmark compare against them).
 */
export async function generateBindings(outdir: string, options: { lazyReferences?: boolean } = {}): Promise<GeneratedBindings> {
  const lazyReferences = options.lazyReferences ?? true;
  const raw = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-libvirt-gen-raw-'));
  try {
    const schema = JSON.parse(fs.readFileSync(SCHEMA, 'utf8'));
    const code = new CodeMaker();
    code.indentation = 2;
    const generator = new TerraformProviderGenerator(code, schema);
    const constraint = new TerraformProviderConstraint({
      name: 'libvirt',
      source: PROVIDER_SOURCE,
      version: PROVIDER_VERSION,
    });
    generator.generate(new ConstructsMakerProviderTarget(constraint, LANGUAGES[0]));
    await generator.save(raw);
    // the generator also writes a lazy index that nothing here uses; keep the output minimal
    fs.rmSync(path.join(raw, 'providers', 'libvirt', 'lazy-index.ts'), { force: true });

    const files = listFiles(raw);
    let [fields, reads, guardedWrites] = [0, 0, 0];
    // rewrite everything before writing anything: a rewrite that throws leaves outdir untouched
    const texts = files.map((f) => {
      const text = fs.readFileSync(path.join(raw, f), 'utf8');
      if (!lazyReferences || !f.endsWith('.ts')) return text;
      const result = transformNestedReferences(text, f);
      fields += result.stats.fields;
      reads += result.stats.reads;
      guardedWrites += result.stats.guardedWrites;
      return result.source;
    });
    files.forEach((f, i) => {
      fs.mkdirSync(path.dirname(path.join(outdir, f)), { recursive: true });
      fs.writeFileSync(path.join(outdir, f), texts[i]);
    });
    return { files, lazy: { fields, reads, guardedWrites } };
  } finally {
    fs.rmSync(raw, { recursive: true, force: true });
  }
}

function listFiles(dir: string, prefix = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name), path.join(prefix, e.name)) : [path.join(prefix, e.name)],
  ).sort();
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  if (!check) {
    // generate aside first: a generator or rewrite failure leaves lib/generated/ as it was
    const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-libvirt-gen-'));
    try {
      const { files, lazy } = await generateBindings(fresh);
      fs.rmSync(OUT, { recursive: true, force: true });
      fs.cpSync(fresh, OUT, { recursive: true });
      console.log(`generated ${files.length} files in ${path.relative(ROOT, OUT)} for ${PROVIDER_SOURCE} ${PROVIDER_VERSION}`);
      console.log(`lazy references: ${lazy.fields} fields made lazy, ${lazy.reads} reads use the backing field, ${lazy.guardedWrites} writes guarded`);
    } finally {
      fs.rmSync(fresh, { recursive: true, force: true });
    }
    return;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-libvirt-gen-'));
  try {
    await generateBindings(tmp);
    const want = listFiles(tmp);
    const have = listFiles(OUT);
    const problems: string[] = [];
    for (const f of want) {
      if (!have.includes(f)) problems.push(`missing: lib/generated/${f}`);
      else if (fs.readFileSync(path.join(tmp, f), 'utf8') !== fs.readFileSync(path.join(OUT, f), 'utf8')) problems.push(`differs: lib/generated/${f}`);
    }
    for (const f of have) if (!want.includes(f)) problems.push(`extra: lib/generated/${f}`);
    if (problems.length > 0) {
      console.error(`the bindings in lib/generated/ do not match schema/schema.json (run \`npm run gen\` and commit):\n  ${problems.join('\n  ')}`);
      process.exit(1);
    }
    console.log(`lib/generated/ matches schema/schema.json (${want.length} files)`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
