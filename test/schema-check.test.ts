import * as fs from 'fs';
import * as path from 'path';
import { assertSchemaConformance, checkSchemaConformance, loadProviderSchema, SchemaProblem } from '../lib/schema-check';

const WEB1 = 'resource.libvirt_domain.web1';

/** A valid minimal domain: every test below starts from a fresh copy and breaks one thing. */
function minimalDomain(): Record<string, any> {
  return {
    name: 'web1',
    type: 'kvm',
    memory: 1024,
    vcpu: 2,
    os: { type: 'hvm', boot_devices: [{ dev: 'hd' }] },
    devices: {
      disks: [{ driver: { type: 'qcow2' }, target: { dev: 'vda', bus: 'virtio' } }],
      interfaces: [
        {
          mac: { address: '52:54:00:00:00:01' },
          model: { type: 'virtio' },
          source: { network: { network: 'default' } },
        },
      ],
    },
  };
}

function stackWith(domain: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, any> {
  return { resource: { libvirt_domain: { web1: domain } }, ...extra };
}

/** [path, message] pairs, the shape most assertions want. */
function problemsOf(stack: unknown, schema?: unknown): Array<[string, string]> {
  return checkSchemaConformance(stack, schema).map((p: SchemaProblem) => [p.path, p.message]);
}

/** A hand-written schema for the rules the real schema does not exercise (blocks, cty collection types). */
const CUSTOM_SCHEMA = {
  format_version: '1.0',
  provider_schemas: {
    'registry.terraform.io/dmacvicar/libvirt': {
      provider: { block: { attributes: { uri: { type: 'string', optional: true } } } },
      resource_schemas: {
        libvirt_test: {
          block: {
            attributes: {
              name: { type: 'string', required: true },
              labels: { type: ['map', 'string'], optional: true },
              pair: { type: ['tuple', ['string', 'number']], optional: true },
              spec: { type: ['object', { size: 'number', tags: ['set', 'string'] }], optional: true },
              ports: { type: ['list', ['object', { port: 'number' }]], optional: true },
              anything: { type: 'dynamic', optional: true },
              by_name: {
                optional: true,
                nested_type: { nesting_mode: 'map', attributes: { size: { type: 'number', required: true } } },
              },
            },
            block_types: {
              disk: {
                nesting_mode: 'list',
                min_items: 1,
                max_items: 2,
                block: { attributes: { path: { type: 'string', required: true } } },
              },
              boot: { nesting_mode: 'single', block: { attributes: { order: { type: 'number', optional: true } } } },
            },
          },
        },
      },
      data_source_schemas: {},
    },
  },
};

describe('checkSchemaConformance on the pinned libvirt schema', () => {
  test('a valid minimal domain conforms', () => {
    // GIVEN a domain with name, type, memory, vcpu, os and a disk and an interface
    const stack = stackWith(minimalDomain());
    // WHEN checked
    const problems = checkSchemaConformance(stack);
    // THEN there is nothing to report
    expect(problems).toEqual([]);
  });

  test('the known-good reference lab conforms', () => {
    // GIVEN a real, known-good lab config (pool, networks, volumes, cloud-init, domains, data sources, provider)
    const text = fs.readFileSync(path.join(__dirname, 'fixtures', 'reference-lab.tf.json'), 'utf8');
    // WHEN checked, both as parsed JSON and as JSON text
    // THEN there is nothing to report
    expect(checkSchemaConformance(JSON.parse(text))).toEqual([]);
    expect(checkSchemaConformance(text)).toEqual([]);
  });

  describe('unknown attributes', () => {
    test('a misspelt top-level attribute is flagged with a suggestion', () => {
      // GIVEN memory spelt "memroy"
      const domain = minimalDomain();
      domain.memroy = domain.memory;
      // WHEN checked
      const problems = checkSchemaConformance(stackWith(domain));
      // THEN exactly that key is reported, with address, path and the likely intended name
      expect(problems).toEqual([
        {
          address: WEB1,
          path: 'memroy',
          message: `${WEB1} memroy: unknown attribute "memroy" (did you mean "memory"?)`,
        },
      ]);
    });

    test('an unknown attribute inside a list element is flagged at its full path', () => {
      // GIVEN a disk driver with a key the schema does not have
      const domain = minimalDomain();
      domain.devices.disks[0].driver.flavour = 'qcow2';
      // WHEN checked / THEN the path names the list index
      const problems = problemsOf(stackWith(domain));
      expect(problems).toHaveLength(1);
      expect(problems[0][0]).toBe('devices.disks[0].driver.flavour');
      expect(problems[0][1]).toMatch(/^resource\.libvirt_domain\.web1 devices\.disks\[0\]\.driver\.flavour: unknown attribute/);
    });

    test('a known nested attribute passes', () => {
      // GIVEN a disk driver with a real optional key
      const domain = minimalDomain();
      domain.devices.disks[0].driver.cache = 'none';
      // WHEN checked / THEN nothing is reported
      expect(problemsOf(stackWith(domain))).toEqual([]);
    });
  });

  describe('wrong types', () => {
    test.each([
      ['memory as a numeric string', (d: any) => (d.memory = '1024'), 'memory', /expected number, got string "1024"/],
      ['memory as a bool', (d: any) => (d.memory = true), 'memory', /expected number, got bool true/],
      ['running as a "true" string', (d: any) => (d.running = 'true'), 'running', /expected bool, got string "true"/],
      ['name as a number', (d: any) => (d.name = 7), 'name', /expected string, got number 7/],
      ['devices.disks as an object (wrong nesting)', (d: any) => (d.devices.disks = d.devices.disks[0]), 'devices.disks', /expected a list of objects, got an object/],
      ['os as a list (wrong nesting)', (d: any) => (d.os = [d.os]), 'os', /expected a single object, got a list of 1/],
      ['os.init_args as a string', (d: any) => (d.os.init_args = '--verbose'), 'os.init_args', /expected list\(string\), got string/],
      ['os.init_args with a number element', (d: any) => (d.os.init_args = ['a', 1]), 'os.init_args[1]', /expected string, got number 1/],
    ])('%s is flagged', (_label, mutate, wantPath, wantMessage) => {
      // GIVEN a minimal domain with one value of the wrong type
      const domain = minimalDomain();
      mutate(domain);
      // WHEN checked
      const problems = problemsOf(stackWith(domain));
      // THEN one problem at that path says what the schema wants
      expect(problems).toHaveLength(1);
      expect(problems[0][0]).toBe(wantPath);
      expect(problems[0][1]).toContain(`${WEB1} ${wantPath}: wrong type`);
      expect(problems[0][1]).toMatch(wantMessage);
    });

    test('the right types pass', () => {
      // GIVEN booleans, numbers, lists of strings where the schema wants them
      const domain: Record<string, any> = { ...minimalDomain(), running: false, vcpu_current: 1 };
      domain.os.init_args = ['a', 'b'];
      // WHEN checked / THEN nothing is reported
      expect(problemsOf(stackWith(domain))).toEqual([]);
    });
  });

  describe('required attributes', () => {
    test('a missing top-level required attribute is flagged', () => {
      // GIVEN a domain without name
      const domain = minimalDomain();
      delete domain.name;
      // WHEN checked / THEN name is reported as missing
      expect(problemsOf(stackWith(domain))).toEqual([['name', `${WEB1} name: missing required attribute "name" (string)`]]);
    });

    test('null counts as unset', () => {
      // GIVEN name: null, and an optional attribute set to null
      const domain = { ...minimalDomain(), name: null, memory: null };
      // WHEN checked / THEN only the required name is missing; the null memory is fine
      expect(problemsOf(stackWith(domain)).map(([p]) => p)).toEqual(['name']);
    });

    test('a nested required attribute is flagged only when its object is present', () => {
      // GIVEN interface 0 with an empty model (model.type is required) and interface 1 without a model
      const domain = minimalDomain();
      domain.devices.interfaces[0].model = {};
      domain.devices.interfaces.push({ source: { network: { network: 'default' } } });
      // WHEN checked
      const problems = problemsOf(stackWith(domain));
      // THEN only interface 0 is reported
      expect(problems).toEqual([
        [
          'devices.interfaces[0].model.type',
          `${WEB1} devices.interfaces[0].model.type: missing required attribute "type" (string)`,
        ],
      ]);
    });

    test('each element of a list nested attribute is checked', () => {
      // GIVEN a second boot device without its required dev
      const domain = minimalDomain();
      domain.os.boot_devices.push({});
      // WHEN checked / THEN element 1 is reported, element 0 is not
      expect(problemsOf(stackWith(domain)).map(([p]) => p)).toEqual(['os.boot_devices[1].dev']);
    });
  });

  describe('computed-only attributes', () => {
    test('uuid on a domain and path on a volume are flagged', () => {
      // GIVEN values for attributes only the provider sets
      const stack = stackWith({ ...minimalDomain(), uuid: '7f5e2d2c-0000-0000-0000-000000000000' });
      stack.resource.libvirt_volume = { root: { name: 'root.qcow2', pool: 'default', path: '/var/lib/libvirt/images/root.qcow2' } };
      // WHEN checked
      const problems = checkSchemaConformance(stack);
      // THEN both are reported as computed-only
      expect(problems.map((p) => `${p.address} ${p.path}`)).toEqual([
        `${WEB1} uuid`,
        'resource.libvirt_volume.root path',
      ]);
      expect(problems.every((p) => p.message.includes('computed-only'))).toBe(true);
    });

    test('a computed attribute that is also optional may be set', () => {
      // GIVEN a volume capacity (optional + computed)
      const stack = { resource: { libvirt_volume: { root: { name: 'root.qcow2', pool: 'default', capacity: 10, capacity_unit: 'GiB' } } } };
      // WHEN checked / THEN nothing is reported
      expect(checkSchemaConformance(stack)).toEqual([]);
    });
  });

  test('${...} expressions are accepted for any type, including lists and objects', () => {
    // GIVEN references where a number, a list nested attribute, a single object, a list element and a list(string) are expected
    const domain = minimalDomain();
    domain.memory = '${var.memory_mib}';
    domain.running = '${var.running}';
    domain.os = '${local.os}';
    domain.devices.disks = '${local.disks}';
    domain.devices.interfaces = ['${local.nat_interface}', ...domain.devices.interfaces];
    domain.vcpu = '${max(1, var.vcpu)}';
    // WHEN checked / THEN nothing is reported
    expect(problemsOf(stackWith(domain))).toEqual([]);
  });

  test('Terraform meta-arguments and cdktf metadata are not checked against the schema', () => {
    // GIVEN a domain carrying every meta-argument
    const domain = {
      ...minimalDomain(),
      count: 2,
      for_each: '${var.hosts}',
      depends_on: ['libvirt_network.nat'],
      provider: 'libvirt.host2',
      lifecycle: { create_before_destroy: true },
      provisioner: [{ 'local-exec': { command: 'true' } }],
      connection: { host: 'x' },
      '//': { metadata: { path: 'lab/web1' } },
    };
    // WHEN checked / THEN nothing is reported
    expect(problemsOf(stackWith(domain))).toEqual([]);
  });

  describe('resource and data source types', () => {
    test('an unknown libvirt_ resource type is flagged, other providers are skipped', () => {
      // GIVEN a made-up libvirt_ type next to resources of other providers with arbitrary keys
      const stack = {
        resource: {
          libvirt_disk: { d1: { name: 'x' } },
          terraform_data: { t: { input: 1, whatever: { nested: true } } },
          null_resource: { n: { triggers: 'x' } },
        },
        provider: { null: [{ bogus: true }] },
      };
      // WHEN checked
      const problems = checkSchemaConformance(stack);
      // THEN only the libvirt_ type is reported, on the object itself
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ address: 'resource.libvirt_disk.d1', path: '' });
      expect(problems[0].message).toMatch(/^resource\.libvirt_disk\.d1: unknown resource type "libvirt_disk".*libvirt_domain/);
    });

    test('data sources are checked against the data source schemas', () => {
      // GIVEN a valid lookup, one without its required domain that sets a computed-only result, and an unknown type
      const stack = {
        data: {
          libvirt_domain_interface_addresses: {
            ok: { domain: '${libvirt_domain.web1.uuid}', source: 'lease' },
            bad: { source: 'lease', interfaces: [] },
          },
          libvirt_network_dns_host_template: { old: {} },
        },
      };
      // WHEN checked
      const problems = checkSchemaConformance(stack).map((p) => `${p.address} ${p.path}`);
      // THEN the bad one and the unknown type are reported, the valid one is not
      expect(problems.sort()).toEqual([
        'data.libvirt_domain_interface_addresses.bad domain',
        'data.libvirt_domain_interface_addresses.bad interfaces',
        'data.libvirt_network_dns_host_template.old ',
      ]);
    });
  });

  describe('provider blocks', () => {
    test('uri is accepted and an unknown key is flagged, per block', () => {
      // GIVEN two provider blocks (the second one aliased) and a misspelt key in the second
      const stack = { provider: { libvirt: [{ uri: 'qemu:///system' }, { alias: 'host2', uri: 'qemu+ssh://h2/system', bogus: 1 }] } };
      // WHEN checked
      const problems = checkSchemaConformance(stack);
      // THEN only the second block's bogus key is reported, saying what is allowed
      expect(problems).toEqual([
        {
          address: 'provider.libvirt[1]',
          path: 'bogus',
          message: 'provider.libvirt[1] bogus: unknown attribute "bogus" (the schema allows here: uri)',
        },
      ]);
    });

    test('a provider block given as a single object is checked too', () => {
      // GIVEN a provider block as an object and uri of the wrong type
      const problems = checkSchemaConformance({ provider: { libvirt: { uri: 1 } } });
      // THEN the type error is reported
      expect(problems.map((p) => p.message)).toEqual(['provider.libvirt[0] uri: wrong type: expected string, got number 1']);
    });
  });
});

