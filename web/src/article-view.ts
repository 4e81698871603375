import type { AnalysisRecord, NewsEvent } from './api-types.js';
import { h, safeHttpUrl, uiPath } from './dom.js';
import { ENTITY_TYPE_LABELS } from '../../src/analyze/entity-type-labels.js';
import { countryOf, entityKey, QUAD_CLASS_LABELS } from './labels.js';
import { MARK_KINDS, markedText, type MarkKind, type MarkSpan } from './marked-text.js';

/** How an article is shown. */
export interface ArticleViewOptions {
  /** The record is stored: entities link to their profiles across the corpus. */
  readonly stored: boolean;
}

/** One thing found in the article: its marks, its line in the side panel and its details. */
interface Found {
  readonly kind: MarkKind;
  readonly id: string;
  readonly group: string;
  readonly label: string;
  readonly spans: readonly { readonly start: number; readonly end: number }[];
  readonly title: string;
  readonly type?: string;
  readonly details: () => readonly (Node | null)[];
}

const LAYER_LABELS: Readonly<Record<MarkKind, string>> = { entity: 'Entities', quote: 'Quotes', claim: 'Claims', event: 'Events', time: 'Times' };

function field(name: string, ...value: (Node | string)[]): HTMLElement {
  return h('div', { class: 'field' }, h('dt', {}, name), h('dd', {}, ...value));
}

function actorText(a: NewsEvent['source'] | null): string {
  if (!a) return '—';
  return a.actor ? `${a.name} (${a.actor})` : a.name;
}

function dyadLink(e: NewsEvent): HTMLElement | null {
  const a = e.source.actor;
  const b = e.target?.actor;
  if (!a || !b || countryOf(a) === countryOf(b)) return null;
  return h('a', { href: uiPath('dyads', countryOf(a), countryOf(b)) }, `Timeline of ${countryOf(a)} and ${countryOf(b)}`);
}

