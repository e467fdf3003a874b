import { Fn, TerraformStack, Testing, Token } from 'cdktf';
import { Pool } from '../lib/generated/providers/libvirt/pool';
import { Host, HostConnection } from '../lib/host';
import { checkSchemaConformance } from '../lib/schema-check';
import { StoragePool } from '../lib/storage-pool';
import { expectValidationError } from './validation-error';

function newStack(): TerraformStack {
  const app = Testing.app();
  return new TerraformStack(app, 'test');
}

function pools(stack: TerraformStack): Array<Record<string, any>> {
  return Object.values(JSON.parse(Testing.synth(stack)).resource?.libvirt_pool ?? {});
}

describe('StoragePool', () => {
  test('a dir pool is built, started and autostarted, and keeps its data on destroy', () => {
    // GIVEN a pool on a host
    const stack = newStack();
    const host = new Host(stack, 'kvm1');
    const pool = new StoragePool(host, 'images', { path: '/srv/images' });
    // WHEN synthesized
    const synth = Testing.synth(stack);
    // THEN it is a dir pool at the path, created with build/start/autostart, not deleted on destroy
    expect(synth).toHaveResourceWithProperties(Pool, {
      name: 'images',
      type: 'dir',
      target: { path: '/srv/images' },
      create: { build: true, start: true, autostart: true },
      destroy: { delete: false },
      provider: 'libvirt',
    });
    expect(pool.host).toBe(host);
    expect(pool.literalName).toBe('images');
    expect(Token.isUnresolved(pool.poolName)).toBe(true);
    expect(pool.node.defaultChild).toBe(pool.resource);
  });

  test('the synthesized pool matches the snapshot', () => {
    // GIVEN a pool with every prop set
    const stack = newStack();
    const host = new Host(stack, 'kvm1');
    new StoragePool(host, 'Images', { name: 'lab-images', path: '/srv/lab', autostart: false, deleteOnDestroy: true });
    // WHEN synthesized / THEN it matches the snapshot
    expect(Testing.synth(stack)).toMatchSnapshot();
  });

  test('deleteOnDestroy is decided at destroy: a terraform_data the pool depends on removes the directory after it', () => {
    // GIVEN a scratch pool whose directory goes with it
    const stack = newStack();
    const pool = new StoragePool(new Host(stack, 'kvm1'), 'scratch', { path: '/srv/scratch', deleteOnDestroy: true });
    // WHEN synthesized
    const json = JSON.parse(Testing.synth(stack));
    // THEN the pool itself never deletes its directory, and never sees a change of the choice
    const [poolJson] = Object.values<any>(json.resource.libvirt_pool);
    expect(poolJson.destroy).toEqual({ delete: false });
    expect(poolJson.lifecycle.ignore_changes).toEqual(['destroy']);
    // AND it depends on the directory's terraform_data, which is therefore destroyed after it
    const dirKey = `terraform_data.${pool.directory.friendlyUniqueId}`;
    expect(poolJson.depends_on).toEqual([dirKey]);
    // AND that one holds the choice in its input (updated in place when it changes), and runs pool-dir.sh at destroy with it
    const dir = json.resource.terraform_data[pool.directory.friendlyUniqueId];
    expect(dir.input).toEqual({ uri: 'qemu:///system', pool: 'scratch', directory: '/srv/scratch', delete: true });
    expect(dir.triggers_replace).toBeUndefined();
    expect(dir.provisioner).toEqual([{
      'local-exec': {
        when: 'destroy',
        interpreter: ['/bin/sh', '-c'],
        command: expect.stringContaining('pool-dir.sh: remove the (empty) directory'),
        environment: { LIBVIRT_URI: '${self.input.uri}', POOL: '${self.input.pool}', DIRECTORY: '${self.input.directory}', DELETE: '${self.input.delete}' },
      },
    }]);
  });

  test('changing deleteOnDestroy changes only the directory\'s input, nothing the provider would have to update', () => {
    const synth = (deleteOnDestroy: boolean) => {
      const stack = newStack();
      new StoragePool(new Host(stack, 'kvm1'), 'scratch', { path: '/srv/scratch', deleteOnDestroy });
      return JSON.parse(Testing.synth(stack)).resource;
    };
    const [keep, drop] = [synth(false), synth(true)];
    expect(drop.libvirt_pool).toEqual(keep.libvirt_pool);
    const dirKey = Object.keys(keep.terraform_data).find((k) => k.includes('Directory'))!;
    expect({ ...drop.terraform_data[dirKey], input: undefined }).toEqual({ ...keep.terraform_data[dirKey], input: undefined });
    for (const k of Object.keys(keep.terraform_data).filter((x) => x !== dirKey)) expect(drop.terraform_data[k]).toEqual(keep.terraform_data[k]);
  });

  test('autostart: false is passed on', () => {
    // GIVEN a pool that must not start at boot / WHEN synthesized / THEN autostart is false
    const stack = newStack();
    new StoragePool(new Host(stack, 'kvm1'), 'scratch', { path: '/srv/scratch', autostart: false });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(Pool, { create: { build: true, start: true, autostart: false } });
  });

  test('the name defaults to the lowercased id, and name overrides it', () => {
    // GIVEN a pool with a capitalised id and one with a name
    const stack = newStack();
    const host = new Host(stack, 'kvm1');
    new StoragePool(host, 'Images', { path: '/srv/images' });
    new StoragePool(host, 'Other', { name: 'iso-store', path: '/srv/iso' });
    // WHEN synthesized / THEN the names are 'images' and 'iso-store'
    expect(pools(stack).map((p) => p.name).sort()).toEqual(['images', 'iso-store']);
  });

  test('a pool on a further host uses its aliased provider, and the stack conforms to the schema', () => {
    // GIVEN a pool on a second host
    const stack = newStack();
    new Host(stack, 'kvm1');
    const h2 = new Host(stack, 'kvm2', { connection: HostConnection.ssh({ host: 'kvm2' }) });
    new StoragePool(stack, 'images', { host: h2, path: '/srv/images' });
    // WHEN synthesized / THEN it names libvirt.kvm2 and conforms
    const synth = Testing.synth(stack);
    expect(synth).toHaveResourceWithProperties(Pool, { name: 'images', provider: 'libvirt.kvm2' });
    expect(checkSchemaConformance(synth)).toEqual([]);
  });

  describe('validation', () => {
    test.each(['~/images', 'images', './images', ''])('relative path %j is rejected', (path) => {
      // GIVEN a path that is not absolute
      const stack = newStack();
      const host = new Host(stack, 'kvm1');
      // WHEN a pool is created / THEN it is rejected
      expectValidationError(() => new StoragePool(host, 'images', { path }),
        new RegExp(`^test/kvm1/images: path must be an absolute path on the libvirt host \\(got "${path.replace('.', '\\.')}"\\); give a path starting with '/'$`));
    });

    test.each(['my pool', '-images', 'a/b', 'x'.repeat(64)])('name %j is rejected', (name) => {
      // GIVEN a name libvirt would not accept everywhere
      const stack = newStack();
      const host = new Host(stack, 'kvm1');
      // WHEN a pool is created / THEN it is rejected with the naming rules
      expectValidationError(() => new StoragePool(host, 'images', { name, path: '/srv/images' }),
        new RegExp(`^test/kvm1/images: name is not a name libvirt accepts for every object it names \\(got "${name}"\\); use 1 to 63 characters: letters, digits`));
    });

    test('a pool name used twice on one host is rejected, naming the first pool', () => {
      // GIVEN a pool 'images'
      const stack = newStack();
      const host = new Host(stack, 'kvm1');
      new StoragePool(host, 'a', { name: 'images', path: '/srv/a' });
      // WHEN a second pool takes the name / THEN it is rejected, pointing at fromName
      expectValidationError(() => new StoragePool(host, 'b', { name: 'images', path: '/srv/b' }),
        /^test\/kvm1\/b: the pool name is already used by test\/kvm1\/a \(got "images"\); give each pool on a host its own name, or refer to the existing pool with StoragePool\.fromName\(\)$/);
    });

    test('the same pool name on two hosts is fine', () => {
      // GIVEN two hosts
      const stack = newStack();
      const h1 = new Host(stack, 'kvm1');
      const h2 = new Host(stack, 'kvm2', { connection: HostConnection.ssh({ host: 'kvm2' }) });
      // WHEN each gets a pool 'images' / THEN both are created
      new StoragePool(h1, 'images', { path: '/srv/images' });
      expect(() => new StoragePool(h2, 'images', { path: '/srv/images' })).not.toThrow();
      expect(pools(stack)).toHaveLength(2);
    });

    test('tokens as name and path are passed through', () => {
      // GIVEN a name and path only known at apply
      const stack = newStack();
      const host = new Host(stack, 'kvm1');
      // WHEN a pool is created / THEN nothing is rejected and the expressions are synthesized
      new StoragePool(host, 'images', { name: Token.asString(Fn.lower('IMAGES')), path: Token.asString(Fn.abspath('images')) });
      expect(pools(stack)[0]).toMatchObject({ name: '${lower("IMAGES")}', target: { path: '${abspath("images")}' } });
    });
  });

  describe('fromName', () => {
    test('refers to an existing pool without creating a resource', () => {
      // GIVEN an existing pool referred to by name, inside a host
      const stack = newStack();
      const host = new Host(stack, 'kvm1');
      const pool = StoragePool.fromName(host, 'Images', 'images');
      // THEN it has the name, the host, and nothing is synthesized
      expect(pool.poolName).toBe('images');
      expect(pool.literalName).toBe('images');
      expect(pool.host).toBe(host);
      expect(pools(stack)).toEqual([]);
    });

    test('takes an explicit host', () => {
      // GIVEN an existing pool created at stack level with an explicit host / THEN it is on that host
      const stack = newStack();
      const host = new Host(stack, 'kvm1');
      expect(StoragePool.fromName(stack, 'Images', 'images', host).host).toBe(host);
    });

    test('rejects a bad name', () => {
      // GIVEN an existing pool name with a space / WHEN referred to / THEN it is rejected
      const stack = newStack();
      const host = new Host(stack, 'kvm1');
      expectValidationError(() => StoragePool.fromName(host, 'Images', 'my images'),
        /^test\/kvm1\/Images: name is not a name libvirt accepts for every object it names \(got "my images"\); use 1 to 63 characters/);
    });

    test('a new pool may not take the name of an existing one it refers to, nor the other way round', () => {
      // GIVEN the existing pool images, referred to
      const stack = newStack();
      const host = new Host(stack, 'kvm1');
      StoragePool.fromName(host, 'Images', 'images');
      // WHEN a pool of the same name is created / THEN it is rejected naming the reference
      expectValidationError(() => new StoragePool(host, 'New', { name: 'images', path: '/srv/images' }),
        /^test\/kvm1\/New: pool images already exists on host kvm1 \(referred to by test\/kvm1\/Images\) \(got "images"\); give the new pool another name/);
      // AND GIVEN a created pool / WHEN it is referred to by name / THEN that is rejected, pointing at the construct
      new StoragePool(host, 'Lab', { name: 'lab', path: '/srv/lab' });
      expectValidationError(() => StoragePool.fromName(host, 'LabRef', 'lab'),
        /^test\/kvm1\/LabRef: this stack creates pool lab on host kvm1 itself \(test\/kvm1\/Lab\).*use that StoragePool construct/);
    });

    test('two references to one existing pool are fine, also on two hosts', () => {
      const stack = newStack();
      const host = new Host(stack, 'kvm1');
      StoragePool.fromName(host, 'A', 'images');
      expect(() => StoragePool.fromName(host, 'B', 'images')).not.toThrow();
      expect(() => new StoragePool(new Host(stack, 'kvm2'), 'C', { name: 'images', path: '/srv/images' })).not.toThrow();
    });

    test("the host's default pool is the pool the stack creates under that name, else the existing one", () => {
      // GIVEN a host whose stack creates a pool named default
      const stack = newStack();
      const host = new Host(stack, 'kvm1');
      const created = new StoragePool(host, 'Default', { name: 'default', path: '/var/lib/libvirt/images' });
      // THEN that pool is the default, with no conflicting reference
      expect(host.defaultPool).toBe(created);
      // AND on a host that creates none, the default is a reference to the existing pool
      const other = new Host(stack, 'kvm2');
      expect(other.defaultPool).not.toBe(created);
      expect(other.defaultPool.literalName).toBe('default');
      expect(pools(stack)).toHaveLength(1);
    });

    test('without a host, fails naming the construct', () => {
      // GIVEN an existing pool outside any host / WHEN referred to / THEN the error names the construct
      const stack = newStack();
      expectValidationError(() => StoragePool.fromName(stack, 'Images', 'images'),
        /^test\/Images: no host is given and none is inherited from a parent construct \(got nothing\); pass `host` in the props/);
    });
  });
});
