import * as fs from 'fs';
import * as path from 'path';

/** One place where a synthesized stack does not conform to the provider schema. */
export interface SchemaProblem {
  /** e.g. 'resource.libvirt_domain.web1' or 'data.libvirt_domain_interface_addresses.web1' or 'provider.libvirt[0]' */
  readonly address: string;
  /** attribute path inside the object, e.g. 'devices.disks[0].driver.type' ('' for the object itself) */
  readonly path: string;
  /** One line, says what is wrong and what the schema wants; starts with the address and path. */
  readonly message: string;
}

// The subset of `terraform providers schema -json` (format 1.0) that the checker reads.
interface Attribute {
  type?: unknown;
  nested_type?: NestedType;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
}
interface Block {
  attributes?: Record<string, Attribute>;
  block_types?: Record<string, BlockType>;
}
interface NestedType extends Block {
  nesting_mode: string;
  min_items?: number;
  max_items?: number;
}
interface BlockType extends NestedType {
  block: Block;
}
interface ProviderSchema {
  provider?: { block: Block };
  resource_schemas?: Record<string, { block: Block }>;
  data_source_schemas?: Record<string, { block: Block }>;
}

type Report = (path: string, message: string) => void;

const PROVIDER_KEY = 'registry.terraform.io/dmacvicar/libvirt';
/** Terraform meta-arguments (and cdktf's `//` metadata) are not part of any provider schema. */
const RESOURCE_META = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner', 'connection', '//']);
const PROVIDER_META = new Set(['alias', 'version', '//']);

let cachedSchema: unknown;

/**
 * Loads the pinned provider schema shipped with the package (`schema/schema.json`), once.
 * Resolved relative to this file so it works from `lib/` (ts-jest) and from `dist/lib/` (after tsc).
 */
export function loadProviderSchema(): unknown {
  if (cachedSchema === undefined) {
    const candidates = [
      path.join(__dirname, '..', 'schema', 'schema.json'),
      path.join(__dirname, '..', '..', 'schema', 'schema.json'),
    ];
    const file = candidates.find((f) => fs.existsSync(f));
    if (!file) throw new Error(`libvirt provider schema not found; looked in: ${candidates.join(', ')}`);
    cachedSchema = JSON.parse(fs.readFileSync(file, 'utf8'));
  }
  return cachedSchema;
}

/**
 * Checks every libvirt resource, data source and provider block of a synthesized stack (the parsed
 * cdk.tf.json object, or its JSON text) against the provider schema (default: {@link loadProviderSchema}).
 * Objects of other providers are skipped. Returns all problems (empty = conforms).
 */
export function checkSchemaConformance(stack: unknown, schema?: unknown): SchemaProblem[] {
  const doc = typeof stack === 'string' ? JSON.parse(stack) : stack;
  const provider = findProviderSchema(schema ?? loadProviderSchema());
  const problems: SchemaProblem[] = [];
  const reporter = (address: string): Report => (p, message) =>
    problems.push({ address, path: p, message: `${address}${p ? ` ${p}` : ''}: ${message}` });

  const sections = [
    ['resource', 'resource', provider.resource_schemas ?? {}],
    ['data', 'data source', provider.data_source_schemas ?? {}],
  ] as const;
  for (const [section, kind, schemas] of sections) {
    for (const [type, instances] of objectEntries(field(doc, section))) {
      if (!type.startsWith('libvirt_')) continue;
      for (const [name, body] of objectEntries(instances)) {
        const report = reporter(`${section}.${type}.${name}`);
        const typeSchema = own(schemas, type);
        if (typeSchema) checkBlock(typeSchema.block, body, '', report, RESOURCE_META);
        else report('', `unknown ${kind} type "${type}": the provider schema has ${Object.keys(schemas).join(', ')}`);
      }
    }
  }

  // Terraform JSON allows one provider block as an object, or several (aliases) as an array.
  const configs = field(field(doc, 'provider'), 'libvirt');
  const providerBlock = provider.provider?.block ?? {};
  (Array.isArray(configs) ? configs : configs == null ? [] : [configs]).forEach((config, i) =>
    checkBlock(providerBlock, config, '', reporter(`provider.libvirt[${i}]`), PROVIDER_META),
  );
  return problems;
}

