/** The generated L1 bindings of provider dmacvicar/libvirt 0.9.9: the escape hatch to every provider feature. */
export * as libvirt from './generated/providers/libvirt';
export * from './errors';
