import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import type { ReadOptions } from '../../src/read/read-inputs.js';
import { collect, fixture, pick, serve, tempFiles, type Flat } from './support.js';

const page = readFileSync(fixture('page.html'));
const rss = readFileSync(fixture('feed.rss'));
const server = await serve({
  '/story': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: page },
  '/story.gz': { headers: { 'content-type': 'text/html', 'content-encoding': 'gzip' }, body: gzipSync(page) },
  '/moved': { status: 302, headers: { location: '/story' } },
  '/feed': { headers: { 'content-type': 'application/rss+xml' }, body: rss },
  '/notes': { headers: { 'content-type': 'text/plain' }, body: 'date 2024-05-01 Plain notes\nThe pier reopens in May.\n' },
  '/lines': { headers: { 'content-type': 'text/plain' }, body: '{"id":"w1","text":"Served as plain text."}\n' },
});
after(() => server.close());

const utf16le = (s: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string): Buffer => Buffer.from(utf16le(s).swap16());
const stdin = (bytes: string | Buffer): ReadOptions => ({ stdin: Readable.from([Buffer.from(bytes)]) });

interface Case {
  readonly name: string;
  /** Files of a temporary folder; inputs name them relative to it. */
  readonly files?: Readonly<Record<string, Uint8Array | string>>;
  readonly inputs: (dir: string) => readonly string[];
  readonly options?: ReadOptions;
  /** One entry per outcome, naming only the fields checked. */
  readonly expected: readonly Flat[];
}

