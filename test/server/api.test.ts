import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysisRecord } from '../../src/analyze/record.js';
import { createApp } from '../../src/server/create-app.js';
import type { StoredEvent, SearchHit } from '../../src/store/store.js';
import { emptyFolder, testApi, type TestApi } from './api-fixture.js';

interface Page<T> {
  readonly items: readonly T[];
  readonly page: number;
  readonly pageSize: number;
  readonly hasMore: boolean;
}

const TREATY = 'Turkey and Greece signed an agreement on migration in Ankara on Monday, officials said. The Greek foreign minister praised the deal.';
const CLASH = 'date 2024-06-10 Clash on the border\nPakistani troops attacked an Indian army post in Kashmir on Sunday, the Indian army said.';
const TALKS_PAGE = `<!doctype html><html lang="en"><head><title>Talks resume in Oslo</title>
<meta property="article:published_time" content="2024-07-02"></head><body><nav><a href="/">Home</a></nav>
<article><h1>Talks resume in Oslo</h1>
<p>Norway hosted a new round of talks between the government of Colombia and rebel negotiators in Oslo on Tuesday, the Norwegian foreign ministry said in a statement.</p>
<p>The delegations agreed to meet again next month, according to a mediator who asked not to be named because the talks are confidential.</p>
<p>Colombia's president welcomed the progress and urged both sides to keep the ceasefire in place through the summer.</p>
</article><footer>Copyright</footer></body></html>`;

let api: TestApi;
const ids = new Map<string, string>();

before(async () => {
  api = await testApi();
});
after(async () => {
  await api.close();
});

const post = async (url: string, type: string, body: string): Promise<Response> => api.app.request(url, { method: 'POST', headers: { 'content-type': type }, body });
const get = async (url: string): Promise<Response> => api.app.request(url);

function assertSpansHold(record: AnalysisRecord): void {
  for (const e of record.entities) for (const m of e.mentions) assert.equal(record.document.text.slice(m.start, m.end), m.text);
}

const analyzeCases: readonly { name: string; type: string; body: string; check: (r: AnalysisRecord) => void }[] = [
  {
    name: 'plain text',
    type: 'text/plain',
    body: TREATY,
    check: (r) => {
      assert.equal(r.document.text, TREATY);
      assert.ok(r.events.some((e) => e.code === '057' && e.source.actor === 'TUR' && e.target?.actor === 'GRC'));
    },
  },
  {
    name: 'plain text with a date line',
    type: 'text/plain; charset=utf-8',
    body: CLASH,
    check: (r) => {
      assert.equal(r.document.title, 'Clash on the border');
      assert.equal(r.document.published, '2024-06-10');
      assert.ok(r.events.some((e) => e.root === '19' && e.source.actor?.startsWith('PAK')));
    },
  },
  {
    name: 'an HTML page (main text and metadata read)',
    type: 'text/html',
    body: TALKS_PAGE,
    check: (r) => {
      assert.equal(r.document.title, 'Talks resume in Oslo');
      assert.equal(r.document.published, '2024-07-02');
      assert.ok(!r.document.text.includes('Copyright'));
      assert.ok(r.events.some((e) => e.source.actor === 'NOR' && e.target?.actor === 'COL'));
    },
  },
  {
    name: 'JSON with metadata',
    type: 'application/json',
    body: JSON.stringify({ text: TREATY, title: 'Migration deal', published: 'Mon, 06 May 2024 09:00:00 GMT', source: 'Test Wire', extra: 'ignored' }),
    check: (r) => {
      assert.equal(r.document.title, 'Migration deal');
      assert.equal(r.document.published, '2024-05-06T09:00:00Z');
      assert.equal(r.document.source, 'Test Wire');
      assert.ok(r.events.some((e) => e.date?.value === '2024-05-06'));
    },
  },
];

for (const c of analyzeCases) {
  test(`POST /api/analyze: ${c.name} → the record, spans intact`, async () => {
    const res = await post('/api/analyze', c.type, c.body);
    assert.equal(res.status, 200);
    const record = (await res.json()) as AnalysisRecord;
    assert.equal(record.format, 'newsgraph.analysis/1');
    assertSpansHold(record);
    c.check(record);
  });
}

test('POST /api/analyze stores nothing', async () => {
  assert.equal((await api.store.stats()).articles, 0);
});

const ingestCases: readonly { name: string; key: string; type: string; body: string; status: number; outcome: string }[] = [
  { name: 'a new JSON article', key: 'treaty', type: 'application/json', body: JSON.stringify({ text: TREATY, title: 'Migration deal', published: '2024-05-06' }), status: 201, outcome: 'stored' },
  { name: 'a new text article', key: 'clash', type: 'text/plain', body: CLASH, status: 201, outcome: 'stored' },
  { name: 'a new HTML page', key: 'talks', type: 'text/html', body: TALKS_PAGE, status: 201, outcome: 'stored' },
  { name: 'the same article again', key: 'treaty', type: 'application/json', body: JSON.stringify({ text: TREATY, title: 'Migration deal', published: '2024-05-06' }), status: 200, outcome: 'unchanged' },
  { name: 'new metadata under the same text', key: 'treaty', type: 'application/json', body: JSON.stringify({ text: TREATY, title: 'Migration deal signed', published: '2024-05-06' }), status: 200, outcome: 'replaced' },
];

