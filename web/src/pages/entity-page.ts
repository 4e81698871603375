import { getJson } from '../api-client.js';
import type { EntityProfile, StoredClaim } from '../api-types.js';
import { h } from '../dom.js';
import { articleLink, dyadLink, entityLink } from '../links.js';
import type { PageView } from '../router.js';

function claimList(claims: readonly StoredClaim[]): HTMLElement {
  if (!claims.length) return h('p', { class: 'empty' }, 'None.');
  return h(
    'ul',
    { class: 'claims' },
    claims.map((c) =>
      h('li', {}, h('span', { class: `stance stance-${c.stance}` }, c.stance), ' ', h('strong', {}, c.source.name), ': ', c.text, ' — ', articleLink(c.articleId, c.articleTitle), c.published ? ` (${c.published})` : ''),
    ),
  );
}

function section(title: string, ...content: (Node | null)[]): HTMLElement {
  return h('section', { class: 'profile-section' }, h('h2', {}, title), ...content);
}

/** `/entities/<key>`: one entity across the corpus: roles, when it is in the news, who it appears with, its claims and quotes. */
export async function entityPage([key]: readonly string[]): Promise<PageView> {
  const p = await getJson<EntityProfile>(`/entities/${encodeURIComponent(key!)}`);
  const e = p.entity;
  const most = Math.max(1, ...p.timeline.map((t) => t.mentions));
  return {
    title: e.name,
    node: h(
      'section',
      { class: 'entity-page' },
      h('h1', {}, e.name),
      h('p', { class: 'meta' }, [e.type, e.country, e.kbId ? `kb ${e.kbId}` : 'not in the knowledge base', `${e.articles} articles`, `${e.mentions} mentions`].filter(Boolean).join(' · ')),
      h('p', {}, h('a', { href: `/?${new URLSearchParams({ entity: e.key })}` }, `Search the articles mentioning ${e.name}`)),
      p.roles.length ? section('Roles', h('ul', {}, p.roles.map((r) => h('li', {}, `${r.key} (${r.count})`)))) : null,
      section(
        'In the news',
        h(
          'table',
          { class: 'timeline' },
          h('thead', {}, h('tr', {}, h('th', {}, 'month'), h('th', {}, 'articles'), h('th', {}, 'mentions'))),
          h(
            'tbody',
            {},
            p.timeline.map((t) => {
              const bar = h('span', { class: 'bar' });
              bar.style.width = `${Math.round((100 * t.mentions) / most)}%`;
              return h('tr', {}, h('td', {}, t.period), h('td', {}, t.articles), h('td', { class: 'bar-cell' }, bar, ` ${t.mentions}`));
            }),
          ),
        ),
      ),
      section(
        'Appears with',
        p.related.length
          ? h(
              'ul',
              { class: 'related' },
              p.related.map((r) =>
                h(
                  'li',
                  {},
                  entityLink(r.key, r.name),
                  ` · ${r.type} · ${r.shared} shared articles`,
                  e.country && r.country && e.country !== r.country ? [' · ', dyadLink(e.country, r.country, `timeline ${e.country}–${r.country}`)] : null,
                ),
              ),
            )
          : h('p', { class: 'empty' }, 'No other entity.'),
      ),
      section('Claims it makes', claimList(p.claimsBy)),
      section('Claims about it', claimList(p.claimsAbout)),
      section(
        'Quotes',
        p.quotes.length ? h('ul', { class: 'quotes' }, p.quotes.map((q) => h('li', {}, h('q', {}, q.text), ' — ', articleLink(q.articleId, q.articleTitle)))) : h('p', { class: 'empty' }, 'None.'),
      ),
      section('Articles', h('ul', {}, p.articles.map((a) => h('li', {}, articleLink(a.id, a.title), a.published ? ` (${a.published})` : '')))),
    ),
  };
}
