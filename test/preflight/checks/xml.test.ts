/**
 * The XML check (lib/preflight/checks/xml.ts): the rendered XML against libvirt's RELAX NG schemas.
 */
import { rngErrors } from '../../../lib/preflight/checks/xml';
import { runPreflight } from '../../../lib/preflight/preflight';
import { failures, itWithTools, miniLabJson, only, removeTmpDirs, writeStack } from '../support';

afterAll(removeTmpDirs);
// a guard, not an assertion: each preflight runs tens of tool processes, slow on a busy machine
jest.setTimeout(300_000);

const itTools = itWithTools();

describe('planted errors: each makes the preflight fail with a line naming the resource', () => {
  itTools('XML: a value libvirt\'s schema rejects, pinned to its line', async () => {
    const stack = miniLabJson();
    const vm = only(stack, 'libvirt_domain');
    vm.body.devices.interfaces[0].model.type = 'virtio net';
    const report = await runPreflight(writeStack(stack));
    expect(failures(report)).toEqual([
      expect.stringMatching(new RegExp(`^${vm.address.replace(/\./g, '\\.')} \\[xml\\]: libvirt's schema rejects the domain XML at line \\d+ <model type="virtio net"/> \\(virt-xml-validate: `)),
      `${vm.address} [define]: libvirt rejects the domain (virsh define on test:///default): invalid argument: Model name contains invalid characters`,
    ]);
  });
});

describe('rngErrors', () => {
  const file = '/tmp/work/xml/000-domain-0.xml';
  const xml = ['<domain type="kvm">', '  <devices>', '    <!-- unresolved: mac = ${random_id.mac.hex} (known only at apply) -->', '    <mac address="unresolved-random_id.mac.hex"/>', '    <model type="virtio net"/>', '  </devices>', '</domain>'];

  test('reads the lines xmllint names, with the line itself, and leaves out the verdicts', () => {
    const output = [
      `${file}:5: element model: Relax-NG validity error : Invalid attribute type for element model`,
      `${file}:5: element model: Relax-NG validity error : Invalid attribute type for element model`,
      `${file} fails to validate`,
    ].join('\n');
    expect(rngErrors(output, file, xml)).toEqual({
      messages: ['line 5 <model type="virtio net"/>: Invalid attribute type for element model'],
      lines: [5, 5],
      onlyPlaceholders: false,
    });
  });

  test('tells when every line it names holds a placeholder', () => {
    const output = `${file}:4: element mac: Relax-NG validity error : Invalid attribute address for element mac\n`;
    expect(rngErrors(output, file, xml).onlyPlaceholders).toBe(true);
  });

  test('a message without a line names the XML instead of the scratch file', () => {
    expect(rngErrors(`${file}:1: parser error : Document is empty\nunable to parse ${file}\n`, file, xml).messages).toEqual([
      'line 1 <domain type="kvm">: parser error : Document is empty',
      'unable to parse the XML',
    ]);
  });
});
