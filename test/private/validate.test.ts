import { Fn, TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
import { Construct } from 'constructs';
import { LibvirtValidationError } from '../../lib/errors';
import {
  checkAbsolutePath,
  checkDomainName,
  checkHostname,
  checkInteger,
  checkMac,
  checkObjectName,
  checkOneOf,
  fail,
  isToken,
} from '../../lib/private/validate';
import { expectValidationError } from '../validation-error';

/** A construct at path test/thing, the scope every check below reports. */
function thing(): Construct {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  return new Construct(stack, 'thing');
}

const TOKEN_STRING = Token.asString(Fn.lower('X'));
const TOKEN_NUMBER = Token.asNumber(Fn.parseint('8', 10));

describe('fail', () => {
  test('throws a LibvirtValidationError for the scope path', () => {
    // WHEN failing for a construct / THEN the error carries its path, the value and the fix
    const e = expectValidationError(() => fail(thing(), 'the widget is blue', 'blue', 'paint it red'),
      /^test\/thing: the widget is blue \(got "blue"\); paint it red$/);
    expect(e).toMatchObject({ constructPath: 'test/thing', value: 'blue', fix: 'paint it red' });
  });
});

describe('isToken', () => {
  test('recognises unresolved string and number tokens, and strings that embed one', () => {
    // GIVEN an expression, a number token and a variable / THEN each, and a string embedding one, is a token
    const stack = new TerraformStack(Testing.app(), 'test');
    const variable = new TerraformVariable(stack, 'v', { type: 'string' });
    expect(isToken(TOKEN_STRING)).toBe(true);
    expect(isToken(TOKEN_NUMBER)).toBe(true);
    expect(isToken(variable.stringValue)).toBe(true);
    expect(isToken(`${variable.stringValue}.test`)).toBe(true);
  });

  test.each([['a plain string', 'web1'], ['a number', 8], ['undefined', undefined], ['an object', {}], ['a boolean', true]])(
    'is false for %s',
    (_label, value) => {
      // GIVEN a value that is not a token / THEN isToken is false
      expect(isToken(value)).toBe(false);
    },
  );
});

describe('checkInteger', () => {
  test.each([[1], [8], [4096]])('accepts %p in [1, 4096]', (value) => {
    // GIVEN a whole number in range / WHEN checked / THEN it passes
    expect(() => checkInteger(thing(), 'vcpus', value, 1, 4096)).not.toThrow();
  });

  test('accepts undefined and tokens, and large values when there is no max', () => {
    // GIVEN nothing, a token, and a large value with no max / WHEN checked / THEN all pass
    expect(() => checkInteger(thing(), 'vcpus', undefined, 1, 4096)).not.toThrow();
    expect(() => checkInteger(thing(), 'vcpus', TOKEN_NUMBER, 1, 4096)).not.toThrow();
    expect(() => checkInteger(thing(), 'memoryMiB', 1e9, 128)).not.toThrow();
  });

  test.each([[0], [4097], [1.5], [NaN], [Infinity], [-1]])('rejects %p with the range', (value) => {
    // GIVEN a number out of range or not whole / WHEN checked / THEN it is rejected with the range
    expectValidationError(() => checkInteger(thing(), 'vcpus', value, 1, 4096),
      /^test\/thing: vcpus must be a whole number from 1 to 4096 \(got .*\); set vcpus to a whole number from 1 to 4096$/);
  });

  test('without max, says "at least", and a custom fix replaces the default', () => {
    // GIVEN a value below a min with no max / WHEN checked / THEN the message says 'at least', with the default or the custom fix
    expectValidationError(() => checkInteger(thing(), 'memoryMiB', 64, 128),
      /^test\/thing: memoryMiB must be a whole number of at least 128 \(got 64\); set memoryMiB to a whole number of at least 128$/);
    expectValidationError(() => checkInteger(thing(), 'memoryMiB', 64, 128, undefined, 'give at least 128 MiB'),
      /^test\/thing: memoryMiB must be a whole number of at least 128 \(got 64\); give at least 128 MiB$/);
  });

  test('rejects a numeric string (from untyped code)', () => {
    // GIVEN a number as a string / WHEN checked / THEN it is rejected
    expectValidationError(() => checkInteger(thing(), 'vcpus', '2' as unknown as number, 1),
      /^test\/thing: vcpus must be a whole number of at least 1 \(got "2"\)/);
  });
});

describe('checkObjectName', () => {
  test.each(['web1', 'Web_1', 'lab.images', 'a', '9lives', 'x'.repeat(63)])('accepts %j', (name) => {
    // GIVEN a name of letters, digits, '.', '_' and '-' / WHEN checked / THEN it passes
    expect(() => checkObjectName(thing(), 'name', name)).not.toThrow();
  });

  test('accepts undefined and tokens', () => {
    // GIVEN nothing or a token / WHEN checked / THEN both pass
    expect(() => checkObjectName(thing(), 'name', undefined)).not.toThrow();
    expect(() => checkObjectName(thing(), 'name', TOKEN_STRING)).not.toThrow();
  });

  test.each(['', '-web', '.web', '_web', 'web 1', 'web/1', 'wéb', 'x'.repeat(64)])('rejects %j', (name) => {
    // GIVEN a name that is empty, too long, or has a bad character or start / WHEN checked / THEN it is rejected
    expectValidationError(() => checkObjectName(thing(), 'name', name),
      /^test\/thing: name is not a name libvirt accepts for every object it names \(got ".*"\); use 1 to 63 characters: letters, digits, '\.', '_' or '-', starting with a letter or digit$/);
  });
});

describe('checkHostname', () => {
  test.each(['web1', 'w', 'web-1', '1web', 'a'.repeat(63)])('accepts %j', (name) => {
    // GIVEN a lowercase DNS label / WHEN checked / THEN it passes
    expect(() => checkHostname(thing(), 'hostname', name)).not.toThrow();
  });

  test('accepts undefined and tokens', () => {
    // GIVEN nothing or a token / WHEN checked / THEN both pass
    expect(() => checkHostname(thing(), 'hostname', undefined)).not.toThrow();
    expect(() => checkHostname(thing(), 'hostname', TOKEN_STRING)).not.toThrow();
  });

  test.each(['', 'Web1', 'web_1', '-web', 'web-', 'web.lab', 'a'.repeat(64)])('rejects %j', (name) => {
    // GIVEN something that is not one lowercase DNS label / WHEN checked / THEN it is rejected
    expectValidationError(() => checkHostname(thing(), 'hostname', name),
      /^test\/thing: hostname is not a valid hostname \(got ".*"\); use 1 to 63 lowercase letters, digits or '-', not starting or ending with '-'$/);
  });
});

describe('checkDomainName', () => {
  test.each(['lab.test', 'test', 'a.b.c.example', `${'a'.repeat(63)}.test`])('accepts %j', (domain) => {
    // GIVEN dot-separated lowercase labels / WHEN checked / THEN it passes
    expect(() => checkDomainName(thing(), 'domain', domain)).not.toThrow();
  });

  test('accepts undefined, tokens and strings embedding a token', () => {
    // GIVEN nothing, a token, or a domain built from a token / WHEN checked / THEN all pass
    expect(() => checkDomainName(thing(), 'domain', undefined)).not.toThrow();
    expect(() => checkDomainName(thing(), 'domain', TOKEN_STRING)).not.toThrow();
    expect(() => checkDomainName(thing(), 'domain', `${TOKEN_STRING}.test`)).not.toThrow();
  });

  test.each(['', 'Lab.test', 'lab_x.test', 'lab..test', '.lab.test', 'lab.test.', `${'a'.repeat(64)}.test`, Array(64).fill('abc').join('.')])(
    'rejects %j',
    (domain) => {
      // GIVEN a bad label, an empty label, or more than 253 characters / WHEN checked / THEN it is rejected
      expectValidationError(() => checkDomainName(thing(), 'domain', domain),
        /^test\/thing: domain is not a valid DNS domain \(got ".*\); use lowercase labels separated by dots, such as 'lab\.test'$/);
    },
  );
});

describe('checkMac', () => {
  test('accepts a lowercase QEMU MAC, undefined and tokens', () => {
    // GIVEN a lowercase 52:54:00 MAC, nothing, or a token / WHEN checked / THEN all pass
    expect(() => checkMac(thing(), 'mac', '52:54:00:12:ab:ef')).not.toThrow();
    expect(() => checkMac(thing(), 'mac', undefined)).not.toThrow();
    expect(() => checkMac(thing(), 'mac', TOKEN_STRING)).not.toThrow();
  });

  test.each(['52:54:00:12:AB:EF', '00:16:3e:12:ab:ef', '52-54-00-12-ab-ef', '52:54:00:12:ab', '52540012abef', ''])('rejects %j', (mac) => {
    // GIVEN an uppercase, foreign-range or malformed MAC / WHEN checked / THEN it is rejected
    expectValidationError(() => checkMac(thing(), 'mac', mac),
      /^test\/thing: mac is not a MAC address in QEMU's range \(got ".*"\); write it as six lowercase hex pairs starting with 52:54:00/);
  });
});

describe('checkAbsolutePath', () => {
  test('accepts absolute paths, undefined and tokens', () => {
    // GIVEN absolute paths, nothing, or a token / WHEN checked / THEN all pass
    expect(() => checkAbsolutePath(thing(), 'path', '/var/lib/libvirt/images')).not.toThrow();
    expect(() => checkAbsolutePath(thing(), 'path', '/')).not.toThrow();
    expect(() => checkAbsolutePath(thing(), 'path', undefined)).not.toThrow();
    expect(() => checkAbsolutePath(thing(), 'path', TOKEN_STRING)).not.toThrow();
  });

  test.each(['images', './images', '~/images', '', '/srv/a\0b'])('rejects %j', (path) => {
    // GIVEN a relative path, or one with a NUL byte / WHEN checked / THEN it is rejected
    expectValidationError(() => checkAbsolutePath(thing(), 'path', path),
      /^test\/thing: path must be an absolute path on the libvirt host \(got ".*"\); give a path starting with '\/'$/);
  });
});

describe('checkOneOf', () => {
  const MODES = ['bridge', 'vepa'] as const;

  test('accepts a listed value, undefined and tokens', () => {
    // GIVEN an allowed value, nothing, or a token / WHEN checked / THEN all pass
    expect(() => checkOneOf(thing(), 'mode', 'vepa', MODES)).not.toThrow();
    expect(() => checkOneOf(thing(), 'mode', undefined, MODES)).not.toThrow();
    expect(() => checkOneOf(thing(), 'mode', TOKEN_STRING, MODES)).not.toThrow();
  });

  test.each(['Bridge', 'private', ''])('rejects %j, listing the allowed values', (mode) => {
    // GIVEN a value not in the list (case matters) / WHEN checked / THEN it is rejected, listing the allowed values
    const e = expectValidationError(() => checkOneOf(thing(), 'mode', mode, MODES),
      new RegExp(`^test/thing: mode is not one of bridge, vepa \\(got "${mode}"\\); use one of: bridge, vepa$`));
    expect(e).toBeInstanceOf(LibvirtValidationError);
  });
});
