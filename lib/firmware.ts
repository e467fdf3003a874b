import { IConstruct } from 'constructs';
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
  /** Legacy BIOS (SeaBIOS): what most cloud images boot with. */
  public static bios(): Firmware {
    return new Firmware(false, false);
  }

  /** UEFI (OVMF), chosen by libvirt's firmware auto-selection; needs OVMF installed on the host. */
  public static uefi(options: UefiOptions = {}): Firmware {
    // options as given: checked by the machine that uses the firmware, which knows its path
    const o: UefiOptions = options !== null && typeof options === 'object' ? options : {};
    const firmware = new Firmware(true, o.secureBoot ?? false);
    GIVEN_OPTIONS.set(firmware, options);
    return firmware;
  }

  private constructor(
    /** Whether the firmware is UEFI. */
    public readonly isUefi: boolean,
    /** Whether Secure Boot is enforced. */
    public readonly secureBoot: boolean,
  ) {}
}

/** The options `Firmware.uefi()` was given, as given. */
const GIVEN_OPTIONS = new WeakMap<Firmware, unknown>();

/** Checks the firmware of machine `scope`: a {@link Firmware}, not a plain object, made with options that are options. @internal */
export function checkFirmware(scope: IConstruct, firmware: unknown): void {
  if (firmware === undefined) return;
  if (!(firmware instanceof Firmware)) fail(scope, 'firmware is not a Firmware', firmware, 'use Firmware.bios() or Firmware.uefi({ secureBoot: true })');
  if (!GIVEN_OPTIONS.has(firmware)) return;
  checkProps<UefiOptions>(scope, 'Firmware.uefi()', GIVEN_OPTIONS.get(firmware), { secureBoot: true });
  checkLiteralBoolean(scope, 'Firmware.uefi() secureBoot', firmware.secureBoot);
}
