import { getJson } from '../api-client.js';
import type { Page, Story } from '../api-types.js';
import { h } from '../dom.js';
import { articleLink } from '../links.js';
import { pageOf, pager } from '../pager.js';
import type { PageView } from '../router.js';

/** `/stories`: the articles grouped by the event they report, with their copies. */
export async function storiesPage(_params: readonly string[], query: URLSearchParams): Promise<PageView> {
  const page = pageOf(query);
  const list = await getJson<Page<Story>>('/stories', { since: query.get('since'), page });
  return {
    title: 'Stories',
    node: h(
      'section',
      { class: 'stories-page' },
      h('h1', {}, 'Stories'),
      h('p', { class: 'hint' }, 'Articles grouped by the event they report; a copy or light rewrite of an earlier article is marked as such.'),
      list.items.length
        ? h(
            'ol',
            { class: 'stories' },
            list.items.map((s) =>
              h(
                'li',
                { class: 'story' },
                h('h2', {}, s.title ?? `Story ${s.story}`),
                h('p', { class: 'meta' }, `story ${s.story} · ${s.first ?? 'undated'} · ${s.articles.length} articles · ${s.copies} copies${s.sources.length ? ` · ${s.sources.join(', ')}` : ''}`),
                h(
                  'ul',
                  {},
                  s.articles.map((a) =>
                    h('li', {}, articleLink(a.id, a.title), a.published ? ` (${a.published})` : '', a.source ? ` · ${a.source}` : '', a.copyOf ? h('span', { class: 'copy' }, ` copy of ${a.copyOf.slice(0, 12)} (${Math.round((a.similarity ?? 0) * 100)}%)`) : null),
                  ),
                ),
              ),
            ),
          )
        : h('p', { class: 'empty' }, 'No story yet.'),
      pager(query, page, list.hasMore),
    ),
  };
}
