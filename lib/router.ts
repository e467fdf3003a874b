import { Construct } from 'constructs';
import { checkCloudConfig, CloudConfig } from './cloud-init';
import { INetwork } from './network';
import { checkConstructList } from './private/machine-checks';
import { hasMark, markAs } from './private/marks';
import { planOf } from './private/plan';
import { checkConstructRef, checkLiteralBoolean, checkProps, checkUniqueId, fail, NETWORK, pendingScope, WIRE } from './private/validate';
import { networkKeyOf, NicOptions } from './machine-nics';
import { VirtualMachine, VirtualMachineProps } from './virtual-machine';
import { Wire } from './wire';

/** Props of a {@link Router}. */
export interface RouterProps extends Omit<VirtualMachineProps, 'nics'> {
  /**
   * The networks the router joins and forwards between (at least two, counting the uplink); a
   * {@link Wire} among them plugs a NIC into it, so the router forwards over the wire too.
   */
  readonly networks: Array<INetwork | Wire>;
  /**
   * A network the router reaches the outside world through (its first NIC, nic0). Machines on the
   * joined networks that have no default route of their own get one through the router.
   * @default - none: the router only forwards between its networks
   */
  readonly uplink?: INetwork;
  /**
   * Masquerade (source-NAT) traffic that leaves through the uplink, so the outside needs no
   * routes back to the joined networks.
   * @default true when there is an uplink
   */
  readonly masquerade?: boolean;
}

/**
 * A machine that joins networks and forwards IPv4 between them (a Linux guest with
 * `net.ipv4.ip_forward=1`), optionally masquerading to an uplink. Every other machine of the
 * stack gets routes to the networks behind it, through the router's address on a network they
 * share, and machines with no way out get their default route through a router with an uplink.
 *
 * The router needs a planned address on every network it joins (networks that allocate give it
 * one), because that address is the next hop other machines route through. Its masquerade uses
 * `nft`, so the image needs nftables (Debian's cloud images have it).
 *
 * On KVM hosts with `br_netfilter` loaded (Docker or Kubernetes hosts), frames bridged between
 * guests pass the host's iptables, and libvirt's NAT rules then masquerade a machine's packets to
 * a router on the same NAT network, so routed traffic gets no replies. Turn
 * `net.bridge.bridge-nf-call-iptables` (and `-ip6tables`, `-arptables`) off on such hosts, as
 * libvirt recommends; the project's real-libvirt tier does so inside its namespace.
 */
export class Router extends VirtualMachine {
  /** Whether `x` is a Router. */
  public static isRouter(x: unknown): x is Router {
    return hasMark(x, 'Router');
  }

  /** The networks and wires it forwards between, uplink first when there is one. */
  public readonly networks: Array<INetwork | Wire>;
  /** The uplink, if any. */
  public readonly uplink?: INetwork;

