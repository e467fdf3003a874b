import childProcess = require('child_process');
import { DataConfig, DataResource, TerraformStack, Testing } from 'cdktf';
import { IConstruct } from 'constructs';
import { TerraformData, VirtualMachine } from '../lib';
import { newLab, SSH_KEY } from './support/lab';

/** A config that uses every part of DataConfig a resource synthesizes. */
function config(stack: TerraformStack): DataConfig {
  const other = new TerraformData(stack, 'other', { input: { a: 1 } });
  return {
    input: { path: '${pathexpand("~/x")}', list: [1, 'two'], nested: { k: true } },
    triggersReplace: { url: 'https://example.test/i.qcow2', id: other.id },
    dependsOn: [other],
    lifecycle: { createBeforeDestroy: true },
    provisioners: [
      { type: 'local-exec', command: 'echo add', environment: { A: '${self.input.path}' } },
      { type: 'local-exec', when: 'destroy', interpreter: ['/bin/sh', '-c'], command: 'echo remove' },
    ],
  };
}

function synthWith(make: (stack: TerraformStack, id: string, c: DataConfig) => IConstruct): any {
  const stack = new TerraformStack(Testing.app(), 'test');
  make(stack, 'data', config(stack));
  return JSON.parse(Testing.synth(stack));
}

/**
 * Runs every validation in the tree, as App.synth() does, with every child process failing as if
 * `terraform` were not installed; returns the errors and how many processes the validations started.
 */
function validateWithoutTerraform(root: IConstruct): { errors: string[]; processes: number } {
  const spawned = jest.spyOn(childProcess, 'execSync').mockImplementation((command: string) => {
    throw new Error(`/bin/sh: 1: ${command.split(' ')[0]}: not found`);
  });
  try {
    return { errors: root.node.findAll().flatMap((c) => c.node.validate()), processes: spawned.mock.calls.length };
  } finally {
    spawned.mockRestore();
  }
}

describe('TerraformData', () => {
  test('synthesizes exactly what cdktf\'s DataResource synthesizes for the same config', () => {
    const ours = synthWith((s, id, c) => new TerraformData(s, id, c));
    const theirs = synthWith((s, id, c) => new DataResource(s, id, c));
    expect(ours.resource.terraform_data.data).toEqual(theirs.resource.terraform_data.data);
    expect(ours.resource.terraform_data.data.triggers_replace.id).toBe('${terraform_data.other.id}');
  });

  test('its attributes are the resource\'s: id, output.<key>, input', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const d = new TerraformData(stack, 'd', { input: { path: '/x' } });
    new TerraformData(stack, 'user', { input: { id: d.id, path: d.getStringAttribute('output.path'), lookup: d.output.lookup('path'), input: d.input } });
    expect(JSON.parse(Testing.synth(stack)).resource.terraform_data.user.input).toEqual({
      id: '${terraform_data.d.id}', path: '${terraform_data.d.output.path}', lookup: '${terraform_data.d.output["path"]}', input: '${terraform_data.d.input}',
    });
    expect(TerraformData.tfResourceType).toBe('terraform_data');
  });

  test('has no validation that needs a terraform binary, unlike DataResource', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    new TerraformData(stack, 'ours');
    expect(validateWithoutTerraform(stack)).toEqual({ errors: [], processes: 0 });
    new DataResource(stack, 'theirs');
    // the reason this class exists: the check above would mean nothing if DataResource passed it too
    const theirs = validateWithoutTerraform(stack);
    expect(theirs.processes).toBe(1);
    expect(theirs.errors.join('\n')).toMatch(/Could not determine version of terraform/);
  });

  test('a lab with an image download and DNS registrations passes App.synth()\'s validations without terraform', () => {
    const { stack, host, image, net } = newLab();
    const vm = new VirtualMachine(host, 'vm', { image, nics: [{ network: net }], sshAuthorizedKeys: [SSH_KEY] });
    expect(vm.dnsRegistrations.length).toBe(1);
    expect(vm.dnsRegistrations[0]).toBeInstanceOf(TerraformData);
    Testing.synth(stack);
    expect(image.downloads.map((d) => d instanceof TerraformData)).toEqual([true]);
    expect(validateWithoutTerraform(stack.node.root)).toEqual({ errors: [], processes: 0 });
  });
});
