/**
 * The schema check: the stack against the pinned provider schema (`checkSchemaConformance`).
 */
import { checkSchemaConformance } from '../../schema-check';
import { PreflightCheck } from '../report';
import { asObject, CheckResult, problem } from './check';

/** Each schema problem of the stack, by resource address; counts the stack's libvirt resources. */
export function checkSchema(stack: Record<string, unknown>): CheckResult {
  const findings = checkSchemaConformance(stack).map((p) => {
    const address = p.address.replace(/^resource\./, '');
    return problem(PreflightCheck.SCHEMA, address, p.message.slice(p.address.length).replace(/^:? /, ''));
  });
  return { findings, count: countResources(stack) };
}

/** How many libvirt resources (`libvirt_*`) the stack has. */
export function countResources(stack: Record<string, unknown>): number {
  return Object.entries(asObject(stack.resource) ?? {})
    .filter(([type]) => type.startsWith('libvirt_'))
    .reduce((n, [, instances]) => n + Object.keys(asObject(instances) ?? {}).length, 0);
}
