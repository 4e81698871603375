import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { query, startCli, storedIds, writeCorpus } from './fault-support.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-writers-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('two processes ingesting into one SQLite file at once lose nothing and store nothing twice', async () => {
  const first = join(dir, 'first.jsonl');
  const second = join(dir, 'second.jsonl');
  const shared = join(dir, 'shared.jsonl');
  const ids = [...writeCorpus(first, 40, 0), ...writeCorpus(second, 40, 40)];
  writeCorpus(shared, 20, 30);
  const db = join(dir, 'store.db');

  const runs = await Promise.all([
    startCli(['ingest', first, shared, '--db', db, '--batch', '5']).done,
    startCli(['ingest', second, shared, '--db', db, '--batch', '5']).done,
  ]);
  for (const run of runs) assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(storedIds(db), ids.sort());
  assert.deepEqual(query(db, 'pragma integrity_check'), [{ integrity_check: 'ok' }]);
  const perArticle = query<{ n: number }>(db, 'select count(*) as n from corpus group by article having count(*) > 1');
  assert.deepEqual(perArticle, []);
  const unlinked = query<{ n: number }>(db, 'select count(*) as n from articles a where not exists (select 1 from corpus l where l.article = a.seq)');
  assert.deepEqual(unlinked, [{ n: 0 }]);
});
