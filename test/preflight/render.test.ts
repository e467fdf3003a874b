import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { withParserDefaults } from '../../lib/preflight/preflight';
import { RenderedObject, renderableAddresses, renderResource, renderStack } from '../../lib/preflight/render';
import { itWithTools, quickstartJson, referenceLabJson, removeTmpDirs, tmpDir } from './support';

afterAll(removeTmpDirs);
// a guard, not an assertion: each preflight runs tens of tool processes, slow on a busy machine
jest.setTimeout(300_000);

/** The XML of a stack with one resource of `type` named `x`. */
function xmlOf(type: string, body: Record<string, unknown>, extra: Record<string, unknown> = {}): RenderedObject {
  return renderResource({ resource: { [type]: { x: body }, ...extra } }, `${type}.x`);
}

const domain = (body: Record<string, unknown>, extra: Record<string, unknown> = {}): string =>
  xmlOf('libvirt_domain', { name: 'vm', type: 'kvm', ...body }, extra).xml;

/** The lines of an XML document, trimmed: assertions read like the XML. */
const lines = (xml: string): string[] => xml.split('\n').map((l) => l.trim()).filter(Boolean);

describe('renderStack on the reference lab (applied for real with provider 0.9)', () => {
  const objects = renderStack(referenceLabJson());
  const byAddress = (a: string): RenderedObject => objects.find((o) => o.address === a)!;

  test('renders its pool, volumes, networks and domains in creation order, with names and pools', () => {
    expect(objects.map((o) => [o.kind, o.address, o.name, o.pool])).toEqual([
      ['pool', 'libvirt_pool.lab', 'ref-lab', undefined],
      ['volume', 'libvirt_volume.base', 'debian12-base.qcow2', 'ref-lab'],
      ['volume', 'libvirt_volume.lab1_root', 'lab1-root.qcow2', 'ref-lab'],
      ['volume', 'libvirt_volume.lab2_root', 'lab2-root.qcow2', 'ref-lab'],
      ['volume', 'libvirt_volume.lab1_seed', 'lab1-seed.iso', 'ref-lab'],
      ['volume', 'libvirt_volume.lab2_seed', 'lab2-seed.iso', 'ref-lab'],
      ['network', 'libvirt_network.nat', 'ref-nat', undefined],
      ['network', 'libvirt_network.iso', 'ref-iso', undefined],
      ['domain', 'libvirt_domain.lab1', 'ref-lab1', undefined],
      ['domain', 'libvirt_domain.lab2', 'ref-lab2', undefined],
    ]);
  });

  test('a domain: flattened values, union branches that type their parent, presence flags, resolved references', () => {
    expect(lines(byAddress('libvirt_domain.lab1').xml)).toEqual([
      '<domain type="qemu">',
      '<name>ref-lab1</name>',
      '<memory unit="MiB">1024</memory>',
      '<vcpu>1</vcpu>',
      '<os>',
      '<type arch="x86_64" machine="q35">hvm</type>',
      '<boot dev="hd"/>',
      '</os>',
      '<features>',
      '<acpi/>',
      '<apic/>',
      '</features>',
      '<devices>',
      '<disk type="volume" device="disk">',
      '<driver name="qemu" type="qcow2"/>',
      '<source pool="ref-lab" volume="lab1-root.qcow2"/>',
      '<target dev="vda" bus="virtio"/>',
      '</disk>',
      '<disk type="volume" device="cdrom">',
      '<driver name="qemu" type="raw"/>',
      '<source pool="ref-lab" volume="lab1-seed.iso"/>',
      '<target dev="sda" bus="scsi"/>',
      '<readonly/>',
      '</disk>',
      '<controller type="scsi" index="0" model="virtio-scsi"/>',
      '<interface type="network">',
      '<mac address="52:54:00:88:00:11"/>',
      '<source network="ref-nat"/>',
      '<model type="virtio"/>',
      '</interface>',
      '<interface type="network">',
      '<mac address="52:54:00:89:00:11"/>',
      '<source network="ref-iso"/>',
      '<model type="virtio"/>',
      '</interface>',
      '<serial>',
      '<target port="0"/>',
      '<log file="/var/log/ref-lab/ref-lab1-serial.log" append="off"/>',
      '</serial>',
      '<channel type="unix">',
      '<source mode="bind"/>',
      '<target type="virtio" name="org.qemu.guest_agent.0"/>',
      '</channel>',
      '</devices>',
      '</domain>',
    ]);
    // provider-only attributes (running, wait_for_ip) have no XML
    expect(byAddress('libvirt_domain.lab1').xml).not.toMatch(/running|wait|any|600/);
    expect(byAddress('libvirt_domain.lab1').unresolved).toEqual([]);
  });

  test('a network: nested lists, element text, no autostart', () => {
    expect(lines(byAddress('libvirt_network.nat').xml)).toEqual([
      '<network>',
      '<name>ref-nat</name>',
      '<forward mode="nat"/>',
      '<bridge name="virbr-ceo0" stp="on" delay="0"/>',
      '<domain name="lab.test" localOnly="yes"/>',
      '<dns enable="yes">',
      '<host ip="10.88.0.11">',
      '<hostname>lab1</hostname>',
      '</host>',
      '<host ip="10.88.0.12">',
      '<hostname>lab2</hostname>',
      '</host>',
      '</dns>',
      '<ip address="10.88.0.1" prefix="24">',
      '<dhcp>',
      '<range start="10.88.0.100" end="10.88.0.199"/>',
      '</dhcp>',
      '</ip>',
      '</network>',
    ]);
  });

  test('a pool without its create/destroy, and volumes without pool and create', () => {
    expect(lines(byAddress('libvirt_pool.lab').xml)).toEqual([
      '<pool type="dir">', '<name>ref-lab</name>', '<target>', '<path>/var/lib/libvirt/pools/ref-lab</path>', '</target>', '</pool>',
    ]);
    expect(lines(byAddress('libvirt_volume.lab1_root').xml)).toEqual([
      '<volume>',
      '<name>lab1-root.qcow2</name>',
      '<capacity unit="GiB">4</capacity>',
      '<target>',
      '<format type="qcow2"/>',
      '</target>',
      '<backingStore>',
      '<!-- unresolved: backing_store.path = ${libvirt_volume.base.path} (known only at apply) -->',
      '<path>/unresolved/libvirt_volume.base.path</path>',
      '<format type="qcow2"/>',
      '</backingStore>',
      '</volume>',
    ]);
  });

  test('values known only at apply are listed, with a placeholder and a comment in the XML', () => {
    expect(byAddress('libvirt_volume.lab1_root').unresolved).toEqual([{ attribute: 'backing_store.path', expression: 'libvirt_volume.base.path' }]);
    // a volume made from create.content gets the content's size from the provider
    const seed = byAddress('libvirt_volume.lab1_seed');
    expect(seed.unresolved).toEqual([{ attribute: 'capacity', expression: 'libvirt_volume.lab1_seed.capacity' }]);
    expect(seed.xml).toContain('<capacity>0</capacity>');
  });

  test('the resolve option fills in values known only at apply', () => {
    const supplied = renderStack(referenceLabJson(), {
      resolve: (e) => ({ 'libvirt_volume.base.path': '/var/lib/libvirt/pools/ref-lab/debian12-base.qcow2', 'libvirt_volume.lab1_seed.capacity': 374784 } as Record<string, string | number>)[e],
    });
    const root = supplied.find((o) => o.address === 'libvirt_volume.lab1_root')!;
    expect(root.unresolved).toEqual([]);
    expect(root.xml).toContain('<path>/var/lib/libvirt/pools/ref-lab/debian12-base.qcow2</path>');
    expect(supplied.find((o) => o.address === 'libvirt_volume.lab1_seed')!.xml).toContain('<capacity>374784</capacity>');
  });

  test('is deterministic', () => {
    expect(renderStack(referenceLabJson())).toEqual(objects);
  });
});

