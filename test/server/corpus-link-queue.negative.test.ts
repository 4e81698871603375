import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/analyze/analyzer.js';
import { readText } from '../../src/read/read-text.js';
import { corpusLinkQueue } from '../../src/server/corpus-link-queue.js';
import { openStore } from '../../src/store/open-store.js';
import { StoreError } from '../../src/store/store-error.js';
import type { Store } from '../../src/store/store.js';
import { EXAMPLES } from './api-fixture.js';

test('corpus links: a pass that fails rejects its own call only; the next call links what is left', async () => {
  const record = createAnalyzer().analyze(readText(readFileSync(path.join(EXAMPLES, 'moldova-runoff.txt'), 'utf8'), 'moldova-runoff.txt'));
  const store = await openStore(':memory:');
  let failures = 1;
  const flaky: Store = {
    ...store,
    corpusArticles: (options) => (failures-- > 0 ? Promise.reject(new StoreError('locked', 'the database is locked')) : store.corpusArticles(options)),
  };
  try {
    await store.putRecord(record);
    const link = corpusLinkQueue(flaky);
    const failed = link();
    const next = link();
    await assert.rejects(failed, (e: Error) => e instanceof StoreError && e.code === 'locked');
    await next;
    assert.deepEqual((await store.storyArticles()).map((s) => s.articleId), [record.document.id]);
  } finally {
    await store.close();
  }
});
