import { TerraformOutput, TerraformOutputConfig } from 'cdktf';
import { IConstruct } from 'constructs';
import { registryOf } from './registry';

/**
 * Terraform outputs under names people can read and predict: a machine's outputs are named after
 * its libvirt name (`netlab-web` gives `netlab_web_addresses`), a lab's after its prefix, a k3s
 * cluster's after its qualified name. Every name is claimed in the stack like the other names, so
 * two constructs that would write one output (two labs with one prefix on two hosts, a machine
 * named like a lab) are refused at synth, naming both, instead of one output silently holding a
 * mix of both values.
 */

/** `name` as an output name: letters, digits and '_' (Terraform identifiers), not starting with a digit. */
export function outputName(name: string): string {
  const base = name.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[0-9]/.test(base) ? `_${base}` : base;
}

/**
 * Creates output `id` of `owner` under the Terraform name `name` (made an output name), claimed in
 * the stack; `whose` says what gives the name, for the fix of a clash (`the machine's name`).
 */
export function claimedOutput(owner: IConstruct, id: string, name: string, whose: string, config: TerraformOutputConfig): TerraformOutput {
  const key = outputName(name);
  registryOf(owner).claim(owner, `output:${key}`, `the Terraform output ${key}`, key,
    `give one of the two constructs another name: outputs are named after ${whose}, and one stack has one output of each name`);
  const output = new TerraformOutput(owner, id, config);
  output.overrideLogicalId(key);
  return output;
}
