/**
 * The labs the benchmark synthesizes, as data that both programs (bench/ours.ts with the
 * constructs, bench/raw.ts with the L1 classes) build from, so that they describe the same lab.
 *
 * - `lab`: the bench lab. One host, one pool, the catalogue's debian-12, one /20 NAT network, and
 *   N machines on it with fixed addresses (from .0.2 up) and an SSH key. `size` is N.
 * - `stamped`: the StampedLabs shape, the classroom example's: `size` copies of a small lab (a
 *   NAT network, a workstation and a server whose cloud-config writes a file), each with its own
 *   prefix, block of 10.100.0.0/16 and output; addresses allocated from the machines' identities.
 */

/** The SSH key of every machine. */
export const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB6Tj3nFz0uLJ5Yw0Wm7d0wqsQ6b8b9fS0sUQdY2Q0sx bench@example';

/** The shapes, by name. */
export const SHAPES = ['lab', 'stamped'] as const;
export type Shape = (typeof SHAPES)[number];

/** The stack's id (and its directory under `<outdir>/stacks/`). */
export function stackName(shape: Shape): string {
  return shape === 'lab' ? 'bench' : 'stamped';
}

/** How many machines a shape of `size` has. */
export function machineCount(shape: Shape, size: number): number {
  return shape === 'lab' ? size : 2 * size;
}

/** The bench lab's network. */
export const LAB_CIDR = '10.50.0.0/20';
/** The bench lab's pool directory. */
export const LAB_POOL_PATH = '/var/lib/libvirt/pools/bench';

/** The fixed address of machine `i` of the bench lab: from 10.50.0.2 up, below the DHCP range (the upper half). */
export function labAddress(i: number): string {
  const n = i + 2;
  return `10.50.${Math.floor(n / 256)}.${n % 256}`;
}

/** The StampedLabs shape: its supernet, its pool, and the file the server of copy `copy` (0-based) gets. */
export const STAMPED_SPACE = '10.100.0.0/16';
export const STAMPED_POOL_NAME = 'classroom';
export const STAMPED_POOL_PATH = '/var/lib/libvirt/pools/classroom';
export const STAMPED_MAX_COPIES = 99;
export function motd(copy: number): { path: string; content: string } {
  return { path: '/etc/motd', content: `Student ${copy + 1}: this is your server.\n` };
}

/** Checks `size` for `shape`; returns an error message or undefined. */
export function checkSize(shape: Shape, size: number): string | undefined {
  if (!Number.isInteger(size) || size < 1) return `size must be a positive whole number (got ${size})`;
  if (shape === 'lab' && size > 2000) return `the bench lab's /20 holds at most 2,000 fixed addresses below its DHCP range (got ${size})`;
  if (shape === 'stamped' && size > STAMPED_MAX_COPIES) return `StampedLabs holds at most ${STAMPED_MAX_COPIES} copies here (got ${size})`;
  return undefined;
}
