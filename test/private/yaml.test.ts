import { parse } from 'yaml';
import { toGuestYaml } from '../../lib/private/yaml';

/** Reads YAML the way cloud-init (PyYAML) does: YAML 1.1 resolution of plain scalars. */
function read11(text: string): unknown {
  return parse(text, { version: '1.1' });
}

describe('toGuestYaml', () => {
  test.each([
    ['an all-digit MAC (a base-60 integer in YAML 1.1)', '52:54:00:12:34:56'],
    ['a time-like value', '1:30'],
    ['yes', 'yes'],
    ['no', 'no'],
    ['on', 'on'],
    ['off', 'off'],
    ['y', 'y'],
    ['n', 'n'],
    ['True', 'True'],
    ['an octal-looking mode', '0644'],
    ['a number with underscores', '1_000'],
    ['a float', '1.5'],
    ['an exponent', '1e3'],
    ['null', 'null'],
    ['a tilde', '~'],
    ['an empty string', ''],
  ])('%s is quoted so that a YAML 1.1 reader keeps the string', (_label, value) => {
    // GIVEN a string that YAML 1.1 would resolve to another type when plain
    // WHEN rendered
    const text = toGuestYaml({ value });
    // THEN it is quoted, and reads back as the same string
    expect(text).toMatch(/^value: (".*"|'.*')\n$/);
    expect(read11(text)).toEqual({ value });
  });

  test('MAC-like strings are double-quoted', () => {
    expect(toGuestYaml({ macaddress: '52:54:00:12:34:56' })).toBe('macaddress: "52:54:00:12:34:56"\n');
  });

  test('plain strings, including MACs with hex letters, stay plain', () => {
    const text = toGuestYaml({ a: 'nginx', b: '52:54:00:ab:cd:ef', c: '/etc/motd', d: 'ALL=(ALL) NOPASSWD:ALL' });
    expect(text).toBe('a: nginx\nb: 52:54:00:ab:cd:ef\nc: /etc/motd\nd: ALL=(ALL) NOPASSWD:ALL\n');
  });

  test('booleans and numbers stay booleans and numbers', () => {
    const text = toGuestYaml({ dhcp4: true, ssh_pwauth: false, version: 2 });
    expect(text).toBe('dhcp4: true\nssh_pwauth: false\nversion: 2\n');
    expect(read11(text)).toEqual({ dhcp4: true, ssh_pwauth: false, version: 2 });
  });

  test('an object used twice is written out twice, with no anchors or aliases', () => {
    // GIVEN the same object in two places
    const shared = { addresses: ['10.77.0.1'] };
    // WHEN rendered
    const text = toGuestYaml({ nic0: { nameservers: shared }, nic1: { nameservers: shared } });
    // THEN there is no &anchor or *alias, and both copies read back
    expect(text).not.toMatch(/[&*]a\d/);
    expect(text).not.toMatch(/[&*]/);
    expect(read11(text)).toEqual({ nic0: { nameservers: shared }, nic1: { nameservers: shared } });
  });

  test('long lines are not folded', () => {
    const key = `ssh-ed25519 ${'A'.repeat(300)} me@laptop`;
    const text = toGuestYaml({ keys: [key] });
    expect(text).toBe(`keys:\n  - ${key}\n`);
  });

  test('multi-line text reads back unchanged', () => {
    const content = '#!/bin/sh\necho "hello: world"\n\n  indented # not a comment\n';
    expect(read11(toGuestYaml({ content }))).toEqual({ content });
  });

  test('the output is a YAML 1.1 document without a %YAML directive', () => {
    expect(toGuestYaml({ a: 1 })).toBe('a: 1\n');
  });
});
