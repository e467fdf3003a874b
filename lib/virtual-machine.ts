import { Construct } from 'constructs';
import { IBaseImage } from './base-image';
import { checkCloudConfig, CloudConfig, CloudIdentity } from './cloud-init';
import { Firmware } from './firmware';
import { CloudinitDisk } from './generated/providers/libvirt/cloudinit-disk';
import { DataLibvirtDomainInterfaceAddresses } from './generated/providers/libvirt/data-libvirt-domain-interface-addresses';
import type { Domain } from './generated/providers/libvirt/domain';
import { Volume } from './generated/providers/libvirt/volume';
import { Graphics } from './graphics';
import { Host, IHost, IStoragePool } from './host';
import { reserveCapacity } from './host-capacity';
import { ensureArtifacts } from './lab-artifacts';
import { publishAddresses, registerNames } from './machine-addresses';
import { checkDomainChoices, domainClass, domainConfig } from './machine-domain';
import { networkKeyOf, NicOptions, PlannedNic, plannedAddressesOf, planNics } from './machine-nics';
import { createSeed } from './machine-seed';
import { Network } from './network';
import { identityOf, labContextOf, qualify } from './private/lab-context';
import { checkConstructRefs, checkLogin, checkMachineValues } from './private/machine-checks';
import { hasMark, markAs } from './private/marks';
import { modelOf } from './private/model';
import { planOf } from './private/plan';
import { registryOf } from './private/registry';
import { addressOf, replaceOnChange, synthesizedAttributes } from './private/replacement';
import { checkHostname, checkObjectName, checkProps, checkUniqueId, fail, isToken } from './private/validate';
import { TerraformData } from './terraform-data';
import { TopologyMachine } from './topology';

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
   * Virtual CPUs, at most 288 (what QEMU 7.2's q35 machine runs).
   * @default 1
   */
  readonly vcpus?: number;
  /**
   * Memory in MiB, from 128 to 1048576 (1 TiB: what QEMU's default 40 physical address bits reach).
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
  /** The pool of the lab's machines' volumes. */
  readonly pool?: IStoragePool;
  /** The image of the lab's machines' root disks. */
  readonly image?: IBaseImage;
  /** Public SSH keys of the lab's machines' login user. */
  readonly sshAuthorizedKeys?: string[];
  /** The login user of the lab's machines. */
  readonly loginUser?: string;
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
    return hasMark(x, 'VirtualMachine');
  }

  /** The host the machine runs on. */
  public readonly host: IHost;
  /** libvirt name of the domain (with the lab prefix). */
  public readonly machineName: string;
  /** The guest's hostname (without the lab prefix). */
  public readonly hostname: string;
  /** hostname.domain on the first NIC's network, when it has a domain. */
  public readonly fqdn?: string;
  /** The login user, when known. */
  public readonly loginUser?: string;
  /** Virtual CPUs. */
  public readonly vcpus: number;
  /** Memory in MiB. */
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
  /** The DNS registrations (one per network, shared with the other machines there) that hold the machine's names. */
  public readonly dnsRegistrations: TerraformData[];
  /** Reads the NICs' addresses from libvirt after apply; present when some NIC uses DHCP. */
  public readonly addressLookup?: DataLibvirtDomainInterfaceAddresses;
  /** The machine's own copy of the cloud-config it was given. */
  protected readonly cloudConfig: CloudConfig;
  private readonly cloudIdentity: CloudIdentity;

  constructor(scope: Construct, id: string, props: VirtualMachineProps) {
    checkUniqueId(scope, id, 'VirtualMachine');
    super(scope, id);
    markAs(this, 'VirtualMachine');
    // a subclass (a Router, a user's own machine) may be given props of its own, which it checks
    checkProps<VirtualMachineProps>(this, 'VirtualMachine', props, VM_PROPS, true, new.target === VirtualMachine);
    checkConstructRefs(this, props);
    this.host = Host.resolve(this, props.host);
    const host = this.host;
    const lab = labContextOf<MachineDefaults>(this);
    const shortName = props.name ?? id.toLowerCase();
    this.machineName = qualify(this, shortName);
    this.hostname = props.hostname ?? shortName;
    checkObjectName(this, 'name', this.machineName);
    checkHostname(this, 'hostname', this.hostname);
    checkMachineValues(this, props);
    checkDomainChoices(this, host, props.firmware, props.graphics);
    checkCloudConfig(this, props.cloudConfig);
    registryOf(this).claim(this, `domain:${host.hostName}:${this.machineName}`, 'the machine name', this.machineName,
      'give each machine on a host its own name');
    this.vcpus = props.vcpus ?? 1;
    this.memoryMiB = props.memoryMiB ?? 1024;

    const image = props.image ?? lab?.defaults.image;
    if (!image) fail(this, 'no image is given and the machine is not in a lab that has one', undefined, 'pass image, or set image on the Lab');
    const pool = props.pool ?? lab?.defaults.pool ?? host.defaultPool;
    if (pool.host !== host) fail(this, `pool ${pool.node.path} is on another host (${pool.host.hostName})`, pool.literalName, 'use a pool on the machine\'s host');
    const rootDiskGiB = props.rootDiskGiB ?? Math.max(10, image.minDiskGiB ?? 0);
    if (image.minDiskGiB !== undefined && !isToken(rootDiskGiB) && rootDiskGiB < image.minDiskGiB) {
      fail(this, `rootDiskGiB is smaller than the image ${image.imageName} (${image.minDiskGiB} GiB)`, rootDiskGiB,
        `give at least ${image.minDiskGiB} GiB, or leave rootDiskGiB unset`);
    }
    this.loginUser = props.loginUser ?? lab?.defaults.loginUser ?? image.loginUser;
    const sshKeys = props.sshAuthorizedKeys ?? lab?.defaults.sshAuthorizedKeys;
    checkLogin(this, this.loginUser, sshKeys);
    if (sshKeys && sshKeys.length > 0 && this.loginUser === undefined) {
      fail(this, `the image ${image.imageName} has no known login user`, undefined, 'set loginUser to the user the SSH keys are for');
    }
    if (!props.nics || props.nics.length === 0) {
      fail(this, 'a machine needs at least one NIC', props.nics, 'give nics: [{ network }]');
    }
    const identity = identityOf(this);
    this.nics = planNics(this, host, props.nics, identity, props.hostNumber);
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
    reserveCapacity(this, host, { vcpus: this.vcpus, memoryMiB: this.memoryMiB, diskGiB: [rootDiskGiB, ...(props.dataDisks ?? []).map((d) => d.sizeGiB)] });

    const firstNetwork = this.nics[0].network;
    this.fqdn = firstNetwork.domain === undefined ? undefined : `${this.hostname}.${firstNetwork.domain}`;
    // a copy: what the caller does with its config afterwards does not reach this machine
    this.cloudConfig = props.cloudConfig?.copy() ?? new CloudConfig();
    this.cloudIdentity = {
      hostname: this.hostname,
      fqdn: this.fqdn,
      loginUser: this.loginUser === undefined ? undefined : { name: this.loginUser, sshAuthorizedKeys: sshKeys },
    };
    // Validate the cloud-config now, so a bad part fails where it was given
    this.cloudConfig.render(this, this.cloudIdentity);
    const seed = createSeed(this, {
      host, machineName: this.machineName, hostname: this.hostname, pool, nics: this.nics, cloudConfig: this.cloudConfig, identity: this.cloudIdentity,
    });
    this.seed = seed.seed;
    this.seedVolume = seed.seedVolume;

    // A replaced network comes up with a new bridge, and libvirt does not re-attach running guests'
    // taps to it: the machine must be replaced with it, or it silently loses its network.
    const networkResources = [...new Set(this.nics.map((n) => n.network))].flatMap((n) => (Network.isNetwork(n) ? [n.resourceOn(host)] : []));
    const config = domainConfig({
      host,
      name: this.machineName,
      vcpus: this.vcpus,
      memoryMiB: this.memoryMiB,
      rootDisk: { pool: pool.poolName, volume: this.rootVolume.name },
      dataDisks: this.dataVolumes.map((v, i) => ({ pool: (props.dataDisks![i].pool ?? pool).poolName, volume: v.name })),
      seed: { pool: pool.poolName, volume: this.seedVolume.name },
      nics: this.nics,
      waitForLeaseSeconds: props.waitForLeaseSeconds ?? 300,
      firmware: props.firmware ?? Firmware.bios(),
      graphics: props.graphics ?? Graphics.none(),
      serialLogFile: props.serialLogFile,
      guestAgent: props.guestAgent ?? true,
      autostart: props.autostart ?? false,
    });
    this.domain = new (domainClass())(this, 'Resource', config);
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

    this.dnsRegistrations = registerNames(this, { host, machineName: this.machineName, hostname: this.hostname, nics: this.nics });
    this.addressLookup = publishAddresses(this, { host, machineName: this.machineName, nics: this.nics, domain: this.domain });
    lab?.registerMachine(this.machineName, () => this.plannedAddresses);
    modelOf(this).machines.push(() => this.describe());
    ensureArtifacts(this);
  }

  /** The planned IPv4 addresses of the machine's NICs (fixed or allocated), in NIC order; DHCP NICs are left out. */
  public get plannedAddresses(): string[] {
    return plannedAddressesOf(this.nics);
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
        name: n.interfaceName, network: networkKeyOf(n), mac: n.mac,
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
}

/** Every prop of a machine (the compiler keeps the list complete). */
const VM_PROPS: Record<keyof VirtualMachineProps, true> = {
  image: true, nics: true, host: true, name: true, hostname: true, pool: true, hostNumber: true, vcpus: true, memoryMiB: true, rootDiskGiB: true,
  dataDisks: true, firmware: true, graphics: true, guestAgent: true, autostart: true, loginUser: true, sshAuthorizedKeys: true, cloudConfig: true,
  serialLogFile: true, waitForLeaseSeconds: true,
};
