import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openStore } from '../../src/store/open-store.js';
import { query, sleep, startCli, storedIds, writeCorpus } from './fault-support.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-kill-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLES = 90;
const corpus = join(dir, 'corpus.jsonl');
const ids = writeCorpus(corpus, ARTICLES);

/** Every stored record, by id, as the store rebuilds it. */
async function records(db: string): Promise<Map<string, string>> {
  const store = await openStore(db, { readonly: true });
  try {
    const out = new Map<string, string>();
    for (const id of storedIds(db)) out.set(id, JSON.stringify(await store.getRecord(id)));
    return out;
  } finally {
    await store.close();
  }
}

function assertSound(db: string): void {
  assert.deepEqual(query(db, 'pragma integrity_check'), [{ integrity_check: 'ok' }]);
  assert.deepEqual(query(db, 'pragma foreign_key_check'), []);
}

test('kill -9 at random points of an ingest: the store stays sound, each article all or nothing, and a re-run completes it with nothing twice', async () => {
  const reference = join(dir, 'reference.db');
  const clean = await startCli(['ingest', corpus, '--db', reference, '--batch', '10']).done;
  assert.equal(clean.code, 0, clean.stderr);
  const expected = await records(reference);
  assert.equal(expected.size, ARTICLES);

  const db = join(dir, 'killed.db');
  const seen: number[] = [];
  for (const extraMs of [0, 150, 400]) {
    const run = startCli(['ingest', corpus, '--db', db, '--batch', '10']);
    const before = storedIds(db).length;
    while (storedIds(db).length === before) {
      const finished = await Promise.race([run.done.then(() => true), sleep(20).then(() => false)]);
      if (finished) break;
    }
    await sleep(extraMs);
    run.kill('SIGKILL');
    const ended = await run.done;
    assertSound(db);
    const stored = await records(db);
    for (const [id, record] of stored) assert.equal(record, expected.get(id), `article ${id} after kill -9 differs from a clean ingest`);
    seen.push(stored.size);
    if (ended.signal !== 'SIGKILL') break;
  }
  assert.ok(seen.some((n) => n > 0 && n < ARTICLES), `expected a kill in the middle of the ingest; stored after each kill: ${seen.join(', ')}`);

  const resumed = await startCli(['ingest', corpus, '--db', db, '--batch', '10']).done;
  assert.equal(resumed.code, 0, resumed.stderr);
  assert.match(resumed.stderr + resumed.stdout, new RegExp(`${ARTICLES - seen.at(-1)!} stored`));
  assertSound(db);
  assert.deepEqual(storedIds(db), ids);
  assert.deepEqual(await records(db), expected);
  const unlinked = query<{ n: number }>(db, 'select count(*) as n from articles a where not exists (select 1 from corpus l where l.article = a.seq)');
  assert.deepEqual(unlinked, [{ n: 0 }], 'every article has its story after the re-run');
});
