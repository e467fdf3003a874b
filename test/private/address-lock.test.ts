import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as fc from 'fast-check';
import { App, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { Host, LibvirtValidationError, Network, VirtualMachine } from '../../lib';
import { addressLockOf, LOCK_FILE_CONTEXT, LOCK_FILE_ENV, lockFileOf, writeLock } from '../../lib/private/address-lock';
import { hashIndex } from '../../lib/private/allocator';
import { BaseImage } from '../../lib/base-image';
import { warningsOf } from '../support/k3s';
import { SSH_KEY } from '../support/lab';

/** A fresh directory for one test's lock file. */
function scratch(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'address-lock-'));
}

/** An app whose address lock is `file` (or none, for `false`), writing into a scratch output directory. */
function appWith(file: string | false): App {
  return new App({ outdir: path.join(scratch(), 'cdktf.out'), context: { [LOCK_FILE_CONTEXT]: file } });
}

/**
 * One synthesis of a lab whose machines are `present` (in that order) on network `lan`
 * (10.1.0.0/24: gateway .1, DHCP .128-.254, 126 addresses for machines), allocated through the
 * public Network API; the lock is written as `app.synth()` writes it. Returns the addresses by machine.
 */
function plan(file: string, present: readonly string[]): Map<string, string> | LibvirtValidationError {
  const stack = new TerraformStack(appWith(file), 'lab');
  const net = new Network(new Host(stack, 'kvm1'), 'lan', { cidr: '10.1.0.0/24' });
  const out = new Map<string, string>();
  try {
    for (const name of present) out.set(name, net.allocateAddress(new Construct(stack, name), name)!);
  } catch (e) {
    if (e instanceof LibvirtValidationError) return e;
    throw e;
  }
  writeLock(stack, addressLockOf(stack));
  return out;
}

/** 200 names of the kinds people write: vm1.., node01.., web-1.., db-a... */
const NAMES = [
  ...Array.from({ length: 70 }, (_, i) => `vm${i + 1}`),
  ...Array.from({ length: 60 }, (_, i) => `node${String(i + 1).padStart(2, '0')}`),
  ...Array.from({ length: 50 }, (_, i) => `web-${i + 1}`),
  ...Array.from({ length: 20 }, (_, i) => `db-${String.fromCharCode(97 + i)}`),
];

