/** Options of a VNC display. */
export interface VncOptions {
  /**
   * Address the VNC server listens on, on the KVM host. Anything else than loopback exposes the
   * console (VNC passwords are weak and sit in the plan unencrypted): reach it through SSH instead.
   * @default '127.0.0.1'
   */
  readonly listen?: string;
}

/** A machine's graphical console. */
export class Graphics {
  /** No graphical console: the serial console is the way in. */
  public static none(): Graphics {
    return new Graphics(false, undefined);
  }

  /** A VNC console with an automatically chosen port, listening on loopback by default. */
  public static vnc(options: VncOptions = {}): Graphics {
    return new Graphics(true, options.listen ?? '127.0.0.1');
  }

  private constructor(
    /** Whether a VNC console is configured. */
    public readonly vncEnabled: boolean,
    /** The VNC listen address. */
    public readonly listen?: string,
  ) {}
}
