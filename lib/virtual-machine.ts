import { Lazy, TerraformOutput, Token } from 'cdktf';
import { Construct } from 'constructs';
import { IBaseImage } from './base-image';
import { CloudConfig, CloudIdentity } from './cloud-init';
import { Firmware } from './firmware';
import { CloudinitDisk } from './generated/providers/libvirt/cloudinit-disk';
import { DataLibvirtDomainInterfaceAddresses } from './generated/providers/libvirt/data-libvirt-domain-interface-addresses';
import { Domain, DomainConfig, DomainDevicesDisks, DomainDevicesInterfaces } from './generated/providers/libvirt/domain';
import { Volume } from './generated/providers/libvirt/volume';
import { DomainType, Host, IHost, IStoragePool } from './host';
import { INetwork, Network } from './network';
import { ensureArtifacts } from './lab-artifacts';
import { deterministicMac } from './private/mac';
import { identityOf, labContextOf, qualify } from './private/lab-context';
import { modelOf } from './private/model';
import { registryOf } from './private/registry';
import { addressOf, replaceOnChange, synthesizedAttributes } from './private/replacement';
import { scriptCommand, virshUri } from './private/scripts';
import { planOf } from './private/plan';
import { MachineRouting } from './private/routing';
import { renderMetaData, renderNetworkConfig, SeedNic } from './private/seed';
import { escapeTerraformTemplate } from './private/terraform-escape';
import { checkAbsolutePath, checkHostname, checkInteger, checkMac, checkObjectName, fail, isToken } from './private/validate';
import { Graphics } from './graphics';
import { TerraformData } from './terraform-data';
import { TopologyMachine } from './topology';

/** A network interface of a machine. */
export interface NicOptions {
  /** The network the NIC is attached to; it must be on the machine's host. */
  readonly network: INetwork;
  /**
   * A fixed IPv4 address, configured in the guest by cloud-init. It must lie in the network's
   * subnet, outside its DHCP range, and not be the gateway.
   * @default - allocated by the network from the machine's identity when the network allocates
   * addresses (libvirt-managed networks do); DHCP otherwise
   */
  readonly address?: string;
  /**
   * Use DHCP on this NIC even though the network allocates addresses. The address is then not
   * known at synth: it is not in DNS, the artifacts or the outputs of planned addresses.
   * @default false
   */
  readonly dhcp?: boolean;
  /**
   * The MAC address, lowercase, in QEMU's 52:54:00 range.
   * @default - derived from the machine's construct path and the NIC's position: the same code always gives the same MAC
   */
  readonly mac?: string;
}

/** An extra disk of a machine. */
export interface DataDiskOptions {
  /**
   * Size in GiB. Provider 0.9 cannot resize a volume: changing the size replaces the disk, which
   * comes back empty (the plan says so first).
   */
  readonly sizeGiB: number;
  /**
   * The pool the disk lives in.
   * @default - the machine's pool
   */
  readonly pool?: IStoragePool;
}

