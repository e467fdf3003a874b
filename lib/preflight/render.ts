/**
 * The libvirt XML of a synthesized stack: each pool, volume, network and domain rendered into the
 * document the provider would send to libvirt, driven by `schema/xml-mapping.json`.
 */
import { branchesOf, isBranch, isCapitalised, loadXmlMapping, Mapping, MappingNode } from './private/xml-mapping';
import { ExpressionResolver, parseTemplate, PlaceholderKind, TemplateResolver } from './private/template';
import { RawXml, serialize, XmlElement } from './private/xml-element';
import { branchAttributes, Placement, placementAt, UnionSite, unionRule } from './private/xml-unions';

/** One libvirt object of a synthesized stack, as the XML document the provider sends to libvirt. */
export interface RenderedObject {
  /** What kind of libvirt object it is. */
  readonly kind: 'domain' | 'network' | 'pool' | 'volume';
  /** Terraform address, e.g. "libvirt_domain.web_Resource_1A2B3C" */
  readonly address: string;
  /** libvirt name when known */
  readonly name?: string;
  /** for volumes: the pool name (resolved when known) */
  readonly pool?: string;
  /** The libvirt XML the provider would send for it. */
  readonly xml: string;
  /** Values unknown at synth: the Terraform attribute path and the text inside `${...}`. Each has a placeholder in the XML. */
  readonly unresolved: {
    /** The Terraform attribute path. */
    readonly attribute: string;
    /** The text inside `${...}`. */
    readonly expression: string;
  }[];
}

/** Options of {@link renderStack} and {@link renderResource}. */
export interface RenderOptions {
  /** Supplies values known only at apply (computed attributes, function results). Return undefined to leave a reference unresolved. */
  readonly resolve?: (expression: string) => string | number | boolean | undefined;
}

/** The libvirt resource types that stand for a libvirt XML document, in the order they are created. */
const KINDS = [
  { type: 'libvirt_pool', kind: 'pool', root: 'pool' },
  { type: 'libvirt_volume', kind: 'volume', root: 'volume' },
  { type: 'libvirt_network', kind: 'network', root: 'network' },
  { type: 'libvirt_domain', kind: 'domain', root: 'domain' },
] as const;

/** Terraform attribute names whose values are file system paths: their placeholders are absolute paths. */
const PATH_LIKE = /(^|_)(path|file|dir|kernel|initrd|loader|dtb|socket|emulator|nv_ram)$/;

/**
 * Renders every libvirt pool, volume, network and domain of a synthesized stack (the parsed cdk.tf.json,
 * or its JSON text) into the libvirt XML the provider would send, in creation order (pools, volumes,
 * networks, domains), driven by `schema/xml-mapping.json`. Attributes that only steer the provider
 * (`running`, `autostart`, `create`, `destroy`, `wait_for_ip`, a volume's `pool`, ...) and Terraform
 * meta-arguments are left out. References to configured attributes of the stack's own resources are
 * resolved; other values unknown at synth get a placeholder and an XML comment, and are listed in
 * `unresolved`.
 */
export function renderStack(stack: unknown, options: RenderOptions = {}): RenderedObject[] {
  const doc = parseStack(stack);
  const resources = asObject(doc.resource) ?? {};
  const rendered: RenderedObject[] = [];
  for (const { type } of KINDS) {
    for (const name of Object.keys(asObject(resources[type]) ?? {})) rendered.push(renderOne(doc, type, name, options));
  }
  return rendered;
}

/** The Terraform addresses of the stack's libvirt pools, volumes, networks and domains, in creation order. */
export function renderableAddresses(stack: unknown): string[] {
  const resources = asObject(parseStack(stack).resource) ?? {};
  return KINDS.flatMap((k) => Object.keys(asObject(resources[k.type]) ?? {}).map((n) => `${k.type}.${n}`));
}

/**
 * Renders one libvirt resource of a synthesized stack, by Terraform address (`libvirt_domain.web_1A2B3C`).
 * Throws an Error that lists the stack's renderable addresses when there is no such resource.
 */
