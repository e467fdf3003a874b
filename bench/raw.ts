/**
 * The benchmark's labs written by hand with the generated L1 classes, as a user without the
 * constructs would write them to get the SAME plan: the benchmark checks that this program writes a
 * `cdk.tf.json` byte-identical to the constructs' (bench/ours.ts) and refuses to report otherwise.
 *
 * Where the plan holds values that a user would compute with some code of their own (MACs,
 * allocated addresses, the cloud-init documents, the revision hashes that make terraform replace
 * instead of update, the DNS registration's entries and script), this program calls the library's
 * pure planning functions (lib/private/*), so both programs pay the same for those values. What it
 * does not do is what the constructs add on top: validation, uniqueness claims, the stack's plan and
 * model, and the artifacts (inventory, ssh_config, diagram) written beside the plan.
 *
 * `terraform_data` is lib/terraform-data.ts, the L1 of Terraform's built-in resource (cdktf's own
 * `DataResource` runs `terraform version` once per resource, which would slow this program down).
 *
 * The benchmark runs this program twice: against lib/generated (the lazy bindings) and against the
 * generator's eager bindings (dist/eager-bindings, swapped in by module resolution; see
 * bench/eager-bindings.ts).
 */
import { App, AssetType, Fn, TerraformAsset, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { CloudinitDisk } from '../lib/generated/providers/libvirt/cloudinit-disk';
import { Domain } from '../lib/generated/providers/libvirt/domain';
import { Network } from '../lib/generated/providers/libvirt/network';
import { Pool } from '../lib/generated/providers/libvirt/pool';
import { LibvirtProvider } from '../lib/generated/providers/libvirt/provider';
import { Volume } from '../lib/generated/providers/libvirt/volume';
import { defaultBridgeName } from '../lib/network-mode';
import { AddressPool, addressAt, hashIndex, staticPool } from '../lib/private/allocator';
import { CATALOG } from '../lib/private/catalog';
import { formatIpv4, Ipv4Subnet, netmask, parseIpv4, parseSubnet } from '../lib/private/ipv4';
import { macFromAddress } from '../lib/private/mac';
import { PINNED_PROVIDER_VERSIONS } from '../lib/private/provider-versions';
import { addressOf, replaceOnChange, synthesizedAttributes } from '../lib/private/replacement';
import { scriptCommand, scriptPath } from '../lib/private/scripts';
import { renderMetaData, renderNetworkConfig } from '../lib/private/seed';
import { escapeTerraformTemplate } from '../lib/private/terraform-escape';
import { toGuestYaml } from '../lib/private/yaml';
import { TerraformData } from '../lib/terraform-data';
import {
  KEY, LAB_CIDR, LAB_POOL_PATH, labAddress, motd, Shape, STAMPED_MAX_COPIES, STAMPED_POOL_NAME, STAMPED_POOL_PATH, STAMPED_SPACE, stackName,
} from './shapes';

const URI = 'qemu:///system';
const LOGIN_USER = 'debian';

/** What every resource of the lab needs. */
interface Ctx {
  readonly stack: TerraformStack;
  readonly provider: LibvirtProvider;
  readonly pool: { readonly scope: Construct; readonly resource: Pool };
  readonly image: RawImage;
}

/** Builds the lab of `shape` and `size` in a new App writing to `outdir`; the caller synthesizes it. */
export function buildRaw(shape: Shape, size: number, outdir: string): App {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, stackName(shape));
  const host = new Construct(stack, 'local');
  const provider = new LibvirtProvider(stack, 'provider-local', { uri: URI });
  stack.addOverride('terraform.required_providers.libvirt.version', PINNED_PROVIDER_VERSIONS.libvirt);
  const pool = shape === 'lab'
    ? rawPool(provider, host, 'pool', 'pool', LAB_POOL_PATH, false)
    : rawPool(provider, host, 'pool', STAMPED_POOL_NAME, STAMPED_POOL_PATH, true);
  const image = new RawImage(stack, provider, pool);
  const ctx: Ctx = { stack, provider, pool, image };

  if (shape === 'lab') {
    const net = rawNetwork(ctx, host, 'net', 'net', LAB_CIDR);
    for (let i = 0; i < size; i++) {
      rawMachine(ctx, host, `vm${i}`, { name: `vm${i}`, hostname: `vm${i}`, network: net, address: labAddress(i) });
    }
    registerDns(ctx, net);
  } else {
    const classScope = new Construct(host, 'class');
    const space = parseSubnet(STAMPED_SPACE) as Ipv4Subnet;
    const blockPrefix = space.prefix + Math.ceil(Math.log2(STAMPED_MAX_COPIES));
    const width = Math.max(2, String(STAMPED_MAX_COPIES).length);
    for (let copy = 0; copy < size; copy++) {
      const n = String(copy + 1).padStart(width, '0');
      const prefix = `class-${n}`;
      const lab = new Construct(classScope, n);
      const net = rawNetwork(ctx, lab, 'net', `${prefix}-net`, `${formatIpv4(space.first + copy * 2 ** (32 - blockPrefix))}/24`);
      // the identity of a machine in a lab is its path inside the lab: its id here
      const workstation = rawMachine(ctx, lab, 'workstation', { name: `${prefix}-workstation`, hostname: 'workstation', network: net, address: allocated(net, 'workstation') });
      const server = rawMachine(ctx, lab, 'server', { name: `${prefix}-server`, hostname: 'server', network: net, address: allocated(net, 'server'), file: motd(copy) });
      registerDns(ctx, net);
      new TerraformOutput(lab, 'Addresses', {
        description: `planned IPv4 addresses of the machines of lab ${prefix}, by machine name`,
        value: { [workstation.name]: [workstation.address], [server.name]: [server.address] },
      }).overrideLogicalId(`${prefix.replace(/[^A-Za-z0-9_]/g, '_')}_addresses`);
    }
  }
  image.setInstances();
  return app;
}