/** Props of a {@link VirtualMachine}. */
export interface VirtualMachineProps {
  /**
   * The host the machine runs on.
   * @default - inherited from the nearest parent that is or has a host
   */
  readonly host?: IHost;
  /**
   * libvirt name of the domain, and prefix of its volumes.
   * @default - the construct id, lowercased; inside a Lab, with the lab's prefix in front
   */
  readonly name?: string;
  /**
   * The guest's hostname (never prefixed: inside a lab, machines call each other by it).
   * @default - the machine's name without the lab prefix
   */
  readonly hostname?: string;
  /**
   * The image whose copy-on-write overlay is the root disk.
   * @default - the image of the lab the machine is in
   */
  readonly image?: IBaseImage;
  /**
   * The pool of the machine's volumes (root disk, data disks, cloud-init seed).
   * @default - the lab's pool, else the host's default pool
   */
  readonly pool?: IStoragePool;
  /**
   * The host part of the machine's allocated addresses: on every network that allocates, its
   * address is the network address plus this number (10 on 10.77.0.0/24 gives 10.77.0.10).
   * Predictable, and the fix when two machines' identities map to the same address.
   * @default - derived from the machine's identity (its construct path inside its lab)
   */
  readonly hostNumber?: number;
  /**
   * Virtual CPUs.
   * @default 1
   */
  readonly vcpus?: number;
  /**
   * Memory in MiB (at least 128).
   * @default 1024
   */
  readonly memoryMiB?: number;
  /**
   * Size of the root disk in GiB, at least the image's size. A qcow2 overlay only takes the
   * space the guest writes.
   * @default - the image's size, and at least 10
   */
  readonly rootDiskGiB?: number;
  /**
   * Extra disks (vdb, vdc, ...), empty qcow2 volumes.
   * @default - none
   */
  readonly dataDisks?: DataDiskOptions[];
  /** The NICs, in order: the first one carries the default route. */
  readonly nics: NicOptions[];
  /**
   * Firmware.
   * @default Firmware.bios()
   */
  readonly firmware?: Firmware;
  /**
   * Graphical console.
   * @default Graphics.none() (a serial console is always there)
   */
  readonly graphics?: Graphics;
  /**
   * Add the QEMU guest agent's virtio channel, so libvirt can ask the guest for its addresses
   * and shut it down cleanly. The image must run qemu-guest-agent for it to answer.
   * @default true
   */
  readonly guestAgent?: boolean;
  /**
   * Start the machine when its host boots.
   * @default false
   */
  readonly autostart?: boolean;
  /**
   * The user to create for SSH login, with passwordless sudo.
   * @default - the lab's login user, else the image's
   */
  readonly loginUser?: string;
  /**
   * Public SSH keys of the login user.
   * @default - the lab's keys; outside a lab none: the machine is only reachable through its console
   */
  readonly sshAuthorizedKeys?: string[];
  /**
   * Further cloud-init configuration: users, packages, commands, files.
   * @default - only hostname and login user
   */
  readonly cloudConfig?: CloudConfig;
  /**
   * A file on the host where the serial console's output is written (the directory must exist).
   * @default - not logged
   */
  readonly serialLogFile?: string;
  /**
   * Seconds `terraform apply` waits for the first NIC to get a DHCP lease. Only used when the first
   * NIC uses DHCP on a libvirt-managed network whose DHCP range is known: machines with fixed
   * addresses take no lease, and a wait that times out makes the provider destroy the machine.
   * 0 turns waiting off.
   * @default 300
   */
  readonly waitForLeaseSeconds?: number;
}

/** What machines inherit from the lab they are in (see {@link LabProps}). */
export interface MachineDefaults {
  readonly pool?: IStoragePool;
  readonly image?: IBaseImage;
  readonly sshAuthorizedKeys?: string[];
  readonly loginUser?: string;
}

/** Where a machine's NIC is, as planned. */
export interface PlannedNic {
  readonly network: INetwork;
  readonly mac: string;
  /** The planned address (fixed or allocated); absent for DHCP. */
  readonly address?: string;
  /** How the address came to be. */
  readonly addressing: 'fixed' | 'allocated' | 'dhcp';
  /** The interface name the guest gives it (nic0, nic1, ...). */
  readonly interfaceName: string;
}

/**
 * A virtual machine: a root disk that is a copy-on-write overlay of a base image, a cloud-init
 * seed, NICs with stable MACs and addresses, and a domain that runs.
 *
 * Addresses: a NIC without a fixed address gets one from its network (when the network
 * allocates), derived from the machine's identity alone, so adding, removing or reordering other
 * machines never changes it. The address goes into the guest's network-config, the network's DNS
 * (registered with `virsh net-update` beside the network, which stays untouched), the outputs and
 * the artifacts.
 *
 * Provider 0.9.7 cannot change a domain or a volume in place, so whatever changes one replaces it
 * (the plan says so): a new cloud-config replaces the seed and the domain, which boots it on the
 * kept disks with a new instance-id, so cloud-init applies the change; new sizing replaces the
 * domain. The machine keeps the base image it was created from when the image changes (its image
 * pin), and its SSH host keys when its seed changes.
 */
