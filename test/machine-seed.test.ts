/** A machine's seed: registered in the stack's plan, rendered by the planning pass, carried by the seed ISO and its volume. */
import { Construct } from 'constructs';
import { parse } from 'yaml';
import { CloudConfig, Network, Router } from '../lib';
import { createSeed, SeedSpec } from '../lib/machine-seed';
import { planNics } from '../lib/machine-nics';
import { planOf } from '../lib/private/plan';
import { newLab, oneOf, synthJson } from './support/lab';

function seedSpec(lab: ReturnType<typeof newLab>, owner: Construct, cloudConfig = new CloudConfig()): SeedSpec {
  return {
    host: lab.host,
    machineName: owner.node.id,
    hostname: owner.node.id,
    pool: lab.host.defaultPool,
    nics: planNics(owner, lab.host, [{ network: lab.net }], owner.node.id),
    cloudConfig,
    identity: { hostname: owner.node.id },
  };
}

describe('createSeed', () => {
  test('creates the seed ISO and its volume, named after the machine, the volume uploaded from the ISO', () => {
    const lab = newLab();
    const owner = new Construct(lab.host, 'web');
    const { seed, seedVolume } = createSeed(owner, seedSpec(lab, owner));
    const json = synthJson(lab.stack);
    expect(oneOf(json, 'libvirt_cloudinit_disk').name).toBe('web-seed');
    const volume = oneOf(json, 'libvirt_volume', (v) => v.name === 'web-seed.iso');
    expect(volume.create.content.url).toBe(`\${libvirt_cloudinit_disk.${seed.friendlyUniqueId}.path}`);
    expect(seedVolume.friendlyUniqueId).toContain('Seed');
  });

  test('the documents come from the planning pass: parts added later and routers created later are in them, the config given is unchanged', () => {
    // GIVEN a seed, then a part added to it in the plan and a router created after it
    const lab = newLab();
    const owner = new Construct(lab.host, 'web');
    const config = new CloudConfig({ packages: ['nginx'] });
    createSeed(owner, seedSpec(lab, owner, config));
    planOf(owner).addSeedPart(owner.node.path, new CloudConfig({ packages: ['curl'], runcmd: ['echo part'] }));
    const behind = new Network(lab.host, 'behind', { cidr: '10.88.0.0/24' });
    new Router(lab.host, 'r1', { image: lab.image, networks: [lab.net, behind] });
    // WHEN synthesized
    const seed = oneOf(synthJson(lab.stack), 'libvirt_cloudinit_disk', (s) => s.name === 'web-seed');
    // THEN the user-data has the machine's config then the part, the network-config the route through the router
    const userData = parse(seed.user_data, { version: '1.1' });
    expect(userData.packages).toEqual(['nginx', 'curl']);
    expect(userData.runcmd).toEqual(['echo part']);
    expect(parse(seed.network_config).ethernets.nic0.routes).toContainEqual({ to: '10.88.0.0/24', via: expect.stringMatching(/^10\.77\.0\./) });
    expect(parse(seed.meta_data)['instance-id']).toMatch(/^web-[0-9a-f]{12}$/);
    // AND the config the caller gave is as it was
    expect(parse(config.render(owner, { hostname: 'web' }), { version: '1.1' }).packages).toEqual(['nginx']);
  });
});
