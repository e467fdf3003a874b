/**
 * Issue 3, item 2: adding, removing or reordering a machine changes no attribute of any other
 * synthesized resource (networks, other machines' domains, volumes, seeds, DNS registrations).
 * Each variant is synthesized from scratch and diffed resource by resource against the base.
 */
import { Testing, TerraformStack } from 'cdktf';
import { BaseImage, Cluster, Host, Lab, Network, NetworkMode, Router, VirtualMachine } from '../lib';
import { SSH_KEY } from './support/lab';

type Variant = { machines: string[]; extraNetwork?: boolean };

function synthLab(v: Variant): any {
  const stack = new TerraformStack(Testing.app(), 'test');
  const host = new Host(stack, 'kvm1');
  const lab = new Lab(host, 'lab', {
    image: BaseImage.fromCatalog(stack, 'debian', 'debian-12'),
    sshAuthorizedKeys: [SSH_KEY],
    addressSpace: '10.50.0.0/16',
  });
  const front = new Network(lab, 'front', { cidr: lab.subnet(0) });
  const back = new Network(lab, 'back', { mode: NetworkMode.isolated(), cidr: lab.subnet(1) });
  new Router(lab, 'gw', { networks: [front, back] });
  new Cluster(lab, 'db', { roles: [{ name: 'node', count: 2 }], networks: [back] });
  for (const name of v.machines) {
    new VirtualMachine(lab, name, { nics: [{ network: name.startsWith('b') ? back : front }] });
  }
  return JSON.parse(Testing.synth(stack));
}

/** Every resource (and data source) by "type.key". */
function resourcesOf(json: any): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const section of ['resource', 'data']) {
    for (const [type, byKey] of Object.entries<any>(json[section] ?? {})) {
      for (const [key, value] of Object.entries(byKey)) out.set(`${section}.${type}.${key}`, value);
    }
  }
  return out;
}

/** Resources present in both stacks whose attributes differ. */
function changedBetween(a: any, b: any): string[] {
  const ra = resourcesOf(a);
  const rb = resourcesOf(b);
  return [...ra.keys()].filter((k) => rb.has(k) && JSON.stringify(ra.get(k)) !== JSON.stringify(rb.get(k)));
}

describe('adding, removing or reordering a machine touches nothing else', () => {
  const base = synthLab({ machines: ['web', 'api', 'backup'] });

  test('the base lab is self-consistent (sanity: the diff sees real changes)', () => {
    const other = synthLab({ machines: ['web', 'api', 'backup'] });
    expect(changedBetween(base, other)).toEqual([]);
    // a change to a machine's own props does show up, so the diff is not blind
    const stack = new TerraformStack(Testing.app(), 'test');
    void stack;
    const resized = JSON.parse(JSON.stringify(base));
    const [key] = Object.keys(resized.resource.libvirt_domain);
    resized.resource.libvirt_domain[key].memory = 1;
    expect(changedBetween(base, resized)).toEqual([`resource.libvirt_domain.${key}`]);
  });

  test('adding a machine adds resources and changes none', () => {
    const added = synthLab({ machines: ['web', 'api', 'backup', 'cache', 'batch'] });
    expect(changedBetween(base, added)).toEqual([]);
    const newKeys = [...resourcesOf(added).keys()].filter((k) => !resourcesOf(base).has(k));
    expect(newKeys.some((k) => k.includes('cache'))).toBe(true);
    expect(newKeys.every((k) => /cache|batch/.test(k))).toBe(true);
  });

  test('removing a machine removes its resources and changes none', () => {
    const removed = synthLab({ machines: ['web', 'backup'] });
    expect(changedBetween(base, removed)).toEqual([]);
    const gone = [...resourcesOf(base).keys()].filter((k) => !resourcesOf(removed).has(k));
    expect(gone.length).toBeGreaterThan(0);
    expect(gone.every((k) => k.includes('_api_'))).toBe(true);
  });

  test('reordering machines changes nothing at all', () => {
    const reordered = synthLab({ machines: ['backup', 'web', 'api'] });
    expect(changedBetween(base, reordered)).toEqual([]);
    expect([...resourcesOf(reordered).keys()].sort()).toEqual([...resourcesOf(base).keys()].sort());
  });

  test('growing the cluster adds a node and changes none', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const host = new Host(stack, 'kvm1');
    const image = BaseImage.fromCatalog(stack, 'debian', 'debian-12');
    const net = new Network(host, 'lan', { cidr: '10.60.0.0/24' });
    new Cluster(host, 'c', { image, roles: [{ name: 'node', count: 3 }], networks: [net] });
    const three = JSON.parse(Testing.synth(stack));
    const stack2 = new TerraformStack(Testing.app(), 'test');
    const host2 = new Host(stack2, 'kvm1');
    const image2 = BaseImage.fromCatalog(stack2, 'debian', 'debian-12');
    const net2 = new Network(host2, 'lan', { cidr: '10.60.0.0/24' });
    new Cluster(host2, 'c', { image: image2, roles: [{ name: 'node', count: 4 }], networks: [net2] });
    const four = JSON.parse(Testing.synth(stack2));
    expect(changedBetween(three, four)).toEqual([]);
    expect(resourcesOf(four).size).toBeGreaterThan(resourcesOf(three).size);
  });
});
