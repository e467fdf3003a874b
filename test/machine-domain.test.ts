/** The libvirt domain configuration of a machine, from its planned parts. */
import { Construct } from 'constructs';
import { DomainType, Firmware, Graphics, Network } from '../lib';
import { DomainConfig, DomainDevicesInterfaces } from '../lib/generated/providers/libvirt/domain';
import { DomainSpec, domainConfig } from '../lib/machine-domain';
import { planNics } from '../lib/machine-nics';
import { newLab } from './support/lab';

/** A spec for machine web with a static and a DHCP NIC, overridable. */
function spec(overrides: Partial<DomainSpec> = {}, domainType?: DomainType): DomainSpec {
  const lab = newLab({ domainType });
  const nics = planNics(new Construct(lab.host, 'web'), lab.host, [{ network: lab.net, dhcp: true }, { network: lab.net }], 'web');
  return {
    host: lab.host,
    name: 'web',
    vcpus: 2,
    memoryMiB: 2048,
    rootDisk: { pool: 'default', volume: 'web-root.qcow2' },
    dataDisks: [{ pool: 'fast', volume: 'web-data0.qcow2' }],
    seed: { pool: 'default', volume: 'web-seed.iso' },
    nics,
    waitForLeaseSeconds: 300,
    firmware: Firmware.bios(),
    graphics: Graphics.none(),
    guestAgent: true,
    autostart: false,
    ...overrides,
  };
}

/** The domain's interfaces (a list, never a token here). */
const interfacesOf = (config: DomainConfig) => config.devices!.interfaces as DomainDevicesInterfaces[];

describe('domainConfig', () => {
  test('disks: the root overlay on vda, data disks from vdb as qcow2, the seed as a read-only virtio-scsi cdrom', () => {
    const config = domainConfig(spec());
    expect(config.devices!.disks).toEqual([
      { device: 'disk', source: { volume: { pool: 'default', volume: 'web-root.qcow2' } }, target: { dev: 'vda', bus: 'virtio' }, driver: { name: 'qemu', type: 'qcow2' } },
      { device: 'disk', source: { volume: { pool: 'fast', volume: 'web-data0.qcow2' } }, target: { dev: 'vdb', bus: 'virtio' }, driver: { name: 'qemu', type: 'qcow2' } },
      { device: 'cdrom', source: { volume: { pool: 'default', volume: 'web-seed.iso' } }, target: { dev: 'sda', bus: 'scsi' }, driver: { name: 'qemu', type: 'raw' }, readOnly: true },
    ]);
    expect(config).toMatchObject({ name: 'web', vcpu: 2, memory: 2048, memoryUnit: 'MiB', running: true, autostart: false, type: 'kvm' });
    expect(config.os).toMatchObject({ type: 'hvm', typeArch: 'x86_64', typeMachine: 'q35' });
  });

  test('only a first NIC that takes a lease from a managed network with DHCP waits for it, for the given time', () => {
    const waiting = interfacesOf(domainConfig(spec()));
    expect(waiting[0].waitForIp).toEqual({ source: 'lease', timeout: 300 });
    expect(waiting[1].waitForIp).toBeUndefined();
    expect(interfacesOf(domainConfig(spec({ waitForLeaseSeconds: 0 })))[0].waitForIp).toBeUndefined();
    const lab = newLab();
    const bridged = Network.fromName(lab.host, 'br', { name: 'br0' });
    const nics = planNics(new Construct(lab.host, 'db'), lab.host, [{ network: bridged }], 'db');
    expect(interfacesOf(domainConfig(spec({ nics })))[0].waitForIp).toBeUndefined();
  });

  test('firmware, CPU mode, console log, guest agent and VNC follow the spec', () => {
    const uefi = domainConfig(spec({ firmware: Firmware.uefi({ secureBoot: true }) }));
    expect(uefi.os!.firmware).toBe('efi');
    expect(uefi.features).toEqual({ acpi: true, apic: {}, smm: { state: 'on' } });
    expect(uefi.cpu).toEqual({ mode: 'host-passthrough' });
    expect(domainConfig(spec({}, DomainType.QEMU)).cpu).toBeUndefined();
    const logged = domainConfig(spec({ serialLogFile: '/var/log/web.log', guestAgent: false, graphics: Graphics.vnc() }));
    expect(logged.devices!.serials).toEqual([{ target: { port: 0 }, log: { file: '/var/log/web.log', append: 'off' } }]);
    expect(logged.devices!.channels).toBeUndefined();
    expect(logged.devices!.graphics).toEqual([{ vnc: { autoPort: true, listen: '127.0.0.1' } }]);
    expect(domainConfig(spec()).devices!.graphics).toBeUndefined();
  });
});
