import type { StoredEvent } from './api-types.js';
import { h } from './dom.js';
import { articleLink } from './links.js';

/** Stored events as a table: date, actors, code, modality and the evidence sentence with its article. */
export function eventTable(events: readonly StoredEvent[]): HTMLElement {
  if (!events.length) return h('p', { class: 'empty' }, 'No event.');
  return h(
    'table',
    { class: 'events' },
    h('thead', {}, h('tr', {}, ['date', 'source', 'event', 'target', 'modality', 'evidence'].map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      events.map((e) =>
        h(
          'tr',
          { class: `quad-${e.quadClass}` },
          h('td', {}, e.date?.value ?? e.published ?? 'undated'),
          h('td', {}, e.source.actor ?? e.source.name),
          h('td', {}, `${e.code} ${e.label}`),
          h('td', {}, e.target?.actor ?? e.target?.name ?? '—'),
          h('td', {}, e.modality),
          h('td', { class: 'evidence-cell' }, h('q', {}, e.evidence), ' ', articleLink(e.articleId, e.articleTitle)),
        ),
      ),
    ),
  );
}
