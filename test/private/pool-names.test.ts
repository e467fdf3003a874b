/** Pool names, unique per host: created pools and references to existing ones. */
import { Fn, Testing, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { claimPoolName, claimPoolPath, createdPool } from '../../lib/private/pool-names';
import { expectValidationError as expectRejected } from '../validation-error';

describe('pool names', () => {
  const stack = () => new TerraformStack(Testing.app(), 'test');

  test('a created pool is found by host and name; references to an existing pool may repeat', () => {
    const s = stack();
    const created = new Construct(s, 'images');
    claimPoolName(created, 'kvm1', 'images', false);
    expect(createdPool(s, 'kvm1', 'images')).toBe(created);
    expect(createdPool(s, 'kvm2', 'images')).toBeUndefined();
    claimPoolName(new Construct(s, 'ref1'), 'kvm1', 'default', true);
    claimPoolName(new Construct(s, 'ref2'), 'kvm1', 'default', true);
  });

  test('refuses a reference to a pool the stack creates, a pool named like an existing one, and a name twice', () => {
    const s = stack();
    claimPoolName(new Construct(s, 'images'), 'kvm1', 'images', false);
    expectRejected(() => claimPoolName(new Construct(s, 'ref'), 'kvm1', 'images', true),
      /test\/ref: this stack creates pool images on host kvm1 itself \(test\/images\).*use that StoragePool construct/);
    claimPoolName(new Construct(s, 'dref'), 'kvm1', 'default', true);
    expectRejected(() => claimPoolName(new Construct(s, 'mine'), 'kvm1', 'default', false),
      /pool default already exists on host kvm1 \(referred to by test\/dref\).*give the new pool another name/);
    expectRejected(() => claimPoolName(new Construct(s, 'again'), 'kvm1', 'images', false),
      /the pool name is already used by test\/images.*give each pool on a host its own name/);
  });
  test('a directory is claimed once per host, whatever slashes it is written with', () => {
    // GIVEN a pool on /srv/images of kvm1
    const s = stack();
    claimPoolPath(new Construct(s, 'a'), 'kvm1', '/srv/images');
    // WHEN the same directory is claimed again / THEN it is refused, naming the first pool and the directory
    for (const path of ['/srv/images', '/srv/images/', '//srv/./images//']) {
      expectRejected(() => claimPoolPath(new Construct(s, `b${path.length}`), 'kvm1', path),
        /the pool directory \/srv\/images is already used by test\/a .*give each pool on a host its own directory/);
    }
    // AND another host, a subdirectory, the root and tokens are fine
    claimPoolPath(new Construct(s, 'c'), 'kvm2', '/srv/images');
    claimPoolPath(new Construct(s, 'd'), 'kvm1', '/srv/images/iso');
    claimPoolPath(new Construct(s, 'e'), 'kvm1', '/');
    claimPoolPath(new Construct(s, 'f'), 'kvm1', Token.asString(Fn.abspath('x')));
    claimPoolPath(new Construct(s, 'g'), 'kvm1', Token.asString(Fn.abspath('x')));
  });
});
