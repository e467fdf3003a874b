/**
 * The schema check (lib/preflight/checks/schema.ts): the stack against the pinned provider schema.
 */
import { checkSchema, countResources } from '../../../lib/preflight/checks/schema';
import { runPreflight } from '../../../lib/preflight/preflight';
import { failures, itWithTools, miniLabJson, only, removeTmpDirs, writeStack } from '../support';

afterAll(removeTmpDirs);
// a guard, not an assertion: each preflight runs tens of tool processes, slow on a busy machine
jest.setTimeout(300_000);

const itTools = itWithTools();

describe('planted errors: each makes the preflight fail with a line naming the resource', () => {
  itTools('schema: an unknown attribute and an ill-typed value', async () => {
    const stack = miniLabJson();
    const vm = only(stack, 'libvirt_domain');
    vm.body.devices.disks[0].driver.typo = 'qcow2';
    vm.body.running = 'yes';
    const report = await runPreflight(writeStack(stack));
    expect(failures(report).sort()).toEqual([
      `${vm.address} [schema]: devices.disks[0].driver.typo: unknown attribute "typo" (did you mean "type"?)`,
      `${vm.address} [schema]: running: wrong type: expected bool, got string "yes"`,
    ]);
  });
});

describe('checkSchema', () => {
  test('names each problem by resource address, without the resource. prefix', () => {
    expect(checkSchema({ resource: { libvirt_network: { n: { name: 'n', typo: 1 } } } })).toEqual({
      findings: [{ problem: true, check: 'schema', address: 'libvirt_network.n', message: 'typo: unknown attribute "typo" (not in the schema at this level)' }],
      count: 1,
    });
  });
});

describe('countResources', () => {
  test('counts the libvirt resources of a stack, not those of other providers', () => {
    expect(countResources({ resource: { libvirt_domain: { a: {}, b: {} }, libvirt_volume: { c: {} }, terraform_data: { d: {} } } })).toBe(3);
    expect(countResources({})).toBe(0);
    expect(countResources({ resource: [] })).toBe(0);
  });
});
