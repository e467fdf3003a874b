/**
 * The XML check: each rendered object against libvirt's RELAX NG schemas (`virt-xml-validate`),
 * with the element at fault pinned to its line.
 */
import * as fs from 'fs';
import * as path from 'path';
import { mapLimit, ToolResult, VIRT_XML_VALIDATE } from '../private/tools';
import { RenderedObject } from '../render';
import { PreflightCheck } from '../report';
import { CheckContext, CheckResult, Finding, note, problem } from './check';
import { withParserDefaults } from './parser-defaults';
import { childRanges, linePointsAtPlaceholder, pinpoint } from './pinpoint';
import { escapeRegExp, summarize } from './tool-output';

/** The schema virt-xml-validate checks each kind of object against. */
const RNG_SCHEMA: Readonly<Record<RenderedObject['kind'], string>> = {
  domain: 'domain',
  network: 'network',
  pool: 'storagepool',
  volume: 'storagevol',
};

/** Validates every object; skipped when there are none or virt-xml-validate (or xmllint) is missing. */
export async function checkXml(context: CheckContext, objects: readonly RenderedObject[]): Promise<CheckResult> {
  if (objects.length === 0 || !context.available(PreflightCheck.XML, VIRT_XML_VALIDATE, "libvirt XML against libvirt's schemas")) return { findings: [] };
  const dir = path.join(context.work, 'xml');
  fs.mkdirSync(dir);
  const results = await mapLimit(objects, context.settings.concurrency, (object, i) => validateXml(context, object, path.join(dir, `${String(i).padStart(3, '0')}-${object.kind}`)));
  return { findings: results.flat(), count: objects.length };
}

/** Validates one object, its files named `<base>-<attempt>.xml`. */
async function validateXml(context: CheckContext, object: RenderedObject, base: string): Promise<Finding[]> {
  const xml = withParserDefaults(object);
  let attempt = 0;
  const validate = async (text: string): Promise<ToolResult> => {
    const file = `${base}-${attempt++}.xml`;
    fs.writeFileSync(file, text);
    return context.tool('virt-xml-validate', [file, RNG_SCHEMA[object.kind]]);
  };
  const file = `${base}-${attempt}.xml`;
  const result = await validate(xml);
  if (result.failure) return [problem(PreflightCheck.XML, object.address, `virt-xml-validate ${result.failure}`)];
  if (result.status === 0) return [];
  const lines = xml.split('\n');
  const errors = rngErrors(`${result.stderr}\n${result.stdout}`, file, lines);
  // xmllint names the element whose content failed (often <devices> or the root); find the element that
  // makes the difference by leaving out one child at a time, as deep as that keeps working.
  const deepest = errors.lines.length > 0 ? Math.max(...errors.lines) - 1 : -1;
  const culprit = deepest < 0 ? undefined : childRanges(lines, deepest).length === 0 ? deepest : await pinpoint(lines, deepest, validate);
  const reason = summarize(errors.messages.length > 0 ? errors.messages : [`virt-xml-validate exited ${result.status}`], culprit !== undefined ? 2 : 4);
  const placeholder = culprit !== undefined ? linePointsAtPlaceholder(lines, culprit + 1) : errors.onlyPlaceholders;
  if (placeholder) {
    return [note(PreflightCheck.XML, object.address, `libvirt's schema rejects a placeholder for a value known only at apply: ${reason}`)];
  }
  const where = culprit !== undefined ? ` at line ${culprit + 1} ${lines[culprit].trim()}` : '';
  return [problem(PreflightCheck.XML, object.address, `libvirt's schema rejects the ${object.kind} XML${where} (virt-xml-validate: ${reason})`)];
}

/** The reasons in virt-xml-validate's output, the (1-based) lines they name, and whether all of those hold placeholders. */
export function rngErrors(output: string, file: string, xmlLines: string[]): { messages: string[]; lines: number[]; onlyPlaceholders: boolean } {
  const messages: string[] = [];
  const lines: number[] = [];
  for (const raw of output.split('\n')) {
    const line = raw.trim();
    if (!line || line.endsWith('fails to validate') || line.endsWith(' validates')) continue;
    const at = new RegExp(`^${escapeRegExp(file)}:(\\d+):\\s*(.*)$`).exec(line);
    const reason = (at ? at[2] : line).replace(/^.*Relax-NG validity error\s*:\s*/, '').replace(/^element \S+:\s*/, '');
    if (at) {
      const n = Number(at[1]);
      lines.push(n);
      messages.push(`line ${n} ${(xmlLines[n - 1] ?? '').trim()}: ${reason}`);
    } else {
      messages.push(reason.replace(new RegExp(escapeRegExp(file), 'g'), 'the XML'));
    }
  }
  const onlyPlaceholders = lines.length > 0 && lines.every((n) => linePointsAtPlaceholder(xmlLines, n));
  return { messages: [...new Set(messages)], lines, onlyPlaceholders };
}
