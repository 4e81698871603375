import type { GraphEdge, GraphNode } from '../../store/store.js';

/** How a graph export names its nodes and describes itself. */
export interface GraphExportOptions {
  /** The label of a node by its id (a country name for a country code); the id itself by default. */
  readonly label?: (id: string) => string;
  /** A line saying what the graph is of, written in the file's metadata. */
  readonly description?: string;
}

/** The type of an attribute, as GEXF and GraphML both spell the two that are used. */
export type GraphAttributeType = 'integer' | 'double';

/** A node or edge attribute of the graph exports. */
export interface GraphAttribute<T> {
  /** Its name in both formats (the GEXF id and title, the GraphML `attr.name`). */
  readonly id: string;
  readonly type: GraphAttributeType;
  readonly value: (item: T) => number;
}

/** A number rounded to three decimals, as the exports write means. */
export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The attributes of each node, in order. */
export const NODE_ATTRIBUTES: readonly GraphAttribute<GraphNode>[] = [
  { id: 'events', type: 'integer', value: (n) => n.events },
];

/** The attributes of each edge, in order (the edge weight is its event count). */
export const EDGE_ATTRIBUTES: readonly GraphAttribute<GraphEdge>[] = [
  { id: 'events', type: 'integer', value: (e) => e.events },
  { id: 'goldstein', type: 'double', value: (e) => round3(e.goldstein) },
  { id: 'verbal_cooperation', type: 'integer', value: (e) => e.quadClasses[0] },
  { id: 'material_cooperation', type: 'integer', value: (e) => e.quadClasses[1] },
  { id: 'verbal_conflict', type: 'integer', value: (e) => e.quadClasses[2] },
  { id: 'material_conflict', type: 'integer', value: (e) => e.quadClasses[3] },
];
