/**
 * Adding, removing or reordering a machine changes no attribute of any other synthesized resource
 * (networks, other machines' domains, volumes, seeds), and of its networks' DNS registrations only
 * its own entries (a registration holds every name of its network, so that a removed machine's
 * names go with it); each variant is
 * synthesized from scratch and diffed resource by resource against the base. And no change a user
 * makes plans an in-place update that provider 0.9.7 cannot apply (test/support/plan-diff.ts).
 */
import { Testing, TerraformStack } from 'cdktf';
import { BaseImage, CloudConfig, Cluster, Host, Lab, Network, NetworkMode, Router, VirtualMachine } from '../lib';
import { SSH_KEY } from './support/lab';
import { changedBetween, plannedChanges, resourcesOf as resourcesOfPlan, unsafeInPlaceUpdates } from './support/plan-diff';

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

/** Every resource by "type.key". */
const resourcesOf = (json: any) => resourcesOfPlan(json);

/** The DNS entries (`ip name ...`) a network's registration holds, by the network's construct id. */
function dnsEntries(json: any, network: string): string[] {
  const [key] = Object.keys(json.resource.terraform_data).filter((k) => new RegExp(`_${network}_Dns_[0-9A-F]{8}$`).test(k));
  const entries: string = json.resource.terraform_data[key].input.entries;
  return entries === '' ? [] : entries.split(';');
}

/** The changed resources, the networks' DNS registrations left out, and those by network. */
function changesBesidesDns(before: any, after: any): { other: string[]; dns: string[] } {
  const changed = changedBetween(before, after);
  return { other: changed.filter((k) => !/^terraform_data\..*_Dns_[0-9A-F]{8}$/.test(k)), dns: changed.filter((k) => /_Dns_/.test(k)) };
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
    expect(changedBetween(base, resized)).toEqual([`libvirt_domain.${key}`]);
  });

  test('adding a machine adds resources and changes none: only its networks\' DNS registrations gain its names', () => {
    const added = synthLab({ machines: ['web', 'api', 'backup', 'cache', 'batch'] });
    const { other, dns } = changesBesidesDns(base, added);
    expect(other).toEqual([]);
    expect(dns.map((k) => /lab_(\w+)_Dns/.exec(k)![1]).sort()).toEqual(['back', 'front']);
    // (cache joins front, batch back): each registration keeps every entry it had and gains one
    expect(dnsEntries(added, 'front').filter((e) => !dnsEntries(base, 'front').includes(e))).toEqual([expect.stringMatching(/^10\.50\.0\.\d+ cache cache\.lab-front\.test lab-cache$/)]);
    expect(dnsEntries(base, 'front').every((e) => dnsEntries(added, 'front').includes(e))).toBe(true);
    expect(dnsEntries(added, 'back').filter((e) => !dnsEntries(base, 'back').includes(e))).toEqual([expect.stringMatching(/ batch batch\.lab-back\.test lab-batch$/)]);
    const newKeys = [...resourcesOf(added).keys()].filter((k) => !resourcesOf(base).has(k));
    expect(newKeys.some((k) => k.includes('cache'))).toBe(true);
    expect(newKeys.every((k) => /cache|batch/.test(k))).toBe(true);
  });

  test('removing a machine removes its resources and changes none: only its network\'s DNS registration loses its names', () => {
    const removed = synthLab({ machines: ['web', 'backup'] });
    const { other, dns } = changesBesidesDns(base, removed);
    expect(other).toEqual([]);
    expect(dns).toEqual([expect.stringMatching(/_lab_front_Dns_/)]);
    expect(dnsEntries(base, 'front').filter((e) => !dnsEntries(removed, 'front').includes(e))).toEqual([expect.stringMatching(/ api api\.lab-front\.test lab-api$/)]);
    const gone = [...resourcesOf(base).keys()].filter((k) => !resourcesOf(removed).has(k));
    expect(gone.length).toBeGreaterThan(0);
    expect(gone.every((k) => k.includes('_api_'))).toBe(true);
    expect(unsafeInPlaceUpdates(base, removed)).toEqual([]);
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
    expect(changesBesidesDns(three, four)).toEqual({ other: [], dns: [expect.stringMatching(/^terraform_data\.kvm1_lan_Dns_/)] });
    expect(dnsEntries(four, 'lan').length).toBe(dnsEntries(three, 'lan').length + 1);
    expect(resourcesOf(four).size).toBeGreaterThan(resourcesOf(three).size);
  });
});

