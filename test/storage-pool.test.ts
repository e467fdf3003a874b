import { Fn, TerraformStack, Testing, Token } from 'cdktf';
import { Pool } from '../lib/generated/providers/libvirt/pool';
import { BaseImage, Lab } from '../lib';
import { Host, HostConnection, IHost } from '../lib/host';
import { checkSchemaConformance } from '../lib/schema-check';
import { StoragePool, StoragePoolProps } from '../lib/storage-pool';
import { SSH_KEY } from './support/lab';
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

  test('on a qemu+ssh host with a known_hosts file, the directory\'s removal hands virsh that file, which its URI cannot', () => {
    // GIVEN pools on a qemu+ssh host with and without a known_hosts file of its own
    const stack = newStack();
    const verified = new Host(stack, 'kvm1', { connection: HostConnection.ssh({ host: 'kvm1', user: 'root', knownHostsFile: '~/.ssh/lab hosts' }) });
    const plain = new Host(stack, 'kvm2', { connection: HostConnection.ssh({ host: 'kvm2' }) });
    new StoragePool(verified, 'images', { path: '/srv/images', deleteOnDestroy: true });
    new StoragePool(plain, 'images', { path: '/srv/images', deleteOnDestroy: true });
    // WHEN synthesized
    const data = Object.entries<any>(JSON.parse(Testing.synth(stack)).resource.terraform_data);
    const of = (host: string) => data.find(([k]) => k.startsWith(`${host}_images_Directory`))![1];
    // THEN the first passes the decoded path as SSH_KNOWN_HOSTS, from its input; the second nothing more
    expect(of('kvm1').input).toMatchObject({ uri: 'qemu+ssh://root@kvm1/system?knownhosts=~%2F.ssh%2Flab%20hosts', known_hosts: '~/.ssh/lab hosts' });
    expect(of('kvm1').provisioner[0]['local-exec'].environment.SSH_KNOWN_HOSTS).toBe('${self.input.known_hosts}');
    expect(of('kvm2').input.known_hosts).toBeUndefined();
    expect(of('kvm2').provisioner[0]['local-exec'].environment.SSH_KNOWN_HOSTS).toBeUndefined();
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

    test('a pool without a path is rejected when it is created, not at apply', () => {
      // GIVEN a pool from plain JavaScript that forgets its directory
      const host = new Host(newStack(), 'kvm1');
      // WHEN created / THEN it is refused with an example path
      expectValidationError(() => new StoragePool(host, 'images', {} as StoragePoolProps),
        /^test\/kvm1\/images: a StoragePool needs path, the directory of its volumes on the libvirt host \(got nothing\); set path, such as '\/var\/lib\/libvirt\/pools\/lab'$/);
      expectValidationError(() => new StoragePool(host, 'nothing', undefined as unknown as StoragePoolProps),
        /^test\/kvm1\/nothing: StoragePool needs props \(got nothing\); pass an object such as \{ host, name \}$/);
    });

    test('two pools on one directory of a host are rejected, naming the first, however the path is written', () => {
      // GIVEN a pool on /srv/images
      const stack = newStack();
      const host = new Host(stack, 'kvm1');
      new StoragePool(host, 'a', { path: '/srv/images' });
      // WHEN another pool takes the same directory / THEN it is refused: each would list, and could delete, the other's volumes
      expectValidationError(() => new StoragePool(host, 'b', { path: '/srv/images' }),
        /^test\/kvm1\/b: the pool directory \/srv\/images is already used by test\/kvm1\/a \(got "\/srv\/images"\); give each pool on a host its own directory, or refer to the existing pool with StoragePool\.fromName\(\)$/);
      expectValidationError(() => new StoragePool(host, 'c', { path: '/srv//images/' }),
        /^test\/kvm1\/c: the pool directory \/srv\/images is already used by test\/kvm1\/a \(got "\/srv\/\/images\/"\)/);
      // AND the same directory on another host is fine
      const h2 = new Host(stack, 'kvm2', { connection: HostConnection.ssh({ host: 'kvm2' }) });
      expect(() => new StoragePool(h2, 'a', { path: '/srv/images' })).not.toThrow();
    });

    test('unknown props, and props that are not an object, are rejected', () => {
      const host = new Host(newStack(), 'kvm1');
      expectValidationError(() => new StoragePool(host, 'images', { path: '/srv/images', deleteOnDestory: true } as unknown as StoragePoolProps),
        /^test\/kvm1\/images: StoragePool has no prop 'deleteOnDestory' \(got "deleteOnDestory"\); did you mean 'deleteOnDestroy'\? \(known props: host, name, path, deleteOnDestroy, autostart\)$/);
      expectValidationError(() => new StoragePool(host, 'dir', '/srv/images' as unknown as StoragePoolProps),
        /^test\/kvm1\/dir: the props of StoragePool must be an object \(got "\/srv\/images"\); pass an object of props$/);
    });

    test('a second construct of the same id is rejected with a path and a fix', () => {
      const host = new Host(newStack(), 'kvm1');
      new StoragePool(host, 'images', { path: '/srv/images' });
      expectValidationError(() => new StoragePool(host, 'images', { path: '/srv/other' }),
        /^test\/kvm1\/images: test\/kvm1 already has a child with the id 'images' \(a StoragePool\), so this StoragePool cannot have it \(got "images"\); give each construct a unique id/);
      expectValidationError(() => StoragePool.fromName(host, 'images', 'default'), /^test\/kvm1\/images: test\/kvm1 already has a child with the id 'images'/);
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

  describe('props of the wrong type', () => {
    /** A lab on a host, whose members' names are prefixed: the name is read before the lab prefixes it. */
    const inLab = () => {
      const stack = newStack();
      const host = new Host(stack, 'kvm1');
      return new Lab(host, 'lab', { image: BaseImage.fromCatalog(stack, 'img', 'debian-12'), sshAuthorizedKeys: [SSH_KEY] });
    };

    test.each<[string, unknown, string]>([['a symbol', Symbol('n'), 'Symbol\\(n\\)'], ['an object without a prototype', Object.create(null), '\\{\\}'], ['a number', 7, '7']])(
      'a name that is %s is refused before the lab prefixes it', (_label, name, shown) => {
        // GIVEN a pool in a lab whose name is not a string / WHEN created / THEN it is refused, not a TypeError of the prefix
        expectValidationError(() => new StoragePool(inLab(), 'data', { name: name as string, path: '/srv/data' }),
          new RegExp(`^test/kvm1/lab/data: name must be a string \\(got ${shown}\\); give the pool's libvirt name, such as 'lab'$`));
      });

    test('a path that is not a string is refused, even a number token', () => {
      // GIVEN a path given as a number / WHEN a pool is created / THEN it is refused with an example
      const host = new Host(newStack(), 'kvm1');
      expectValidationError(() => new StoragePool(host, 'data', { path: Token.asNumber(Fn.parseint('1', 10)) as unknown as string }),
        /^test\/kvm1\/data: path must be a string \(got -[0-9.e+]+\); give the directory on the libvirt host as a string, such as '\/var\/lib\/libvirt\/pools\/lab'$/);
    });

    test.each<[string, unknown, string]>([
      ['a function', () => true, '"\\(\\) => true"'],
      ['a BigInt', BigInt(1), '"1"'],
      ['an empty string', '', '""'],
      ['the string "false"', 'false', '"false"'],
      ['0', 0, '0'],
    ])('autostart and deleteOnDestroy that are %s are refused', (_label, value, shown) => {
      // GIVEN a flag that is not a boolean / WHEN a pool is created / THEN it is refused, never read as truthy
      for (const prop of ['autostart', 'deleteOnDestroy']) {
        const host = new Host(newStack(), 'kvm1');
        expectValidationError(() => new StoragePool(host, 'data', { path: '/srv/data', [prop]: value }),
          new RegExp(`^test/kvm1/data: ${prop} must be true or false \\(got ${shown}\\); set ${prop} to true or false \\(a boolean, not a string or number\\)$`));
      }
    });

    test('autostart and deleteOnDestroy may be tokens, synthesized as given', () => {
      // GIVEN flags only known at apply / WHEN a pool is created and synthesized / THEN they are passed through
      const stack = newStack();
      const host = new Host(stack, 'kvm1');
      const flag = Token.asAny(Fn.tobool('true')) as unknown as boolean;
      new StoragePool(host, 'data', { path: '/srv/data', autostart: flag, deleteOnDestroy: flag });
      expect(pools(stack)[0].create.autostart).toBe('${tobool("true")}');
    });

    test('StoragePool.fromName refuses a name that is not a string', () => {
      // GIVEN an existing pool named by a number / WHEN referred to / THEN it is refused with an example
      const stack = newStack();
      const host = new Host(stack, 'kvm1');
      expectValidationError(() => StoragePool.fromName(stack, 'images', 5 as unknown as string, host),
        /^test\/images: name must be a string \(got 5\); give the name of the existing pool, such as 'default'$/);
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
      expect(() => new StoragePool(new Host(stack, 'kvm2', { connection: HostConnection.ssh({ host: 'kvm2' }) }), 'C', { name: 'images', path: '/srv/images' })).not.toThrow();
    });

    test("the host's default pool is the pool the stack creates under that name, else the existing one", () => {
      // GIVEN a host whose stack creates a pool named default
      const stack = newStack();
      const host = new Host(stack, 'kvm1');
      const created = new StoragePool(host, 'Default', { name: 'default', path: '/var/lib/libvirt/images' });
      // THEN that pool is the default, with no conflicting reference
      expect(host.defaultPool).toBe(created);
      // AND on a host that creates none, the default is a reference to the existing pool
      const other = new Host(stack, 'kvm2', { connection: HostConnection.ssh({ host: 'kvm2' }) });
      expect(other.defaultPool).not.toBe(created);
      expect(other.defaultPool.literalName).toBe('default');
      expect(pools(stack)).toHaveLength(1);
    });

    test('a host given as its name is rejected', () => {
      // GIVEN the host's name where the Host goes (plain JavaScript) / THEN the fix says to pass the construct
      const stack = newStack();
      new Host(stack, 'kvm1');
      expectValidationError(() => StoragePool.fromName(stack, 'Images', 'images', 'kvm1' as unknown as IHost),
        /^test\/Images: host is not a Host \(got "kvm1"\); pass the Host construct whose hostName is "kvm1", not its name$/);
    });

    test('without a host, fails naming the construct', () => {
      // GIVEN an existing pool outside any host / WHEN referred to / THEN the error names the construct
      const stack = newStack();
      expectValidationError(() => StoragePool.fromName(stack, 'Images', 'images'),
        /^test\/Images: no host is given and none is inherited from a parent construct \(got nothing\); pass `host` in the props/);
    });
  });
});