export class VirtualMachine extends Construct {
  /** Whether `x` is a VirtualMachine. */
  public static isVirtualMachine(x: unknown): x is VirtualMachine {
    return typeof x === 'object' && x !== null && VM_MARK in x;
  }

  public readonly host: IHost;
  /** libvirt name of the domain (with the lab prefix). */
  public readonly machineName: string;
  public readonly hostname: string;
  /** hostname.domain on the first NIC's network, when it has a domain. */
  public readonly fqdn?: string;
  /** The login user, when known. */
  public readonly loginUser?: string;
  public readonly vcpus: number;
  public readonly memoryMiB: number;
  /** The NICs as planned: network, MAC, address. */
  public readonly nics: PlannedNic[];
  /** The L1 domain (escape hatch). */
  public readonly domain: Domain;
  /** The root disk overlay volume. */
  public readonly rootVolume: Volume;
  /** The data disk volumes. */
  public readonly dataVolumes: Volume[];
  /** The cloud-init seed ISO (built on the machine that runs terraform). */
  public readonly seed: CloudinitDisk;
  /** The volume the seed ISO is uploaded to. */
  public readonly seedVolume: Volume;
  /** The `terraform_data` resources that register the machine's names in its networks' DNS. */
  public readonly dnsRegistrations: TerraformData[];
  /** Reads the NICs' addresses from libvirt after apply; present when some NIC uses DHCP. */
  public readonly addressLookup?: DataLibvirtDomainInterfaceAddresses;
  /** The machine's own copy of the cloud-config it was given. */
  protected readonly cloudConfig: CloudConfig;
  private readonly cloudIdentity: CloudIdentity;

