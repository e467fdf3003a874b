/**
 * The defaults libvirt's parser fills in but its RELAX NG schemas do not know, added to a rendered
 * object's XML before the schema check.
 */
import { create } from 'xmlbuilder2';
import { RenderedObject } from '../render';

/**
 * The XML with the defaults libvirt's parser fills in but its RELAX NG schemas do not know, so that the
 * schema check judges what libvirt accepts (the provider sends these shapes, and libvirt takes them):
 * a character device without `type` is a pty (`<serial><target port="0"/></serial>`), and a volume
 * without `<target>` gets its pool's default format. Elements are only added at the end or given an
 * attribute, so the line numbers of the tools' messages still match the rendered XML.
 */
export function withParserDefaults(object: RenderedObject): string {
  const doc = create(object.xml);
  const root = doc.root();
  if (object.kind === 'domain') {
    root.each((devices) => {
      if (devices.node.nodeName !== 'devices') return;
      devices.each((device) => {
        const element = device.node as unknown as { nodeName: string; hasAttribute(name: string): boolean };
        if (['serial', 'console', 'channel', 'parallel'].includes(element.nodeName) && !element.hasAttribute('type')) device.att('type', 'pty');
      });
    });
  } else if (object.kind === 'volume') {
    let hasTarget = false;
    root.each((child) => {
      if (child.node.nodeName === 'target') hasTarget = true;
    });
    if (!hasTarget) root.ele('target');
  }
  return `${doc.end({ prettyPrint: true, headless: true, indent: '  ' })}\n`;
}
