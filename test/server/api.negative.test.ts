import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp, type ApiApp, type AppOptions } from '../../src/server/create-app.js';
import { fromAddress, testApi, type TestApi } from './api-fixture.js';

const TOKEN = 'a-test-token-of-some-length';
const TEXT = 'Chile and Peru agreed to reopen their border crossings on Friday, the two governments said.';

let api: TestApi;
let slow: TestApi;
let clock = 0;
const apps = new Map<string, ApiApp>();

before(async () => {
  api = await testApi();
  slow = await testApi({ timeoutMs: 1, maxQueue: 1 });
  const variant = (options: Partial<AppOptions>) =>
    createApp({ store: api.store, analysis: api.analysis, version: '0.0.0-test', webRoot: '/nonexistent', rateLimit: { burst: 1000, perSecond: 1000 }, ...options });
  apps.set('plain', api.app);
  apps.set('token', variant({ token: TOKEN }));
  apps.set('small', variant({ maxBodyBytes: 64 }));
  apps.set('limited', variant({ rateLimit: { burst: 2, perSecond: 1, now: () => clock } }));
  apps.set('slow', slow.app);
  for (const id of ['dup-a', 'dup-b']) {
    const res = await api.app.request('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id, text: `${TEXT} ${id}` }) });
    assert.equal(res.status, 201);
  }
});
after(async () => {
  await api.close();
  await slow.close();
});

const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const typed = (type: string, body: string | Uint8Array): RequestInit => ({ method: 'POST', headers: { 'content-type': type }, body });

interface Case {
  readonly name: string;
  readonly app?: string;
  readonly url: string;
  readonly init?: RequestInit;
  readonly status: number;
  readonly error: string;
  readonly detail?: RegExp;
}

const cases: readonly Case[] = [
  { name: 'a search query over 1000 characters', url: `/api/articles?q=${'war '.repeat(251)}`, status: 400, error: 'bad-params', detail: /q: expected a search query of at most 1000/ },
  { name: 'search with bad FTS syntax', url: '/api/articles?q=%22unclosed', status: 400, error: 'bad-query', detail: /FTS5/ },
  { name: 'a page size over 100', url: '/api/articles?q=border&pageSize=101', status: 400, error: 'bad-params', detail: /pageSize/ },
  { name: 'a page size of 0', url: '/api/articles?q=border&pageSize=0', status: 400, error: 'bad-params', detail: /pageSize/ },
  { name: 'page 0', url: '/api/articles?q=border&page=0', status: 400, error: 'bad-params', detail: /page/ },
  { name: 'a page that is not a number', url: '/api/events?page=two', status: 400, error: 'bad-params', detail: /page: expected a whole number/ },
  { name: 'a date in words', url: '/api/articles?q=border&since=yesterday', status: 400, error: 'bad-params', detail: /since: expected an ISO 8601 date/ },
  { name: 'a month that does not exist', url: '/api/events?until=2024-13', status: 400, error: 'bad-params', detail: /until: expected a date that exists/ },
  { name: 'an unknown parameter', url: '/api/articles?q=border&limit=5', status: 400, error: 'bad-params', detail: /limit/ },
  { name: 'a one-digit CAMEO code', url: '/api/events?code=7', status: 400, error: 'bad-params', detail: /code: expected 2 to 4 digits/ },
  { name: 'an actor code with digits', url: '/api/events?actor=I1', status: 400, error: 'bad-params', detail: /actor/ },
  { name: 'an unknown modality', url: '/api/events?modality=asserted,certain', status: 400, error: 'bad-params', detail: /modality/ },
  { name: 'a trailing comma in modalities', url: '/api/events?modality=asserted,', status: 400, error: 'bad-params', detail: /modality/ },
  { name: 'parameters on stats', url: '/api/stats?verbose=1', status: 400, error: 'bad-params', detail: /verbose/ },
  { name: 'an unknown article id', url: '/api/articles/ffffffffffff', status: 404, error: 'not-found', detail: /ffffffffffff/ },
  { name: 'an ambiguous id prefix', url: '/api/articles/dup-', status: 400, error: 'ambiguous-id', detail: /dup-a, dup-b/ },
  { name: 'an unknown API route', url: '/api/actors', status: 404, error: 'not-found', detail: /GET \/api\/actors/ },
  { name: 'a method the route lacks', url: '/api/stats', init: { method: 'DELETE' }, status: 404, error: 'not-found', detail: /DELETE/ },
  { name: 'an image body', url: '/api/analyze', init: typed('image/png', new Uint8Array([137, 80, 78, 71])), status: 415, error: 'unsupported-type', detail: /image\/png/ },
  { name: 'a body without Content-Type', url: '/api/articles', init: { method: 'POST', body: new Uint8Array([65, 66]) }, status: 415, error: 'unsupported-type', detail: /no Content-Type/ },
  { name: 'a form body', url: '/api/analyze', init: typed('application/x-www-form-urlencoded', 'text=hello'), status: 415, error: 'unsupported-type' },
  { name: 'JSON that does not parse', url: '/api/analyze', init: typed('application/json', '{"text": "unclosed'), status: 400, error: 'bad-json' },
  { name: 'a JSON array', url: '/api/analyze', init: json([TEXT]), status: 400, error: 'bad-body' },
  { name: 'JSON without text', url: '/api/articles', init: json({ title: 'No body' }), status: 400, error: 'bad-body', detail: /text/ },
  { name: 'JSON with a blank text', url: '/api/analyze', init: json({ text: '  \n ' }), status: 400, error: 'bad-body', detail: /non-empty/ },
  { name: 'JSON with a number as title', url: '/api/analyze', init: json({ text: TEXT, title: 5 }), status: 400, error: 'bad-body', detail: /title/ },
  { name: 'JSON with an unreadable date', url: '/api/analyze', init: json({ text: TEXT, published: 'soon' }), status: 400, error: 'bad-body', detail: /published/ },
  { name: 'an empty text body', url: '/api/analyze', init: typed('text/plain', ''), status: 400, error: 'empty' },
  { name: 'a binary text body', url: '/api/analyze', init: typed('text/plain', new Uint8Array([0, 1, 2, 0, 65])), status: 400, error: 'binary' },
  { name: 'an HTML page without text', url: '/api/articles', init: typed('text/html', '<html><body><nav><a href="/">Home</a></nav></body></html>'), status: 400, error: 'no-text' },
  { name: 'a body over the limit', app: 'small', url: '/api/analyze', init: typed('text/plain', TEXT), status: 413, error: 'too-large', detail: /64 bytes/ },
  { name: 'a POST without a token', app: 'token', url: '/api/analyze', init: typed('text/plain', TEXT), status: 401, error: 'unauthorized', detail: /Bearer/ },
  {
    name: 'a POST with a wrong token',
    app: 'token',
    url: '/api/articles',
    init: { method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}x` }, body: TEXT },
    status: 401,
    error: 'unauthorized',
    detail: /not the one/,
  },
  {
    name: 'a POST with the token in another scheme',
    app: 'token',
    url: '/api/analyze',
    init: { method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Basic ${TOKEN}` }, body: TEXT },
    status: 401,
    error: 'unauthorized',
  },
  {
    name: 'the right token lets the request through to its next check',
    app: 'token',
    url: '/api/analyze',
    init: { method: 'POST', headers: { 'content-type': 'image/gif', authorization: `Bearer ${TOKEN}` }, body: 'GIF89a' },
    status: 415,
    error: 'unsupported-type',
  },
  { name: 'an analysis over the time limit', app: 'slow', url: '/api/analyze', init: typed('text/plain', TEXT), status: 504, error: 'analysis-timeout', detail: /1 ms/ },
];

