import { Testing } from 'cdktf';
import { MultiHostLab } from '../../examples/multi-host/main';
import { HostConnection, LabArtifacts } from '../../lib';
import { LibvirtValidationError } from '../../lib/errors';
import { checkSchemaConformance } from '../../lib/schema-check';
import { SSH_KEY } from '../support/lab';

/** The lab's machines: name -> its KVM host, from the topology. */
function placement(stack: MultiHostLab): Record<string, string> {
  return Object.fromEntries(LabArtifacts.of(stack).topology().machines.map((m) => [m.name, m.host]));
}

describe('examples/multi-host', () => {
  const stack = new MultiHostLab(Testing.app(), 'multi-host', { sshPublicKey: SSH_KEY });
  const json = JSON.parse(Testing.synth(stack));

  test('conforms to the provider schema', () => {
    expect(checkSchemaConformance(json)).toEqual([]);
  });

  test('a provider per KVM host, each over qemu+ssh', () => {
    expect(json.provider.libvirt.map((p: any) => [p.alias, p.uri])).toEqual([
      [undefined, 'qemu+ssh://root@kvm1.example.net/system?keyfile=~%2F.ssh%2Fid_ed25519'],
      ['kvm2', 'qemu+ssh://root@kvm2.example.net/system?keyfile=~%2F.ssh%2Fid_ed25519'],
    ]);
  });

  test('the teams are spread round-robin, each team whole on its host, with the base image on each host', () => {
    expect(placement(stack)).toEqual({ 'team-01-workstation': 'kvm1', 'team-02-workstation': 'kvm2', 'edge-kvm1': 'kvm1', 'edge-kvm2': 'kvm2' });
    const onKvm2 = (r: any) => r.provider === 'libvirt.kvm2';
    const domains = Object.values<any>(json.resource.libvirt_domain);
    expect(domains.map((d) => [d.name, onKvm2(d)]).sort()).toEqual([['edge-kvm1', false], ['edge-kvm2', true], ['team-01-workstation', false], ['team-02-workstation', true]]);
    const networks = Object.values<any>(json.resource.libvirt_network);
    expect(networks.map((n) => [n.name, onKvm2(n)]).sort()).toEqual([['mgmt', false], ['mgmt', true], ['team-01-net', false], ['team-02-net', true]]);
    const bases = Object.values<any>(json.resource.libvirt_volume).filter((v) => v.name.startsWith('debian-12-'));
    expect(bases.map(onKvm2).sort()).toEqual([false, true]);
  });

  test('the topology and the diagram say what each host holds and what is placed on it', () => {
    const hosts = LabArtifacts.of(stack).topology().hosts;
    expect(hosts.map((h) => [h.name, h.capacity?.machines, h.capacity?.used.memoryMiB, h.capacity?.limit])).toEqual([
      ['kvm1', 2, 2048, { vcpus: 16, memoryMiB: 8192, diskGiB: 100 }],
      ['kvm2', 2, 2048, { vcpus: 16, memoryMiB: 8192, diskGiB: 100 }],
    ]);
    expect(LabArtifacts.of(stack).render()['topology.mmd']).toMatch(/subgraph host_kvm1\["kvm1<br\/>qemu\+ssh:\/\/[^"]*<br\/>2 machines: 2 of 16 vCPUs, 2048 of 8192 MiB, \d+ of 100 GiB"\]/);
  });

  test('a third team goes on the first host again, and moves no other team', () => {
    const grown = new MultiHostLab(Testing.app(), 'multi-host', { sshPublicKey: SSH_KEY, teams: 3 });
    expect(placement(grown)).toEqual({ 'team-01-workstation': 'kvm1', 'team-02-workstation': 'kvm2', 'team-03-workstation': 'kvm1', 'edge-kvm1': 'kvm1', 'edge-kvm2': 'kvm2' });
  });

  test('the edge routers share mgmt, which spans both hosts, and a wire between the hosts\' tunnel addresses', () => {
    const udpOf = (name: string) => Object.values<any>(json.resource.libvirt_domain).find((d) => d.name === name).devices.interfaces[1].source.udp;
    const [a, b] = [udpOf('edge-kvm1'), udpOf('edge-kvm2')];
    expect([a.local.address, a.address, b.local.address, b.address]).toEqual(['192.0.2.11', '192.0.2.12', '192.0.2.12', '192.0.2.11']);
    expect([a.port, b.port]).toEqual([b.local.port, a.local.port]);
    const backbone = LabArtifacts.of(stack).topology().networks.find((n) => n.mode === 'wire')!;
    expect(backbone.wire!.map((e) => [e.host, e.address])).toEqual([['kvm1', '10.111.255.0'], ['kvm2', '10.111.255.1']]);
    const mgmt = LabArtifacts.of(stack).topology().networks.find((n) => n.name === 'mgmt')!;
    expect(mgmt).toMatchObject({ host: 'kvm1', spans: ['kvm2'] });
    const seed = Object.values<any>(json.resource.libvirt_cloudinit_disk).find((c) => c.name === 'edge-kvm2-seed');
    expect(seed.network_config).toMatch(/mtu: 1450/);
    const vxlan = Object.values<any>(json.resource.terraform_data).filter((d) => d.input?.vni !== undefined);
    expect(vxlan.map((d) => [d.input.local, d.input.peers])).toEqual([['192.0.2.11', '192.0.2.12'], ['192.0.2.12', '192.0.2.11']]);
  });

  test('the SSH config jumps through each host with its connection\'s key', () => {
    const config = LabArtifacts.of(stack).render().ssh_config;
    expect(config).toMatch(/Host team-02-workstation\n[^]*?ProxyJump root@kvm2\.example\.net\n/);
    expect(config).toMatch(/\nHost kvm2\.example\.net\n {2}IdentityFile ~\/\.ssh\/id_ed25519\n {2}IdentitiesOnly yes\n/);
  });

  test('more teams than the hosts hold is refused, naming the host and by how much', () => {
    // GIVEN one host of 8 GiB, and teams whose workstation takes 1 GiB each
    const hosts = { a: HostConnection.ssh({ host: 'a.example.net' }) };
    // WHEN a ninth team is placed on it THEN the plan is refused at synth
    expect(() => new MultiHostLab(Testing.app(), 'multi-host', { sshPublicKey: SSH_KEY, hosts, teams: 8 })).not.toThrow();
    expect(() => new MultiHostLab(Testing.app(), 'multi-host', { sshPublicKey: SSH_KEY, hosts, teams: 9 }))
      .toThrow(LibvirtValidationError);
    expect(() => new MultiHostLab(Testing.app(), 'multi-host', { sshPublicKey: SSH_KEY, hosts, teams: 9 }))
      .toThrow(/^multi-host\/team\/09\/workstation: host a has no room for this machine: .* take 9216 MiB of memory, and a holds 8192 MiB .* 1024 MiB over/);
  });
});
