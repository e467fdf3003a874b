import { Fn, Token, Tokenization } from 'cdktf';
import { stringify } from 'yaml';

/**
 * YAML for the guest's tools. cloud-init reads YAML 1.1 (PyYAML), where an unquoted MAC such as
 * 52:54:00:12:34:56 is a base-60 integer and `on`/`yes` are booleans: rendering in 1.1 mode quotes
 * every such string. No anchors or aliases: some consumers do not follow them.
 *
 * Tokens (references Terraform resolves at apply time, such as an SSH key from a variable) cannot be
 * quoted here: their text is not known yet, and Terraform substitutes it raw into the document, where
 * a `: `, a ` #`, a leading `*`, `&`, `!`, `'`, `"`, `{`, `[`, `%`, `@` or `` ` ``, or a value such as
 * `yes` or `0644` would break the YAML or change its meaning. So a string value that is exactly one
 * token is written as `${jsonencode(...)}` of that token: the guest receives a JSON string, which is a
 * valid YAML double-quoted scalar whatever its content (JSON's escapes, `\uXXXX` included, are YAML's).
 *
 * A string that MIXES literal text and tokens (`"key ${var.x}"`) is left as it is, unquoted and
 * unescaped: cdktf does not escape quotes, backslashes or template sequences of literal text inside
 * function arguments, so `jsonencode("key ${var.x}")` could not be written safely. Such values are
 * only as safe as the resolved text is plain YAML. Keys are never tokens here.
 */
export function toGuestYaml(doc: unknown): string {
  // letters only, then a number and a letter (so `P1Z` is not part of `P11Z`): always a plain scalar in
  // YAML 1.1 (not a boolean, null, number or timestamp; nothing to quote, nothing to fold), with a prefix
  // that occurs in no key or string of the document, so every match in the output is a placeholder
  const texts: string[] = [];
  collectTexts(doc, texts);
  let prefix = 'CdktfLibvirtJsonencode';
  while (texts.some((t) => t.includes(prefix))) prefix += 'X';

  const tokens: string[] = [];
  const text = render(replaceTokens(doc, (token) => `${prefix}${tokens.push(token) - 1}Z`));
  if (tokens.length === 0) return text;

  let count = 0;
  const out = text.replace(new RegExp(`${prefix}(\\d+)Z`, 'g'), (_m, i: string) => {
    count++;
    return Fn.jsonencode(tokens[Number(i)]);
  });
  if (count !== tokens.length) {
    // cannot happen with the placeholder above; never hand out a document with a reference lost
    throw new Error(`internal error: ${tokens.length} token placeholders, ${count} found in the YAML`);
  }
  return out;
}

function render(doc: unknown): string {
  return stringify(doc, { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false });
}

/** True if `s` is exactly one unresolved token: no literal text before, after or between tokens. */
function isWholeToken(s: string): boolean {
  if (!Token.isUnresolved(s)) return false;
  const fragments = Tokenization.reverseString(s);
  return fragments.length === 1 && fragments.tokens.length === 1;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Every key and string value of the document, into `texts`. */
function collectTexts(value: unknown, texts: string[]): void {
  if (typeof value === 'string') {
    texts.push(value);
  } else if (Array.isArray(value)) {
    for (const v of value) collectTexts(v, texts);
  } else if (isPlainObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      texts.push(k);
      collectTexts(v, texts);
    }
  }
}

/**
 * A copy of the document with every whole-token string replaced by `placeholder(token)`. Arrays and
 * plain objects are copied, anything else is kept as it is; the input is not modified.
 */
function replaceTokens(value: unknown, placeholder: (token: string) => string): unknown {
  if (typeof value === 'string') return isWholeToken(value) ? placeholder(value) : value;
  if (Array.isArray(value)) return value.map((v) => replaceTokens(v, placeholder));
  // fromEntries defines own properties: a key such as `__proto__` stays a key
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceTokens(v, placeholder)]));
  return value;
}
