/**
 * The XML elements the renderer builds: mutable while the union rules edit them, then written out
 * once as pretty-printed XML, with comments for the values known only at apply.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';

/** An element under construction: built first, serialized once complete (union rules edit parents). */
export class XmlElement {
  readonly attributes = new Map<string, string>();
  readonly children: (XmlElement | RawXml)[] = [];
  /** Comments written just before the element: what stands in for values unknown at synth. */
  readonly notes: string[] = [];
  /** Untagged Go fields (capitalised scalars), written by the union rules or as attributes. */
  readonly untagged = new Map<string, string>();
  private readonly flattened = new Map<string, XmlElement>();
  text?: string;
  omitWhenEmpty = false;
  /** Elements written instead of this one (the chardev UDP source becomes two `<source>` elements). */
  replacement?: XmlElement[];

  constructor(readonly name: string) {}

  /** Sets an attribute; discriminators go first, as libvirt writes them. */
  set(name: string, value: string, first = false): void {
    if (!first) {
      this.attributes.set(name, value);
      return;
    }
    const rest = [...this.attributes].filter(([k]) => k !== name);
    this.attributes.clear();
    for (const [k, v] of [[name, value], ...rest]) this.attributes.set(k, v);
  }

  child(name: string): XmlElement {
    const element = new XmlElement(name);
    this.children.push(element);
    return element;
  }

  /** The child element shared by a flattened value and its `elem@attr` siblings (`<memory unit="MiB">512</memory>`). */
  flat(name: string): XmlElement {
    let element = this.flattened.get(name);
    if (!element) {
      element = this.child(name);
      this.flattened.set(name, element);
    }
    return element;
  }

  isEmpty(): boolean {
    return this.attributes.size === 0 && this.children.length === 0 && this.text === undefined;
  }
}

/** Inner XML given as a string (`metadata = { xml = "<my:meta .../>" }`). */
export class RawXml {
  constructor(readonly xml: string) {}
}

/** Pretty-printed XML, without an XML declaration (libvirt takes documents either way). */
export function serialize(root: XmlElement): string {
  const doc = create({ invalidCharReplacement: '\uFFFD' });
  for (const note of root.notes) doc.com(comment(note));
  write(doc.ele(root.name), root);
  return `${doc.end({ prettyPrint: true, headless: true, indent: '  ' })}\n`;
}

function write(builder: XMLBuilder, element: XmlElement): void {
  for (const [name, value] of element.attributes) builder.att(name, value);
  if (element.text !== undefined) builder.txt(element.text);
  for (const child of element.children) {
    if (child instanceof RawXml) {
      writeRaw(builder, child.xml);
      continue;
    }
    for (const note of child.notes) builder.com(comment(note));
    write(builder.ele(child.name), child);
  }
}

/** Inner XML is parsed and copied; text that is not XML is written as text, for libvirt's schema to reject. */
function writeRaw(builder: XMLBuilder, xml: string): void {
  let fragment: XMLBuilder;
  try {
    fragment = create(`<fragment>${xml}</fragment>`).root();
  } catch {
    builder.txt(xml);
    return;
  }
  fragment.each((child) => {
    // whitespace between elements is layout, which pretty-printing redoes
    if (child.node.nodeType === 3 && (child.node.textContent ?? '').trim() === '') return;
    builder.import(child);
  });
}

/** XML comments may not contain "--" nor end with "-". */
function comment(text: string): string {
  return ` ${text.replace(/--/g, '- -').replace(/-$/, '- ')} `;
}