describe('renderStack on the quickstart example', () => {
  const objects = renderStack(quickstartJson());

  test('renders every libvirt object of the stack, and nothing of other providers', () => {
    expect(objects.map((o) => o.kind)).toEqual(['pool', 'volume', 'volume', 'volume', 'volume', 'volume', 'network', 'domain', 'domain']);
    expect(objects.filter((o) => o.kind === 'domain').map((o) => o.name).sort()).toEqual(['db', 'web']);
  });

  test('a base volume path known only at apply is a placeholder path in the backing store', () => {
    const root = objects.find((o) => o.name === 'web-root.qcow2')!;
    expect(root.xml).toMatch(/<backingStore>\s*<!-- unresolved: backing_store.path = [^>]+ \(known only at apply\) -->\s*<path>\/unresolved\/[^<]+<\/path>/);
    expect(root.unresolved).toEqual([{ attribute: 'backing_store.path', expression: expect.stringMatching(/^libvirt_volume\.debian_Volume-.+\[terraform_data\..+_ImagePin-.+\.input\.image\]\.path$/) }]);
  });

  test('the rng backend is a chardata branch that sets model=', () => {
    expect(objects.find((o) => o.name === 'web')!.xml).toContain('<backend model="random">/dev/urandom</backend>');
  });
});

