import {
  mentionsPlaceholder,
  parseTemplate,
  PlaceholderKind,
  placeholderFor,
  TemplateResolver,
  unescapeTemplate,
} from '../../../lib/preflight/private/template';

describe('parseTemplate', () => {
  test('splits literal text and ${...} expressions', () => {
    expect(parseTemplate('seed ${libvirt_cloudinit_disk.x.id} done')).toEqual([
      { literal: 'seed ' },
      { expression: 'libvirt_cloudinit_disk.x.id' },
      { literal: ' done' },
    ]);
  });

  test('undoes the $${ and %%{ escapes into literal text', () => {
    expect(parseTemplate('echo $${HOME} %%{ if }')).toEqual([{ literal: 'echo ${HOME} %{ if }' }]);
    expect(unescapeTemplate('a $${b} c')).toBe('a ${b} c');
  });

  test('finds the closing brace past nested braces and quoted strings', () => {
    const parts = parseTemplate('x${jsonencode({ "a" = "}" })}y');
    expect(parts).toEqual([{ literal: 'x' }, { expression: 'jsonencode({ "a" = "}" })' }, { literal: 'y' }]);
  });

  test('keeps a %{ directive whole, and strip markers out of expressions', () => {
    expect(parseTemplate('%{ if true }a%{ endif }')).toEqual([
      { expression: '%{ if true }' },
      { literal: 'a' },
      { expression: '%{ endif }' },
    ]);
    expect(parseTemplate('${~ local.a ~}')).toEqual([{ expression: 'local.a' }]);
  });

  test('an unterminated template stays text', () => {
    expect(parseTemplate('a ${b')).toEqual([{ literal: 'a ${b' }]);
  });
});

describe('placeholders', () => {
  test('are visible, safe in XML and YAML, and absolute for paths', () => {
    expect(placeholderFor('libvirt_volume.base.path', PlaceholderKind.PATH)).toBe('/unresolved/libvirt_volume.base.path');
    expect(placeholderFor('trimspace(file("k.pub"))')).toBe('unresolved-trimspace_file_k.pub');
  });

  test('mentionsPlaceholder tells a complaint about a placeholder from one about a real value', () => {
    expect(mentionsPlaceholder("unable to parse mac address 'unresolved-libvirt_volume.x.id'")).toBe(true);
    expect(mentionsPlaceholder('<path>/unresolved/libvirt_volume.x.path</path>')).toBe(true);
    expect(mentionsPlaceholder("unable to parse mac address 'zz'")).toBe(false);
    expect(mentionsPlaceholder('the unresolved question')).toBe(false);
  });
});

describe('TemplateResolver', () => {
  const stack = {
    locals: { prefix: 'lab', key: '${trimspace(file("k.pub"))}' },
    resource: {
      libvirt_pool: { p: { name: 'pool-${local.prefix}', type: 'dir' } },
      libvirt_network: { n: { name: 'net', ips: [{ address: '10.0.0.1', prefix: 24 }] } },
      libvirt_volume: { v: { name: 'disk', pool: '${libvirt_pool.p.name}', capacity: 10 } },
      libvirt_domain: { a: { name: '${libvirt_domain.b.name}' }, b: { name: '${libvirt_domain.a.name}' } },
      'null_resource': { 'with-dash': { triggers: { x: 'y' } } },
    },
    data: { libvirt_node_info: { host: { id: 'ignored' } } },
  };
  const resolver = new TemplateResolver(stack);

  test('resolves configured attributes of the stack, through references and locals', () => {
    expect(resolver.resolveString('${libvirt_volume.v.pool}')).toEqual({ value: 'pool-lab', unresolved: [] });
    expect(resolver.resolveString('${libvirt_network.n.ips[0].address}/${libvirt_network.n.ips[0].prefix}').value).toBe('10.0.0.1/24');
    expect(resolver.resolveString('${null_resource.with-dash.triggers["x"]}').value).toBe('y');
    expect(resolver.resolveString('${data.libvirt_node_info.host.id}').value).toBe('ignored');
  });

  test('a whole-value reference keeps the type of its value', () => {
    expect(resolver.resolveString('${libvirt_volume.v.capacity}').value).toBe(10);
    expect(resolver.resolveString('size ${libvirt_volume.v.capacity}').value).toBe('size 10');
  });

  test('computed attributes, function calls, variables and cycles stay unresolved, with placeholders', () => {
    expect(resolver.resolveString('${libvirt_volume.v.path}', PlaceholderKind.PATH)).toEqual({
      value: '/unresolved/libvirt_volume.v.path',
      unresolved: ['libvirt_volume.v.path'],
    });
    expect(resolver.resolveString('key: ${local.key}')).toEqual({ value: 'key: unresolved-local.key', unresolved: ['local.key'] });
    expect(resolver.resolveString('${var.x}').unresolved).toEqual(['var.x']);
    expect(resolver.resolveString('${libvirt_domain.a.name}').unresolved).toEqual(['libvirt_domain.a.name']);
    expect(resolver.resolveString('${upper("a")}').unresolved).toEqual(['upper("a")']);
  });

  test('the resolve callback supplies what only apply knows', () => {
    const withApply = new TemplateResolver(stack, (e) => (e === 'libvirt_volume.v.path' ? '/pools/lab/disk' : undefined));
    expect(withApply.resolveString('${libvirt_volume.v.path}')).toEqual({ value: '/pools/lab/disk', unresolved: [] });
    expect(withApply.resolveString('${libvirt_volume.v.key}').unresolved).toEqual(['libvirt_volume.v.key']);
  });

  test('escaped text is unescaped', () => {
    expect(resolver.resolveString('echo $${HOME}')).toEqual({ value: 'echo ${HOME}', unresolved: [] });
  });
});
