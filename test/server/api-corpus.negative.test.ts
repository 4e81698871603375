import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { seededApi, testApi, type TestApi } from './api-fixture.js';

let api: TestApi;

before(async () => {
  api = await seededApi();
});
after(async () => {
  await api.close();
});

interface Case {
  readonly name: string;
  readonly url: string;
  readonly status: number;
  readonly error: string;
  readonly detail?: RegExp;
}

const DATED = ['/api/articles', '/api/events', '/api/dyads/IRN/RUS', '/api/claims', '/api/graph'] as const;
const LISTS = ['/api/articles', '/api/entities', '/api/events', '/api/claims', '/api/stories'] as const;

const cases: readonly Case[] = [
  ...[...DATED, '/api/stories', '/api/entities', `/api/entities/${encodeURIComponent('kb:country/IRN')}`].map((url) => ({
    name: 'an unknown parameter',
    url: `${url}?limit=5`,
    status: 400,
    error: 'bad-params',
    detail: /limit/,
  })),
  ...[...DATED, '/api/stories'].flatMap((url) => [
    { name: 'a day that does not exist', url: `${url}?since=2024-02-30`, status: 400, error: 'bad-params', detail: /since: expected a date that exists/ },
    { name: 'a month that does not exist', url: `${url}?since=2024-13`, status: 400, error: 'bad-params', detail: /since: expected a date that exists/ },
    { name: 'a date in words', url: `${url}?since=last%20week`, status: 400, error: 'bad-params', detail: /since: expected an ISO 8601 date/ },
  ]),
  ...LISTS.flatMap((url) => [
    { name: 'page 0', url: `${url}?page=0`, status: 400, error: 'bad-params', detail: /page/ },
    { name: 'a page size over 100', url: `${url}?pageSize=500`, status: 400, error: 'bad-params', detail: /pageSize/ },
  ]),
  { name: 'bad FTS syntax with an entity', url: `/api/articles?q=%22unclosed&entity=${encodeURIComponent('kb:country/IRN')}`, status: 400, error: 'bad-query', detail: /FTS5/ },
  { name: 'an entity that is not a key', url: '/api/articles?entity=Putin', status: 400, error: 'bad-params', detail: /entity: expected an entity key/ },
  { name: 'an entity type that does not exist', url: '/api/entities?type=CITY', status: 400, error: 'bad-params', detail: /type: expected an entity type/ },
  { name: 'an entity name of 201 characters', url: `/api/entities?q=${'a'.repeat(201)}`, status: 400, error: 'bad-params', detail: /q: / },
  { name: 'an unknown entity key', url: `/api/entities/${encodeURIComponent('kb:person/nobody-at-all')}`, status: 404, error: 'not-found', detail: /kb:person\/nobody-at-all/ },
  { name: 'an unknown name key', url: `/api/entities/${encodeURIComponent('name:PERSON:no such person')}`, status: 404, error: 'not-found', detail: /no such person/ },
  { name: 'an entity path that is not a key', url: '/api/entities/Putin', status: 400, error: 'bad-params', detail: /expected an entity key/ },
  { name: 'a dyad of one actor', url: '/api/events?dyad=IRN', status: 400, error: 'bad-params', detail: /dyad: expected two actor codes/ },
  { name: 'a dyad of three actors', url: '/api/events?dyad=IRN,RUS,USA', status: 400, error: 'bad-params', detail: /dyad/ },
  { name: 'a dyad with a digit', url: '/api/events?dyad=IRN,RU5', status: 400, error: 'bad-params', detail: /dyad/ },
  { name: 'a dyad actor with digits', url: '/api/dyads/I1/RUS', status: 400, error: 'bad-params', detail: /a: expected an actor code/ },
  { name: 'a dyad actor of two letters', url: '/api/dyads/IRN/RU', status: 400, error: 'bad-params', detail: /b: expected an actor code/ },
  { name: 'a dyad period of a year', url: '/api/dyads/IRN/RUS?by=year', status: 400, error: 'bad-params', detail: /by: expected day, week or month/ },
  { name: 'a dyad modality that does not exist', url: '/api/dyads/IRN/RUS?modality=certain', status: 400, error: 'bad-params', detail: /modality/ },
  { name: 'a dyad with a page', url: '/api/dyads/IRN/RUS?page=2', status: 400, error: 'bad-params', detail: /page/ },
  { name: 'a dyad with one actor', url: '/api/dyads/IRN', status: 404, error: 'not-found', detail: /GET \/api\/dyads\/IRN/ },
  { name: 'a stance that does not exist', url: '/api/claims?stance=lies', status: 400, error: 'bad-params', detail: /stance: expected a comma-separated list of stances/ },
  { name: 'a blank claim subject', url: '/api/claims?about=%20', status: 400, error: 'bad-params', detail: /about/ },
  { name: 'a quad class of 5', url: '/api/graph?quadClass=2,5', status: 400, error: 'bad-params', detail: /quadClass: expected a comma-separated list of quad classes/ },
  { name: 'a graph of cities', url: '/api/graph?level=city', status: 400, error: 'bad-params', detail: /level: expected country or actor/ },
  { name: 'edges of at least 0 events', url: '/api/graph?minEvents=0', status: 400, error: 'bad-params', detail: /minEvents/ },
  { name: 'a graph with a page', url: '/api/graph?page=1', status: 400, error: 'bad-params', detail: /page/ },
  { name: 'a repeated route segment', url: '/api/stories/3', status: 404, error: 'not-found' },
];

