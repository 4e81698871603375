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

const cases: readonly { name: string; text: string; spans: readonly MarkSpan[]; html: string }[] = [
  {
    name: 'spans outside the text, empty, reversed or not whole numbers are left out',
    text: 'Iran',
    spans: [
      { kind: 'entity', id: 'a', start: -1, end: 2 },
      { kind: 'entity', id: 'b', start: 2, end: 9 },
      { kind: 'entity', id: 'c', start: 2, end: 2 },
      { kind: 'entity', id: 'd', start: 3, end: 1 },
      { kind: 'entity', id: 'e', start: 0.5, end: 2 },
      { kind: 'entity', id: 'f', start: Number.NaN, end: 2 },
    ],
    html: 'Iran',
  },
  { name: 'an empty text gives nothing', text: '', spans: [{ kind: 'time', id: 't0', start: 0, end: 0 }], html: '' },
  {
    name: 'markup in the text stays text',
    text: '<script>alert(1)</script> & <img src=x onerror=alert(2)>',
    spans: [{ kind: 'quote', id: 'q0', start: 0, end: 25 }],
    html: '<mark data-kind="quote" data-id="q0">&lt;script&gt;alert(1)&lt;/script&gt;</mark> &amp; &lt;img src=x onerror=alert(2)&gt;',
  },
  {
    name: 'hostile ids and attribute values stay attribute values',
    text: 'Putin',
    spans: [{ kind: 'entity', id: '"><svg onload=alert(1)>', start: 0, end: 5, attrs: { title: '"><img src=x onerror=alert(3)>' } }],
    html: '<mark data-kind="entity" data-id="&quot;&gt;&lt;svg onload=alert(1)&gt;" title="&quot;&gt;&lt;img src=x onerror=alert(3)&gt;">Putin</mark>',
  },
];

for (const c of cases) {
  test(`markedText: ${c.name}`, async (t) => {
    if (missing) return t.skip(missing);
    assert.equal(await render!(c.text, c.spans), c.html);
  });
}