function foundItems(record: AnalysisRecord, options: ArticleViewOptions): Found[] {
  const typeOrder = Object.keys(ENTITY_TYPE_LABELS);
  const ordered = [...record.entities].sort((a, b) => typeOrder.indexOf(a.type) - typeOrder.indexOf(b.type));
  const entities = ordered.map(
    (e): Found => ({
      kind: 'entity',
      id: e.id,
      group: ENTITY_TYPE_LABELS[e.type] ?? e.type,
      label: `${e.name} ×${e.mentions.length}`,
      spans: e.mentions,
      title: `${e.name} · ${e.type}${e.kb.role ? ` · ${e.kb.role}` : ''}`,
      type: e.type,
      details: () => [
        h('h3', {}, e.name),
        h(
          'dl',
          {},
          field('type', e.type),
          e.kb.role ? field('role', e.kb.role) : null,
          e.kb.country ? field('country', e.kb.country) : null,
          field('knowledge base', e.kb.id ?? 'not linked'),
          field('mentions', e.mentions.map((m) => m.text).join(' · ')),
        ),
        options.stored ? h('a', { href: uiPath('entities', entityKey(e)) }, `Profile of ${e.name} across the corpus`) : null,
      ],
    }),
  );
  const quotes = record.quotes.map(
    (q, i): Found => ({
      kind: 'quote',
      id: `q${i}`,
      group: 'Quotes',
      label: `${q.speakerName ?? 'Unattributed'}: ${q.text}`,
      spans: [q],
      title: `Quote · ${q.speakerName ?? 'speaker not found'}`,
      details: () => [h('h3', {}, 'Quote'), h('dl', {}, field('speaker', q.speakerName ?? 'not found'), field('cue', q.cue ?? '—'), field('kind', q.kind), field('text', q.text))],
    }),
  );
  const claims = record.claims.map(
    (c, i): Found => ({
      kind: 'claim',
      id: `c${i}`,
      group: 'Claims',
      label: `#${i} ${c.source.name}${c.via ? ` via ${c.via.name}` : ''} ${c.stance}: ${c.text}${typeof c.denies === 'number' ? ` → denies #${c.denies}` : ''}`,
      spans: [c],
      title: `Claim #${i} · ${c.source.name} ${c.stance}`,
      details: () => [
        h('h3', {}, `Claim #${i}`),
        h(
          'dl',
          {},
          field('source', c.source.name),
          c.via ? field('via', c.via.name) : null,
          field('stance', c.stance),
          field('cue', c.cue),
          typeof c.denies === 'number' ? field('denies', `#${c.denies} ${record.claims[c.denies]?.text ?? ''}`) : null,
          typeof c.confirms === 'number' ? field('confirms', `#${c.confirms} ${record.claims[c.confirms]?.text ?? ''}`) : null,
          field('content', c.text),
        ),
      ],
    }),
  );
  const events = record.events.map(
    (e, i): Found => ({
      kind: 'event',
      id: `v${i}`,
      group: 'Events',
      label: `${e.code} ${e.label}: ${e.source.actor ?? e.source.name} → ${e.target?.actor ?? e.target?.name ?? '—'}, ${e.date?.value ?? 'undated'}, ${e.modality}`,
      spans: [e.trigger ?? e.sentence],
      title: `${e.code} ${e.label}: ${actorText(e.source)} → ${actorText(e.target)} · ${e.date?.value ?? 'undated'} · ${e.modality}`,
      details: () => [
        h('h3', {}, `Event ${e.code} ${e.label}`),
        h(
          'dl',
          {},
          field('source', actorText(e.source)),
          field('target', actorText(e.target)),
          field('date', e.date?.value ? `${e.date.value}${e.date.text ? ` (“${e.date.text}”)` : ''}` : 'undated'),
          field('modality', e.modality),
          field('class', `${QUAD_CLASS_LABELS[e.quadClass]} · Goldstein ${e.goldstein}${e.plover ? ` · PLOVER ${e.plover}` : ''}`),
          e.location ? field('place', e.location.name) : null,
          field('evidence', h('q', { class: 'evidence' }, e.evidence)),
        ),
        dyadLink(e),
      ],
    }),
  );
  const times = record.times.map(
    (t, i): Found => ({
      kind: 'time',
      id: `t${i}`,
      group: 'Times',
      label: `${t.text} = ${t.value ?? 'unresolved'}`,
      spans: [t],
      title: `${t.text} = ${t.value ?? 'unresolved'}`,
      details: () => [h('h3', {}, 'Time'), h('dl', {}, field('text', t.text), field('value', t.value ?? 'unresolved'), t.timex ? field('TIMEX3', t.timex) : null)],
    }),
  );
  return [...entities, ...quotes, ...claims, ...events, ...times];
}

function header(record: AnalysisRecord): HTMLElement {
  const d = record.document;
  const href = safeHttpUrl(d.url);
  const meta = [d.published, d.source].filter((s): s is string => !!s);
  return h(
    'header',
    { class: 'article-header' },
    h('h1', {}, d.title ?? 'Untitled article'),
    h(
      'p',
      { class: 'meta' },
      meta.join(' · '),
      meta.length ? ' · ' : '',
      h('span', { class: 'id' }, `id ${d.id.slice(0, 12)}`),
      d.url ? ' · ' : '',
      href ? h('a', { href, rel: 'noopener noreferrer nofollow', class: 'source-url' }, d.url) : d.url ? h('span', { class: 'source-url' }, d.url) : null,
    ),
  );
}

/**
 * An annotated article: its text with a `<mark data-kind data-id>` per entity mention, quote,
 * claim, event (its trigger, else its sentence) and time; a checkbox per layer; a side panel
 * listing everything found; and a selection panel with the details of what was clicked or
 * chosen in the list (by pointer or keyboard).
 */
