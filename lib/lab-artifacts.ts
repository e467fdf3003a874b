import * as fs from 'fs';
import * as path from 'path';
import { IStackSynthesizer, ISynthesisSession, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { stackState } from './private/marks';
import { topologyOf } from './private/model';
import { Topology } from './topology';

/** Options of the artifacts written beside a stack's plan. */
export interface LabArtifactsOptions {
  /**
   * Private key file that the SSH config and the Ansible inventory use (the key whose public half
   * the machines accept).
   * @default - none named: ssh uses its default keys and agent
   */
  readonly sshPrivateKeyFile?: string;
  /**
   * known_hosts file of the SSH config.
   * @default - see renderSshConfig
   */
  readonly knownHostsFile?: string;
  /**
   * Render the topology diagram as SVG (Graphviz compiled to WebAssembly, in a child process).
   * @default true
   */
  readonly svg?: boolean;
}

/** The file names of the artifacts, in the stack's output directory. */
export const ARTIFACT_FILES = {
  /** The lab's topology as JSON (`Topology`). */
  topology: 'topology.json',
  /** An Ansible inventory (YAML) of the machines. */
  inventory: 'inventory.yaml',
  /** An OpenSSH client configuration, one `Host` block per machine. */
  sshConfig: 'ssh_config',
  /** A block for /etc/hosts: the machines' planned addresses with their names. */
  hosts: 'hosts',
  /** The topology diagram in Mermaid. */
  mermaid: 'topology.mmd',
  /** The topology diagram as SVG (rendered with Graphviz). */
  svg: 'topology.svg',
} as const;

/**
 * The artifacts people use next to a lab, written at synth beside the stack's `cdk.tf.json`
 * (`cdktf.out/stacks/<stack>/`): `topology.json`, `inventory.yaml` (Ansible), `ssh_config`,
 * `hosts` (an /etc/hosts block), `topology.mmd` (Mermaid) and `topology.svg`. All are rendered
 * from the planned topology, so they exist before anything is deployed.
 */
export class LabArtifacts {
  /** The artifacts of the stack that `scope` is in. */
  public static of(scope: IConstruct): LabArtifacts {
    // on the stack, so that two copies of the library in one app render and write the artifacts once
    return stackState(scope, 'artifacts', (stack) => new LabArtifacts(stack));
  }

  private options: LabArtifactsOptions = {};

  private constructor(private readonly stack: TerraformStack) {
    // Written after the stack's own plan, by wrapping its synthesizer: a public cdktf API, unlike
    // custom synthesis hooks, so the library stays portable to cdktf's successor.
    const inner: IStackSynthesizer = stack.synthesizer;
    stack.synthesizer = {
      synthesize: (session: ISynthesisSession) => {
        inner.synthesize(session);
        const dir = path.join(session.outdir, session.manifest.forStack(stack).workingDirectory);
        for (const [name, content] of Object.entries(this.render())) {
          fs.writeFileSync(path.join(dir, name), content);
        }
      },
    };
  }

  /** Sets options (merged with earlier ones). */
  public configure(options: LabArtifactsOptions): LabArtifacts {
    this.options = { ...this.options, ...options };
    return this;
  }

  /** The planned topology of the stack. */
  public topology(): Topology {
    return topologyOf(this.stack);
  }

  /** Every artifact, by file name. */
  public render(): Record<string, string> {
    // loaded on first use: constructing a lab never pays for the renderers
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { renderAnsibleInventory, renderHostsBlock, renderMermaid, renderSshConfig, renderSvg, renderTopologyJson } = require('./artifacts') as typeof import('./artifacts');
    const topology = this.topology();
    const files: Record<string, string> = {
      [ARTIFACT_FILES.topology]: renderTopologyJson(topology),
      [ARTIFACT_FILES.inventory]: renderAnsibleInventory(topology, { privateKeyFile: this.options.sshPrivateKeyFile, knownHostsFile: this.options.knownHostsFile }),
      [ARTIFACT_FILES.sshConfig]: renderSshConfig(topology, { identityFile: this.options.sshPrivateKeyFile, knownHostsFile: this.options.knownHostsFile }),
      [ARTIFACT_FILES.hosts]: renderHostsBlock(topology),
      [ARTIFACT_FILES.mermaid]: renderMermaid(topology),
    };
    if (this.options.svg ?? true) files[ARTIFACT_FILES.svg] = renderSvg(topology);
    return files;
  }
}


/** Makes sure the stack of `scope` writes its artifacts at synth. @internal */
export function ensureArtifacts(scope: IConstruct): void {
  LabArtifacts.of(scope);
}