  constructor(scope: Construct, id: string, props: VirtualMachineProps) {
    super(scope, id);
    (this as unknown as Record<symbol, boolean>)[VM_MARK] = true;
    this.host = Host.resolve(this, props.host);
    const host = this.host;
    const lab = labContextOf<MachineDefaults>(this);
    const shortName = props.name ?? id.toLowerCase();
    this.machineName = qualify(this, shortName);
    this.hostname = props.hostname ?? shortName;
    checkObjectName(this, 'name', this.machineName);
    checkHostname(this, 'hostname', this.hostname);
    checkInteger(this, 'vcpus', props.vcpus, 1, 4096, 'give at least one vCPU');
    checkInteger(this, 'memoryMiB', props.memoryMiB, 128, undefined, 'give at least 128 MiB (cloud images need about 512 MiB to boot)');
    checkInteger(this, 'waitForLeaseSeconds', props.waitForLeaseSeconds, 0);
    checkInteger(this, 'hostNumber', props.hostNumber, 1);
    checkAbsolutePath(this, 'serialLogFile', props.serialLogFile);
    registryOf(this).claim(this, `domain:${host.hostName}:${this.machineName}`, 'the machine name', this.machineName,
      'give each machine on a host its own name');
    this.vcpus = props.vcpus ?? 1;
    this.memoryMiB = props.memoryMiB ?? 1024;

    const image = props.image ?? lab?.defaults.image;
    if (!image) fail(this, 'no image is given and the machine is not in a lab that has one', undefined, 'pass image, or set image on the Lab');
    const pool = props.pool ?? lab?.defaults.pool ?? host.defaultPool;
    if (pool.host !== host) fail(this, `pool ${pool.node.path} is on another host (${pool.host.hostName})`, pool.literalName, 'use a pool on the machine\'s host');
    const rootDiskGiB = props.rootDiskGiB ?? Math.max(10, image.minDiskGiB ?? 0);
    checkInteger(this, 'rootDiskGiB', props.rootDiskGiB, 1);
    if (image.minDiskGiB !== undefined && !isToken(rootDiskGiB) && rootDiskGiB < image.minDiskGiB) {
      fail(this, `rootDiskGiB is smaller than the image ${image.imageName} (${image.minDiskGiB} GiB)`, rootDiskGiB,
        `give at least ${image.minDiskGiB} GiB, or leave rootDiskGiB unset`);
    }
    this.loginUser = props.loginUser ?? lab?.defaults.loginUser ?? image.loginUser;
    const sshKeys = props.sshAuthorizedKeys ?? lab?.defaults.sshAuthorizedKeys;
    if (sshKeys && sshKeys.length > 0 && this.loginUser === undefined) {
      fail(this, `the image ${image.imageName} has no known login user`, undefined, 'set loginUser to the user the SSH keys are for');
    }
    if (!props.nics || props.nics.length === 0) {
      fail(this, 'a machine needs at least one NIC', props.nics, 'give nics: [{ network }]');
    }
    const identity = identityOf(this);
    this.nics = props.nics.map((nic, i) => this.planNic(nic, i, props.nics.slice(0, i), identity, props.hostNumber));

    // Volumes: root overlay, data disks, seed
    this.rootVolume = new Volume(this, 'RootDisk', {
      provider: host.provider,
      name: `${this.machineName}-root.qcow2`,
      pool: pool.poolName,
      capacity: rootDiskGiB,
      capacityUnit: 'GiB',
      target: { format: { type: 'qcow2' } },
      backingStore: { path: image.backingPath(host, pool, this), format: { type: image.format } },
    });
    this.dataVolumes = (props.dataDisks ?? []).map((disk, i) => {
      checkInteger(this, `dataDisks[${i}].sizeGiB`, disk.sizeGiB, 1);
      const diskPool = disk.pool ?? pool;
      if (diskPool.host !== host) fail(this, `dataDisks[${i}] is in a pool on another host`, diskPool.literalName, 'use a pool on the machine\'s host');
      return new Volume(this, `DataDisk${i}`, {
        provider: host.provider,
        name: `${this.machineName}-data${i}.qcow2`,
        pool: diskPool.poolName,
        capacity: disk.sizeGiB,
        capacityUnit: 'GiB',
        target: { format: { type: 'qcow2' } },
      });
    });
    if (this.dataVolumes.length > 24) fail(this, 'too many data disks', this.dataVolumes.length, 'attach at most 24 data disks (vdb to vdy)');

    const firstNetwork = this.nics[0].network;
    this.fqdn = firstNetwork.domain === undefined ? undefined : `${this.hostname}.${firstNetwork.domain}`;
    // a copy: what the caller does with its config afterwards does not reach this machine
    this.cloudConfig = props.cloudConfig?.copy() ?? new CloudConfig();
    this.cloudIdentity = {
      hostname: this.hostname,
      fqdn: this.fqdn,
      loginUser: this.loginUser === undefined ? undefined : { name: this.loginUser, sshAuthorizedKeys: sshKeys },
    };
    // Validate the cloud-config now, so a bad part fails where it was given. The seed itself comes
    // from the stack's planning pass, once every router of the stack is known (routes depend on
    // them) and the composites have added their parts (private/plan.ts).
    this.cloudConfig.render(this, this.cloudIdentity);
    planOf(this).addMachine({
      key: this.node.path,
      nics: this.nics.map((n) => ({ network: n.network.node.path, cidr: n.network.cidr, address: n.address })),
      renderSeed: (routing, parts) => this.renderSeed(routing, parts as CloudConfig[]),
    });
    // escaped: Terraform would read a `${HOME}` in a runcmd or file as an interpolation
    const seedText = (part: 'userData' | 'networkConfig' | 'metaData') =>
      Lazy.stringValue({ produce: () => escapeTerraformTemplate(planOf(this).seedOf(this.node.path)[part]) });
    this.seed = new CloudinitDisk(this, 'CloudInit', {
      provider: host.provider,
      name: `${this.machineName}-seed`,
      userData: seedText('userData'),
      networkConfig: seedText('networkConfig'),
      metaData: seedText('metaData'),
    });
    this.seedVolume = new Volume(this, 'Seed', {
      provider: host.provider,
      name: `${this.machineName}-seed.iso`,
      pool: pool.poolName,
      // no target format: "raw" reads back as "iso" and gives an inconsistent result (provider #1346)
      create: { content: { url: this.seed.path } },
    });

    const disks: DomainDevicesDisks[] = [
      volumeDisk(pool.poolName, this.rootVolume.name, 'vda'),
      ...this.dataVolumes.map((v, i) => volumeDisk((props.dataDisks![i].pool ?? pool).poolName, v.name, `vd${String.fromCharCode(98 + i)}`)),
      {
        device: 'cdrom',
        source: { volume: { pool: pool.poolName, volume: this.seedVolume.name } },
        // q35 has no IDE, and Debian's cloud kernel has no SATA driver: a virtio-scsi cdrom is seen by all
        target: { dev: 'sda', bus: 'scsi' },
        driver: { name: 'qemu', type: 'raw' },
        readOnly: true,
      },
    ];
    const waitSeconds = props.waitForLeaseSeconds ?? 300;
    const interfaces: DomainDevicesInterfaces[] = this.nics.map((nic, i) => ({
      model: { type: 'virtio' },
      mac: { address: nic.mac },
      source: nic.network.interfaceSource(),
      // only where a lease will come: a managed network with a known DHCP range (a fixed address takes
      // no lease, and a timed-out wait makes the provider destroy the domain)
      ...(i === 0 && waitSeconds > 0 && nic.address === undefined && nic.network.mode.managed && nic.network.dhcpRange !== undefined
        ? { waitForIp: { source: 'lease', timeout: waitSeconds } } : {}),
    }));
    const firmware = props.firmware ?? Firmware.bios();
    const graphics = props.graphics ?? Graphics.none();
    // A replaced network comes up with a new bridge, and libvirt does not re-attach running guests'
    // taps to it: the machine must be replaced with it, or it silently loses its network.
    const networkResources = [...new Set(this.nics.map((n) => n.network))].flatMap((n) => (n instanceof Network ? [n.resource] : []));

    const config: DomainConfig = {
      provider: host.provider,
      name: this.machineName,
      type: host.domainType,
      memory: this.memoryMiB,
      memoryUnit: 'MiB',
      vcpu: this.vcpus,
      running: true,
      autostart: props.autostart ?? false,
      os: {
        type: 'hvm',
        typeArch: host.architecture,
        typeMachine: 'q35',
        bootDevices: [{ dev: 'hd' }],
        ...(firmware.isUefi ? {
          firmware: 'efi',
          firmwareInfo: {
            features: [
              { name: 'secure-boot', enabled: firmware.secureBoot ? 'yes' : 'no' },
              { name: 'enrolled-keys', enabled: firmware.secureBoot ? 'yes' : 'no' },
            ],
          },
        } : {}),
      },
      // without ACPI the guest cannot power itself off; APIC for SMP; SMM for Secure Boot
      features: { acpi: true, apic: {}, ...(firmware.secureBoot ? { smm: { state: 'on' } } : {}) },
      // host-passthrough: host-model gave inconsistent results before 0.9.3 (#1269); TCG has no host CPU to pass
      cpu: host.domainType === DomainType.KVM ? { mode: 'host-passthrough' } : undefined,
      devices: {
        controllers: [{ type: 'scsi', index: 0, model: 'virtio-scsi' }],
        disks,
        interfaces,
        serials: [{ target: { port: 0 }, ...(props.serialLogFile ? { log: { file: props.serialLogFile, append: 'off' } } : {}) }],
        channels: props.guestAgent ?? true
          ? [{ source: { unix: { mode: 'bind' } }, target: { virtIo: { name: 'org.qemu.guest_agent.0' } } }]
          : undefined,
        rngs: [{ model: 'virtio', backend: { random: '/dev/urandom' } }],
        graphics: graphics.vncEnabled ? [{ vnc: { autoPort: true, listen: graphics.listen } }] : undefined,
        videos: graphics.vncEnabled ? [{ model: { type: 'virtio', heads: 1 } }] : undefined,
      },
    };
    this.domain = new Domain(this, 'Resource', config);
    this.node.defaultChild = this.domain;
    // Provider 0.9.7 fails every in-place update of a running domain, and cannot update a volume at
    // all: whatever changes one of them replaces it (private/replacement.ts). The domain is also
    // replaced with any of its disks or networks, by their ids, so only their replacement counts: a
    // disk replaced under a running guest would stay attached as a deleted file, and a replaced
    // network does not take running guests' taps along. A new seed thereby boots a new domain on
    // the kept disks, and its new instance-id makes cloud-init apply it.
    for (const volume of [this.rootVolume, ...this.dataVolumes]) replaceOnChange(volume);
    // the seed volume is uploaded from the ISO's local path, which depends on the deploying machine's
    // TMPDIR and is re-created when that file is gone: the seed's content decides instead
    replaceOnChange(this.seedVolume, { ignore: ['create'], extra: () => synthesizedAttributes(this.seed) });
    replaceOnChange(this.domain, {
      triggeredBy: [this.rootVolume, ...this.dataVolumes, this.seedVolume, ...networkResources].map((r) => addressOf(r, 'id')),
    });

    this.dnsRegistrations = this.registerNames();
    this.addressLookup = this.outputs();
    lab?.registerMachine(this.machineName, () => this.plannedAddresses);
    modelOf(this).machines.push(() => this.describe());
    ensureArtifacts(this);
  }