describe('libvirt accepts the rendered XML (virt-xml-validate)', () => {
  const itTools = itWithTools();
  const validate = (object: RenderedObject): string => {
    const file = path.join(tmpDir(), `${object.kind}.xml`);
    fs.writeFileSync(file, withParserDefaults(object));
    const schema = { domain: 'domain', network: 'network', pool: 'storagepool', volume: 'storagevol' }[object.kind];
    const r = spawnSync('virt-xml-validate', [file, schema], { encoding: 'utf8' });
    return r.status === 0 ? 'valid' : `${object.address}: ${r.stderr}${r.stdout}`;
  };

  itTools('every object of the reference lab validates against libvirt\'s schemas', () => {
    const objects = renderStack(referenceLabJson());
    expect(objects.map(validate)).toEqual(objects.map(() => 'valid'));
  });

  itTools('every object of the quickstart validates against libvirt\'s schemas', () => {
    const objects = renderStack(quickstartJson());
    expect(objects.map(validate)).toEqual(objects.map(() => 'valid'));
  });

  itTools('the validation can fail: a bad value is rejected', () => {
    const bad = xmlOf('libvirt_network', { name: 'n', forward: { mode: 'natt' } });
    expect(validate(bad)).toMatch(/libvirt_network\.x: .*forward/s);
  });

  test('only the defaults libvirt\'s parser adds separate the provider\'s XML from what the schema wants', () => {
    const lab = renderStack(referenceLabJson());
    const changed = lab.filter((o) => withParserDefaults(o) !== o.xml).map((o) => o.address);
    expect(changed).toEqual(['libvirt_volume.lab1_seed', 'libvirt_volume.lab2_seed', 'libvirt_domain.lab1', 'libvirt_domain.lab2']);
    const lab1 = lab.find((o) => o.address === 'libvirt_domain.lab1')!;
    expect(withParserDefaults(lab1).replace('<serial type="pty">', '<serial>')).toBe(lab1.xml);
    const seed = lab.find((o) => o.address === 'libvirt_volume.lab1_seed')!;
    expect(withParserDefaults(seed).replace('  <target/>\n', '')).toBe(seed.xml);
  });
});

