/**
 * The preflight as a whole (lib/preflight/preflight.ts): finding the stack, every example and the
 * reference lab, findings that span checks, and a missing tool skipping only its check. Each check
 * has its own tests in checks/.
 */
import * as fs from 'fs';
import * as path from 'path';
import { PreflightCheck, resolveStackFile, runPreflight } from '../../lib/preflight/preflight';
import { EXAMPLES, synthesizeExample } from '../support/examples';
import { counts, failures, itWithTools, miniLabJson, notes, only, pathWithout, referenceLabJson, referenceLabText, removeTmpDirs, tmpDir, writeStack } from './support';

afterAll(removeTmpDirs);
// a guard, not an assertion: each preflight runs tens of tool processes, slow on a busy machine
jest.setTimeout(300_000);

const itTools = itWithTools();

describe('resolveStackFile', () => {
  test('takes a cdk.tf.json, a stack directory, or an output directory with one stack', () => {
    const out = tmpDir();
    const stackDir = path.join(out, 'stacks', 'lab');
    fs.mkdirSync(stackDir, { recursive: true });
    const file = path.join(stackDir, 'cdk.tf.json');
    fs.writeFileSync(file, '{}');
    expect(resolveStackFile(file)).toBe(file);
    expect(resolveStackFile(stackDir)).toBe(file);
    expect(resolveStackFile(out)).toBe(file);
  });

  test('says what to pass when the path is wrong, empty or ambiguous', () => {
    const out = tmpDir();
    expect(() => resolveStackFile(path.join(out, 'nope'))).toThrow(/nope does not exist: pass a synthesized stack directory \(cdktf\.out\/stacks\/<stack>\)/);
    expect(() => resolveStackFile(out)).toThrow(/no cdk\.tf\.json in .*: synthesize the stack first/);
    for (const s of ['a', 'b']) {
      fs.mkdirSync(path.join(out, 'stacks', s), { recursive: true });
      fs.writeFileSync(path.join(out, 'stacks', s, 'cdk.tf.json'), '{}');
    }
    expect(() => resolveStackFile(out)).toThrow(/holds 2 stacks \(a, b\): name one/);
  });

  test('runPreflight refuses a file that is not a synthesized stack', async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'cdk.tf.json'), '{ "resource": ');
    await expect(runPreflight(dir)).rejects.toThrow(/is not valid JSON .*synthesize the stack again/);
    fs.writeFileSync(path.join(dir, 'cdk.tf.json'), '[]');
    await expect(runPreflight(dir)).rejects.toThrow(/is not a synthesized stack/);
  });
});

describe('the preflight passes on every example', () => {
  for (const example of EXAMPLES) {
    itTools(`examples/${example.name}`, async () => {
      // GIVEN the example synthesized the way its main.ts does
      const { stackDir } = synthesizeExample(example, tmpDir());
      // WHEN the preflight runs on its stack directory
      const report = await runPreflight(stackDir);
      // THEN nothing fails, no check was skipped, and every check looked at something
      expect(failures(report)).toEqual([]);
      expect(report.skipped).toEqual([]);
      expect(report.ok).toBe(true);
      const c = counts(report);
      const objects = report.objects.length;
      expect(objects).toBeGreaterThan(0);
      expect(c).toEqual(expect.objectContaining({ [PreflightCheck.XML]: objects, [PreflightCheck.DEFINE]: objects }));
      expect(c[PreflightCheck.CLOUD_INIT]).toBeGreaterThan(0);
      expect(c[PreflightCheck.NETWORK_CONFIG]).toBeGreaterThan(0);
    }, 600_000); // a guard, not an assertion: the classroom runs some hundred tool processes
  }
});

describe('the reference lab (applied for real with provider 0.9)', () => {
  itTools('passes once its placeholders are filled in; values known only at apply are notes', async () => {
    const report = await runPreflight(writeStack(referenceLabJson()));
    expect(failures(report)).toEqual([]);
    expect(notes(report)).toEqual(expect.arrayContaining([
      'libvirt_volume.lab1_root [render]: backing_store.path = ${libvirt_volume.base.path} is known only at apply; a placeholder stands in for it',
      'libvirt_cloudinit_disk.lab1_seed [cloud-init]: user_data uses ${local.ssh_key}, known only at apply; a placeholder stands in for it',
    ]));
  });

  itTools('with its placeholders left in, fails on the paths libvirt cannot take, naming each resource', async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'cdk.tf.json'), referenceLabText());
    const report = await runPreflight(dir);
    expect(report.ok).toBe(false);
    expect(failures(report)).toEqual([
      expect.stringMatching(/^libvirt_pool\.lab \[xml\]: libvirt's schema rejects the pool XML at line 4 <path>POOL_DIR<\/path>/),
      expect.stringMatching(/^libvirt_domain\.lab1 \[xml\]: libvirt's schema rejects the domain XML at line \d+ <log file="LOG_DIR\/ref-lab1-serial\.log"/),
      expect.stringMatching(/^libvirt_domain\.lab2 \[xml\]: .*LOG_DIR\/ref-lab2-serial\.log/),
    ]);
  });
});

