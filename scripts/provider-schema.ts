/**
 * The pinned provider schema in `schema/`, read from the real provider binary. Used by
 * scripts/gen-bindings.ts, which holds the pin:
 *
 *   npm run gen -- --refresh-schema   write schema/schema.json and schema/descriptions.json from the binary, then regenerate
 *   npm run gen -- --check-schema     fail when they differ from what the binary prints (writes nothing)
 *
 * It runs `terraform init` and `terraform providers schema -json` in a scratch folder whose only
 * configuration requires the provider at exactly the pinned version, and splits what terraform
 * prints in two files, both with their keys sorted (indent 1, no final newline):
 *
 * - `schema/schema.json`, the contract: everything but the descriptions (types, nesting,
 *   required/optional/computed flags). The schema checker (lib/schema-check.ts) reads it at run
 *   time, and it is shipped with the package;
 * - `schema/descriptions.json`: only the descriptions (`description`, `description_kind`), in the
 *   same tree shape. `npm run gen` merges it back into the contract, so that the bindings' JSDoc
 *   carries them; it is not shipped (`schema/.npmignore`), since the compiled bindings' `.d.ts`
 *   carry them to users.
 *
 * Merging the two gives back what terraform printed, exactly (once keys are sorted); the split
 * checks that, and `--check-schema` compares the committed files with the binary's. A description
 * for anything the contract does not have is an error.
 *
 * Which provider binary: the one of the filesystem mirror of real provider binaries beside the
 * project (`../shared/terraform-providers`, through `../shared/tools/terraform-offline.sh`), the one
 * the real-libvirt tier applies with, when that is there (a `TF_CLI_CONFIG_FILE` of the environment
 * is then not used, as in the tier); otherwise the one `terraform init` installs as the environment
 * says (`TF_CLI_CONFIG_FILE`, or the public registry).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
/** The contract: the provider schema without its descriptions. */
export const SCHEMA_FILE = path.join(ROOT, 'schema', 'schema.json');
/** The descriptions of the provider schema, in its tree shape. */
export const DESCRIPTIONS_FILE = path.join(ROOT, 'schema', 'descriptions.json');
const OFFLINE_SCRIPT = path.join(path.dirname(ROOT), 'shared', 'tools', 'terraform-offline.sh');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The keys of a block or an attribute that are documentation, not interface. */
const DESCRIPTION_KEYS = new Set(['description', 'description_kind']);

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function mapValues(o: Json | undefined, where: string, f: (v: Json, where: string) => Json): JsonObject {
  if (!isObject(o)) throw new Error(`${where}: expected an object`);
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v, `${where}.${k}`)]));
}

/**
 * Splits a node of the schema grammar in two: `contract` without the description keys and `docs`
 * with only them (and the path down to them), or undefined when the node has none. The grammar is
 * walked by kind, because attribute names (`description` is one of libvirt_domain's) share the
 * objects that hold them.
 */
type Kind = 'document' | 'providerSchemas' | 'schema' | 'block' | 'attribute' | 'nestedType' | 'blockType';
interface Split { readonly contract: Json; readonly docs?: JsonObject }

/** The children of a node of each kind, by key: the kind of each entry of that map. */
const MAPS: Record<Kind, Record<string, Kind>> = {
  document: { provider_schemas: 'providerSchemas' },
  providerSchemas: {},
  schema: {},
  block: { attributes: 'attribute', block_types: 'blockType' },
  attribute: {},
  nestedType: { attributes: 'attribute' },
  blockType: {},
};
/** The children of a node of each kind, by key: the kind of that one child. */
const CHILDREN: Record<Kind, Record<string, Kind>> = {
  document: {},
  providerSchemas: { provider: 'schema' },
  schema: { block: 'block' },
  block: {},
  attribute: { nested_type: 'nestedType' },
  nestedType: {},
  blockType: { block: 'block' },
};

function split(node: Json, kind: Kind, where: string): Split {
  if (!isObject(node)) throw new Error(`${where}: expected an object`);
  const contract: JsonObject = {};
  const docs: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    const here = `${where}.${key}`;
    if ((kind === 'block' || kind === 'attribute') && DESCRIPTION_KEYS.has(key)) {
      docs[key] = value;
    } else if (key in MAPS[kind] || (kind === 'providerSchemas' && key.endsWith('_schemas'))) {
      const entryKind = MAPS[kind][key] ?? 'schema';
      const contracts: JsonObject = {};
      const entryDocs: JsonObject = {};
      for (const [name, entry] of Object.entries(mapValues(value, here, (v) => v))) {
        const s = split(entry, entryKind, `${here}.${name}`);
        contracts[name] = s.contract;
        if (s.docs) entryDocs[name] = s.docs;
      }
      contract[key] = contracts;
      if (Object.keys(entryDocs).length > 0) docs[key] = entryDocs;
    } else if (key in CHILDREN[kind]) {
      const s = split(value, CHILDREN[kind][key], here);
      contract[key] = s.contract;
      if (s.docs) docs[key] = s.docs;
    } else if (kind === 'providerSchemas' && key !== 'provider') {
      // functions, or a section a newer terraform prints: the schema checker knows none of them
      throw new Error(`${here}: a section this script does not know; teach split() its grammar`);
    } else {
      contract[key] = value;
    }
  }
  return { contract, docs: Object.keys(docs).length > 0 ? docs : undefined };
}

/** Splits `terraform providers schema -json` output into the contract and its descriptions. */
export function splitDescriptions(document: Json): { schema: Json; descriptions: Json } {
  const s = split(document, 'document', '$');
  return { schema: s.contract, descriptions: s.docs ?? {} };
}