for (const c of cases) {
  test(`${c.init?.method ?? 'GET'} ${c.url}: ${c.name} → ${c.status} ${c.error}`, async () => {
    const res = await apps.get(c.app ?? 'plain')!.request(c.url, c.init);
    assert.equal(res.status, c.status);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    const body = (await res.json()) as { error: string; detail: string };
    assert.deepEqual(Object.keys(body), ['error', 'detail']);
    assert.equal(body.error, c.error);
    if (c.detail) assert.match(body.detail, c.detail);
  });
}

test('a 401 names the Bearer scheme; a GET needs no token', async () => {
  const token = apps.get('token')!;
  const denied = await token.request('/api/analyze', typed('text/plain', TEXT));
  assert.match(denied.headers.get('www-authenticate') ?? '', /^Bearer/);
  assert.equal((await token.request('/api/stats')).status, 200);
});

test('the analysing routes are rate-limited per client address', async () => {
  const limited = apps.get('limited')!;
  const attempt = (address: string) => limited.request('/api/analyze', typed('image/png', 'x'), fromAddress(address));
  assert.equal((await attempt('10.0.0.1')).status, 415);
  assert.equal((await attempt('10.0.0.1')).status, 415);
  const refused = await attempt('10.0.0.1');
  assert.equal(refused.status, 429);
  assert.equal(refused.headers.get('retry-after'), '1');
  assert.equal(((await refused.json()) as { error: string }).error, 'rate-limited');
  assert.equal((await attempt('10.0.0.2')).status, 415);
  clock += 1000;
  assert.equal((await attempt('10.0.0.1')).status, 415);
  assert.equal((await attempt('10.0.0.1')).status, 429);
});

test('a full analysis queue answers 503 busy', async () => {
  const queued = [slow.app.request('/api/analyze', typed('text/plain', TEXT)), slow.app.request('/api/analyze', typed('text/plain', TEXT))];
  const refused = await slow.app.request('/api/analyze', typed('text/plain', TEXT));
  assert.equal(refused.status, 503);
  assert.equal(((await refused.json()) as { error: string }).error, 'busy');
  assert.ok(refused.headers.get('retry-after'));
  await slow.analysis.close();
  for (const res of await Promise.all(queued)) assert.ok([503, 504].includes(res.status));
});
