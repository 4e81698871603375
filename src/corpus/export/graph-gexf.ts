import type { ActorGraph } from '../../store/store.js';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type GraphAttribute, type GraphExportOptions } from './graph-attributes.js';
import { xmlEscape } from './xml-escape.js';

function declarations<T>(cls: 'node' | 'edge', attributes: readonly GraphAttribute<T>[]): string[] {
  return [
    `    <attributes class="${cls}">`,
    ...attributes.map((a) => `      <attribute id="${a.id}" title="${a.id}" type="${a.type}"/>`),
    '    </attributes>',
  ];
}

function values<T>(item: T, attributes: readonly GraphAttribute<T>[]): string {
  return `<attvalues>${attributes.map((a) => `<attvalue for="${a.id}" value="${a.value(item)}"/>`).join('')}</attvalues>`;
}

/**
 * The actor graph as GEXF 1.3 (opens in Gephi): a directed graph whose nodes carry their event
 * count and whose edges carry their event count as weight, their mean Goldstein score and their
 * events per quad class.
 */
export function graphGexf(graph: ActorGraph, options: GraphExportOptions = {}): string {
  const label = options.label ?? ((id: string) => id);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>newsgraph</creator>',
    ...(options.description ? [`    <description>${xmlEscape(options.description)}</description>`] : []),
    '  </meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    ...declarations('node', NODE_ATTRIBUTES),
    ...declarations('edge', EDGE_ATTRIBUTES),
    '    <nodes>',
    ...graph.nodes.map((n) => `      <node id="${xmlEscape(n.id)}" label="${xmlEscape(label(n.id))}">${values(n, NODE_ATTRIBUTES)}</node>`),
    '    </nodes>',
    '    <edges>',
    ...graph.edges.map(
      (e, i) => `      <edge id="${i}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" weight="${e.events}">${values(e, EDGE_ATTRIBUTES)}</edge>`,
    ),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ];
  return `${lines.join('\n')}\n`;
}
