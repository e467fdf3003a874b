import { Testing } from 'cdktf';
import { Classroom } from '../../examples/classroom/main';
import { checkSchemaConformance } from '../../lib/schema-check';
import { SSH_KEY } from '../support/lab';

describe('examples/classroom', () => {
  const stack = new Classroom(Testing.app(), 'classroom', { sshPublicKey: SSH_KEY });
  const json = JSON.parse(Testing.synth(stack));
  const networks = Object.values<any>(json.resource.libvirt_network);

  test('conforms to the provider schema', () => {
    expect(checkSchemaConformance(json)).toEqual([]);
  });

  test('ten copies, each with its own prefix, network and /24 from its own /20', () => {
    expect(networks.map((n) => n.name).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `class-${String(i + 1).padStart(2, '0')}-net`));
    const subnets = networks.map((n) => n.ips[0].address).sort();
    expect(new Set(subnets).size).toBe(10);
    expect(networks.find((n) => n.name === 'class-01-net').ips[0].address).toBe('10.100.0.1');
    expect(networks.find((n) => n.name === 'class-10-net').ips[0].address).toBe('10.100.18.1');
    expect(Object.values<any>(json.resource.libvirt_domain)).toHaveLength(20);
  });

  test('every copy has its own output, and a machine has the same host part in every copy', () => {
    const outs = Object.keys(json.output).filter((k) => /^class_\d\d_addresses$/.test(k)).sort();
    expect(outs).toHaveLength(10);
    const hostParts = outs.map((k) => json.output[k].value[`${k.slice(0, 8).replace(/_/g, '-')}-server`][0].split('.')[3]);
    expect(new Set(hostParts).size).toBe(1);
  });

  test('one base volume in the shared pool feeds all twenty machines', () => {
    const bases = Object.entries<any>(json.resource.libvirt_volume).filter(([, v]) => v.name === 'debian-12-${each.key}.qcow2');
    expect(bases).toHaveLength(1);
    const roots = Object.values<any>(json.resource.libvirt_volume).filter((v) => v.name.endsWith('-root.qcow2'));
    expect(roots).toHaveLength(20);
    for (const r of roots) expect(r.backing_store.path.startsWith(`\${libvirt_volume.${bases[0][0]}[`)).toBe(true);
  });
});
