/**
 * The render check: the libvirt XML of every pool, volume, network and domain of the stack, with a
 * note for each value known only at apply; the other checks then look at these objects.
 */
import { renderableAddresses, RenderedObject, renderResource, RenderOptions } from '../render';
import { PreflightCheck } from '../report';
import { CheckResult, Finding, note, problem } from './check';

/** What the render check found, and the objects it rendered. */
export interface RenderResult extends CheckResult {
  readonly objects: RenderedObject[];
}

/** Renders each libvirt object of the stack; one that cannot be rendered is a problem. */
export function checkRender(stack: Record<string, unknown>, options: RenderOptions = {}): RenderResult {
  const objects: RenderedObject[] = [];
  const findings: Finding[] = [];
  for (const address of renderableAddresses(stack)) {
    try {
      const object = renderResource(stack, address, { resolve: options.resolve });
      objects.push(object);
      for (const u of object.unresolved) {
        findings.push(note(PreflightCheck.RENDER, address, `${u.attribute} = \${${u.expression}} is known only at apply; a placeholder stands in for it`));
      }
    } catch (err) {
      findings.push(problem(PreflightCheck.RENDER, address, `cannot render its libvirt XML: ${err instanceof Error ? err.message : String(err)}`));
    }
  }
  return { findings, count: objects.length, objects };
}
