/** The generated L1 bindings of provider dmacvicar/libvirt 0.9.9: the escape hatch to every provider feature. */
export * as libvirt from './generated/providers/libvirt';
export * from './errors';
export * from './host';
export * from './storage-pool';
export * from './base-image';
export * from './network';
export * from './cloud-init';
export * from './firmware';
export * from './graphics';
export * from './virtual-machine';
export * from './schema-check';
export * from './topology';
export * from './lab';
export * from './router';
export * from './cluster';
export * from './lab-artifacts';
export * from './k3s-cluster';
export * from './artifacts';
