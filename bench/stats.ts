/** Small statistics and formatting helpers of the benchmark's report. */

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** `median (min-max)` of ratios, two decimals. */
export function spread(xs: readonly number[], digits = 2): string {
  if (xs.length === 0) return 'n/a';
  return `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}-${Math.max(...xs).toFixed(digits)})`;
}

/** A whole number with thousands separators. */
export function thousands(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** A markdown table. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map((_h, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/**
 * Where two texts first differ: line and column (1-based) and the two lines, cut around the
 * difference. Undefined when they are equal.
 */
export function firstDifference(a: string, b: string): { line: number; column: number; a: string; b: string } | undefined {
  if (a === b) return undefined;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  const lineStart = a.lastIndexOf('\n', i - 1) + 1;
  const line = a.slice(0, lineStart).split('\n').length;
  const cut = (text: string) => {
    const end = text.indexOf('\n', i);
    const whole = text.slice(lineStart, end === -1 ? text.length : end);
    const from = Math.max(0, i - lineStart - 80);
    return `${from > 0 ? '...' : ''}${whole.slice(from, from + 200)}${whole.length > from + 200 ? '...' : ''}`;
  };
  return { line, column: i - lineStart + 1, a: i < a.length ? cut(a) : '(end of file)', b: i < b.length ? cut(b) : '(end of file)' };
}
