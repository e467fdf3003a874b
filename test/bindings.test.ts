import { spawnSync } from 'child_process';
import * as path from 'path';
import { libvirt } from '../lib';

const ROOT = path.resolve(__dirname, '..');

describe('generated bindings', () => {
  test('are reachable as the libvirt namespace', () => {
    expect(libvirt.domain.Domain.tfResourceType).toBe('libvirt_domain');
    expect(libvirt.provider.LibvirtProvider.tfResourceType).toBe('libvirt');
    expect(libvirt.dataLibvirtDomainInterfaceAddresses.DataLibvirtDomainInterfaceAddresses.tfResourceType).toBe('libvirt_domain_interface_addresses');
  });

  test('match schema/schema.json (npm run gen:check)', () => {
    const run = spawnSync('npx', ['ts-node', '--transpile-only', 'scripts/gen-bindings.ts', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stdout + run.stderr).toMatch(/matches schema\/schema\.json/);
    expect(run.status).toBe(0);
  }, 120000);
});
