/**
 * The define check (lib/preflight/checks/define.ts): every object defined on libvirt's test driver.
 */
import { defineCommand, nameOf, providerOf, quote, virshReason, virshSections, withTestDriverSizes } from '../../../lib/preflight/checks/define';
import { runPreflight } from '../../../lib/preflight/preflight';
import { RenderedObject } from '../../../lib/preflight/render';
import { failures, itWithTools, miniLabJson, notes, only, removeTmpDirs, writeStack } from '../support';

afterAll(removeTmpDirs);
// a guard, not an assertion: each preflight runs tens of tool processes, slow on a busy machine
jest.setTimeout(300_000);

const itTools = itWithTools();

describe('planted errors: each makes the preflight fail with a line naming the resource', () => {
  itTools('define: what each document allows but libvirt refuses in the whole (two domains of one name)', async () => {
    const stack = miniLabJson();
    const vm = only(stack, 'libvirt_domain');
    stack.resource.libvirt_domain.twin = { ...JSON.parse(JSON.stringify(vm.body)), description: 'same name' };
    const report = await runPreflight(writeStack(stack));
    expect(failures(report)).toEqual([
      expect.stringMatching(new RegExp(`^libvirt_domain\\.twin \\[define\\]: libvirt rejects the domain \\(virsh define on test:///default\\): operation failed: domain 'web' already exists with uuid`)),
    ]);
  });
});

describe('hosts and pools on the test driver', () => {
  itTools('objects of different hosts (provider aliases) may share names; on one host they may not', async () => {
    const stack = miniLabJson();
    const net = only(stack, 'libvirt_network');
    stack.provider.libvirt = [stack.provider.libvirt].flat().concat([{ alias: 'kvm2', uri: 'qemu+ssh://root@kvm2/system' }]);
    stack.resource.libvirt_network.other = { ...JSON.parse(JSON.stringify(net.body)), provider: 'libvirt.kvm2' };
    expect(failures(await runPreflight(writeStack(stack)))).toEqual([]);
    delete stack.resource.libvirt_network.other.provider;
    expect(failures(await runPreflight(writeStack(stack)))).toEqual([
      expect.stringMatching(/^libvirt_network\.other \[define\]: libvirt rejects the network .*quickstart.* already exists/),
    ]);
  });

  itTools('the test driver\'s small pools do not limit disk sizes (the schema check judges them)', async () => {
    const stack = miniLabJson();
    for (const volume of Object.values<any>(stack.resource.libvirt_volume)) {
      if (volume.capacity !== undefined) Object.assign(volume, { capacity: 4, capacity_unit: 'TiB' });
    }
    expect(failures(await runPreflight(writeStack(stack)))).toEqual([]);
    for (const volume of Object.values<any>(stack.resource.libvirt_volume)) {
      if (volume.capacity !== undefined) volume.capacity_unit = 'TB?';
    }
    expect(failures(await runPreflight(writeStack(stack)))).toEqual([
      expect.stringMatching(/^libvirt_volume\.\S+ \[xml\]: libvirt's schema rejects the volume XML at line 3 <capacity unit="TB\?">4<\/capacity>/),
      expect.stringMatching(/^libvirt_volume\.\S+ \[define\]: libvirt rejects the volume .*TB\?/),
    ]);
  });

  itTools('a volume in a pool that is not in the stack goes to the test driver\'s default pool, with a note', async () => {
    const stack = miniLabJson();
    delete stack.resource.libvirt_pool;
    for (const volume of Object.values<any>(stack.resource.libvirt_volume)) volume.pool = 'existing';
    for (const d of only(stack, 'libvirt_domain').body.devices.disks) d.source.volume.pool = 'existing';
    const report = await runPreflight(writeStack(stack));
    expect(failures(report)).toEqual([]);
    expect(notes(report)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^libvirt_volume\.\S+ \[define\]: its pool existing is not in this stack: defined in the test driver's default-pool instead$/),
    ]));
  });
});


describe('the virsh session', () => {
  const object = (kind: RenderedObject['kind'], xml: string, name?: string): RenderedObject => ({ kind, address: `libvirt_${kind}.x`, name, xml, unresolved: [] });

  test('volumes get size 0 in their own unit; nothing else changes', () => {
    const xml = '<volume>\n  <name>v</name>\n  <capacity unit="TiB">4</capacity>\n  <allocation> 0 </allocation>\n  <target/>\n</volume>\n';
    expect(withTestDriverSizes(xml)).toBe('<volume>\n  <name>v</name>\n  <capacity unit="TiB">0</capacity>\n  <allocation>0</allocation>\n  <target/>\n</volume>\n');
  });

  test('splits virsh\'s stderr at the markers, into each object\'s errors', () => {
    const stderr = [
      'error: @@preflight 0',
      'error: @@preflight 1',
      'error: Failed to define domain from 001-domain.xml',
      'error: operation failed: domain \'web\' already exists',
      '',
      'error: @@preflight end',
    ].join('\n');
    expect([...virshSections(stderr)]).toEqual([
      ['0', []],
      ['1', ['Failed to define domain from 001-domain.xml', 'operation failed: domain \'web\' already exists']],
      ['end', []],
    ]);
    expect(virshSections('error: failed to connect to the hypervisor').size).toBe(0);
  });

  test('the reason leaves out the generic "Failed to ..." line when there is more', () => {
    expect(virshReason(['Failed to define domain from 001-domain.xml', 'invalid argument: bad'])).toBe('invalid argument: bad');
    expect(virshReason(['Failed to define domain from 001-domain.xml'])).toBe('Failed to define domain from 001-domain.xml');
  });

  test('the command that defines each kind of object', () => {
    expect((['pool', 'volume', 'network', 'domain'] as const).map((k) => defineCommand(object(k, '')))).toEqual(['pool-define', 'vol-create', 'net-define', 'define']);
  });

  test('the provider configuration of a resource: its alias, or the default', () => {
    const stack = { resource: { libvirt_network: { a: { provider: 'libvirt.kvm2' }, b: {} } } };
    expect(providerOf(stack, 'libvirt_network.a')).toBe('libvirt.kvm2');
    expect(providerOf(stack, 'libvirt_network.b')).toBe('libvirt');
    expect(providerOf({}, 'libvirt_network.c')).toBe('libvirt');
  });

  test('the name of an object: known, or the first <name> of its XML, unescaped', () => {
    expect(nameOf(object('pool', '<pool><name>ignored</name></pool>', 'lab'))).toBe('lab');
    expect(nameOf(object('pool', '<pool>\n  <name>a &amp; &lt;b&gt;</name>\n  <source><name>other</name></source>\n</pool>'))).toBe('a & <b>');
    expect(nameOf(object('pool', '<pool/>'))).toBe('');
  });

  test('quotes a virsh argument', () => {
    expect(quote('default-pool')).toBe('"default-pool"');
    expect(quote('a "b" \\c')).toBe('"a \\"b\\" \\\\c"');
  });
});
