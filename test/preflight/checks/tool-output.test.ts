/**
 * Reading the tools' output (lib/preflight/checks/tool-output.ts).
 */
import { escapeRegExp, firstLines, summarize } from '../../../lib/preflight/checks/tool-output';

describe('summarize', () => {
  test('at most four reasons on one line by default, then how many more there are', () => {
    expect(summarize(['a', 'b'])).toBe('a; b');
    expect(summarize(['a', 'b', 'c', 'd', 'e', 'f'])).toBe('a; b; c; d; (2 more)');
    expect(summarize(['a', 'b', 'c'], 2)).toBe('a; b; (1 more)');
  });
});

describe('firstLines', () => {
  test('the first three non-empty lines, trimmed', () => {
    expect(firstLines('\n  one \n\ntwo\nthree\nfour\n')).toBe('one; two; three');
    expect(firstLines('')).toBe('');
  });
});

describe('escapeRegExp', () => {
  test('matches the text literally', () => {
    const file = '/tmp/a.b/[x]+(y)?*$^{1}|\\z.xml';
    expect(new RegExp(`^${escapeRegExp(file)}:(\\d+)$`).exec(`${file}:12`)?.[1]).toBe('12');
    expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false);
  });
});
