/**
 * The documents of the cloud-init disks (lib/preflight/checks/cloud-init-disks.ts).
 */
import { Finding } from '../../../lib/preflight/checks/check';
import { cloudInitDisks, cloudInitDocument } from '../../../lib/preflight/checks/cloud-init-disks';
import { TemplateResolver } from '../../../lib/preflight/private/template';
import { PreflightCheck } from '../../../lib/preflight/report';

const stack = {
  locals: { hostname: 'web' },
  resource: {
    libvirt_cloudinit_disk: {
      a: { user_data: '#cloud-config\nhostname: ${local.hostname}\n', network_config: null },
      b: { network_config: 'version: 2\n' },
    },
  },
};

describe('cloudInitDisks', () => {
  test('the disks that have the document set, by address', () => {
    expect(cloudInitDisks(stack, 'user_data')).toEqual([['libvirt_cloudinit_disk.a', '#cloud-config\nhostname: ${local.hostname}\n']]);
    expect(cloudInitDisks(stack, 'network_config')).toEqual([['libvirt_cloudinit_disk.b', 'version: 2\n']]);
    expect(cloudInitDisks({}, 'user_data')).toEqual([]);
  });
});

describe('cloudInitDocument', () => {
  const resolver = new TemplateResolver(stack);

  test('references to the stack are resolved', () => {
    const findings: Finding[] = [];
    expect(cloudInitDocument(resolver, PreflightCheck.CLOUD_INIT, 'libvirt_cloudinit_disk.a', 'user_data', '#cloud-config\nhostname: ${local.hostname}\n', findings)).toBe('#cloud-config\nhostname: web\n');
    expect(findings).toEqual([]);
  });

  test('a value known only at apply gets a placeholder and a note', () => {
    const findings: Finding[] = [];
    expect(cloudInitDocument(resolver, PreflightCheck.CLOUD_INIT, 'libvirt_cloudinit_disk.a', 'user_data', 'key: ${var.key}\n', findings)).toBe('key: unresolved-var.key\n');
    expect(findings).toEqual([{ problem: false, check: 'cloud-init', address: 'libvirt_cloudinit_disk.a', message: 'user_data uses ${var.key}, known only at apply; a placeholder stands in for it' }]);
  });

  test('a document that is not a string is a problem', () => {
    const findings: Finding[] = [];
    expect(cloudInitDocument(resolver, PreflightCheck.NETWORK_CONFIG, 'libvirt_cloudinit_disk.b', 'network_config', { version: 2 }, findings)).toBeUndefined();
    expect(findings).toEqual([{ problem: true, check: 'network-config', address: 'libvirt_cloudinit_disk.b', message: 'network_config is not a string' }]);
  });
});
