import { IConstruct } from 'constructs';
import type { Domain, DomainConfig, DomainDevicesDisks, DomainDevicesInterfaces } from './generated/providers/libvirt/domain';
import { checkFirmware, Firmware } from './firmware';
import { checkGraphics, Graphics } from './graphics';
import { DomainType, IHost } from './host';
import { PlannedNic } from './machine-nics';
import { fail } from './private/validate';

/**
 * The libvirt domain of a machine, as the provider's `libvirt_domain` takes it: q35, its disks
 * (root overlay, data disks, the seed as a virtio-scsi cdrom), its NICs by MAC, a serial console,
 * the guest agent's channel, a virtio RNG, firmware and graphics.
 */

/** A volume in a pool. */
export interface VolumeRef {
  readonly pool: string;
  readonly volume: string;
}

/** Everything the domain of a machine is made of. */
export interface DomainSpec {
  readonly host: IHost;
  /** libvirt name of the domain. */
  readonly name: string;
  readonly vcpus: number;
  readonly memoryMiB: number;
  readonly rootDisk: VolumeRef;
  readonly dataDisks: readonly VolumeRef[];
  readonly seed: VolumeRef;
  readonly nics: readonly PlannedNic[];
  /** Seconds the provider waits for the first NIC's DHCP lease (0: none). */
  readonly waitForLeaseSeconds: number;
  readonly firmware: Firmware;
  readonly graphics: Graphics;
  readonly serialLogFile?: string;
  readonly guestAgent: boolean;
  readonly autostart: boolean;
}

/** The machine type of every domain: PCIe, and no IDE to emulate. */
export const MACHINE_TYPE = 'q35';

/**
 * Refuses a guest architecture that the domain cannot have: QEMU has q35 for x86 guests only (an
 * aarch64 guest needs the `virt` machine, UEFI firmware and an arm64 image; the catalogue's images
 * are amd64 builds).
 */
export function checkArchitecture(scope: IConstruct, host: IHost): void {
  if (host.architecture === 'x86_64') return;
  fail(scope, `the machine's domain is a ${MACHINE_TYPE} machine, which QEMU only has for x86_64 guests, but host ${host.hostName} runs ${host.architecture} guests (and the catalogue's images are amd64 builds)`,
    host.architecture, "run the machine on a Host with architecture 'x86_64' (the default)");
}

/** Checks the choices a domain is made with: the host's guest architecture, the firmware and the graphical console. */
export function checkDomainChoices(scope: IConstruct, host: IHost, firmware: unknown, graphics: unknown): void {
  checkArchitecture(scope, host);
  checkFirmware(scope, firmware);
  checkGraphics(scope, graphics);
}

/**
 * The L1 domain class, loaded when the first machine is created rather than with the package: its
 * module is 7.5 of the 8 MB of generated bindings, and a program that only runs the preflight, or
 * reads the artifacts, never needs it.
 */
export function domainClass(): typeof Domain {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./generated/providers/libvirt/domain') as typeof import('./generated/providers/libvirt/domain')).Domain;
}

/** The domain's configuration (without its provider meta-argument's lifecycle: the machine adds that). */
export function domainConfig(spec: DomainSpec): DomainConfig {
  const disks: DomainDevicesDisks[] = [
    volumeDisk(spec.rootDisk.pool, spec.rootDisk.volume, 'vda'),
    ...spec.dataDisks.map((d, i) => volumeDisk(d.pool, d.volume, `vd${String.fromCharCode(98 + i)}`)),
    {
      device: 'cdrom',
      source: { volume: { pool: spec.seed.pool, volume: spec.seed.volume } },
      // q35 has no IDE, and Debian's cloud kernel has no SATA driver: a virtio-scsi cdrom is seen by all
      target: { dev: 'sda', bus: 'scsi' },
      driver: { name: 'qemu', type: 'raw' },
      readOnly: true,
    },
  ];
  const waitSeconds = spec.waitForLeaseSeconds;
  const interfaces: DomainDevicesInterfaces[] = spec.nics.map((nic, i) => ({
    model: { type: 'virtio' },
    mac: { address: nic.mac },
    source: nic.network.interfaceSource(spec.host),
    // only where a lease will come: a managed network with a known DHCP range (a fixed address takes
    // no lease, and a timed-out wait makes the provider destroy the domain), on the machine's host
    // (a network that spans hosts leases on its own host, which the provider does not ask)
    ...(i === 0 && waitSeconds > 0 && nic.address === undefined && nic.network.mode.managed && nic.network.dhcpRange !== undefined
      && nic.network.host === spec.host
      ? { waitForIp: { source: 'lease', timeout: waitSeconds } } : {}),
  }));
  const { firmware, graphics, host } = spec;

  return {
    provider: host.provider,
    name: spec.name,
    type: host.domainType,
    memory: spec.memoryMiB,
    memoryUnit: 'MiB',
    vcpu: spec.vcpus,
    running: true,
    autostart: spec.autostart,
    os: {
      type: 'hvm',
      typeArch: host.architecture,
      typeMachine: MACHINE_TYPE,
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
      serials: [{ target: { port: 0 }, ...(spec.serialLogFile ? { log: { file: spec.serialLogFile, append: 'off' } } : {}) }],
      channels: spec.guestAgent
        ? [{ source: { unix: { mode: 'bind' } }, target: { virtIo: { name: 'org.qemu.guest_agent.0' } } }]
        : undefined,
      rngs: [{ model: 'virtio', backend: { random: '/dev/urandom' } }],
      graphics: graphics.vncEnabled ? [{ vnc: { autoPort: true, listen: graphics.listen } }] : undefined,
      videos: graphics.vncEnabled ? [{ model: { type: 'virtio', heads: 1 } }] : undefined,
    },
  };
}

function volumeDisk(pool: string, volume: string, dev: string): DomainDevicesDisks {
  return {
    device: 'disk',
    source: { volume: { pool, volume } },
    target: { dev, bus: 'virtio' },
    // without the driver type libvirt assumes raw for a volume disk and the guest sees qcow2 bytes (#1238)
    driver: { name: 'qemu', type: 'qcow2' },
  };
}
