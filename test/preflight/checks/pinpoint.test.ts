/**
 * Pinpointing the element at fault in a pretty-printed XML document (lib/preflight/checks/pinpoint.ts).
 */
import { childRanges, elementEnd, linePointsAtPlaceholder, pinpoint } from '../../../lib/preflight/checks/pinpoint';
import { ToolResult } from '../../../lib/preflight/private/tools';

const lines = [
  '<domain type="kvm">',
  '  <name>vm</name>',
  '  <devices>',
  '    <!-- unresolved: devices.disks[0].source.file = ${var.image} (known only at apply) -->',
  '    <disk type="file">',
  '      <source file="/unresolved/var.image"/>',
  '    </disk>',
  '    <model type="bad"/>',
  '  </devices>',
  '</domain>',
];

describe('elementEnd and childRanges', () => {
  test('the last line of an element: itself when it closes on its line, else its closing tag', () => {
    expect([0, 1, 2, 4, 5, 7].map((i) => elementEnd(lines, i))).toEqual([9, 1, 8, 6, 5, 7]);
    expect(elementEnd(['<a>', '  <b/>'], 0)).toBe(1);
  });

  test('the child elements of an element, comments and closing tags left out', () => {
    expect(childRanges(lines, 0)).toEqual([[1, 1], [2, 8]]);
    expect(childRanges(lines, 2)).toEqual([[4, 6], [7, 7]]);
    expect(childRanges(lines, 7)).toEqual([]);
  });
});

describe('pinpoint', () => {
  const result = (valid: boolean): ToolResult => ({ status: valid ? 0 : 1, stdout: '', stderr: '' });

  test('follows the child whose removal makes the document valid, as deep as it goes', async () => {
    const tried: string[] = [];
    const validate = async (text: string): Promise<ToolResult> => {
      tried.push(text);
      return result(!text.includes('type="bad"'));
    };
    expect(await pinpoint(lines, 0, validate)).toBe(7);
    expect(tried).toHaveLength(4);
  });

  test('undefined when no single child makes the difference, the start is out of range, or the budget is spent', async () => {
    expect(await pinpoint(lines, 0, async () => result(false))).toBeUndefined();
    expect(await pinpoint(lines, -1, async () => result(true))).toBeUndefined();
    expect(await pinpoint(lines, 10, async () => result(true))).toBeUndefined();
    expect(await pinpoint(lines, 2, async (text) => result(!text.includes('type="bad"')), { runs: 1 })).toBeUndefined();
  });
});

describe('linePointsAtPlaceholder', () => {
  test('a line (1-based) that holds a placeholder, or follows the comment noting one', () => {
    expect(linePointsAtPlaceholder(lines, 6)).toBe(true);
    expect(linePointsAtPlaceholder(lines, 5)).toBe(true);
    expect(linePointsAtPlaceholder(lines, 8)).toBe(false);
    expect(linePointsAtPlaceholder(lines, 1)).toBe(false);
  });
});
