import { createHash } from 'crypto';
import { DefaultTokenResolver, Lazy, StringConcat, TerraformResource, TerraformStack, Tokenization } from 'cdktf';
import { IConstruct } from 'constructs';
import { TerraformData } from '../terraform-data';

/**
 * Provider 0.9.7 cannot change a domain, network, pool or volume in place: pools and volumes refuse
 * every update ("Update Not Supported"), a network applies only `autostart` and then reads back
 * something else ("inconsistent result"), and every in-place update of a running domain fails on its
 * runtime `id` (NOTES §2.10). So a change to any of them has to replace it, and the plan has to say
 * so before anything is touched.
 *
 * {@link replaceOnChange} gives a resource a `terraform_data` sibling (`<id>Revision`, or `Revision`
 * for a construct's main resource `Resource`) whose input is
 * the SHA-256 of the resource's own synthesized attributes, and puts that sibling in the resource's
 * `replace_triggered_by`: whatever changes the attributes changes the hash, which plans the resource
 * as replaced instead of updated. The hash is computed from the synthesized JSON (references are
 * hashed as the `${...}` expressions they are), so it is known at plan time, is the same on every
 * machine and for every user, and covers escape-hatch overrides too.
 */

/** How the stack itself resolves tokens when it synthesizes (cdktf's own default resolver). */
const RESOLVER = new DefaultTokenResolver(new StringConcat());

/** Top-level keys of a resource's JSON that are Terraform meta-arguments, not provider attributes. */
const META_ARGUMENTS = new Set(['//', 'lifecycle', 'depends_on', 'provider', 'provisioner', 'connection', 'count', 'for_each']);

/** Options of {@link replaceOnChange}. */
export interface ReplaceOnChangeOptions {
  /**
   * Attributes left out of the hash and ignored by terraform (`lifecycle.ignore_changes`): values
   * that only matter when the resource is created and that depend on the machine that runs terraform
   * (a volume's upload source, a path in the deploying user's home or temp folder).
   */
  readonly ignore?: string[];
  /**
   * Attributes left out of the hash only: the few that the provider does update in place (a
   * network's `autostart`).
   */
  readonly updatable?: string[];
  /** More values whose change must replace the resource (evaluated at synth). */
  readonly extra?: () => unknown;
  /**
   * Further `replace_triggered_by` entries: a resource address, or `<address>.id` to be replaced only
   * when that resource is replaced (not when it is updated in place).
   */
  readonly triggeredBy?: string[];
}

/** JSON with keys sorted at every level: the same value gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (v !== null && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]]))
    : v));
}

/** `value` with its tokens resolved as the stack synthesizes them (references become their `${...}` expressions). */
export function resolveAsSynthesized(scope: IConstruct, value: unknown): unknown {
  return Tokenization.resolve(value, { scope: TerraformStack.of(scope), preparing: false, resolver: RESOLVER });
}

/** The synthesized attributes of a resource (tokens resolved, meta-arguments and `omit` left out). */
export function synthesizedAttributes(resource: TerraformResource, omit: Iterable<string> = []): Record<string, unknown> {
  const json = resolveAsSynthesized(resource, resource.toTerraform()) as
    { resource?: Record<string, Record<string, Record<string, unknown>>> };
  const attributes = json.resource?.[resource.terraformResourceType]?.[resource.friendlyUniqueId] ?? {};
  const skip = new Set([...META_ARGUMENTS, ...omit]);
  return Object.fromEntries(Object.entries(attributes).filter(([k]) => !skip.has(k)));
}

/** SHA-256 (hex) of the canonical JSON of a value. */
export function sha256Of(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/** The address of a resource, as `replace_triggered_by` takes it. */
export function addressOf(resource: TerraformResource, attribute?: string): string {
  return `${resource.terraformResourceType}.${resource.friendlyUniqueId}${attribute ? `.${attribute}` : ''}`;
}

/**
 * Makes `resource` be replaced, never updated in place, whenever its synthesized attributes change
 * (see the module comment). Returns the revision resource that holds the hash.
 */
export function replaceOnChange(resource: TerraformResource, options: ReplaceOnChangeOptions = {}): TerraformData {
  const ignore = options.ignore ?? [];
  const scope = resource.node.scope!;
  const id = resource.node.id === 'Resource' ? 'Revision' : `${resource.node.id}Revision`;
  const revision = new TerraformData(scope, id, {
    input: {
      sha256: Lazy.stringValue({
        produce: () => sha256Of({
          attributes: synthesizedAttributes(resource, [...ignore, ...(options.updatable ?? [])]),
          ...(options.extra ? { extra: options.extra() } : {}),
        }),
      }),
    },
  });
  const lifecycle = resource.lifecycle ?? {};
  resource.lifecycle = {
    ...lifecycle,
    ...(ignore.length > 0 ? { ignoreChanges: [...new Set([...(Array.isArray(lifecycle.ignoreChanges) ? lifecycle.ignoreChanges : []), ...ignore])] } : {}),
    replaceTriggeredBy: [...(lifecycle.replaceTriggeredBy ?? []), addressOf(revision), ...(options.triggeredBy ?? [])],
  };
  return revision;
}
