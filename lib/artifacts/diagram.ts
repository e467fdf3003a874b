import { Topology, TopologyHostCapacity } from '../topology';
import { commentText, identifier, IndexedTopology, indexTopology, NameTable, nicAddress, reject, sortedBy } from './private/plan';
import { cachedSvg } from './private/svg-cache';

/**
 * What both diagrams show: a box per KVM host holding its networks and machines (its label says what
 * is placed on it against its declared capacity, when it declares one), an edge per
 * NIC from the machine to its network, labelled with the NIC's planned address (or DHCP), and an
 * edge per wire between its two machines, labelled with its name and the ends' addresses. Node ids
 * are made from construct paths, so that adding a machine does not rename the others (two paths
 * that differ only in punctuation share an id and its `_2`, `_3` suffixes, in path order).
 */
interface Diagram {
  readonly title: string[];
  readonly hosts: { id: string; label: string[]; nodes: DiagramNode[] }[];
  readonly edges: { from: string; to: string; label: string[] }[];
}

interface DiagramNode {
  readonly id: string;
  readonly kind: 'network' | 'machine' | 'router';
  readonly label: string[];
}

function diagramOf(topology: Topology): Diagram {
  const index: IndexedTopology = indexTopology(topology);
  const ids = new NameTable();
  const networkIds = new Map<string, string>();
  const machineIds = new Map<string, string>();
  const hosts: Diagram['hosts'] = [];
  const nodesOf = new Map<string, DiagramNode[]>();
  const legEdges: Diagram['edges'] = [];
  for (const host of sortedBy(topology.hosts, (h) => h.name)) {
    const nodes: DiagramNode[] = [];
    nodesOf.set(host.name, nodes);
    const label = [host.name, host.uri];
    if (host.capacity !== undefined) label.push(usageLine(host.capacity));
    hosts.push({ id: ids.claim(`host_${identifier(host.name)}`), label, nodes });
  }
  // a wire is drawn as an edge between its two machines, not as a node
  for (const network of sortedBy(topology.networks.filter((n) => n.wire === undefined), (n) => n.path)) {
    const id = ids.claim(`net_${identifier(network.path)}`);
    networkIds.set(network.path, id);
    const addressing = [network.cidr, network.mode].filter((x): x is string => x !== undefined).join(' ');
    const label = [network.name, addressing];
    if (!network.managedByStack) label.push('(existing)');
    nodesOf.get(network.host)!.push({ id, kind: 'network', label });
    // a network that spans hosts: a leg in each further host's box, joined to it by VXLAN
    for (const host of network.spans ?? []) {
      const leg = ids.claim(`net_${identifier(network.path)}_${identifier(host)}`);
      networkIds.set(`${network.path}@${host}`, leg);
      nodesOf.get(host)!.push({ id: leg, kind: 'network', label: [network.name, `leg of ${network.host}`] });
      legEdges.push({ from: leg, to: id, label: ['VXLAN'] });
    }
  }
  for (const machine of index.machines) {
    const id = ids.claim(`vm_${identifier(machine.path)}`);
    machineIds.set(machine.path, id);
    const label = [machine.name];
    if (machine.role !== undefined) label.push(`role: ${machine.role}`);
    if (machine.router) label.push('router');
    nodesOf.get(machine.host)!.push({ id, kind: machine.router ? 'router' : 'machine', label });
  }
  const edges: Diagram['edges'] = [];
  for (const machine of index.machines) {
    for (const nic of machine.nics) {
      const to = networkIds.get(`${nic.network}@${machine.host}`) ?? networkIds.get(nic.network);
      if (to === undefined) continue;
      edges.push({ from: machineIds.get(machine.path)!, to, label: [nicAddress(machine, nic) ?? 'DHCP'] });
    }
  }
  edges.push(...legEdges);
  for (const network of sortedBy(topology.networks, (n) => n.path)) {
    const ends = network.wire;
    if (ends === undefined) continue;
    edges.push({
      from: machineIds.get(ends[0].machine)!, to: machineIds.get(ends[1].machine)!,
      label: [`wire ${network.name}`, `${ends[0].address}/${network.cidr?.split('/')[1]} - ${ends[1].address}`],
    });
  }
  return { title: [`stack ${topology.stack}`], hosts, edges };
}

