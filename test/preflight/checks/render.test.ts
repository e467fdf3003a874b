/**
 * The render check (lib/preflight/checks/render.ts): the libvirt XML of each object, with notes for
 * values known only at apply.
 */
import { checkRender } from '../../../lib/preflight/checks/render';

describe('checkRender', () => {
  const stack = { resource: { libvirt_network: { n: { name: 'n', bridge: { name: '${var.bridge}' } } }, libvirt_domain: { d: 'oops' } } };

  test('renders what it can: a value known only at apply is a note, a resource it cannot render a problem', () => {
    const result = checkRender(stack);
    expect(result.objects.map((o) => o.address)).toEqual(['libvirt_network.n']);
    expect(result.count).toBe(1);
    expect(result.findings).toEqual([
      { problem: false, check: 'render', address: 'libvirt_network.n', message: 'bridge.name = ${var.bridge} is known only at apply; a placeholder stands in for it' },
      {
        problem: true,
        check: 'render',
        address: 'libvirt_domain.d',
        message: 'cannot render its libvirt XML: libvirt_domain.d is not an object in the stack; a synthesized resource is a JSON object of attributes',
      },
    ]);
  });

  test('the resolve option supplies values known only at apply', () => {
    const result = checkRender({ resource: { libvirt_network: stack.resource.libvirt_network } }, { resolve: (e) => (e === 'var.bridge' ? 'br0' : undefined) });
    expect(result.findings).toEqual([]);
    expect(result.objects[0].xml).toContain('<bridge name="br0"/>');
  });
});