for (const c of ingestCases) {
  test(`POST /api/articles: ${c.name} → ${c.status} ${c.outcome}`, async () => {
    const res = await post('/api/articles', c.type, c.body);
    assert.equal(res.status, c.status);
    const body = (await res.json()) as { id: string; outcome: string };
    assert.equal(body.outcome, c.outcome);
    assert.match(body.id, /^[0-9a-f]{64}$/);
    if (ids.has(c.key)) assert.equal(body.id, ids.get(c.key));
    ids.set(c.key, body.id);
  });
}

const readCases: readonly { name: string; url: () => string; check: (body: unknown) => void }[] = [
  {
    name: 'GET /api/articles?q= finds an article with a marked snippet',
    url: () => '/api/articles?q=migration',
    check: (body) => {
      const p = body as Page<SearchHit>;
      assert.deepEqual(p.items.map((h) => h.id), [ids.get('treaty')]);
      assert.match(p.items[0]!.snippet, /«migration»/);
      assert.deepEqual([p.page, p.pageSize, p.hasMore], [1, 20, false]);
    },
  },
  {
    name: 'GET /api/articles pages: one a page, more after the first',
    url: () => '/api/articles?q=said&pageSize=1',
    check: (body) => {
      const p = body as Page<SearchHit>;
      assert.equal(p.items.length, 1);
      assert.equal(p.hasMore, true);
    },
  },
  {
    name: 'GET /api/articles: the last page has no more',
    url: () => '/api/articles?q=said&pageSize=1&page=3',
    check: (body) => {
      const p = body as Page<SearchHit>;
      assert.equal(p.items.length, 1);
      assert.deepEqual([p.page, p.hasMore], [3, false]);
    },
  },
  {
    name: 'GET /api/articles with dates keeps only those published between them',
    url: () => '/api/articles?q=said&since=2024-06&until=2024-06-30',
    check: (body) => assert.deepEqual((body as Page<SearchHit>).items.map((h) => h.id), [ids.get('clash')]),
  },
  {
    name: 'GET /api/articles with no hit is an empty page',
    url: () => '/api/articles?q=volcano',
    check: (body) => assert.deepEqual(body, { items: [], page: 1, pageSize: 20, hasMore: false }),
  },
  {
    name: 'GET /api/articles with a blank q lists the articles, newest first',
    url: () => '/api/articles?q=%20%20',
    check: (body) => assert.deepEqual((body as Page<{ id: string }>).items.map((a) => a.id), [ids.get('talks'), ids.get('clash'), ids.get('treaty')]),
  },
  {
    name: 'GET /api/articles/:id gives the stored record',
    url: () => `/api/articles/${ids.get('talks')}`,
    check: (body) => {
      const r = body as AnalysisRecord;
      assert.equal(r.document.id, ids.get('talks'));
      assert.equal(r.document.title, 'Talks resume in Oslo');
    },
  },
  {
    name: 'GET /api/articles/:id takes a unique prefix',
    url: () => `/api/articles/${ids.get('clash')!.slice(0, 12)}`,
    check: (body) => assert.equal((body as AnalysisRecord).document.id, ids.get('clash')),
  },
  {
    name: 'GET /api/events?actor= matches source or target by prefix, case-insensitively',
    url: () => '/api/events?actor=grc',
    check: (body) => {
      const p = body as Page<StoredEvent>;
      assert.ok(p.items.length >= 1);
      for (const e of p.items) assert.ok([e.source.actor, e.target?.actor].some((a) => a?.startsWith('GRC')));
      assert.ok(p.items.every((e) => e.articleId === ids.get('treaty')));
    },
  },
  {
    name: 'GET /api/events?code= narrows to one root',
    url: () => '/api/events?code=19',
    check: (body) => {
      const p = body as Page<StoredEvent>;
      assert.ok(p.items.length >= 1);
      assert.ok(p.items.every((e) => e.root === '19' && e.articleId === ids.get('clash')));
    },
  },
  {
    name: 'GET /api/events with dates outside the stored ones is empty',
    url: () => '/api/events?since=2030&until=2031',
    check: (body) => assert.deepEqual((body as Page<StoredEvent>).items, []),
  },
  {
    name: 'GET /api/events pages',
    url: () => '/api/events?pageSize=1',
    check: (body) => {
      const p = body as Page<StoredEvent>;
      assert.equal(p.items.length, 1);
      assert.equal(p.hasMore, true);
    },
  },
  {
    name: 'GET /api/stats counts what was stored',
    url: () => '/api/stats',
    check: (body) => {
      const s = body as { articles: number; events: number; published: { first: string; last: string } };
      assert.equal(s.articles, 3);
      assert.ok(s.events >= 3);
      assert.deepEqual(s.published, { first: '2024-05-06', last: '2024-07-02' });
    },
  },
  {
    name: 'GET /api/openapi.json describes every route',
    url: () => '/api/openapi.json',
    check: (body) => {
      const doc = body as { openapi: string; paths: Record<string, Record<string, { parameters?: { name: string }[] }>> };
      assert.equal(doc.openapi, '3.1.0');
      for (const p of ['/api/analyze', '/api/articles', '/api/articles/{id}', '/api/entities', '/api/entities/{key}', '/api/events', '/api/dyads/{a}/{b}', '/api/claims', '/api/stories', '/api/graph', '/api/stats']) {
        assert.ok(doc.paths[p], p);
      }
      assert.deepEqual(doc.paths['/api/events']!.get!.parameters!.map((p) => p.name), ['actor', 'code', 'since', 'until', 'modality', 'dyad', 'page', 'pageSize']);
      const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/([^"]+)"/g)].map((m) => m[1]!);
      assert.ok(refs.length > 20);
      for (const r of refs) {
        const target = r.split('/').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], doc);
        assert.ok(target && typeof target === 'object', `#/${r} resolves`);
      }
    },
  },
];