describe('values known only at apply', () => {
  itTools('a placeholder that libvirt or cloud-init rejects is a note, not a failure', async () => {
    const stack = miniLabJson();
    const vm = only(stack, 'libvirt_domain');
    const seed = only(stack, 'libvirt_cloudinit_disk');
    vm.body.devices.interfaces[0].mac.address = '${random_id.mac.hex}';
    seed.body.network_config = 'version: 2\nethernets:\n  nic0:\n    match:\n      macaddress: ${random_id.mac.hex}\n    dhcp4: true\n';
    const report = await runPreflight(writeStack(stack));
    expect(failures(report)).toEqual([]);
    expect(notes(report)).toEqual(expect.arrayContaining([
      `${vm.address} [render]: devices.interfaces[0].mac.address = \${random_id.mac.hex} is known only at apply; a placeholder stands in for it`,
      expect.stringMatching(new RegExp(`^${vm.address.replace(/\./g, '\\.')} \\[xml\\]: libvirt's schema rejects a placeholder for a value known only at apply`)),
      `${vm.address} [define]: libvirt rejects a placeholder for a value known only at apply: XML error: unable to parse mac address 'unresolved-random_id.mac.hex'`,
      expect.stringMatching(/\[network-config\]: netplan rejects a placeholder in network_config .*unresolved-random_id\.mac\.hex/),
    ]));
  });

  itTools('the resolve option supplies them', async () => {
    const stack = miniLabJson();
    only(stack, 'libvirt_domain').body.devices.interfaces[0].mac.address = '${random_id.mac.hex}';
    const report = await runPreflight(writeStack(stack), { resolve: (e) => (e === 'random_id.mac.hex' ? '52:54:00:12:34:56' : undefined) });
    expect(report.notes.filter((n) => n.message.includes('random_id'))).toEqual([]);
    expect(report.ok).toBe(true);
  });
});

describe('documents the checks cannot read are notes', () => {
  itTools('a user-data script and a version 1 network-config', async () => {
    const stack = miniLabJson();
    const seed = only(stack, 'libvirt_cloudinit_disk');
    seed.body.user_data = '#!/bin/sh\necho hi\n';
    seed.body.network_config = 'version: 1\nconfig:\n  - type: physical\n    name: eth0\n';
    const report = await runPreflight(writeStack(stack));
    expect(failures(report)).toEqual([]);
    expect(notes(report)).toEqual(expect.arrayContaining([
      `${seed.address} [cloud-init]: user_data is not #cloud-config (it starts with "#!/bin/sh"): cloud-init schema checks only cloud-config, so it was not checked`,
      `${seed.address} [network-config]: network_config is cloud-init's version 1 format, which netplan does not read: not checked`,
    ]));
    expect(counts(report)).toEqual(expect.objectContaining({ [PreflightCheck.CLOUD_INIT]: 0, [PreflightCheck.NETWORK_CONFIG]: 0 }));
  });
});

describe('a missing tool skips only its check, and says which Debian package provides it', () => {
  const cases: [string, string[], PreflightCheck, RegExp][] = [
    ['virt-xml-validate', ['virt-xml-validate'], PreflightCheck.XML, /^virt-xml-validate not found on PATH: libvirt XML against libvirt's schemas not checked; install the Debian packages libvirt-clients and libxml2-utils$/],
    ['xmllint (which virt-xml-validate runs)', ['xmllint'], PreflightCheck.XML, /^xmllint not found on PATH: .* libvirt-clients and libxml2-utils$/],
    ['virsh', ['virsh'], PreflightCheck.DEFINE, /^virsh not found on PATH: definitions on the libvirt test driver not checked; install the Debian package libvirt-clients$/],
    ['cloud-init', ['cloud-init'], PreflightCheck.CLOUD_INIT, /^cloud-init not found on PATH: cloud-init user-data not checked; install the Debian package cloud-init$/],
    ['netplan', ['netplan'], PreflightCheck.NETWORK_CONFIG, /^netplan not found on PATH: cloud-init network-config not checked; install the Debian package netplan\.io$/],
  ];
  for (const [name, without, check, message] of cases) {
    itTools(name, async () => {
      // GIVEN a PATH with every tool but this one, and a stack with a planted error of every kind
      const stack = miniLabJson();
      const vm = only(stack, 'libvirt_domain');
      const seed = only(stack, 'libvirt_cloudinit_disk');
      vm.body.devices.interfaces[0].model.type = 'virtio net';
      seed.body.user_data = '#cloud-config\nusers: 5\n';
      seed.body.network_config = 'version: 2\nethernets:\n  nic0:\n    addresses: [10.0.0.1/99]\n';
      // WHEN the preflight runs
      const report = await runPreflight(writeStack(stack), { env: { ...process.env, PATH: pathWithout(...without) } });
      // THEN this check is skipped once, with its package, and every other check still found its error
      expect(report.skipped.map((s) => [s.check, s.message])).toEqual([[check, expect.stringMatching(message)]]);
      const failed = new Set(report.problems.map((p) => p.check));
      const planted = [PreflightCheck.XML, PreflightCheck.DEFINE, PreflightCheck.CLOUD_INIT, PreflightCheck.NETWORK_CONFIG];
      expect(planted.filter((c) => failed.has(c))).toEqual(planted.filter((c) => c !== check));
      expect(counts(report)[check]).toBeUndefined();
    });
  }
});
