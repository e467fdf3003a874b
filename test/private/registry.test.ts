import { TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { registryOf } from '../../lib/private/registry';
import { expectValidationError } from '../validation-error';

function newStack(id = 'test'): TerraformStack {
  return new TerraformStack(Testing.app(), id);
}

describe('registryOf', () => {
  test('is one registry per stack, reached from any construct in it', () => {
    // GIVEN two constructs at different depths of one stack
    const stack = newStack();
    const a = new Construct(stack, 'a');
    const b = new Construct(new Construct(stack, 'group'), 'b');
    // THEN they share the stack's registry
    expect(registryOf(a)).toBe(registryOf(stack));
    expect(registryOf(b)).toBe(registryOf(stack));
  });

  test('a claim by the same owner twice is fine', () => {
    // GIVEN a key claimed by test/a / WHEN test/a claims it again / THEN that is fine, and the key is taken
    const stack = newStack();
    const a = new Construct(stack, 'a');
    registryOf(a).claim(a, 'ip:kvm1:net:1', 'the address', '10.0.0.1', 'pick another');
    expect(() => registryOf(a).claim(a, 'ip:kvm1:net:1', 'the address', '10.0.0.1', 'pick another')).not.toThrow();
    expect(registryOf(a).isTaken('ip:kvm1:net:1')).toBe(true);
  });

  test('a claim by another owner throws, naming both paths, the value and the fix', () => {
    // GIVEN a key claimed by test/a
    const stack = newStack();
    const a = new Construct(stack, 'a');
    const b = new Construct(new Construct(stack, 'group'), 'b');
    registryOf(a).claim(a, 'network:kvm1:lab', 'the network name', 'lab', 'give each network its own name');
    // WHEN test/group/b claims it / THEN the error is b's, and names a
    expectValidationError(() => registryOf(b).claim(b, 'network:kvm1:lab', 'the network name', 'lab', 'give each network its own name'),
      /^test\/group\/b: the network name is already used by test\/a \(got "lab"\); give each network its own name$/);
    // AND a keeps the claim
    expect(registryOf(a).entries('network:')).toEqual([['network:kvm1:lab', a]]);
  });

  test('different keys do not collide', () => {
    // GIVEN a pool name claimed on kvm1 / WHEN the same name is claimed on kvm2 / THEN that is fine
    const stack = newStack();
    const a = new Construct(stack, 'a');
    const b = new Construct(stack, 'b');
    registryOf(a).claim(a, 'pool:kvm1:images', 'the pool name', 'images', 'fix');
    expect(() => registryOf(b).claim(b, 'pool:kvm2:images', 'the pool name', 'images', 'fix')).not.toThrow();
  });

  test('claims are per stack', () => {
    // GIVEN two stacks of one app
    const app = Testing.app();
    const s1 = new TerraformStack(app, 's1');
    const s2 = new TerraformStack(app, 's2');
    const a = new Construct(s1, 'a');
    const b = new Construct(s2, 'b');
    registryOf(a).claim(a, 'host:kvm1', 'hostName', 'kvm1', 'fix');
    // WHEN the other stack claims the same key / THEN it is free there
    expect(registryOf(b)).not.toBe(registryOf(a));
    expect(registryOf(b).isTaken('host:kvm1')).toBe(false);
    expect(() => registryOf(b).claim(b, 'host:kvm1', 'hostName', 'kvm1', 'fix')).not.toThrow();
  });

  test('entries lists the claims under a prefix, in claim order', () => {
    // GIVEN claims under several prefixes / WHEN listed by prefix / THEN only those under it are returned, in order
    const stack = newStack();
    const a = new Construct(stack, 'a');
    const b = new Construct(stack, 'b');
    const r = registryOf(stack);
    r.claim(a, 'subnet:kvm1:10.1.0.0/24', 'the subnet', '10.1.0.0/24', 'fix');
    r.claim(b, 'host:kvm1', 'hostName', 'kvm1', 'fix');
    r.claim(b, 'subnet:kvm1:10.2.0.0/24', 'the subnet', '10.2.0.0/24', 'fix');
    r.claim(a, 'subnet:kvm2:10.1.0.0/24', 'the subnet', '10.1.0.0/24', 'fix');
    expect(r.entries('subnet:kvm1:')).toEqual([
      ['subnet:kvm1:10.1.0.0/24', a],
      ['subnet:kvm1:10.2.0.0/24', b],
    ]);
    expect(r.entries('nothing:')).toEqual([]);
    expect(r.isTaken('subnet:kvm2:10.1.0.0/24')).toBe(true);
    expect(r.isTaken('subnet:kvm2:10.2.0.0/24')).toBe(false);
  });
});
