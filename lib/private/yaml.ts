import { stringify } from 'yaml';

/**
 * YAML for the guest's tools. cloud-init reads YAML 1.1 (PyYAML), where an unquoted MAC such as
 * 52:54:00:12:34:56 is a base-60 integer and `on`/`yes` are booleans: rendering in 1.1 mode quotes
 * every such string. No anchors or aliases: some consumers do not follow them.
 */
export function toGuestYaml(doc: unknown): string {
  return stringify(doc, { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false });
}
