/**
 * The diagrams: the DOT as Graphviz itself parses it (its JSON output, from the same WebAssembly
 * Graphviz that draws the SVG), the SVG as XML (`xmllint --noout`, Debian package libxml2-utils)
 * with every name in its text, and the Mermaid text by a strict reading of the subset of flowchart
 * syntax it uses.
 */
import { renderDot, renderMermaid, renderSvg } from '../../lib/artifacts';
import { layoutDot } from '../../lib/artifacts/private/graphviz';
import { LibvirtValidationError } from '../../lib/errors';
import { Topology } from '../../lib/topology';
import { fixture, HOSTILE, K3S_NET, LAN, machine, variant } from './fixture';
import { expectSuccess, itWith, run, tmpFile, which } from './tools';

const XMLLINT = which('xmllint');
const itXmllint = itWith('xmllint', XMLLINT, 'libxml2-utils');

/** The fixture with hostile text wherever a diagram shows a name, and a machine whose name is two lines. */
function hostile(): Topology {
  return variant((v) => {
    v.stack = HOSTILE;
    v.hosts[0].name = HOSTILE;
    v.hosts[0].uri = 'qemu:///system?x="1"&y=<2>';
    for (const n of v.networks) if (n.host === 'local') n.host = HOSTILE;
    for (const m of v.machines) if (m.host === 'local') m.host = HOSTILE;
    v.networks[0].name = `net ${HOSTILE}`;
    v.networks[0].mode = 'nat %% "x"';
    v.machines[1].name = `vm ${HOSTILE}`;
    v.machines[2].role = '[role] {x} |y| end';
    v.machines.push(machine({ path: 'demo/local/end', name: 'end', hostname: 'end', host: HOSTILE, nics: [{ name: 'nic0', network: LAN, mac: '52:54:00:0c:00:01', addressing: 'dhcp' }] }));
  });
}

/**
 * A label as Graphviz draws it: escString (`\\` is a backslash, `\n`, `\l` and `\r` end a line; any
 * other escape would be expanded), then HTML entities decoded (the ones a label can hold here).
 */
function graphvizLines(label: string): string[] {
  const text = label.replace(/\\(.)/gs, (_m, c: string) => {
    if (c === '\\') return '\\';
    if (c === 'n' || c === 'l' || c === 'r') return '\n';
    throw new Error(`label ${JSON.stringify(label)} has an escape \\${c} that Graphviz would expand`);
  });
  return text.split('\n').map((line) => line.replace(/&(#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'' };
    if (named[e] === undefined) throw new Error(`label ${JSON.stringify(label)} has an entity ${m} that this test does not know`);
    return named[e];
  }));
}

/** The hosts, nodes and edges of the DOT as Graphviz parsed it, labels as the lines Graphviz draws. */
function parsedDot(topology: Topology): { clusters: Map<string, string[][]>; nodes: Map<string, string[]>; edges: string[][] } {
  const json = JSON.parse(layoutDot(renderDot(topology), 'json'));
  const byGvid = new Map<number, any>(json.objects.map((o: any) => [o._gvid, o]));
  const nodes = new Map<string, string[]>();
  const clusters = new Map<string, string[][]>();
  for (const o of json.objects) {
    if (o.name.startsWith('cluster_')) {
      clusters.set(graphvizLines(o.label).join('\n'), (o.nodes ?? []).map((g: number) => graphvizLines(byGvid.get(g).label)));
    } else {
      nodes.set(graphvizLines(o.label).join('\n'), graphvizLines(o.label));
    }
  }
  const edges = (json.edges ?? []).map((e: any) => [
    graphvizLines(byGvid.get(e.tail).label).join('\n'), graphvizLines(byGvid.get(e.head).label).join('\n'), graphvizLines(e.label).join('\n'),
  ]);
  return { clusters, nodes, edges };
}

/** The labels of the fixture's nodes, as drawn. */
const FIXTURE_NODES = [
  'k3s-net\n10.81.0.0/24 nat',
  'k3s-agent-1\nrole: agent', 'k3s-agent-2\nrole: agent', 'k3s-server-1\nrole: server',
  'default\nnat\n(existing)', 'lab1-dmz\n10.80.2.0/24 isolated', 'lab1-lan\n10.80.1.0/24 nat',
  'lab1-appliance', 'lab1-dhcp-client', 'lab1-router\nrouter', 'lab1-web-1',
];

