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
    return new Firmware(true, options.secureBoot ?? false);
  }

  private constructor(
    /** Whether the firmware is UEFI. */
    public readonly isUefi: boolean,
    /** Whether Secure Boot is enforced. */
    public readonly secureBoot: boolean,
  ) {}
}
