/** The POSIX shells the project's scripts are run under in tests, and a PATH lookup. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';

export interface Shell {
  name: string;
  argv: string[];
}

/** /bin/sh, plus dash and bash --posix when present: the scripts must run under each. */
export const SHELLS: Shell[] = [{ name: '/bin/sh', argv: ['/bin/sh'] }];
if (fs.existsSync('/bin/dash')) SHELLS.push({ name: '/bin/dash', argv: ['/bin/dash'] });
if (fs.existsSync('/bin/bash')) SHELLS.push({ name: 'bash --posix', argv: ['/bin/bash', '--posix'] });

/** Absolute path of a command as the shell finds it on the test's own PATH, or undefined. */
export function which(cmd: string): string | undefined {
  const r = spawnSync('/bin/sh', ['-c', 'command -v "$1"', 'sh', cmd], { encoding: 'utf8' });
  const found = (r.stdout ?? '').trim();
  return r.status === 0 && found.startsWith('/') ? found : undefined;
}

/** Absolute paths of tools a test puts on a PATH of its own (a bin folder of links); throws naming a missing one. */
export function toolPaths(tools: string[]): Record<string, string> {
  return Object.fromEntries(tools.map((tool) => {
    const target = which(tool);
    if (!target) throw new Error(`${tool} is needed by this test`);
    return [tool, target];
  }));
}
