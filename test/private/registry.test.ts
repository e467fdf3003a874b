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
    expect(registryOf(a).holder('network:kvm1:lab')).toBe(a);
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

  test('a group counts its claims and knows the first holder, without looking at other claims', () => {
    // GIVEN claims in two groups and one outside any group
    const stack = newStack();
    const a = new Construct(stack, 'a');
    const b = new Construct(stack, 'b');
    const r = registryOf(stack);
    r.claimIn(a, 'ip:kvm1:lab:', '167772161', 'the address', '10.0.0.1', 'fix');
    r.claim(b, 'host:kvm1', 'hostName', 'kvm1', 'fix');
    r.claimIn(b, 'ip:kvm1:lab:', '167772162', 'the address', '10.0.0.2', 'fix');
    r.claimIn(a, 'ip:kvm2:lab:', '167772161', 'the address', '10.0.0.1', 'fix');
    // WHEN the owner claims one again / THEN it is counted once
    r.claimIn(b, 'ip:kvm1:lab:', '167772162', 'the address', '10.0.0.2', 'fix');
    // THEN each group has its own size and first holder
    expect(r.size('ip:kvm1:lab:')).toBe(2);
    expect(r.first('ip:kvm1:lab:')).toBe(a);
    expect(r.size('ip:kvm2:lab:')).toBe(1);
    expect(r.size('nothing:')).toBe(0);
    expect(r.first('nothing:')).toBeUndefined();
    // AND a grouped claim is a claim of the whole key
    expect(r.holder('ip:kvm1:lab:167772162')).toBe(b);
    expect(r.isTaken('ip:kvm2:lab:167772162')).toBe(false);
  });

  test('a grouped claim by another owner throws as a claim does, and is not counted', () => {
    // GIVEN an address claimed by test/a in a group
    const stack = newStack();
    const a = new Construct(stack, 'a');
    const b = new Construct(stack, 'b');
    registryOf(a).claimIn(a, 'ip:kvm1:lab:', '167772161', 'the address on network lab', '10.0.0.1', 'pick another');
    // WHEN test/b claims it / THEN the error names a, and the group still holds one claim
    expectValidationError(() => registryOf(b).claimIn(b, 'ip:kvm1:lab:', '167772161', 'the address on network lab', '10.0.0.1', 'pick another'),
      /^test\/b: the address on network lab is already used by test\/a \(got "10\.0\.0\.1"\); pick another$/);
    expect(registryOf(a).size('ip:kvm1:lab:')).toBe(1);
  });

  test('an index is made once per stack and name', () => {
    // GIVEN two stacks / WHEN an index is asked for twice in one and once in the other
    const app = Testing.app();
    const s1 = new TerraformStack(app, 's1');
    const s2 = new TerraformStack(app, 's2');
    const make = jest.fn(() => new Map<string, number>());
    const first = registryOf(s1).index('subnets:kvm1', make);
    // THEN the first stack gets the same index back, the other its own, and other names their own
    expect(registryOf(s1).index('subnets:kvm1', make)).toBe(first);
    expect(registryOf(s2).index('subnets:kvm1', make)).not.toBe(first);
    expect(registryOf(s1).index('subnets:kvm2', make)).not.toBe(first);
    expect(make).toHaveBeenCalledTimes(3);
  });
});
