/**
 * Generates the cdktf bindings for the libvirt provider from the pinned schema in `schema/`.
 *
 *   npm run gen                        regenerate lib/generated/ from schema/schema.json and schema/descriptions.json
 *   npm run gen:check                  regenerate into a temporary folder and fail when lib/generated/ differs
 *   npm run gen -- --refresh-schema    first write both schema files from the provider binary's
 *                                      `terraform providers schema -json` (scripts/provider-schema.ts), then regenerate
 *   npm run gen -- --check-schema      fail when the schema files differ from what the binary prints (writes nothing)
 *
 * The bindings are never edited by hand: change the schema (a provider bump is a schema
 * migration, see schema/README.md) and run `npm run gen`. The generator works from the contract
 * (schema/schema.json) with the descriptions merged back in, so that every attribute's JSDoc
 * carries the provider's description. Its output goes through two rewrites before it is written or
 * compared: the documentation comments are corrected (links to the provider's documentation name
 * the pinned version instead of `latest`, `/providers/dmacvicar/libvirt/0.9.7/docs/...`, and the
 * `@param` tags that name no parameter are renamed: {@link rewriteDocumentation}); and nested-block
 * references are built on first use instead of eagerly (scripts/lazy-references.ts), which takes
 * two-thirds of the CPU and most of the memory out of synthesizing a large lab.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ConstructsMakerProviderTarget, LANGUAGES, ProviderSchema, TerraformProviderConstraint } from '@cdktf/commons';
import { TerraformProviderGenerator } from '@cdktf/provider-generator/lib/get/generator/provider-generator';
import { CodeMaker } from 'codemaker';
import { LazyReferenceStats, transformNestedReferences } from './lazy-references';
import { checkSchemaFiles, loadDescribedSchema, refreshSchemaFiles } from './provider-schema';

/** The provider these bindings target; `required_providers` pins exactly this version. */
export const PROVIDER_SOURCE = 'dmacvicar/libvirt';
export const PROVIDER_VERSION = '0.9.7';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'lib', 'generated');

/** The generator links to `/latest/` of the provider's documentation; this is the pinned version's. */
const DOCS_LATEST = `https://registry.terraform.io/providers/${PROVIDER_SOURCE}/latest/`;
const DOCS_PINNED = `https://registry.terraform.io/providers/${PROVIDER_SOURCE}/${PROVIDER_VERSION}/`;

/**
 * The generator's `@param` tags that name no parameter (TypeDoc rejects them), each with the
 * declaration it documents and the right name: the resource constructors' `config` is documented
 * as `options`, and `generateConfigForImport`'s `provider` as `provider?`.
 */
