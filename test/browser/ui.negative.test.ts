import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { AnalysisRecord } from '../../src/analyze/record.js';
import { browserMissing, launchChromium, startUiServer, visit, watchedPage, type UiServer, type WatchedPage } from './ui-fixture.js';
import { PAYLOADS, POSTED, writeXssCorpus } from './xss-corpus.js';

const missing = browserMissing();

let examples: UiServer | null = null;
let hostile: UiServer | null = null;
let browser: Browser | null = null;

before(async () => {
  if (missing) return;
  [examples, hostile] = await Promise.all([startUiServer(), startUiServer([writeXssCorpus()])]);
  browser = await launchChromium();
  const posted = await fetch(`${hostile.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(POSTED) });
  assert.equal(posted.status, 201);
});

after(async () => {
  await browser?.close();
  await examples?.close();
  await hostile?.close();
});

/** Console errors other than the failed loads a missing page causes on purpose. */
const unexpected = (w: WatchedPage): string[] => w.errors.filter((e) => !/^Failed to load resource: the server responded with a status of (404|400)/.test(e));

const missingPages: readonly { name: string; path: string; heading: string; text: RegExp }[] = [
  { name: 'an unknown article id', path: '/articles/ffffffffffff', heading: 'Not found', text: /no stored article has an id starting with 'ffffffffffff'/ },
  { name: 'an article id with a dot', path: '/articles/no.such.id', heading: 'Not found', text: /no stored article has an id starting with 'no\.such\.id'/ },
  { name: 'an unknown entity key', path: '/entities/kb%3Anowhere%2Fnothing', heading: 'Not found', text: /Not found/ },
  { name: 'a path the UI has no page for', path: '/no/such/page', heading: 'Not found', text: /No page at \/no\/such\/page\./ },
];

for (const c of missingPages) {
  test(`${c.name} shows a not-found page`, async (t) => {
    if (missing) return t.skip(missing);
    const w = await watchedPage(browser!, examples!.url);
    await visit(w.page, c.path);
    assert.equal(await w.page.locator('main h1').textContent(), c.heading);
    assert.match((await w.page.locator('main').textContent()) ?? '', c.text);
    assert.equal(await w.page.title(), 'Not found · newsgraph');
    assert.deepEqual(unexpected(w), []);
  });
}

const emptyPages: readonly { name: string; path: string; text: RegExp }[] = [
  { name: 'a search with bad syntax says so', path: '/?q=%22unclosed', text: /The search was refused: .+/ },
  { name: 'a search without hits', path: '/?q=zzyzxnothing', text: /No article matches\./ },
  { name: 'an entity name nobody has', path: '/?entity=Zzyzx%20Qwerty', text: /No entity is named like “Zzyzx Qwerty”/ },
  { name: 'a dyad without events', path: '/dyads/ZZZ/QQQ', text: /No asserted or reported event between ZZZ and QQQ\./ },
  { name: 'a graph filtered to nothing', path: '/graph?since=2099-01-01', text: /No event passes these filters\./ },
  { name: 'claims about nothing', path: '/claims?about=zzyzxnothing', text: /No claim matches\./ },
];

for (const c of emptyPages) {
  test(`${c.name}: the page says so and nothing breaks`, async (t) => {
    if (missing) return t.skip(missing);
    const w = await watchedPage(browser!, examples!.url);
    await visit(w.page, c.path);
    assert.match((await w.page.locator('main').textContent()) ?? '', c.text);
    assert.deepEqual(unexpected(w), []);
  });
}

test('a missing asset is a plain 404, not the UI', async (t) => {
  if (missing) return t.skip(missing);
  const res = await fetch(`${examples!.url}/assets/missing.js`);
  assert.equal(res.status, 404);
  assert.equal(await res.text(), 'not found');
});

async function assertInert(page: Page, where: string): Promise<void> {
  assert.equal(await page.evaluate('typeof window.__pwned'), 'undefined', `${where}: a payload ran`);
  const injected = await page.locator('main script, main iframe, main img, main style, main details, main [onerror], main [onload], main [onclick], main [ontoggle], main [onmouseover], main svg:not(.timeline-chart)').count();
  assert.equal(injected, 0, `${where}: markup from the data became elements`);
  assert.equal(await page.locator('a[href^="javascript:" i]').count(), 0, `${where}: a javascript: link`);
}

async function hostilePages(page: Page): Promise<string[]> {
  const visited: string[] = [];
  const check = async (path: string) => {
    await visit(page, path);
    await assertInert(page, path);
    visited.push(path);
  };
  const list = (await (await page.request.get('/api/articles?pageSize=100')).json()) as { items: { id: string }[] };
  assert.equal(list.items.length, 5, 'the hostile corpus: 2 JSON Lines articles, 1 feed item, 1 HTML page, 1 posted');
  await check('/');
  await check('/?q=pwned');
  await check('/?q=script');
  for (const { id } of list.items) {
    const record = (await (await page.request.get(`/api/articles/${encodeURIComponent(id)}`)).json()) as AnalysisRecord;
    await check(`/articles/${encodeURIComponent(id)}`);
    assert.equal(await page.locator('main h1').textContent(), record.document.title ?? 'Untitled article', 'the title is shown as it is');
    assert.equal(await page.locator('.article-text').textContent(), record.document.text, 'the text is shown as it is');
    if (record.document.url) assert.equal(await page.locator('.source-url').textContent(), record.document.url);
    for (const item of await page.locator('button.item').all()) {
      await item.click();
      await assertInert(page, `${id} selection`);
    }
    for (const href of await page.locator('.side-panel a, .selection a').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''))) {
      assert.match(href, /^\/(entities|dyads)\//, `a link to ${href}`);
    }
    const entities = record.entities.filter((e) => !e.kb.id).slice(0, 3);
    for (const e of entities) await check(`/entities/${encodeURIComponent(`name:${e.type}:${e.name.toLowerCase()}`)}`);
  }
  for (const path of ['/claims', '/stories', '/graph', '/graph?level=actor']) await check(path);
  for (const [format, text] of [
    ['text/html', `<html><head><title>${PAYLOADS.join(' ')}</title></head><body><p>${PAYLOADS.join(' ')} Iran met Russia in Tehran on Monday.</p></body></html>`],
    ['text/plain', `${PAYLOADS.join('\n')}\n"${PAYLOADS[0]}," said Vladimir Putin in Moscow on Monday.`],
  ] as const) {
    await check('/analyze');
    await page.selectOption('select[name=format]', format);
    await page.fill('textarea[name=text]', text);
    await page.click('form.analyze-form button[type=submit]');
    await page.waitForSelector('.analysis-result .article-view');
    await assertInert(page, `analyze ${format}`);
    if (format === 'text/plain') assert.ok(((await page.locator('.analysis-result .article-text').textContent()) ?? '').includes(PAYLOADS[0]!));
  }
  return visited;
}

for (const bypassCSP of [true, false]) {
  test(`XSS corpus ${bypassCSP ? 'without the CSP (the UI escapes on its own)' : 'under the CSP (nothing even tries to run)'}: no dialog, no script, text shown literally`, async (t) => {
    if (missing) return t.skip(missing);
    const w = await watchedPage(browser!, hostile!.url, { bypassCSP });
    const visited = await hostilePages(w.page);
    assert.equal(visited.filter((p) => p.startsWith('/articles/')).length, 5, visited.join(' '));
    const literal = await w.page.request.get('/api/articles/xss-jsonl-1');
    assert.equal(literal.status(), 200);
    await visit(w.page, '/articles/xss-jsonl-1');
    assert.ok(((await w.page.locator('main h1').textContent()) ?? '').includes(PAYLOADS[0]!), 'the <script> of the title is shown as text');
    assert.equal(await w.page.locator('.source-url').evaluate((e) => e.tagName), 'SPAN', 'a javascript: URL is not a link');
    assert.deepEqual(w.dialogs, []);
    assert.deepEqual(w.errors, []);
  });
}
