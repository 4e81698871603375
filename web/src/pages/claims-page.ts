import { getJson } from '../api-client.js';
import type { ClaimGroup, Page } from '../api-types.js';
import { h } from '../dom.js';
import { STANCES } from '../labels.js';
import { articleLink } from '../links.js';
import { pageOf, pager } from '../pager.js';
import { navigate, type PageView } from '../router.js';

function group(g: ClaimGroup): HTMLElement {
  const denied = g.stances.some((s) => s.key === 'denies');
  return h(
    'li',
    { class: `claim-group${denied ? ' denied' : ''}` },
    h('h2', {}, h('code', {}, g.key || 'no key')),
    h(
      'p',
      { class: 'meta' },
      `${g.claims.length} claims · ${g.first ?? 'undated'}${g.last && g.last !== g.first ? ` to ${g.last}` : ''} · `,
      g.stances.map((s) => h('span', { class: `stance stance-${s.key}` }, `${s.key} ${s.count}`)),
    ),
    h('p', {}, h('strong', {}, 'Sources: '), g.sources.join(', ') || '—', g.outlets.length ? ` · outlets: ${g.outlets.join(', ')}` : ''),
    h(
      'ul',
      {},
      g.claims.map((c) =>
        h(
          'li',
          { class: `claim stance-row-${c.stance}` },
          h('span', { class: `stance stance-${c.stance}` }, c.stance),
          ' ',
          h('strong', {}, c.source.name),
          c.via ? ` via ${c.via.name}` : '',
          ` (${c.cue}): `,
          c.text,
          ' — ',
          articleLink(c.articleId, c.articleTitle),
          c.published ? ` (${c.published})` : '',
        ),
      ),
    ),
  );
}

/** `/claims`: the claim tracker: each claim across the corpus with who makes it, who relays it and who denies it. */
export async function claimsPage(_params: readonly string[], query: URLSearchParams): Promise<PageView> {
  const page = pageOf(query);
  const list = await getJson<Page<ClaimGroup>>('/claims', { about: query.get('about'), stance: query.get('stance'), page });
  const about = h('input', { name: 'about', type: 'search', value: query.get('about') ?? '', placeholder: 'IRN, drones, Kremlin' });
  const stance = h('select', { name: 'stance' }, h('option', { value: '' }, 'any'), STANCES.map((s) => h('option', { value: s, selected: query.get('stance') === s }, s)));
  const form = h(
    'form',
    { class: 'inline-form' },
    h('label', { class: 'input' }, h('span', {}, 'About'), about),
    h('label', { class: 'input' }, h('span', {}, 'With a claim that'), stance),
    h('button', { type: 'submit' }, 'Filter'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    if (about.value.trim()) q.set('about', about.value.trim());
    if (stance.value) q.set('stance', stance.value);
    navigate(q.size ? `/claims?${q}` : '/claims');
  });
  return {
    title: 'Claims',
    node: h(
      'section',
      { class: 'claims-page' },
      h('h1', {}, 'Claim tracker'),
      h('p', { class: 'hint' }, 'Each group is one claim across the corpus (same actors, event and object): who makes it, who relays it, who denies it.'),
      form,
      list.items.length ? h('ol', { class: 'claim-groups' }, list.items.map(group)) : h('p', { class: 'empty' }, 'No claim matches.'),
      pager(query, page, list.hasMore),
    ),
  };
}
