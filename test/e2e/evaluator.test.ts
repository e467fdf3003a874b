/**
 * Unit tests of the real-libvirt tier's own machinery that need no root and no libvirt: the
 * Terraform expression evaluator, the plan reader, and what it derives from seeds. They run with
 * `npm test` (only *.e2e.test.ts files need the real libvirt).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Testing } from 'cdktf';
import { evaluateDeep, evaluateExpression, evaluateTemplate, ExpressionError, referencesIn, Traversal, Value } from '../../e2e/hcl';
import { LABS } from '../../e2e/labs';
import { loadPlan, topologicalOrder } from '../../e2e/plan';
import { shellify } from '../../e2e/expect';

const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB6Tj3nFz0uLJ5Yw0Wm7d0wqsQ6b8b9fS0sUQdY2Q0sx e2e@test';

function lookupFrom(values: Record<string, Value>): (t: Traversal) => Value {
  return (t) => {
    const key = [t.root, ...t.steps].join('.');
    if (!(key in values)) throw new ExpressionError(`unknown ${key}`);
    return values[key];
  };
}

describe('the e2e evaluator (e2e/hcl.ts)', () => {
  const lookup = lookupFrom({
    'libvirt_volume.base.path': '/pool/base.qcow2',
    'random_password.token.result': 'a"b<c>&d',
    'local.content': 'abc',
    'libvirt_domain.web.vcpu': 2,
  });

  test('interpolates references into templates, and a lone interpolation keeps its type', () => {
    expect(evaluateTemplate('disk ${libvirt_volume.base.path}!', lookup, 't')).toBe('disk /pool/base.qcow2!');
    expect(evaluateTemplate('${libvirt_domain.web.vcpu}', lookup, 't')).toBe(2);
    expect(evaluateTemplate('${libvirt_domain.web.vcpu} cpus', lookup, 't')).toBe('2 cpus');
  });

  test('undoes the $${ and %%{ escapes and leaves other text alone', () => {
    expect(evaluateTemplate('echo $${HOME} %%{x} $5 % {', lookup, 't')).toBe('echo ${HOME} %{x} $5 % {');
  });

  test('evaluates the functions the constructs use, as Terraform does', () => {
    expect(evaluateTemplate('${pathexpand("~/.cache")}/x', lookup, 't')).toBe(`${os.homedir()}/.cache/x`);
    expect(evaluateTemplate('${substr(sha256(local.content), 0, 12)}', lookup, 't'))
      .toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'.slice(0, 12));
    // Terraform's jsonencode escapes <, > and & like Go's encoding/json
    expect(evaluateTemplate('${jsonencode(random_password.token.result)}', lookup, 't')).toBe('"a\\"b\\u003cc\\u003e\\u0026d"');
    expect(evaluateExpression('join("-", ["a", "b"])', lookup, 't')).toBe('a-b');
    expect(evaluateExpression('substr("hello", 1, -1)', lookup, 't')).toBe('ello');
    expect(evaluateTemplate('${jsonencode({a = 1, "b" = [true, null]})}', lookup, 't')).toBe('{"a":1,"b":[true,null]}');
  });

  test('string escapes inside quoted strings', () => {
    expect(evaluateTemplate('${jsonencode("a\\nb\\"c")}', lookup, 't')).toBe('"a\\nb\\"c"');
  });

  test.each([
    ['an operator', '${libvirt_domain.web.vcpu + 1}', /unsupported operator/],
    ['a conditional', '${true ? "a" : "b"}', /unsupported operator/],
    ['a for expression', '${[for x in local.content : x]}', /for expressions/],
    ['a directive', '%{ if true }x%{ endif }', /directives/],
    ['a splat', '${libvirt_volume.base[*].path}', /splat/],
    ['an unknown function', '${file("/etc/passwd")}', /function file\(\) is not evaluated/],
    ['an unknown reference', '${var.nope}', /unknown var.nope/],
    ['an unterminated interpolation', 'x ${local.content', /unsupported syntax inside/],
  ])('refuses %s loudly', (_what, text, message) => {
    expect(() => evaluateTemplate(text, lookup, 'somewhere')).toThrow(message);
    expect(() => evaluateTemplate(text, lookup, 'somewhere')).toThrow(/^somewhere: /);
  });

  test('evaluates every string of a JSON value', () => {
    expect(evaluateDeep({ a: ['${local.content}', 3], b: { c: '$${x}' } }, lookup, 'r')).toEqual({ a: ['abc', 3], b: { c: '${x}' } });
  });
});

describe('the e2e plan reader (e2e/plan.ts)', () => {
  const stack = {
    locals: { seed: '${libvirt_cloudinit_disk.seed.id}-x' },
    resource: {
      libvirt_pool: { p: { name: 'p', type: 'dir', target: { path: '/p' } } },
      libvirt_cloudinit_disk: { seed: { name: 's', user_data: '#cloud-config\n', meta_data: 'instance-id: ${local.seed}' } },
      libvirt_volume: { v: { name: 'v', pool: '${libvirt_pool.p.name}', create: { content: { url: '${terraform_data.img.output.path}' } } } },
      terraform_data: { img: { input: { path: '/x' } }, dns: { input: { n: 1 }, depends_on: ['libvirt_volume.v'] } },
      libvirt_domain: { d: { name: 'd', description: '${local.seed}', lifecycle: { replace_triggered_by: ['libvirt_volume.v'] } } },
    },
  };

  test('derives dependencies from references, locals, depends_on and replace_triggered_by', () => {
    const plan = loadPlan(stack);
    expect(plan.resources.get('libvirt_volume.v')!.dependsOn).toEqual(['libvirt_pool.p', 'terraform_data.img']);
    expect(plan.resources.get('terraform_data.dns')!.dependsOn).toEqual(['libvirt_volume.v']);
    expect(plan.resources.get('libvirt_domain.d')!.dependsOn).toEqual(['libvirt_cloudinit_disk.seed', 'libvirt_volume.v']);
    const order = topologicalOrder(plan.resources);
    expect(order.indexOf('libvirt_pool.p')).toBeLessThan(order.indexOf('libvirt_volume.v'));
    expect(order.indexOf('libvirt_volume.v')).toBeLessThan(order.indexOf('libvirt_domain.d'));
  });

  test('refuses resource types it cannot apply, and references to nothing', () => {
    expect(() => loadPlan({ resource: { null_resource: { x: {} } } })).toThrow(/does not know how to apply a null_resource/);
    expect(() => loadPlan({ resource: { libvirt_pool: { p: { name: '${libvirt_pool.q.name}' } } } })).toThrow(/not a resource of the plan/);
  });

  test.each(LABS.map((l) => [l.name, l] as const))('examples/%s uses only what the evaluator understands', (_name, lab) => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-eval-'));
    const json = JSON.parse(Testing.synth(lab.build(new App({ outdir }), KEY)));
    fs.rmSync(outdir, { recursive: true, force: true });
    const plan = loadPlan(json);
    // parse every string of every resource and local: a template the evaluator would refuse throws here
    for (const r of plan.resources.values()) referencesIn(r.config, r.address);
    for (const [name, value] of Object.entries(plan.locals)) referencesIn(value, `local.${name}`);
    expect([...plan.resources.values()].some((r) => r.type === 'libvirt_domain')).toBe(true);
  });
});

describe('cloud-init runcmd script (e2e/expect.ts shellify)', () => {
  test('writes strings as they are and quotes list items as cloud-init does', () => {
    expect(shellify(['echo hi', ['sh', '-c', "echo 'x'"], null])).toBe("#!/bin/sh\necho hi\n'sh' '-c' 'echo '\\''x'\\'''\n");
  });
});
