import { Address4 } from 'ip-address';

/**
 * IPv4 subnet arithmetic on top of `ip-address`. Addresses are handled as numbers
 * (0 .. 2^32-1) so ranges and overlaps are plain comparisons.
 */
export interface Ipv4Subnet {
  /** The CIDR as given, normalised: `10.77.0.0/24`. */
  readonly cidr: string;
  readonly prefix: number;
  /** First address (the network address). */
  readonly first: number;
  /** Last address (the broadcast address). */
  readonly last: number;
}

/** Parses an IPv4 address; undefined when it is not one. */
export function parseIpv4(text: string): number | undefined {
  if (typeof text !== 'string' || !Address4.isValid(text) || text.includes('/')) return undefined;
  return Number(new Address4(text).bigInt());
}

export function formatIpv4(n: number): string {
  return Address4.fromBigInt(BigInt(n)).correctForm();
}

/**
 * Parses a subnet in CIDR form. Returns a reason string when it is not usable as a libvirt
 * network: not CIDR, host bits set, or too small to hold a gateway and a guest.
 */
export function parseSubnet(cidr: string): Ipv4Subnet | string {
  if (typeof cidr !== 'string' || !/^\d+\.\d+\.\d+\.\d+\/\d+$/.test(cidr) || !Address4.isValid(cidr)) {
    return 'is not an IPv4 subnet in CIDR form';
  }
  const a = new Address4(cidr);
  const prefix = a.subnetMask;
  if (prefix > 30) return 'leaves no room for a gateway and a guest (the prefix must be /30 or shorter)';
  const first = Number(a.startAddress().bigInt());
  const last = Number(a.endAddress().bigInt());
  if (Number(a.bigInt()) !== first) return `has host bits set (the network address is ${formatIpv4(first)}/${prefix})`;
  return { cidr: `${formatIpv4(first)}/${prefix}`, prefix, first, last };
}

export function contains(subnet: Ipv4Subnet, ip: number): boolean {
  return ip >= subnet.first && ip <= subnet.last;
}

export function overlaps(a: Ipv4Subnet, b: Ipv4Subnet): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/** Dotted netmask of a prefix length, e.g. 24 -> 255.255.255.0. */
export function netmask(prefix: number): string {
  return formatIpv4(prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0);
}
