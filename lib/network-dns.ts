import { Lazy } from 'cdktf';
import { IConstruct } from 'constructs';
import { IHost } from './host';
import { attach, attached } from './private/marks';
import { planOf } from './private/plan';
import { scriptAsset, virshConnection, virshEnvironment } from './private/scripts';
import { TerraformData } from './terraform-data';

/**
 * The names of a network's machines in its DNS: one `terraform_data` per libvirt-managed network
 * holds every entry (address and names) that the machines on it registered in the stack's plan,
 * and registers them with `virsh net-update` beside the network, which stays untouched (provider
 * 0.9 cannot update a network). When the set changes (a machine added, removed or renamed), the
 * resource is replaced: its destroy-time provisioner removes the old entries and its create-time
 * provisioner adds the new ones. One resource per network, not per machine, because Terraform runs
 * no destroy-time provisioner of a resource that was removed from the configuration: a machine
 * taken out of a lab would leave its names behind.
 *
 * The script (lib/scripts/dns-host.sh) ships once per stack, as an asset beside `cdk.tf.json`,
 * which the provisioners run through `${path.module}`.
 */

/** What the registration needs of a network (an `INetwork` is one). */
export interface DnsNetwork extends IConstruct {
  readonly host: IHost;
  /** libvirt name (a token when the stack creates the network). */
  readonly networkName: string;
  readonly mode: { readonly managed: boolean };
}

/** The key of a network's DNS registration, on the network: found by every copy of this library. */
const REGISTRATION = 'Network.dnsRegistration';

/**
 * Creates the DNS registration of `network` when libvirt manages its DNS. `networkId` is the id of
 * the network resource when the stack creates it: a replaced network starts without the entries,
 * so they are registered again.
 */
export function registerNetworkDns(network: DnsNetwork, networkId?: string): void {
  if (!network.mode.managed) return;
  const key = network.node.path;
  const connection = virshConnection(network.host.connection.uri);
  const input = {
    ...connection,
    network: network.networkName,
    // `ip name name;ip name ...`, by address: what dns-host.sh takes as ENTRIES
    entries: Lazy.stringValue({ produce: () => planOf(network).dnsEntriesOf(key).map((e) => [e.address, ...e.names].join(' ')).join(';') }),
  };
  const env = (action: string) => ({
    ACTION: action,
    ...virshEnvironment(connection),
    NETWORK: '${self.input.network}',
    ENTRIES: '${self.input.entries}',
  });
  const command = `/bin/sh "\${path.module}/${scriptAsset(network, 'dns-host.sh').path}"`;
  attach(network, REGISTRATION, new TerraformData(network, 'Dns', {
    input,
    triggersReplace: { ...input, ...(networkId !== undefined ? { network_id: networkId } : {}) },
    provisioners: [
      { type: 'local-exec', interpreter: ['/bin/sh', '-c'], command, environment: env('add') },
      { type: 'local-exec', when: 'destroy', interpreter: ['/bin/sh', '-c'], command, environment: env('remove') },
    ],
  }));
}

/** The DNS registration of `network`, when it has one. */
export function dnsRegistrationOf(network: IConstruct): TerraformData | undefined {
  return attached<TerraformData>(network, REGISTRATION);
}