for (const c of readCases) {
  test(c.name, async () => {
    const res = await get(c.url());
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    c.check(await res.json());
  });
}

test('GET /api/events?modality= keeps the events of the modalities listed', async () => {
  const all = (await (await get('/api/events?pageSize=100')).json()) as Page<StoredEvent>;
  const [first, ...rest] = [...new Set(all.items.map((e) => e.modality))];
  assert.ok(first);
  const only = (await (await get(`/api/events?pageSize=100&modality=${first}`)).json()) as Page<StoredEvent>;
  assert.equal(only.items.length, all.items.filter((e) => e.modality === first).length);
  assert.ok(only.items.every((e) => e.modality === first));
  if (rest.length) {
    const two = (await (await get(`/api/events?pageSize=100&modality=${first},${rest[0]}`)).json()) as Page<StoredEvent>;
    assert.ok(two.items.length > only.items.length);
  }
});

const headerCases: readonly { name: string; request: () => Promise<Response> }[] = [
  { name: 'a JSON answer', request: () => get('/api/stats') },
  { name: 'a JSON error', request: () => get('/api/nothing-here') },
  { name: 'a failed POST', request: () => post('/api/analyze', 'image/png', 'x') },
  { name: 'the page of an unbuilt UI', request: () => get('/') },
];

for (const c of headerCases) {
  test(`security headers on ${c.name}`, async () => {
    const res = await c.request();
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'.*frame-ancestors 'none'/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('x-frame-options'), 'DENY');
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
  });
}

test('without a built UI, pages say so and /api/* stays JSON', async () => {
  const page = await get('/articles/abc');
  assert.equal(page.status, 404);
  assert.match(await page.text(), /The UI is not built/);
  const apiMiss = await get('/api/actors');
  assert.equal(apiMiss.status, 404);
  assert.equal(((await apiMiss.json()) as { error: string }).error, 'not-found');
});

const uiCases: readonly { name: string; url: string; status: number; type: RegExp; text: RegExp }[] = [
  { name: 'the root serves index.html', url: '/', status: 200, type: /^text\/html/, text: /<div id="app">/ },
  { name: 'an asset is served as it is', url: '/assets/app.js', status: 200, type: /javascript/, text: /console\.log\('ui'\)/ },
  { name: 'a page the UI routes gets index.html', url: '/articles/3f2a9c', status: 200, type: /^text\/html/, text: /<div id="app">/ },
  { name: 'a missing asset is a 404', url: '/assets/missing.js', status: 404, type: /^text\/plain/, text: /not found/ },
  { name: 'an unknown API route is still a JSON 404', url: '/api/actors/IRN', status: 404, type: /^application\/json/, text: /"error":"not-found"/ },
];

test('with a built UI, its files are served', async (t) => {
  const root = emptyFolder();
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>newsgraph</title><div id="app"></div>');
  writeFileSync(path.join(root, 'assets', 'app.js'), "console.log('ui');");
  const app = createApp({ store: api.store, analysis: api.analysis, version: '0.0.0-test', webRoot: root });
  for (const c of uiCases) {
    await t.test(c.name, async () => {
      const res = await app.request(c.url);
      assert.equal(res.status, c.status);
      assert.match(res.headers.get('content-type') ?? '', c.type);
      assert.match(await res.text(), c.text);
    });
  }
});
