/**
 * The report as text (lib/preflight/report.ts).
 */
import { formatPreflightReport, PreflightCheck, PreflightReport } from '../../lib/preflight/report';

describe('formatPreflightReport', () => {
  const report: PreflightReport = {
    stackFile: 'cdktf.out/stacks/lab/cdk.tf.json',
    ok: false,
    problems: [{ check: PreflightCheck.CLOUD_INIT, address: 'libvirt_cloudinit_disk.web', message: 'cloud-init rejects user_data' }],
    notes: [{ check: PreflightCheck.RENDER, address: 'libvirt_volume.root', message: 'backing_store.path is known only at apply' }],
    skipped: [{ check: PreflightCheck.NETWORK_CONFIG, tool: 'netplan', debianPackages: ['netplan.io'], message: 'netplan not found on PATH' }],
    checked: [{ check: PreflightCheck.SCHEMA, count: 3 }, { check: PreflightCheck.CLOUD_INIT, count: 1 }],
    objects: [],
  };

  test('one line per problem naming the resource, then notes, skipped checks and the verdict', () => {
    expect(formatPreflightReport(report)).toBe([
      'FAIL libvirt_cloudinit_disk.web [cloud-init]: cloud-init rejects user_data',
      'note libvirt_volume.root [render]: backing_store.path is known only at apply',
      'skipped [network-config]: netplan not found on PATH',
      'preflight failed: 1 problem in cdktf.out/stacks/lab/cdk.tf.json (checked: schema 3, cloud-init 1)',
      '',
    ].join('\n'));
    expect(formatPreflightReport({ ...report, ok: true, problems: [] }, { notes: false })).toBe([
      'skipped [network-config]: netplan not found on PATH',
      'preflight passed: cdktf.out/stacks/lab/cdk.tf.json (checked: schema 3, cloud-init 1)',
      '',
    ].join('\n'));
  });
});
