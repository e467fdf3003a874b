/**
 * The cloud-init check: each cloud-init disk's user-data against cloud-init's schema (`cloud-init schema -c`).
 */
import * as fs from 'fs';
import * as path from 'path';
import { mentionsPlaceholder } from '../private/template';
import { CLOUD_INIT, mapLimit, ToolResult } from '../private/tools';
import { PreflightCheck } from '../report';
import { CheckContext, CheckResult, combine, Finding, note, problem } from './check';
import { cloudInitDisks, cloudInitDocument } from './cloud-init-disks';
import { escapeRegExp, summarize } from './tool-output';

/** Checks each user-data that is #cloud-config; skipped when there is none or cloud-init is missing. */
export async function checkCloudInit(context: CheckContext): Promise<CheckResult> {
  const disks = cloudInitDisks(context.stack, 'user_data');
  if (disks.length === 0 || !context.available(PreflightCheck.CLOUD_INIT, CLOUD_INIT, 'cloud-init user-data')) return { findings: [] };
  const dir = path.join(context.work, 'user-data');
  fs.mkdirSync(dir);
  const results = await mapLimit(disks, context.settings.concurrency, async ([address, raw], i): Promise<CheckResult> => {
    const findings: Finding[] = [];
    const text = cloudInitDocument(context.resolver, PreflightCheck.CLOUD_INIT, address, 'user_data', raw, findings);
    if (text === undefined) return { findings, count: 0 };
    const first = text.trimStart().split('\n', 1)[0].trim();
    if (/^(#!|#include|#cloud-boothook|#part-handler|#upstart-job|## template:|Content-Type:)/i.test(first)) {
      findings.push(note(PreflightCheck.CLOUD_INIT, address, `user_data is not #cloud-config (it starts with "${first}"): cloud-init schema checks only cloud-config, so it was not checked`));
      return { findings, count: 0 };
    }
    const file = path.join(dir, `${String(i).padStart(3, '0')}-user-data.yaml`);
    fs.writeFileSync(file, text);
    const result = await context.tool('cloud-init', ['schema', '-c', file]);
    if (result.failure) {
      findings.push(problem(PreflightCheck.CLOUD_INIT, address, `cloud-init schema ${result.failure}`));
    } else if (result.status !== 0) {
      const reason = cloudInitReason(result, file);
      findings.push(mentionsPlaceholder(reason)
        ? note(PreflightCheck.CLOUD_INIT, address, `cloud-init rejects a placeholder in user_data for a value known only at apply: ${reason}`)
        : problem(PreflightCheck.CLOUD_INIT, address, `cloud-init rejects user_data (cloud-init schema): ${reason}`));
    }
    return { findings, count: 1 };
  });
  return combine(results);
}

/** cloud-init's complaint on one line, the scratch file called "user-data". */
export function cloudInitReason(result: ToolResult, file: string): string {
  const lines = `${result.stderr}\n${result.stdout}`
    .split('\n')
    .map((l) => l.trim().replace(new RegExp(escapeRegExp(file), 'g'), 'user-data'))
    .filter((l) => l && l !== 'Error:' && !/:\s*$/.test(l));
  return summarize(lines.length > 0 ? lines : [`cloud-init schema exited ${result.status}`]);
}
