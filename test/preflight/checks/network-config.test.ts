/**
 * The network-config check (lib/preflight/checks/network-config.ts): each network-config read by netplan.
 */
import { netplanReason } from '../../../lib/preflight/checks/network-config';
import { runPreflight } from '../../../lib/preflight/preflight';
import { failures, itWithTools, miniLabJson, only, removeTmpDirs, writeStack } from '../support';

afterAll(removeTmpDirs);
// a guard, not an assertion: each preflight runs tens of tool processes, slow on a busy machine
jest.setTimeout(300_000);

const itTools = itWithTools();

describe('planted errors: each makes the preflight fail with a line naming the resource', () => {
  itTools('network-config: a netplan document netplan rejects, with the line in the user\'s document', async () => {
    const stack = miniLabJson();
    const seed = only(stack, 'libvirt_cloudinit_disk');
    seed.body.network_config = 'version: 2\nethernets:\n  nic0:\n    dhcp4: true\n    addresses:\n      - 10.77.0.10/99\n';
    const report = await runPreflight(writeStack(stack));
    expect(failures(report)).toEqual([
      `${seed.address} [network-config]: netplan rejects network_config (netplan generate): line 6: Error in network definition: invalid prefix length in address '10.77.0.10/99'`,
    ]);
  });

  itTools('network-config given under a network: key is checked as is', async () => {
    const stack = miniLabJson();
    const seed = only(stack, 'libvirt_cloudinit_disk');
    seed.body.network_config = 'network:\n  version: 2\n  ethernets:\n    nic0:\n      dhcp4: maybe\n';
    const report = await runPreflight(writeStack(stack));
    expect(failures(report)).toEqual([expect.stringMatching(/\[network-config\]: netplan rejects network_config \(netplan generate\): line 5: Error in network definition: invalid boolean value 'maybe'$/)]);
  });
});

describe('netplanReason', () => {
  const file = '/tmp/work/netplan-0/etc/netplan/50-cloud-init.yaml';
  const stderr = `${file}:7:13: Error in network definition: invalid prefix length in address '10.77.0.10/99'\n      - 10.77.0.10/99\n            ^\n`;

  test('the line in the user\'s document: one less when the check wrapped it under network:', () => {
    expect(netplanReason({ status: 1, stdout: '', stderr }, file, true)).toBe("line 6: Error in network definition: invalid prefix length in address '10.77.0.10/99'");
    expect(netplanReason({ status: 1, stdout: '', stderr }, file, false)).toBe("line 7: Error in network definition: invalid prefix length in address '10.77.0.10/99'");
  });

  test('a message without a line names network-config instead of the scratch file; else the exit status', () => {
    expect(netplanReason({ status: 1, stdout: '', stderr: `Cannot open ${file}\nmore\n` }, file, true)).toBe('Cannot open network-config');
    expect(netplanReason({ status: 78, stdout: '', stderr: '' }, file, true)).toBe('netplan generate exited 78');
  });
});
