import { LibvirtValidationError } from '../lib/errors';

/**
 * Runs `fn`, expects it to throw a {@link LibvirtValidationError} whose message matches `message`
 * (a regex that names the construct path, the bad value and the fix), and returns the error.
 * An error of another copy of the library counts (it is the same type, loaded twice).
 */
export function expectValidationError(fn: () => unknown, message: RegExp): LibvirtValidationError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  if (caught === undefined) throw new Error(`expected a LibvirtValidationError matching ${message}, but nothing was thrown`);
  // recognised by its mark, as the library does: a test that loads a second copy of the library gets that copy's errors too
  if (!LibvirtValidationError.isLibvirtValidationError(caught)) throw new Error(`expected a LibvirtValidationError matching ${message}, but got ${String(caught)}`);
  expect((caught as Error).message).toMatch(message);
  return caught as LibvirtValidationError;
}
