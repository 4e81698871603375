import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysisRecord } from '../../src/analyze/record.js';
import { dyadSeries, type DyadPeriod } from '../../src/corpus/dyad-series.js';
import type { ActorGraph, ArticleSummary, ClaimGroup, EntityProfile, EntitySummary, SearchHit, StoredEvent } from '../../src/store/store.js';
import { seededApi, type TestApi } from './api-fixture.js';

interface Page<T> {
  readonly items: readonly T[];
  readonly page: number;
  readonly pageSize: number;
  readonly hasMore: boolean;
}

interface Story {
  readonly story: number;
  readonly copies: number;
  readonly sources: readonly string[];
  readonly first: string | null;
  readonly title: string | null;
  readonly articles: readonly (ArticleSummary & { readonly copyOf: string | null; readonly similarity: number | null })[];
}

interface DyadAnswer {
  readonly dyad: readonly string[];
  readonly by: string;
  readonly modality: readonly string[];
  readonly periods: readonly DyadPeriod[];
}

const PUTIN = 'kb:person/vladimir-putin';
const IRAN = 'kb:country/IRN';

let api: TestApi & { readonly records: readonly AnalysisRecord[] };

before(async () => {
  api = await seededApi();
});
after(async () => {
  await api.close();
});

async function get<T>(url: string): Promise<T> {
  const res = await api.app.request(url);
  assert.equal(res.status, 200, `${url}: ${res.status} ${await res.clone().text()}`);
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
  return (await res.json()) as T;
}

/** Every item of a list route, page after page. */
async function all<T>(url: string): Promise<T[]> {
  const items: T[] = [];
  for (let n = 1; ; n++) {
    const p = await get<Page<T>>(`${url}${url.includes('?') ? '&' : '?'}pageSize=100&page=${n}`);
    items.push(...p.items);
    if (!p.hasMore) return items;
  }
}

/** The ids of the example records one of whose entities has this knowledge-base id. */
function mentioning(kbId: string): string[] {
  return api.records.filter((r) => r.entities.some((e) => e.kb.id === kbId)).map((r) => r.document.id);
}

const between = (e: StoredEvent, a: string, b: string): boolean => {
  const s = e.source.actor ?? '';
  const t = e.target?.actor ?? '';
  return (s.startsWith(a) && t.startsWith(b)) || (s.startsWith(b) && t.startsWith(a));
};

const sorted = (xs: readonly string[]) => [...xs].sort();

test('GET /api/articles without q lists every article, newest first, a page at a time', async () => {
  const first = await get<Page<ArticleSummary>>('/api/articles');
  assert.equal(first.items.length, 20);
  assert.equal(first.hasMore, true);
  const second = await get<Page<ArticleSummary>>('/api/articles?page=2');
  assert.equal(second.hasMore, false);
  const items = [...first.items, ...second.items];
  assert.deepEqual(sorted(items.map((a) => a.id)), sorted(api.records.map((r) => r.document.id)));
  const dates = items.map((a) => a.published);
  const dated = dates.filter((d): d is string => d !== null);
  assert.deepEqual(dated, [...dated].sort().reverse(), 'newest first');
  assert.deepEqual(dates.slice(dated.length), dates.filter((d) => d === null), 'undated last');
  assert.deepEqual(Object.keys(items[0]!).sort(), ['id', 'published', 'source', 'title', 'url']);
});

test('GET /api/articles?since=&until= keeps the articles published between them', async () => {
  const items = await all<ArticleSummary>('/api/articles?since=2024-10&until=2024-12-31');
  const expected = api.records.filter((r) => r.document.published && r.document.published.slice(0, 10) >= '2024-10-01' && r.document.published.slice(0, 10) <= '2024-12-31');
  assert.ok(expected.length >= 3);
  assert.deepEqual(sorted(items.map((a) => a.id)), sorted(expected.map((r) => r.document.id)));
});

test('GET /api/articles?entity= keeps the articles that mention the entity', async () => {
  const items = await all<ArticleSummary>(`/api/articles?entity=${encodeURIComponent(PUTIN)}`);
  assert.ok(items.length >= 2);
  assert.deepEqual(sorted(items.map((a) => a.id)), sorted(mentioning('person/vladimir-putin')));
});