export function renderResource(stack: unknown, address: string, options: RenderOptions = {}): RenderedObject {
  const doc = parseStack(stack);
  const [type, name, ...rest] = address.replace(/^resource\./, '').split('.');
  const resources = asObject(doc.resource) ?? {};
  if (rest.length === 0 && name !== undefined && KINDS.some((k) => k.type === type) && asObject(resources[type])?.[name] !== undefined) {
    return renderOne(doc, type, name, options);
  }
  const known = renderableAddresses(doc);
  throw new Error(
    `no libvirt domain, network, pool or volume "${address}" in this stack; ` +
    (known.length > 0 ? `its addresses are: ${known.join(', ')}` : 'it has none'),
  );
}

function parseStack(stack: unknown): Record<string, unknown> {
  let doc = stack;
  if (typeof stack === 'string') {
    try {
      doc = JSON.parse(stack);
    } catch (err) {
      throw new Error(`the stack is not valid JSON (${err instanceof Error ? err.message : String(err)}): pass the content of a synthesized cdk.tf.json`);
    }
  }
  const object = asObject(doc);
  if (!object) throw new Error(`expected a synthesized stack (the parsed cdk.tf.json object), got ${Array.isArray(doc) ? 'an array' : typeof doc}`);
  return object;
}

function renderOne(doc: Record<string, unknown>, type: string, name: string, options: RenderOptions): RenderedObject {
  const { kind, root } = KINDS.find((k) => k.type === type) as (typeof KINDS)[number];
  const address = `${type}.${name}`;
  const body = asObject(asObject(asObject(doc.resource)?.[type])?.[name]);
  if (!body) throw new Error(`${address} is not an object in the stack; a synthesized resource is a JSON object of attributes`);
  const mapping = loadXmlMapping()[`resources/${type}`];
  const renderer = new Renderer(new TemplateResolver(doc, options.resolve as ExpressionResolver | undefined));
  const element = new XmlElement(root);
  renderer.fields(element, body, mapping, '', '', { xml: root, schemaPath: '' }, undefined);
  renderer.finish(element);
  if (type === 'libvirt_volume') renderer.volumeCapacity(element, body, address, options);
  return {
    kind,
    address,
    name: renderer.known(body.name),
    pool: type === 'libvirt_volume' ? renderer.known(body.pool) : undefined,
    xml: serialize(element),
    unresolved: renderer.unresolved,
  };
}

class Renderer {
  readonly unresolved: { attribute: string; expression: string }[] = [];

  constructor(private readonly resolver: TemplateResolver) {}

  /**
   * Writes the attributes of one object into `element`, in mapping order. A union level (an object whose
   * mapping has capitalised branches) merges the branch that is set into the same element, then applies
   * the union's rule: where `type=` (or `model=`, `mode=`) goes and what it says.
   */
  fields(element: XmlElement, value: Record<string, unknown>, mapping: Mapping, at: string, schemaPath: string, site: UnionSite, parent: XmlElement | undefined): void {
    for (const [key, node] of Object.entries(mapping)) {
      const raw = Object.hasOwn(value, key) ? value[key] : undefined;
      if (raw === null || raw === undefined || node.xml === undefined) continue;
      this.field(element, key, raw, node, join(at, key), join(schemaPath, key), parent);
    }
    const branches = branchesOf(mapping);
    if (branches.length > 0) this.applyUnion(element, value, mapping, branches, site, parent);
  }

