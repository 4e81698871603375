import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ng-bad-'));
const file = (name: string, body: string | Buffer): string => {
  const p = path.join(dir, name);
  writeFileSync(p, body);
  return p;
};
const good = file('good.txt', 'date 2024-05-02 Talks\nIran and Russia signed an agreement in Moscow on Monday.\n');
mkdirSync(path.join(dir, 'empty-folder'));

const badInputs: readonly { name: string; input: string; message: RegExp }[] = [
  { name: 'a missing file', input: path.join(dir, 'nope.txt'), message: /nope\.txt.*(not found|no such)/i },
  { name: 'an empty file', input: file('empty.txt', ''), message: /empty\.txt.*empty/i },
  { name: 'a binary file', input: file('blob.txt', Buffer.from([0, 1, 2, 3, 0, 255, 0, 7, 0, 0])), message: /blob\.txt.*binary/i },
  { name: 'a folder with no articles', input: path.join(dir, 'empty-folder'), message: /empty-folder.*(no articles|holds no)/i },
  {
    name: 'invalid JSON on line 2',
    input: file('lines.jsonl', '{"id":"a1","text":"Iran and Russia met in Moscow."}\n{"id": "a2", "text": \n{"id":"a3","text":"Turkey hosted talks."}\n'),
    message: /lines\.jsonl:2\b.*JSON/i,
  },
  { name: 'an HTML page with no article text', input: file('blank.html', '<html><head><title>x</title></head><body><nav><a href="/">Home</a></nav></body></html>'), message: /blank\.html.*no (article )?text/i },
  { name: 'a feed that is not XML', input: file('feed.rss', 'this is <not xml'), message: /feed\.rss.*(xml|feed)/i },
  { name: 'an unreachable URL', input: 'http://127.0.0.1:9/article', message: /127\.0\.0\.1:9.*(fetch|refused|blocked|private)/i },
];

for (const c of badInputs) {
  test(`cli (negative): ${c.name} is one clear line, the batch goes on, exit is non-zero`, async () => {
    const db = path.join(mkdtempSync(path.join(tmpdir(), 'ng-bad-db-')), 'store.db');
    const r = await runCli(['ingest', good, c.input, '--db', db]);
    assert.equal(r.code, 1, `exit ${r.code}: ${r.stderr}`);
    const lines = r.stderr.trim().split('\n').filter((l) => l.startsWith('newsgraph:'));
    assert.ok(lines.length >= 1, r.stderr);
    assert.match(lines[0]!, c.message);
    assert.match(r.stdout, / [1-9]\d* stored,/);
    const stats = await runCli(['stats', '--db', db, '--format', 'json']);
    assert.ok((JSON.parse(stats.stdout) as { articles: number }).articles >= 1);
  });
}

const usage: readonly { argv: string[]; message: RegExp }[] = [
  { argv: ['frobnicate'], message: /unknown command 'frobnicate'/ },
  { argv: ['analyze'], message: /needs at least one input/ },
  { argv: ['analyze', 'x.txt', '--format', 'xml'], message: /--format expects one of json, jsonl, pretty; got 'xml'/ },
  { argv: ['analyze', 'x.txt', '--colour'], message: /Unknown option '--colour'/ },
  { argv: ['events', '--code', 'abc'], message: /--code expects 2 to 4 digits/ },
  { argv: ['events', '--since', 'yesterday'], message: /--since expects a date/ },
  { argv: ['show'], message: /exactly one article id/ },
  { argv: ['search'], message: /needs a query/ },
  { argv: ['ingest', 'x.txt', '--indexes', 'later'], message: /--indexes expects one of auto, rebuild, keep; got 'later'/ },
];

for (const c of usage) {
  test(`cli (negative): usage error for ${c.argv.join(' ')}`, async () => {
    const r = await runCli(c.argv, { env: { NEWSGRAPH_DB: path.join(dir, 'usage.db') } });
    assert.equal(r.code, 2);
    assert.match(r.stderr, c.message);
  });
}

test('cli (negative): show of an unknown id exits 4, search with bad FTS syntax exits 2 with a clear line', async () => {
  const db = path.join(mkdtempSync(path.join(tmpdir(), 'ng-bad-db-')), 'store.db');
  await runCli(['ingest', good, '--db', db]);
  const show = await runCli(['show', 'ffffffffffff', '--db', db]);
  assert.equal(show.code, 4);
  assert.match(show.stderr, /no stored article/);
  const search = await runCli(['search', '"unbalanced', '--db', db]);
  assert.equal(search.code, 2);
  assert.match(search.stderr, /^newsgraph: .*quer/im);
});

test('cli (negative): a store file that is not a database is a store error (exit 3)', async () => {
  const r = await runCli(['stats', '--db', file('not-a.db', 'hello, I am text and not SQLite at all, not even close to it')]);
  assert.equal(r.code, 3);
  assert.match(r.stderr, /not-a\.db/);
});