/** Same as {@link checkSchemaConformance}, but throws an Error listing every problem, one per line, when there is any. */
export function assertSchemaConformance(stack: unknown, schema?: unknown): void {
  const problems = checkSchemaConformance(stack, schema);
  if (problems.length > 0) {
    const n = problems.length;
    throw new Error(`${n} schema problem${n === 1 ? '' : 's'}:\n${problems.map((p) => p.message).join('\n')}`);
  }
}

function findProviderSchema(schema: unknown): ProviderSchema {
  const doc = typeof schema === 'string' ? JSON.parse(schema) : schema;
  const providers = field(doc, 'provider_schemas');
  const key = field(providers, PROVIDER_KEY) ? PROVIDER_KEY : objectEntries(providers).find(([k]) => k.endsWith('/libvirt'))?.[0];
  if (!key) throw new Error(`schema has no provider_schemas["${PROVIDER_KEY}"]`);
  return field(providers, key) as ProviderSchema;
}

/** Checks an object against a block (a nested_type is a block with attributes only). */
function checkBlock(block: Block, value: unknown, at: string, report: Report, meta?: Set<string>): void {
  if (!isObject(value)) return report(at, `expected an object, got ${describe(value)}`);
  const attributes = block.attributes ?? {};
  const blocks = block.block_types ?? {};
  for (const [key, v] of Object.entries(value)) {
    const p = join(at, key);
    const attribute = own(attributes, key);
    const blockType = own(blocks, key);
    if (meta?.has(key)) continue;
    if (attribute) {
      if (v !== null) checkAttribute(attribute, v, p, report); // null counts as unset
    } else if (blockType) {
      if (v !== null) checkNested(blockType, blockType.block, v, p, report, true);
    } else report(p, `unknown attribute "${key}"${suggest(key, [...Object.keys(attributes), ...Object.keys(blocks)])}`);
  }
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.required && own(value, name) == null) {
      const wanted = attribute.nested_type ? `${attribute.nested_type.nesting_mode} nested attribute` : typeName(attribute.type ?? 'dynamic');
      report(join(at, name), `missing required attribute "${name}" (${wanted})`);
    }
  }
  for (const [name, blockType] of Object.entries(blocks)) {
    if ((blockType.min_items ?? 0) > 0 && own(value, name) == null) {
      report(join(at, name), `missing required block "${name}" (min_items ${blockType.min_items})`);
    }
  }
}

function checkAttribute(attribute: Attribute, value: unknown, at: string, report: Report): void {
  if (attribute.computed && !attribute.optional && !attribute.required) {
    return report(at, 'computed-only attribute: the provider sets it, the config must not (read it as a reference instead)');
  }
  if (attribute.nested_type) checkNested(attribute.nested_type, attribute.nested_type, value, at, report, false);
  else checkType(attribute.type ?? 'dynamic', value, at, report);
}

/**
 * Checks a nested attribute (protocol 6) or a nested block. Terraform's JSON syntax lets a list/set
 * block be one object or an array of objects, but a nested attribute must have the exact shape.
 */
