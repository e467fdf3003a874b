import fc from 'fast-check';
import { contains, formatIpv4, inside, Ipv4Subnet, isNonPublic, netmask, NON_PUBLIC_RANGES, overlaps, parseIpv4, parseSubnet } from '../../lib/private/ipv4';

function subnet(cidr: string): Ipv4Subnet {
  const s = parseSubnet(cidr);
  if (typeof s === 'string') throw new Error(`${cidr} ${s}`);
  return s;
}

describe('parseIpv4 / formatIpv4', () => {
  test.each([
    ['0.0.0.0', 0],
    ['10.77.0.1', 0x0a4d0001],
    ['192.168.122.254', 0xc0a87afe],
    ['255.255.255.255', 0xffffffff],
  ])('%s is %d, and formats back', (text, n) => {
    // WHEN parsed / THEN it is the number, and formatting gives the text back
    expect(parseIpv4(text)).toBe(n);
    expect(formatIpv4(n)).toBe(text);
  });

  test('every address round-trips', () => {
    // GIVEN any 32-bit number / THEN format then parse gives it back
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffffffff }), (n) => parseIpv4(formatIpv4(n)) === n));
  });

  test.each(['', '1.2.3', '1.2.3.4.5', '256.1.1.1', '1.2.3.-1', ' 1.2.3.4', '1.2.3.4 ', '01.2.3.4', '10.0.0.1/24', 'fd00::1', 'banana'])(
    '%j is not an address',
    (text) => {
      // GIVEN text that is not a dotted-quad address / WHEN parsed / THEN it is undefined
      expect(parseIpv4(text)).toBeUndefined();
    },
  );

  test('a non-string is not an address', () => {
    // GIVEN a number where text is expected (untyped code) / THEN it is not an address
    expect(parseIpv4(167772161 as unknown as string)).toBeUndefined();
  });
});

describe('parseSubnet', () => {
  test('a /24 gives its network and broadcast address', () => {
    // GIVEN a /24 / WHEN parsed / THEN first and last are its network and broadcast address
    expect(parseSubnet('10.77.0.0/24')).toEqual({ cidr: '10.77.0.0/24', prefix: 24, first: 0x0a4d0000, last: 0x0a4d00ff });
  });

  test('a leading zero in the prefix is normalised', () => {
    // GIVEN a prefix written with a leading zero / WHEN parsed / THEN the cidr is normalised
    expect(subnet('10.0.0.0/08').cidr).toBe('10.0.0.0/8');
  });

  test('/30 is the smallest, /0 the largest', () => {
    // GIVEN the smallest and the largest subnets allowed / WHEN parsed / THEN both are accepted
    expect(subnet('10.0.0.0/30')).toMatchObject({ prefix: 30, last: 0x0a000003 });
    expect(subnet('0.0.0.0/0')).toMatchObject({ prefix: 0, first: 0, last: 0xffffffff });
  });

  test.each(['10.0.0.0/33', 'banana', '10.0.0.0', '10.0.0/24', '10.0.300.0/24', '10.0.0.0/-1', '10.0.0.0 /24', '010.0.0.0/8', 'fd00::/64', ''])(
    '%j is not CIDR',
    (cidr) => {
      // GIVEN text that is not an IPv4 CIDR / WHEN parsed / THEN the reason says so
      expect(parseSubnet(cidr)).toBe('is not an IPv4 subnet in CIDR form');
    },
  );

  test('host bits set are reported with the network address', () => {
    // GIVEN a subnet with host bits set / WHEN parsed / THEN the reason gives the network address
    expect(parseSubnet('10.0.0.5/24')).toBe('has host bits set (the network address is 10.0.0.0/24)');
    expect(parseSubnet('172.16.5.0/16')).toBe('has host bits set (the network address is 172.16.0.0/16)');
  });

  test.each(['10.0.0.0/31', '10.0.0.1/32'])('%s is too small', (cidr) => {
    // GIVEN a /31 or /32 / WHEN parsed / THEN the reason says it is too small
    expect(parseSubnet(cidr)).toBe('leaves no room for a gateway and a guest (the prefix must be /30 or shorter)');
  });

  test('every valid subnet spans 2^(32-prefix) addresses starting at a multiple of its size', () => {
    // GIVEN any aligned subnet of /0 to /30 / WHEN parsed / THEN its bounds are right
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 30 }), (n, prefix) => {
        const size = 2 ** (32 - prefix);
        const first = Math.floor(n / size) * size;
        const s = subnet(`${formatIpv4(first)}/${prefix}`);
        return s.first === first && s.last === first + size - 1 && s.prefix === prefix && contains(s, n);
      }),
    );
  });
});

