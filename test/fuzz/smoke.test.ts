import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { detectFormat } from '../../src/read/detect-format.js';
import { readFeed } from '../../src/read/read-feed.js';
import { readHtml } from '../../src/read/read-html.js';
import { analyzeChecked, articleText, chunked, readAll, tempFile } from './fuzz-support.js';

const LIMIT = { timeout: 60_000 };

test('fuzz smoke: hostile news-like text analyses into valid records', LIMIT, () => {
  fc.assert(fc.property(articleText(60), (text) => void analyzeChecked({ text, published: '2024-10-11' })), { numRuns: 25 });
});

test('fuzz smoke: hostile bytes on stdin give articles or typed errors', LIMIT, async () => {
  await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 500 }), async (bytes) => {
    for (const o of await readAll(['-'], { stdin: chunked(bytes) })) if (o.ok) analyzeChecked(o.article);
  }), { numRuns: 25 });
});

const regressions: readonly { readonly name: string; readonly run: () => unknown; readonly expect: (v: unknown) => void }[] = [
  {
    name: 'an unclosed DOCTYPE of bracket pairs in a feed fails fast (was exponential)',
    run: () => {
      try {
        return readFeed(`<!DOCTYPE r ${'[]'.repeat(40)}`, 'x');
      } catch (e) {
        return (e as Error).name;
      }
    },
    expect: (v) => assert.equal(v, 'ReadError'),
  },
  {
    name: 'many leading HTML comments are sniffed fast (was exponential)',
    run: () => detectFormat(null, null, '<!-- -->'.repeat(200)),
    expect: (v) => assert.equal(v, 'text'),
  },
  {
    name: 'a page nested 5,000 deep keeps its text (was a stack overflow)',
    run: () => readHtml(`<html><body>${'<div>'.repeat(5000)}<p>Deep words here.</p>${'</div>'.repeat(5000)}</body></html>`, 'x').text,
    expect: (v) => assert.equal(v, 'Deep words here.'),
  },
  {
    name: 'XML nested beyond the parser limit is a typed bad-feed error',
    run: () => {
      try {
        return readFeed(`<rss><channel><item><description>x</description>${'<a>'.repeat(3000)}${'</a>'.repeat(3000)}</item></channel></rss>`, 'x');
      } catch (e) {
        return (e as { code?: string }).code;
      }
    },
    expect: (v) => assert.equal(v, 'bad-feed'),
  },
  {
    name: '20,000 paragraphs without a quote mark analyse (quote search was quadratic)',
    run: () => analyzeChecked(Array.from({ length: 20_000 }, (_, i) => `Line ${i} here.`).join('\n\n')).quotes.length,
    expect: (v) => assert.equal(v, 0),
  },
  {
    name: 'an article of 100,000 numbers analyses (times was quadratic: 10,000 took 4 s)',
    run: () => analyzeChecked({ text: Array.from({ length: 100_000 }, (_, i) => String((i * 7919) % 10_000)).join(' '), published: '2024-10-11' }).times.length,
    expect: (v) => assert.equal(v, 11_000),
  },
  {
    name: 'a text file of 100k spaces between two words',
    run: async () => (await readAll([tempFile('spaces.txt', `a${' '.repeat(100_000)}b`)])).length,
    expect: (v) => assert.equal(v, 1),
  },
];

for (const r of regressions) {
  test(`fuzz smoke: ${r.name}`, LIMIT, async () => {
    r.expect(await r.run());
  });
}
