/**
 * The define check: every rendered object defined on libvirt's built-in test driver
 * (`virsh -c test:///default`), one virsh session per provider configuration (one per host).
 */
import * as fs from 'fs';
import * as path from 'path';
import { mentionsPlaceholder } from '../private/template';
import { mapLimit, VIRSH } from '../private/tools';
import { RenderedObject } from '../render';
import { PreflightCheck } from '../report';
import { asObject, CheckContext, CheckResult, combine, Finding, note, problem } from './check';
import { firstLines } from './tool-output';

/** The test driver always has this pool; volumes whose pool is not in the stack are created in it. */
const TEST_DRIVER_POOL = 'default-pool';

/** Defines every object, grouped by host; skipped when there are none or virsh is missing. */
export async function checkDefine(context: CheckContext, objects: readonly RenderedObject[]): Promise<CheckResult> {
  if (objects.length === 0 || !context.available(PreflightCheck.DEFINE, VIRSH, 'definitions on the libvirt test driver')) return { findings: [] };
  // test:///default keeps its state for one connection only: each host's objects go through one virsh
  // process (so volumes find their pools), and objects of different provider configurations never meet.
  const groups = new Map<string, RenderedObject[]>();
  for (const object of objects) {
    const key = providerOf(context.stack, object.address);
    groups.set(key, [...(groups.get(key) ?? []), object]);
  }
  const results = await mapLimit([...groups], context.settings.concurrency, ([provider, group], i) => defineOnTestDriver(context, provider, group, i));
  return combine(results);
}

/** Defines one host's objects in one virsh session. */
async function defineOnTestDriver(context: CheckContext, provider: string, objects: RenderedObject[], group: number): Promise<CheckResult> {
  const dir = path.join(context.work, `virsh-${group}`);
  fs.mkdirSync(dir);
  const findings: Finding[] = [];
  const pools = new Set(objects.filter((o) => o.kind === 'pool').map(nameOf));
  const commands: string[] = [];
  objects.forEach((object, i) => {
    const file = `${String(i).padStart(3, '0')}-${object.kind}.xml`;
    fs.writeFileSync(path.join(dir, file), object.kind === 'volume' ? withTestDriverSizes(object.xml) : object.xml);
    commands.push(`echo --err ${quote(`@@preflight ${i}`)}`);
    if (object.kind === 'pool') {
      commands.push(`pool-define ${file}`, `pool-start ${quote(nameOf(object))}`);
    } else if (object.kind === 'volume') {
      const inStack = object.pool !== undefined && pools.has(object.pool);
      if (!inStack) {
        findings.push(note(PreflightCheck.DEFINE, object.address, `its pool ${object.pool ?? '(known only at apply)'} is not in this stack: defined in the test driver's ${TEST_DRIVER_POOL} instead`));
      }
      commands.push(`vol-create ${quote(inStack ? (object.pool as string) : TEST_DRIVER_POOL)} ${file}`);
    } else {
      commands.push(`${defineCommand(object)} ${file}`);
    }
  });
  commands.push(`echo --err ${quote('@@preflight end')}`);
  const result = await context.tool('virsh', ['-q', '-c', 'test:///default', commands.join('\n')], dir);
  const host = provider === 'libvirt' ? '' : `, provider ${provider}`;
  const sections = virshSections(result.stderr);
  if (result.failure || !sections.has('end')) {
    const reason = result.failure ? `virsh ${result.failure}` : firstLines(result.stderr) || `virsh exited ${result.status}`;
    context.skipped.push({
      check: PreflightCheck.DEFINE,
      tool: 'virsh',
      debianPackages: [...VIRSH.debianPackages],
      message: `virsh could not run the definitions on test:///default${host}: ${reason}`,
    });
    return { findings };
  }
  const failedPools = new Set<string>();
  objects.forEach((object, i) => {
    const errors = sections.get(String(i)) ?? [];
    if (errors.length === 0) return;
    const reason = virshReason(errors);
    if (object.kind === 'pool') failedPools.add(nameOf(object));
    if (object.kind === 'volume' && object.pool !== undefined && failedPools.has(object.pool)) {
      findings.push(note(PreflightCheck.DEFINE, object.address, `not defined on test:///default: its pool ${object.pool} failed`));
    } else if (mentionsPlaceholder(reason)) {
      findings.push(note(PreflightCheck.DEFINE, object.address, `libvirt rejects a placeholder for a value known only at apply: ${reason}`));
    } else {
      findings.push(problem(PreflightCheck.DEFINE, object.address, `libvirt rejects the ${object.kind} (virsh ${defineCommand(object)} on test:///default${host}): ${reason}`));
    }
  });
  return { findings, count: objects.length };
}

/**
 * A volume's XML for the test driver, whose pools hold a fixed 100 GiB: sizes become 0 (in their own
 * unit, which libvirt still parses), so that a lab's disks all fit; the schema check has judged the
 * numbers. Everything else stays as rendered.
 */
export function withTestDriverSizes(xml: string): string {
  return xml.replace(/<(capacity|allocation)(\s+unit="[^"]*")?>\s*\d+\s*<\/\1>/g, '<$1$2>0</$1>');
}

/** virsh's stderr split at the `echo --err` markers: object index (or "end") to its error lines. */
export function virshSections(stderr: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of stderr.split('\n')) {
    const marker = /^error: @@preflight (\S+)$/.exec(line.trim());
    if (marker) {
      current = [];
      sections.set(marker[1], current);
    } else if (current && line.trim()) {
      current.push(line.trim().replace(/^error:\s*/, ''));
    }
  }
  return sections;
}

/** One object's virsh errors on one line, without the generic "Failed to define ... from file.xml" when there is more. */
export function virshReason(errors: string[]): string {
  const specific = errors.filter((e) => !/^Failed to \S+ .* from \S+\.xml$/.test(e));
  return (specific.length > 0 ? specific : errors).join('; ');
}

/** The virsh command that defines an object of this kind. */
export function defineCommand(object: RenderedObject): string {
  return { pool: 'pool-define', volume: 'vol-create', network: 'net-define', domain: 'define' }[object.kind];
}

/** The provider configuration of a resource: "libvirt" or "libvirt.<alias>". */
export function providerOf(stack: Record<string, unknown>, address: string): string {
  const [type, name] = address.split('.');
  const provider = asObject(asObject(asObject(stack.resource)?.[type])?.[name])?.provider;
  return typeof provider === 'string' && provider ? provider : 'libvirt';
}

/** The libvirt name of an object: known, or the placeholder its XML holds (the first `<name>`, the object's own). */
export function nameOf(object: RenderedObject): string {
  if (object.name !== undefined) return object.name;
  const xml = object.xml;
  const match = /<name>([^<]*)<\/name>/.exec(xml);
  return (match?.[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** A virsh command-line argument in double quotes. */
export function quote(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