/** What is placed on a host against what it holds: `3 machines: 3 of 16 vCPUs, 3072 of 8192 MiB, 60 of 100 GiB`. */
function usageLine(capacity: TopologyHostCapacity): string {
  const parts = (['vcpus', 'memoryMiB', 'diskGiB'] as const).filter((k) => capacity.limit[k] !== undefined)
    .map((k) => `${amount(capacity.used[k])} of ${amount(capacity.limit[k]!)} ${{ vcpus: 'vCPUs', memoryMiB: 'MiB', diskGiB: 'GiB' }[k]}`);
  return `${capacity.machines} machine${capacity.machines === 1 ? '' : 's'}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
}

function amount(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** Fill colours of the nodes, the same in both diagrams. */
const FILL = { network: '#dbeafe', machine: '#ffffff', router: '#fef3c7' };

/** The lines of a label: values are split at line breaks; other control characters cannot be shown. */
function labelLines(stack: string, label: string[]): string[] {
  const lines: string[] = [];
  for (const value of label) {
    if (/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/.test(value)) {
      reject(stack, 'a name in the diagram holds a control character, which a diagram cannot show', value, 'use names without control characters');
    }
    lines.push(...value.split(/\r\n|\r|\n/));
  }
  return lines;
}

/**
 * Text for a quoted Mermaid label: every character but letters, digits, space and `.,:/_@=+()-` as
 * a Mermaid entity code (`#35;` for `#`, `#34;` for `"`), so that no quote, bracket, `%%`, `<` or
 * `#...;` of a name is read as syntax or HTML; lines joined with `<br/>`.
 */
function mermaidText(stack: string, label: string[]): string {
  return labelLines(stack, label)
    .map((line) => Array.from(line, (c) => (/^[A-Za-z0-9 .,:/_@=+()-]$/.test(c) ? c : `#${c.codePointAt(0)};`)).join(''))
    .join('<br/>');
}

/**
 * Renders the topology as a Mermaid flowchart: a subgraph per KVM host, networks as hexagons,
 * machines as boxes (routers as double-sided boxes), an edge per NIC labelled with its address.
 */
export function renderMermaid(topology: Topology): string {
  const stack = topology.stack;
  const diagram = diagramOf(topology);
  const shape = { network: ['{{"', '"}}'], machine: ['["', '"]'], router: ['[["', '"]]'] };
  // the title is YAML front matter: a JSON string in printable ASCII is a YAML double-quoted scalar
  const lines = ['---', `title: ${commentText(labelLines(stack, diagram.title).join(' '))}`, '---', 'flowchart LR'];
  for (const host of diagram.hosts) {
    lines.push(`  subgraph ${host.id}["${mermaidText(stack, host.label)}"]`);
    for (const node of host.nodes) {
      const [open, close] = shape[node.kind];
      lines.push(`    ${node.id}${open}${mermaidText(stack, node.label)}${close}`);
    }
    lines.push('  end');
  }
  for (const edge of diagram.edges) lines.push(`  ${edge.from} ---|"${mermaidText(stack, edge.label)}"| ${edge.to}`);
  for (const kind of ['network', 'router'] as const) {
    const ids = diagram.hosts.flatMap((h) => h.nodes).filter((n) => n.kind === kind).map((n) => n.id);
    lines.push(`  classDef ${kind} fill:${FILL[kind]}`);
    if (ids.length > 0) lines.push(`  class ${ids.join(',')} ${kind}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * A DOT double-quoted string: `\` and `"` escaped, line breaks as `\n` (a centred line break in a
 * label). Escaping the backslash also keeps Graphviz from expanding `\N`, `\G` and the like; `&` is
 * written `&amp;` because Graphviz decodes HTML entities in labels (`&lt;` would be drawn as `<`).
 */
function dotString(stack: string, label: string[]): string {
  return `"${labelLines(stack, label).map((line) => line.replace(/[\\"]/g, '\\$&').replace(/&/g, '&amp;')).join('\\n')}"`;
}

/** Renders the topology as a Graphviz DOT graph of the same picture as {@link renderMermaid}. */
export function renderDot(topology: Topology): string {
  const stack = topology.stack;
  const diagram = diagramOf(topology);
  const shape = { network: 'hexagon', machine: 'box', router: 'box3d' };
  const q = (id: string) => dotString(stack, [id]);
  const lines = [
    'graph "topology" {',
    `  graph [rankdir=LR, fontname="Helvetica", labelloc=t, label=${dotString(stack, diagram.title)}];`,
    '  node [fontname="Helvetica"];',
    '  edge [fontname="Helvetica", fontsize=10];',
  ];
  for (const host of diagram.hosts) {
    lines.push(`  subgraph ${q(`cluster_${host.id}`)} {`, `    label=${dotString(stack, host.label)};`);
    for (const node of host.nodes) {
      lines.push(`    ${q(node.id)} [shape=${shape[node.kind]}, style=filled, fillcolor="${FILL[node.kind]}", label=${dotString(stack, node.label)}];`);
    }
    lines.push('  }');
  }
  for (const edge of diagram.edges) lines.push(`  ${q(edge.from)} -- ${q(edge.to)} [label=${dotString(stack, edge.label)}];`);
  lines.push('}');
  return lines.join('\n') + '\n';
}

/**
 * Renders the DOT of {@link renderDot} as SVG with Graphviz compiled to WebAssembly, in a short-lived
 * child Node.js process, synchronously (cdktf's synth is synchronous and the WebAssembly loader is
 * not). Takes about 0.3 s, unless the same DOT was rendered before by the same Graphviz package: the
 * SVG is cached in `node_modules/.cache/cdktf-libvirt` of the current project (else in the system's
 * temporary directory), so a synth whose diagram did not change starts no Graphviz. Throws when
 * Graphviz fails.
 */
export function renderSvg(topology: Topology): string {
  return cachedSvg(renderDot(topology));
}