  /** The planned IPv4 addresses of the machine's NICs (fixed or allocated), in NIC order; DHCP NICs are left out. */
  public get plannedAddresses(): string[] {
    return this.nics.flatMap((n) => (n.address === undefined ? [] : [n.address]));
  }

  /** The user-data document, with the parts the machine's cluster adds (final once the whole stack is built). */
  public get userData(): string {
    return planOf(this).seedOf(this.node.path).userData;
  }

  /** The network-config (v2) document, with routes through the stack's routers (final once the whole stack is built). */
  public get networkConfig(): string {
    return planOf(this).seedOf(this.node.path).networkConfig;
  }

  /** The meta-data document: instance-id (new whenever the seed's content changes) and local hostname. */
  public get metaData(): string {
    return planOf(this).seedOf(this.node.path).metaData;
  }

  /** The machine as planned, for the topology and the artifacts. */
  public describe(): TopologyMachine {
    const lab = labContextOf(this);
    const membership = planOf(this).membershipOf(this.node.path);
    return {
      path: this.node.path,
      name: this.machineName,
      hostname: this.hostname,
      ...(this.fqdn !== undefined ? { fqdn: this.fqdn } : {}),
      host: this.host.hostName,
      ...(this.loginUser !== undefined ? { loginUser: this.loginUser } : {}),
      vcpus: this.vcpus,
      memoryMiB: this.memoryMiB,
      nics: this.nics.map((n) => ({
        name: n.interfaceName,
        network: n.network.node.path,
        mac: n.mac,
        ...(n.address !== undefined ? { address: n.address, prefixLength: n.network.prefixLength } : {}),
        addressing: n.addressing,
      })),
      ...(lab ? { lab: lab.path } : {}),
      ...(membership ? { cluster: membership.cluster, role: membership.role } : {}),
      ...(this.isRouter ? { router: true } : {}),
    };
  }

