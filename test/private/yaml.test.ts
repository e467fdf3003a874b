import { DefaultTokenResolver, StringConcat, TerraformOutput, TerraformStack, TerraformVariable, Testing, Tokenization } from 'cdktf';
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

describe('toGuestYaml with tokens', () => {
  /** A stack with string variables `names`, and the text that Terraform gets for `render(...)` of their values. */
  function synthesized(names: string[], render: (vars: string[]) => string): { rendered: string; synthesized: string } {
    const stack = new TerraformStack(Testing.app(), 'test');
    const vars = names.map((n) => new TerraformVariable(stack, n, { type: 'string' }).stringValue);
    const rendered = render(vars);
    new TerraformOutput(stack, 'doc', { value: rendered });
    return { rendered, synthesized: JSON.parse(Testing.synth(stack)).output.doc.value };
  }

  test('a value that is exactly one token becomes a token for the jsonencode() of it', () => {
    // GIVEN a variable's value as a YAML value
    // WHEN rendered
    const { rendered, synthesized: text } = synthesized(['key'], ([key]) => toGuestYaml({ key }));
    // THEN the YAML holds a (new) token, unquoted, which Terraform sees as ${jsonencode(var.key)}
    expect(rendered).toMatch(/^key: \$\{TfToken\[TOKEN\.\d+\]\}\n$/);
    expect(text).toBe('key: ${jsonencode(var.key)}\n');
  });

  test('Tokenization.resolve gives the same jsonencode() reference', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const key = new TerraformVariable(stack, 'key', { type: 'string' }).stringValue;
    const resolved = Tokenization.resolve(toGuestYaml({ key }), { scope: stack, resolver: new DefaultTokenResolver(new StringConcat()) });
    expect(resolved).toBe('key: ${jsonencode(var.key)}\n');
  });

  test('a list of tokens, and tokens nested in objects of a list, each become a jsonencode()', () => {
    const { synthesized: text } = synthesized(['a', 'b', 'pw'], ([a, b, pw]) => toGuestYaml({
      users: [{ name: 'ops', hashed_passwd: pw, ssh_authorized_keys: [a, 'ssh-ed25519 AAAA me@laptop', b] }],
      keys: [a, b],
    }));
    expect(text).toBe([
      'users:',
      '  - name: ops',
      '    hashed_passwd: ${jsonencode(var.pw)}',
      '    ssh_authorized_keys:',
      '      - ${jsonencode(var.a)}',
      '      - ssh-ed25519 AAAA me@laptop',
      '      - ${jsonencode(var.b)}',
      'keys:',
      '  - ${jsonencode(var.a)}',
      '  - ${jsonencode(var.b)}',
      '',
    ].join('\n'));
  });

  test('twelve tokens each get their own reference (placeholder 1 is not part of placeholder 11)', () => {
    const names = Array.from({ length: 12 }, (_, i) => `v${i}`);
    const { synthesized: text } = synthesized(names, (vars) => toGuestYaml({ list: vars }));
    expect(text).toBe(`list:\n${names.map((n) => `  - \${jsonencode(var.${n})}\n`).join('')}`);
  });

  test('a string mixing literal text and a token is left as it is', () => {
    // GIVEN values with text around, between or next to tokens
    const { rendered, synthesized: text } = synthesized(['key'], ([key]) => toGuestYaml({
      id: `web-${key}`,
      twice: `${key}${key}`,
      spaced: ` ${key}`,
    }));
    // THEN they reach Terraform as plain interpolations, as before
    expect(rendered).not.toMatch(/jsonencode/);
    expect(text).toBe('id: web-${var.key}\ntwice: ${var.key}${var.key}\nspaced: " ${var.key}"\n');
  });

  test('literal values next to tokens render exactly as without them', () => {
    const literals = { mac: '52:54:00:12:34:56', answer: 'yes', mode: '0644', sudo: 'ALL=(ALL) NOPASSWD:ALL', n: 2, on: true };
    const { synthesized: text } = synthesized(['key'], ([key]) => toGuestYaml({ ...literals, key }));
    expect(text).toBe(`${toGuestYaml(literals)}key: \${jsonencode(var.key)}\n`);
  });

  test('a literal string that looks like a placeholder is kept, and the document is not modified', () => {
    // GIVEN a document whose literal strings (and keys) contain the placeholder text
    const { synthesized: text } = synthesized(['key'], ([key]) => {
      const doc = { CdktfLibvirtJsonencode0Z: 'CdktfLibvirtJsonencode0Z', list: ['CdktfLibvirtJsonencodeX1Z', key] };
      const before = JSON.stringify(doc);
      const out = toGuestYaml(doc);
      expect(JSON.stringify(doc)).toBe(before);
      return out;
    });
    // THEN only the token is replaced
    expect(text).toBe('CdktfLibvirtJsonencode0Z: CdktfLibvirtJsonencode0Z\nlist:\n  - CdktfLibvirtJsonencodeX1Z\n  - ${jsonencode(var.key)}\n');
  });

  test.each([
    ['a colon and a comment', 'ssh-ed25519 AAAA me: #laptop'],
    ['a leading alias star', '*ops'],
    ['a leading anchor', '&x'],
    ['a leading tag', '!!python/object:os.system'],
    ['quotes', `it's "quoted"`],
    ['a flow mapping', '{a: 1}'],
    ['a flow sequence', '[1, 2]'],
    ['a directive', '%YAML 1.1'],
    ['reserved indicators', '@x `y`'],
    ['a YAML 1.1 boolean', 'yes'],
    ['an octal mode', '0644'],
    ['a base-60 MAC', '52:54:00:12:34:56'],
    ['null', 'null'],
    ['an empty string', ''],
    ['newlines, tabs and backslashes', 'a\nb\tc \\ d\r\n'],
    ['HTML characters Terraform escapes (\\u003c)', '<a & b>'],
    ['non-ASCII text', 'héllo ✓ 😀'],
  ])('the guest reads %s back exactly once Terraform substitutes jsonencode()', (_label, value) => {
    // GIVEN the document as Terraform hands it over, with jsonencode() evaluated (Terraform escapes <, > and &)
    const { synthesized: text } = synthesized(['key'], ([key]) => toGuestYaml({ users: [{ name: 'ops', ssh_authorized_keys: [key] }], key }));
    const json = JSON.stringify(value).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const applied = text.split('${jsonencode(var.key)}').join(json);
    // WHEN read as YAML 1.1 / THEN the value is the same string
    expect(read11(applied)).toEqual({ users: [{ name: 'ops', ssh_authorized_keys: [value] }], key: value });
  });
});

test('the raw text of such a value would not read back (why jsonencode() matters)', () => {
  // GIVEN the document as it was rendered before: the reference substituted as raw text
  const value = 'ssh-ed25519 AAAA me: #laptop';
  const raw = 'keys:\n  - ${var.key}\n'.replace('${var.key}', value);
  // WHEN read / THEN the guest gets something else, or nothing
  let read: unknown;
  try {
    read = read11(raw);
  } catch (e) {
    read = e;
  }
  expect(read).not.toEqual({ keys: [value] });
});
