import * as fs from 'fs';
import * as path from 'path';
import { rewriteDocumentation } from '../../scripts/gen-bindings';
import { canonicalJson, DESCRIPTIONS_FILE, loadDescribedSchema, mergeDescriptions, SCHEMA_FILE, splitDescriptions } from '../../scripts/provider-schema';

describe('provider schema: contract and descriptions', () => {
  test('the committed files split what they merge into, and the contract carries no description', () => {
    // GIVEN the committed contract and descriptions / WHEN merged and split again
    const described = loadDescribedSchema();
    const { schema, descriptions } = splitDescriptions(described);
    // THEN the split gives back the committed files exactly
    expect(canonicalJson(schema)).toBe(fs.readFileSync(SCHEMA_FILE, 'utf8'));
    expect(canonicalJson(descriptions)).toBe(fs.readFileSync(DESCRIPTIONS_FILE, 'utf8'));
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).not.toMatch(/"description":\s*"/);
    // AND the domain's own attribute named "description" stays in the contract (it is an attribute, not a description)
    expect(JSON.stringify(schema)).toMatch(/"description":\{/);
  });

  test('a description of something the contract lacks, or one that would replace a value, is refused', () => {
    const schema = { a: { type: 'string' } };
    expect(mergeDescriptions(schema, { a: { description: 'the a' } })).toEqual({ a: { type: 'string', description: 'the a' } });
    expect(schema).toEqual({ a: { type: 'string' } });
    expect(() => mergeDescriptions(schema, { b: { description: 'no such' } })).toThrow(/\$\.b: the schema has no such object/);
    expect(() => mergeDescriptions({ a: { description: 'x' } }, { a: { description: 'y' } })).toThrow(/\$\.a\.description: the schema already has it/);
  });
});

describe('rewriteDocumentation', () => {
  const latest = 'https://registry.terraform.io/providers/dmacvicar/libvirt/latest/docs/resources/domain';

  test('links name the pinned version', () => {
    const r = rewriteDocumentation(`/** {@link ${latest} Domain} */\n/** {@link ${latest}#name Domain#name} */`, 'x.ts');
    expect(r.links).toBe(2);
    expect(r.text).not.toContain('/latest/');
    expect(r.text).toContain('https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.7/docs/resources/domain#name');
  });

  test('a link in another shape is refused, naming the file', () => {
    expect(() => rewriteDocumentation('// https://registry.terraform.io/providers/dmacvicar/libvirt/0.9.6/docs', 'y.ts')).toThrow(/^y\.ts: a link to the provider's documentation/);
  });

  test('the generator\'s @param options before a resource constructor becomes @param config, and only there', () => {
    const ctor = ['  /**', '  * @param options LibvirtDomainConfig', '  */', '  public constructor(scope: Construct, id: string, config: DomainConfig) {'].join('\n');
    const r = rewriteDocumentation(ctor, 'z.ts');
    expect(r.paramTags).toBe(1);
    expect(r.text).toContain('* @param config LibvirtDomainConfig');
    const elsewhere = ['  /**', '  * @param options LibvirtDomainConfig', '  */', '  public other(options: X) {'].join('\n');
    expect(() => rewriteDocumentation(elsewhere, 'z.ts')).toThrow(/^z\.ts:2: `@param options` where this script expects it/);
  });

  test('every generated file links to the pinned version only', () => {
    const root = path.resolve(__dirname, '..', '..', 'lib', 'generated');
    const files = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const latestLinks = files.filter((f) => fs.readFileSync(path.join(root, f), 'utf8').includes('/dmacvicar/libvirt/latest/'));
    expect(latestLinks).toEqual([]);
  });
});