describe('contains / overlaps', () => {
  test('contains includes both ends', () => {
    // GIVEN 10.77.0.0/24 / THEN its first and last addresses are in it, their neighbours are not
    const s = subnet('10.77.0.0/24');
    expect(contains(s, parseIpv4('10.77.0.0')!)).toBe(true);
    expect(contains(s, parseIpv4('10.77.0.255')!)).toBe(true);
    expect(contains(s, parseIpv4('10.77.1.0')!)).toBe(false);
    expect(contains(s, parseIpv4('10.76.255.255')!)).toBe(false);
  });

  test.each([
    ['10.77.0.0/24', '10.77.0.0/24', true],
    ['10.77.0.0/24', '10.77.0.0/16', true],
    ['10.77.0.0/24', '10.77.0.128/25', true],
    ['10.77.0.0/24', '10.77.1.0/24', false],
    ['10.77.0.0/24', '10.76.255.0/24', false],
    ['0.0.0.0/0', '192.168.0.0/30', true],
  ])('%s and %s overlap: %s', (a, b, want) => {
    // THEN overlap is symmetric
    expect(overlaps(subnet(a), subnet(b))).toBe(want);
    expect(overlaps(subnet(b), subnet(a))).toBe(want);
  });
});

describe('netmask', () => {
  test.each([
    [0, '0.0.0.0'],
    [1, '128.0.0.0'],
    [8, '255.0.0.0'],
    [16, '255.255.0.0'],
    [23, '255.255.254.0'],
    [24, '255.255.255.0'],
    [30, '255.255.255.252'],
    [32, '255.255.255.255'],
  ])('/%d is %s', (prefix, mask) => {
    // GIVEN a prefix length / WHEN turned into a netmask / THEN it is the dotted form
    expect(netmask(prefix)).toBe(mask);
  });
});

describe('inside', () => {
  test.each([
    ['10.77.0.0/24', '10.77.0.0/16', true],
    ['10.77.0.0/24', '10.77.0.0/24', true],
    ['10.77.0.0/16', '10.77.0.0/24', false],
    ['10.78.0.0/24', '10.77.0.0/16', false],
    ['10.77.255.252/30', '10.77.0.0/16', true],
    ['10.77.255.252/30', '10.76.0.0/16', false],
  ])('%s inside %s: %s', (inner, outer, want) => {
    // GIVEN two subnets / WHEN one is checked to lie in the other / THEN both ends count
    expect(inside(subnet(inner), subnet(outer))).toBe(want);
  });
});

describe('isNonPublic', () => {
  test.each([...NON_PUBLIC_RANGES, '10.77.0.0/24', '172.31.255.0/24', '192.168.122.0/24', '100.127.0.0/24', '198.19.0.0/24', '203.0.113.0/25'])(
    '%s hides no host of the internet', (cidr) => {
      // GIVEN a private, shared, benchmarking or documentation range / THEN it is not public
      expect(isNonPublic(subnet(cidr))).toBe(true);
    });

  test.each(['8.8.8.0/24', '172.32.0.0/24', '192.169.0.0/24', '100.128.0.0/24', '198.20.0.0/24', '10.0.0.0/7', '0.0.0.0/0', '11.0.0.0/8'])(
    '%s is public, or reaches out of the private ranges', (cidr) => {
      // GIVEN a range that is (or holds part of) the internet / THEN it is public
      expect(isNonPublic(subnet(cidr))).toBe(false);
    });
});
