import { getJson } from '../api-client.js';
import type { ActorGraph, GraphEdge, Page, StoredEvent } from '../api-types.js';
import { h } from '../dom.js';
import { eventTable } from '../event-table.js';
import { MODALITIES, QUAD_CLASS_LABELS } from '../labels.js';
import { dyadLink } from '../links.js';
import { navigate, type PageView } from '../router.js';

const QUADS = [1, 2, 3, 4] as const;

/** The colour of an edge: green when most of its events are cooperation, red when conflict, amber when even. */
export function edgeTone(edge: GraphEdge): 'cooperation' | 'conflict' | 'mixed' {
  const [vc, mc, vf, mf] = edge.quadClasses;
  const coop = vc + mc;
  const conflict = vf + mf;
  return coop > conflict ? 'cooperation' : conflict > coop ? 'conflict' : 'mixed';
}

/**
 * Cytoscape puts a `<style>` element in the page unless an element with this id is there; the
 * Content-Security-Policy refuses inline styles, so a placeholder takes its place and styles.css
 * carries its one rule.
 */
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

const TONE_COLOURS = { cooperation: '#1f7a3f', conflict: '#b3261e', mixed: '#b26a00' } as const;

function filterForm(query: URLSearchParams): HTMLFormElement {
  const listed = (name: string) => new Set((query.get(name) ?? '').split(',').filter(Boolean));
  const quads = listed('quadClass');
  const modalities = listed('modality');
  const form = h(
    'form',
    { class: 'graph-filters' },
    h('label', { class: 'input' }, h('span', {}, 'From'), h('input', { type: 'date', name: 'since', value: query.get('since') ?? '' })),
    h('label', { class: 'input' }, h('span', {}, 'To'), h('input', { type: 'date', name: 'until', value: query.get('until') ?? '' })),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Quad class'),
      QUADS.map((q) => h('label', {}, h('input', { type: 'checkbox', name: 'quadClass', value: q, checked: quads.has(String(q)) }), ` ${QUAD_CLASS_LABELS[q]}`)),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Modality'),
      MODALITIES.map((m) => h('label', {}, h('input', { type: 'checkbox', name: 'modality', value: m, checked: modalities.has(m) }), ` ${m}`)),
    ),
    h(
      'label',
      { class: 'input' },
      h('span', {}, 'Nodes'),
      h('select', { name: 'level' }, h('option', { value: 'country' }, 'countries'), h('option', { value: 'actor', selected: query.get('level') === 'actor' }, 'actors (GOV, MIL, …)')),
    ),
    h('button', { type: 'submit' }, 'Apply'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const q = new URLSearchParams();
    for (const name of ['since', 'until', 'level']) {
      const v = data.get(name);
      if (typeof v === 'string' && v && !(name === 'level' && v === 'country')) q.set(name, v);
    }
    for (const name of ['quadClass', 'modality']) {
      const all = data.getAll(name).map(String);
      if (all.length) q.set(name, all.join(','));
    }
    const qs = q.toString();
    navigate(qs ? `/graph?${qs}` : '/graph');
  });
  return form;
}