describe('no change plans an in-place update that provider 0.9.7 cannot apply', () => {
  const base = synthLab({ machines: ['web', 'api', 'backup'] });

  test('the guard sees one (sanity: a domain or network changed without its revision)', () => {
    const edited = JSON.parse(JSON.stringify(base));
    const [domainKey] = Object.keys(edited.resource.libvirt_domain);
    edited.resource.libvirt_domain[domainKey].memory = 4096;
    const [networkKey] = Object.keys(edited.resource.libvirt_network);
    edited.resource.libvirt_network[networkKey].ips[0].dhcp.ranges[0].start = '10.50.0.200';
    expect(unsafeInPlaceUpdates(base, edited)).toEqual([
      `libvirt_domain.${domainKey}: memory would be updated in place, which provider 0.9.7 cannot do`,
      `libvirt_network.${networkKey}: ips would be updated in place, which provider 0.9.7 cannot do`,
    ]);
  });

  function quickstartLike(options: { runcmd?: string; vcpus?: number; dhcpFrom?: number; networkAutostart?: boolean; image?: 'a' | 'b'; extra?: boolean; dataGiB?: number } = {}): any {
    const stack = new TerraformStack(Testing.app(), 'test');
    const host = new Host(stack, 'kvm1');
    const image = options.image === 'b'
      ? new BaseImage(stack, 'debian', { url: 'https://example.org/debian-12-20270101.qcow2', sha256: 'b'.repeat(64), loginUser: 'debian', name: 'debian-12' })
      : new BaseImage(stack, 'debian', { url: 'https://example.org/debian-12-20261006.qcow2', sha256: 'a'.repeat(64), loginUser: 'debian', name: 'debian-12' });
    const net = new Network(host, 'net', {
      cidr: '10.77.0.0/24', autostart: options.networkAutostart,
      ...(options.dhcpFrom ? { dhcpRange: { start: `10.77.0.${options.dhcpFrom}`, end: '10.77.0.254' } } : {}),
    });
    new VirtualMachine(host, 'web', {
      image, nics: [{ network: net, address: '10.77.0.10' }], sshAuthorizedKeys: [SSH_KEY], vcpus: options.vcpus,
      dataDisks: [{ sizeGiB: options.dataGiB ?? 1 }],
      cloudConfig: options.runcmd ? new CloudConfig({ runcmd: [options.runcmd] }) : undefined,
    });
    new VirtualMachine(host, 'db', { image, nics: [{ network: net, address: '10.77.0.11' }], sshAuthorizedKeys: [SSH_KEY] });
    if (options.extra) new VirtualMachine(host, 'cache', { image, nics: [{ network: net, address: '10.77.0.12' }], sshAuthorizedKeys: [SSH_KEY] });
    return JSON.parse(Testing.synth(stack));
  }
  const q = quickstartLike();
  /** The changes by address pattern: what is replaced and what is updated. */
  const summary = (after: any) => {
    const changes = plannedChanges(q, after);
    const name = (a: string) => a.replace(/_[0-9A-F]{8}$/, '').replace(/-[0-9a-f]{8,16}(?=$|_)/, '');
    return {
      replaced: changes.filter((c) => c.replaced).map((c) => name(c.address)).sort(),
      updated: changes.filter((c) => !c.replaced && c.attributes.length > 0).map((c) => name(c.address)).sort(),
      ...(changes.some((c) => c.addedKeys?.length || c.removedKeys?.length)
        ? { instances: changes.filter((c) => c.addedKeys).map((c) => ({ [name(c.address)]: { added: c.addedKeys, removed: c.removedKeys } })) } : {}),
    };
  };

  test('editing a machine\'s cloud-config replaces its seed, seed volume and domain on its kept disks', () => {
    const after = quickstartLike({ runcmd: 'echo changed' });
    expect(unsafeInPlaceUpdates(q, after)).toEqual([]);
    expect(summary(after)).toEqual({
      replaced: ['libvirt_cloudinit_disk.kvm1_web_CloudInit', 'libvirt_domain.kvm1_web', 'libvirt_volume.kvm1_web_Seed'],
      updated: ['terraform_data.kvm1_web_SeedRevision'],
    });
  });

  test('vCPUs replace the domain and nothing else', () => {
    const after = quickstartLike({ vcpus: 2 });
    expect(unsafeInPlaceUpdates(q, after)).toEqual([]);
    expect(summary(after)).toEqual({ replaced: ['libvirt_domain.kvm1_web'], updated: ['terraform_data.kvm1_web_Revision'] });
  });

  test('a data disk\'s size replaces that disk (the provider cannot resize) and the domain with it', () => {
    const after = quickstartLike({ dataGiB: 2 });
    expect(unsafeInPlaceUpdates(q, after)).toEqual([]);
    expect(summary(after)).toEqual({
      replaced: ['libvirt_domain.kvm1_web', 'libvirt_volume.kvm1_web_DataDisk0'],
      updated: ['terraform_data.kvm1_web_DataDisk0Revision'],
    });
  });

  test('the network\'s DHCP range replaces the network and exactly the machines on it, and their DNS entries', () => {
    const after = quickstartLike({ dhcpFrom: 200 });
    expect(unsafeInPlaceUpdates(q, after)).toEqual([]);
    expect(summary(after)).toEqual({
      replaced: ['libvirt_domain.kvm1_db', 'libvirt_domain.kvm1_web', 'libvirt_network.kvm1_net', 'terraform_data.kvm1_net_Dns'],
      updated: ['terraform_data.kvm1_net_Revision'],
    });
  });

  test('the network\'s autostart is updated in place, which the provider does, and no machine is touched', () => {
    const after = quickstartLike({ networkAutostart: false });
    expect(unsafeInPlaceUpdates(q, after)).toEqual([]);
    expect(summary(after)).toEqual({ replaced: [], updated: ['libvirt_network.kvm1_net'] });
  });

  test('a new image leaves every machine on its old one; only the download is replaced, and a new machine gets the new image', () => {
    const after = quickstartLike({ image: 'b', extra: true });
    expect(unsafeInPlaceUpdates(q, after)).toEqual([]);
    // THEN the machines there stay as they are (their pins keep the old image), the download is replaced
    expect(summary(after)).toEqual({
      // (and the new machine's names join the network's DNS registration)
      replaced: ['terraform_data.debian_Download', 'terraform_data.kvm1_net_Dns'],
      updated: [],
      instances: [{ 'libvirt_volume.debian_Volume': { added: ['bbbbbbbbbbbb'], removed: [] } }],
    });
    // AND the base volume's instances are the old image's and the new one's, which the new machine's pin holds
    const before = resourcesOfPlan(q);
    const now = resourcesOfPlan(after);
    const [baseKey] = [...now.keys()].filter((k) => k.startsWith('libvirt_volume.debian_Volume'));
    const pins = [...now.keys()].filter((k) => k.includes('ImagePin'));
    expect(pins.map((p) => (before.get(p) ?? now.get(p))!.input.image).sort()).toEqual(['aaaaaaaaaaaa', 'aaaaaaaaaaaa', 'bbbbbbbbbbbb']);
    expect(now.get(baseKey)!.name).toBe('debian-12-${each.key}.qcow2');
  });
});
