import { createHash } from 'crypto';
import { deterministicMac, macFromAddress } from '../../lib/private/mac';
import { parseIpv4 } from '../../lib/private/ipv4';

describe('deterministicMac', () => {
  test('is the same for the same key, every time', () => {
    // GIVEN a NIC key / WHEN derived twice / THEN the MACs are equal
    expect(deterministicMac('lab/web1#0')).toBe(deterministicMac('lab/web1#0'));
    expect(deterministicMac('lab/web1#0', 3)).toBe(deterministicMac('lab/web1#0', 3));
  });

  test('is a lowercase MAC in QEMU 52:54:00 range', () => {
    // GIVEN 200 keys / WHEN derived / THEN every MAC is lowercase and starts with 52:54:00
    for (let i = 0; i < 200; i++) {
      expect(deterministicMac(`lab/vm${i}#0`)).toMatch(/^52:54:00(:[0-9a-f]{2}){3}$/);
    }
  });

  test('is pinned, so a library upgrade does not change the MACs of existing machines', () => {
    // GIVEN the first 3 bytes of sha256('lab/web1#0') and of sha256('lab/web1#0#1')
    const tail = (s: string) => [...createHash('sha256').update(s).digest().subarray(0, 3)].map((b) => b.toString(16).padStart(2, '0')).join(':');
    // THEN the MAC is 52:54:00 followed by them
    expect(deterministicMac('lab/web1#0')).toBe(`52:54:00:${tail('lab/web1#0')}`);
    expect(deterministicMac('lab/web1#0', 1)).toBe(`52:54:00:${tail('lab/web1#0#1')}`);
    expect(deterministicMac('lab/web1#0', 0)).toBe(deterministicMac('lab/web1#0'));
  });

  test('differs for different keys', () => {
    // GIVEN 100 keys / WHEN derived / THEN the MACs are all different
    const macs = new Set(Array.from({ length: 100 }, (_, i) => deterministicMac(`lab/vm${i}#0`)));
    expect(macs.size).toBe(100);
    expect(deterministicMac('lab/web1#0')).not.toBe(deterministicMac('lab/web1#1'));
  });

  test('differs for different attempts', () => {
    // GIVEN one key and five attempts / WHEN derived / THEN the candidates are all different
    const macs = new Set([0, 1, 2, 3, 4].map((attempt) => deterministicMac('lab/web1#0', attempt)));
    expect(macs.size).toBe(5);
  });
});

describe('macFromAddress', () => {
  test.each([
    ['10.77.0.14', '52:54:00:4d:00:0e'],
    ['192.168.122.255', '52:54:00:a8:7a:ff'],
    ['0.0.0.0', '52:54:00:00:00:00'],
    ['255.255.255.255', '52:54:00:ff:ff:ff'],
  ])('%s gives %s: the prefix and the last three bytes, lowercase', (address, mac) => {
    expect(macFromAddress(parseIpv4(address)!)).toBe(mac);
  });
});
