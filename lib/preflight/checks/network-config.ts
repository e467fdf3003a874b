/**
 * The network-config check: each cloud-init disk's network-config read by netplan (`netplan generate`),
 * the way cloud-init hands it over.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { mentionsPlaceholder } from '../private/template';
import { mapLimit, NETPLAN, ToolResult } from '../private/tools';
import { PreflightCheck } from '../report';
import { asObject, CheckContext, CheckResult, combine, Finding, note, problem } from './check';
import { cloudInitDisks, cloudInitDocument } from './cloud-init-disks';
import { escapeRegExp, summarize } from './tool-output';

/** Checks each version 2 network-config; skipped when there is none or netplan is missing. */
export async function checkNetworkConfig(context: CheckContext): Promise<CheckResult> {
  const disks = cloudInitDisks(context.stack, 'network_config');
  if (disks.length === 0 || !context.available(PreflightCheck.NETWORK_CONFIG, NETPLAN, 'cloud-init network-config')) return { findings: [] };
  const results = await mapLimit(disks, context.settings.concurrency, async ([address, raw], i): Promise<CheckResult> => {
    const findings: Finding[] = [];
    const text = cloudInitDocument(context.resolver, PreflightCheck.NETWORK_CONFIG, address, 'network_config', raw, findings);
    if (text === undefined) return { findings, count: 0 };
    let parsed: unknown;
    try {
      parsed = YAML.parse(text);
    } catch {
      parsed = undefined; // netplan reports the syntax error, with its line
    }
    const top = asObject(parsed);
    const wrapped = top?.network === undefined;
    if ((asObject(top?.network)?.version ?? top?.version) === 1) {
      findings.push(note(PreflightCheck.NETWORK_CONFIG, address, "network_config is cloud-init's version 1 format, which netplan does not read: not checked"));
      return { findings, count: 0 };
    }
    // cloud-init hands netplan a version 2 config under a top-level "network:" key, which netplan requires.
    const body = wrapped ? `network:\n${text.replace(/^---[ \t]*\n/, '').split('\n').map((l) => (l ? `  ${l}` : l)).join('\n')}` : text;
    const root = path.join(context.work, `netplan-${i}`);
    const file = path.join(root, 'etc', 'netplan', '50-cloud-init.yaml');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, body, { mode: 0o600 });
    fs.chmodSync(file, 0o600);
    const result = await context.tool('netplan', ['generate', '--root-dir', root]);
    if (result.failure) {
      findings.push(problem(PreflightCheck.NETWORK_CONFIG, address, `netplan generate ${result.failure}`));
    } else if (result.status !== 0) {
      const reason = netplanReason(result, file, wrapped);
      findings.push(mentionsPlaceholder(reason)
        ? note(PreflightCheck.NETWORK_CONFIG, address, `netplan rejects a placeholder in network_config for a value known only at apply: ${reason}`)
        : problem(PreflightCheck.NETWORK_CONFIG, address, `netplan rejects network_config (netplan generate): ${reason}`));
    }
    return { findings, count: 1 };
  });
  return combine(results);
}

/** netplan's message, with the line numbers of the user's document (not of the wrapped copy). */
export function netplanReason(result: ToolResult, file: string, wrapped: boolean): string {
  const lines = `${result.stderr}\n${result.stdout}`.split('\n');
  const messages: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || line === '^') continue;
    const at = new RegExp(`^${escapeRegExp(file)}:(\\d+):(\\d+):\\s*(.*)$`).exec(line);
    if (at) {
      const n = Number(at[1]) - (wrapped ? 1 : 0);
      messages.push(`line ${n}: ${at[3]}`);
    } else if (messages.length === 0) {
      messages.push(line.replace(new RegExp(escapeRegExp(file), 'g'), 'network-config'));
    }
  }
  return summarize(messages.length > 0 ? messages : [`netplan generate exited ${result.status}`]);
}
