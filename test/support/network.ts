/** Fixtures of the network tests: a stack with one host, the synthesized networks, a network made from props. */
import { TerraformStack, Testing } from 'cdktf';
import { Host } from '../../lib/host';
import { Network, NetworkProps } from '../../lib/network';
import { newStack } from './lab';

/** A stack with one local host `kvm1`, the usual parent of the networks (paths test/kvm1/...). */
export function withHost(): { stack: TerraformStack; host: Host } {
  const stack = newStack();
  return { stack, host: new Host(stack, 'kvm1') };
}

/** The synthesized libvirt_network resources, by libvirt name. */
export function networks(stack: TerraformStack): Record<string, Record<string, any>> {
  const all = Object.values(JSON.parse(Testing.synth(stack)).resource?.libvirt_network ?? {}) as Array<Record<string, any>>;
  return Object.fromEntries(all.map((n) => [n.name, n]));
}

/** Creates network `net` on a fresh host with the given props. */
export function createNetwork(props: NetworkProps): Network {
  const { host } = withHost();
  return new Network(host, 'net', props);
}
