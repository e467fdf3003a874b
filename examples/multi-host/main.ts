import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { Host, HostConnection, LabArtifacts, Network, Placement, Router, StampedLabs, StoragePool, VirtualMachine, Wire } from '../../lib';
import { ExampleProps, exampleImage } from '../shared/props';
import { runExample } from '../shared/run';
import { sshPrivateKeyFileFromEnvironment, sshPublicKeyFromEnvironment } from '../shared/ssh-key';

/** Props of the multi-host lab. */
export interface MultiHostProps extends ExampleProps {
  /**
   * The KVM hosts, by name, and how terraform reaches each one: over SSH for remote hosts.
   * @default - kvm1.example.net and kvm2.example.net as root over SSH, with ~/.ssh/id_ed25519
   */
  readonly hosts?: Record<string, HostConnection>;
  /**
   * The address each host reaches the others on (`HostProps.tunnelAddress`), by host name: the
   * wire between the edge routers goes between the first two hosts' addresses.
   * @default - 192.0.2.11, 192.0.2.12, ... in the order of `hosts`
   */
  readonly tunnelAddresses?: Record<string, string>;
  /**
   * How many copies of the team lab.
   * @default 2
   */
  readonly teams?: number;
}

/** What each host can hold: 4 vCPUs, 8 GiB and 100 GiB here, with the usual 4:1 vCPU overcommit. */
const CAPACITY = { vcpus: 4, memoryMiB: 8192, diskGiB: 100, cpuOvercommit: 4 };

/**
 * One lab over several KVM hosts: a team lab (a NAT network and a workstation) stamped once per
 * team, the copies spread round-robin over the hosts (`Placement.spread`). Every host declares its
 * capacity, and the plan is refused if a host would hold more. Adding a team puts it on the next
 * host and moves no other team. The SSH config reaches every machine by jumping through its KVM host
 * with the key and known_hosts of the host's connection; the inventory groups machines by host
 * (`host_kvm1`, ...).
 *
 * With two hosts or more, the first two also get an edge router each. The routers share `mgmt`, a
 * network that spans both hosts (its gateway, DHCP and DNS on the first, VXLAN between the hosts'
 * tunnel addresses to the second), and a wire (a /31, as a UDP tunnel between the same addresses).
 */
export class MultiHostLab extends TerraformStack {
  /** The KVM hosts, in the order the copies are spread over them. */
  public readonly hosts: Host[];

  constructor(scope: Construct, id: string, props: MultiHostProps) {
    super(scope, id);
    const connections = props.hosts ?? {
      kvm1: HostConnection.ssh({ host: 'kvm1.example.net', user: 'root', keyFile: '~/.ssh/id_ed25519' }),
      kvm2: HostConnection.ssh({ host: 'kvm2.example.net', user: 'root', keyFile: '~/.ssh/id_ed25519' }),
    };
    this.hosts = Object.entries(connections).map(([name, connection], i) => {
      const tunnelAddress = props.tunnelAddresses?.[name] ?? `192.0.2.${11 + i}`;
      const host = new Host(this, name, { connection, domainType: props.domainType, defaultPoolName: 'multihost', capacity: CAPACITY, tunnelAddress });
      // each host's default pool: where its copies' disks and its copy of the base image go
      new StoragePool(host, 'pool', { name: 'multihost', path: '/var/lib/libvirt/pools/multihost', deleteOnDestroy: true });
      return host;
    });
    const image = exampleImage(this, props);
    new StampedLabs(this, 'team', {
      copies: props.teams ?? 2,
      maxCopies: 16,
      addressSpace: '10.110.0.0/16',
      placement: Placement.spread(this.hosts),
      image,
      sshAuthorizedKeys: [props.sshPublicKey],
      template: {
        define: (lab) => {
          const net = new Network(lab, 'net', { cidr: lab.subnet(0) });
          new VirtualMachine(lab, 'workstation', { nics: [{ network: net }], memoryMiB: 1024 });
        },
      },
    });
    // the edge routers, one on each of the first two hosts, and the wire between them
    if (this.hosts.length >= 2) {
      const [first, second] = this.hosts;
      // one L2 segment over both hosts: gateway, DHCP and DNS on the first, VXLAN to the second
      const mgmt = new Network(first, 'mgmt', { cidr: '10.111.0.0/24', spansHosts: [second] });
      const backbone = new Wire(this, 'backbone', { cidr: '10.111.255.0/31' });
      for (const host of [first, second]) {
        new Router(host, 'edge', { name: `edge-${host.hostName}`, image, networks: [mgmt, backbone], memoryMiB: 1024, sshAuthorizedKeys: [props.sshPublicKey] });
      }
    }
    LabArtifacts.of(this).configure({ sshPrivateKeyFile: props.sshPrivateKeyFile });
  }
}

if (require.main === module) {
  runExample(() => {
    const app = new App();
    new MultiHostLab(app, 'multi-host', { sshPublicKey: sshPublicKeyFromEnvironment(), sshPrivateKeyFile: sshPrivateKeyFileFromEnvironment() });
    app.synth();
    return app.outdir;
  });
}