for (const c of cases) {
  test(`GET ${c.url}: ${c.name} → ${c.status} ${c.error}`, async () => {
    const res = await api.app.request(c.url);
    assert.equal(res.status, c.status);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    const body = (await res.json()) as { error: string; detail: string };
    assert.deepEqual(Object.keys(body), ['error', 'detail']);
    assert.equal(body.error, c.error);
    if (c.detail) assert.match(body.detail, c.detail);
  });
}

const empty: readonly { name: string; url: string }[] = [
  { name: 'a search without hits', url: '/api/articles?q=volcano' },
  { name: 'an entity no article mentions', url: `/api/articles?entity=${encodeURIComponent('kb:person/nobody-at-all')}` },
  { name: 'a search among the articles of an unknown entity', url: `/api/articles?q=said&entity=${encodeURIComponent('name:PERSON:nobody')}` },
  { name: 'articles after the last one', url: '/api/articles?since=2030' },
  { name: 'a page past the end', url: '/api/articles?page=99' },
  { name: 'entities of no name', url: '/api/entities?q=zzzzqqq' },
  { name: 'events of a dyad that never met', url: '/api/events?dyad=FIN,VEN' },
  { name: 'claims about nothing stored', url: '/api/claims?about=zzzzqqq' },
  { name: 'stories after the last one', url: '/api/stories?since=2030' },
];

for (const c of empty) {
  test(`GET ${c.url}: ${c.name} is an empty page, not an error`, async () => {
    const res = await api.app.request(c.url);
    assert.equal(res.status, 200);
    const body = (await res.json()) as { items: unknown[]; hasMore: boolean };
    assert.deepEqual([body.items, body.hasMore], [[], false]);
  });
}

test('every new route answers an empty store with empty results', async () => {
  const bare = await testApi();
  try {
    for (const url of ['/api/articles', '/api/entities', '/api/events?dyad=IRN,RUS', '/api/claims', '/api/stories']) {
      const res = await bare.app.request(url);
      assert.equal(res.status, 200, url);
      assert.deepEqual(await res.json(), { items: [], page: 1, pageSize: 20, hasMore: false }, url);
    }
    assert.deepEqual(await (await bare.app.request('/api/graph')).json(), { nodes: [], edges: [] });
    assert.deepEqual(((await (await bare.app.request('/api/dyads/IRN/RUS')).json()) as { periods: unknown[] }).periods, []);
  } finally {
    await bare.close();
  }
});
