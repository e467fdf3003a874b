/** Renderers of the artifacts written beside a stack's plan, each from the planned {@link Topology}. */
export * from './ansible-inventory';
export * from './ssh-config';
export * from './hosts-file';
export * from './topology-json';
export * from './diagram';
