import { Lazy } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { DomainDevicesInterfacesSource } from './generated/providers/libvirt/domain';
import { IHost } from './host';
import { INetwork } from './network';
import { NetworkMode } from './network-mode';
import { addressLockOf } from './private/address-lock';
import { AddressPool, hashIndex, inPool, probe } from './private/allocator';
import { formatIpv4, parseIpv4 } from './private/ipv4';
import { labContextOf } from './private/lab-context';
import { hasMark, markAs } from './private/marks';
import { modelOf } from './private/model';
import { registryOf } from './private/registry';
import { checkHostname, checkProps, checkString, checkUniqueId, fail, isToken } from './private/validate';

/** Props of a {@link Wire}. */
export interface WireProps {
  /**
   * The IPv4 subnet of the link: a /31 (both addresses are the ends', RFC 3021) or a /30 (the two
   * addresses between the network and broadcast addresses). The first machine that attaches a NIC
   * gets the first address, the second the other, unless a NIC gives its `address`.
   */
  readonly cidr: string;
  /**
   * The wire's name in the topology, the diagram and the inventory (group `net_<name>`).
   * @default - the construct id, lowercased
   */
  readonly name?: string;
}

/** One end of a wire: the machine, its NIC, its host and the UDP port it listens on there. */
export interface WireEnd {
  /** The machine the end is plugged into. */
  readonly machine: IConstruct;
  /** The host that machine runs on. */
  readonly host: IHost;
  /** The planned address of the end. */
  readonly address: string;
  /** The UDP port its QEMU listens on, on its host. */
  readonly port: number;
}

/** The UDP ports wires listen on, on every host: allocated per host, clash-free and kept by the address lock. */
export const WIRE_PORTS: {
  /** The lowest port. */
  readonly first: number;
  /** The highest port. */
  readonly last: number;
} = { first: 47000, last: 47999 };

/**
 * A point-to-point link between two machines' NICs, with no libvirt network behind it: each NIC is
 * a QEMU UDP tunnel (`<interface type='udp'>`) whose frames go straight to the other end's QEMU.
 * The two machines may run on one host (the tunnel stays on 127.0.0.1) or on two (it goes between
 * the hosts' `tunnelAddress`es, so each host must declare one). A machine attaches with
 * `nics: [{ network: lan }, { wire }]`; a router takes a wire among its `networks`. Routers route
 * over wires as over any network.
 *
 * Each end listens on a UDP port of its host from {@link WIRE_PORTS}, allocated from the wire's
 * path and the machine's (so the same code gives the same ports), checked for clashes per host and
 * kept in the address lock (so a wire added later moves no other wire's ports). A wire has no DHCP
 * and no DNS; its ends get the planned addresses of its subnet, configured by cloud-init.
 */
export class Wire extends Construct {
  /** Whether `x` is a Wire. */
  public static isWire(x: unknown): x is Wire {
    return hasMark(x, 'Wire');
  }

  /** The name in the topology and the artifacts. */
  public readonly wireName: string;
  /** The subnet of the link. */
  public readonly cidr: string;
  /** The prefix length of the subnet (30 or 31). */
  public readonly prefixLength: number;
  private readonly addresses: readonly [string, string];
  private readonly attached: WireEnd[] = [];

