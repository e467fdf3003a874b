/**
 * The documents of the stack's cloud-init disks (user-data, network-config), with their references
 * resolved, for the cloud-init and network-config checks.
 */
import { PlaceholderKind, TemplateResolver } from '../private/template';
import { PreflightCheck } from '../report';
import { asObject, Finding, note, problem } from './check';

/** The cloud-init disks that have `attribute` set, by address. */
export function cloudInitDisks(stack: Record<string, unknown>, attribute: string): [string, unknown][] {
  return Object.entries(asObject(asObject(stack.resource)?.libvirt_cloudinit_disk) ?? {})
    .map(([name, body]): [string, unknown] => [`libvirt_cloudinit_disk.${name}`, asObject(body)?.[attribute]])
    .filter(([, value]) => value !== undefined && value !== null);
}

/** A document of a cloud-init disk with references resolved, and notes for what stays unknown. */
export function cloudInitDocument(resolver: TemplateResolver, check: PreflightCheck, address: string, attribute: string, raw: unknown, findings: Finding[]): string | undefined {
  if (typeof raw !== 'string') {
    findings.push(problem(check, address, `${attribute} is not a string`));
    return undefined;
  }
  const resolved = resolver.resolveString(raw, PlaceholderKind.TEXT);
  for (const expression of resolved.unresolved) {
    findings.push(note(check, address, `${attribute} uses \${${expression}}, known only at apply; a placeholder stands in for it`));
  }
  return String(resolved.value);
}