test('GET /api/articles?q=&entity= keeps the hits whose article mentions the entity, best first', async () => {
  const hits = await all<SearchHit>('/api/articles?q=drones');
  const withIran = await all<SearchHit>(`/api/articles?q=drones&entity=${encodeURIComponent(IRAN)}`);
  const iran = new Set(mentioning('country/IRN'));
  const expected = hits.filter((h) => iran.has(h.id));
  assert.ok(expected.length >= 2 && expected.length < hits.length, 'the entity narrows the hits');
  assert.deepEqual(withIran.map((h) => h.id), expected.map((h) => h.id));
  assert.ok(withIran.every((h) => h.snippet.includes('«')));
});

test('GET /api/articles?q=&entity= pages through the filtered hits', async () => {
  const whole = await all<SearchHit>(`/api/articles?q=said&entity=${encodeURIComponent(IRAN)}`);
  assert.ok(whole.length >= 3);
  const pages: SearchHit[] = [];
  for (let n = 1; n <= whole.length; n++) {
    const p = await get<Page<SearchHit>>(`/api/articles?q=said&entity=${encodeURIComponent(IRAN)}&pageSize=1&page=${n}`);
    assert.equal(p.hasMore, n < whole.length);
    pages.push(...p.items);
  }
  assert.deepEqual(pages.map((h) => h.id), whole.map((h) => h.id));
});

test('GET /api/entities?q= finds an entity by its name, with its counts', async () => {
  const p = await get<Page<EntitySummary>>('/api/entities?q=putin');
  const putin = p.items.find((e) => e.key === PUTIN);
  assert.ok(putin, JSON.stringify(p.items.map((e) => e.key)));
  assert.equal(putin.type, 'PERSON');
  assert.equal(putin.country, 'RUS');
  assert.equal(putin.articles, mentioning('person/vladimir-putin').length);
});

test('GET /api/entities?type= lists one type, in the most articles first', async () => {
  const items = await all<EntitySummary>('/api/entities?type=GPE');
  assert.ok(items.length > 10);
  assert.ok(items.every((e) => e.type === 'GPE'));
  const counts = items.map((e) => e.articles);
  assert.deepEqual(counts, [...counts].sort((x, y) => y - x));
  assert.ok(items.some((e) => e.key === IRAN));
});

for (const [name, path] of [
  ['URL-encoded', `/api/entities/${encodeURIComponent(PUTIN)}`],
  ['with its slash as it is', '/api/entities/kb:person/vladimir-putin'],
] as const) {
  test(`GET /api/entities/:key (${name}) gives the profile`, async () => {
    const profile = await get<EntityProfile>(path);
    assert.equal(profile.entity.key, PUTIN);
    assert.equal(profile.entity.name, 'Vladimir Putin');
    const ids = mentioning('person/vladimir-putin');
    assert.deepEqual(sorted(profile.articles.map((a) => a.id)), sorted(ids));
    assert.equal(profile.timeline.reduce((n, t) => n + t.articles, 0), ids.length);
    assert.ok(profile.roles.some((r) => /President/.test(r.key)));
    assert.ok(profile.related.some((e) => e.key === 'kb:country/RUS' && e.shared === ids.length));
    const shared = profile.related.map((e) => e.shared);
    assert.deepEqual(shared, [...shared].sort((x, y) => y - x));
    assert.ok(profile.quotes.some((q) => q.text.includes('Relations with Iran are a priority')));
  });
}

test('GET /api/entities/:key of an entity known only by name', async () => {
  const person = (await all<EntitySummary>('/api/entities?type=PERSON')).find((e) => e.kbId === null)!;
  assert.match(person.key, /^name:PERSON:/);
  const profile = await get<EntityProfile>(`/api/entities/${encodeURIComponent(person.key)}`);
  assert.equal(profile.entity.key, person.key);
  assert.equal(profile.articles.length, Math.min(person.articles, 20));
});

test('GET /api/events?dyad= keeps the events between the two actors, either direction', async () => {
  const items = await all<StoredEvent>('/api/events?dyad=irn,rus');
  const expected = api.records.flatMap((r) => r.events.map((e) => ({ ...e, articleId: r.document.id }))).filter((e) => between(e as StoredEvent, 'IRN', 'RUS'));
  assert.ok(expected.length >= 3);
  assert.equal(items.length, expected.length);
  assert.ok(items.every((e) => between(e, 'IRN', 'RUS')));
  assert.ok(items.some((e) => e.source.actor?.startsWith('IRN')) && items.some((e) => e.source.actor?.startsWith('RUS')), 'both directions');
  assert.ok(items.every((e) => typeof e.story === 'number'), 'events carry their story');
});

