/** The pure checks of a machine's props: sizing within what QEMU runs, SSH keys one per entry, the root login warning, data disks. */
import { Fn, Lazy, TerraformStack, Testing, Token } from 'cdktf';
import { Construct } from 'constructs';
import {
  checkConstructRefs, checkDataDisks, checkLogin, checkLoginUser, checkMachineValues, checkSizing, checkSshKeys, checkUserAndKeys, MAX_MEMORY_MIB, MAX_VCPUS, warnRootLogin,
} from '../../lib/private/machine-checks';
import { warningsOf } from '../support/k3s';
import { SSH_KEY } from '../support/lab';
import { expectValidationError } from '../validation-error';

/** A construct at path test/web, the scope every check below reports. */
function web(): Construct {
  return new Construct(new TerraformStack(Testing.app(), 'test'), 'web');
}

const OTHER_KEY = 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDxxxxxxxxxxxx you@desktop';

describe('checkSizing', () => {
  test('the limits are QEMU 7.2 q35\'s 288 vCPUs and 1 TiB of memory', () => {
    // THEN the limits are QEMU's, as the messages say
    expect(MAX_VCPUS).toBe(288);
    expect(MAX_MEMORY_MIB).toBe(1048576);
  });

  test('accepts the bounds, leaving out what is not given, and tokens', () => {
    // GIVEN sizings at the bounds, empty, and from Terraform expressions / THEN none is refused
    expect(() => checkSizing(web(), { vcpus: 1, memoryMiB: 128, rootDiskGiB: 1 })).not.toThrow();
    expect(() => checkSizing(web(), { vcpus: 288, memoryMiB: 1048576, rootDiskGiB: 100000 })).not.toThrow();
    expect(() => checkSizing(web(), {})).not.toThrow();
    expect(() => checkSizing(web(), { vcpus: Token.asNumber(Fn.parseint('4', 10)), memoryMiB: Token.asNumber(Fn.parseint('4096', 10)) })).not.toThrow();
  });

  test.each<[string, object, RegExp]>([
    ['289 vCPUs', { vcpus: 289 }, /^test\/web: vcpus must be a whole number from 1 to 288 \(got 289\); give from 1 to 288 vCPUs: QEMU 7\.2's q35 machine refuses more \("Invalid SMP CPUs"\)$/],
    ['1 TiB and 1 MiB', { memoryMiB: 1048577 }, /^test\/web: memoryMiB must be a whole number from 128 to 1048576 \(got 1048577\); give from 128 MiB .*; memoryMiB counts MiB: 4 GiB is 4096$/],
    ['NaN memory', { memoryMiB: NaN }, /^test\/web: memoryMiB must be a whole number from 128 to 1048576 \(got NaN\)/],
    ['Infinite vCPUs', { vcpus: Infinity }, /^test\/web: vcpus must be a whole number from 1 to 288 \(got Infinity\)/],
    ['a fractional root disk', { rootDiskGiB: 10.5 }, /^test\/web: rootDiskGiB must be a whole number of at least 1 \(got 10\.5\)/],
    ['an infinite root disk', { rootDiskGiB: -Infinity }, /^test\/web: rootDiskGiB must be a whole number of at least 1 \(got -Infinity\)/],
  ])('refuses %s, naming the value and the limit', (_label, sizing, message) => {
    // GIVEN a sizing out of range / WHEN checked / THEN the message names the construct, the value and the fix
    expectValidationError(() => checkSizing(web(), sizing), message);
  });

  test('a prefix names the role whose sizing is wrong', () => {
    // GIVEN a role's sizing / WHEN out of range / THEN the message names the role's option
    expectValidationError(() => checkSizing(web(), { vcpus: 0 }, 'roles[server].'), /^test\/web: roles\[server\]\.vcpus must be a whole number from 1 to 288 \(got 0\)/);
  });
});

describe('checkSshKeys', () => {
  test('accepts an array of public keys, nothing, and tokens', () => {
    // GIVEN keys as they should be given, none, or read at apply / THEN none is refused
    expect(() => checkSshKeys(web(), [SSH_KEY, OTHER_KEY], 'debian')).not.toThrow();
    expect(() => checkSshKeys(web(), undefined, 'debian')).not.toThrow();
    expect(() => checkSshKeys(web(), [Token.asString(Fn.file('~/.ssh/id_ed25519.pub'))])).not.toThrow();
    // a key whose comment mentions a key type is one key
    expect(() => checkSshKeys(web(), ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB6Tj3nFz0uL my ssh-rsa key is elsewhere'])).not.toThrow();
  });

  test('a string is refused, with the array to pass instead', () => {
    // GIVEN one key as a string / WHEN checked / THEN it is refused with the array to write instead
    expectValidationError(() => checkSshKeys(web(), SSH_KEY, 'debian'),
      /^test\/web: sshAuthorizedKeys of user debian is a string, not an array of keys \(got "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB6T\.\.\."\); pass an array: sshAuthorizedKeys: \['ssh-ed25519 AAAA\.\.\. me@laptop'\]$/);
  });

  test('anything else that is not an array is refused as checkArray does', () => {
    // GIVEN an object / WHEN checked / THEN it is refused as not an array
    expectValidationError(() => checkSshKeys(web(), { key: SSH_KEY }),
      /^test\/web: sshAuthorizedKeys must be an array \(got .*\); wrap it in brackets, such as sshAuthorizedKeys: \['ssh-ed25519 AAAA\.\.\. me@laptop'\]$/);
  });

  test.each([
    ['on two lines', `${SSH_KEY}\n${OTHER_KEY}`],
    ['on one line', `${SSH_KEY} ${OTHER_KEY}`],
    ['with a trailing newline between', `${SSH_KEY}\r\n${OTHER_KEY}\n`],
  ])('two keys in one entry %s: "one key per array entry"', (_label, entry) => {
    // GIVEN two keys in one entry / WHEN checked / THEN it says to give one key per array entry
    expectValidationError(() => checkSshKeys(web(), [entry], 'debian'),
      /^test\/web: an entry of sshAuthorizedKeys of user debian holds 2 keys \(got "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB6T\.\.\."\); give one key per array entry: sshAuthorizedKeys: \['ssh-ed25519 AAAA\.\.\. me@laptop', 'ssh-rsa AAAA\.\.\. me@desktop'\]$/);
  });

  test('an entry that is no public key is refused; a private key is never shown', () => {
    // GIVEN a number, a blob without its type and a private key / WHEN checked / THEN each is refused, the private key not shown
    expectValidationError(() => checkSshKeys(web(), [42]), /^test\/web: an SSH key is not a string \(got 42\); give each key as a string, one key per array entry/);
    expectValidationError(() => checkSshKeys(web(), ['AAAAC3NzaC1lZDI1NTE5'], 'ops'),
      /^test\/web: an SSH key of user ops is not an OpenSSH public key \(got "AAAAC3NzaC1lZDI1NTE5"\); pass the content of a \.pub file/);
    const error = expectValidationError(() => checkSshKeys(web(), '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk\n-----END OPENSSH PRIVATE KEY-----'),
      /is a string, not an array of keys \(got "\(a private key, not shown\)"\)/);
    expect(error.message).not.toContain('b3Bl');
  });
});

describe('root login', () => {
  test('warns when the login user is root, and only then', () => {
    // GIVEN a machine logging in as root, one as debian, and one without a login user
    const root = web();
    warnRootLogin(root, 'root');
    const debian = web();
    checkLogin(debian, 'debian', [SSH_KEY]);
    const none = web();
    warnRootLogin(none, undefined);
    // THEN only the first carries a warning, which says when root login works and what to prefer
    expect(warningsOf(root)).toEqual([
      "loginUser is root: SSH as root works only where the image's sshd permits root login (OpenSSH's default prohibit-password does, hardened images set PermitRootLogin no), "
      + "and every command over SSH runs as root; prefer the image's own user (such as debian or ubuntu), who gets passwordless sudo",
    ]);
    expect(warningsOf(debian)).toEqual([]);
    expect(warningsOf(none)).toEqual([]);
  });

  test('checkLogin checks the keys and warns about root', () => {
    // GIVEN the login user root / WHEN its keys are a string, then an array / THEN the first is refused and the second warned about
    const scope = web();
    expectValidationError(() => checkLogin(scope, 'root', SSH_KEY), /^test\/web: sshAuthorizedKeys of user root is a string/);
    checkLogin(scope, 'root', [SSH_KEY]);
    expect(warningsOf(scope)).toHaveLength(1);
  });
});

describe('checkDataDisks', () => {
  test('accepts up to 24 disks of whole GiB, and no disks', () => {
    // GIVEN 24 disks, and none / THEN neither is refused
    expect(() => checkDataDisks(web(), Array.from({ length: 24 }, () => ({ sizeGiB: 1 })))).not.toThrow();
    expect(() => checkDataDisks(web(), undefined)).not.toThrow();
  });

  test.each<[string, unknown, RegExp]>([
    ['one disk not in an array', { sizeGiB: 20 }, /^test\/web: dataDisks must be an array \(got \{"sizeGiB":20\}\); wrap it in brackets, such as dataDisks: \[\{ sizeGiB: 20 \}\]$/],
    ['a misspelt option', [{ size: 20 }], /^test\/web: dataDisks\[0\] has no prop 'size' \(got "size"\); did you mean 'sizeGiB'\?/],
    ['a disk that is not an object', [20], /^test\/web: the props of dataDisks\[0\] must be an object \(got 20\)/],
    ['a size of NaN', [{ sizeGiB: 1 }, { sizeGiB: NaN }], /^test\/web: dataDisks\[1\]\.sizeGiB must be a whole number of at least 1 \(got NaN\)/],
    ['a pool given by name', [{ sizeGiB: 1, pool: 'fast' }], /^test\/web: dataDisks\[0\]\.pool is not a construct \(got "fast"\); pass the StoragePool construct itself \(dataDisks\[0\]\.pool: the object, not its name\)$/],
    ['25 disks', Array.from({ length: 25 }, () => ({ sizeGiB: 1 })), /^test\/web: too many data disks \(got 25\); attach at most 24 data disks \(vdb to vdy\)$/],
  ])('refuses %s', (_label, disks, message) => {
    // GIVEN disks as plain JavaScript may give them / WHEN checked / THEN each is refused with its fix
    expectValidationError(() => checkDataDisks(web(), disks), message);
  });

  test('a hole in a sparse array of disks is refused, not skipped', () => {
    // eslint-disable-next-line no-sparse-arrays
    expectValidationError(() => checkDataDisks(web(), [{ sizeGiB: 1 }, , { sizeGiB: 2 }]), /^test\/web: dataDisks\[1\] needs props \(got nothing\)/);
  });
});

describe('checkConstructRefs', () => {
  test('host, image and pool must be constructs of their kind', () => {
    // GIVEN names, or a construct of another kind, where constructs are expected / WHEN checked / THEN each is refused, naming the kind
    expect(() => checkConstructRefs(web(), {})).not.toThrow();
    expectValidationError(() => checkConstructRefs(web(), { host: 'kvm1' }), /^test\/web: host is not a construct \(got "kvm1"\); pass the Host construct itself \(host: the object, not its name\)$/);
    expectValidationError(() => checkConstructRefs(web(), { image: 'debian-12' }), /^test\/web: image is not a construct \(got "debian-12"\); pass the BaseImage construct itself/);
    const scope = web();
    expectValidationError(() => checkConstructRefs(scope, { pool: new Construct(scope, 'p') }),
      /^test\/web: pool is not a StoragePool: test\/web\/p has no poolName \(got "test\/web\/p"\); pass the StoragePool construct itself/);
  });
});

describe('checkLoginUser and checkUserAndKeys', () => {
  test('a Linux user name passes, and so do nothing and a token', () => {
    // GIVEN user names as the image's, none, and a Terraform expression / THEN none is refused
    for (const user of ['debian', '_svc', 'u'.repeat(32), undefined, Lazy.stringValue({ produce: () => 'x' })]) expect(() => checkLoginUser(web(), user)).not.toThrow();
  });

  test.each<[string, unknown, RegExp]>([
    ['a symbol', Symbol('u'), /^test\/web: loginUser must be a string \(got Symbol\(u\)\); use up to 32 lowercase letters, digits, _ or -, starting with a letter or _, such as 'debian'$/],
    ['a null-prototype object', Object.create(null), /^test\/web: loginUser must be a string \(got \{\}\)/],
    ['an uppercase name', 'Admin', /^test\/web: loginUser is not a Linux user name \(got "Admin"\); use up to 32 lowercase letters/],
    ['33 characters', 'u'.repeat(33), /^test\/web: loginUser is not a Linux user name/],
    ['a list token', Lazy.listValue({ produce: () => ['debian'] })[0], /^test\/web: loginUser holds a list token where one string is expected/],
  ])('refuses %s as the login user', (_label, user, message) => {
    // GIVEN a login user a plain JavaScript caller may give / WHEN checked / THEN it is refused before anything reads it
    expectValidationError(() => checkLoginUser(web(), user), message);
  });

  test('the keys of a login user that is not a string are checked without naming it (no TypeError)', () => {
    // GIVEN a symbol and a null-prototype object as the user of bad keys / WHEN only the keys are checked / THEN the message leaves the user out
    expectValidationError(() => checkSshKeys(web(), [42], Symbol('u')), /^test\/web: an SSH key is not a string \(got 42\)/);
    expectValidationError(() => checkSshKeys(web(), ['x'], Object.create(null)), /^test\/web: an SSH key is not an OpenSSH public key/);
    // AND checkUserAndKeys refuses the user first
    expectValidationError(() => checkUserAndKeys(web(), Symbol('u'), [SSH_KEY]), /^test\/web: loginUser must be a string/);
    expectValidationError(() => checkUserAndKeys(web(), 'debian', Object.create(null)), /^test\/web: sshAuthorizedKeys must be an array \(got \{\}\)/);
  });

  test('a list token among the keys is refused: a list cannot stand for one key', () => {
    // GIVEN the keys as a list token (a Terraform list variable) / WHEN checked / THEN its one element is refused with the way out
    expectValidationError(() => checkSshKeys(web(), Lazy.listValue({ produce: () => [SSH_KEY] }), 'debian'),
      /^test\/web: an SSH key of user debian holds a list token where one string is expected \(got "#\{TfToken\[TOKEN\.\d+\]\}"\); give each key as a string, .*pick an element with Fn\.element\(list, 0\)/);
    // AND a number token is not a key
    expectValidationError(() => checkSshKeys(web(), [Lazy.numberValue({ produce: () => 1 })]), /^test\/web: an SSH key is not a string/);
  });
});

describe('checkMachineValues', () => {
  test('booleans pass, autostart may be a token, and nothing given passes', () => {
    // GIVEN flags as booleans, autostart from a Terraform expression, and no props / THEN none is refused
    expect(() => checkMachineValues(web(), { guestAgent: false, autostart: true })).not.toThrow();
    expect(() => checkMachineValues(web(), { autostart: Lazy.anyValue({ produce: () => true }) })).not.toThrow();
    expect(() => checkMachineValues(web(), {})).not.toThrow();
  });

  test.each<[string, object, RegExp]>([
    ['guestAgent as a string', { guestAgent: 'false' }, /^test\/web: guestAgent must be true or false \(got "false"\); set guestAgent to true or false \(a boolean, not a string or number\)$/],
    ['guestAgent as a token (it decides whether the channel is added)', { guestAgent: Lazy.anyValue({ produce: () => true }) },
      /^test\/web: guestAgent must be known when the stack is synthesized \(got "a token"\); set guestAgent to true or false: it decides what the stack is made of/],
    ['autostart as a number', { autostart: 1 }, /^test\/web: autostart must be true or false \(got 1\)/],
    ['a symbol as the login user', { loginUser: Symbol('u') }, /^test\/web: loginUser must be a string \(got Symbol\(u\)\)/],
    ['nics as one NIC', { nics: { network: 'lan' } }, /^test\/web: nics must be an array/],
    ['a NaN hostNumber', { hostNumber: NaN }, /^test\/web: hostNumber must be a whole number of at least 1 \(got NaN\)/],
  ])('refuses %s', (_label, props, message) => {
    // GIVEN a machine prop of the wrong type / WHEN checked / THEN it is refused with the prop and the fix
    expectValidationError(() => checkMachineValues(web(), props), message);
  });
});
