import { LibvirtValidationError } from '../lib/errors';

/**
 * Runs `fn`, expects it to throw a {@link LibvirtValidationError} whose message matches `message`
 * (a regex that names the construct path, the bad value and the fix), and returns the error.
 */
export function expectValidationError(fn: () => unknown, message: RegExp): LibvirtValidationError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  if (caught === undefined) throw new Error(`expected a LibvirtValidationError matching ${message}, but nothing was thrown`);
  expect(caught).toBeInstanceOf(LibvirtValidationError);
  expect((caught as Error).message).toMatch(message);
  return caught as LibvirtValidationError;
}
