import { Fn, Lazy, TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
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
  checkConstructRef,
  checkUniqueId,
  fail,
  HOST,
  isToken,
  NETWORK,
  pathOf,
  pendingScope,
} from '../../lib/private/validate';
import { checkString, checkTerraformLiteral } from '../../lib/private/validate';
import { checkLiteralBoolean, checkLiteralInteger, checkSingleString } from '../../lib/private/validate';
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

describe('pathOf and pendingScope', () => {
  test('give the path a construct will have, before it exists, and checks fail with it', () => {
    // GIVEN a parent at test/thing, and the app itself
    const parent = thing();
    const app = Testing.app();
    // THEN the path of a child-to-be is the parent's path and the id; under the app it is the id alone
    expect(pathOf(parent, 'r1')).toBe('test/thing/r1');
    expect(pathOf(app, 'stack')).toBe('stack');
    // AND a check given the stand-in names that path, while the child does not exist yet
    expectValidationError(() => checkInteger(pendingScope(parent, 'r1'), 'vcpus', 0, 1), /^test\/thing\/r1: vcpus must be a whole number of at least 1 \(got 0\)/);
    expect(parent.node.tryFindChild('r1')).toBeUndefined();
  });
});

describe('checkUniqueId', () => {
  test('passes a new id, and refuses one the parent already has, naming the path, the id and the fix', () => {
    // GIVEN a parent with a child web
    const parent = thing();
    new Construct(parent, 'web');
    // WHEN another child is to take a new id / THEN nothing is refused
    expect(() => checkUniqueId(parent, 'db', 'VirtualMachine')).not.toThrow();
    // WHEN it is to take the id web / THEN it is refused before the constructs library would
    const e = expectValidationError(() => checkUniqueId(parent, 'web', 'VirtualMachine'),
      /^test\/thing\/web: test\/thing already has a child with the id 'web' \(a Construct\), so this VirtualMachine cannot have it \(got "web"\); give each construct a unique id within its parent$/);
    expect(e).toMatchObject({ constructPath: 'test/thing/web', value: 'web', fix: 'give each construct a unique id within its parent' });
  });

  test.each<[string, unknown]>([['empty', ''], ['a number', 7], ['a symbol', Symbol('web')]])('refuses an id that is %s, naming the parent', (_label, id) => {
    // GIVEN an id the constructs library refuses with its own error (or a TypeError) / WHEN checked / THEN it is refused with the parent's path and the fix
    expectValidationError(() => checkUniqueId(thing(), id as string, 'Lab'),
      /^test\/thing: the id of a Lab in test\/thing must be a non-empty string \(got .*\); give it an id that is unique within its parent: new Lab\(scope, 'web1', props\)$/);
  });

  test('refuses a scope that is not a construct', () => {
    // GIVEN a plain object as the scope / WHEN checked / THEN it is refused with the argument order
    expectValidationError(() => checkUniqueId({} as Construct, 'web', 'Lab'),
      /^web: the scope of a Lab is not a construct \(got \{\}\); pass the parent construct first: new Lab\(scope, id, props\)$/);
  });
});

describe('checkConstructRef', () => {
  test('passes a construct of the kind and nothing, and refuses a name or a construct of another kind', () => {
    // GIVEN a construct with a host's members, nothing, a name, and a plain construct / WHEN checked as a host / THEN the name and the plain construct are refused
    const scope = thing();
    const host = Object.assign(new Construct(scope, 'h'), { hostName: 'kvm1', provider: {} });
    expect(() => checkConstructRef(scope, 'host', host, HOST)).not.toThrow();
    expect(() => checkConstructRef(scope, 'host', undefined, HOST)).not.toThrow();
    expectValidationError(() => checkConstructRef(scope, 'host', 'kvm1', HOST),
      /^test\/thing: host is not a construct \(got "kvm1"\); pass the Host construct itself \(host: the object, not its name\)$/);
    expectValidationError(() => checkConstructRef(scope, 'networks[0]', new Construct(scope, 'n'), NETWORK),
      /^test\/thing: networks\[0\] is not a Network: test\/thing\/n has no networkName \(got "test\/thing\/n"\); pass the Network construct itself \(networks\[0\]: the object, not its name\)$/);
  });
});

describe('checkString', () => {
  test('passes a string, a string token and nothing', () => {
    // GIVEN a string, a token string and nothing / WHEN checked / THEN nothing is refused
    for (const value of ['', 'x', TOKEN_STRING, undefined]) expect(() => checkString(thing(), 'name', value, 'give a name')).not.toThrow();
  });

  test.each<[string, unknown, string]>([
    ['a number', 5, '5'],
    ['a number token', TOKEN_NUMBER, '-?[0-9.e+]+'],
    ['a symbol', Symbol('s'), 'Symbol\\(s\\)'],
    ['an object without a prototype', Object.create(null), '\\{\\}'],
    ['an array', ['a'], '\\["a"\\]'],
    ['a function', () => 'f', "\\(\\) => 'f'"],
    ['null', null, 'null'],
  ])('refuses %s before its content is read, with the fix', (_label, value, shown) => {
    // GIVEN a value of another type than string / WHEN checked / THEN it is refused, naming the prop, the value and the fix
    const e = expectValidationError(() => checkString(thing(), 'name', value, "give a name such as 'lan'"),
      new RegExp(`^test/thing: name must be a string \\(got ${shown}\\); give a name such as 'lan'$`));
    expect(e.value).toBe(value);
  });
});