describe('the address lock', () => {
  test('property: 200 machines added and removed in random order on a /24 never clash and never move', () => {
    // GIVEN a sequence of edits of one lab: each adds or removes a machine, and the program lists
    // the machines in a new random order every time (each synthesis starts from nothing but the lock)
    fc.assert(fc.property(
      fc.array(fc.record({ add: fc.integer({ min: 0, max: 2 }).map((n) => n > 0), name: fc.constantFrom(...NAMES) }), { minLength: 300, maxLength: 300 }),
      fc.integer(),
      (edits, seed) => {
        const file = path.join(scratch(), 'cdktf-libvirt.lock.json');
        let present: string[] = [];
        let previous = new Map<string, string>();
        const shuffle = fc.sample(fc.shuffledSubarray(NAMES, { minLength: NAMES.length }), { seed, numRuns: 1 })[0];
        const rank = new Map(shuffle.map((n, i) => [n, i]));
        for (const [step, edit] of edits.entries()) {
          const next = edit.add ? [...new Set([...present, edit.name])] : present.filter((n) => n !== edit.name);
          // a new order each time: rotate the shuffled ranks by the step
          next.sort((a, b) => ((rank.get(a)! + step * 7) % 200) - ((rank.get(b)! + step * 7) % 200));
          // WHEN the lab is synthesized
          const result = plan(file, next);
          if (result instanceof LibvirtValidationError) {
            // THEN only a 127th machine is refused: the network is full
            expect(next.length).toBe(127);
            expect(result.message).toMatch(/network lan has no address left for this machine: all 126 addresses .* are planned/);
            continue;
          }
          // THEN no two machines share an address, and no machine that stays moves
          const addresses = [...result.values()];
          expect(new Set(addresses).size).toBe(addresses.length);
          for (const [name, address] of result) {
            if (previous.has(name)) expect(address).toBe(previous.get(name));
            expect(address).toMatch(/^10\.1\.0\.([2-9]|[1-9]\d|1[01]\d|12[0-7])$/);
          }
          present = next;
          previous = result;
        }
      }), { numRuns: 1, seed: 12 });
  });

  test('without a lock, the names people write clash at once: 15 machines vm1..vm15 on a /24 (what the lock is for)', () => {
    // GIVEN the address each of vm1..vm15 hashes to in a pool of 126
    const homes = Array.from({ length: 15 }, (_, i) => hashIndex(`vm${i + 1}`, 126));
    // THEN two of them share one: without probing, one would have to be pinned by hand
    expect(new Set(homes).size).toBeLessThan(15);
    // AND WITH the allocator they all get distinct addresses
    const result = plan(path.join(scratch(), 'lock.json'), Array.from({ length: 15 }, (_, i) => `vm${i + 1}`));
    expect(result).toBeInstanceOf(Map);
    expect(new Set((result as Map<string, string>).values()).size).toBe(15);
  });

  test('a machine that took the next address keeps it when the one it gave way to is removed', () => {
    // GIVEN two names that hash to the same address, both in the lab
    const [a, b] = NAMES.flatMap((x, i) => NAMES.slice(i + 1).filter((y) => hashIndex(x, 126) === hashIndex(y, 126)).map((y) => [x, y]))[0];
    const file = path.join(scratch(), 'lock.json');
    const both = plan(file, [a, b]) as Map<string, string>;
    expect(both.get(a)).not.toBe(both.get(b));
    // WHEN the first is removed
    const after = plan(file, [b]) as Map<string, string>;
    // THEN the second keeps its address; without the lock it would move back to where it hashes to
    expect(after.get(b)).toBe(both.get(b));
    const unlocked = new TerraformStack(appWith(false), 'lab');
    const net = new Network(new Host(unlocked, 'kvm1'), 'lan', { cidr: '10.1.0.0/24' });
    expect(net.allocateAddress(new Construct(unlocked, b), b)).toBe(both.get(a));
  });

  test('app.synth() writes the lock beside the app, readable and stable, and leaves an unchanged lock alone', () => {
    // GIVEN a lab of machines in an app whose lock is a file of its own
    const dir = scratch();
    const file = path.join(dir, 'cdktf-libvirt.lock.json');
    const build = (names: string[]) => {
      const app = new App({ outdir: path.join(dir, 'cdktf.out'), context: { [LOCK_FILE_CONTEXT]: file } });
      const stack = new TerraformStack(app, 'lab');
      const host = new Host(stack, 'kvm1');
      const image = BaseImage.fromCatalog(stack, 'debian', 'debian-12');
      const net = new Network(host, 'lan', { cidr: '10.1.0.0/24' });
      for (const n of names) new VirtualMachine(stack, n, { host, image, nics: [{ network: net }], sshAuthorizedKeys: [SSH_KEY] });
      return app;
    };
    // WHEN it is synthesized
    build(['web', 'db']).synth();
    // THEN the lock records each machine's address on its network, under the stack
    const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(lock.version).toBe(1);
    expect(lock['//']).toMatch(/Commit this file/);
    expect(Object.keys(lock.stacks)).toEqual(['lab']);
    expect(Object.keys(lock.stacks.lab)).toEqual(['kvm1/lan']);
    expect(Object.keys(lock.stacks.lab['kvm1/lan'])).toEqual(['lab/db', 'lab/web']);
    const inode = fs.statSync(file).ino;
    // WHEN synthesized again unchanged / THEN the file is not rewritten
    build(['db', 'web']).synth();
    expect(fs.statSync(file).ino).toBe(inode);
    // WHEN a machine is removed / THEN its entry goes
    build(['db']).synth();
    expect(Object.keys(JSON.parse(fs.readFileSync(file, 'utf8')).stacks.lab['kvm1/lan'])).toEqual(['lab/db']);
  });

  test('Testing.synth reads the lock but never writes it', () => {
    const file = path.join(scratch(), 'lock.json');
    const stack = new TerraformStack(appWith(file), 'lab');
    const net = new Network(new Host(stack, 'kvm1'), 'lan', { cidr: '10.1.0.0/24' });
    net.allocateAddress(new Construct(stack, 'web'), 'web');
    Testing.synth(stack);
    expect(fs.existsSync(file)).toBe(false);
  });

  test("another stack's section is kept", () => {
    const file = path.join(scratch(), 'lock.json');
    plan(file, ['web']);
    const other = new TerraformStack(appWith(file), 'other');
    const net = new Network(new Host(other, 'kvm1'), 'lan', { cidr: '10.1.0.0/24' });
    net.allocateAddress(new Construct(other, 'db'), 'db');
    writeLock(other, addressLockOf(other));
    expect(Object.keys(JSON.parse(fs.readFileSync(file, 'utf8')).stacks)).toEqual(['lab', 'other']);
  });

  test('a recorded address that is now fixed for another machine moves, with a warning', () => {
    // GIVEN web recorded on an address
    const file = path.join(scratch(), 'lock.json');
    const recorded = (plan(file, ['web']) as Map<string, string>).get('web')!;
    // WHEN another machine is given that address as a fixed one, before web is planned
    const stack = new TerraformStack(appWith(file), 'lab');
    const net = new Network(new Host(stack, 'kvm1'), 'lan', { cidr: '10.1.0.0/24' });
    net.reserveAddress(new Construct(stack, 'pinned'), recorded);
    const web = new Construct(stack, 'web');
    const moved = net.allocateAddress(web, 'web');
    // THEN web gets another address, and a warning says why and what it costs
    expect(moved).not.toBe(recorded);
    expect(warningsOf(web)).toEqual([expect.stringContaining(`records ${recorded} for this machine on network lan, but it is now planned for lab/pinned: the machine gets a new address, and is replaced`)]);
  });

  test('a recorded address outside a changed pool moves, with a warning', () => {
    const file = path.join(scratch(), 'lock.json');
    fs.writeFileSync(file, JSON.stringify({ version: 1, stacks: { lab: { 'kvm1/lan': { web: '10.1.0.200' } } } }));
    const stack = new TerraformStack(appWith(file), 'lab');
    const net = new Network(new Host(stack, 'kvm1'), 'lan', { cidr: '10.1.0.0/24' });
    const web = new Construct(stack, 'web');
    expect(net.allocateAddress(web, 'web')).not.toBe('10.1.0.200');
    expect(warningsOf(web)).toEqual([expect.stringContaining('records 10.1.0.200 for this machine on network lan, but it is no longer one that network lan hands out to machines')]);
  });

  test.each([
    ['not JSON', '{ "version": 1,', /is not JSON/],
    ['another version', JSON.stringify({ version: 2, stacks: {} }), /is not a version 1 lock written by this library/],
    ['a malformed section', JSON.stringify({ version: 1, stacks: { lab: { 'kvm1/lan': { web: 7 } } } }), /has a malformed section for stack lab/],
  ])('a lock that is %s is refused, naming the file and the fix', (_label, text, problem) => {
    const file = path.join(scratch(), 'lock.json');
    fs.writeFileSync(file, text);
    const stack = new TerraformStack(appWith(file), 'lab');
    const net = new Network(new Host(stack, 'kvm1'), 'lan', { cidr: '10.1.0.0/24' });
    let error: unknown;
    try {
      net.allocateAddress(new Construct(stack, 'web'), 'web');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LibvirtValidationError);
    expect((error as Error).message).toMatch(problem);
    expect((error as Error).message).toContain(`the address lock ${file}`);
    expect((error as Error).message).toMatch(/restore it from version control; deleting it keeps the lab working/);
  });

  describe('where the lock is kept', () => {
    const saved = process.env[LOCK_FILE_ENV];
    afterEach(() => {
      process.env[LOCK_FILE_ENV] = saved;
    });

    test('the context comes first, relative to the working directory; false keeps none', () => {
      expect(lockFileOf(new TerraformStack(appWith('locks/lab.json'), 'lab'))).toBe(path.resolve('locks/lab.json'));
      expect(lockFileOf(new TerraformStack(appWith(false), 'lab'))).toBeUndefined();
    });

    test('then the environment variable (off keeps none), then cdktf-libvirt.lock.json in the working directory', () => {
      const stack = () => new TerraformStack(new App({ outdir: path.join(scratch(), 'out') }), 'lab');
      process.env[LOCK_FILE_ENV] = 'off';
      expect(lockFileOf(stack())).toBeUndefined();
      process.env[LOCK_FILE_ENV] = '/elsewhere/lock.json';
      expect(lockFileOf(stack())).toBe('/elsewhere/lock.json');
      delete process.env[LOCK_FILE_ENV];
      expect(lockFileOf(stack())).toBe(path.resolve('cdktf-libvirt.lock.json'));
    });

    test('a context that is neither a path nor false is refused', () => {
      const app = new App({ outdir: path.join(scratch(), 'out'), context: { [LOCK_FILE_CONTEXT]: 42 } });
      expect(() => lockFileOf(new TerraformStack(app, 'lab'))).toThrow(
        /^lab: the context cdktf-libvirt:lockFile is neither a path nor false \(got 42\); set it to the lock file's path/);
    });
  });
});
