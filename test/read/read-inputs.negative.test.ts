import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { ReadOptions } from '../../src/read/read-inputs.js';
import { collect, fixture, pick, serve, tempFiles, type Flat } from './support.js';

const server = await serve({
  '/slow': 'hang',
  '/big': { headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(5000) },
  '/gone': { status: 410 },
  '/loop': { status: 302, headers: { location: '/loop' } },
  '/elsewhere': { status: 301, headers: { location: 'file:///etc/hostname' } },
});
after(() => server.close());

/** A port nothing listens on: bound, then released. */
const closedPort = await new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => resolve(port));
  });
});

const laughs = `<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
  <!ENTITY secret SYSTEM "file:///etc/passwd">
]>
<rss version="2.0"><channel><title>T</title><item><title>Bomb &d;</title><description>Body &d; and &secret;.</description></item></channel></rss>`;

interface Case {
  readonly name: string;
  readonly files?: Readonly<Record<string, Uint8Array | string>>;
  readonly inputs: (dir: string) => readonly string[];
  readonly options?: ReadOptions;
  readonly expected: readonly Flat[];
}

const cases: readonly Case[] = [
  { name: 'not-found: a missing file', inputs: (d) => [path.join(d, 'nope.txt')], files: {}, expected: [{ ok: false, code: 'not-found', line: null }] },
  { name: 'not-found: a glob matching nothing', files: { 'a.txt': 'A.' }, inputs: (d) => [`${d}/*.html`], expected: [{ ok: false, code: 'not-found' }] },
  { name: 'empty: a zero-byte file', files: { 'e.txt': '' }, inputs: (d) => [path.join(d, 'e.txt')], expected: [{ ok: false, code: 'empty' }] },
  { name: 'empty: white space only', files: { 'e.md': ' \r\n\t\n' }, inputs: (d) => [path.join(d, 'e.md')], expected: [{ ok: false, code: 'empty' }] },
  { name: 'empty: JSON Lines of blank lines', files: { 'e.jsonl': '\n\n  \n' }, inputs: (d) => [path.join(d, 'e.jsonl')], expected: [{ ok: false, code: 'empty' }] },
  {
    name: 'binary: NUL bytes in a .txt',
    files: { 'b.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]) },
    inputs: (d) => [path.join(d, 'b.txt')],
    expected: [{ ok: false, code: 'binary' }],
  },
  { name: 'binary: control bytes on stdin', inputs: () => ['-'], options: { stdin: Readable.from([Buffer.from('\x01\x02\x03\x04\x05\x06\x07\x08abc')]) }, expected: [{ ok: false, code: 'binary', input: '-' }] },
  { name: 'no-articles: a folder without article files', inputs: () => [fixture('empty-folder')], expected: [{ ok: false, code: 'no-articles' }] },
  { name: 'no-articles: a feed without items', files: { 'f.rss': '<rss version="2.0"><channel><title>Quiet</title></channel></rss>' }, inputs: (d) => [path.join(d, 'f.rss')], expected: [{ ok: false, code: 'no-articles' }] },
  {
    name: 'bad-json: the message names file and line, what was expected and what came',
    files: { 'c.jsonl': '{"text":"fine"}\n{"text": "cut off",}\n[1,2]\n' },
    inputs: (d) => [path.join(d, 'c.jsonl')],
    expected: [{ ok: true }, { ok: false, code: 'bad-json', line: 2 }, { ok: false, code: 'bad-json', line: 3 }],
  },
  {
    name: 'no-text: JSON line whose text is not a string, or empty',
    files: { 'c.jsonl': '{"id":"x","text":42}\n{"id":"y","text":"   "}\n' },
    inputs: (d) => [path.join(d, 'c.jsonl')],
    expected: [{ ok: false, code: 'no-text', line: 1 }, { ok: false, code: 'no-text', line: 2 }],
  },
  { name: 'no-text: an HTML page without article text', inputs: () => [fixture('no-text.html')], expected: [{ ok: false, code: 'no-text' }] },
  {
    name: 'no-text: a feed item without content, the other item still read',
    files: { 'f.xml': '<rss version="2.0"><channel><title>T</title><item><title>Bare</title><link>https://t.example/1</link></item><item><description>Has text.</description></item></channel></rss>' },
    inputs: (d) => [path.join(d, 'f.xml')],
    expected: [{ ok: false, code: 'no-text' }, { ok: true, text: 'Has text.' }],
  },
  { name: 'bad-feed: a .xml that is not XML', files: { 'f.xml': 'This is just a sentence.' }, inputs: (d) => [path.join(d, 'f.xml')], expected: [{ ok: false, code: 'bad-feed' }] },
  { name: 'bad-feed: broken XML', files: { 'f.rss': '<rss><channel><item></channel></rss>' }, inputs: (d) => [path.join(d, 'f.rss')], expected: [{ ok: false, code: 'bad-feed' }] },
  { name: 'bad-feed: XML that is not a feed', files: { 'f.xml': '<?xml version="1.0"?><note><to>Ana</to></note>' }, inputs: (d) => [path.join(d, 'f.xml')], expected: [{ ok: false, code: 'bad-feed' }] },
  {
    name: 'entities declared in a DOCTYPE (billion laughs, external) never expand',
    files: { 'f.rss': laughs },
    inputs: (d) => [path.join(d, 'f.rss')],
    expected: [{ ok: true, title: 'Bomb &d;', text: 'Body &d; and &secret;.' }],
  },
  { name: 'fetch-failed: HTTP error status', inputs: () => [`${server.base}/gone`], options: { allowPrivate: true }, expected: [{ ok: false, code: 'fetch-failed' }] },
  { name: 'fetch-failed: timeout', inputs: () => [`${server.base}/slow`], options: { allowPrivate: true, timeoutMs: 150 }, expected: [{ ok: false, code: 'fetch-failed' }] },
  { name: 'fetch-failed: connection refused', inputs: () => [`http://127.0.0.1:${closedPort}/`], options: { allowPrivate: true }, expected: [{ ok: false, code: 'fetch-failed' }] },
  { name: 'fetch-failed: redirect loop', inputs: () => [`${server.base}/loop`], options: { allowPrivate: true }, expected: [{ ok: false, code: 'fetch-failed' }] },
  { name: 'fetch-failed: redirect to a non-http scheme', inputs: () => [`${server.base}/elsewhere`], options: { allowPrivate: true }, expected: [{ ok: false, code: 'fetch-failed' }] },
  { name: 'too-large: a response over the limit', inputs: () => [`${server.base}/big`], options: { allowPrivate: true, maxBytes: 1000 }, expected: [{ ok: false, code: 'too-large' }] },
  { name: 'too-large: a file over the limit', files: { 'big.txt': 'y'.repeat(20_000) }, inputs: (d) => [path.join(d, 'big.txt')], options: { maxBytes: 10_000 }, expected: [{ ok: false, code: 'too-large' }] },
  { name: 'blocked-address: loopback by default', inputs: () => [`${server.base}/big`], expected: [{ ok: false, code: 'blocked-address' }] },
  { name: 'blocked-address: localhost by name', inputs: () => ['http://localhost:9/x'], expected: [{ ok: false, code: 'blocked-address' }] },
  { name: 'blocked-address: private, link-local and IPv6 loopback literals', inputs: () => ['http://10.1.2.3/', 'http://169.254.169.254/latest', 'http://[::1]/', 'http://[::ffff:192.168.0.1]/'], expected: Array(4).fill({ ok: false, code: 'blocked-address' }) },
  { name: 'unreadable: a scheme the readers do not fetch', inputs: () => ['ftp://files.example/a.txt'], expected: [{ ok: false, code: 'unreadable' }] },
  {
    name: 'one bad input does not stop the others',
    files: { 'ok.txt': 'Still read.' },
    inputs: (d) => [path.join(d, 'missing.txt'), path.join(d, 'ok.txt')],
    expected: [{ ok: false, code: 'not-found' }, { ok: true, text: 'Still read.' }],
  },
];

for (const c of cases) {
  test(`readInputs rejects: ${c.name}`, async () => {
    const dir = c.files ? tempFiles(c.files) : '';
    const got = await collect(c.inputs(dir), c.options);
    assert.equal(got.length, c.expected.length, JSON.stringify(got, null, 1));
    c.expected.forEach((e, i) => assert.deepEqual(pick(got[i], e), e));
    for (const g of got.filter((o) => !o.ok)) {
      assert.match(String(g.message), /^.+?(:\d+)?: .+; expected .+$/);
      assert.ok(!String(g.message).includes('\n'), 'one line');
    }
  });
}

test('readInputs rejects: a JSON Lines error message is the documented shape', async () => {
  const dir = tempFiles({ 'corpus.jsonl': '{"text":"a"}\n{"id":1,"text":"b"}}\n' });
  const [, bad] = await collect([path.join(dir, 'corpus.jsonl')]);
  assert.match(String(bad?.message), /corpus\.jsonl:2: invalid JSON \(.+\); expected one object \{id,title,text,published,url,source\} per line$/);
});
