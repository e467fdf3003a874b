import { Annotations } from 'cdktf';
import { IConstruct } from 'constructs';
import { attach, attached, hasMark, markAs } from './private/marks';
import { checkProps, checkSingleString, fail, isToken } from './private/validate';

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
  /** Whether `x` is a Graphics (marked, so that one made by another copy of this library is recognised too). */
  public static isGraphics(x: unknown): x is Graphics {
    return hasMark(x, 'Graphics');
  }

  /** No graphical console: the serial console is the way in. */
  public static none(): Graphics {
    return new Graphics(false, undefined);
  }

  /** A VNC console with an automatically chosen port, listening on loopback by default. */
  public static vnc(options: VncOptions = {}): Graphics {
    // options as given: checked by the machine that uses the console, which knows its path
    const o: VncOptions = options !== null && typeof options === 'object' ? options : {};
    const graphics = new Graphics(true, o.listen ?? '127.0.0.1');
    attach(graphics, GIVEN_OPTIONS, { options });
    return graphics;
  }

  private constructor(
    /** Whether a VNC console is configured. */
    public readonly vncEnabled: boolean,
    /** The VNC listen address. */
    public readonly listen?: string,
  ) {
    markAs(this, 'Graphics');
  }
}

/** The key of the options `Graphics.vnc()` was given, as given. */
const GIVEN_OPTIONS = 'Graphics.givenOptions';

// 127.0.0.0/8, ::1 and localhost: only the KVM host itself reaches the console
const LOOPBACK = /^(127(\.\d{1,3}){3}|::1|\[::1\]|localhost)$/;

/**
 * Checks the graphical console of machine `scope`: a {@link Graphics} with a listen address, and a
 * warning when VNC listens beyond loopback, where the console is open, without a password, to
 * whoever reaches the host on that address. @internal
 */
export function checkGraphics(scope: IConstruct, graphics: unknown): void {
  if (graphics === undefined) return;
  if (!Graphics.isGraphics(graphics)) {
    fail(scope, 'graphics is not a Graphics', graphics, "use Graphics.none() or Graphics.vnc({ listen: '127.0.0.1' })");
  }
  const given = attached<{ options: unknown }>(graphics, GIVEN_OPTIONS);
  if (given !== undefined) checkProps<VncOptions>(scope, 'Graphics.vnc()', given.options, { listen: true });
  const listen = graphics.listen;
  if (!graphics.vncEnabled || listen === undefined || isToken(listen)) return;
  const fix = "give an address of the KVM host, such as '127.0.0.1' (the default)";
  if (typeof listen !== 'string' || listen === '' || /\s/.test(listen)) fail(scope, 'the VNC listen address is not an address', listen, fix);
  checkSingleString(scope, 'the VNC listen address', listen, fix);
  if (!LOOPBACK.test(listen)) {
    Annotations.of(scope).addWarning(`VNC listens on ${listen}: the console takes no password and is open to every network that reaches `
      + 'the KVM host on that address; keep the default 127.0.0.1 and tunnel to it over SSH (ssh -L 5900:127.0.0.1:5900 <host>)');
  }
}
