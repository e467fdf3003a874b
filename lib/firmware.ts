import { IConstruct } from 'constructs';
import { attach, attached, hasMark, markAs } from './private/marks';
import { checkLiteralBoolean, checkProps, fail } from './private/validate';

/** Options of UEFI firmware. */
export interface UefiOptions {
  /**
   * Boot with Secure Boot enforced, with Microsoft's keys enrolled (libvirt picks an OVMF build
   * that has them). Turns on SMM, which Secure Boot needs.
   * @default false
   */
  readonly secureBoot?: boolean;
}

/** The firmware a machine boots with. */
export class Firmware {
  /** Whether `x` is a Firmware (marked, so that one made by another copy of this library is recognised too). */
  public static isFirmware(x: unknown): x is Firmware {
    return hasMark(x, 'Firmware');
  }

  /** Legacy BIOS (SeaBIOS): what most cloud images boot with. */
  public static bios(): Firmware {
    return new Firmware(false, false);
  }

  /** UEFI (OVMF), chosen by libvirt's firmware auto-selection; needs OVMF installed on the host. */
  public static uefi(options: UefiOptions = {}): Firmware {
    // options as given: checked by the machine that uses the firmware, which knows its path
    const o: UefiOptions = options !== null && typeof options === 'object' ? options : {};
    const firmware = new Firmware(true, o.secureBoot ?? false);
    attach(firmware, GIVEN_OPTIONS, { options });
    return firmware;
  }

  private constructor(
    /** Whether the firmware is UEFI. */
    public readonly isUefi: boolean,
    /** Whether Secure Boot is enforced. */
    public readonly secureBoot: boolean,
  ) {
    markAs(this, 'Firmware');
  }
}

/** The key of the options `Firmware.uefi()` was given, as given. */
const GIVEN_OPTIONS = 'Firmware.givenOptions';

/** Checks the firmware of machine `scope`: a {@link Firmware}, not a plain object, made with options that are options. @internal */
export function checkFirmware(scope: IConstruct, firmware: unknown): void {
  if (firmware === undefined) return;
  if (!Firmware.isFirmware(firmware)) fail(scope, 'firmware is not a Firmware', firmware, 'use Firmware.bios() or Firmware.uefi({ secureBoot: true })');
  const given = attached<{ options: unknown }>(firmware, GIVEN_OPTIONS);
  if (given === undefined) return;
  checkProps<UefiOptions>(scope, 'Firmware.uefi()', given.options, { secureBoot: true });
  checkLiteralBoolean(scope, 'Firmware.uefi() secureBoot', firmware.secureBoot);
}