  /** Whether the machine forwards between networks. */
  protected get isRouter(): boolean {
    return false;
  }

  /** The seed as the planning pass renders it: this machine's cloud-config with the parts added to it, its NICs and routes. */
  private renderSeed(routing: MachineRouting, parts: readonly CloudConfig[]) {
    const cloudConfig = parts.reduce((merged, part) => merged.merge(part), this.cloudConfig);
    const userData = cloudConfig.render(this, this.cloudIdentity);
    const nics: SeedNic[] = this.nics.map((nic) => ({
      interfaceName: nic.interfaceName,
      mac: nic.mac,
      address: nic.address,
      prefixLength: nic.network.prefixLength ?? nic.network.cidr?.split('/')[1],
      gateway: nic.network.gateway,
      isolated: nic.network.mode.kind === 'isolated',
      nameservers: nic.network.nameservers,
      domain: nic.network.domain,
    }));
    const networkConfig = renderNetworkConfig(nics, routing);
    return { userData, networkConfig, metaData: renderMetaData(this, this.machineName, this.hostname, userData, networkConfig) };
  }

  private planNic(nic: NicOptions, index: number, before: NicOptions[], identity: string, hostNumber?: number): PlannedNic {
    if (!nic || !nic.network) fail(this, `nics[${index}] has no network`, nic, 'give each NIC a network: { network: myNetwork }');
    if (nic.network.host !== this.host) {
      fail(this, `nics[${index}] is on network ${nic.network.literalName} of host ${nic.network.host.hostName}, not on this machine's host ${this.host.hostName}`,
        nic.network.node.path, 'attach NICs to networks on the same host');
    }
    checkMac(this, `nics[${index}].mac`, nic.mac);
    if (nic.dhcp === true && nic.address !== undefined) {
      fail(this, `nics[${index}] has a fixed address and dhcp: true`, nic.address, 'give either a fixed address or dhcp: true');
    }
    // A pure function of the machine's path, like addresses: a clash (1 in 16 million per pair) is
    // an error naming both, never resolved by moving one of them.
    const mac = nic.mac ?? deterministicMac(`${this.node.path}/nic${index}`);
    if (!isToken(mac)) {
      registryOf(this).claim(this, `mac:${mac}`, `the MAC of nics[${index}]`, mac, `set mac on nics[${index}] of one of the two machines`);
    }
    const interfaceName = `nic${index}`;
    if (nic.address !== undefined) {
      nic.network.reserveAddress(this, nic.address);
      return { network: nic.network, mac, address: nic.address, interfaceName, addressing: 'fixed' };
    }
    if (nic.dhcp !== true) {
      // a second NIC on the same network needs an identity of its own
      const sameNetwork = before.filter((b) => b.network === nic.network).length;
      const allocated = nic.network.allocateAddress(this, sameNetwork === 0 ? identity : `${identity}#${sameNetwork}`,
        sameNetwork === 0 ? hostNumber : undefined);
      if (allocated !== undefined) return { network: nic.network, mac, address: allocated, interfaceName, addressing: 'allocated' };
    }
    return { network: nic.network, mac, interfaceName, addressing: 'dhcp' };
  }

