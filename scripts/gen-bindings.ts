/**
 * Generates the cdktf bindings for the libvirt provider from the pinned schema in `schema/`.
 *
 *   npm run gen         regenerate lib/generated/ from schema/schema.json
 *   npm run gen:check   regenerate into a temporary folder and fail when lib/generated/ differs
 *
 * The bindings are never edited by hand: change the schema (a provider bump is a schema
 * migration, see schema/README.md) and run `npm run gen`.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ConstructsMakerProviderTarget, LANGUAGES, TerraformProviderConstraint } from '@cdktf/commons';
import { TerraformProviderGenerator } from '@cdktf/provider-generator/lib/get/generator/provider-generator';
import { CodeMaker } from 'codemaker';

/** The provider these bindings target; `required_providers` pins exactly this version. */
export const PROVIDER_SOURCE = 'dmacvicar/libvirt';
export const PROVIDER_VERSION = '0.9.7';

const ROOT = path.resolve(__dirname, '..');
const SCHEMA = path.join(ROOT, 'schema', 'schema.json');
const OUT = path.join(ROOT, 'lib', 'generated');

async function generate(outdir: string): Promise<void> {
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
  await generator.save(outdir);
  // the generator also writes a lazy index that nothing here uses; keep the output minimal
  fs.rmSync(path.join(outdir, 'providers', 'libvirt', 'lazy-index.ts'), { force: true });
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
    fs.rmSync(OUT, { recursive: true, force: true });
    await generate(OUT);
    console.log(`generated ${listFiles(OUT).length} files in ${path.relative(ROOT, OUT)} for ${PROVIDER_SOURCE} ${PROVIDER_VERSION}`);
    return;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-libvirt-gen-'));
  try {
    await generate(tmp);
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

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
