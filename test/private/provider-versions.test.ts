import { AnnotationMetadataEntryType, App, TerraformStack, Testing } from 'cdktf';
import { Host } from '../../lib/host';
import { K3sCluster, K3sInstall } from '../../lib/k3s-cluster';
import { BaseImage } from '../../lib/base-image';
import { Network } from '../../lib/network';
import { PINNED_PROVIDER_VERSIONS, providerVersionContextKey } from '../../lib/private/provider-versions';
import { expectValidationError } from '../validation-error';

/** A stack with a host and a k3s cluster: it uses both pinned providers. */
function k3sStack(context: Record<string, unknown> = {}): TerraformStack {
  const app = Testing.app({ context });
  const stack = new TerraformStack(app, 'test');
  const host = new Host(stack, 'local');
  const image = BaseImage.fromCatalog(stack, 'debian', 'debian-12');
  const net = new Network(host, 'net', { name: 'k3s', cidr: '10.91.0.0/24' });
  new K3sCluster(host, 'k3s', { networks: [net], image, install: K3sInstall.none(), sshAuthorizedKeys: [] });
  return stack;
}

function requiredProviders(stack: TerraformStack): Record<string, { source: string; version: string }> {
  return JSON.parse(Testing.synth(stack)).terraform.required_providers;
}

describe('provider versions', () => {
  test('the synthesized plan pins exactly the proven versions: libvirt 0.9.7, random 3.8.1', () => {
    expect(PINNED_PROVIDER_VERSIONS).toEqual({ libvirt: '0.9.7', random: '3.8.1' });
    expect(requiredProviders(k3sStack())).toEqual({
      libvirt: { source: 'dmacvicar/libvirt', version: '0.9.7' },
      random: { source: 'hashicorp/random', version: '3.8.1' },
    });
  });

  test('a stack without a cluster asks for no random provider', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    new Host(stack, 'local');
    expect(Object.keys(requiredProviders(stack))).toEqual(['libvirt']);
  });

  test('a context value overrides a version, at the user\'s risk, with a warning', () => {
    // GIVEN the context keys a user sets in cdktf.json or on the App
    expect(providerVersionContextKey('libvirt')).toBe('cdktf-libvirt:libvirtProviderVersion');
    const stack = k3sStack({ 'cdktf-libvirt:libvirtProviderVersion': '0.9.8', 'cdktf-libvirt:randomProviderVersion': '~> 3.8' });
    // THEN required_providers carries them
    expect(requiredProviders(stack)).toEqual({
      libvirt: { source: 'dmacvicar/libvirt', version: '0.9.8' },
      random: { source: 'hashicorp/random', version: '~> 3.8' },
    });
    // AND the stack warns that they are not the proven ones
    const warnings = stack.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/cdktf-libvirt:libvirtProviderVersion = "0\.9\.8": the libvirt provider is pinned to 0\.9\.7.*at your own risk/);
  });

  test('the proven version given as context is no override and warns nothing', () => {
    const stack = k3sStack({ 'cdktf-libvirt:libvirtProviderVersion': '0.9.7' });
    expect(requiredProviders(stack).libvirt.version).toBe('0.9.7');
    expect(stack.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN)).toEqual([]);
  });

  test.each([
    ['not a version', 'latest'],
    ['a number instead of a string', 97],
    ['an empty string', ''],
    ['an operator without a version', '>='],
  ])('refuses %s, naming the key, the value and the fix', (_what, value) => {
    const app = new App({ context: { 'cdktf-libvirt:libvirtProviderVersion': value } });
    const stack = new TerraformStack(app, 'test');
    expectValidationError(() => new Host(stack, 'local'),
      /^test\/local: the context value cdktf-libvirt:libvirtProviderVersion is not a Terraform version constraint \(got .*\); set it to a version such as "0\.9\.7"/);
  });
});