  constructor(scope: Construct, id: string, props: WireProps) {
    checkUniqueId(scope, id, 'Wire');
    super(scope, id);
    markAs(this, 'Wire');
    checkProps<WireProps>(this, 'Wire', props, WIRE_PROPS, true);
    checkString(this, 'name', props.name, "give a short name, such as 'r1-r2'");
    this.wireName = props.name ?? id.toLowerCase();
    checkHostname(this, 'name', this.wireName);
    if (props.cidr === undefined || isToken(props.cidr)) {
      fail(this, 'a wire needs its subnet, known at synth', props.cidr, "set cidr to a /31 or a /30, such as '10.255.0.0/31'");
    }
    checkString(this, 'cidr', props.cidr, "give the link's subnet, such as '10.255.0.0/31'");
    const subnet = parseLinkSubnet(props.cidr);
    if (typeof subnet === 'string') fail(this, `cidr ${subnet}`, props.cidr, "give a /31 or a /30 with no host bits set, such as '10.255.0.0/31'");
    [this.cidr, this.prefixLength, this.addresses] = [props.cidr, subnet.prefix, subnet.addresses];
    // a wire left with fewer than two ends is refused at synth, by our error, before anything renders
    this.node.addValidation({
      validate: () => {
        this.bothEnds();
        return [];
      },
    });
    const lab = labContextOf(this);
    modelOf(this).networks.push(() => ({
      path: this.node.path,
      name: this.wireName,
      // a wire is on no single host: the topology files it under its first end's
      host: this.bothEnds()[0].host.hostName,
      mode: 'wire',
      cidr: this.cidr,
      managedByStack: true,
      ...(lab ? { lab: lab.path } : {}),
      wire: this.ends.map((e) => ({ machine: e.machine.node.path, host: e.host.hostName, address: e.address, port: e.port })),
    }));
  }

  /** The ends attached so far, in the order their machines were created. */
  public get ends(): readonly WireEnd[] {
    return [...this.attached];
  }

  /**
   * Plugs NIC `nicIndex` of `machine` on `host` into the wire: checks and reserves its address
   * (`given`, else the next free one) and a UDP port on the host. Returns the network the NIC is
   * on, as the machine's NIC plan sees it. @internal
   */
  public attach(machine: IConstruct, host: IHost, nicIndex: number, given: string | undefined): { network: INetwork; address: string } {
    const prop = `nics[${nicIndex}]`;
    if (this.attached.length === 2) {
      fail(machine, `${prop} plugs into wire ${this.wireName}, whose two ends are taken by ${this.attached.map((e) => e.machine.node.path).join(' and ')}`,
        this.node.path, 'a wire joins exactly two NICs: make another Wire for this machine');
    }
    if (this.attached.some((e) => e.machine === machine)) {
      fail(machine, `${prop} plugs into wire ${this.wireName} a second time`, this.node.path, 'plug each end into another machine');
    }
    const taken = this.attached[0]?.address;
    if (given !== undefined && !isToken(given)) {
      if (!this.addresses.includes(given)) {
        fail(machine, `${prop}.address is not an address of wire ${this.wireName} (${this.cidr})`, given, `use ${this.addresses.join(' or ')}`);
      }
      if (given === taken) fail(machine, `${prop}.address is the address of the wire's other end, ${this.attached[0].machine.node.path}`, given, `use ${this.addresses.find((a) => a !== given)}`);
    }
    const address = given ?? this.addresses.find((a) => a !== taken)!;
    const other = this.attached[0];
    if (other !== undefined && other.host !== host) {
      for (const h of [other.host, host]) {
        if (h.tunnelAddress === undefined) {
          fail(machine, `wire ${this.wireName} joins machines on hosts ${other.host.hostName} and ${host.hostName}, and host ${h.hostName} has no tunnelAddress`,
            h.node.path, `set tunnelAddress on host ${h.hostName}: an address of it the other host reaches (UDP ports ${WIRE_PORTS.first}-${WIRE_PORTS.last})`);
        }
      }
    }
    const end: WireEnd = { machine, host, address, port: allocatePort(machine, host, `${this.node.path}@${machine.node.path}`) };
    this.attached.push(end);
    return { network: new WireNetwork(this, `End${this.attached.length - 1}`, end), address };
  }

  /** Both ends, once both are attached (at synth); a wire with fewer than two ends is refused. */
  private bothEnds(): readonly [WireEnd, WireEnd] {
    if (this.attached.length < 2) {
      fail(this, `wire ${this.wireName} has ${this.attached.length === 0 ? 'no end' : `only one end, ${this.attached[0].machine.node.path}`}`, this.node.path,
        'plug a NIC of two machines into it: nics: [{ network }, { wire }], or list it in a router\'s networks');
    }
    return [this.attached[0], this.attached[1]];
  }

  /** The other end of `end`, at synth. */
  private peerOf(end: WireEnd): WireEnd {
    const [a, b] = this.bothEnds();
    return a === end ? b : a;
  }

