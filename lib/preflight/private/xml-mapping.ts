import * as fs from 'fs';
import * as path from 'path';

/** One Terraform attribute of `schema/xml-mapping.json` and the libvirt XML it stands for. */
export interface MappingNode {
  /** Terraform type as the provider docs print it: `String`, `Number`, `Boolean`, `Attributes`, `Attributes List`, `List of String`. */
  readonly type: string;
  readonly mode?: string;
  /**
   * `name` = element, `@name` = attribute, `elem@attr` = attribute of a flattened child element,
   * `''` = the element's own text, a capitalised name = a union branch (or an untagged Go field).
   * Missing: the attribute has no XML (it steers the provider).
   */
  readonly xml?: string;
  readonly attributes?: Mapping;
  /** The value is the text of element `xml` (flattened with its `xml@attr` siblings). */
  readonly chardata?: boolean;
  /** A boolean that writes the empty element `xml` when true. */
  readonly presence?: boolean;
  /** A boolean written as "yes"/"no". */
  readonly yesno?: boolean;
}

/** The attributes of one object, in libvirtxml's field order (the order libvirt writes them). */
export type Mapping = Readonly<Record<string, MappingNode>>;

let cached: Readonly<Record<string, Mapping>> | undefined;

/**
 * Loads `schema/xml-mapping.json` shipped with the package, once. Resolved relative to this file so it
 * works from `lib/preflight/private/` (ts-jest) and from `dist/lib/preflight/private/` (after tsc).
 */
export function loadXmlMapping(): Readonly<Record<string, Mapping>> {
  if (cached === undefined) {
    const candidates = [
      path.join(__dirname, '..', '..', '..', 'schema', 'xml-mapping.json'),
      path.join(__dirname, '..', '..', '..', '..', 'schema', 'xml-mapping.json'),
    ];
    const file = candidates.find((f) => fs.existsSync(f));
    if (!file) throw new Error(`libvirt XML mapping not found; looked in: ${candidates.join(', ')}`);
    cached = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Mapping>;
  }
  return cached;
}

/** True for a mapping `xml` value that names a union branch or an untagged Go field (capitalised). */
export function isCapitalised(xml: string | undefined): boolean {
  return xml !== undefined && /^[A-Z]/.test(xml);
}

/** True for a capitalised node that selects a union branch (as opposed to an untagged scalar field). */
export function isBranch(node: MappingNode): boolean {
  return isCapitalised(node.xml) && (node.attributes !== undefined || node.presence === true || node.chardata === true);
}

/** The branch names of a union level (empty when the object is not a union). */
export function branchesOf(attributes: Mapping): string[] {
  return Object.values(attributes).filter(isBranch).map((n) => n.xml as string);
}
