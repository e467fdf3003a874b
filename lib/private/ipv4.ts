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

/** Whether `inner` lies wholly inside `outer`. */
export function inside(inner: Ipv4Subnet, outer: Ipv4Subnet): boolean {
  return inner.first >= outer.first && inner.last <= outer.last;
}

/**
 * The ranges that no host of the internet uses: private (RFC 1918), shared address space
 * (RFC 6598), benchmarking (RFC 2544) and documentation (RFC 5737).
 */
export const NON_PUBLIC_RANGES: readonly string[] = [
  '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '198.18.0.0/15', '192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24',
];

const NON_PUBLIC = NON_PUBLIC_RANGES.map((cidr) => parseSubnet(cidr) as Ipv4Subnet);

/** Whether `subnet` lies wholly inside one of the {@link NON_PUBLIC_RANGES}, so that it hides no host of the internet. */
export function isNonPublic(subnet: Ipv4Subnet): boolean {
  return NON_PUBLIC.some((range) => inside(subnet, range));
}