function checkNested(nesting: NestedType, body: Block, value: unknown, at: string, report: Report, isBlock: boolean): void {
  if (isExpression(value)) return;
  const mode = nesting.nesting_mode;
  const single = mode === 'single' || mode === 'group';
  let elements: [string, unknown][];
  if (mode === 'map') {
    if (!isObject(value)) return report(at, `wrong type: expected a map of objects, got ${describe(value)}`);
    elements = Object.entries(value).map(([k, v]) => [`${at}[${JSON.stringify(k)}]`, v]);
  } else if (Array.isArray(value) && (isBlock || !single)) {
    elements = value.map((v, i) => [`${at}[${i}]`, v]);
  } else if (isObject(value) && (isBlock || single)) {
    elements = [[at, value]];
  } else {
    return report(at, `wrong type: expected ${single ? 'a single object' : `a ${mode} of objects`}, got ${describe(value)}`);
  }
  const max = single ? 1 : nesting.max_items;
  if (elements.length < (nesting.min_items ?? 0)) report(at, `too few items: ${elements.length}, min_items is ${nesting.min_items}`);
  if (max !== undefined && max > 0 && elements.length > max) report(at, `too many items: ${elements.length}, max_items is ${max}`);
  for (const [p, element] of elements) {
    if (element !== null && !isExpression(element)) checkBlock(body, element, p, report);
  }
}

/** Checks a value against a cty type (JSON form: "string", ["list", T], ["object", {...}], ...). */
function checkType(type: unknown, value: unknown, at: string, report: Report): void {
  if (value === null || isExpression(value) || type === 'dynamic') return;
  const wrong = (): void => report(at, `wrong type: expected ${typeName(type)}, got ${describe(value)}`);
  if (type === 'string') return typeof value === 'string' ? undefined : wrong();
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value) ? undefined : wrong();
  if (type === 'bool') return typeof value === 'boolean' ? undefined : wrong();
  if (!Array.isArray(type)) return; // a type this checker does not know: do not guess
  const [kind, inner] = type as [string, unknown];
  if (kind === 'list' || kind === 'set') {
    if (!Array.isArray(value)) return wrong();
    value.forEach((v, i) => checkType(inner, v, `${at}[${i}]`, report));
  } else if (kind === 'tuple') {
    const types = inner as unknown[];
    if (!Array.isArray(value) || value.length !== types.length) return wrong();
    value.forEach((v, i) => checkType(types[i], v, `${at}[${i}]`, report));
  } else if (kind === 'map') {
    if (!isObject(value)) return wrong();
    for (const [k, v] of Object.entries(value)) checkType(inner, v, `${at}[${JSON.stringify(k)}]`, report);
  } else if (kind === 'object') {
    if (!isObject(value)) return wrong();
    // Lenient on purpose: missing keys are not reported, only unknown keys and wrong types.
    const attributeTypes = inner as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) {
      if (!Object.hasOwn(attributeTypes, k)) report(join(at, k), `unknown attribute "${k}"${suggest(k, Object.keys(attributeTypes))}`);
      else checkType(attributeTypes[k], v, join(at, k), report);
    }
  }
}

/** A string holding `${` is an unresolved reference or function call, which may stand for any type. */
function isExpression(value: unknown): boolean {
  return typeof value === 'string' && value.includes('${');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property, never one inherited from Object.prototype (a config key may be "constructor"). */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function field(value: unknown, key: string): unknown {
  return isObject(value) ? own(value, key) : undefined;
}

function objectEntries(value: unknown): [string, unknown][] {
  return isObject(value) ? Object.entries(value) : [];
}

function join(at: string, key: string): string {
  return at ? `${at}.${key}` : key;
}

function typeName(type: unknown): string {
  if (typeof type === 'string') return type;
  if (!Array.isArray(type)) return JSON.stringify(type);
  const [kind, inner] = type as [string, unknown];
  return kind === 'object' || kind === 'tuple' ? kind : `${kind}(${typeName(inner)})`;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (isObject(value)) return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return `${typeof value === 'boolean' ? 'bool' : typeof value} ${text.length > 60 ? text.slice(0, 57) + '...' : text}`;
}

/** A "did you mean" hint for a misspelt attribute: the closest name within edit distance 2. */
function suggest(key: string, names: string[]): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const name of names) {
    const d = editDistance(key, name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  if (best) return ` (did you mean "${best}"?)`;
  return names.length <= 10 ? ` (the schema allows here: ${names.join(', ') || 'nothing'})` : ' (not in the schema at this level)';
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}
