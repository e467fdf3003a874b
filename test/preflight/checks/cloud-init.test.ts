/**
 * The cloud-init check (lib/preflight/checks/cloud-init.ts): each user-data against cloud-init's schema.
 */
import { cloudInitReason } from '../../../lib/preflight/checks/cloud-init';
import { runPreflight } from '../../../lib/preflight/preflight';
import { failures, itWithTools, miniLabJson, only, removeTmpDirs, writeStack } from '../support';

afterAll(removeTmpDirs);
// a guard, not an assertion: each preflight runs tens of tool processes, slow on a busy machine
jest.setTimeout(300_000);

const itTools = itWithTools();

describe('planted errors: each makes the preflight fail with a line naming the resource', () => {
  itTools('cloud-init: user-data that breaks cloud-init\'s schema, or that cloud-init would ignore', async () => {
    const stack = miniLabJson();
    const seed = only(stack, 'libvirt_cloudinit_disk');
    seed.body.user_data = '#cloud-config\nusers: 5\npackages: nginx\n';
    let report = await runPreflight(writeStack(stack));
    expect(failures(report)).toEqual([
      `${seed.address} [cloud-init]: cloud-init rejects user_data (cloud-init schema): Cloud config schema errors: packages: 'nginx' is not of type 'array', users: 5 is not of type 'string', 'array', 'object'`,
    ]);
    seed.body.user_data = 'hostname: web\n';
    report = await runPreflight(writeStack(stack));
    expect(failures(report)).toEqual([expect.stringMatching(new RegExp(`^${seed.address.replace(/\./g, '\\.')} \\[cloud-init\\]: .*needs to begin with "#cloud-config"`))]);
  });
});

describe('cloudInitReason', () => {
  const file = '/tmp/work/user-data/000-user-data.yaml';

  test('cloud-init\'s complaint on one line, naming user-data instead of the scratch file', () => {
    const stderr = `Error: ${file}:\nError:\nCloud config schema errors: users: 5 is not of type 'array'\n`;
    expect(cloudInitReason({ status: 1, stdout: `Invalid ${file}\n`, stderr }, file)).toBe("Cloud config schema errors: users: 5 is not of type 'array'; Invalid user-data");
  });

  test('its exit status when it says nothing', () => {
    expect(cloudInitReason({ status: 2, stdout: '', stderr: '' }, file)).toBe('cloud-init schema exited 2');
  });
});