  constructor(scope: Construct, id: string, props: RouterProps) {
    // checked before super(), which is given machine props made from these: failures name the router's path
    checkUniqueId(scope, id, 'Router');
    const router = pendingScope(scope, id);
    if (props !== null && typeof props === 'object' && 'nics' in props) {
      fail(router, 'a router takes no nics: it gets one NIC on each of its networks', 'nics', 'give networks: [a, b] (and uplink) instead of nics');
    }
    checkProps<RouterProps>(router, 'Router', props, ROUTER_PROPS, true);
    checkConstructList(router, 'networks', props.networks, (x) => (Wire.isWire(x) ? WIRE : NETWORK), 'network');
    checkConstructRef(router, 'uplink', props.uplink, NETWORK);
    checkLiteralBoolean(router, 'masquerade', props.masquerade);
    checkCloudConfig(router, props.cloudConfig);
    const networks = [...(props.uplink ? [props.uplink] : []), ...(props.networks ?? [])];
    // a copy: the router's own files and commands must not reach another machine given the same config
    const cloudConfig = props.cloudConfig?.copy() ?? new CloudConfig();
    const masquerade = props.masquerade ?? props.uplink !== undefined;
    cloudConfig.addFile({
      path: '/etc/sysctl.d/90-cdktf-libvirt-router.conf',
      content: 'net.ipv4.ip_forward = 1\n',
    });
    cloudConfig.addCommand('sysctl -p /etc/sysctl.d/90-cdktf-libvirt-router.conf');
    if (masquerade && props.uplink) {
      cloudConfig.addFile({
        path: '/etc/nftables.conf',
        permissions: '0755',
        content: [
          '#!/usr/sbin/nft -f',
          '# written by cdktf-libvirt: masquerade what leaves through the uplink (nic0)',
          'flush ruleset',
          'table ip cdktf_libvirt_nat {',
          '  chain postrouting {',
          '    type nat hook postrouting priority srcnat; policy accept;',
          // machines on the uplink's own subnet see the real source; only what goes beyond is hidden
          `    oifname "nic0"${props.uplink.cidr ? ` ip daddr != ${props.uplink.cidr}` : ''} masquerade`,
          '  }',
          '}',
          '',
        ].join('\n'),
      });
      cloudConfig.addCommand('nft -f /etc/nftables.conf && (systemctl enable nftables 2>/dev/null || true)');
    }
    if (networks.length === 0) {
      // checked before super(), whose own error ("give nics") names a prop routers do not have
      fail(router, 'a router joins at least two networks', [], 'give networks (and uplink) with two or more networks');
    }
    if (Wire.isWire(networks[0])) {
      fail(router, `the router's first NIC would be on wire ${networks[0].wireName}`, networks[0].node.path,
        'list a network before the wire (or give an uplink): SSH, DNS names and the default route use the first NIC');
    }
    const nics: NicOptions[] = networks.map((n) => (Wire.isWire(n) ? { wire: n } : { network: n }));
    // the machine is given its own props only: those of the router are not the machine's
    const { networks: _networks, uplink: _uplink, masquerade: _masquerade, ...machine } = props;
    super(scope, id, { ...machine, nics, cloudConfig });
    markAs(this, 'Router');
    if (masquerade && !props.uplink) fail(this, 'masquerade needs an uplink', props.masquerade, 'set uplink, or remove masquerade');
    if (networks.length < 2) fail(this, 'a router joins at least two networks', networks.map((n) => n.node.path), 'give networks (and uplink) with two or more networks');
    if (new Set(networks).size !== networks.length) fail(this, 'a network is joined twice', networks.map((n) => n.node.path), 'list each network once');
    for (const nic of this.nics) {
      if (nic.address === undefined) {
        fail(this, `the router has no planned address on network ${nic.network.literalName}`, nic.network.node.path,
          'give the network a cidr and allocateAddresses (the default on libvirt-managed networks); other machines route through that address');
      }
    }
    this.networks = networks;
    this.uplink = props.uplink;
    // every machine of the stack is routed through it, by the planning pass
    planOf(this).addRouter({
      key: this.node.path,
      nics: this.nics.map((n) => ({ network: networkKeyOf(n), cidr: n.network.cidr, address: n.address })),
      uplink: props.uplink?.node.path,
    });
  }

  protected get isRouter(): boolean {
    return true;
  }

  /** The router's address on `network` (a network or a wire). */
  public addressOn(network: INetwork | Wire): string | undefined {
    return this.nics.find((n) => n.network === network || n.wire === network)?.address;
  }
}


/** Every prop of a router (the compiler keeps the list complete). */
const ROUTER_PROPS: Record<keyof RouterProps, true> = {
  image: true, networks: true, uplink: true, masquerade: true, host: true, name: true, hostname: true, pool: true, hostNumber: true,
  vcpus: true, memoryMiB: true, rootDiskGiB: true, dataDisks: true, firmware: true, graphics: true, guestAgent: true, autostart: true,
  loginUser: true, sshAuthorizedKeys: true, cloudConfig: true, serialLogFile: true, waitForLeaseSeconds: true,
};