  /**
   * Registers the machine's names (hostname and FQDN) with each libvirt-managed network that it
   * has a planned address on, live, with `virsh net-update` run by terraform on create, and removed
   * on destroy. DHCP NICs need none: libvirt's dnsmasq names DHCP clients by the hostname they send.
   */
  private registerNames(): TerraformData[] {
    const uri = virshUri(this.host.connection.uri);
    const registered = new Set<INetwork>();
    return this.nics.flatMap((nic, i) => {
      if (nic.address === undefined || !nic.network.mode.managed || isToken(nic.address)) return [];
      // one entry per (network, name): libvirt refuses a second entry with a name it already has, so
      // a machine's second NIC on a network is not registered, and two machines may not share a name there
      if (registered.has(nic.network)) return [];
      registered.add(nic.network);
      registryOf(this).claim(this, `dns-name:${this.host.hostName}:${nic.network.literalName}:${this.hostname}`,
        `the DNS name ${this.hostname} on network ${nic.network.literalName}`, this.hostname,
        'give one of the two machines another hostname (the hostname prop), or put them on different networks');
      // the libvirt name too when a lab prefixes it (netlab-r1): the ssh_config alias and the hosts
      // artifact use it, so it resolves inside the lab as well
      const names = [this.hostname, ...(nic.network.domain ? [`${this.hostname}.${nic.network.domain}`] : []),
        ...(this.machineName !== this.hostname && HOST_LABEL.test(this.machineName) ? [this.machineName] : [])];
      if (names.length === 3) {
        registryOf(this).claim(this, `dns-name:${this.host.hostName}:${nic.network.literalName}:${this.machineName}`,
          `the DNS name ${this.machineName} on network ${nic.network.literalName}`, this.machineName,
          'give one of the two machines another name');
      }
      const input = { uri, network: nic.network.networkName, address: nic.address, hostnames: names.join(' ') };
      const env = (action: string) => ({
        ACTION: action,
        LIBVIRT_URI: '${self.input.uri}',
        NETWORK: '${self.input.network}',
        ADDRESS: '${self.input.address}',
        HOSTNAMES: '${self.input.hostnames}',
      });
      const command = scriptCommand('dns-host.sh');
      return [new TerraformData(this, `Dns${i}`, {
        input,
        // a replaced network starts without the entry: register again
        triggersReplace: { ...input, ...(nic.network instanceof Network ? { network_id: nic.network.resource.id } : {}) },
        provisioners: [
          { type: 'local-exec', interpreter: ['/bin/sh', '-c'], command, environment: env('add') },
          { type: 'local-exec', when: 'destroy', interpreter: ['/bin/sh', '-c'], command, environment: env('remove') },
        ],
      })];
    });
  }

