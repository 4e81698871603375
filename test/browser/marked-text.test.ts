import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { markedTextPage, type MarkSpan, type RenderMarks } from './marked-page.js';
import { browserMissing, launchChromium } from './ui-fixture.js';

const missing = browserMissing();
let browser: Browser | null = null;
let render: RenderMarks | null = null;

before(async () => {
  if (missing) return;
  browser = await launchChromium();
  render = (await markedTextPage(browser)).render;
});

after(async () => {
  await browser?.close();
});

const TEXT = 'Putin told Pezeshkian on Friday that "relations are a priority," the Kremlin said.';

const cases: readonly { name: string; text: string; spans: readonly MarkSpan[]; html: string }[] = [
  { name: 'no span leaves the text alone', text: TEXT, spans: [], html: TEXT },
  {
    name: 'one entity',
    text: 'Putin met Pezeshkian.',
    spans: [{ kind: 'entity', id: 'e1', start: 0, end: 5, attrs: { 'data-type': 'PERSON' } }],
    html: '<mark data-kind="entity" data-id="e1" data-type="PERSON">Putin</mark> met Pezeshkian.',
  },
  {
    name: 'an entity inside a quote inside a claim nests from the longest span out',
    text: '"Iran is a priority," Putin said.',
    spans: [
      { kind: 'entity', id: 'e2', start: 1, end: 5 },
      { kind: 'claim', id: 'c0', start: 1, end: 19 },
      { kind: 'quote', id: 'q0', start: 0, end: 21 },
    ],
    html: '<mark data-kind="quote" data-id="q0">"<mark data-kind="claim" data-id="c0"><mark data-kind="entity" data-id="e2">Iran</mark> is a priority</mark>,"</mark> Putin said.',
  },
  {
    name: 'the same span in two layers: the quote outside, the claim inside',
    text: 'He said "no weapons" today.',
    spans: [
      { kind: 'claim', id: 'c1', start: 9, end: 19 },
      { kind: 'quote', id: 'q1', start: 9, end: 19 },
    ],
    html: 'He said "<mark data-kind="quote" data-id="q1"><mark data-kind="claim" data-id="c1">no weapons</mark></mark>" today.',
  },
  {
    name: 'crossing spans: the later one is split where the earlier one ends',
    text: 'abcdefghijklmno',
    spans: [
      { kind: 'claim', id: 'c0', start: 0, end: 10 },
      { kind: 'event', id: 'v0', start: 5, end: 15 },
    ],
    html: '<mark data-kind="claim" data-id="c0">abcde<mark data-kind="event" data-id="v0">fghij</mark></mark><mark data-kind="event" data-id="v0">klmno</mark>',
  },
  {
    name: 'adjacent spans stay side by side',
    text: 'last Friday',
    spans: [
      { kind: 'time', id: 't0', start: 0, end: 4 },
      { kind: 'time', id: 't1', start: 5, end: 11 },
    ],
    html: '<mark data-kind="time" data-id="t0">last</mark> <mark data-kind="time" data-id="t1">Friday</mark>',
  },
  {
    name: 'two mentions of one entity are two marks with the same id',
    text: 'Iran and Iran',
    spans: [
      { kind: 'entity', id: 'e1', start: 0, end: 4 },
      { kind: 'entity', id: 'e1', start: 9, end: 13 },
    ],
    html: '<mark data-kind="entity" data-id="e1">Iran</mark> and <mark data-kind="entity" data-id="e1">Iran</mark>',
  },
  {
    name: 'surrogate pairs and newlines are kept',
    text: 'Kyiv 🇺🇦\n\nKharkiv',
    spans: [{ kind: 'entity', id: 'e3', start: 11, end: 18 }],
    html: 'Kyiv 🇺🇦\n\n<mark data-kind="entity" data-id="e3">Kharkiv</mark>',
  },
];

for (const c of cases) {
  test(`markedText: ${c.name}`, async (t) => {
    if (missing) return t.skip(missing);
    assert.equal(await render!(c.text, c.spans), c.html);
  });
}
