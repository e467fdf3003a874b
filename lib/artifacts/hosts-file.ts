import { Topology } from '../topology';
import { hostname, indexWithAliases, isDnsName, nicAddress, reject } from './private/plan';

/**
 * Renders a block for /etc/hosts, between `# BEGIN cdktf-libvirt stack <stack>` and
 * `# END cdktf-libvirt stack <stack>` (markers that tools such as Ansible's blockinfile can replace
 * in place), with one line `address fqdn [hostname [alias]]` per planned address of every machine.
 *
 * The FQDN of a line is the hostname in the DNS domain of that NIC's network. The short hostname and
 * the machine's alias (its libvirt name, when that differs and is a valid host name) go on its first
 * planned address only, and the hostname only when no other machine has it: /etc/hosts answers with
 * the first line that has a name, so a name on two lines would silently reach one of two machines
 * (a hostname that is another machine's alias is left out too).
 * For the same reason each name appears once in the block. An address with no name left (a network
 * without a domain, past the first address) has no line; DHCP addresses are not known at synth.
 */
export function renderHostsBlock(topology: Topology): string {
  const index = indexWithAliases(topology);
  const stack = topology.stack;
  if (/[\x00-\x1f\x7f\u2028\u2029]/.test(stack)) {
    reject(stack, 'the stack id holds a line break or another control character, which cannot be part of a marker line', stack, 'use a stack id without control characters');
  }

  const hostnameCount = new Map<string, number>();
  for (const m of index.machines) hostnameCount.set(hostname(m), (hostnameCount.get(hostname(m)) ?? 0) + 1);
  const aliases = new Set(index.aliases.values());

  const used = new Set<string>();
  const lines = [`# BEGIN cdktf-libvirt stack ${stack}`];
  for (const machine of index.machines) {
    const alias = index.aliases.get(machine.path)!;
    const name = hostname(machine);
    let first = true;
    for (const nic of machine.nics) {
      const address = nicAddress(machine, nic);
      if (address === undefined) continue;
      const names: string[] = [];
      const domain = index.networks.get(nic.network)!.domain;
      if (domain !== undefined) {
        if (!isDnsName(domain)) reject(nic.network, 'the DNS domain of the network is not a DNS name', domain, 'use dot-separated DNS labels, such as lab.test');
        names.push(`${name}.${domain}`);
      }
      if (first) {
        if (hostnameCount.get(name) === 1 && (name === alias || !aliases.has(name))) names.push(name);
        if (alias !== name && isDnsName(alias)) names.push(alias);
      }
      first = false;
      const fresh = names.filter((n) => !used.has(n.toLowerCase()));
      for (const n of fresh) used.add(n.toLowerCase());
      if (fresh.length > 0) lines.push(`${address} ${fresh.join(' ')}`);
    }
  }
  lines.push(`# END cdktf-libvirt stack ${stack}`);
  return lines.join('\n') + '\n';
}
