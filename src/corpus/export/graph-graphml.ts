import type { ActorGraph } from '../../store/store.js';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type GraphAttribute, type GraphExportOptions } from './graph-attributes.js';
import { xmlEscape } from './xml-escape.js';

const GRAPHML_TYPE = { integer: 'int', double: 'double' } as const;

function keys<T>(target: 'node' | 'edge', prefix: string, attributes: readonly GraphAttribute<T>[]): string[] {
  return attributes.map((a) => `  <key id="${prefix}${a.id}" for="${target}" attr.name="${a.id}" attr.type="${GRAPHML_TYPE[a.type]}"/>`);
}

function data<T>(item: T, prefix: string, attributes: readonly GraphAttribute<T>[]): string {
  return attributes.map((a) => `<data key="${prefix}${a.id}">${a.value(item)}</data>`).join('');
}

/**
 * The actor graph as GraphML: a directed graph with a `label` and an `events` count on each node,
 * and on each edge a `weight` (its event count), its mean Goldstein score and its events per quad class.
 */
export function graphGraphml(graph: ActorGraph, options: GraphExportOptions = {}): string {
  const label = options.label ?? ((id: string) => id);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...(options.description ? [`  <desc>${xmlEscape(options.description)}</desc>`] : []),
    '  <key id="n_label" for="node" attr.name="label" attr.type="string"/>',
    ...keys('node', 'n_', NODE_ATTRIBUTES),
    '  <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>',
    ...keys('edge', 'e_', EDGE_ATTRIBUTES),
    '  <graph id="actors" edgedefault="directed">',
    ...graph.nodes.map((n) => `    <node id="${xmlEscape(n.id)}"><data key="n_label">${xmlEscape(label(n.id))}</data>${data(n, 'n_', NODE_ATTRIBUTES)}</node>`),
    ...graph.edges.map(
      (e, i) =>
        `    <edge id="e${i}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}"><data key="e_weight">${e.events}</data>${data(e, 'e_', EDGE_ATTRIBUTES)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}