  private field(element: XmlElement, key: string, raw: unknown, node: MappingNode, at: string, schemaPath: string, parent: XmlElement | undefined): void {
    const xml = node.xml as string;
    const isObject = node.attributes !== undefined;
    if (isObject && typeof raw === 'string') {
      // a whole object or list given as one expression: nothing to write until apply
      this.note(element, at, raw);
      return;
    }
    if (xml === '') {
      const text = this.scalar(element, key, raw, node, at);
      if (text === undefined) return;
      if (key === 'xml') element.children.push(new RawXml(text));
      else element.text = text;
    } else if (xml.startsWith('@')) {
      const text = this.scalar(element, key, raw, node, at);
      if (text !== undefined) element.set(xml.slice(1), text);
    } else if (/^[a-z][^@]*@/.test(xml)) {
      const [name, attribute] = xml.split('@');
      const target = element.flat(name);
      const text = this.scalar(target, key, raw, node, at);
      if (text !== undefined) target.set(attribute, text);
    } else if (isBranch(node)) {
      if (node.presence) return; // selected by applyUnion, nothing of its own to write
      if (node.chardata) {
        const text = this.scalar(element, key, raw, node, at);
        if (text !== undefined) element.text = text;
        return;
      }
      const branch = asObject(raw);
      if (branch) this.fields(element, branch, node.attributes as Mapping, at, schemaPath, { xml, parentElement: parent?.name, schemaPath }, parent);
    } else if (isCapitalised(xml)) {
      const text = this.scalar(element, key, raw, node, at);
      if (text !== undefined) element.untagged.set(xml, text);
    } else if (node.presence) {
      if (this.flag(element, raw, at)) element.child(xml);
    } else if (node.chardata) {
      const target = element.flat(xml);
      const text = this.scalar(target, key, raw, node, at);
      if (text !== undefined) target.text = text;
    } else if (node.type === 'Attributes') {
      const object = asObject(raw);
      if (object) this.child(element, xml, object, node, at, schemaPath);
    } else if (node.type === 'Attributes List') {
      if (!Array.isArray(raw)) return;
      raw.forEach((item, i) => {
        const p = `${at}[${i}]`;
        if (typeof item === 'string') this.note(element, p, item);
        const object = asObject(item);
        if (object) this.child(element, xml, object, node, p, schemaPath);
      });
    } else if (node.type.startsWith('List of') || node.type.startsWith('Set of')) {
      if (!Array.isArray(raw)) {
        if (typeof raw === 'string') this.note(element, at, raw);
        return;
      }
      raw.forEach((item, i) => {
        const target = new XmlElement(xml);
        const text = this.scalar(target, key, item, node, `${at}[${i}]`);
        if (text === undefined) return;
        target.text = text;
        element.children.push(target);
      });
    } else {
      const target = new XmlElement(xml);
      const text = this.scalar(target, key, raw, node, at);
      if (text === undefined) return;
      target.text = text;
      element.children.push(target);
    }
  }

  /** Writes a nested object as a child element, then places it (or its replacement, or nothing). */
  private child(parent: XmlElement, name: string, value: Record<string, unknown>, node: MappingNode, at: string, schemaPath: string): void {
    const mapping = node.attributes ?? {};
    // libvirtxml's DomainAddress is a union without XML tags: the provider's schema has it as an empty
    // object, and it marshals to nothing (NOTES §2.4 rule 8).
    if (name === 'address' && Object.keys(mapping).length === 0) return;
    const element = new XmlElement(name);
    this.fields(element, value, mapping, at, schemaPath, { xml: name, parentElement: parent.name, schemaPath }, parent);
    this.finish(element);
    if (element.replacement) parent.children.push(...element.replacement);
    else if (!(element.omitWhenEmpty && element.isEmpty() && element.notes.length === 0)) parent.children.push(element);
  }

  /** Untagged fields that no union rule consumed are written as attributes (lower case). */
  finish(element: XmlElement): void {
    for (const [name, text] of element.untagged) element.set(name.toLowerCase(), text);
    element.untagged.clear();
  }

  private applyUnion(element: XmlElement, value: Record<string, unknown>, mapping: Mapping, branches: string[], site: UnionSite, parent: XmlElement | undefined): void {
    const rule = unionRule(branches);
    if (!rule) throw new Error(`xml-mapping.json has a union the renderer has no rule for (branches ${branches.join(', ')} at ${site.schemaPath})`);
    const selected = Object.entries(mapping).find(([key, node]) => isBranch(node) && isSet(value[key], node))?.[1].xml;
    const attributes: Record<string, string> = selected ? { ...branchAttributes(rule, selected) } : {};
    for (const [member, implied] of Object.entries(rule.members ?? {})) {
      if (value[member] !== null && value[member] !== undefined) Object.assign(attributes, implied);
    }
    const placement = placementAt(rule, site);
    const entries = Object.entries(attributes).reverse(); // set(first) prepends: keep the table's order
    if (placement === Placement.SELF) {
      for (const [k, v] of entries) element.set(k, v, true);
    } else if (placement === Placement.PARENT && parent) {
      for (const [k, v] of entries) parent.set(k, v, true);
      element.omitWhenEmpty = rule.omitWhenEmpty === true;
    } else if (placement === Placement.ADDRESS_CHILD) {
      const address = element.children.find((c): c is XmlElement => c instanceof XmlElement && c.name === 'address');
      for (const [k, v] of entries) address?.set(k, v, true);
    }
    if (rule.splitUdp && selected === 'UDP') {
      // DomainChardevSource.MarshalXML: one <source mode="bind"> and one <source mode="connect">, each only when set
      element.replacement = [['bind', 'Bind'], ['connect', 'Connect']].flatMap(([mode, prefix]) => {
        const host = element.untagged.get(`${prefix}Host`);
        const service = element.untagged.get(`${prefix}Service`);
        if (host === undefined && service === undefined) return [];
        const source = new XmlElement(element.name);
        source.set('mode', mode);
        if (host !== undefined) source.set('host', host);
        if (service !== undefined) source.set('service', service);
        return [source];
      });
      element.untagged.clear();
    }
  }