describe('checkSchemaConformance with blocks and cty collection types', () => {
  const check = (body: Record<string, unknown>) => problemsOf({ resource: { libvirt_test: { t: body } } }, CUSTOM_SCHEMA);

  test('a conforming object passes, a list block may be one object or an array', () => {
    // GIVEN values of every shape, valid
    const body = {
      name: 't',
      labels: { a: 'b' },
      pair: ['x', 1],
      spec: { size: 3 },
      ports: [{ port: 22 }],
      anything: { whatever: [1, 'two'] },
      by_name: { root: { size: 1 } },
      disk: { path: '/a' },
      boot: { order: 1 },
    };
    // WHEN checked / THEN nothing is reported, also with the block as an array
    expect(check(body)).toEqual([]);
    expect(check({ ...body, disk: [{ path: '/a' }, { path: '/b' }] })).toEqual([]);
  });

  test('min_items and max_items of blocks are enforced', () => {
    // GIVEN no disk block (min_items 1), then three (max_items 2)
    // WHEN checked / THEN each count is reported
    expect(check({ name: 't' })).toEqual([['disk', 'resource.libvirt_test.t disk: missing required block "disk" (min_items 1)']]);
    expect(check({ name: 't', disk: [] })).toEqual([['disk', 'resource.libvirt_test.t disk: too few items: 0, min_items is 1']]);
    expect(check({ name: 't', disk: [{ path: 'a' }, { path: 'b' }, { path: 'c' }] })).toEqual([
      ['disk', 'resource.libvirt_test.t disk: too many items: 3, max_items is 2'],
    ]);
    expect(check({ name: 't', disk: { path: 'a' }, boot: [{}, {}] })).toEqual([
      ['boot', 'resource.libvirt_test.t boot: too many items: 2, max_items is 1'],
    ]);
  });

  test('required attributes inside each block are enforced', () => {
    // GIVEN a second disk block without path / THEN that element is reported
    expect(check({ name: 't', disk: [{ path: 'a' }, {}] }).map(([p]) => p)).toEqual(['disk[1].path']);
  });

  test('map, tuple, object and list-of-object cty types are walked', () => {
    // GIVEN one wrong value in each
    const problems = check({
      name: 't',
      disk: { path: 'a' },
      labels: { a: 1 },
      pair: ['x'],
      spec: { size: '3', colour: 'red', tags: 'x' },
      ports: [{ port: 22 }, { port: '${var.port}' }, { prot: 1 }],
      by_name: { root: {}, swap: { size: 'big' } },
    });
    // THEN each is reported at its own path (missing keys of a cty object are fine)
    expect(problems.map(([p]) => p)).toEqual([
      'labels["a"]',
      'pair',
      'spec.size',
      'spec.colour',
      'spec.tags',
      'ports[2].prot',
      'by_name["root"].size',
      'by_name["swap"].size',
    ]);
  });
});

describe('assertSchemaConformance', () => {
  test('does not throw for a conforming stack', () => {
    expect(() => assertSchemaConformance(stackWith(minimalDomain()))).not.toThrow();
  });

  test('throws one line per problem', () => {
    // GIVEN a domain with two problems
    const domain = { ...minimalDomain(), memory: '1024', bogus: true };
    // WHEN asserted
    let message = '';
    try {
      assertSchemaConformance(stackWith(domain));
    } catch (e) {
      message = (e as Error).message;
    }
    // THEN the error lists both, one per line, each with address and path
    expect(message.split('\n')).toEqual([
      '2 schema problems:',
      `${WEB1} memory: wrong type: expected number, got string "1024"`,
      expect.stringMatching(/^resource\.libvirt_domain\.web1 bogus: unknown attribute "bogus"/),
    ]);
  });
});

describe('loadProviderSchema', () => {
  test('loads the pinned schema once and caches it', () => {
    // WHEN loaded twice / THEN it is the same object, holding the libvirt provider
    const schema = loadProviderSchema() as any;
    expect(loadProviderSchema()).toBe(schema);
    expect(Object.keys(schema.provider_schemas)).toEqual(['registry.terraform.io/dmacvicar/libvirt']);
  });
});
