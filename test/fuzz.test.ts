/**
 * Issue 12: no input ever produces anything but a result or a LibvirtValidationError.
 *
 * Property-based: fast-check generates prop sets for every public construct and factory (valid
 * props with up to three hostile mutations, see support/fuzz-arbitraries.ts), builds each one in a
 * fresh stack and, when that succeeds, synthesizes the stack (lazy values render there) with its
 * artifacts. The property: either all of it completes, or it throws a LibvirtValidationError whose
 * message names its construct path. A TypeError, a RangeError, a plain Error or an error of cdktf or
 * constructs fails it, and fast-check shrinks the input and prints the smallest one it finds.
 *
 * Reproducible: a fixed seed unless FUZZ_SEED is set; FUZZ_RUNS multiplies the number of runs
 * (FUZZ_RUNS=10 for a long local hunt).
 */
import * as fc from 'fast-check';
import { LibvirtValidationError } from '../lib/errors';
import {
  baseImageInput, buildBaseImage, buildCloudConfig, buildCluster, buildHosts, buildK3s, buildLab, buildMachine, buildNetwork, buildRouter, buildWire,
  buildStamped, buildStoragePool, cloudConfigInput, clusterInput, existingNetworkInput, hostInput, k3sInput, labInput, machineInput,
  networkInput, routerInput, stampedInput, storagePoolInput, wireInput, World,
} from './support/fuzz-arbitraries';

const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : 12072024;
const RUNS = process.env.FUZZ_RUNS !== undefined ? Number(process.env.FUZZ_RUNS) : 1;

/**
 * cdktf captures a full stack trace for every token it creates (Lazy values, references) into a
 * plain `{ stack: '' }` object, and formatting one goes through Jest's source maps: most of the time
 * of a run. Those traces only decorate cdktf's own messages about tokens, so they are left empty
 * here; every Error keeps its trace.
 */
const isError = (target: unknown) => target instanceof Error || typeof (target as { message?: unknown } | null)?.message === 'string';
const originalCapture = Error.captureStackTrace;
beforeAll(() => {
  Error.captureStackTrace = (target: object, constructor?: Function) => {
    if (isError(target)) originalCapture(target, constructor);
  };
});
afterAll(() => {
  Error.captureStackTrace = originalCapture;
});

/** Builds `input` in a fresh world and synthesizes it; returns nothing, or throws what is not a result or a proper LibvirtValidationError. */
function resultOrValidationError<T>(build: (w: World, input: T) => void, input: T): void {
  try {
    const world = new World((input as { context?: Record<string, unknown> }).context ?? {});
    build(world, input);
    world.synth();
  } catch (e) {
    if (e instanceof LibvirtValidationError) {
      if (typeof e.constructPath !== 'string' || e.message === '' || !e.message.includes(e.constructPath)) {
        throw new Error(`a LibvirtValidationError whose message does not name its construct path ${JSON.stringify(e.constructPath)}: ${e.message}`);
      }
      return;
    }
    const error = e instanceof Error ? e : new Error(`a non-Error was thrown: ${fc.stringify(e)}`);
    throw new Error(`expected a result or a LibvirtValidationError, got ${error.name}: ${error.message}\n${error.stack ?? ''}`);
  }
}

const property = <T>(name: string, arbitrary: fc.Arbitrary<T>, numRuns: number, build: (w: World, input: T) => void) =>
  test(`${name}: ${Math.round(numRuns * RUNS)} generated prop sets give a result or a LibvirtValidationError`, () => {
    fc.assert(fc.property(arbitrary, (input) => resultOrValidationError(build, input)), { seed: SEED, numRuns: Math.round(numRuns * RUNS) });
  }, 60_000 * Math.max(1, RUNS));

// 11,350 prop sets in all, weighted by cost: a prop set that reaches a synthesized machine costs
// some milliseconds, one rejected by a check a fraction of one (about 12 s on one core).
describe('no input gives anything but a result or a LibvirtValidationError', () => {
  property('Host and HostConnection', hostInput, 2000, buildHosts);
  property('StoragePool and StoragePool.fromName', storagePoolInput, 800, buildStoragePool);
  property('BaseImage, fromCatalog and fromVolume', baseImageInput, 1200, buildBaseImage);
  property('Network with every NetworkMode', networkInput, 2000, (w, i) => buildNetwork(w, i, false));
  property('Network.fromName', existingNetworkInput, 1200, (w, i) => buildNetwork(w, i, true));
  property('VirtualMachine', machineInput, 1000, buildMachine);
  property('CloudConfig', cloudConfigInput, 500, buildCloudConfig);
  property('Router', routerInput, 350, buildRouter);
  property('Wire', wireInput, 400, buildWire);
  property('Lab and lab.subnet', labInput, 800, buildLab);
  property('StampedLabs', stampedInput, 500, buildStamped);
  property('Cluster', clusterInput, 300, buildCluster);
  property('K3sCluster', k3sInput, 300, buildK3s);
});
