import { createHash } from 'crypto';

/**
 * Stateless address allocation. A machine's address on a network is a pure function of the
 * network's static pool and the machine's identity (its construct path inside its lab): it never
 * depends on which other machines exist or in which order they were written. So adding, removing
 * or reordering machines can never move anyone.
 *
 * The price of "never moves" without a state file is that two identities can map to the same
 * address; that is detected at synth and reported with the fix (a fixed address or host number for
 * one of them), never resolved silently by probing, because probing would make one machine's
 * address depend on another's existence, and removing the other would move it.
 */

/** The addresses a network may hand out to machines: usable addresses minus the gateway and the DHCP range. */
export interface AddressPool {
  /** Disjoint, ascending, inclusive intervals. */
  readonly intervals: ReadonlyArray<readonly [number, number]>;
  readonly size: number;
}

/** The static pool of a subnet [first, last] (network and broadcast excluded), minus `excluded` ranges. */
export function staticPool(first: number, last: number, excluded: ReadonlyArray<readonly [number, number]>): AddressPool {
  let intervals: Array<[number, number]> = last - first >= 2 ? [[first + 1, last - 1]] : [];
  for (const [lo, hi] of excluded) {
    intervals = intervals.flatMap(([a, b]): Array<[number, number]> => {
      if (hi < a || lo > b) return [[a, b]];
      const parts: Array<[number, number]> = [];
      if (lo > a) parts.push([a, lo - 1]);
      if (hi < b) parts.push([hi + 1, b]);
      return parts;
    });
  }
  return { intervals, size: intervals.reduce((n, [a, b]) => n + (b - a + 1), 0) };
}

/** The `index`-th address of the pool (0-based). */
export function addressAt(pool: AddressPool, index: number): number {
  let i = index;
  for (const [a, b] of pool.intervals) {
    const n = b - a + 1;
    if (i < n) return a + i;
    i -= n;
  }
  throw new RangeError(`index ${index} is outside a pool of ${pool.size}`);
}

export function inPool(pool: AddressPool, ip: number): boolean {
  return pool.intervals.some(([a, b]) => ip >= a && ip <= b);
}

/** A uniform index in [0, size) from an identity string (SHA-256, so it is the same on every machine and Node version). */
export function hashIndex(identity: string, size: number): number {
  if (size <= 0) throw new RangeError('empty pool');
  const digest = createHash('sha256').update(identity).digest();
  return Number(digest.readBigUInt64BE(0) % BigInt(size));
}

/** The first member of `pool`, from index `start` on and wrapping around, that `accept` takes. */
export function probe(pool: AddressPool, start: number, accept: (member: number) => boolean): number | undefined {
  for (let i = 0; i < pool.size; i++) {
    const member = addressAt(pool, (start + i) % pool.size);
    if (accept(member)) return member;
  }
  return undefined;
}