/**
 * The contract with the descriptions merged back in (a new object; neither argument changes).
 * Throws when a description belongs to something the contract does not have, or would replace a
 * value of the contract.
 */
export function mergeDescriptions(schema: Json, descriptions: Json): Json {
  const merge = (target: Json, docs: Json, where: string): Json => {
    if (!isObject(target) || !isObject(docs)) throw new Error(`descriptions ${where}: the schema has no such object`);
    const out: JsonObject = { ...target };
    for (const [key, value] of Object.entries(docs)) {
      if (DESCRIPTION_KEYS.has(key) && !isObject(value)) {
        if (key in target) throw new Error(`descriptions ${where}.${key}: the schema already has it`);
        out[key] = value;
      } else {
        if (!(key in target)) throw new Error(`descriptions ${where}.${key}: the schema has no such object`);
        out[key] = merge(target[key], value, `${where}.${key}`);
      }
    }
    return out;
  };
  return merge(schema, descriptions, '$');
}

/** Reads the contract and the descriptions from `schema/` and merges them (what `npm run gen` generates from). */
export function loadDescribedSchema(): Json {
  const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as Json;
  const descriptions = JSON.parse(fs.readFileSync(DESCRIPTIONS_FILE, 'utf8')) as Json;
  return mergeDescriptions(schema, descriptions);
}

function sortKeys(v: Json): Json {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (isObject(v)) return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])]));
  return v;
}

/** The text the files in `schema/` are written in: keys sorted, indent 1, no final newline. */
export function canonicalJson(v: Json): string {
  return JSON.stringify(sortKeys(v), null, 1);
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): string {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw new Error(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${r.stderr}${r.stdout}`);
  return r.stdout;
}

/** A provider at an exact version: `source` as in `required_providers` (`dmacvicar/libvirt`). */
export interface ProviderPin {
  readonly source: string;
  readonly version: string;
}

/**
 * `terraform providers schema -json` of the provider binary at exactly the pinned version (see the
 * top of this file for which binary), parsed; `log` says where the binary came from.
 */
export function readBinarySchema(pin: ProviderPin, log: (line: string) => void = () => undefined): Json {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-libvirt-provider-schema-'));
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: '1' };
    if (fs.existsSync(OFFLINE_SCRIPT)) {
      env.TF_CLI_CONFIG_FILE = run('/bin/sh', [OFFLINE_SCRIPT, path.join(dir, 'offline.tfrc')], dir, env).trim();
      delete env.TF_PLUGIN_CACHE_DIR;
      log(`provider binary: from the filesystem mirror of ${path.relative(ROOT, OFFLINE_SCRIPT)}`);
    } else {
      log(`provider binary: as terraform installs it with ${process.env.TF_CLI_CONFIG_FILE ? `TF_CLI_CONFIG_FILE=${process.env.TF_CLI_CONFIG_FILE}` : 'its default configuration (the public registry)'}`);
    }
    const config = {
      terraform: { required_providers: { [pin.source.split('/').pop()!]: { source: pin.source, version: pin.version } } },
    };
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(config, null, 2));
    run('terraform', ['init', '-input=false', '-no-color'], dir, env);
    const selected = JSON.parse(run('terraform', ['version', '-json'], dir, env)).provider_selections ?? {};
    const key = `registry.terraform.io/${pin.source}`;
    if (selected[key] !== pin.version) {
      throw new Error(`terraform init selected ${key} ${selected[key] ?? '(none)'}, not ${pin.version}`);
    }
    const text = run('terraform', ['providers', 'schema', '-json'], dir, env);
    log(`read the schema of ${pin.source} ${pin.version} (${Buffer.byteLength(text).toLocaleString('en-US')} bytes)`);
    return JSON.parse(text) as Json;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The two files of `schema/` as they should be, from the binary's schema. */
export function schemaFiles(document: Json): { file: string; text: string }[] {
  const { schema, descriptions } = splitDescriptions(document);
  // the split is only right if merging gives back what terraform printed
  if (canonicalJson(mergeDescriptions(schema, descriptions)) !== canonicalJson(document)) {
    throw new Error('merging the split schema does not give back the provider schema: fix splitDescriptions()');
  }
  return [
    { file: SCHEMA_FILE, text: canonicalJson(schema) },
    { file: DESCRIPTIONS_FILE, text: canonicalJson(descriptions) },
  ];
}

/** Writes `schema/schema.json` and `schema/descriptions.json` from the binary; returns the files that changed. */
export function refreshSchemaFiles(pin: ProviderPin, log: (line: string) => void): string[] {
  const changed: string[] = [];
  for (const { file, text } of schemaFiles(readBinarySchema(pin, log))) {
    const rel = path.relative(ROOT, file);
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) {
      log(`${rel}: unchanged (${Buffer.byteLength(text).toLocaleString('en-US')} bytes)`);
    } else {
      fs.writeFileSync(file, text);
      changed.push(rel);
      log(`${rel}: written (${Buffer.byteLength(text).toLocaleString('en-US')} bytes)`);
    }
  }
  return changed;
}

/** The files of `schema/` that differ from what the binary gives (`differs: ...`, `missing: ...`); empty when none. */
export function checkSchemaFiles(pin: ProviderPin, log: (line: string) => void): string[] {
  const problems: string[] = [];
  for (const { file, text } of schemaFiles(readBinarySchema(pin, log))) {
    const rel = path.relative(ROOT, file);
    if (!fs.existsSync(file)) problems.push(`missing: ${rel}`);
    else if (fs.readFileSync(file, 'utf8') !== text) problems.push(`differs: ${rel}`);
  }
  return problems;
}
