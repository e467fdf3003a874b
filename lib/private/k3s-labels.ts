import { IConstruct } from 'constructs';
import { fail, isToken } from './validate';

/**
 * The Kubernetes labels and taints of k3s nodes (`node-label`, `node-taint`), checked at synth: the
 * kubelet refuses to start with a label it does not accept, which would leave a node that never joins.
 */

/** Kubernetes label names: 63 characters, alphanumeric at both ends, `-_.` inside. */
const LABEL_NAME = /^[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
/** Labels in the kubelet's restricted namespaces that it allows (kubernetes/kubernetes, kubelet's --node-labels check). */
const KUBELET_LABELS = new Set([
  'kubernetes.io/hostname', 'kubernetes.io/arch', 'kubernetes.io/os', 'beta.kubernetes.io/arch', 'beta.kubernetes.io/os',
  'beta.kubernetes.io/instance-type', 'node.kubernetes.io/instance-type', 'failure-domain.beta.kubernetes.io/region',
  'failure-domain.beta.kubernetes.io/zone', 'topology.kubernetes.io/region', 'topology.kubernetes.io/zone',
]);
/** The effects of a Kubernetes taint. */
export const TAINT_EFFECTS: readonly string[] = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/**
 * Why `key` is not a valid label (or taint) key, or undefined when it is one. A node label is set by
 * the kubelet (k3s passes `node-label` as `--node-labels`), which refuses restricted namespaces.
 */
export function labelKeyProblem(key: string, kubeletLabel: boolean): string | undefined {
  const slash = key.indexOf('/');
  const prefix = slash < 0 ? undefined : key.slice(0, slash);
  const name = slash < 0 ? key : key.slice(slash + 1);
  if (!LABEL_NAME.test(name)) return 'its name (after any prefix/) must be 1 to 63 letters, digits, -, _ or ., starting and ending with a letter or digit';
  if (prefix !== undefined && (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix))) return 'its prefix must be a lowercase DNS subdomain, such as example.com';
  if (kubeletLabel && prefix !== undefined && !KUBELET_LABELS.has(key)) {
    const restricted = ['kubernetes.io', 'k8s.io'].some((ns) => prefix === ns || prefix.endsWith(`.${ns}`));
    const allowed = ['kubelet.kubernetes.io', 'node.kubernetes.io'].some((ns) => prefix === ns || prefix.endsWith(`.${ns}`));
    if (restricted && !allowed) return 'the kubelet refuses to start with labels in the kubernetes.io and k8s.io namespaces (except node.kubernetes.io/, kubelet.kubernetes.io/ and a few well-known ones)';
  }
  return undefined;
}

/**
 * The labels (`key=value`) and taints (`key=value:Effect`, `key:Effect`) of the nodes of one role;
 * `prop` names the role's options in the messages (`serverOptions`, `agentOptions`).
 */
export function checkLabelsAndTaints(scope: IConstruct, prop: string, labels: string[] | undefined, taints: string[] | undefined): void {
  checkLabels(scope, prop, labels ?? []);
  checkTaints(scope, prop, taints ?? []);
}

function checkLabels(scope: IConstruct, prop: string, labels: string[]): void {
  const keys = new Set<string>();
  for (const [i, label] of labels.entries()) {
    if (isToken(label)) {
      fail(scope, `${prop}.labels[${i}] must be known at synth`, label, "give the label as a literal 'key=value'");
    }
    const eq = typeof label === 'string' ? label.indexOf('=') : -1;
    if (eq < 0) fail(scope, `${prop}.labels[${i}] is not a label of the form key=value`, label, "write it as 'key=value', such as 'tier=edge'");
    const key = label.slice(0, eq);
    const value = label.slice(eq + 1);
    const problem = labelKeyProblem(key, true);
    if (problem !== undefined) {
      fail(scope, `${prop}.labels[${i}] has a key the kubelet does not accept: ${problem}`, label,
        key.includes('node-role.kubernetes.io') ? "use your own key, such as 'role=worker', or label the node with kubectl after it has joined"
          : "use a key such as 'tier' or 'example.com/tier'");
    }
    if (value !== '' && !LABEL_NAME.test(value)) {
      fail(scope, `${prop}.labels[${i}] has a value Kubernetes does not accept`, label,
        'give a value of up to 63 letters, digits, -, _ or ., starting and ending with a letter or digit (or an empty value)');
    }
    if (keys.has(key)) fail(scope, `${prop}.labels gives the key ${key} twice`, labels, 'give each label key once');
    keys.add(key);
  }
}

function checkTaints(scope: IConstruct, prop: string, taints: string[]): void {
  for (const [i, taint] of taints.entries()) {
    if (isToken(taint)) {
      fail(scope, `${prop}.taints[${i}] must be known at synth`, taint, "give the taint as a literal 'key=value:Effect'");
    }
    const m = typeof taint === 'string' ? /^([^=:]+)(?:=([^:]*))?:([^:]*)$/.exec(taint) : null;
    if (!m) {
      fail(scope, `${prop}.taints[${i}] is not a taint of the form key=value:Effect`, taint,
        "write it as 'key=value:Effect' or 'key:Effect', such as 'dedicated=gpu:NoSchedule'");
    }
    const [, key, value, effect] = m;
    if (!TAINT_EFFECTS.includes(effect)) {
      fail(scope, `${prop}.taints[${i}] has an effect Kubernetes does not know`, taint, `end it with one of :${TAINT_EFFECTS.join(', :')}`);
    }
    const problem = labelKeyProblem(key, false);
    if (problem !== undefined) {
      fail(scope, `${prop}.taints[${i}] has an invalid key: ${problem}`, taint, "use a key such as 'dedicated' or 'example.com/dedicated'");
    }
    if (value !== undefined && value !== '' && !LABEL_NAME.test(value)) {
      fail(scope, `${prop}.taints[${i}] has a value Kubernetes does not accept`, taint,
        'give a value of up to 63 letters, digits, -, _ or ., starting and ending with a letter or digit');
    }
  }
}
