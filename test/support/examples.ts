/**
 * The example labs under examples/, each with a way to synthesize it into a directory, so that tests can
 * run on every example (the preflight runs on each). Adding an example is one entry in EXAMPLES.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { Classroom } from '../../examples/classroom/main';
import { K3sLab } from '../../examples/k3s/main';
import { NetworkLab } from '../../examples/network-lab/main';
import { Quickstart } from '../../examples/quickstart/main';

/** A fake but well-formed OpenSSH public key for the examples' machines. */
export const EXAMPLE_SSH_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB6Tj3nFz0uLJ5Yw0Wm7d0wqsQ6b8b9fS0sUQdY2Q0sx me@laptop';

/** One example lab. */
export interface Example {
  /** The example's directory under examples/. */
  readonly name: string;
  /** The stack's id, which is also its directory under `<outdir>/stacks/`. */
  readonly stackName: string;
  /** Creates the example's stack in `app`, the way its main.ts does (with test inputs). */
  readonly create: (app: Construct, stackName: string) => TerraformStack;
}

/** Every example, as its main.ts would synthesize it. */
export const EXAMPLES: readonly Example[] = [
  {
    name: 'quickstart',
    stackName: 'quickstart',
    create: (app, stackName) => new Quickstart(app, stackName, { sshPublicKey: EXAMPLE_SSH_KEY }),
  },
  {
    name: 'k3s',
    stackName: 'k3s',
    create: (app, stackName) => new K3sLab(app, stackName, { sshPublicKey: EXAMPLE_SSH_KEY }),
  },
  {
    name: 'network-lab',
    stackName: 'network-lab',
    create: (app, stackName) => new NetworkLab(app, stackName, { sshPublicKey: EXAMPLE_SSH_KEY }),
  },
  {
    name: 'classroom',
    stackName: 'classroom',
    create: (app, stackName) => new Classroom(app, stackName, { sshPublicKey: EXAMPLE_SSH_KEY }),
  },
];

/** A synthesized example: where its stack went. */
export interface SynthesizedExample {
  /** The output directory (`cdktf.out` equivalent); remove it when done. */
  readonly outdir: string;
  /** `<outdir>/stacks/<stackName>`, the directory the preflight takes. */
  readonly stackDir: string;
  /** `<stackDir>/cdk.tf.json`. */
  readonly stackFile: string;
}

/** Synthesizes an example into a fresh temporary directory. */
export function synthesizeExample(example: Example, outdir: string = fs.mkdtempSync(path.join(os.tmpdir(), `cdktf-libvirt-${example.name}-`))): SynthesizedExample {
  const app = new App({ outdir, stackTraces: false });
  example.create(app, example.stackName);
  app.synth();
  const stackDir = path.join(outdir, 'stacks', example.stackName);
  return { outdir, stackDir, stackFile: path.join(stackDir, 'cdk.tf.json') };
}