describe('checkTerraformLiteral', () => {
  test('passes a path, a token and nothing', () => {
    // GIVEN text that goes into a Terraform expression as written / WHEN checked / THEN it passes
    for (const value of ['~/.cache/x', '/var/cache/a b', 'relative', "it's", TOKEN_STRING, undefined]) {
      expect(() => checkTerraformLiteral(thing(), 'cacheDir', value, 'give a folder')).not.toThrow();
    }
  });

  test.each<[string, string]>([
    ['a"b', '"\\\\""'], ['a\\b', '"\\\\\\\\"'], ['a\nb', '"\\\\n"'], ['a\u0001b', '"\\\\u0001"'], ['${path.module}', '"\\$\\{"'], ['%{ if x }', '"%\\{"'],
  ])('refuses %j, naming what cannot go into the expression', (value, held) => {
    // GIVEN text with a character or sequence that a Terraform string literal would not take as written
    // WHEN checked / THEN it is refused, naming what it holds, with the fix
    expectValidationError(() => checkTerraformLiteral(thing(), 'cacheDir', value, 'give a folder'),
      new RegExp(`^test/thing: cacheDir holds ${held}, which cannot go into a Terraform expression as written \\(got .*\\); give a folder \\(without double quotes, `
        + "backslashes, control characters, '\\$\\{' or '%\\{'; pass a token, such as one of Fn, for a Terraform expression\\)$"));
  });

  test('refuses a value that is not a string first', () => {
    // GIVEN an array / WHEN checked / THEN it is refused as not a string
    expectValidationError(() => checkTerraformLiteral(thing(), 'cacheDir', [[]], 'give a folder'), /^test\/thing: cacheDir must be a string \(got \[\[\]\]\); give a folder$/);
  });
});

describe('checkSingleString', () => {
  const LIST = () => Lazy.listValue({ produce: () => ['a'] });

  test('passes a string, a string token and nothing', () => {
    // GIVEN one string, a Terraform expression and nothing / WHEN checked / THEN each passes
    for (const value of ['echo hi', '', TOKEN_STRING, `echo ${TOKEN_STRING}`, undefined]) expect(() => checkSingleString(thing(), 'runcmd[0]', value, 'give a command')).not.toThrow();
  });

  test('refuses a list token, alone or spliced into text, with the way to get one string out of it', () => {
    // GIVEN the element of a Lazy.listValue(), and that element inside a template string / WHEN checked / THEN each is refused
    for (const value of [LIST()[0], `echo ${LIST()}`]) {
      expectValidationError(() => checkSingleString(thing(), 'runcmd[0]', value, 'give a command'),
        /^test\/thing: runcmd\[0\] holds a list token where one string is expected \(got ".*#\{TfToken\[TOKEN\.\d+\]\}"\); give a command; a list \(such as a Lazy\.listValue\(\) or a list attribute\) cannot stand for one string: pick an element with Fn\.element\(list, 0\), or join it with Fn\.join\(' ', list\)$/);
    }
  });

  test('refuses what is not a string as checkString does', () => {
    // GIVEN the list itself / WHEN checked / THEN it is not a string
    expectValidationError(() => checkSingleString(thing(), 'runcmd[0]', LIST(), 'give a command'), /^test\/thing: runcmd\[0\] must be a string \(got \["#\{TfToken/);
  });
});

describe('checkLiteralBoolean', () => {
  test('passes true, false and nothing', () => {
    for (const value of [true, false, undefined]) expect(() => checkLiteralBoolean(thing(), 'masquerade', value)).not.toThrow();
  });

  test('refuses a token: the flag decides what is synthesized', () => {
    // GIVEN a boolean known only at apply / WHEN checked / THEN it is refused, saying why
    expectValidationError(() => checkLiteralBoolean(thing(), 'masquerade', Lazy.anyValue({ produce: () => true })),
      /^test\/thing: masquerade must be known when the stack is synthesized \(got "a token"\); set masquerade to true or false: it decides what the stack is made of, so it cannot be a value known only at apply$/);
  });

  test('refuses what is not a boolean as checkBoolean does', () => {
    expectValidationError(() => checkLiteralBoolean(thing(), 'masquerade', 'true'), /^test\/thing: masquerade must be true or false \(got "true"\)/);
  });
});

describe('checkLiteralInteger', () => {
  test('passes a whole number in range and nothing; refuses a token, then what checkInteger refuses', () => {
    expect(() => checkLiteralInteger(thing(), 'copies', 3, 1, 99)).not.toThrow();
    expect(() => checkLiteralInteger(thing(), 'copies', undefined, 1, 99)).not.toThrow();
    for (const token of [TOKEN_NUMBER, TOKEN_STRING as unknown as number]) {
      expectValidationError(() => checkLiteralInteger(thing(), 'copies', token, 1, 99),
        /^test\/thing: copies must be known when the stack is synthesized \(got "a token"\); set copies to a literal whole number: it decides what the stack is made of, so it cannot be a value known only at apply$/);
    }
    expectValidationError(() => checkLiteralInteger(thing(), 'copies', 0, 1, 99), /^test\/thing: copies must be a whole number from 1 to 99 \(got 0\)/);
  });
});