/** Each NIC of the fixture: machine, network, label. */
const FIXTURE_EDGES = [
  ['k3s-agent-1\nrole: agent', 'k3s-net\n10.81.0.0/24 nat', '10.81.0.11'],
  ['k3s-agent-2\nrole: agent', 'k3s-net\n10.81.0.0/24 nat', '10.81.0.12'],
  ['k3s-server-1\nrole: server', 'k3s-net\n10.81.0.0/24 nat', '10.81.0.10'],
  ['lab1-appliance', 'lab1-lan\n10.80.1.0/24 nat', '10.80.1.20'],
  ['lab1-dhcp-client', 'lab1-lan\n10.80.1.0/24 nat', 'DHCP'],
  ['lab1-router\nrouter', 'lab1-lan\n10.80.1.0/24 nat', '10.80.1.2'],
  ['lab1-router\nrouter', 'lab1-dmz\n10.80.2.0/24 isolated', '10.80.2.2'],
  ['lab1-router\nrouter', 'default\nnat\n(existing)', 'DHCP'],
  ['lab1-web-1', 'lab1-dmz\n10.80.2.0/24 isolated', '10.80.2.10'],
];

describe('renderDot as Graphviz parses it', () => {
  test('a box per KVM host holding its networks and machines, an edge per NIC labelled with its address', () => {
    const { clusters, nodes, edges } = parsedDot(fixture());
    expect([...clusters.keys()].sort()).toEqual(['kvm-remote\nqemu+ssh://lab-admin@kvm2.example.net:2222/system', 'local\nqemu:///system']);
    expect(clusters.get('local\nqemu:///system')!.map((l) => l.join('\n')).sort()).toEqual(FIXTURE_NODES.slice(4).sort());
    expect(clusters.get('kvm-remote\nqemu+ssh://lab-admin@kvm2.example.net:2222/system')!.map((l) => l.join('\n')).sort()).toEqual(FIXTURE_NODES.slice(0, 4).sort());
    expect([...nodes.keys()].sort()).toEqual([...FIXTURE_NODES].sort());
    expect([...edges].sort()).toEqual([...FIXTURE_EDGES].sort());
  });

  test('hostile names reach Graphviz unchanged: quotes, backslashes, \\N, line breaks, <, &, #, %', () => {
    const t = hostile();
    const { clusters, nodes, edges } = parsedDot(t);
    const hostileLines = HOSTILE.split('\n');
    expect(clusters.get([...hostileLines, 'qemu:///system?x="1"&y=<2>'].join('\n'))).toBeDefined();
    expect(nodes.get([`vm ${hostileLines[0]}`, hostileLines[1]].join('\n'))).toEqual([`vm ${hostileLines[0]}`, hostileLines[1]]);
    expect(nodes.get([`net ${hostileLines[0]}`, hostileLines[1], '10.80.1.0/24 nat %% "x"'].join('\n'))).toBeDefined();
    expect(nodes.get('lab1-dhcp-client\nrole: [role] {x} |y| end')).toBeDefined();
    expect(nodes.get('end')).toBeDefined();
    expect(edges).toHaveLength(FIXTURE_EDGES.length + 1);
  });

  test('a host with a capacity says what is placed on it against what it holds', () => {
    // GIVEN the remote host declares vCPUs and memory (overcommit applied), and 3 machines use part of them
    const t = variant((v) => {
      (v.hosts[1] as any).capacity = { limit: { vcpus: 16, memoryMiB: 8192 }, used: { vcpus: 3, memoryMiB: 3072, diskGiB: 60 }, machines: 3 };
    });
    // WHEN Graphviz reads the DOT / THEN the host's box has a third line, disk left out as undeclared
    const { clusters } = parsedDot(t);
    expect(clusters.get('kvm-remote\nqemu+ssh://lab-admin@kvm2.example.net:2222/system\n3 machines: 3 of 16 vCPUs, 3072 of 8192 MiB')).toBeDefined();
    expect(clusters.get('local\nqemu:///system')).toBeDefined();
  });

  test('a control character other than a line break is refused', () => {
    const t = variant((v) => {
      v.networks[0].name = 'lan\u0007';
    });
    expect(() => renderDot(t)).toThrow(LibvirtValidationError);
    expect(() => renderDot(t)).toThrow(/^demo: a name in the diagram holds a control character, which a diagram cannot show \(got "lan\\u0007"\)/);
    expect(() => renderMermaid(t)).toThrow(/a name in the diagram holds a control character/);
  });

  test('node ids come from construct paths: adding a machine changes no other line', () => {
    const before = renderDot(fixture()).split('\n');
    const after = renderDot(variant((v) => {
      v.machines.push(machine({ path: 'demo/kvm-remote/k3s/agent-3', name: 'k3s-agent-3', hostname: 'k3s-agent-3', host: 'kvm-remote', nics: [{ name: 'nic0', network: K3S_NET, mac: '52:54:00:0b:00:04', address: '10.81.0.13', addressing: 'allocated' }] }));
    })).split('\n');
    expect(after.filter((l) => !before.includes(l)).length).toBe(2);
    expect(before.filter((l) => !after.includes(l))).toEqual([]);
  });
});

