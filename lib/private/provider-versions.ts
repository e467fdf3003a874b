import { Annotations, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { stackState } from './marks';
import { fail } from './validate';

/**
 * The provider versions this library is proven with: the real-libvirt tier applies every example
 * through terraform with exactly these (`npm run test:e2e`), so the synthesized `required_providers`
 * pins them exactly. Provider 0.9.x has broken its schema inside minor releases, and 0.9.8 brought
 * read-back regressions, so a newer version is not assumed to work.
 */
export const PINNED_PROVIDER_VERSIONS = {
  libvirt: '0.9.7',
  random: '3.8.1',
} as const;

/** A provider whose version a stack pins. */
export type PinnedProvider = keyof typeof PINNED_PROVIDER_VERSIONS;

/** The context key that overrides the pinned version of a provider, e.g. `cdktf-libvirt:libvirtProviderVersion`. */
export function providerVersionContextKey(provider: PinnedProvider): string {
  return `cdktf-libvirt:${provider}ProviderVersion`;
}

// a Terraform version constraint: versions with operators, separated by commas
const CONSTRAINT = /^\s*(?:(?:=|!=|>=|<=|>|<|~>)\s*)?v?\d+(?:\.\d+){0,2}(?:-[0-9A-Za-z.-]+)?(?:\s*,\s*(?:(?:=|!=|>=|<=|>|<|~>)\s*)?v?\d+(?:\.\d+){0,2}(?:-[0-9A-Za-z.-]+)?)*\s*$/;


/**
 * Writes the version of `provider` into the `required_providers` of the stack that `scope` is in:
 * the pinned version, or the one the context key {@link providerVersionContextKey} gives (a warning
 * says it is not proven). Once per stack and provider.
 */
export function pinProviderVersion(scope: IConstruct, provider: PinnedProvider): void {
  const stack = TerraformStack.of(scope);
  const done = stackState(scope, 'pinned-providers', () => new Set<PinnedProvider>());
  if (done.has(provider)) return;
  const key = providerVersionContextKey(provider);
  const given: unknown = scope.node.tryGetContext(key);
  const proven = PINNED_PROVIDER_VERSIONS[provider];
  let version: string = proven;
  if (given !== undefined) {
    if (typeof given !== 'string' || !CONSTRAINT.test(given)) {
      fail(scope, `the context value ${key} is not a Terraform version constraint`, given,
        `set it to a version such as "${proven}" (or a constraint such as ">= ${proven}"), or remove it to use the proven ${proven}`);
    }
    version = given.trim();
    if (version !== proven) {
      Annotations.of(stack).addWarning(`${key} = "${version}": the ${provider} provider is pinned to ${proven}, the version this library is proven ` +
        `with; any other version is at your own risk (provider 0.9.x changes its schema and behaviour between releases)`);
    }
  }
  done.add(provider);
  stack.addOverride(`terraform.required_providers.${provider}.version`, version);
}