const WRONG_PARAM_TAGS: readonly { readonly wrong: string; readonly right: string; readonly declaration: RegExp }[] = [
  { wrong: 'options', right: 'config', declaration: /^\s*public constructor\(scope: Construct, id: string, config: / },
  { wrong: 'provider?', right: 'provider', declaration: /^\s*public static generateConfigForImport\(.*, provider\?: / },
];

/**
 * Rewrites the generator's documentation comments: links to the provider's documentation name the
 * pinned version instead of `latest`, and the `@param` tags of {@link WRONG_PARAM_TAGS} name their
 * parameter. Throws when a file links to the provider's documentation in another shape, or has such
 * a tag somewhere else (a generator upgrade changed its output: look at this function again).
 */
export function rewriteDocumentation(text: string, file: string): { text: string; links: number; paramTags: number } {
  const links = text.split(DOCS_LATEST).length - 1;
  const lines = text.split(DOCS_LATEST).join(DOCS_PINNED).split('\n');
  const stray = lines.filter((l) => l.includes(`registry.terraform.io/providers/${PROVIDER_SOURCE}/`) && !l.includes(DOCS_PINNED));
  if (stray.length > 0) throw new Error(`${file}: a link to the provider's documentation that is not ${DOCS_LATEST}...: ${stray[0].trim()}`);
  let paramTags = 0;
  lines.forEach((line, i) => {
    for (const { wrong, right, declaration } of WRONG_PARAM_TAGS) {
      const tag = line.match(/^(\s*\* @param )(\S+)( .*)?$/);
      if (!tag || tag[2] !== wrong) continue;
      const end = lines.slice(i + 1).findIndex((l) => l.trim() === '*/');
      if (end === -1 || !declaration.test(lines[i + end + 2] ?? '')) {
        throw new Error(`${file}:${i + 1}: \`@param ${wrong}\` where this script expects it before ${declaration}`);
      }
      lines[i] = `${tag[1]}${right}${tag[3] ?? ''}`;
      paramTags += 1;
    }
  });
  return { text: lines.join('\n'), links, paramTags };
}

/** What {@link generateBindings} wrote. */
export interface GeneratedBindings {
  /** The files written, relative to the output directory, sorted. */
  readonly files: string[];
  /** What the lazy-reference rewrite did, summed over all files (zeros when it was not applied). */
  readonly lazy: LazyReferenceStats;
  /** How many links to the provider's documentation now name the pinned version instead of `latest`. */
  readonly pinnedLinks: number;
  /** How many `@param` tags now name the parameter they document. */
  readonly paramTags: number;
}

/**
 * Generates the bindings from schema/schema.json with schema/descriptions.json into `outdir`
 * (`<outdir>/providers/libvirt/...`), with nested references made lazy unless `lazyReferences` is
 * false (the eager bindings are what the generator emits; tests and the benchmark compare against
 * them). The documentation links name the pinned version either way.
 */
export async function generateBindings(outdir: string, options: { lazyReferences?: boolean } = {}): Promise<GeneratedBindings> {
  const lazyReferences = options.lazyReferences ?? true;
  const raw = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-libvirt-gen-raw-'));
  try {
    const schema = loadDescribedSchema() as unknown as ProviderSchema;
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
    let [fields, reads, guardedWrites, pinnedLinks, paramTags] = [0, 0, 0, 0, 0];
    // rewrite everything before writing anything: a rewrite that throws leaves outdir untouched
    const texts = files.map((f) => {
      const documented = rewriteDocumentation(fs.readFileSync(path.join(raw, f), 'utf8'), f);
      pinnedLinks += documented.links;
      paramTags += documented.paramTags;
      if (!lazyReferences || !f.endsWith('.ts')) return documented.text;
      const result = transformNestedReferences(documented.text, f);
      fields += result.stats.fields;
      reads += result.stats.reads;
      guardedWrites += result.stats.guardedWrites;
      return result.source;
    });
    if (pinnedLinks === 0) throw new Error(`the generator wrote no link to ${DOCS_LATEST}...: look at rewriteDocumentation() again`);
    files.forEach((f, i) => {
      fs.mkdirSync(path.dirname(path.join(outdir, f)), { recursive: true });
      fs.writeFileSync(path.join(outdir, f), texts[i]);
    });
    return { files, lazy: { fields, reads, guardedWrites }, pinnedLinks, paramTags };
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
  const pin = { source: PROVIDER_SOURCE, version: PROVIDER_VERSION };
  const log = (line: string): void => console.log(line);
  if (process.argv.includes('--check-schema')) {
    const problems = checkSchemaFiles(pin, log);
    if (problems.length > 0) {
      console.error(`schema/ does not hold the schema of ${PROVIDER_SOURCE} ${PROVIDER_VERSION} (run \`npm run gen -- --refresh-schema\` and commit):\n  ${problems.join('\n  ')}`);
      process.exit(1);
    }
    console.log(`schema/schema.json and schema/descriptions.json are the schema of ${PROVIDER_SOURCE} ${PROVIDER_VERSION}, split`);
    return;
  }
  if (process.argv.includes('--refresh-schema')) refreshSchemaFiles(pin, log);
  const check = process.argv.includes('--check');
  if (!check) {
    // generate aside first: a generator or rewrite failure leaves lib/generated/ as it was
    const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-libvirt-gen-'));
    try {
      const { files, lazy, pinnedLinks, paramTags } = await generateBindings(fresh);
      fs.rmSync(OUT, { recursive: true, force: true });
      fs.cpSync(fresh, OUT, { recursive: true });
      console.log(`generated ${files.length} files in ${path.relative(ROOT, OUT)} for ${PROVIDER_SOURCE} ${PROVIDER_VERSION}`);
      console.log(`lazy references: ${lazy.fields} fields made lazy, ${lazy.reads} reads use the backing field, ${lazy.guardedWrites} writes guarded`);
      console.log(`documentation: ${pinnedLinks} links point at ${DOCS_PINNED}, ${paramTags} @param tags renamed to their parameter`);
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
      console.error(`the bindings in lib/generated/ do not match schema/schema.json and schema/descriptions.json (run \`npm run gen\` and commit):\n  ${problems.join('\n  ')}`);
      process.exit(1);
    }
    console.log(`lib/generated/ matches schema/schema.json and schema/descriptions.json (${want.length} files)`);
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