/** `/graph`: actors as nodes, dyads as edges coloured by cooperation and conflict; choosing an edge lists its events. */
export async function graphPage(_params: readonly string[], query: URLSearchParams): Promise<PageView> {
  const filter = { since: query.get('since'), until: query.get('until'), quadClass: query.get('quadClass'), modality: query.get('modality') };
  const [graph, { default: cytoscape }] = await Promise.all([getJson<ActorGraph>('/graph', { ...filter, level: query.get('level') }), import('cytoscape')]);
  const canvas = h('div', { class: 'graph-canvas', role: 'img', 'aria-label': `Actor network: ${graph.nodes.length} actors, ${graph.edges.length} dyads` });
  const details = h('section', { class: 'edge-events', 'aria-live': 'polite' }, h('p', { class: 'hint' }, 'Click an edge, or choose a dyad in the list, to see its events.'));

  const showEdge = async (edge: GraphEdge): Promise<void> => {
    details.replaceChildren(h('p', {}, `Loading the events of ${edge.source} → ${edge.target}…`));
    const events = await getJson<Page<StoredEvent>>('/events', { dyad: `${edge.source},${edge.target}`, since: filter.since, until: filter.until, modality: filter.modality, pageSize: 100 });
    const quads = new Set((filter.quadClass ?? '').split(',').filter(Boolean).map(Number));
    const shown = quads.size ? events.items.filter((e) => quads.has(e.quadClass)) : events.items;
    details.replaceChildren(
      h('h2', {}, `Events between ${edge.source} and ${edge.target} (${shown.length}${events.hasMore ? '+' : ''})`),
      h('p', {}, dyadLink(edge.source, edge.target, `Timeline of ${edge.source} and ${edge.target}`)),
      eventTable(shown),
    );
  };

  const edgeList = h(
    'ul',
    { class: 'edge-list' },
    graph.edges.map((e) =>
      h(
        'li',
        {},
        h('button', { type: 'button', class: `edge-button tone-${edgeTone(e)}`, 'data-source': e.source, 'data-target': e.target, onclick: () => void showEdge(e) }, `${e.source} → ${e.target}`),
        ` ${e.events} events · Goldstein ${e.goldstein.toFixed(1)} · ${edgeTone(e)}`,
      ),
    ),
  );

  const mounted = (): void => {
    if (!document.getElementById(CYTOSCAPE_STYLESHEET_ID)) document.head.append(h('meta', { id: CYTOSCAPE_STYLESHEET_ID, name: 'cytoscape-stylesheet', content: 'in styles.css' }));
    const most = Math.max(1, ...graph.nodes.map((n) => n.events));
    const cy = cytoscape({
      container: canvas,
      elements: [
        ...graph.nodes.map((n, i) => ({
          data: { id: `n:${n.id}`, label: n.id, size: 18 + 30 * Math.sqrt(n.events / most) },
          position: { x: 300 * Math.cos((2 * Math.PI * i) / graph.nodes.length), y: 300 * Math.sin((2 * Math.PI * i) / graph.nodes.length) },
        })),
        ...graph.edges.map((e, i) => ({ data: { id: `e${i}`, source: `n:${e.source}`, target: `n:${e.target}`, colour: TONE_COLOURS[edgeTone(e)], width: 1.5 + Math.log2(1 + e.events) * 1.5 } })),
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#3b5b7a', color: '#1b1b1b', 'font-size': 14, 'font-weight': 600, 'text-outline-color': '#ffffff', 'text-outline-width': 2, 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 4 } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.85 } },
        { selector: 'edge:selected', style: { opacity: 1, 'underlay-color': '#ffd54f', 'underlay-opacity': 0.6, 'underlay-padding': 3 } },
      ],
      layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 600_000, idealEdgeLength: () => 80, nodeOverlap: 20, componentSpacing: 60, gravity: 5, numIter: 2500, padding: 20 },
      wheelSensitivity: 0.3,
    });
    cy.on('tap', 'edge', (evt) => {
      const edge = graph.edges[Number(String(evt.target.id()).slice(1))];
      if (edge) void showEdge(edge);
    });
  };

  return {
    title: 'Actor network',
    node: h(
      'section',
      { class: 'graph-page' },
      h('h1', {}, 'Actor network'),
      filterForm(query),
      h(
        'p',
        { class: 'legend' },
        h('span', { class: 'swatch tone-cooperation' }, 'cooperation'),
        h('span', { class: 'swatch tone-conflict' }, 'conflict'),
        h('span', { class: 'swatch tone-mixed' }, 'even'),
        ` · ${graph.nodes.length} actors, ${graph.edges.length} dyads; arrows point from the actor to the one it acts on`,
      ),
      graph.edges.length ? canvas : h('p', { class: 'empty' }, 'No event passes these filters.'),
      h('div', { class: 'graph-below' }, h('section', { class: 'edges' }, h('h2', {}, 'Dyads'), edgeList), details),
    ),
    mounted: graph.edges.length ? mounted : undefined,
  };
}
