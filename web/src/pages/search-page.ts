import { getJson } from '../api-client.js';
import { ApiError } from '../api-error.js';
import type { ArticleSummary, EntitySummary, Page, SearchHit, StoreStats } from '../api-types.js';
import { h } from '../dom.js';
import { articleLink, entityLink, snippet } from '../links.js';
import { pageOf, pager } from '../pager.js';
import { navigate, type PageView } from '../router.js';

const ENTITY_KEY = /^(?:kb|name):/;

function searchForm(query: URLSearchParams): HTMLFormElement {
  const input = (name: string, label: string, type: string, placeholder: string) =>
    h('label', { class: `input input-${name}` }, h('span', {}, label), h('input', { name, type, value: query.get(name) ?? '', placeholder }));
  const form = h(
    'form',
    { class: 'search-form', role: 'search', action: '/', method: 'get' },
    input('q', 'Search the text', 'search', 'drones OR missiles, "peace deal", sanction*'),
    input('entity', 'Mentioning', 'text', 'a name, e.g. Putin'),
    input('since', 'From', 'date', ''),
    input('until', 'To', 'date', ''),
    h('button', { type: 'submit' }, 'Search'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v.trim()) q.set(k, v.trim());
    const qs = q.toString();
    navigate(qs ? `/?${qs}` : '/');
  });
  return form;
}

function statsLine(stats: StoreStats): HTMLElement {
  const range = stats.published ? `, published ${stats.published.first} to ${stats.published.last}` : '';
  return h('p', { class: 'stats' }, `${stats.articles} articles${range} · ${stats.entities} entities · ${stats.quotes} quotes · ${stats.claims} claims · ${stats.events} events`);
}

function resultList(items: readonly (ArticleSummary | SearchHit)[]): HTMLElement {
  return h(
    'ol',
    { class: 'results' },
    items.map((a) =>
      h(
        'li',
        { class: 'result' },
        h('h2', {}, articleLink(a.id, a.title)),
        h('p', { class: 'meta' }, [a.published ?? 'undated', a.source].filter(Boolean).join(' · ')),
        'snippet' in a ? snippet(a.snippet) : null,
      ),
    ),
  );
}

/** `/`: full-text search with entity and date filters; without a query, the newest articles. */
export async function searchPage(_params: readonly string[], query: URLSearchParams): Promise<PageView> {
  const q = query.get('q')?.trim() ?? '';
  const entity = query.get('entity')?.trim() ?? '';
  const page = pageOf(query);
  const dates = { since: query.get('since'), until: query.get('until') };
  const [stats, matches] = await Promise.all([
    getJson<StoreStats>('/stats'),
    entity && !ENTITY_KEY.test(entity) ? getJson<Page<EntitySummary>>('/entities', { q: entity, pageSize: 10 }) : Promise.resolve(null),
  ]);
  const entityKey = ENTITY_KEY.test(entity) ? entity : matches?.items.length === 1 ? matches.items[0]!.key : '';
  let list: Page<ArticleSummary | SearchHit> | null = null;
  let refused: ApiError | null = null;
  try {
    list = entity && !entityKey ? null : await getJson<Page<ArticleSummary | SearchHit>>('/articles', { q, entity: entityKey, ...dates, page });
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 400) throw e;
    refused = e;
  }
  const heading = q ? `Articles matching “${q}”` : 'Newest articles';
  return {
    title: q ? `Search: ${q}` : 'Search',
    node: h(
      'section',
      { class: 'search-page' },
      h('h1', {}, 'Search the articles'),
      statsLine(stats),
      searchForm(query),
      matches && matches.items.length !== 1
        ? h(
            'section',
            { class: 'entity-matches' },
            h('h2', {}, matches.items.length ? `Entities named like “${entity}”: choose one` : `No entity is named like “${entity}”`),
            h(
              'ul',
              {},
              matches.items.map((m) =>
                h('li', {}, entityLink(m.key, m.name), ` · ${m.type} · ${m.articles} articles · `, h('a', { href: `/?${new URLSearchParams({ ...(q ? { q } : {}), entity: m.key })}` }, 'its articles')),
              ),
            ),
          )
        : null,
      refused ? h('p', { class: 'error', role: 'alert' }, `The search was refused: ${refused.detail}`) : null,
      list
        ? h(
            'section',
            { class: 'article-list' },
            h('h2', {}, heading, entityKey ? ` mentioning ${matches?.items[0]?.name ?? entityKey}` : ''),
            list.items.length ? resultList(list.items) : h('p', { class: 'empty' }, 'No article matches.'),
            pager(query, page, list.hasMore),
          )
        : null,
    ),
  };
}
