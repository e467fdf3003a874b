import { Testing } from 'cdktf';
import { Firmware, VirtualMachine } from '../lib';
import { Domain } from '../lib/generated/providers/libvirt/domain';
import { checkSchemaConformance } from '../lib/schema-check';
import { domainNamed, newLab } from './support/lab';

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
});
