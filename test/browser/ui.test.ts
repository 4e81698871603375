import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { AnalysisRecord } from '../../src/analyze/record.js';
import type { ActorGraph } from '../../src/store/store.js';
import { browserMissing, launchChromium, ROOT, settled, startUiServer, visit, watchedPage, type UiServer, type WatchedPage } from './ui-fixture.js';

const missing = browserMissing();
/** Screenshots go to test-output/ (ignored by git); NEWSGRAPH_SCREENSHOTS=docs/screenshots refreshes the README's. */
const SHOTS = path.resolve(ROOT, process.env.NEWSGRAPH_SCREENSHOTS ?? path.join('test-output', 'screenshots'));
const ASHGABAT = 'Putin and Pezeshkian meet in Ashgabat, pledge deeper ties';

let server: UiServer | null = null;
let browser: Browser | null = null;
const pages: WatchedPage[] = [];

before(async () => {
  if (missing) return;
  server = await startUiServer();
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(): Promise<Page> {
  const w = await watchedPage(browser!, server!.url);
  pages.push(w);
  return w.page;
}

async function api<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(url);
  assert.equal(res.status(), 200, `${url} answered ${res.status()}`);
  return (await res.json()) as T;
}

const focused = async (page: Page): Promise<string> => String(await page.evaluate('document.activeElement ? document.activeElement.textContent : ""'));

const texts = (page: Page, selector: string): Promise<string[]> => page.locator(selector).allTextContents();

test('the analyst path: search → article → entity → dyad → graph', async (t) => {
  if (missing) return t.skip(missing);
  const page = await open();
  let record: AnalysisRecord | null = null;

  await t.test('the search page lists the newest articles without a query', async () => {
    await visit(page, '/');
    assert.equal(await page.locator('h1').textContent(), 'Search the articles');
    assert.match((await page.locator('.stats').textContent()) ?? '', /^27 articles, published 2023-05-21 to 2025-08-09/);
    assert.equal(await page.locator('.results > li').count(), 20);
    assert.equal(await page.locator('.pager a[rel=next]').count(), 1);
  });

  await t.test('a full-text search shows hits with the matched words in bold', async () => {
    await page.fill('input[name=q]', 'drones');
    await page.click('form.search-form button[type=submit]');
    await settled(page);
    assert.match(page.url(), /\/\?q=drones$/);
    const titles = await texts(page, '.results h2');
    assert.ok(titles.includes(ASHGABAT), `hits: ${titles.join(' | ')}`);
    assert.ok(titles.includes('Iran and Russia discuss new drone deal, officials say'));
    const bold = await texts(page, '.snippet b');
    assert.ok(bold.length >= titles.length && bold.every((b) => /^drones?$/i.test(b)), `bold: ${bold.join(',')}`);
  });

  await t.test('the article page marks every layer and keeps the text as it is', async () => {
    await page.click(`.results h2 a:text-is("${ASHGABAT}")`);
    await settled(page);
    assert.match(page.url(), /\/articles\/6a6ed9d4d549[0-9a-f]{52}$/);
    record = await api<AnalysisRecord>(page, '/api/articles/6a6ed9d4');
    assert.equal(await page.locator('main h1').textContent(), ASHGABAT);
    assert.equal(await page.locator('.article-text').textContent(), record.document.text);
    const ids = async (kind: string) => new Set(await page.locator(`.article-text mark[data-kind=${kind}]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))));
    assert.equal((await ids('entity')).size, record.entities.length);
    assert.equal((await ids('quote')).size, record.quotes.length);
    assert.equal((await ids('claim')).size, record.claims.length);
    assert.equal((await ids('event')).size, record.events.length);
    assert.equal((await ids('time')).size, record.times.length);
    const people = await texts(page, '.article-text mark[data-kind=entity][data-type=PERSON]');
    assert.ok(people.includes('Vladimir Putin') && people.includes('Masoud Pezeshkian'), people.join(','));
    assert.ok((await texts(page, '.article-text mark[data-kind=time]')).includes('Friday'));
    assert.ok((await texts(page, '.article-text mark[data-kind=quote]')).some((q) => q.includes('Our positions on the world stage are closer than ever,')));
    const mentions = record.entities.reduce((n, e) => n + e.mentions.length, 0);
    const marked = await page.locator('.article-text mark[data-kind=entity]').evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-id'))).size);
    assert.equal(marked, record.entities.length);
    assert.ok((await page.locator('.article-text mark[data-kind=entity]').count()) >= mentions);
  });

  await t.test('an event shows its code, actors, date and evidence on hover and when chosen', async () => {
    const first = page.locator('.article-text mark[data-kind=event]').first();
    assert.match((await first.getAttribute('title')) ?? '', /^\d{3} .+: .+ → .+ · \d{4}/);
    const event = record!.events[0]!;
    assert.equal(event.code, '040', 'the first event of the Ashgabat article is the meeting');
    await page.locator('button.item[data-kind=event]').first().click();
    const selection = page.locator('.selection');
    assert.equal(await selection.locator('h3').textContent(), `Event ${event.code} ${event.label}`);
    const details = (await selection.textContent()) ?? '';
    assert.ok(details.includes(`${event.source.name} (${event.source.actor})`), details);
    assert.ok(details.includes(`${event.target!.name} (${event.target!.actor})`), details);
    assert.ok(details.includes(`${event.date!.value} (“${event.date!.text}”)`), details);
    assert.ok(details.includes(event.evidence), details);
    assert.equal(await page.locator('.article-text mark.selected[data-kind=event]').count(), 1);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: path.join(SHOTS, 'article.png') });
  });

  await t.test('each layer can be switched off and on', async () => {
    const before = await page.locator('.article-text mark[data-kind=entity]').count();
    await page.uncheck('input[data-layer=entity]');
    assert.equal(await page.locator('.article-text mark[data-kind=entity]').count(), 0);
    assert.ok((await page.locator('.article-text mark[data-kind=claim]').count()) > 0);
    await page.check('input[data-layer=entity]');
    assert.equal(await page.locator('.article-text mark[data-kind=entity]').count(), before);
  });

  await t.test('a mark in the text is selected by pointer and by keyboard', async () => {
    await page.locator('.article-text mark[data-kind=entity]:text-is("Masoud Pezeshkian")').first().click();
    assert.equal(await page.locator('.selection h3').textContent(), 'Masoud Pezeshkian');
    assert.match((await page.locator('.selection').textContent()) ?? '', /President of Iran/);
    const denial = record!.claims.findIndex((c) => typeof c.denies === 'number');
    assert.ok(denial >= 0, 'the article has a denial');
    await page.locator(`button.item[data-kind=claim][data-id=c${denial}]`).focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('.selection h3').textContent(), `Claim #${denial}`);
    assert.ok(((await page.locator('.selection').textContent()) ?? '').includes(`denies#${record!.claims[denial]!.denies}`));
  });

  await t.test('the entity profile lists roles, company and claims', async () => {
    await page.locator('button.item[data-kind=entity]', { hasText: 'Masoud Pezeshkian' }).click();
    await page.click('.selection a:text("Profile of Masoud Pezeshkian")');
    await settled(page);
    assert.match(page.url(), /\/entities\/kb%3Aperson%2Fmasoud-pezeshkian$/);
    assert.equal(await page.locator('main h1').textContent(), 'Masoud Pezeshkian');
    assert.match((await page.locator('main .meta').first().textContent()) ?? '', /PERSON · IRN · kb person\/masoud-pezeshkian/);
    assert.ok((await texts(page, '.profile-section li')).some((r) => r.startsWith('President of Iran')));
    assert.ok((await texts(page, '.related li a')).includes('Vladimir Putin'));
    await page.screenshot({ path: path.join(SHOTS, 'entity.png') });
  });

  await t.test('the dyad page draws the timeline with evidence per period', async () => {
    await page.click('.related a:text-is("timeline IRN–RUS")');
    await settled(page);
    assert.match(page.url(), /\/dyads\/IRN\/RUS$/);
    assert.equal(await page.locator('main h1').textContent(), 'IRN and RUS: the relationship over time');
    const periods = await texts(page, 'table.periods tbody th');
    const dyad = await api<{ periods: { period: string; evidence: { text: string } }[] }>(page, '/api/dyads/IRN/RUS');
    assert.ok(dyad.periods.length >= 2, 'the examples hold IRN–RUS events in two months at least');
    assert.deepEqual(periods, dyad.periods.map((p) => p.period));
    assert.equal(await page.locator('svg.timeline-chart a.period').count(), periods.length);
    for (const p of dyad.periods) assert.ok(((await page.locator(`[id="period-${p.period}"]`).textContent()) ?? '').includes(p.evidence.text));
    await page.screenshot({ path: path.join(SHOTS, 'dyad.png') });
  });

  await t.test('the graph draws the network and lists the events of a chosen edge', async () => {
    await page.click('main a:text-is("Actor network")');
    await settled(page);
    const graph = await api<ActorGraph>(page, '/api/graph');
    await page.waitForSelector('.graph-canvas canvas');
    assert.equal(await page.locator('button.edge-button').count(), graph.edges.length);
    assert.match((await page.locator('.legend').textContent()) ?? '', new RegExp(`${graph.nodes.length} actors, ${graph.edges.length} dyads`));
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(SHOTS, 'graph.png') });
    const edge = graph.edges.find((e) => e.source === 'RUS' && e.target === 'IRN') ?? graph.edges[0]!;
    await page.click(`button.edge-button[data-source="${edge.source}"][data-target="${edge.target}"]`);
    await page.waitForSelector('.edge-events table.events');
    assert.match((await page.locator('.edge-events h2').textContent()) ?? '', new RegExp(`^Events between ${edge.source} and ${edge.target} \\(\\d+\\)$`));
    const rows = await texts(page, '.edge-events table.events tbody tr');
    assert.ok(rows.length >= edge.events, `${rows.length} rows for ${edge.events} events`);
  });

  await t.test('graph filters: only material conflict leaves only conflict edges', async () => {
    await page.check('input[name=quadClass][value="4"]');
    await page.click('form.graph-filters button[type=submit]');
    await settled(page);
    assert.match(page.url(), /\/graph\?quadClass=4$/);
    const graph = await api<ActorGraph>(page, '/api/graph?quadClass=4');
    const tones = await page.locator('button.edge-button').evaluateAll((els) => els.map((e) => e.className));
    assert.equal(tones.length, graph.edges.length);
    assert.ok(tones.length > 0 && tones.every((c) => c.includes('tone-conflict')), tones.join(','));
  });
});

/** What the marks of each `kind:id` should cover, in text order: the record's spans, joined. */
function expectedMarks(record: AnalysisRecord): Map<string, string> {
  const text = record.document.text;
  const join = (spans: readonly { start: number; end: number }[]) => [...spans].sort((a, b) => a.start - b.start).map((s) => text.slice(s.start, s.end)).join('');
  return new Map([
    ...record.entities.map((e) => [`entity:${e.id}`, join(e.mentions)] as const),
    ...record.quotes.map((q, i) => [`quote:q${i}`, join([q])] as const),
    ...record.claims.map((c, i) => [`claim:c${i}`, join([c])] as const),
    ...record.events.map((e, i) => [`event:v${i}`, join([e.trigger ?? e.sentence])] as const),
    ...record.times.map((t, i) => [`time:t${i}`, join([t])] as const),
  ]);
}

test('every example article: the marks cover exactly the spans of its record', async (t) => {
  if (missing) return t.skip(missing);
  const page = await open();
  const list = await api<{ items: { id: string }[] }>(page, '/api/articles?pageSize=100');
  assert.equal(list.items.length, 27);
  let split = 0;
  for (const { id } of list.items) {
    const record = await api<AnalysisRecord>(page, `/api/articles/${encodeURIComponent(id)}`);
    await visit(page, `/articles/${encodeURIComponent(id)}`);
    const marks = await page.locator('.article-text mark').evaluateAll((els) => els.map((e) => ({ key: `${e.getAttribute('data-kind')}:${e.getAttribute('data-id')}`, text: e.textContent ?? '' })));
    const got = new Map<string, string>();
    const pieces = new Map<string, number>();
    for (const m of marks) {
      got.set(m.key, (got.get(m.key) ?? '') + m.text);
      pieces.set(m.key, (pieces.get(m.key) ?? 0) + 1);
    }
    assert.deepEqual(got, expectedMarks(record), id);
    assert.equal(await page.locator('.article-text').textContent(), record.document.text, id);
    split += [...pieces].filter(([key, n]) => !key.startsWith('entity:') && n > 1).length;
  }
  t.diagnostic(`27 articles checked; ${split} quote, claim, event or time spans split where they cross another span`);
});

test('the claim tracker, stories and analyze pages', async (t) => {
  if (missing) return t.skip(missing);
  const page = await open();

  await t.test('the entity and date filters of the search page', async () => {
    const key = 'kb:person/masoud-pezeshkian';
    const expected = await api<{ items: { title: string }[] }>(page, `/api/articles?entity=${encodeURIComponent(key)}`);
    assert.ok(expected.items.length > 0);
    await visit(page, `/?entity=${encodeURIComponent('Masoud Pezeshkian')}`);
    assert.deepEqual(await texts(page, '.results h2'), expected.items.map((a) => a.title));
    assert.match((await page.locator('.article-list > h2').textContent()) ?? '', /mentioning Masoud Pezeshkian$/);
    await visit(page, '/?since=2025-01-01&until=2025-06-30');
    const dates = await texts(page, '.results .meta');
    assert.ok(dates.length > 0 && dates.every((d) => d.slice(0, 10) >= '2025-01-01' && d.slice(0, 10) <= '2025-06-30'), dates.join(','));
    assert.equal(await page.inputValue('input[name=since]'), '2025-01-01');
  });

  await t.test('claims are grouped with their sources and denials', async () => {
    await visit(page, '/claims?about=IRN');
    assert.equal(await page.locator('main h1').textContent(), 'Claim tracker');
    assert.ok((await page.locator('.claim-group').count()) > 0);
    assert.ok((await page.locator('.claim-group .stance-denies').count()) > 0, 'a denial is shown');
  });

  await t.test('stories list their articles', async () => {
    await visit(page, '/stories');
    const stories = await api<{ items: { title: string | null; articles: unknown[] }[] }>(page, '/api/stories');
    assert.deepEqual(await texts(page, '.story > h2'), stories.items.map((s) => s.title ?? ''));
    assert.equal(await page.locator('.story li').count(), stories.items.reduce((n, s) => n + s.articles.length, 0));
  });

  await t.test('pasted text is annotated and nothing is stored', async () => {
    await visit(page, '/analyze');
    const stored = (await api<{ articles: number }>(page, '/api/stats')).articles;
    await page.fill('textarea[name=text]', 'date 2024-03-01 Talks in Ankara\nTurkish President Recep Tayyip Erdogan met Ukrainian President Volodymyr Zelensky in Ankara on Friday.\n');
    await page.click('form.analyze-form button[type=submit]');
    await page.waitForSelector('.analysis-result .article-view');
    assert.equal(await page.locator('.analysis-result h1').textContent(), 'Talks in Ankara');
    const people = await texts(page, '.analysis-result mark[data-kind=entity][data-type=PERSON]');
    assert.ok(people.includes('Recep Tayyip Erdogan') && people.includes('Volodymyr Zelensky'), people.join(','));
    assert.ok((await page.locator('.analysis-result mark[data-kind=event]').count()) > 0);
    assert.equal(await page.locator('.analysis-result .selection a').count(), 0);
    assert.equal((await api<{ articles: number }>(page, '/api/stats')).articles, stored);
  });
});

test('the UI is usable by keyboard', async (t) => {
  if (missing) return t.skip(missing);
  const page = await open();
  await visit(page, '/');
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'Skip to content');
  const reached: string[] = [];
  for (let i = 0; i < 7; i++) {
    await page.keyboard.press('Tab');
    reached.push(await focused(page));
  }
  assert.deepEqual(reached.slice(0, 6), ['newsgraph', 'Search', 'Network', 'Claims', 'Stories', 'Analyze']);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await settled(page);
  assert.match(page.url(), /\/analyze$/);
  assert.equal(await page.locator('nav.site a[aria-current=page]').textContent(), 'Analyze');
  await page.goBack();
  await settled(page);
  assert.equal(await page.locator('main h1').textContent(), 'Search the articles');
});

test('no page logged an error or fetched anything from elsewhere', async (t) => {
  if (missing) return t.skip(missing);
  for (const w of pages) {
    assert.deepEqual(w.errors, []);
    assert.deepEqual(w.dialogs, []);
    assert.deepEqual(w.offsite, []);
  }
});
