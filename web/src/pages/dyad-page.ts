import { getJson } from '../api-client.js';
import type { DyadAnswer, Page, StoredEvent } from '../api-types.js';
import { h, uiPath } from '../dom.js';
import { articleLink } from '../links.js';
import { navigate, type PageView } from '../router.js';
import { timelineChart } from '../timeline-chart.js';
import { eventTable } from '../event-table.js';

const UNITS = ['month', 'week', 'day'] as const;

/** `/dyads/<a>/<b>`: how the relationship of two actors moves, period by period, with its evidence. */
export async function dyadPage([a, b]: readonly string[], query: URLSearchParams): Promise<PageView> {
  const by = UNITS.find((u) => u === query.get('by')) ?? 'month';
  const dates = { since: query.get('since'), until: query.get('until') };
  const [dyad, events] = await Promise.all([
    getJson<DyadAnswer>(`/dyads/${encodeURIComponent(a!)}/${encodeURIComponent(b!)}`, { by, ...dates }),
    getJson<Page<StoredEvent>>('/events', { dyad: `${a},${b}`, ...dates, pageSize: 100 }),
  ]);
  const select = h('select', { name: 'by' }, UNITS.map((u) => h('option', { value: u, selected: u === by }, u)));
  const form = h('form', { class: 'inline-form' }, h('label', { class: 'input' }, h('span', {}, 'Periods of a'), select), h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = new URLSearchParams(query);
    q.set('by', select.value);
    navigate(`${location.pathname}?${q}`);
  });
  const title = `${dyad.dyad[0]} and ${dyad.dyad[1]}`;
  return {
    title,
    node: h(
      'section',
      { class: 'dyad-page' },
      h('h1', {}, `${title}: the relationship over time`),
      h('p', { class: 'meta' }, `${dyad.periods.length} periods with events (${dyad.modality.join(', ')}) · `, h('a', { href: uiPath('dyads', b!, a!) }, `Swap to ${b} and ${a}`), ' · ', h('a', { href: '/graph' }, 'Actor network')),
      form,
      dyad.periods.length ? timelineChart(dyad.periods, `Timeline of ${title}`) : h('p', { class: 'empty' }, `No ${dyad.modality.join(' or ')} event between ${a} and ${b}.`),
      dyad.periods.length
        ? h(
            'table',
            { class: 'periods' },
            h('caption', {}, 'Evidence per period'),
            h('thead', {}, h('tr', {}, ['period', 'events', 'articles', 'sources', 'Goldstein', 'coop', 'conflict', 'top evidence'].map((c) => h('th', { scope: 'col' }, c)))),
            h(
              'tbody',
              {},
              dyad.periods.map((p) =>
                h(
                  'tr',
                  { id: `period-${p.period}` },
                  h('th', { scope: 'row' }, p.period),
                  h('td', {}, p.events),
                  h('td', {}, p.articles),
                  h('td', {}, p.sources),
                  h('td', {}, p.meanGoldstein.toFixed(2)),
                  h('td', {}, `${Math.round(p.cooperation * 100)}%`),
                  h('td', {}, `${Math.round(p.conflict * 100)}%`),
                  h('td', { class: 'evidence-cell' }, h('span', { class: 'code' }, `${p.evidence.source}→${p.evidence.target} ${p.evidence.code} ${p.evidence.label}`), ' ', h('q', {}, p.evidence.text), ' ', articleLink(p.evidence.articleId, 'article')),
                ),
              ),
            ),
          )
        : null,
      h('h2', {}, `Events between ${a} and ${b} (every modality)`),
      eventTable(events.items),
    ),
  };
}
