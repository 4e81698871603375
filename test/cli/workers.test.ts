import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AnalysisRecord } from '../../src/analyze/record.js';
import { createAnalysisPool } from '../../src/analyze/pool/analysis-pool.js';
import { runCli } from './run-cli.js';

const examples = new URL('../../examples/', import.meta.url).pathname;
const dir = mkdtempSync(path.join(tmpdir(), 'ng-workers-'));
const tempDb = (name: string): string => path.join(dir, name);

/** An article far longer than any real one: tens of thousands of sentences, many seconds of analysis. */
const sentence = 'Officials in Tehran said on Monday that Iran had supplied drones to Russia, and Ukraine denied it. ';
const huge = { id: 'huge', title: 'A very long article', published: '2024-10-11', text: sentence.repeat(40_000) };
const small = (id: string, text: string) => ({ id, title: id, published: '2024-10-11', text });
const jsonl = path.join(dir, 'mixed.jsonl');
writeFileSync(
  jsonl,
  [
    small('first', 'Russian President Vladimir Putin met Iranian President Masoud Pezeshkian in Ashgabat on Friday.'),
    huge,
    small('third', 'The United States imposed new sanctions on Iran on Tuesday.'),
  ]
    .map((a) => JSON.stringify(a))
    .join('\n') + '\n',
);

test('workers: analyze --workers 2 prints the same records, in the same order, as analysis on the main thread', async () => {
  const inline = await runCli(['analyze', examples, '--format', 'jsonl', '--time-limit', '0']);
  const pooled = await runCli(['analyze', examples, '--format', 'jsonl', '--workers', '2']);
  assert.equal(inline.code, 0, inline.stderr);
  assert.equal(pooled.code, 0, pooled.stderr);
  const ids = (out: string) => out.trim().split('\n').map((l) => (JSON.parse(l) as AnalysisRecord).document.id);
  assert.equal(ids(inline.stdout).length, 27);
  assert.deepEqual(ids(pooled.stdout), ids(inline.stdout));
  assert.equal(pooled.stdout, inline.stdout);
});

test('workers: ingest --workers 2 stores what a single-thread ingest stores, and a re-run changes nothing', async () => {
  const a = await runCli(['ingest', examples, '--db', tempDb('one.db'), '--time-limit', '0']);
  const b = await runCli(['ingest', examples, '--db', tempDb('two.db'), '--workers', '2']);
  assert.equal(a.stdout, `read 27 article(s) into ${tempDb('one.db')}: 27 stored, 0 replaced, 0 unchanged, 0 failed\n`);
  assert.equal(b.stdout, `read 27 article(s) into ${tempDb('two.db')}: 27 stored, 0 replaced, 0 unchanged, 0 failed\n`);
  const again = await runCli(['ingest', examples, '--db', tempDb('two.db'), '--workers', 'auto']);
  assert.match(again.stdout, /27 unchanged, 0 failed/);
  const stories = async (db: string) => (await runCli(['stories', '--db', db, '--format', 'json'])).stdout;
  assert.equal(await stories(tempDb('two.db')), await stories(tempDb('one.db')));
});

for (const workers of ['1', '2']) {
  test(`workers: with --workers ${workers} an article past --time-limit is reported with its input and line and skipped; the rest is stored`, async () => {
    const db = tempDb(`limit-${workers}.db`);
    const r = await runCli(['ingest', jsonl, '--db', db, '--workers', workers, '--time-limit', '1']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, new RegExp(`^newsgraph: ${jsonl.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:2: analysis took longer than the time limit of 1 s; the article was skipped$`, 'm'));
    assert.match(r.stdout, /read 3 article\(s\) into .*: 2 stored, 0 replaced, 0 unchanged, 1 failed/);
    const shown = await runCli(['show', 'third', '--db', db]);
    assert.equal(shown.code, 0, shown.stderr);
    assert.equal((JSON.parse(shown.stdout) as AnalysisRecord).document.id, 'third');
  });
}

test('workers: analyze keeps input order around a skipped article', async () => {
  const r = await runCli(['analyze', jsonl, '--format', 'jsonl', '--time-limit', '1']);
  assert.equal(r.code, 1);
  assert.deepEqual(
    r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as AnalysisRecord).document.id),
    ['first', 'third'],
  );
});

test('workers: the pool replaces a worker stopped at the time limit and goes on analysing', async () => {
  const pool = createAnalysisPool({ size: 1, timeLimitMs: 1000 });
  try {
    await pool.ready;
    const results = await Promise.allSettled([pool.analyze(huge), pool.analyze(small('after', 'Iran supplied drones to Russia last year.'))]);
    assert.equal(results[0].status, 'rejected');
    assert.equal((results[0] as PromiseRejectedResult).reason.code, 'timeout');
    assert.equal(results[1].status, 'fulfilled');
    const record = (results[1] as PromiseFulfilledResult<AnalysisRecord>).value;
    assert.equal(record.document.id, 'after');
    assert.ok(record.events.some((e) => e.source.actor === 'IRN' && e.target?.actor === 'RUS'), JSON.stringify(record.events));
    assert.equal(pool.pending(), 0);
  } finally {
    await pool.close();
  }
});

test('workers: when the batch a worker runs passes the time limit, the batches queued behind it in the worker are analysed, not lost', async () => {
  const pool = createAnalysisPool({ size: 1, timeLimitMs: 1000 });
  const lostArticles = setTimeout(() => void pool.close(), 45_000);
  try {
    await pool.ready;
    const ids = Array.from({ length: 70 }, (_, i) => `queued-${i}`);
    const results = await Promise.allSettled([
      pool.analyze(small('before', 'Iran supplied drones to Russia last year.')),
      pool.analyze(huge),
      ...ids.map((id) => pool.analyze(small(id, `Turkey and Iran signed a trade agreement in Ankara on day ${id}.`))),
    ]);
    assert.equal(results[1]!.status, 'rejected');
    assert.equal((results[1] as PromiseRejectedResult).reason.code, 'timeout');
    const stored = results.filter((r): r is PromiseFulfilledResult<AnalysisRecord> => r.status === 'fulfilled').map((r) => r.value.document.id);
    assert.deepEqual(stored, ['before', ...ids]);
    const last = (results[71] as PromiseFulfilledResult<AnalysisRecord>).value;
    assert.ok(last.entities.some((e) => e.name === 'Ankara'), JSON.stringify(last.entities.map((e) => e.name)));
    assert.equal(pool.pending(), 0);
  } finally {
    clearTimeout(lostArticles);
    await pool.close();
  }
});