/** Mermaid entity codes (`#35;`) and `<br/>` line breaks decoded, as Mermaid shows the text. */
function mermaidLines(text: string): string[] {
  expect(text).not.toMatch(/["\n]|#(?!\d+;)/);
  return text.split('<br/>').map((l) => {
    expect(l).not.toMatch(/[<>]/);
    return l.replace(/#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)));
  });
}

/** A strict reading of the flowchart: ids, labels and edges, failing on any line it does not expect. */
function parsedMermaid(text: string): { title: string; subgraphs: Map<string, string[]>; nodes: Map<string, string>; edges: string[][] } {
  const lines = text.split('\n');
  expect(lines.slice(0, 4).map((l, i) => (i === 1 ? l.slice(0, 7) : l))).toEqual(['---', 'title: ', '---', 'flowchart LR']);
  const title = JSON.parse(lines[1].slice(7));
  expect(lines[lines.length - 1]).toBe('');
  const subgraphs = new Map<string, string[]>();
  const nodes = new Map<string, string>();
  const edges: string[][] = [];
  const ids = new Set<string>();
  let current: string[] | undefined;
  const ID = '([A-Za-z][A-Za-z0-9_]*)';
  for (const line of lines.slice(4, -1)) {
    let m: RegExpMatchArray | null;
    if ((m = line.match(new RegExp(`^  subgraph ${ID}\\["([^"]*)"\\]$`)))) {
      expect(current).toBeUndefined();
      current = [];
      subgraphs.set(mermaidLines(m[2]).join('\n'), current);
      ids.add(m[1]);
    } else if (line === '  end') {
      expect(current).toBeDefined();
      current = undefined;
    } else if ((m = line.match(new RegExp(`^    ${ID}(\\{\\{|\\[\\[|\\[)"([^"]*)"(\\}\\}|\\]\\]|\\])$`)))) {
      expect(current).toBeDefined();
      expect({ '{{': '}}', '[[': ']]', '[': ']' }[m[2]]).toBe(m[4]);
      expect(ids.has(m[1])).toBe(false);
      ids.add(m[1]);
      const label = mermaidLines(m[3]).join('\n');
      nodes.set(m[1], label);
      current!.push(label);
    } else if ((m = line.match(new RegExp(`^  ${ID} ---\\|"([^"]*)"\\| ${ID}$`)))) {
      expect(nodes.has(m[1]) && nodes.has(m[3])).toBe(true);
      edges.push([nodes.get(m[1])!, nodes.get(m[3])!, mermaidLines(m[2]).join('\n')]);
    } else if ((m = line.match(new RegExp(`^  classDef (network|router) fill:#[0-9a-f]{6}$`)))) {
      // styles
    } else if ((m = line.match(new RegExp(`^  class (${ID}(,${ID})*) (network|router)$`)))) {
      for (const id of m[1].split(',')) expect(nodes.has(id)).toBe(true);
    } else {
      throw new Error(`unexpected Mermaid line: ${JSON.stringify(line)}`);
    }
  }
  expect(current).toBeUndefined();
  for (const id of ids) expect(['end', 'graph', 'subgraph', 'flowchart', 'class', 'classDef', 'style', 'click', 'default']).not.toContain(id);
  return { title, subgraphs, nodes, edges };
}

describe('renderMermaid read strictly', () => {
  test('a subgraph per KVM host with its networks and machines, an edge per NIC', () => {
    const { title, subgraphs, nodes, edges } = parsedMermaid(renderMermaid(fixture()));
    expect(title).toBe('stack demo');
    expect([...subgraphs.keys()].sort()).toEqual(['kvm-remote\nqemu+ssh://lab-admin@kvm2.example.net:2222/system', 'local\nqemu:///system']);
    expect([...subgraphs.get('local\nqemu:///system')!].sort()).toEqual(FIXTURE_NODES.slice(4).sort());
    expect([...nodes.values()].sort()).toEqual([...FIXTURE_NODES].sort());
    expect([...edges].sort()).toEqual([...FIXTURE_EDGES].sort());
  });

  test('routers and networks are styled; shapes: networks hexagons, routers double-sided', () => {
    const text = renderMermaid(fixture());
    expect(text).toContain('    vm_demo_local_lab_router[["lab1-router<br/>router"]]\n');
    expect(text).toContain('    net_demo_local_lab_lan{{"lab1-lan<br/>10.80.1.0/24 nat"}}\n');
    expect(text).toMatch(/\n {2}class vm_demo_local_lab_router router\n/);
  });

  test('hostile names are entity codes: no quote, bracket, %%, #, < or keyword is read as syntax', () => {
    const t = hostile();
    const { title, subgraphs, nodes } = parsedMermaid(renderMermaid(t));
    const hostileLines = HOSTILE.split('\n');
    expect(title).toBe(`stack ${HOSTILE.replace('\n', ' ')}`);
    expect(subgraphs.has([...hostileLines, 'qemu:///system?x="1"&y=<2>'].join('\n'))).toBe(true);
    const labels = [...nodes.values()];
    expect(labels).toContain([`vm ${hostileLines[0]}`, hostileLines[1]].join('\n'));
    expect(labels).toContain([`net ${hostileLines[0]}`, hostileLines[1], '10.80.1.0/24 nat %% "x"'].join('\n'));
    expect(labels).toContain('lab1-dhcp-client\nrole: [role] {x} |y| end');
    expect(labels).toContain('end');
  });
});

/** The text of every <text> element, XML entities decoded. */
function svgTexts(svg: string): string[] {
  const decode = (s: string) => s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'' }[e]!;
  });
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => decode(m[1]));
}

