import { Testing } from 'cdktf';
import { parse } from 'yaml';
import { NetworkLab } from '../../examples/network-lab/main';
import { checkSchemaConformance } from '../../lib/schema-check';
import { SSH_KEY } from '../support/lab';

describe('examples/network-lab', () => {
  const app = Testing.app();
  const stack = new NetworkLab(app, 'network-lab', { sshPublicKey: SSH_KEY, sshPrivateKeyFile: '/home/me/.ssh/id_ed25519' });
  const synth = JSON.parse(Testing.synth(stack));
  const seeds = Object.values<any>(synth.resource.libvirt_cloudinit_disk);
  const netcfg = (name: string) => parse(seeds.find((s) => s.name === `netlab-${name}-seed`).network_config, { version: '1.1' });
  const domains = Object.values<any>(synth.resource.libvirt_domain).map((d) => d.name).sort();

  test('conforms to the provider schema', () => {
    expect(checkSchemaConformance(synth)).toEqual([]);
  });

  test('has three networks, two routers and three machines, all prefixed netlab-', () => {
    expect(Object.values<any>(synth.resource.libvirt_network).map((n) => n.name).sort()).toEqual(['netlab-a', 'netlab-b', 'netlab-c']);
    expect(domains).toEqual(['netlab-alpha', 'netlab-bravo', 'netlab-charlie', 'netlab-r1', 'netlab-r2']);
  });

  test('alpha on a routes b and c through r1, and keeps the NAT default route', () => {
    const [nic] = Object.values<any>(netcfg('alpha').ethernets);
    const r1 = netcfg('r1').ethernets;
    const r1OnA = r1.nic0.addresses[0].split('/')[0];
    expect(nic.routes).toEqual([
      { to: '0.0.0.0/0', via: '10.80.0.1' },
      { to: '10.80.1.0/24', via: r1OnA },
      { to: '10.80.2.0/24', via: r1OnA },
    ]);
  });

  test('charlie on c reaches everything, including the outside, through r2', () => {
    const [nic] = Object.values<any>(netcfg('charlie').ethernets);
    const r2OnC = netcfg('r2').ethernets.nic1.addresses[0].split('/')[0];
    expect(nic.routes).toEqual([
      { to: '0.0.0.0/0', via: r2OnC },
      { to: '10.80.1.0/24', via: r2OnC },
      { to: '10.80.0.0/24', via: r2OnC },
    ]);
  });

  test('r1 forwards and masquerades what leaves through a, except to a itself', () => {
    const userData = parse(seeds.find((s) => s.name === 'netlab-r1-seed').user_data, { version: '1.1' });
    const files = Object.fromEntries(userData.write_files.map((f: any) => [f.path, f.content]));
    expect(files['/etc/sysctl.d/90-cdktf-libvirt-router.conf']).toBe('net.ipv4.ip_forward = 1\n');
    expect(files['/etc/nftables.conf']).toContain('oifname "nic0" ip daddr != 10.80.0.0/24 masquerade');
    // r2 has no uplink: it forwards but masquerades nothing
    const r2 = parse(seeds.find((s) => s.name === 'netlab-r2-seed').user_data, { version: '1.1' });
    expect(r2.write_files.map((f: any) => f.path)).toEqual(['/etc/sysctl.d/90-cdktf-libvirt-router.conf']);
  });

  test('every machine has a planned address, listed in the lab output', () => {
    const out = synth.output.netlab_addresses.value;
    expect(Object.keys(out).sort()).toEqual(domains);
    for (const addresses of Object.values<string[]>(out)) expect(addresses.length).toBeGreaterThan(0);
  });
});
