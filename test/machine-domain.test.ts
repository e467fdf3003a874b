/** The libvirt domain configuration of a machine, from its planned parts. */
import { Construct } from 'constructs';
import { DomainType, Firmware, Graphics, Host, HostConnection, Network, VirtualMachine } from '../lib';
import { DomainConfig, DomainDevicesInterfaces } from '../lib/generated/providers/libvirt/domain';
import { checkDomainChoices, DomainSpec, domainConfig } from '../lib/machine-domain';
import { planNics } from '../lib/machine-nics';
import { expectRejected, newLab } from './support/lab';

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

describe('checkDomainChoices', () => {
  test('an x86_64 host, the firmware and graphics factories pass', () => {
    // GIVEN the default host / WHEN the choices of a domain are checked / THEN nothing is refused
    const lab = newLab();
    expect(() => checkDomainChoices(new Construct(lab.host, 'web'), lab.host, Firmware.uefi(), Graphics.vnc())).not.toThrow();
    expect(() => checkDomainChoices(new Construct(lab.host, 'db'), lab.host, undefined, undefined)).not.toThrow();
  });

  test.each(['aarch64', 'ppc64le'])('a host of %s guests is refused: the domain is q35, which QEMU has for x86_64 only', (architecture) => {
    // GIVEN a host whose guests are not x86_64
    const lab = newLab();
    const other = new Host(lab.stack, 'arm1', { architecture, connection: HostConnection.fromUri('qemu+ssh://arm1/system') });
    const net = new Network(other, 'lan', { cidr: '10.78.0.0/24' });
    // WHEN a machine is created on it / THEN it says why, and where to run the machine instead
    expectRejected(() => new VirtualMachine(other, 'web', { image: lab.image, nics: [{ network: net }] }),
      new RegExp(`^test/arm1/web: the machine's domain is a q35 machine, which QEMU only has for x86_64 guests, but host arm1 runs ${architecture} guests \\(and the catalogue's images are amd64 builds\\) \\(got "${architecture}"\\); run the machine on a Host with architecture 'x86_64' \\(the default\\)$`));
  });

  test('firmware and graphics that are not made by their factories are refused', () => {
    // GIVEN plain objects where a Firmware or Graphics is expected / WHEN checked / THEN each is refused, naming the factories
    const lab = newLab();
    const scope = new Construct(lab.host, 'web');
    expectRejected(() => checkDomainChoices(scope, lab.host, { isUefi: true }, undefined),
      /^test\/kvm1\/web: firmware is not a Firmware \(got \{"isUefi":true\}\); use Firmware\.bios\(\) or Firmware\.uefi\(\{ secureBoot: true \}\)$/);
    expectRejected(() => checkDomainChoices(scope, lab.host, undefined, 'vnc'),
      /^test\/kvm1\/web: graphics is not a Graphics \(got "vnc"\); use Graphics\.none\(\) or Graphics\.vnc\(\{ listen: '127\.0\.0\.1' \}\)$/);
  });
});
