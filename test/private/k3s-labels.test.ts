/**
 * The Kubernetes labels and taints of k3s nodes: which keys, values and effects are accepted
 * (labelKeyProblem) and every refusal of checkLabelsAndTaints, with the role's options named.
 */
import { Lazy } from 'cdktf';
import { Construct } from 'constructs';
import { checkLabelsAndTaints, labelKeyProblem, TAINT_EFFECTS } from '../../lib/private/k3s-labels';
import { expectRejected, newStack } from '../support/lab';

/** A construct at path test/K3s, standing in for the cluster whose options are checked. */
function clusterScope(): Construct {
  return new Construct(newStack(), 'K3s');
}

const labels = (prop: string, values: unknown[]) => () => checkLabelsAndTaints(clusterScope(), prop, values as string[], undefined);
const taints = (prop: string, values: unknown[]) => () => checkLabelsAndTaints(clusterScope(), prop, undefined, values as string[]);

const NAME_PROBLEM = 'its name (after any prefix/) must be 1 to 63 letters, digits, -, _ or ., starting and ending with a letter or digit';
const PREFIX_PROBLEM = 'its prefix must be a lowercase DNS subdomain, such as example.com';
const KUBELET_PROBLEM = 'the kubelet refuses to start with labels in the kubernetes.io and k8s.io namespaces (except node.kubernetes.io/, kubelet.kubernetes.io/ and a few well-known ones)';

describe('labelKeyProblem', () => {
  test('accepts names and prefixed names', () => {
    for (const key of ['tier', 'a', 'T1_x.y-z', 'x'.repeat(63), 'example.com/tier', 'a.b-c.example/x', `${'a'.repeat(63)}.${'b'.repeat(63)}/x`]) {
      expect([key, labelKeyProblem(key, true)]).toEqual([key, undefined]);
      expect([key, labelKeyProblem(key, false)]).toEqual([key, undefined]);
    }
  });

  test('a name must be 1 to 63 characters, alphanumeric at both ends', () => {
    for (const key of ['', '-tier', 'tier-', '.x', 'bad key', 'x'.repeat(64), 'example.com/', 'example.com/-x', 'a/b/c']) {
      expect([key, labelKeyProblem(key, true)]).toEqual([key, NAME_PROBLEM]);
      expect([key, labelKeyProblem(key, false)]).toEqual([key, NAME_PROBLEM]);
    }
  });

  test('a prefix must be a lowercase DNS subdomain of at most 253 characters', () => {
    const long = `${Array(4).fill('a'.repeat(63)).join('.')}.com`; // 259 characters, each label valid
    for (const key of ['Example.com/tier', '/tier', '-a.com/tier', 'a..com/tier', 'a_b.com/tier', `${long}/x`]) {
      expect([key, labelKeyProblem(key, true)]).toEqual([key, PREFIX_PROBLEM]);
    }
  });

  test('node labels: the kubelet\'s restricted namespaces are refused, its allowed ones and well-known labels accepted', () => {
    for (const key of ['node-role.kubernetes.io/worker', 'kubernetes.io/role', 'k8s.io/x', 'sub.k8s.io/x', 'example.kubernetes.io/x']) {
      expect([key, labelKeyProblem(key, true)]).toEqual([key, KUBELET_PROBLEM]);
      // a taint key is not set by the kubelet's --node-labels: any namespace goes
      expect([key, labelKeyProblem(key, false)]).toEqual([key, undefined]);
    }
    for (const key of ['node.kubernetes.io/pool', 'kubelet.kubernetes.io/x', 'a.node.kubernetes.io/x', 'topology.kubernetes.io/zone',
      'kubernetes.io/hostname', 'beta.kubernetes.io/arch', 'node.kubernetes.io/instance-type', 'failure-domain.beta.kubernetes.io/region',
      'kubernetes.io.example.com/x', 'notk8s.io/x']) {
      expect([key, labelKeyProblem(key, true)]).toEqual([key, undefined]);
    }
  });
});

