import { createHash } from 'crypto';

/**
 * A MAC address derived from a stable key (a construct path and the NIC's index), so the same
 * code always gives the same MAC. Lowercase, in QEMU's 52:54:00 range; `attempt` > 0 gives the
 * next candidate when the first one is taken.
 */
export function deterministicMac(key: string, attempt = 0): string {
  const digest = createHash('sha256').update(attempt === 0 ? key : `${key}#${attempt}`).digest();
  return ['52', '54', '00', ...[0, 1, 2].map((i) => digest[i].toString(16).padStart(2, '0'))].join(':');
}

/** QEMU's prefix and the last three bytes of the IPv4 address `ip` (a number). */
export function macFromAddress(ip: number): string {
  return ['52', '54', '00', ...[16, 8, 0].map((shift) => ((ip >>> shift) & 0xff).toString(16).padStart(2, '0'))].join(':');
}
