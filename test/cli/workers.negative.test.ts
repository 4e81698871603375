import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAnalysisPool } from '../../src/analyze/pool/analysis-pool.js';
import type { AnalysisRecord } from '../../src/analyze/record.js';
import { runCli } from './run-cli.js';

const meeting = new URL('../../examples/tehran-ashgabat-meeting.txt', import.meta.url).pathname;
const dir = mkdtempSync(path.join(tmpdir(), 'ng-workers-neg-'));

const usage: readonly (readonly [string[], RegExp])[] = [
  [['analyze', meeting, '--workers', '0'], /--workers expects a positive whole number or auto; got '0'/],
  [['analyze', meeting, '--workers', 'many'], /--workers expects a positive whole number or auto; got 'many'/],
  [['ingest', meeting, '--workers', '-2'], /--workers/],
  [['analyze', meeting, '--time-limit', 'soon'], /--time-limit expects a number of seconds \(0 for none\); got 'soon'/],
  [['ingest', meeting, '--time-limit', '-1'], /--time-limit/],
];

for (const [argv, message] of usage) {
  test(`workers (negative): ${argv.slice(2).join(' ')} is a usage error`, async () => {
    const r = await runCli(argv);
    assert.equal(r.code, 2);
    assert.match(r.stderr, message);
    assert.equal(r.stdout, '');
  });
}

test('workers (negative): a broken --kb file loaded by the workers is a usage error naming the file', async () => {
  const kb = path.join(dir, 'broken-kb.json');
  writeFileSync(kb, '{ not json');
  const r = await runCli(['analyze', meeting, '--workers', '2', '--kb', kb]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, new RegExp(`^newsgraph: ${kb.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: `));
});

test('workers (negative): a pool of no workers is refused; a closed pool refuses articles', async () => {
  assert.throws(() => createAnalysisPool({ size: 0, timeLimitMs: null }), /the pool size must be a whole number ≥ 1; got 0/);
  const pool = createAnalysisPool({ size: 1, timeLimitMs: null });
  await pool.ready;
  await pool.close();
  await assert.rejects(pool.analyze({ text: 'Iran supplied drones to Russia.' }), (e: Error & { code?: string }) => e.code === 'closed');
});

test('workers (negative): an analysis that throws is a failed article, not a crashed pool', async () => {
  const pool = createAnalysisPool({ size: 1, timeLimitMs: 5000 });
  try {
    await pool.ready;
    await assert.rejects(pool.analyze({ text: null as unknown as string }), (e: Error & { code?: string }) => e.code === 'failed' && /^analysis failed: /.test(e.message));
    const record = await pool.analyze({ text: 'Iran supplied drones to Russia last year.' });
    assert.equal(record.format, 'newsgraph.analysis/1');
  } finally {
    await pool.close();
  }
});

test('workers (negative): an article that throws inside a batch fails alone; the other articles of its batch get their records', async () => {
  const pool = createAnalysisPool({ size: 1, timeLimitMs: 5000 });
  try {
    await pool.ready;
    const texts = ['Iran supplied drones to Russia last year.', null, 'France recalled its ambassador from Mali on Monday.'];
    const results = await Promise.allSettled(texts.map((text) => pool.analyze({ text: text as string })));
    assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'rejected', 'fulfilled']);
    assert.equal((results[1] as PromiseRejectedResult).reason.code, 'failed');
    const first = (results[0] as PromiseFulfilledResult<AnalysisRecord>).value;
    assert.ok(first.events.some((e) => e.source.actor === 'IRN' && e.target?.actor === 'RUS'), JSON.stringify(first.events));
    assert.match((results[2] as PromiseFulfilledResult<AnalysisRecord>).value.document.text, /^France recalled/);
    assert.equal(pool.pending(), 0);
  } finally {
    await pool.close();
  }
});
