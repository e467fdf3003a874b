/**
 * The planned topology of a stack, as plain data: hosts, networks, machines with their NICs,
 * MACs and addresses, labs and clusters. It is the model that every artifact (Ansible inventory,
 * SSH config, hosts file, diagrams, topology.json) is rendered from, kept apart from the L1
 * resources that express the same plan to Terraform.
 *
 * Everything here is known at synth time; nothing is read back from libvirt.
 */

/** Version of the topology.json format. */
export const TOPOLOGY_FORMAT_VERSION = 1;

/** A KVM host, as planned. */
export interface TopologyHost {
  /** The Host construct's name (its construct id). */
  readonly name: string;
  /** The libvirt connection URI the provider uses. */
  readonly uri: string;
  /**
   * For a host reached over SSH: the SSH destination (`[user@]host`) and port, used as the
   * ProxyJump of its machines.
   */
  readonly ssh?: {
    /** `[user@]host`. */
    readonly destination: string;
    /** The SSH port, when given. */
    readonly port?: number;
    /** The private key of the connection (qemu+ssh), when given: the jump's key too. */
    readonly keyFile?: string;
    /** The known_hosts file of the connection (qemu+ssh), when given: the jump verifies the host's key there too. */
    readonly knownHostsFile?: string;
  };
  /** Its declared capacity and what is placed on it, when it declares one. */
  readonly capacity?: TopologyHostCapacity;
}

/**
 * What a KVM host declared it holds (`HostProps.capacity`), and what the plan places on it, as the
 * capacity check counts it: each machine's vCPUs, memory, and disks at their full size.
 */
export interface TopologyHostCapacity {
  /** What the machines may take together: the declared capacity times its overcommit; a resource left out is not checked. */
  readonly limit: TopologyCapacityFigures;
  /** What the machines placed on the host take together (every figure is present). */
  readonly used: Required<TopologyCapacityFigures>;
  /** How many machines are placed on it. */
  readonly machines: number;
}

/** vCPUs, memory and disk, as a host's capacity counts them. */
export interface TopologyCapacityFigures {
  /** Virtual CPUs. */
  readonly vcpus?: number;
  /** Memory in MiB. */
  readonly memoryMiB?: number;
  /** Disk in GiB (volumes at their full size). */
  readonly diskGiB?: number;
}

/** A libvirt network, as planned. */
export interface TopologyNetwork {
  /** Construct path, unique in the stack. */
  readonly path: string;
  /** libvirt name. */
  readonly name: string;
  /** Name of the host it is on. */
  readonly host: string;
  /** nat, isolated, route, open, bridge, macvtap, unmanaged, or wire. */
  readonly mode: string;
  /** IPv4 subnet, when known. */
  readonly cidr?: string;
  /** The gateway guests route through, when known. */
  readonly gateway?: string;
  /** The range its DHCP server leases from, when it has one. */
  readonly dhcpRange?: {
    /** First address of the range. */
    readonly start: string;
    /** Last address of the range. */
    readonly end: string;
  };
  /** The DNS domain of machines on it. */
  readonly domain?: string;
  /**
   * The further hosts it spans (`NetworkProps.spansHosts`): each has a bridge-only leg of it, joined
   * by VXLAN; `host` has its gateway, DHCP and DNS.
   */
  readonly spans?: string[];
  /** Whether this stack creates it (false: an existing network referred to by name). */
  readonly managedByStack: boolean;
  /** Path of the lab it belongs to, if any. */
  readonly lab?: string;
  /**
   * For a wire (`mode` 'wire', a point-to-point UDP tunnel with no libvirt network behind it): its
   * ends, in the order they were attached. `host` is then its first end's host.
   */
  readonly wire?: TopologyWireEnd[];
}

/** One end of a wire, as planned. */
export interface TopologyWireEnd {
  /** Path of the machine (a key into `machines`). */
  readonly machine: string;
  /** Name of the host that machine runs on. */
  readonly host: string;
  /** The end's planned address. */
  readonly address: string;
  /** The UDP port its QEMU listens on, on that host. */
  readonly port: number;
}

/** A NIC of a machine, as planned. */
export interface TopologyNic {
  /** The guest's interface name (nic0, nic1, ...). */
  readonly name: string;
  /** Path of the network (a key into `networks`). */
  readonly network: string;
  /** Lowercase MAC in 52:54:00:xx:xx:xx form. */
  readonly mac: string;
  /** IPv4 address, when planned (fixed or allocated); absent for DHCP NICs. */
  readonly address?: string;
  /** Prefix length of the network, when the address is known. */
  readonly prefixLength?: number;
  /** How the address came to be: given by the user, allocated by the library, or DHCP. */
  readonly addressing: 'fixed' | 'allocated' | 'dhcp';
}

/** A virtual machine, as planned. */
export interface TopologyMachine {
  /** Construct path, unique in the stack. */
  readonly path: string;
  /** libvirt domain name (with the lab prefix). */
  readonly name: string;
  /** The guest's hostname (short name other machines resolve). */
  readonly hostname: string;
  /** hostname.domain of the first NIC's network, when it has a domain. */
  readonly fqdn?: string;
  /** Name of the host it runs on. */
  readonly host: string;
  /** The login user (SSH user), when known. */
  readonly loginUser?: string;
  /** Virtual CPUs. */
  readonly vcpus: number;
  /** Memory in MiB. */
  readonly memoryMiB: number;
  /** Its NICs, in order. */
  readonly nics: TopologyNic[];
  /** Path of the lab it belongs to, if any. */
  readonly lab?: string;
  /** Path of the cluster it belongs to, if any. */
  readonly cluster?: string;
  /** Its role in the cluster, if any. */
  readonly role?: string;
  /** True for a machine that forwards between networks. */
  readonly router?: boolean;
}

/** A lab (a name prefix and defaults shared by its members). */
export interface TopologyLab {
  /** Construct path, unique in the stack. */
  readonly path: string;
  /** The prefix of every libvirt object of the lab. */
  readonly prefix: string;
  /** The address space its networks were carved from, if any. */
  readonly addressSpace?: string;
}

/** A cluster of machines in named roles. */
export interface TopologyCluster {
  /** Construct path, unique in the stack. */
  readonly path: string;
  /** The cluster's name. */
  readonly name: string;
  /** `generic` or `k3s`. */
  readonly kind: string;
  /** Its roles, in the order given. */
  readonly roles: {
    /** The role's name. */
    readonly name: string;
    /** Paths of its machines (keys into `machines`), in index order. */
    readonly machines: string[];
  }[];
  /** The API endpoint (address) for clusters that have one. */
  readonly endpoint?: string;
}

/** The planned topology of one stack. */
export interface Topology {
  /** The format version ({@link TOPOLOGY_FORMAT_VERSION}). */
  readonly version: number;
  /** The stack's id. */
  readonly stack: string;
  /** Its KVM hosts. */
  readonly hosts: TopologyHost[];
  /** Its labs. */
  readonly labs: TopologyLab[];
  /** Its networks. */
  readonly networks: TopologyNetwork[];
  /** Its machines. */
  readonly machines: TopologyMachine[];
  /** Its clusters. */
  readonly clusters: TopologyCluster[];
}
