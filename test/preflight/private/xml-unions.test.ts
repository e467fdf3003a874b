import { branchesOf, loadXmlMapping, Mapping } from '../../../lib/preflight/private/xml-mapping';
import { branchAttributes, Placement, placementAt, UNION_RULES, unionRule } from '../../../lib/preflight/private/xml-unions';

/** Every union level of the mapping: its branch names and where it is. */
function unionsOfMapping(): { branches: string[]; at: string }[] {
  const found: { branches: string[]; at: string }[] = [];
  const walk = (mapping: Mapping, at: string): void => {
    const branches = branchesOf(mapping);
    if (branches.length > 0) found.push({ branches, at });
    for (const [key, node] of Object.entries(mapping)) if (node.attributes) walk(node.attributes, `${at}.${key}`);
  };
  for (const type of ['libvirt_domain', 'libvirt_network', 'libvirt_pool', 'libvirt_volume']) walk(loadXmlMapping()[`resources/${type}`], type);
  return found;
}

describe('the union rules cover xml-mapping.json exactly', () => {
  const unions = unionsOfMapping();

  test('the walk finds the unions (49 places, 23 kinds)', () => {
    expect(unions.length).toBe(49);
    expect(new Set(unions.map((u) => [...u.branches].sort().join(','))).size).toBe(23);
  });

  test('every union of the mapping has a rule', () => {
    const missing = unions.filter((u) => unionRule(u.branches) === undefined).map((u) => `${u.at}: ${u.branches.join(',')}`);
    expect(missing).toEqual([]);
  });

  test('every rule belongs to a union of the mapping, and no two rules share a set of branches', () => {
    const signatures = new Set(unions.map((u) => [...u.branches].sort().join(',')));
    const ruleSignatures = UNION_RULES.map((r) => [...r.branches].sort().join(','));
    expect(ruleSignatures.filter((s) => !signatures.has(s))).toEqual([]);
    expect(new Set(ruleSignatures).size).toBe(ruleSignatures.length);
  });
});

describe('union rules', () => {
  test('the branch name in lower case is the default discriminator; tables override it', () => {
    const graphics = unionRule(['VNC', 'Spice', 'SDL', 'RDP', 'Desktop', 'EGLHeadless', 'DBus'])!;
    expect(branchAttributes(graphics, 'VNC')).toEqual({ type: 'vnc' });
    expect(branchAttributes(graphics, 'EGLHeadless')).toEqual({ type: 'egl-headless' });
    const rng = unionRule(['Random', 'EGD', 'BuiltIn'])!;
    expect(branchAttributes(rng, 'Random')).toEqual({ model: 'random' });
    const hostdev = unionRule(['SubsysPCI', 'SubsysUSB', 'SubsysSCSI', 'SubsysSCSIHost', 'SubsysMDev', 'CapsStorage', 'CapsMisc', 'CapsNet'])!;
    expect(branchAttributes(hostdev, 'SubsysSCSIHost')).toEqual({ mode: 'subsystem', type: 'scsi_host' });
  });

  test('a character device source types its device, a nested one types itself', () => {
    const chardev = unionRule(['Null', 'VC', 'Pty', 'Dev', 'File', 'Pipe', 'StdIO', 'UDP', 'TCP', 'UNIX', 'SpiceVMC', 'SpicePort', 'NMDM', 'QEMUVDAgent', 'DBus'])!;
    expect(placementAt(chardev, { xml: 'source', parentElement: 'serial', schemaPath: 'devices.serials.source' })).toBe(Placement.PARENT);
    expect(placementAt(chardev, { xml: 'source', parentElement: 'backend', schemaPath: 'devices.rngs.backend.egd.source' })).toBe(Placement.PARENT);
    expect(placementAt(chardev, { xml: 'source', parentElement: 'reservations', schemaPath: 'devices.disks.source.reservations.source' })).toBe(Placement.SELF);
    expect(placementAt(chardev, { xml: 'VHostUser', parentElement: 'disk', schemaPath: 'devices.disks.source.vhost_user' })).toBe(Placement.SELF);
  });
});