  /** Terraform outputs: the planned addresses, and the addresses libvirt reports for DHCP NICs. */
  private outputs(): DataLibvirtDomainInterfaceAddresses | undefined {
    const base = this.node.path.split('/').slice(1).join('_').replace(/[^A-Za-z0-9_]/g, '_');
    if (this.plannedAddresses.length > 0) {
      new TerraformOutput(this, 'PlannedAddresses', {
        value: this.plannedAddresses,
        description: `planned IPv4 addresses of ${this.machineName}, in NIC order`,
      }).overrideLogicalId(`${base}_addresses`);
    }
    const dhcpNics = this.nics.filter((n) => n.address === undefined);
    if (dhcpNics.length === 0) return undefined;
    const lookup = new DataLibvirtDomainInterfaceAddresses(this, 'Addresses', {
      provider: this.host.provider,
      domain: this.domain.uuid,
      // "lease" answers from libvirt's dnsmasq; bridged NICs need the guest agent
      source: dhcpNics.every((n) => n.network.mode.managed) ? 'lease' : 'any',
    });
    const macs = JSON.stringify(dhcpNics.map((n) => n.mac));
    new TerraformOutput(this, 'DhcpAddresses', {
      value: Token.asAny(`\${flatten([for i in ${lookup.fqn}.interfaces : [for a in i.addrs : a.addr if a.type == "ipv4"] if contains(${macs}, i.hwaddr)])}`),
      description: `IPv4 addresses libvirt reports for the DHCP NICs of ${this.machineName} (empty until the guest has a lease)`,
    }).overrideLogicalId(`${base}_dhcp_addresses`);
    return lookup;
  }
}

const VM_MARK = Symbol.for('cdktf-libvirt.VirtualMachine');

/** A name dns-host.sh registers: lowercase letters, digits, '.' and '-'. */
const HOST_LABEL = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/;

function volumeDisk(pool: string, volume: string, dev: string): DomainDevicesDisks {
  return {
    device: 'disk',
    source: { volume: { pool, volume } },
    target: { dev, bus: 'virtio' },
    // without the driver type libvirt assumes raw for a volume disk and the guest sees qcow2 bytes (#1238)
    driver: { name: 'qemu', type: 'qcow2' },
  };
}