test('GET /api/events?dyad= with other filters narrows further', async () => {
  const items = await all<StoredEvent>('/api/events?dyad=IRN,RUS&modality=expected&since=2024-10');
  assert.ok(items.length >= 1);
  assert.ok(items.every((e) => e.modality === 'expected' && between(e, 'IRN', 'RUS')));
});

test('GET /api/dyads/:a/:b is the series the dyad command computes', async () => {
  const answer = await get<DyadAnswer>('/api/dyads/IRN/RUS?by=month');
  assert.deepEqual([answer.dyad, answer.by, answer.modality], [['IRN', 'RUS'], 'month', ['asserted', 'reported']]);
  const places = new Map((await api.store.storyArticles()).map((s) => [s.articleId, { story: s.story, source: s.source ?? s.url }]));
  const events = await api.store.events({ actor: 'IRN', modality: ['asserted', 'reported'], limit: Number.MAX_SAFE_INTEGER });
  const expected = dyadSeries(events, 'IRN', 'RUS', 'month', (id) => places.get(id) ?? { story: null, source: null });
  assert.deepEqual(answer.periods, expected);
  const october = answer.periods.find((p) => p.period === '2024-10');
  assert.ok(october, JSON.stringify(answer.periods.map((p) => p.period)));
  assert.equal(october.evidence.code, '040');
  assert.equal(october.cooperation, 1);
});

test('GET /api/dyads/:a/:b by week and with other modalities', async () => {
  const weekly = await get<DyadAnswer>('/api/dyads/rus/irn?by=week&modality=asserted,reported,expected');
  assert.deepEqual(weekly.dyad, ['RUS', 'IRN']);
  assert.ok(weekly.periods.length >= 2);
  assert.ok(weekly.periods.every((p) => /^\d{4}-W\d{2}$/.test(p.period)));
  const monthly = await get<DyadAnswer>('/api/dyads/IRN/RUS');
  const counted = (a: DyadAnswer) => a.periods.reduce((n, p) => n + p.mentions, 0);
  assert.ok(counted(weekly) > counted(monthly), 'expected events add mentions');
});

test('GET /api/dyads/:a/:b with no event between them is an empty series', async () => {
  assert.deepEqual((await get<DyadAnswer>('/api/dyads/FIN/VEN')).periods, []);
});

test('GET /api/claims groups the claims by key, with their sources and stances', async () => {
  const groups = await all<ClaimGroup>('/api/claims');
  assert.ok(groups.length > 5);
  for (const g of groups) {
    assert.ok(g.claims.every((c) => c.key === g.key));
    assert.equal(g.stances.reduce((n, s) => n + s.count, 0), g.claims.length);
  }
  const articles = groups.map((g) => new Set(g.claims.map((c) => c.articleId)).size);
  assert.deepEqual(articles, [...articles].sort((x, y) => y - x), 'carried by the most articles first');
});

test('GET /api/claims?about=&stance= finds the denials about an actor', async () => {
  const groups = await all<ClaimGroup>('/api/claims?about=IRN&stance=denies');
  assert.ok(groups.length >= 1);
  assert.ok(groups.every((g) => g.claims.some((c) => c.stance === 'denies')));
  assert.ok(groups.some((g) => g.claims.some((c) => c.stance === 'denies' && c.source.name === 'Iran')));
});

test('GET /api/stories lists every article once, in its story, by story number', async () => {
  const stories = await all<Story>('/api/stories');
  const ids = stories.flatMap((s) => s.articles.map((a) => a.id));
  assert.deepEqual(sorted(ids), sorted(api.records.map((r) => r.document.id)));
  const numbers = stories.map((s) => s.story);
  assert.deepEqual(numbers, [...numbers].sort((x, y) => x - y));
  for (const s of stories) {
    assert.equal(s.copies, s.articles.filter((a) => a.copyOf !== null).length);
    const dates = s.articles.map((a) => a.published).filter((d): d is string => d !== null);
    assert.equal(s.first, dates.length ? [...dates].sort()[0] : null);
  }
});

test('GET /api/stories?since= keeps the stories with an article since then', async () => {
  const stories = await all<Story>('/api/stories?since=2025-01-01');
  assert.ok(stories.length >= 3);
  assert.ok(stories.every((s) => s.articles.some((a) => (a.published ?? '') >= '2025-01-01')));
});