describe('renderSvg', () => {
  itXmllint('is well-formed XML with every host, network, machine and address in its text', () => {
    const svg = renderSvg(fixture());
    const r = run([XMLLINT!, '--noout', '--nonet', tmpFile('topology.svg', svg)]);
    expectSuccess(r);
    expect(r.stderr).toBe('');
    expect(svg).toMatch(/<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const texts = svgTexts(svg);
    for (const label of [...FIXTURE_NODES, 'local', 'kvm-remote', 'stack demo']) {
      for (const line of label.split('\n')) expect(texts).toContain(line);
    }
    for (const address of ['10.80.1.2', '10.80.2.2', '10.80.1.20', '10.80.2.10', '10.81.0.10', '10.81.0.11', '10.81.0.12', 'DHCP']) expect(texts).toContain(address);
  });

  itXmllint('hostile names are well-formed XML and drawn as they are', () => {
    const t = hostile();
    const svg = renderSvg(t);
    expectSuccess(run([XMLLINT!, '--noout', '--nonet', tmpFile('hostile.svg', svg)]));
    const texts = svgTexts(svg);
    const hostileLines = HOSTILE.split('\n');
    for (const line of [`vm ${hostileLines[0]}`, `net ${hostileLines[0]}`, hostileLines[0], hostileLines[1], 'qemu:///system?x="1"&y=<2>', '10.80.1.0/24 nat %% "x"', 'role: [role] {x} |y| end', 'end']) {
      expect(texts).toContain(line);
    }
  });

  test('a Graphviz failure is an error that says so', () => {
    expect(() => layoutDot('graph { a -- }', 'svg')).toThrow(/^cannot lay out the diagram: Graphviz \(WebAssembly\) failed: .*syntax error/);
  });
});
