/**
 * Pinpointing, in a pretty-printed XML document, the element that makes it invalid, and telling
 * whether a line the tools complain about holds a placeholder for a value known only at apply.
 */
import { mentionsPlaceholder } from '../private/template';
import { ToolResult } from '../private/tools';

/**
 * The element (0-based line) that makes a document invalid: starting from the element xmllint names,
 * a child whose removal makes the document valid is the culprit, and the search goes on inside it.
 * Undefined when no single child makes the difference (then xmllint's own message is the best there is).
 */
export async function pinpoint(lines: string[], start: number, validate: (text: string) => Promise<ToolResult>, budget = { runs: 40 }): Promise<number | undefined> {
  if (start < 0 || start >= lines.length) return undefined;
  for (const [from, to] of childRanges(lines, start)) {
    if (budget.runs-- <= 0) return undefined;
    const without = [...lines.slice(0, from), ...lines.slice(to + 1)].join('\n');
    const result = await validate(without);
    if (result.status === 0) return (await pinpoint(lines, from, validate, budget)) ?? from;
  }
  return undefined;
}

/** Line ranges [first, last] of the child elements of the element that starts at line `start` (pretty-printed XML). */
export function childRanges(lines: string[], start: number): [number, number][] {
  const indent = (lines[start].match(/^ */) as RegExpMatchArray)[0].length;
  const end = elementEnd(lines, start);
  const ranges: [number, number][] = [];
  for (let i = start + 1; i < end; i++) {
    const line = lines[i];
    const own = (line.match(/^ */) as RegExpMatchArray)[0].length;
    if (own === indent + 2 && line.trimStart().startsWith('<') && !/^\s*<(!--|\/)/.test(line)) {
      const last = elementEnd(lines, i);
      ranges.push([i, last]);
      i = last;
    }
  }
  return ranges;
}

/** The last line of the element that starts at line `start`. */
export function elementEnd(lines: string[], start: number): number {
  const line = lines[start];
  if (/\/>\s*$/.test(line) || /<\/[^>]+>\s*$/.test(line)) return start;
  const indent = (line.match(/^ */) as RegExpMatchArray)[0];
  for (let i = start + 1; i < lines.length; i++) {
    if (lines[i].startsWith(`${indent}</`)) return i;
  }
  return lines.length - 1;
}

/** A line (1-based) holds a placeholder, or comes right after the comments that note one. */
export function linePointsAtPlaceholder(lines: string[], n: number): boolean {
  if (mentionsPlaceholder(lines[n - 1] ?? '')) return true;
  for (let i = n - 2; i >= 0 && lines[i].trim().startsWith('<!--'); i--) {
    if (lines[i].includes('unresolved:')) return true;
  }
  return false;
}