describe('checkLabelsAndTaints', () => {
  test('accepts no labels or taints, and valid ones', () => {
    checkLabelsAndTaints(clusterScope(), 'serverOptions', undefined, undefined);
    checkLabelsAndTaints(clusterScope(), 'serverOptions', [], []);
    checkLabelsAndTaints(clusterScope(), 'agentOptions',
      ['tier=edge', 'node.kubernetes.io/pool=', 'example.com/gpu=yes', 'topology.kubernetes.io/zone=a', `v=${'x'.repeat(63)}`],
      ['dedicated=gpu:NoSchedule', 'spot:PreferNoSchedule', 'CriticalAddonsOnly=true:NoExecute', 'k=:NoSchedule', 'node-role.kubernetes.io/control-plane:NoSchedule']);
  });

  describe('labels', () => {
    test('must be known at synth', () => {
      expectRejected(labels('serverOptions', ['tier=a', Lazy.stringValue({ produce: () => 'tier=b' })]),
        /^test\/K3s: serverOptions\.labels\[1\] must be known at synth \(got "\$\{TfToken\[TOKEN\.\d+\]\}"\); give the label as a literal 'key=value'$/);
    });

    test('a label without =, or not a string, is refused', () => {
      expectRejected(labels('agentOptions', ['edge']),
        /^test\/K3s: agentOptions\.labels\[0\] is not a label of the form key=value \(got "edge"\); write it as 'key=value', such as 'tier=edge'$/);
      expectRejected(labels('serverOptions', [42]), /^test\/K3s: serverOptions\.labels\[0\] is not a label of the form key=value \(got 42\)/);
    });

    test('a label with a bad key is refused, with the key\'s problem', () => {
      expectRejected(labels('serverOptions', ['-tier=a']),
        /^test\/K3s: serverOptions\.labels\[0\] has a key the kubelet does not accept: its name .* \(got "-tier=a"\); use a key such as 'tier' or 'example\.com\/tier'$/);
      expectRejected(labels('serverOptions', ['=v']), /^test\/K3s: serverOptions\.labels\[0\] has a key the kubelet does not accept: its name .*\(got "=v"\)/);
      expectRejected(labels('serverOptions', ['Example.com/tier=a']),
        /^test\/K3s: serverOptions\.labels\[0\] has a key the kubelet does not accept: its prefix must be a lowercase DNS subdomain.*\(got "Example\.com\/tier=a"\)/);
    });

    test('a label the kubelet refuses (node-role.kubernetes.io/...) is refused, with the way out', () => {
      expectRejected(labels('agentOptions', ['node-role.kubernetes.io/worker=true']),
        /^test\/K3s: agentOptions\.labels\[0\] has a key the kubelet does not accept: the kubelet refuses to start .* \(got "node-role\.kubernetes\.io\/worker=true"\); use your own key, such as 'role=worker', or label the node with kubectl after it has joined$/);
      expectRejected(labels('serverOptions', ['k8s.io/x=1']),
        /^test\/K3s: serverOptions\.labels\[0\] has a key the kubelet does not accept: the kubelet refuses to start .*\(got "k8s\.io\/x=1"\); use a key such as 'tier' or 'example\.com\/tier'$/);
    });

    test('a label with a bad value is refused', () => {
      expectRejected(labels('serverOptions', ['tier=a b']),
        /^test\/K3s: serverOptions\.labels\[0\] has a value Kubernetes does not accept \(got "tier=a b"\); give a value of up to 63 letters, digits, -, _ or \., starting and ending with a letter or digit \(or an empty value\)$/);
      expectRejected(labels('serverOptions', [`tier=${'x'.repeat(64)}`]), /serverOptions\.labels\[0\] has a value Kubernetes does not accept/);
      expectRejected(labels('serverOptions', ['tier=-a']), /serverOptions\.labels\[0\] has a value Kubernetes does not accept/);
      expectRejected(labels('serverOptions', ['tier=a=b']), /serverOptions\.labels\[0\] has a value Kubernetes does not accept \(got "tier=a=b"\)/);
    });

    test('a label key given twice is refused', () => {
      expectRejected(labels('serverOptions', ['tier=a', 'tier=b']),
        /^test\/K3s: serverOptions\.labels gives the key tier twice \(got \["tier=a","tier=b"\]\); give each label key once$/);
    });
  });

  describe('taints', () => {
    test('must be known at synth', () => {
      expectRejected(taints('agentOptions', [Lazy.stringValue({ produce: () => 'a:NoSchedule' })]),
        /^test\/K3s: agentOptions\.taints\[0\] must be known at synth \(got "\$\{TfToken\[TOKEN\.\d+\]\}"\); give the taint as a literal 'key=value:Effect'$/);
    });

    test('a taint not of the form key=value:Effect, or not a string, is refused', () => {
      for (const taint of ['dedicated=gpu', 'x=y:NoSchedule:z', ':NoSchedule', '=v:NoSchedule']) {
        expectRejected(taints('serverOptions', [taint]),
          new RegExp(`^test/K3s: serverOptions\\.taints\\[0\\] is not a taint of the form key=value:Effect \\(got "${taint}"\\); write it as 'key=value:Effect' or 'key:Effect', such as 'dedicated=gpu:NoSchedule'$`));
      }
      expectRejected(taints('serverOptions', [42]), /^test\/K3s: serverOptions\.taints\[0\] is not a taint of the form key=value:Effect \(got 42\)/);
    });

    test('a taint with an effect Kubernetes does not know is refused', () => {
      expect(TAINT_EFFECTS).toEqual(['NoSchedule', 'PreferNoSchedule', 'NoExecute']);
      for (const taint of ['dedicated=gpu:NoScheduling', 'dedicated=gpu:noschedule', 'dedicated:']) {
        expectRejected(taints('serverOptions', [taint]),
          new RegExp(`^test/K3s: serverOptions\\.taints\\[0\\] has an effect Kubernetes does not know \\(got "${taint}"\\); end it with one of :NoSchedule, :PreferNoSchedule, :NoExecute$`));
      }
    });

    test('a taint with a bad key is refused', () => {
      expectRejected(taints('agentOptions', ['bad key=x:NoSchedule']),
        /^test\/K3s: agentOptions\.taints\[0\] has an invalid key: its name .*\(got "bad key=x:NoSchedule"\); use a key such as 'dedicated' or 'example\.com\/dedicated'$/);
      expectRejected(taints('agentOptions', ['Example.com/x:NoSchedule']), /agentOptions\.taints\[0\] has an invalid key: its prefix must be a lowercase DNS subdomain/);
    });

    test('a taint with a bad value is refused', () => {
      expectRejected(taints('serverOptions', ['dedicated=a/b:NoSchedule']),
        /^test\/K3s: serverOptions\.taints\[0\] has a value Kubernetes does not accept \(got "dedicated=a\/b:NoSchedule"\); give a value of up to 63 letters, digits, -, _ or \., starting and ending with a letter or digit$/);
      expectRejected(taints('serverOptions', [`k=${'v'.repeat(64)}:NoSchedule`]), /serverOptions\.taints\[0\] has a value Kubernetes does not accept/);
      expectRejected(taints('serverOptions', ['a=b=c:NoSchedule']), /serverOptions\.taints\[0\] has a value Kubernetes does not accept \(got "a=b=c:NoSchedule"\)/);
    });
  });

  test('labels are checked before taints, each list in order: the first problem is reported', () => {
    expectRejected(() => checkLabelsAndTaints(clusterScope(), 'serverOptions', ['ok=1', 'bad'], ['also bad']), /serverOptions\.labels\[1\] is not a label/);
    expectRejected(() => checkLabelsAndTaints(clusterScope(), 'serverOptions', ['ok=1'], ['a:NoSchedule', 'b', 'c']), /serverOptions\.taints\[1\] is not a taint/);
  });
});
