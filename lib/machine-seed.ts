import { Lazy } from 'cdktf';
import { IConstruct } from 'constructs';
import { CloudConfig, CloudIdentity } from './cloud-init';
import { CloudinitDisk } from './generated/providers/libvirt/cloudinit-disk';
import { Volume } from './generated/providers/libvirt/volume';
import { IHost, IStoragePool } from './host';
import { networkKeyOf, PlannedNic } from './machine-nics';
import { PlannedSeed, planOf } from './private/plan';
import { MachineRouting } from './private/routing';
import { renderMetaData, renderNetworkConfig, SeedNic } from './private/seed';
import { escapeTerraformTemplate } from './private/terraform-escape';

/**
 * A machine's cloud-init seed: the machine registers in the stack's plan how its seed is rendered,
 * and the seed ISO (built on the machine that runs terraform) and the volume it is uploaded to take
 * their content from the planning pass, once every router is known (routes depend on them) and the
 * composites have added their parts.
 */

/** What the seed of a machine is made of. */
export interface SeedSpec {
  readonly host: IHost;
  /** libvirt name of the machine (with the lab prefix). */
  readonly machineName: string;
  readonly hostname: string;
  /** The pool of the seed volume. */
  readonly pool: IStoragePool;
  readonly nics: readonly PlannedNic[];
  /** The machine's own cloud-config (composites' parts are added after it). */
  readonly cloudConfig: CloudConfig;
  readonly identity: CloudIdentity;
}

/** The seed ISO and its volume. */
export interface MachineSeed {
  readonly seed: CloudinitDisk;
  readonly seedVolume: Volume;
}

/** Registers the seed of machine `owner` in the stack's plan and creates the resources that carry it. */
export function createSeed(owner: IConstruct, spec: SeedSpec): MachineSeed {
  const key = owner.node.path;
  planOf(owner).addMachine({
    key,
    nics: spec.nics.map((n) => ({ network: networkKeyOf(n), cidr: n.network.cidr, address: n.address })),
    renderSeed: (routing, parts) => renderSeed(owner, spec, routing, parts as CloudConfig[]),
  });
  // escaped: Terraform would read a `${HOME}` in a runcmd or file as an interpolation
  const text = (part: keyof PlannedSeed) => Lazy.stringValue({ produce: () => escapeTerraformTemplate(planOf(owner).seedOf(key)[part]) });
  const seed = new CloudinitDisk(owner, 'CloudInit', {
    provider: spec.host.provider,
    name: `${spec.machineName}-seed`,
    userData: text('userData'),
    networkConfig: text('networkConfig'),
    metaData: text('metaData'),
  });
  const seedVolume = new Volume(owner, 'Seed', {
    provider: spec.host.provider,
    name: `${spec.machineName}-seed.iso`,
    pool: spec.pool.poolName,
    // no target format: "raw" reads back as "iso" and gives an inconsistent result (provider #1346)
    create: { content: { url: seed.path } },
  });
  return { seed, seedVolume };
}

/** The seed as the planning pass renders it: the machine's cloud-config with the parts added to it, its NICs and routes. */
function renderSeed(owner: IConstruct, spec: SeedSpec, routing: MachineRouting, parts: readonly CloudConfig[]): PlannedSeed {
  const cloudConfig = parts.reduce((merged, part) => merged.merge(part), spec.cloudConfig);
  const userData = cloudConfig.render(owner, spec.identity);
  const nics: SeedNic[] = spec.nics.map((nic) => ({
    interfaceName: nic.interfaceName,
    mac: nic.mac,
    address: nic.address,
    prefixLength: nic.network.prefixLength ?? nic.network.cidr?.split('/')[1],
    gateway: nic.network.gateway,
    isolated: nic.network.mode.kind === 'isolated',
    nameservers: nic.network.nameservers,
    domain: nic.network.domain,
    mtu: nic.network.mtu,
  }));
  const networkConfig = renderNetworkConfig(nics, routing);
  return { userData, networkConfig, metaData: renderMetaData(owner, spec.machineName, spec.hostname, userData, networkConfig) };
}