describe('the mapping rules, one by one', () => {
  test('flattened chardata with its attributes, and element text', () => {
    expect(lines(domain({ memory: 512, memory_unit: 'MiB', vcpu: 2, vcpu_placement: 'static', title: 'a & b' }))).toEqual([
      '<domain type="kvm">', '<name>vm</name>', '<title>a &amp; b</title>', '<memory unit="MiB">512</memory>', '<vcpu placement="static">2</vcpu>', '</domain>',
    ]);
  });

  test('yes/no booleans and presence booleans', () => {
    const xml = domain({
      cpu: { mode: 'host-model', migratable: false },
      features: { acpi: true, pae: false },
      devices: { graphics: [{ vnc: { auto_port: true, listen: '127.0.0.1' } }], hostdevs: [{ managed: true, subsys_pci: { source: { address: { domain: '0x0000', bus: '0x01', slot: '0x00', function: '0x0' } } } }] },
    });
    expect(xml).toContain('<cpu mode="host-model" migratable="no"/>');
    expect(lines(xml)).toEqual(expect.arrayContaining(['<features>', '<acpi/>', '</features>']));
    expect(xml).not.toContain('<pae');
    expect(xml).toContain('<graphics type="vnc" autoport="yes" listen="127.0.0.1"/>');
    expect(xml).toContain('<hostdev mode="subsystem" type="pci" managed="yes">');
  });

  test('union branches that type their parent, themselves, or an address; empty sources are left out', () => {
    const xml = domain({
      devices: {
        disks: [{ source: { file: { file: '/img/a.qcow2' } }, target: { dev: 'vda' } }, { device: 'cdrom', source: { file: {} }, target: { dev: 'sda' } }],
        serials: [{ source: { pty: {} } }],
        consoles: [{ source: { file: { path: '/var/log/c.log' } }, target: { type: 'serial' } }],
        channels: [{ source: { unix: { mode: 'bind', path: '/run/ga.sock' } }, target: { virt_io: { name: 'org.qemu.guest_agent.0' } } }],
        interfaces: [
          { source: { bridge: { bridge: 'br0' } } },
          { source: { hostdev: { pci: { address: { domain: 0, bus: 3, slot: 0, function: 1 } } } } },
          { source: { network: { network: 'lab' } }, virtual_port: { params: { open_v_switch: { interface_id: 'abc' } } } },
        ],
        tpms: [{ model: 'tpm-crb', backend: { emulator: { version: '2.0' } } }],
        rngs: [{ model: 'virtio', backend: { built_in: true } }],
      },
    });
    expect(lines(xml)).toEqual(expect.arrayContaining([
      '<disk type="file">', '<source file="/img/a.qcow2"/>',
      '<disk type="file" device="cdrom">',
      '<serial type="pty"/>',
      '<console type="file">', '<source path="/var/log/c.log"/>', '<target type="serial"/>',
      '<channel type="unix">', '<source mode="bind" path="/run/ga.sock"/>', '<target type="virtio" name="org.qemu.guest_agent.0"/>',
      '<interface type="bridge">', '<source bridge="br0"/>',
      '<interface type="hostdev">', '<address type="pci" domain="0" bus="3" slot="0" function="1"/>',
      '<virtualport type="openvswitch">', '<parameters interfaceid="abc"/>',
      '<backend type="emulator" version="2.0"/>',
      '<backend model="builtin"/>',
    ]));
    // a file source without a file and a pty without a path write no <source> (libvirtxml omits it)
    expect(xml).not.toMatch(/<disk type="file" device="cdrom">\s*<source/);
    expect(xml).not.toMatch(/<serial type="pty">/);
  });

  test('a chardev UDP source is two <source> elements; a nested chardev types itself', () => {
    const xml = domain({
      devices: {
        serials: [{ source: { udp: { bind_host: '0.0.0.0', bind_service: '2445', connect_host: '10.0.0.1', connect_service: '2444' } } }],
        disks: [{ source: { volume: { pool: 'p', volume: 'v' }, reservations: { managed: false, source: { unix: { path: '/run/pr.sock', mode: 'client' } } } }, target: { dev: 'sdb' } }],
      },
    });
    expect(lines(xml)).toEqual(expect.arrayContaining([
      '<serial type="udp">', '<source mode="bind" host="0.0.0.0" service="2445"/>', '<source mode="connect" host="10.0.0.1" service="2444"/>',
      '<reservations managed="no">', '<source type="unix" mode="client" path="/run/pr.sock"/>',
    ]));
  });

  test('lists of strings, metadata as inner XML, device addresses (which 0.9 cannot set) left out', () => {
    const xml = domain({
      os: { type: 'exe', init: '/bin/sh', init_args: ['-c', 'echo hi'] },
      metadata: { xml: '<lab:owner xmlns:lab="urn:example:lab">team-a</lab:owner>' },
      devices: { videos: [{ model: { type: 'virtio' }, address: {} }] },
    });
    expect(lines(xml)).toEqual(expect.arrayContaining([
      '<initarg>-c</initarg>', '<initarg>echo hi</initarg>',
      '<metadata>', '<lab:owner xmlns:lab="urn:example:lab">team-a</lab:owner>', '</metadata>',
      '<video>', '<model type="virtio"/>', '</video>',
    ]));
    expect(xml).not.toContain('<address');
  });

  test('meta-arguments, cdktf metadata and attributes without XML are left out', () => {
    const xml = domain({
      '//': { metadata: { path: 'a/b' } }, provider: 'libvirt.h2', depends_on: ['x'], count: 1, lifecycle: { replace_triggered_by: ['y'] },
      running: true, autostart: true, create: { paused: true }, update: { shutdown: { timeout: 5 } }, destroy: { graceful: true },
      devices: { interfaces: [{ source: { network: { network: 'n' } }, wait_for_ip: { timeout: 60, source: 'lease' } }] },
    });
    expect(lines(xml)).toEqual(['<domain type="kvm">', '<name>vm</name>', '<devices>', '<interface type="network">', '<source network="n"/>', '</interface>', '</devices>', '</domain>']);
    const volume = xmlOf('libvirt_volume', { name: 'v', pool: 'p', capacity: 1, create: { content: { url: '/x' } } });
    expect(lines(volume.xml)).toEqual(['<volume>', '<name>v</name>', '<capacity>1</capacity>', '</volume>']);
    expect(lines(xmlOf('libvirt_network', { name: 'n', autostart: true }).xml)).toEqual(['<network>', '<name>n</name>', '</network>']);
  });

  test('template escapes are undone; references to configured values are resolved', () => {
    const object = xmlOf('libvirt_domain', {
      name: '${libvirt_network.n.name}-vm',
      type: 'kvm',
      description: 'run $${HOME}/x %%{y}',
      devices: { interfaces: [{ source: { network: { network: '${libvirt_network.n.name}' } }, mac: { address: '${local.mac}' } }] },
    }, { libvirt_network: { n: { name: 'lab' } } });
    expect(object.name).toBe('lab-vm');
    expect(object.xml).toContain('<description>run ${HOME}/x %{y}</description>');
    expect(object.xml).toContain('<source network="lab"/>');
    expect(object.unresolved).toEqual([{ attribute: 'devices.interfaces[0].mac.address', expression: 'local.mac' }]);
    expect(object.xml).toContain('<!-- unresolved: devices.interfaces[0].mac.address = ${local.mac} (known only at apply) -->');
  });

  test('a whole object given as an expression is noted, and a number placeholder is 0', () => {
    const object = xmlOf('libvirt_domain', { name: 'vm', type: 'kvm', memory: '${var.memory}', devices: '${local.devices}' });
    expect(object.unresolved).toEqual([{ attribute: 'memory', expression: 'var.memory' }, { attribute: 'devices', expression: 'local.devices' }]);
    expect(object.xml).toContain('<memory>0</memory>');
    expect(object.xml).not.toContain('<devices');
  });

  test('renderResource names the stack\'s addresses when the one asked for is not there', () => {
    const stack = quickstartJson();
    expect(() => renderResource(stack, 'libvirt_domain.nope')).toThrow(/no libvirt domain, network, pool or volume "libvirt_domain\.nope" in this stack; its addresses are: libvirt_pool\.\S+, libvirt_volume\./);
    expect(() => renderResource(stack, 'libvirt_cloudinit_disk.x')).toThrow(/libvirt_cloudinit_disk\.x/);
    expect(() => renderResource({}, 'libvirt_domain.x')).toThrow(/it has none/);
    expect(renderableAddresses(stack)).toHaveLength(9);
  });

  test('input that is not a synthesized stack is refused with a clear message', () => {
    expect(() => renderStack('{not json')).toThrow(/the stack is not valid JSON .*cdk\.tf\.json/);
    expect(() => renderStack([])).toThrow(/expected a synthesized stack .* got an array/);
    expect(() => renderStack({ resource: { libvirt_domain: { x: 'oops' } } })).toThrow(/libvirt_domain\.x is not an object/);
    expect(renderStack({})).toEqual([]);
  });
});