  /** A scalar as XML text, with references resolved; undefined when there is nothing to write. */
  private scalar(holder: XmlElement, key: string, raw: unknown, node: MappingNode, at: string): string | undefined {
    if (node.type === 'Boolean' && (node.yesno || node.presence)) {
      const flag = this.flag(holder, raw, at);
      if (flag === undefined) return undefined;
      return node.yesno ? (flag ? 'yes' : 'no') : String(flag);
    }
    if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
    if (typeof raw !== 'string') return undefined;
    const kind = PATH_LIKE.test(key) ? PlaceholderKind.PATH : PlaceholderKind.TEXT;
    const resolved = this.resolver.resolveString(raw, kind);
    for (const expression of resolved.unresolved) this.record(holder, at, expression);
    if (resolved.unresolved.length > 0 && node.type === 'Number') return '0';
    return String(resolved.value);
  }

  /** A boolean value (Terraform also takes "true"/"false"); an unknown one is left out and noted. */
  private flag(holder: XmlElement, raw: unknown, at: string): boolean | undefined {
    if (typeof raw === 'boolean') return raw;
    if (raw === 'true' || raw === 'false') return raw === 'true';
    if (typeof raw !== 'string') return undefined;
    const resolved = this.resolver.resolveString(raw);
    if (resolved.unresolved.length > 0) {
      for (const expression of resolved.unresolved) this.record(holder, at, expression);
      return undefined;
    }
    return resolved.value === true || resolved.value === 'true';
  }

  /** Notes every expression of a value that could not be written at all. */
  private note(holder: XmlElement, at: string, raw: string): void {
    const expressions = parseTemplate(raw).filter((p) => p.expression !== undefined).map((p) => p.expression as string);
    for (const expression of expressions.length > 0 ? expressions : [raw]) this.record(holder, at, expression);
  }

  private record(holder: XmlElement, attribute: string, expression: string): void {
    this.unresolved.push({ attribute, expression });
    holder.notes.push(`unresolved: ${attribute} = \${${expression}} (known only at apply)`);
  }

  /**
   * The provider sizes a volume created from `create.content` by the content (NOTES §2.5): without a
   * `capacity`, the XML it sends has the size of the file, known only at apply.
   */
  volumeCapacity(element: XmlElement, body: Record<string, unknown>, address: string, options: RenderOptions): void {
    const hasContent = asObject(asObject(body.create)?.content) !== undefined;
    if (body.capacity !== undefined && body.capacity !== null) return;
    if (!hasContent) return;
    const expression = `${address}.capacity`;
    const supplied = options.resolve?.(expression);
    const capacity = new XmlElement('capacity');
    if (supplied === undefined) {
      capacity.text = '0';
      this.record(capacity, 'capacity', expression);
    } else {
      capacity.text = String(supplied);
    }
    const afterName = element.children.findIndex((c) => c instanceof XmlElement && c.name === 'name') + 1;
    element.children.splice(afterName, 0, capacity);
  }

  /** The value when it is known at synth (a string or number without unresolved references). */
  known(raw: unknown): string | undefined {
    if (typeof raw === 'number') return String(raw);
    if (typeof raw !== 'string') return undefined;
    const resolved = this.resolver.resolveString(raw);
    return resolved.unresolved.length > 0 ? undefined : String(resolved.value);
  }
}

function isSet(raw: unknown, node: MappingNode): boolean {
  if (raw === null || raw === undefined) return false;
  if (node.presence) return raw === true || raw === 'true';
  return true;
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function join(at: string, key: string): string {
  return at ? `${at}.${key}` : key;
}