const cases: readonly Case[] = [
  {
    name: 'text file with a header line indented by a space',
    inputs: () => [fixture('article.txt')],
    expected: [{
      ok: true, title: 'Harbour council approves new ferry timetable', published: '2024-03-05', origin: fixture('article.txt'),
      text: 'The harbour council in Port Alden voted on Tuesday to add two evening ferry crossings.\n\n"We heard the commuters," said council chair Mirela Osei after the vote.\n',
    }],
  },
  {
    name: 'text file without a header is the whole text',
    inputs: () => [fixture('plain.txt')],
    expected: [{ ok: true, title: null, published: null, text: 'A short note without any header line.\nIt keeps its second line too.\n' }],
  },
  {
    name: 'CRLF header: only the header line goes, the body keeps its CRLF and spaces',
    files: { 'a.txt': 'date 2024-10-11 Two towns sign a water deal\r\n  Indented first line.\r\n\r\nLast line.  ' },
    inputs: (d) => [path.join(d, 'a.txt')],
    expected: [{ ok: true, title: 'Two towns sign a water deal', published: '2024-10-11', text: '  Indented first line.\r\n\r\nLast line.  ' }],
  },
  {
    name: 'header with a date and no title',
    files: { 'a.text': 'Date 2023-12-31\nYear-end figures came in late.' },
    inputs: (d) => [path.join(d, 'a.text')],
    expected: [{ ok: true, title: null, published: '2023-12-31', text: 'Year-end figures came in late.' }],
  },
  {
    name: 'an impossible date is no header',
    files: { 'a.txt': 'date 2024-02-30 Not a header\nBody.' },
    inputs: (d) => [path.join(d, 'a.txt')],
    expected: [{ ok: true, title: null, published: null, text: 'date 2024-02-30 Not a header\nBody.' }],
  },
  {
    name: 'UTF-8 BOM is stripped and nothing else',
    files: { 'a.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('date 2024-01-02 Café reopens\nThe café on Quay Street reopened.')]) },
    inputs: (d) => [path.join(d, 'a.txt')],
    expected: [{ ok: true, title: 'Café reopens', text: 'The café on Quay Street reopened.' }],
  },
  {
    name: 'UTF-16 LE with BOM',
    files: { 'a.txt': utf16le('Zoë said the dam held – barely.\n') },
    inputs: (d) => [path.join(d, 'a.txt')],
    expected: [{ ok: true, text: 'Zoë said the dam held – barely.\n' }],
  },
  {
    name: 'UTF-16 BE with BOM',
    files: { 'a.txt': utf16be('date 2024-04-04 Łódź trams\nNew trams ran in Łódź.') },
    inputs: (d) => [path.join(d, 'a.txt')],
    expected: [{ ok: true, title: 'Łódź trams', text: 'New trams ran in Łódź.' }],
  },
  {
    name: 'Windows-1252 bytes when the file is not valid UTF-8',
    files: { 'a.txt': Buffer.from([0x93, 0x4e, 0x6f, 0x94, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, 0x52, 0xe9, 0x6d, 0x79, 0x20, 0x80, 0x35]) },
    inputs: (d) => [path.join(d, 'a.txt')],
    expected: [{ ok: true, text: '\u201cNo\u201d said R\u00e9my \u20ac5' }],
  },
  {
    name: 'HTML page: cleaned main text and metadata',
    inputs: () => [fixture('page.html')],
    expected: [{
      ok: true, title: 'Glassworks reopens in Velden after flood repairs', published: '2024-06-14T08:30:00+02:00', source: 'The Valley Courier',
      byline: 'Tomas Brandt', language: 'en', url: null,
      text: [
        'The old glassworks on the river bank in Velden reopened on Friday, eight months after floodwater filled its furnace hall and forced the owners to send forty workers home.',
        'Owner Hanna Lindqvist said the repairs cost more than the company had earned in the previous three years, and that a regional grant had covered about half of the bill.',
        '"We were close to closing for good," Lindqvist told reporters at the gate. "The town kept asking when the chimney would smoke again."',
        'The furnace was relit on Wednesday and needs two days to reach working heat, so the first batch of bottles is expected next week.',
        'The regional development office said it would review its flood grants in the autumn, after complaints from smaller firms that the forms were too long.',
      ].join('\n\n'),
    }],
  },
  {
    name: 'RSS 2.0: content:encoded over description, CDATA, guid, pubDate with its offset, channel title',
    inputs: () => [fixture('feed.rss')],
    expected: [
      {
        ok: true, id: 'gazette-1001', title: 'School roof repaired before term', url: 'https://gazette.example/school-roof', published: '2024-09-02T07:15:00+02:00',
        source: 'Lakeside Gazette', language: 'en', byline: 'Nils Aberg', origin: `${fixture('feed.rss')}#1`,
        text: 'Builders finished the new roof of the Birchmoor primary school on Sunday.\n\nHead teacher Olga Ferris thanked parents for their patience & help.',
      },
      { ok: true, id: 'https://gazette.example/tickets', byline: null, title: 'Ferry & bus tickets merge', published: '2024-09-03T18:00:00Z', text: 'One ticket will cover both the ferry and the lake bus from October.' },
    ],
  },
  {
    name: 'Atom: html title and content, alternate link, published before updated, text summary',
    inputs: () => [fixture('feed.atom')],
    expected: [
      {
        ok: true, id: 'tag:hills.example,2024:77', title: 'Snow closes the upper pass', url: 'https://hills.example/pass-closed', published: '2024-11-19T21:40:00-05:00',
        source: 'Hill Country Notes', language: 'en', byline: 'Ada Moss', text: 'Road crews closed the upper pass on Tuesday night after heavy snow.\n\nThe lower road stays open to trucks with chains.',
      },
      { ok: true, id: 'tag:hills.example,2024:78', url: 'https://hills.example/library', published: '2024-11-18T12:00:00Z', text: 'The town library will open until nine on Thursdays.' },
    ],
  },
  {
    name: 'RSS 1.0 (RDF): items beside the channel, dc:date',
    files: {
      'r.rdf.xml': '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://r.example/"><title>River Post</title></channel><item rdf:about="https://r.example/1"><title>Lock gates replaced</title><link>https://r.example/1</link><dc:date>2024-08-01T09:00:00+01:00</dc:date><description>New lock gates were fitted at Mill Reach.</description></item></rdf:RDF>',
    },
    inputs: (d) => [path.join(d, 'r.rdf.xml')],
    expected: [{ ok: true, title: 'Lock gates replaced', url: 'https://r.example/1', published: '2024-08-01T09:00:00+01:00', source: 'River Post', text: 'New lock gates were fitted at Mill Reach.' }],
  },
  {
    name: 'HTML in a declared single-byte charset (windows-1251)',
    files: {
      'p.html': Buffer.concat([
        Buffer.from('<html><head><meta charset="windows-1251"><title>t</title></head><body><article><p>'),
        Buffer.from([0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0]),
        Buffer.from(' is where the delegation landed on Monday, after a long flight from the coast and a short stop on the way.</p></article></body></html>'),
      ]),
    },
    inputs: (d) => [path.join(d, 'p.html')],
    expected: [{ ok: true, text: 'Москва is where the delegation landed on Monday, after a long flight from the coast and a short stop on the way.' }],
  },
  {
    name: 'JSON Lines: text unchanged, a bad line and a line without text are errors with their line, the rest go on',
    inputs: () => [fixture('corpus.jsonl')],
    expected: [
      { ok: true, id: 'n-1', title: 'Mill strike ends', published: '2024-02-12', url: 'https://mill.example/1', source: 'Mill Weekly', origin: `${fixture('corpus.jsonl')}:1`, text: 'Workers at the paper mill returned on Monday.\n\nThe union said talks would go on.' },
      { ok: false, code: 'bad-json', line: 3 },
      { ok: false, code: 'no-text', line: 4 },
      { ok: true, id: '4', published: '2024-02-12T10:00:00Z', text: '  Text with its own leading spaces stays as it is.  ' },
    ],
  },
  {
    name: 'JSON Lines with CRLF line ends and a BOM',
    files: { 'c.ndjson': '\ufeff{"id":"a","text":"First.\\r\\nSecond."}\r\n{"id":"b","text":"Third."}\r\n' },
    inputs: (d) => [path.join(d, 'c.ndjson')],
    expected: [{ ok: true, id: 'a', text: 'First.\r\nSecond.' }, { ok: true, id: 'b', text: 'Third.' }],
  },
  {
    name: 'a file without a known extension is sniffed',
    files: { 'story': '<!doctype html><html><head><title>Dock</title></head><body><article><p>The new dock opened to cargo ships on Monday after two years of building work and several delays.</p></article></body></html>' },
    inputs: (d) => [path.join(d, 'story')],
    expected: [{ ok: true, text: 'The new dock opened to cargo ships on Monday after two years of building work and several delays.' }],
  },
  {
    name: 'folder: recursive, known extensions only, sorted',
    inputs: () => [fixture('folder')],
    expected: [
      { ok: true, origin: fixture('folder/nested/two.md'), title: null },
      { ok: true, origin: fixture('folder/one.txt'), title: 'Bridge inspection finds cracks' },
    ],
  },
  {
    name: 'glob with ** and *',
    files: { 'x/a.txt': 'Alpha.', 'x/y/b.txt': 'Beta.', 'x/y/c.md': 'Gamma.', 'x/d.txt': 'Delta.' },
    inputs: (d) => [`${d}/x/**/*.txt`],
    expected: [{ ok: true, text: 'Alpha.' }, { ok: true, text: 'Delta.' }, { ok: true, text: 'Beta.' }],
  },
  {
    name: 'glob with ? matches one character within a segment',
    files: { 'n1.txt': 'One.', 'n22.txt': 'Twenty-two.', 'sub/n3.txt': 'Three.' },
    inputs: (d) => [`${d}/n?.txt`],
    expected: [{ ok: true, text: 'One.' }],
  },
  {
    name: 'stdin: a text article with a header',
    inputs: () => ['-'],
    options: stdin('date 2024-07-07 From a pipe\nPiped body.'),
    expected: [{ ok: true, title: 'From a pipe', published: '2024-07-07', text: 'Piped body.', origin: '-' }],
  },
  {
    name: 'stdin: JSON Lines sniffed',
    inputs: () => ['-'],
    options: stdin('{"id":"s1","text":"One."}\n{"id":"s2","text":"Two."}\n'),
    expected: [{ ok: true, id: 's1', origin: '-:1' }, { ok: true, id: 's2', origin: '-:2' }],
  },
  {
    name: 'stdin: an RSS feed sniffed',
    inputs: () => ['-'],
    options: stdin(rss),
    expected: [{ ok: true, id: 'gazette-1001' }, { ok: true, title: 'Ferry & bus tickets merge' }],
  },
  {
    name: 'URL: HTML by content type, canonical link made absolute',
    inputs: () => [`${server.base}/story`],
    options: { allowPrivate: true },
    expected: [{ ok: true, title: 'Glassworks reopens in Velden after flood repairs', url: `${server.base}/business/glassworks-reopens`, origin: `${server.base}/story` }],
  },
  {
    name: 'URL: gzip-encoded page',
    inputs: () => [`${server.base}/story.gz`],
    options: { allowPrivate: true },
    expected: [{ ok: true, source: 'The Valley Courier' }],
  },
  {
    name: 'URL: a redirect is followed',
    inputs: () => [`${server.base}/moved`],
    options: { allowPrivate: true },
    expected: [{ ok: true, byline: 'Tomas Brandt', url: `${server.base}/business/glassworks-reopens` }],
  },
  {
    name: 'URL: feed by content type',
    inputs: () => [`${server.base}/feed`],
    options: { allowPrivate: true },
    expected: [{ ok: true, source: 'Lakeside Gazette' }, { ok: true, source: 'Lakeside Gazette' }],
  },
  {
    name: 'URL: text/plain is sniffed: a text article and JSON Lines',
    inputs: () => [`${server.base}/notes`, `${server.base}/lines`],
    options: { allowPrivate: true },
    expected: [{ ok: true, title: 'Plain notes', text: 'The pier reopens in May.\n' }, { ok: true, id: 'w1', text: 'Served as plain text.' }],
  },
];

for (const c of cases) {
  test(`readInputs: ${c.name}`, async () => {
    const dir = c.files ? tempFiles(c.files) : '';
    const got = await collect(c.inputs(dir), c.options);
    assert.equal(got.length, c.expected.length, JSON.stringify(got, null, 1));
    c.expected.forEach((e, i) => assert.deepEqual(pick(got[i], e), e));
  });
}

test('readInputs: fetches say who they are', async () => {
  await collect([`${server.base}/notes`], { allowPrivate: true });
  assert.match(server.userAgents.at(-1) ?? '', /^newsgraph\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/newsgraph\)$/);
});