/** A `dir` pool that keeps its directory, and the `terraform_data` that removes it at destroy when `deleteOnDestroy` says so. */
function rawPool(provider: LibvirtProvider, host: Construct, id: string, name: string, path: string, deleteOnDestroy: boolean) {
  const scope = new Construct(host, id);
  const directory = new TerraformData(scope, 'Directory', {
    input: { uri: URI, pool: name, directory: path, delete: deleteOnDestroy },
    provisioners: [{
      type: 'local-exec',
      when: 'destroy',
      interpreter: ['/bin/sh', '-c'],
      command: scriptCommand('pool-dir.sh'),
      environment: { LIBVIRT_URI: '${self.input.uri}', POOL: '${self.input.pool}', DIRECTORY: '${self.input.directory}', DELETE: '${self.input.delete}' },
    }],
  });
  const resource = new Pool(scope, 'Resource', {
    provider,
    name,
    type: 'dir',
    target: { path },
    create: { buildAttribute: true, start: true, autostart: true },
    destroy: { delete: false },
    dependsOn: [directory],
  });
  replaceOnChange(resource, { ignore: ['destroy'] });
  return { scope, resource };
}

/** The catalogue's debian-12: its download into the deploying machine's cache, and its base volume with one instance per machine's image pin. */
class RawImage {
  public readonly contentKey: string;
  private readonly scope: Construct;
  private readonly volume: Volume;
  private readonly pins: TerraformData[] = [];

  constructor(stack: TerraformStack, provider: LibvirtProvider, private readonly pool: { scope: Construct; resource: Pool }) {
    const entry = CATALOG.find((e) => e.name === 'debian-12')!;
    const checksum = entry.checksum.value!;
    this.contentKey = checksum.slice(0, 12);
    const cache = Fn.pathexpand('~/.cache/cdktf-libvirt/images');
    const cacheFile = `${entry.checksum.algorithm}-${checksum}.${entry.format}`;
    this.scope = new Construct(stack, 'debian');
    const suffix = pool.scope.node.addr.slice(0, 16);
    const download = new TerraformData(this.scope, `Download-${suffix}`, {
      input: { image: this.contentKey },
      triggersReplace: { url: entry.url, checksum },
      provisioners: [{
        type: 'local-exec',
        interpreter: ['/bin/sh', '-c'],
        command: scriptCommand('fetch-image.sh'),
        environment: {
          IMAGE_URL: entry.url,
          IMAGE_FILE_NAME: entry.fileName,
          CHECKSUM_ALGORITHM: entry.checksum.algorithm,
          CHECKSUM: checksum,
          CHECKSUM_URL: '',
          CACHE_DIR: cache,
          DEST: `${cache}/${cacheFile}`,
        },
      }],
    });
    this.volume = new Volume(this.scope, `Volume-${suffix}`, {
      provider,
      name: `${entry.name}-\${each.key}.${entry.format}`,
      pool: pool.resource.name,
      target: { format: { type: entry.format } },
      create: { content: { url: `\${each.key == "${this.contentKey}" ? join("", [${cache}, "/${cacheFile}"]) : "/cdktf-libvirt: image \${each.key} is no longer in the configuration"}` } },
      dependsOn: [download],
      lifecycle: { ignoreChanges: ['create'] },
    });
  }

