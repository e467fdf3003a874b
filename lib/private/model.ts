import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { stackState } from './marks';
import { Topology, TOPOLOGY_FORMAT_VERSION, TopologyCluster, TopologyHost, TopologyLab, TopologyMachine, TopologyNetwork } from '../topology';

/**
 * The planned model of a stack: every construct that is part of the topology registers a
 * description of itself here when it is created. Artifacts are rendered from this model only,
 * never from the L1 resources, so the flow stays one-way: props -> model -> L1 and artifacts.
 */
export interface StackModel {
  readonly hosts: Array<() => TopologyHost>;
  readonly labs: Array<() => TopologyLab>;
  readonly networks: Array<() => TopologyNetwork>;
  readonly machines: Array<() => TopologyMachine>;
  readonly clusters: Array<() => TopologyCluster>;
}

/** The model of the stack that `scope` is in, shared by every copy of the library that builds there. */
export function modelOf(scope: IConstruct): StackModel {
  return stackState<StackModel>(scope, 'model', () => ({ hosts: [], labs: [], networks: [], machines: [], clusters: [] }));
}

/** The topology of the stack that `scope` is in, as planned so far. */
export function topologyOf(scope: IConstruct): Topology {
  const stack = TerraformStack.of(scope);
  const m = modelOf(stack);
  return {
    version: TOPOLOGY_FORMAT_VERSION,
    stack: stack.node.id,
    hosts: m.hosts.map((f) => f()),
    labs: m.labs.map((f) => f()),
    networks: m.networks.map((f) => f()),
    machines: m.machines.map((f) => f()),
    clusters: m.clusters.map((f) => f()),
  };
}
