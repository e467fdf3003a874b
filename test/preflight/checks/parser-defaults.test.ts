/**
 * The defaults libvirt's parser fills in (lib/preflight/checks/parser-defaults.ts). The rendered
 * examples against libvirt's schemas are in ../render.test.ts.
 */
import { withParserDefaults } from '../../../lib/preflight/checks/parser-defaults';
import { RenderedObject } from '../../../lib/preflight/render';

const object = (kind: RenderedObject['kind'], xml: string[]): RenderedObject => ({ kind, address: `libvirt_${kind}.x`, xml: `${xml.join('\n')}\n`, unresolved: [] });

describe('withParserDefaults', () => {
  test('a character device without type is a pty; one with a type keeps it', () => {
    const domain = object('domain', [
      '<domain type="kvm">',
      '  <name>vm</name>',
      '  <devices>',
      '    <serial>',
      '      <target port="0"/>',
      '    </serial>',
      '    <console type="file">',
      '      <target port="0"/>',
      '    </console>',
      '    <channel/>',
      '  </devices>',
      '</domain>',
    ]);
    expect(withParserDefaults(domain)).toBe(domain.xml.replace('<serial>', '<serial type="pty">').replace('<channel/>', '<channel type="pty"/>'));
  });

  test('a volume without <target> gets one, at the end; other objects stay as rendered', () => {
    const volume = object('volume', ['<volume>', '  <name>v</name>', '  <capacity>1</capacity>', '</volume>']);
    expect(withParserDefaults(volume)).toBe('<volume>\n  <name>v</name>\n  <capacity>1</capacity>\n  <target/>\n</volume>\n');
    const withTarget = object('volume', ['<volume>', '  <name>v</name>', '  <target>', '    <format type="raw"/>', '  </target>', '</volume>']);
    expect(withParserDefaults(withTarget)).toBe(withTarget.xml);
    const network = object('network', ['<network>', '  <name>n</name>', '  <bridge name="br0"/>', '</network>']);
    expect(withParserDefaults(network)).toBe(network.xml);
  });
});