test('GET /api/graph links the actors of the events by country', async () => {
  const graph = await get<ActorGraph>('/api/graph');
  assert.ok(graph.nodes.some((n) => n.id === 'RUS') && graph.nodes.some((n) => n.id === 'IRN'), 'country level by default');
  assert.ok(!graph.nodes.some((n) => /^(?:IRN|RUS|USA)[A-Z]{3}/.test(n.id)), 'country codes are cut to the country');
  const edge = graph.edges.find((e) => e.source === 'RUS' && e.target === 'IRN');
  assert.ok(edge);
  assert.equal(edge.quadClasses.reduce((n, q) => n + q, 0), edge.events);
  const ids = new Set(graph.nodes.map((n) => n.id));
  assert.ok(graph.edges.every((e) => ids.has(e.source) && ids.has(e.target)));
});

test('GET /api/graph filters by quad class, level and edge weight', async () => {
  const conflict = await get<ActorGraph>('/api/graph?quadClass=3,4&level=actor');
  assert.ok(conflict.edges.length >= 1);
  assert.ok(conflict.edges.every((e) => e.quadClasses[0] === 0 && e.quadClasses[1] === 0));
  assert.ok(conflict.nodes.some((n) => n.id.length > 3), 'actor level keeps whole codes');
  const heavy = await get<ActorGraph>('/api/graph?minEvents=2');
  assert.ok(heavy.edges.length >= 1);
  assert.ok(heavy.edges.every((e) => e.events >= 2));
  const empty = await get<ActorGraph>('/api/graph?since=2030');
  assert.deepEqual(empty, { nodes: [], edges: [] });
});

test('GET /api/openapi.json describes every route with its parameters', async () => {
  const doc = await get<{ paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>> }>('/api/openapi.json');
  const names = (path: string) => doc.paths[path]!.get!.parameters!.map((p) => p.name);
  assert.deepEqual(names('/api/articles'), ['q', 'since', 'until', 'entity', 'page', 'pageSize']);
  assert.deepEqual(names('/api/entities'), ['q', 'type', 'page', 'pageSize']);
  assert.deepEqual(names('/api/entities/{key}'), ['key']);
  assert.deepEqual(names('/api/events'), ['actor', 'code', 'since', 'until', 'modality', 'dyad', 'page', 'pageSize']);
  assert.deepEqual(names('/api/dyads/{a}/{b}'), ['a', 'b', 'by', 'modality', 'since', 'until']);
  assert.deepEqual(names('/api/claims'), ['about', 'stance', 'since', 'until', 'page', 'pageSize']);
  assert.deepEqual(names('/api/stories'), ['since', 'page', 'pageSize']);
  assert.deepEqual(names('/api/graph'), ['since', 'until', 'quadClass', 'modality', 'level', 'minEvents']);
});

test('a POSTed article is linked into a story at once', async () => {
  const text = 'date 2025-09-02 Chile and Peru reopen border\nChile and Peru agreed to reopen their border crossings on Friday, the two governments said.';
  const res = await api.app.request('/api/articles', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: text });
  assert.equal(res.status, 201);
  const { id } = (await res.json()) as { id: string };
  const stories = await all<Story>('/api/stories?since=2025-09');
  assert.deepEqual(stories.flatMap((s) => s.articles.map((a) => a.id)), [id]);
});

test('a POSTed copy of a stored article joins its story as a copy', async () => {
  const original = api.records.find((r) => r.document.title === 'Putin and Pezeshkian meet in Ashgabat, pledge deeper ties')!;
  const text = original.document.text.replace('Analysts see the meeting as a signal of continuity.', 'Analysts described the meeting as a sign of continuity.');
  const body = JSON.stringify({ id: 'wire-copy-1', title: 'Putin, Pezeshkian meet in Ashgabat', published: '2024-10-13', source: 'Other Wire', text });
  const res = await api.app.request('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  assert.equal(res.status, 201);
  const story = (await all<Story>('/api/stories')).find((s) => s.articles.some((a) => a.id === original.document.id))!;
  assert.deepEqual(story.articles.map((a) => [a.id, a.copyOf]), [
    [original.document.id, null],
    ['wire-copy-1', original.document.id],
  ]);
  assert.equal(story.copies, 1);
  assert.ok(story.articles[1]!.similarity! > 0.8);
  assert.deepEqual(story.sources, ['Other Wire']);
  const october = (await get<DyadAnswer>('/api/dyads/IRN/RUS')).periods.find((p) => p.period === '2024-10')!;
  assert.equal(october.events, 1, 'the copy adds no event');
  assert.equal(october.articles, 2);
});