  /** The backing path of a root disk of `machine`, through the machine's own image pin. */
  public backingPath(machine: Construct): string {
    const pin = new TerraformData(machine, `ImagePin-${this.pool.scope.node.addr.slice(0, 8)}`, {
      input: { image: this.contentKey },
      lifecycle: { ignoreChanges: ['input'] },
    });
    this.pins.push(pin);
    return `\${${this.volume.fqn}[${pin.fqn}.input.image].path}`;
  }

  /** One base volume instance per image a machine is pinned to. */
  public setInstances(): void {
    const keys = this.pins.length === 0 ? [`"${this.contentKey}"`] : this.pins.map((p) => `${p.fqn}.input.image`);
    this.volume.addOverride('for_each', `\${toset([${keys.join(', ')}])}`);
  }
}

/** A NAT network with its addressing (gateway first, DHCP in the upper half), and the DNS entries of its machines. */
interface RawNetwork {
  readonly scope: Construct;
  readonly resource: Network;
  readonly gateway: string;
  readonly prefix: number;
  readonly domain: string;
  /** The addresses machines may be given: the subnet minus the gateway and the DHCP range. */
  readonly pool: AddressPool;
  readonly entries: Array<{ address: string; names: string[] }>;
}

function rawNetwork(ctx: Ctx, parent: Construct, id: string, name: string, cidr: string): RawNetwork {
  const scope = new Construct(parent, id);
  const subnet = parseSubnet(cidr) as Ipv4Subnet;
  const gateway = subnet.first + 1;
  const dhcp: [number, number] = [Math.max(subnet.first + (subnet.last - subnet.first + 1) / 2, subnet.first + 2), subnet.last - 1];
  const domain = `${name}.test`;
  const resource = new Network(scope, 'Resource', {
    provider: ctx.provider,
    name,
    autostart: true,
    forward: { mode: 'nat' },
    bridge: { name: defaultBridgeName(name), stp: 'on', delay: '0' },
    domain: { name: domain, localOnly: 'yes' },
    dns: { enable: 'yes' },
    ips: [{ address: formatIpv4(gateway), netmask: netmask(subnet.prefix), dhcp: { ranges: [{ start: formatIpv4(dhcp[0]), end: formatIpv4(dhcp[1]) }] } }],
  });
  replaceOnChange(resource, { updatable: ['autostart'] });
  const pool = staticPool(subnet.first, subnet.last, [[gateway, gateway], dhcp]);
  return { scope, resource, gateway: formatIpv4(gateway), prefix: subnet.prefix, domain, pool, entries: [] };
}

/** The address a machine with identity `identity` gets on `net` (the same function the constructs use). */
function allocated(net: RawNetwork, identity: string): string {
  return formatIpv4(addressAt(net.pool, hashIndex(identity, net.pool.size)));
}

/** The terraform_data that registers the names of a network's machines in its DNS (dns-host.sh, shipped once as an asset). */
function registerDns(ctx: Ctx, net: RawNetwork): void {
  const id = 'cdktf-libvirt-dns-host';
  const asset = (ctx.stack.node.tryFindChild(id) as TerraformAsset | undefined)
    ?? new TerraformAsset(ctx.stack, id, { path: scriptPath('dns-host.sh'), type: AssetType.FILE });
  const command = `/bin/sh "\${path.module}/${asset.path}"`;
  const entries = [...net.entries].sort((a, b) => parseIpv4(a.address)! - parseIpv4(b.address)!)
    .map((e) => [e.address, ...e.names].join(' ')).join(';');
  const input = { uri: URI, network: net.resource.name, entries };
  const env = (action: string) => ({ ACTION: action, LIBVIRT_URI: '${self.input.uri}', NETWORK: '${self.input.network}', ENTRIES: '${self.input.entries}' });
  new TerraformData(net.scope, 'Dns', {
    input,
    triggersReplace: { ...input, network_id: net.resource.id },
    provisioners: [
      { type: 'local-exec', interpreter: ['/bin/sh', '-c'], command, environment: env('add') },
      { type: 'local-exec', when: 'destroy', interpreter: ['/bin/sh', '-c'], command, environment: env('remove') },
    ],
  });
}

interface MachineSpec {
  /** libvirt name (with the lab prefix). */
  readonly name: string;
  readonly hostname: string;
  readonly network: RawNetwork;
  readonly address: string;
  /** A file its cloud-config writes. */
  readonly file?: { path: string; content: string };
}

