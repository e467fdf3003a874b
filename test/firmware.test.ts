import { Lazy, Testing } from 'cdktf';
import { Firmware, VirtualMachine } from '../lib';
import { Domain } from '../lib/generated/providers/libvirt/domain';
import { checkSchemaConformance } from '../lib/schema-check';
import { domainNamed, expectRejected, newLab } from './support/lab';

/** The synthesized domain of a machine booting `firmware` (or the default when undefined). */
function domainWith(firmware?: Firmware): { synth: string; domain: any; json: any } {
  const lab = newLab();
  new VirtualMachine(lab.host, 'web', { image: lab.image, nics: [{ network: lab.net }], firmware });
  const synth = Testing.synth(lab.stack);
  const json = JSON.parse(synth);
  return { synth, json, domain: domainNamed(json, 'web') };
}

describe('Firmware', () => {
  test('the factories say what they are', () => {
    expect(Firmware.bios()).toMatchObject({ isUefi: false, secureBoot: false });
    expect(Firmware.uefi()).toMatchObject({ isUefi: true, secureBoot: false });
    expect(Firmware.uefi({ secureBoot: true })).toMatchObject({ isUefi: true, secureBoot: true });
  });

  test('BIOS (the default) sets no firmware, no firmware_info and no SMM', () => {
    // GIVEN a machine with the default firmware, and one with Firmware.bios()
    for (const firmware of [undefined, Firmware.bios()]) {
      // WHEN synthesized
      const { domain } = domainWith(firmware);
      // THEN os and features carry nothing firmware-specific
      expect(domain.os).toEqual({ type: 'hvm', type_arch: 'x86_64', type_machine: 'q35', boot_devices: [{ dev: 'hd' }] });
      expect(domain.features).toEqual({ acpi: true, apic: {} });
    }
  });

  test('UEFI asks libvirt for an EFI firmware without Secure Boot', () => {
    // GIVEN a UEFI machine
    const { synth, domain, json } = domainWith(Firmware.uefi());
    // THEN os.firmware is efi and the auto-selection excludes Secure Boot builds and enrolled keys
    expect(synth).toHaveResourceWithProperties(Domain, {
      os: expect.objectContaining({
        type_machine: 'q35',
        firmware: 'efi',
        firmware_info: { features: [{ name: 'secure-boot', enabled: 'no' }, { name: 'enrolled-keys', enabled: 'no' }] },
      }),
    });
    // AND SMM stays off
    expect(domain.features).toEqual({ acpi: true, apic: {} });
    expect(checkSchemaConformance(json)).toEqual([]);
  });

  test('Secure Boot asks for enrolled keys and turns SMM on', () => {
    // GIVEN a Secure Boot machine
    const { domain, json } = domainWith(Firmware.uefi({ secureBoot: true }));
    // THEN both features are required, and SMM is on (Secure Boot needs it)
    expect(domain.os.firmware).toBe('efi');
    expect(domain.os.firmware_info).toEqual({ features: [{ name: 'secure-boot', enabled: 'yes' }, { name: 'enrolled-keys', enabled: 'yes' }] });
    expect(domain.features).toEqual({ acpi: true, apic: {}, smm: { state: 'on' } });
    expect(checkSchemaConformance(json)).toEqual([]);
  });

  test('the Secure Boot domain matches the snapshot', () => {
    const { domain } = domainWith(Firmware.uefi({ secureBoot: true }));
    expect({ os: domain.os, features: domain.features }).toMatchSnapshot();
  });

  test('a firmware that is not made by Firmware.bios() or Firmware.uefi() is refused', () => {
    // GIVEN a plain object where a Firmware is expected (from JavaScript)
    const lab = newLab();
    // WHEN a machine is created with it / THEN it is refused, naming the factories
    expectRejected(() => new VirtualMachine(lab.host, 'web', { image: lab.image, nics: [{ network: lab.net }], firmware: { isUefi: true, secureBoot: true } as unknown as Firmware }),
      /^test\/kvm1\/web: firmware is not a Firmware \(got \{"isUefi":true,"secureBoot":true\}\); use Firmware\.bios\(\) or Firmware\.uefi\(\{ secureBoot: true \}\)$/);
  });

  test('options that are not options, and a secureBoot that is not a boolean, are refused by the machine', () => {
    // GIVEN Firmware.uefi() given null, a string as secureBoot, and a token (Secure Boot decides the domain's features)
    const lab = newLab();
    const vm = (id: string, firmware: Firmware) => new VirtualMachine(lab.host, id, { image: lab.image, nics: [{ network: lab.net }], firmware });
    // WHEN machines are created with them / THEN each is refused, naming the machine and the fix (no TypeError from the factory)
    expectRejected(() => vm('a', Firmware.uefi(null as any)), /^test\/kvm1\/a: the props of Firmware\.uefi\(\) must be an object \(got null\); pass an object of props, or leave them out$/);
    expectRejected(() => vm('b', Firmware.uefi({ secureBoot: 'yes' as any })),
      /^test\/kvm1\/b: Firmware\.uefi\(\) secureBoot must be true or false \(got "yes"\); set Firmware\.uefi\(\) secureBoot to true or false/);
    expectRejected(() => vm('c', Firmware.uefi({ secureBoot: Lazy.anyValue({ produce: () => true }) as any })),
      /^test\/kvm1\/c: Firmware\.uefi\(\) secureBoot must be known when the stack is synthesized/);
    expectRejected(() => vm('d', Firmware.uefi({ secureboot: true } as any)), /^test\/kvm1\/d: Firmware\.uefi\(\) has no prop 'secureboot' \(got "secureboot"\); did you mean 'secureBoot'\?/);
  });
});