export function articleView(record: AnalysisRecord, options: ArticleViewOptions): HTMLElement {
  const items = foundItems(record, options);
  const byKey = new Map(items.map((f) => [`${f.kind}:${f.id}`, f]));
  const shown = new Set<MarkKind>(MARK_KINDS);
  const text = h('div', { class: 'article-text', role: 'document', 'aria-label': 'Article text' });
  const selection = h('section', { class: 'selection', 'aria-live': 'polite', 'aria-label': 'Selection' }, h('p', { class: 'hint' }, 'Select a mark in the text or an item below to see its details.'));
  const boxes = new Map<MarkKind, HTMLInputElement>();
  let selected: Found | null = null;

  const render = (): void => {
    const spans: MarkSpan[] = items
      .filter((f) => shown.has(f.kind))
      .flatMap((f) => f.spans.map((s) => ({ kind: f.kind, id: f.id, start: s.start, end: s.end, attrs: { title: f.title, ...(f.type ? { 'data-type': f.type } : {}), ...(f.kind === 'event' ? { tabindex: '0' } : {}) } })));
    text.replaceChildren(markedText(record.document.text, spans));
    highlight();
  };

  const highlight = (): void => {
    for (const el of root.querySelectorAll('.selected')) el.classList.remove('selected');
    if (!selected) return;
    const sel = `[data-kind="${selected.kind}"][data-id="${CSS.escape(selected.id)}"]`;
    for (const el of root.querySelectorAll(`mark${sel}, button.item${sel}`)) el.classList.add('selected');
  };

  const select = (found: Found, around: readonly Found[] = []): void => {
    selected = found;
    if (!shown.has(found.kind)) {
      shown.add(found.kind);
      boxes.get(found.kind)!.checked = true;
      render();
    } else highlight();
    const also = around.filter((f) => f !== found);
    const parts = [
      ...found.details(),
      also.length ? h('p', { class: 'also' }, 'Also here: ', ...also.map((f) => h('button', { type: 'button', class: 'link', onclick: () => select(f, around) }, `${LAYER_LABELS[f.kind]}: ${f.label.slice(0, 60)}`))) : null,
    ];
    selection.replaceChildren(...parts.filter((n): n is Node => n !== null));
    text.querySelector(`mark[data-kind="${found.kind}"][data-id="${CSS.escape(found.id)}"]`)?.scrollIntoView({ block: 'nearest' });
  };

  const fromMark = (target: EventTarget | null): void => {
    const marks: Found[] = [];
    for (let el = target instanceof Element ? target.closest('mark') : null; el && text.contains(el); el = el.parentElement?.closest('mark') ?? null) {
      const f = byKey.get(`${(el as HTMLElement).dataset.kind}:${(el as HTMLElement).dataset.id}`);
      if (f) marks.push(f);
    }
    if (marks[0]) select(marks[0], marks);
  };
  text.addEventListener('click', (e) => fromMark(e.target));
  text.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      fromMark(e.target);
    }
  });

  const layers = h(
    'fieldset',
    { class: 'layers' },
    h('legend', {}, 'Layers'),
    MARK_KINDS.map((kind) => {
      const box = h('input', { type: 'checkbox', checked: true, 'data-layer': kind, id: `layer-${kind}` });
      box.addEventListener('change', () => {
        if (box.checked) shown.add(kind);
        else shown.delete(kind);
        render();
      });
      boxes.set(kind, box);
      return h('label', { class: `layer layer-${kind}`, for: `layer-${kind}` }, box, ` ${LAYER_LABELS[kind]} (${items.filter((f) => f.kind === kind).length})`);
    }),
  );

  const groups = new Map<string, Found[]>();
  for (const f of items) groups.set(f.group, [...(groups.get(f.group) ?? []), f]);
  const panel = h(
    'aside',
    { class: 'side-panel', 'aria-label': 'Everything found' },
    selection,
    h('div', { class: 'found-list' }, [...groups].map(([group, found]) =>
      h(
        'section',
        { class: `found found-${found[0]!.kind}` },
        h('h2', {}, `${group} (${found.length})`),
        h(
          'ul',
          {},
          found.map((f) => h('li', {}, h('button', { type: 'button', class: 'item', 'data-kind': f.kind, 'data-id': f.id, ...(f.type ? { 'data-type': f.type } : {}), onclick: () => select(f) }, f.label))),
        ),
      ),
    ),
    items.length === 0 ? h('p', {}, 'Nothing was found in this article.') : null),
  );

  const root = h('article', { class: 'article-view' }, header(record), layers, h('div', { class: 'article-layout' }, text, panel));
  render();
  return root;
}