/** A machine: root overlay, cloud-init seed and its volume, the domain, their revisions, and the output of its address. */
function rawMachine(ctx: Ctx, parent: Construct, id: string, spec: MachineSpec): MachineSpec {
  const { provider, pool } = ctx;
  const net = spec.network;
  const scope = new Construct(parent, id);
  // every NIC of the bench has a planned address: its MAC spells it
  const mac = macFromAddress(parseIpv4(spec.address)!);
  const fqdn = `${spec.hostname}.${net.domain}`;
  const root = new Volume(scope, 'RootDisk', {
    provider,
    name: `${spec.name}-root.qcow2`,
    pool: pool.resource.name,
    capacity: 10,
    capacityUnit: 'GiB',
    target: { format: { type: 'qcow2' } },
    backingStore: { path: ctx.image.backingPath(scope), format: { type: 'qcow2' } },
  });

  const userData = `#cloud-config\n${toGuestYaml({
    hostname: spec.hostname,
    fqdn,
    prefer_fqdn_over_hostname: false,
    manage_etc_hosts: true,
    ssh_pwauth: false,
    disable_root: true,
    ssh_deletekeys: false,
    users: [{ name: LOGIN_USER, shell: '/bin/bash', sudo: 'ALL=(ALL) NOPASSWD:ALL', lock_passwd: true, ssh_authorized_keys: [KEY] }],
    ...(spec.file ? { write_files: [{ path: spec.file.path, content: spec.file.content, permissions: '0644', owner: 'root:root' }] } : {}),
  })}`;
  const networkConfig = renderNetworkConfig([{
    interfaceName: 'nic0', mac, address: spec.address, prefixLength: net.prefix, gateway: net.gateway, isolated: false, nameservers: [net.gateway], domain: net.domain,
  }], { routes: new Map() });
  const metaData = renderMetaData(ctx.stack, spec.name, spec.hostname, userData, networkConfig);
  const seed = new CloudinitDisk(scope, 'CloudInit', {
    provider,
    name: `${spec.name}-seed`,
    userData: escapeTerraformTemplate(userData),
    networkConfig: escapeTerraformTemplate(networkConfig),
    metaData: escapeTerraformTemplate(metaData),
  });
  const seedVolume = new Volume(scope, 'Seed', { provider, name: `${spec.name}-seed.iso`, pool: pool.resource.name, create: { content: { url: seed.path } } });

  const domain = new Domain(scope, 'Resource', {
    provider,
    name: spec.name,
    type: 'kvm',
    memory: 1024,
    memoryUnit: 'MiB',
    vcpu: 1,
    running: true,
    autostart: false,
    os: { type: 'hvm', typeArch: 'x86_64', typeMachine: 'q35', bootDevices: [{ dev: 'hd' }] },
    features: { acpi: true, apic: {} },
    cpu: { mode: 'host-passthrough' },
    devices: {
      controllers: [{ type: 'scsi', index: 0, model: 'virtio-scsi' }],
      disks: [
        { device: 'disk', source: { volume: { pool: pool.resource.name, volume: root.name } }, target: { dev: 'vda', bus: 'virtio' }, driver: { name: 'qemu', type: 'qcow2' } },
        {
          device: 'cdrom', source: { volume: { pool: pool.resource.name, volume: seedVolume.name } }, target: { dev: 'sda', bus: 'scsi' },
          driver: { name: 'qemu', type: 'raw' }, readOnly: true,
        },
      ],
      interfaces: [{ model: { type: 'virtio' }, mac: { address: mac }, source: { network: { network: net.resource.name } } }],
      serials: [{ target: { port: 0 } }],
      channels: [{ source: { unix: { mode: 'bind' } }, target: { virtIo: { name: 'org.qemu.guest_agent.0' } } }],
      rngs: [{ model: 'virtio', backend: { random: '/dev/urandom' } }],
    },
  });
  replaceOnChange(root);
  replaceOnChange(seedVolume, { ignore: ['create'], extra: () => synthesizedAttributes(seed) });
  replaceOnChange(domain, { triggeredBy: [root, seedVolume, net.resource].map((r) => addressOf(r, 'id')) });

  net.entries.push({ address: spec.address, names: [spec.hostname, fqdn, ...(spec.name !== spec.hostname ? [spec.name] : [])] });
  new TerraformOutput(scope, 'PlannedAddresses', {
    value: [spec.address],
    description: `planned IPv4 addresses of ${spec.name}, in NIC order`,
  }).overrideLogicalId(`${spec.name.replace(/[^A-Za-z0-9_]/g, '_')}_addresses`);
  return spec;
}
