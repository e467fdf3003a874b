#!/usr/bin/env node
import * as fs from 'fs';
import { Environment, formatPreflightReport, resolveStackFile, runPreflight } from '../preflight/preflight';
import { renderResource } from '../preflight/render';

/** The command's help text. */
export const USAGE = `Usage:
  cdktf-libvirt preflight <stack dir | cdk.tf.json> [--json]
  cdktf-libvirt xml <stack dir | cdk.tf.json> <resource address>
  cdktf-libvirt --help

preflight  Checks a synthesized stack before it touches a host:
             - every libvirt resource against the pinned provider schema (dmacvicar/libvirt 0.9.7)
             - the libvirt XML of every domain, network, pool and volume against libvirt's own
               schemas (virt-xml-validate; Debian packages libvirt-clients, libxml2-utils)
             - every object defined on libvirt's built-in test driver, test:///default
               (virsh; Debian package libvirt-clients); nothing touches a real host
             - each cloud-init disk's user-data (cloud-init schema -c; Debian package cloud-init)
               and network-config (netplan generate; Debian package netplan.io)
           A missing tool skips only its check. Values known only at apply (a volume's path, a
           cloud-init disk's id) get a placeholder and a note. Prints one line per problem,
           naming the resource; exits 1 when there is any. --json prints the whole report as JSON.
xml        Prints the libvirt XML the provider would send for one resource, by Terraform address
           (e.g. libvirt_domain.web_2E2FEE8F).

<stack dir> is cdktf.out/stacks/<stack> after \`cdktf synth\` (or \`npm run synth\`).

Exit status: 0 passed, 1 a check failed, 2 wrong usage or unreadable stack.
`;

/** Output streams and exit status of one CLI run (so tests can run it in-process). */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly env?: Environment;
}

/** Runs the command line `args` (without node and the script); returns the exit status. */
export async function main(args: readonly string[], io: CliIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) }): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.err : io.out)(USAGE);
    return command === undefined ? 2 : 0;
  }
  try {
    if (command === 'preflight') return await preflight(rest, io);
    if (command === 'xml') return xml(rest, io);
    io.err(`cdktf-libvirt: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  } catch (err) {
    io.err(`cdktf-libvirt ${command}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}

async function preflight(args: readonly string[], io: CliIo): Promise<number> {
  const json = args.includes('--json');
  const positional = args.filter((a) => a !== '--json');
  const unknown = positional.filter((a) => a.startsWith('-'));
  if (unknown.length > 0 || positional.length !== 1) {
    io.err(`cdktf-libvirt preflight: ${unknown.length > 0 ? `unknown option ${unknown[0]}` : 'expects one stack directory or cdk.tf.json'}\n\n${USAGE}`);
    return 2;
  }
  const report = await runPreflight(positional[0], { env: io.env });
  if (json) io.out(`${JSON.stringify(report, null, 2)}\n`);
  else io.out(formatPreflightReport(report));
  return report.ok ? 0 : 1;
}

function xml(args: readonly string[], io: CliIo): number {
  if (args.length !== 2 || args.some((a) => a.startsWith('-'))) {
    io.err(`cdktf-libvirt xml: expects a stack directory (or cdk.tf.json) and a resource address\n\n${USAGE}`);
    return 2;
  }
  const file = resolveStackFile(args[0]);
  const object = renderResource(fs.readFileSync(file, 'utf8'), args[1]);
  io.out(object.xml);
  for (const u of object.unresolved) io.err(`note: ${u.attribute} = \${${u.expression}} is known only at apply; the XML has a placeholder\n`);
  return 0;
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((status) => {
    process.exitCode = status;
  });
}
