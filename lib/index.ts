import * as bindings from './generated/providers/libvirt';
import type * as preflight from './preflight/preflight';
import type * as render from './preflight/render';

export * from './errors';
export * from './host';
export * from './storage-pool';
export * from './base-image';
export * from './network';
export * from './wire';
export { NetworkMode } from './network-mode';
export * from './cloud-init';
export * from './firmware';
export * from './graphics';
export * from './virtual-machine';
export type { NicOptions, PlannedNic } from './machine-nics';
export * from './terraform-data';
export * from './schema-check';
export * from './topology';
export * from './lab';
export { Placement } from './placement';
export * from './router';
export * from './cluster';
export * from './lab-artifacts';
export * from './k3s-cluster';
export * from './k3s-install';
export * from './artifacts';
export { formatPreflightReport, PreflightCheck } from './preflight/report';
export type { PreflightFinding, PreflightReport, SkippedCheck } from './preflight/report';
export type { Environment, PreflightOptions } from './preflight/preflight';
export type { RenderedObject, RenderOptions } from './preflight/render';

// Loaded on first use: the whole set of generated bindings (the constructs import only the classes
// they use), the preflight and the XML renderer with xmlbuilder2. A lab that only synthesizes never
// pays for them. The declarations below give TypeScript the same names and types as
// `export * as libvirt from ...` and `export * from './preflight/...'`; the getters at the end of
// this file provide them. test/load.test.ts checks both halves.

/**
 * The generated L1 bindings of provider dmacvicar/libvirt 0.9.7: the escape hatch to every provider
 * feature (`new libvirt.domain.Domain(...)`).
 */
export declare namespace libvirt {
  export import cloudinitDisk = bindings.cloudinitDisk;
  export import combustion = bindings.combustion;
  export import domain = bindings.domain;
  export import ignition = bindings.ignition;
  export import network = bindings.network;
  export import pool = bindings.pool;
  export import volume = bindings.volume;
  export import dataLibvirtDomainInterfaceAddresses = bindings.dataLibvirtDomainInterfaceAddresses;
  export import dataLibvirtNodeDeviceInfo = bindings.dataLibvirtNodeDeviceInfo;
  export import dataLibvirtNodeDevices = bindings.dataLibvirtNodeDevices;
  export import dataLibvirtNodeInfo = bindings.dataLibvirtNodeInfo;
  export import provider = bindings.provider;
}

/**
 * Checks a synthesized stack before it touches a host (see lib/preflight/preflight.ts).
 * @function
 */
export declare const runPreflight: typeof preflight.runPreflight;
/**
 * Finds the cdk.tf.json of a synthesized stack: the file, a stack directory, or an output directory with one stack.
 * @function
 */
export declare const resolveStackFile: typeof preflight.resolveStackFile;
/**
 * A rendered object's XML with the defaults libvirt's parser fills in but its RELAX NG schemas do not know.
 * @function
 */
export declare const withParserDefaults: typeof preflight.withParserDefaults;
/**
 * Renders every libvirt pool, volume, network and domain of a synthesized stack into the XML the provider would send.
 * @function
 */
export declare const renderStack: typeof render.renderStack;
/**
 * The Terraform addresses of the stack's libvirt pools, volumes, networks and domains, in creation order.
 * @function
 */
export declare const renderableAddresses: typeof render.renderableAddresses;
/**
 * Renders one libvirt resource of a synthesized stack, by its Terraform address, into its libvirt XML.
 * @function
 */
export declare const renderResource: typeof render.renderResource;

/* eslint-disable @typescript-eslint/no-require-imports */
/** Each export above, loaded by its first read (require caches the module). */
const onFirstUse = {
  get libvirt(): typeof bindings { return require('./generated/providers/libvirt'); },
  get runPreflight() { return (require('./preflight/preflight') as typeof preflight).runPreflight; },
  get resolveStackFile() { return (require('./preflight/preflight') as typeof preflight).resolveStackFile; },
  get withParserDefaults() { return (require('./preflight/preflight') as typeof preflight).withParserDefaults; },
  get renderStack() { return (require('./preflight/render') as typeof render).renderStack; },
  get renderableAddresses() { return (require('./preflight/render') as typeof render).renderableAddresses; },
  get renderResource() { return (require('./preflight/render') as typeof render).renderResource; },
};
/* eslint-enable @typescript-eslint/no-require-imports */

// One statement per export, each in the shape of getter that Node's reader of CommonJS exports
// (cjs-module-lexer) recognises, so that `import { libvirt } from 'cdktf-libvirt'` works from ES
// modules too (a getter of any other shape hides the name from them).
Object.defineProperty(exports, 'libvirt', { enumerable: true, get: function () { return onFirstUse.libvirt; } });
Object.defineProperty(exports, 'runPreflight', { enumerable: true, get: function () { return onFirstUse.runPreflight; } });
Object.defineProperty(exports, 'resolveStackFile', { enumerable: true, get: function () { return onFirstUse.resolveStackFile; } });
Object.defineProperty(exports, 'withParserDefaults', { enumerable: true, get: function () { return onFirstUse.withParserDefaults; } });
Object.defineProperty(exports, 'renderStack', { enumerable: true, get: function () { return onFirstUse.renderStack; } });
Object.defineProperty(exports, 'renderableAddresses', { enumerable: true, get: function () { return onFirstUse.renderableAddresses; } });
Object.defineProperty(exports, 'renderResource', { enumerable: true, get: function () { return onFirstUse.renderResource; } });
