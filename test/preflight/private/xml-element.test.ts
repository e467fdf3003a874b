/**
 * The XML elements the renderer builds, and how they are written (lib/preflight/private/xml-element.ts).
 * What the renderer makes of a stack is tested in ../render.test.ts.
 */
import { RawXml, serialize, XmlElement } from '../../../lib/preflight/private/xml-element';

describe('XmlElement', () => {
  test('a discriminator attribute goes first', () => {
    const element = new XmlElement('interface');
    element.set('name', 'eth0');
    element.set('type', 'network', true);
    expect([...element.attributes.keys()]).toEqual(['type', 'name']);
  });

  test('a flattened value and its attributes share one child', () => {
    const element = new XmlElement('domain');
    expect(element.isEmpty()).toBe(true);
    expect(element.flat('memory')).toBe(element.flat('memory'));
    expect(element.children).toHaveLength(1);
    expect(element.isEmpty()).toBe(false);
  });
});

describe('serialize', () => {
  test('pretty-printed, with notes as comments that never hold "--"', () => {
    const root = new XmlElement('network');
    root.notes.push('unresolved: name = ${a--b-} (known only at apply)');
    root.child('name').text = 'n';
    const bridge = root.child('bridge');
    bridge.notes.push('unresolved: x-');
    bridge.set('name', 'br0');
    expect(serialize(root)).toBe([
      '<!-- unresolved: name = ${a- -b-} (known only at apply) -->',
      '<network>',
      '  <name>n</name>',
      '  <!-- unresolved: x-  -->',
      '  <bridge name="br0"/>',
      '</network>',
      '',
    ].join('\n'));
  });

  test('inner XML is copied as XML; text that is not XML is written as text', () => {
    const root = new XmlElement('metadata');
    root.children.push(new RawXml('<my:meta xmlns:my="urn:x">\n  <a/>\n</my:meta>'));
    expect(serialize(root)).toBe('<metadata>\n  <my:meta xmlns:my="urn:x">\n    <a/>\n  </my:meta>\n</metadata>\n');
    const broken = new XmlElement('metadata');
    broken.children.push(new RawXml('<unclosed'));
    expect(serialize(broken)).toBe('<metadata>&lt;unclosed</metadata>\n');
  });
});
