import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeChecked, articleText, chunked, params, readAll, tempFile } from './fuzz-support.js';

const SLOW = { timeout: 300_000 };
const EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.xml', '.rss', '.atom', '.jsonl', '.ndjson', '.text'];
const BOMS: readonly (readonly number[])[] = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]];
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

const wrap = (text: string): fc.Arbitrary<string> =>
  fc.constantFrom(
    text,
    `<html><body><article><p>${text}</p><div>${text}</div></article></body></html>`,
    `<?xml version="1.0"?><rss><channel><title>${text}</title><item><title>${text}</title><description>${text}</description></item></channel></rss>`,
    `<feed><entry><content type="html"><![CDATA[<p>${text}</p>]]></content></entry></feed>`,
    `${JSON.stringify({ id: 'a', text, published: text })}\n{"text": ${JSON.stringify(text)}}\n${text}`,
    `2024-10-11 ${text}\n${text}`,
  );

/** Bytes of hostile content: random bytes, or text in one of the formats, with a BOM, truncated anywhere. */
const hostileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 3000 }),
  fc.tuple(fc.constantFrom(...BOMS), articleText(80).chain(wrap), fc.nat()).map(([bom, s, cut]) => {
    const body = utf8(s);
    const bytes = new Uint8Array([...bom, ...body]);
    return bytes.subarray(0, bytes.length === 0 ? 0 : (cut % (bytes.length + 1)) || bytes.length);
  }),
);

async function readAndAnalyze(inputs: readonly string[], stdin?: AsyncIterable<Uint8Array>): Promise<void> {
  for (const o of await readAll(inputs, stdin ? { stdin } : {})) if (o.ok) analyzeChecked(o.article);
}

test('fuzz readers: hostile bytes in a file of every extension never crash, and what is read analyses cleanly', SLOW, async () => {
  await fc.assert(fc.asyncProperty(hostileBytes, fc.constantFrom(...EXTENSIONS), async (bytes, ext) => {
    await readAndAnalyze([tempFile(`article${ext}`, bytes)]);
  }), params(150));
});

test('fuzz readers: hostile bytes on stdin, cut into chunks anywhere (multi-byte characters split)', SLOW, async () => {
  await fc.assert(fc.asyncProperty(hostileBytes, fc.array(fc.nat({ max: 4000 }), { maxLength: 6 }), async (bytes, cuts) => {
    await readAndAnalyze(['-'], chunked(bytes, cuts));
  }), params(150));
});

const big: readonly { readonly name: string; readonly file: string; readonly make: () => string; readonly check: (ok: number, errors: readonly string[]) => void }[] = [
  {
    name: 'a 10 MB single line of text is refused as too large, typed',
    file: 'line.txt',
    make: () => 'word '.repeat(2_200_000),
    check: (ok, errors) => assert.deepEqual([ok, errors], [0, ['too-large']]),
  },
  {
    name: 'a 9 MB single line of text is read whole',
    file: 'line.txt',
    make: () => 'word '.repeat(1_800_000),
    check: (ok, errors) => assert.deepEqual([ok, errors], [1, []]),
  },
  {
    name: 'a 10 MB JSON Lines line is read (streamed, no size limit per line)',
    file: 'big.jsonl',
    make: () => JSON.stringify({ text: 'word '.repeat(2_100_000) }),
    check: (ok, errors) => assert.deepEqual([ok, errors], [1, []]),
  },
  {
    name: '50,000 paragraphs of text',
    file: 'paras.txt',
    make: () => Array.from({ length: 50_000 }, (_, i) => `Paragraph ${i}.`).join('\n\n'),
    check: (ok, errors) => assert.deepEqual([ok, errors], [1, []]),
  },
  {
    name: '10,000-deep nested HTML keeps its text',
    file: 'deep.html',
    make: () => `<html><body>${'<div>'.repeat(10_000)}<p>Deep text, said Smith.</p>${'</div>'.repeat(10_000)}</body></html>`,
    check: (ok, errors) => assert.deepEqual([ok, errors], [1, []]),
  },
  {
    name: '10,000-deep unclosed HTML',
    file: 'unclosed.html',
    make: () => `<p>Some text first.</p>${'<span><b>'.repeat(5_000)}Deep text.`,
    check: (ok, errors) => assert.equal(ok + errors.length, 1),
  },
  {
    name: '10,000-deep nested HTML inside a feed item',
    file: 'deep.xml',
    make: () => `<rss><channel><item><description><![CDATA[${'<div>'.repeat(10_000)}Deep feed text.${'</div>'.repeat(10_000)}]]></description></item></channel></rss>`,
    check: (ok, errors) => assert.deepEqual([ok, errors], [1, []]),
  },
  {
    name: '10,000-deep XML in a feed is a typed bad-feed error',
    file: 'deepxml.xml',
    make: () => `<rss><channel><item><description>x</description>${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</item></channel></rss>`,
    check: (ok, errors) => assert.deepEqual([ok, errors], [0, ['bad-feed']]),
  },
  {
    name: '"billion laughs" entities in a feed do not expand',
    file: 'laughs.xml',
    make: () => {
      const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
      return `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "lol">${levels}]><rss><channel><item><title>&l9;</title><description>&l9; text</description></item></channel></rss>`;
    },
    check: (ok, errors) => assert.deepEqual([ok, errors], [1, []]),
  },
  {
    name: 'an external entity in a feed is never fetched or read',
    file: 'xxe.xml',
    make: () => '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><description>A &x; b</description></item></channel></rss>',
    check: (ok, errors) => assert.deepEqual([ok, errors], [1, []]),
  },
  {
    name: 'an unclosed DOCTYPE of many bracket pairs (catastrophic backtracking before the fix)',
    file: 'doctype.xml',
    make: () => `<?xml version="1.0"?><!DOCTYPE r ${'[]'.repeat(20_000)}<rss><channel><item><description>t</description></item></channel></rss>`,
    check: (ok, errors) => assert.equal(ok + errors.length >= 1, true),
  },
  {
    name: 'JSON Lines with one bad line in ten thousand',
    file: 'lines.jsonl',
    make: () => Array.from({ length: 30_000 }, (_, i) => (i % 10_000 === 4_321 ? '{"text": "broken' : JSON.stringify({ id: `n${i}`, text: `Iran met Russia, line ${i}.` }))).join('\n'),
    check: (ok, errors) => assert.deepEqual([ok, errors], [29_997, ['bad-json', 'bad-json', 'bad-json']]),
  },
];

for (const c of big) {
  test(`fuzz readers: ${c.name}`, SLOW, async () => {
    const outcomes = await readAll([tempFile(c.file, c.make())]);
    c.check(outcomes.filter((o) => o.ok).length, outcomes.flatMap((o) => (o.ok ? [] : [o.error.code])));
    const articles = outcomes.flatMap((o) => (o.ok ? [o.article] : []));
    for (const a of articles.length > 100 ? articles.filter((_, i) => i % 997 === 0) : articles) analyzeChecked(a);
  });
}
