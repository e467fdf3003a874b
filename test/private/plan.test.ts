/** The stack's plan: wishes registered while the tree is built, one pass that renders every seed. */
import { Testing, TerraformStack } from 'cdktf';
import { MachineWish, planOf, StackPlan } from '../../lib/private/plan';
import { MachineRouting } from '../../lib/private/routing';

/** A machine wish whose seed shows the routing and parts it was rendered from, counting its renders. */
function wish(key: string, network: string, address: string, renders: string[]): MachineWish {
  return {
    key,
    nics: [{ network, cidr: `${address.split('.').slice(0, 3).join('.')}.0/24`, address }],
    renderSeed: (routing: MachineRouting, parts: readonly unknown[]) => {
      renders.push(key);
      return {
        userData: parts.join(','),
        networkConfig: JSON.stringify([...routing.routes.entries()]),
        metaData: `instance-id: ${key}`,
      };
    },
  };
}

describe('StackPlan', () => {
  test('one pass renders every seed, from every router and part, and is kept until a new wish comes', () => {
    // GIVEN two machines, a router registered after them, and a part for one machine
    const plan = new StackPlan();
    const renders: string[] = [];
    plan.addMachine(wish('m1', 'a', '10.1.0.5', renders));
    plan.addMachine(wish('m2', 'b', '10.2.0.5', renders));
    plan.addRouter({ key: 'r', nics: [{ network: 'a', cidr: '10.1.0.0/24', address: '10.1.0.1' }, { network: 'b', cidr: '10.2.0.0/24', address: '10.2.0.1' }] });
    plan.addSeedPart('m1', 'k3s');
    // WHEN both seeds are read, twice
    const seeds = [plan.seedOf('m1'), plan.seedOf('m2'), plan.seedOf('m1')];
    // THEN one pass rendered both, with the router's routes and the part
    expect(renders).toEqual(['m1', 'm2']);
    expect(seeds[0]).toEqual({ userData: 'k3s', networkConfig: '[[0,[{"to":"10.2.0.0/24","via":"10.1.0.1"}]]]', metaData: 'instance-id: m1' });
    expect(seeds[1].networkConfig).toBe('[[0,[{"to":"10.1.0.0/24","via":"10.2.0.1"}]]]');
    // AND a new wish makes the next read run the pass again, over the complete set
    plan.addSeedPart('m2', 'extra');
    expect(plan.seedOf('m2').userData).toBe('extra');
    expect(renders).toEqual(['m1', 'm2', 'm1', 'm2']);
  });

  test('a machine is registered once, and parts and seeds need a registered machine', () => {
    const plan = new StackPlan();
    plan.addMachine(wish('m', 'a', '10.1.0.5', []));
    expect(() => plan.addMachine(wish('m', 'a', '10.1.0.6', []))).toThrow('the plan already has a machine at m');
    expect(() => plan.addSeedPart('x', 'part')).toThrow('the plan has no machine at x');
    expect(() => plan.seedOf('x')).toThrow('the plan has no machine at x');
  });

  test('memberships are kept per machine', () => {
    const plan = new StackPlan();
    plan.setMembership('m', { cluster: 'c', role: 'server' });
    expect(plan.membershipOf('m')).toEqual({ cluster: 'c', role: 'server' });
    expect(plan.membershipOf('n')).toBeUndefined();
  });

  test('planOf gives one plan per stack', () => {
    const app = Testing.app();
    const a = new TerraformStack(app, 'a');
    const b = new TerraformStack(app, 'b');
    expect(planOf(a)).toBe(planOf(a));
    expect(planOf(a)).not.toBe(planOf(b));
  });
});
