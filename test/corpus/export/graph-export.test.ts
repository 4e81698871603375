import assert from 'node:assert/strict';
import { test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { graphGexf } from '../../../src/corpus/export/graph-gexf.js';
import { graphGraphml } from '../../../src/corpus/export/graph-graphml.js';
import { xmlEscape } from '../../../src/corpus/export/xml-escape.js';
import type { ActorGraph } from '../../../src/store/store.js';

const GRAPH: ActorGraph = {
  nodes: [
    { id: 'IRN', events: 5 },
    { id: 'RUS', events: 4 },
    { id: 'UKR', events: 1 },
  ],
  edges: [
    { source: 'IRN', target: 'RUS', events: 3, goldstein: 4.666666, quadClasses: [2, 1, 0, 0] },
    { source: 'RUS', target: 'UKR', events: 1, goldstein: -10, quadClasses: [0, 0, 0, 1] },
    { source: 'RUS', target: 'IRN', events: 1, goldstein: 1, quadClasses: [1, 0, 0, 0] },
  ],
};
const NAMES: Record<string, string> = { IRN: 'Iran', RUS: 'Russia', UKR: 'Ukraine' };
const options = { label: (id: string) => NAMES[id] ?? id, description: 'events 2024-01 to 2024-12 & more' };
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['node', 'edge', 'attvalue', 'attribute', 'attributes', 'key', 'data'].includes(name) });

type Attrs = Record<string, string>;

test('GEXF: well-formed GEXF 1.3, directed, with declared node and edge attributes', () => {
  const xml = graphGexf(GRAPH, options);
  assert.equal(XMLValidator.validate(xml), true);
  const doc = parser.parse(xml) as { gexf: Attrs & { meta: { description: string }; graph: Attrs & { attributes: (Attrs & { attribute: Attrs[] })[] } } };
  assert.equal(doc.gexf.xmlns, 'http://gexf.net/1.3');
  assert.equal(doc.gexf.version, '1.3');
  assert.equal(doc.gexf.meta.description, 'events 2024-01 to 2024-12 & more');
  assert.equal(doc.gexf.graph.defaultedgetype, 'directed');
  const declared = Object.fromEntries(doc.gexf.graph.attributes.map((a) => [a.class, a.attribute.map((x) => `${x.id}:${x.type}`)]));
  assert.deepEqual(declared, {
    node: ['events:integer'],
    edge: ['events:integer', 'goldstein:double', 'verbal_cooperation:integer', 'material_cooperation:integer', 'verbal_conflict:integer', 'material_conflict:integer'],
  });
});

test('GEXF: a node per actor with its label and events, an edge per dyad weighted by its events', () => {
  const doc = parser.parse(graphGexf(GRAPH, options)) as {
    gexf: { graph: { nodes: { node: (Attrs & { attvalues: { attvalue: Attrs[] } })[] }; edges: { edge: (Attrs & { attvalues: { attvalue: Attrs[] } })[] } } };
  };
  const values = (x: { attvalues: { attvalue: Attrs[] } }): Attrs => Object.fromEntries(x.attvalues.attvalue.map((v) => [v.for, v.value]));
  assert.deepEqual(doc.gexf.graph.nodes.node.map((n) => [n.id, n.label, values(n).events]), [['IRN', 'Iran', '5'], ['RUS', 'Russia', '4'], ['UKR', 'Ukraine', '1']]);
  const [first, second] = doc.gexf.graph.edges.edge;
  assert.deepEqual([first!.id, first!.source, first!.target, first!.weight], ['0', 'IRN', 'RUS', '3']);
  assert.deepEqual(values(first!), { events: '3', goldstein: '4.667', verbal_cooperation: '2', material_cooperation: '1', verbal_conflict: '0', material_conflict: '0' });
  assert.equal(values(second!).goldstein, '-10');
  assert.equal(doc.gexf.graph.edges.edge.length, 3);
});

test('GraphML: well-formed, directed, keys before the graph, data on nodes and edges', () => {
  const xml = graphGraphml(GRAPH, options);
  assert.equal(XMLValidator.validate(xml), true);
  assert.ok(xml.lastIndexOf('<key ') < xml.indexOf('<graph '));
  const doc = parser.parse(xml) as {
    graphml: Attrs & { desc: string; key: Attrs[]; graph: Attrs & { node: (Attrs & { data: { key: string; '#text': string | number }[] })[]; edge: (Attrs & { data: { key: string; '#text': string | number }[] })[] } };
  };
  assert.equal(doc.graphml.xmlns, 'http://graphml.graphdrawing.org/xmlns');
  assert.equal(doc.graphml.desc, 'events 2024-01 to 2024-12 & more');
  assert.deepEqual(doc.graphml.key.map((k) => `${k.for}:${k['attr.name']}:${k['attr.type']}`), [
    'node:label:string', 'node:events:int',
    'edge:weight:double', 'edge:events:int', 'edge:goldstein:double', 'edge:verbal_cooperation:int', 'edge:material_cooperation:int', 'edge:verbal_conflict:int', 'edge:material_conflict:int',
  ]);
  assert.equal(doc.graphml.graph.edgedefault, 'directed');
  const data = (x: { data: { key: string; '#text': string | number }[] }): Record<string, string> => Object.fromEntries(x.data.map((d) => [d.key, String(d['#text'])]));
  assert.deepEqual(doc.graphml.graph.node.map((n) => [n.id, data(n).n_label, data(n).n_events]), [['IRN', 'Iran', '5'], ['RUS', 'Russia', '4'], ['UKR', 'Ukraine', '1']]);
  const edge = doc.graphml.graph.edge[0]!;
  assert.deepEqual([edge.id, edge.source, edge.target], ['e0', 'IRN', 'RUS']);
  assert.deepEqual(data(edge), { e_weight: '3', e_events: '3', e_goldstein: '4.667', e_verbal_cooperation: '2', e_material_cooperation: '1', e_verbal_conflict: '0', e_material_conflict: '0' });
});

const escapes: readonly { text: string; xml: string }[] = [
  { text: 'AT&T <"Bell"> \'s', xml: 'AT&amp;T &lt;&quot;Bell&quot;&gt; &apos;s' },
  { text: 'tab\tand\nline', xml: 'tab&#9;and&#10;line' },
  { text: 'Kyiv – Київ ✓', xml: 'Kyiv – Київ ✓' },
  { text: 'emoji 🇺🇦 kept', xml: 'emoji 🇺🇦 kept' },
];

for (const e of escapes) {
  test(`xml escape: ${JSON.stringify(e.text)}`, () => assert.equal(xmlEscape(e.text), e.xml));
}