  /** The UDP source of `end`'s interface: its own port, and where the other end listens. @internal */
  public sourceOf(end: WireEnd): DomainDevicesInterfacesSource {
    const sameHost = () => this.peerOf(end).host === end.host;
    const addressOf = (h: IHost) => (sameHost() ? '127.0.0.1' : h.tunnelAddress!);
    return {
      udp: {
        address: Lazy.stringValue({ produce: () => addressOf(this.peerOf(end).host) }),
        port: Lazy.numberValue({ produce: () => this.peerOf(end).port }),
        local: { address: Lazy.stringValue({ produce: () => addressOf(end.host) }), port: end.port },
      },
    };
  }
}

/**
 * A wire's end as the network its NIC is on: what the machine's addressing, seed and domain read.
 * A child of the wire; the plan and the topology key both ends by the wire's path (`networkKeyOf`).
 */
class WireNetwork extends Construct implements INetwork {
  public readonly host: IHost;
  public readonly networkName: string;
  public readonly literalName: string;
  public readonly mode = NetworkMode.unmanaged();
  public readonly cidr: string;
  public readonly prefixLength: number;
  public readonly allocatesAddresses = true;
  public readonly nameservers: string[] = [];

  constructor(private readonly wire: Wire, id: string, private readonly end: WireEnd) {
    super(wire, id);
    this.host = end.host;
    this.networkName = this.literalName = wire.wireName;
    this.cidr = wire.cidr;
    this.prefixLength = wire.prefixLength;
  }

  public interfaceSource(): DomainDevicesInterfacesSource {
    return this.wire.sourceOf(this.end);
  }

  public reserveAddress(): void {
    // Wire.attach reserved it
  }

  public allocateAddress(): string {
    return this.end.address;
  }
}

/** A /31 or /30: its prefix and the two addresses of its ends; a reason string when it is neither. */
function parseLinkSubnet(cidr: string): { prefix: number; addresses: [string, string] } | string {
  const m = /^(\d+\.\d+\.\d+\.\d+)\/(\d+)$/.exec(cidr);
  const base = m ? parseIpv4(m[1]) : undefined;
  if (!m || base === undefined) return 'is not an IPv4 subnet in CIDR form';
  const prefix = Number(m[2]);
  if (prefix !== 30 && prefix !== 31) return `is a /${prefix}: a wire joins two ends, on a /31 or a /30`;
  if (base % (prefix === 31 ? 2 : 4) !== 0) return 'has host bits set';
  const first = prefix === 31 ? base : base + 1;
  return { prefix, addresses: [formatIpv4(first), formatIpv4(first + 1)] };
}

/**
 * A UDP port of `host` for the wire end `identity`: the one the address lock records for it, else
 * the one its identity hashes to, or the next free one; claimed per host, so two ends never share one.
 */
function allocatePort(owner: IConstruct, host: IHost, identity: string): number {
  const key = `udp:${host.hostName}`;
  const registry = registryOf(owner);
  const lock = addressLockOf(owner);
  const free = (p: number) => !registry.isTaken(`${key}:${p}`);
  const recorded = Number(lock.recorded(key, identity));
  let port = Number.isInteger(recorded) && inPool(PORT_POOL, recorded) && free(recorded) ? recorded : undefined;
  if (port === undefined) {
    const start = hashIndex(identity, PORT_POOL.size);
    port = probe(PORT_POOL, start, (p) => free(p) && !lock.keptForOther(key, String(p), identity)) ?? probe(PORT_POOL, start, free);
  }
  if (port === undefined) {
    fail(owner, `host ${host.hostName} has no free UDP port for wires (${PORT_POOL.size} ends on it)`, identity, 'put some of the wired machines on another host');
  }
  registry.claim(owner, `${key}:${port}`, `UDP port ${port} of host ${host.hostName}`, port, 'give the wire another path');
  lock.record(key, identity, String(port));
  return port;
}

/** {@link WIRE_PORTS} as a pool the allocator probes. */
const PORT_POOL: AddressPool = { intervals: [[WIRE_PORTS.first, WIRE_PORTS.last]], size: WIRE_PORTS.last - WIRE_PORTS.first + 1 };

const WIRE_PROPS: Record<keyof WireProps, true> = { cidr: true, name: true };
