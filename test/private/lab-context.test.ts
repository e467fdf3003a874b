/** The context a lab carries for the constructs inside it: prefix, identity root, defaults, machine registration. */
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { identityOf, labContextOf, LabContext, qualify, setLabContext } from '../../lib/private/lab-context';

function context(path: string, prefix: string, depth: number, registered: string[] = []): LabContext<{ image: string }> {
  return { path, prefix, depth, defaults: { image: 'debian' }, registerMachine: (name) => registered.push(name) };
}

describe('lab context', () => {
  test('constructs read the nearest lab above them (not themselves); outside labs there is none', () => {
    // GIVEN a lab inside a lab, and a construct outside both
    const stack = new TerraformStack(Testing.app(), 'test');
    const outer = new Construct(stack, 'outer');
    setLabContext(outer, context('test/outer', 'o', outer.node.scopes.length));
    const inner = new Construct(outer, 'inner');
    setLabContext(inner, context('test/outer/inner', 'o-i', inner.node.scopes.length));
    const vm = new Construct(new Construct(inner, 'group'), 'web');
    const loose = new Construct(stack, 'loose');
    // THEN names are prefixed by the nearest lab, identities start below it
    expect(labContextOf<{ image: string }>(vm)?.defaults.image).toBe('debian');
    expect(labContextOf(inner)?.path).toBe('test/outer');
    expect(labContextOf(outer)).toBeUndefined();
    expect(qualify(vm, 'web')).toBe('o-i-web');
    expect(qualify(loose, 'web')).toBe('web');
    expect(identityOf(vm)).toBe('group/web');
    // outside labs: the path below the app, the stack's id included (what addresses were always derived from)
    expect(identityOf(loose)).toBe('test/loose');
  });

  test('a token name is left alone; machines register with the lab', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const lab = new Construct(stack, 'lab');
    const registered: string[] = [];
    setLabContext(lab, context('test/lab', 'lab', lab.node.scopes.length, registered));
    const web = new Construct(lab, 'web');
    const name = new TerraformVariable(stack, 'name', { type: 'string' }).stringValue;
    expect(qualify(web, name)).toBe(name);
    labContextOf(web)!.registerMachine('lab-web', () => []);
    expect(registered).toEqual(['lab-web']);
  });

  test('a name that is not a string is returned as it is, never converted, for the caller\'s name check to refuse', () => {
    // GIVEN a construct in a lab / WHEN a symbol or a null-prototype object is qualified / THEN it comes back unchanged (no TypeError)
    const stack = new TerraformStack(Testing.app(), 'test');
    const lab = new Construct(stack, 'lab');
    setLabContext(lab, context('test/lab', 'lab', lab.node.scopes.length));
    const web = new Construct(lab, 'web');
    const symbol = Symbol('n');
    const bare = Object.create(null);
    expect(qualify(web, symbol as unknown as string)).toBe(symbol);
    expect(qualify(web, bare)).toBe(bare);
  });
});
