import { IConstruct } from 'constructs';
import { Ipv4Subnet } from './ipv4';
import { attach, attached } from './marks';
import { isToken } from './validate';

/**
 * What a lab gives the constructs inside it: the prefix of their libvirt names, the root of their
 * identities (so stamped copies give each machine the same host part), the defaults they inherit,
 * and where a machine registers its planned addresses for the lab's output. `Lab` sets it on
 * itself; resources read it from their nearest ancestor that carries one, so they never import
 * `Lab` (a composite) and the lab's own imports of resources form no cycle.
 *
 * `D` is the shape of the defaults: this module does not know resources; `Lab` and the machines
 * agree on it (`LabDefaults` in lab.ts).
 */
export interface LabContext<D = unknown> {
  /** Construct path of the lab. */
  readonly path: string;
  /** The prefix of its libvirt objects (a nested lab's includes its parent's). */
  readonly prefix: string;
  /** Number of scopes from the root to the lab, itself included: identities start below it. */
  readonly depth: number;
  /** What members inherit. */
  readonly defaults: D;
  /**
   * The lab's address space, parsed once by the lab, when it has one: the networks the lab creates
   * lie in it. A getter, since the lab sets it after its context, later in its constructor.
   */
  readonly addressSpace?: Ipv4Subnet;
  /** Lists a machine in the lab's output of planned addresses. */
  registerMachine(name: string, addresses: () => string[]): void;
}

/** The key of a lab's context, on the lab (found by every copy of this library). */
const CONTEXT = 'LabContext';

/** Makes `lab` carry `context` for the constructs inside it. */
export function setLabContext(lab: IConstruct, context: LabContext): void {
  attach(lab, CONTEXT, context);
}

/** The context of the nearest lab that `scope` is inside (not counting `scope` itself), if any. */
export function labContextOf<D = unknown>(scope: IConstruct): LabContext<D> | undefined {
  for (let s = scope.node.scope; s; s = s.node.scope) {
    const context = attached<LabContext<D>>(s, CONTEXT);
    if (context !== undefined) return context;
  }
  return undefined;
}

/**
 * `name` with the prefix of the lab that `scope` is in (unchanged outside labs, and for tokens). A
 * name that is not a string (a plain JavaScript caller's symbol or object) is returned as it is,
 * never converted, for the caller's name check to refuse.
 */
export function qualify(scope: IConstruct, name: string): string {
  const lab = labContextOf(scope);
  return lab === undefined || typeof name !== 'string' || isToken(name) ? name : `${lab.prefix}-${name}`;
}

/**
 * The identity of `scope` used for its addresses and MACs: its construct path inside its lab (or
 * stack). Stamped copies of a lab therefore give each machine the same host part in every copy.
 */
export function identityOf(scope: IConstruct): string {
  const lab = labContextOf(scope);
  return scope.node.scopes.slice(lab ? lab.depth : 1).map((s) => s.node.id).join('/');
}
