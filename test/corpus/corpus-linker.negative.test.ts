import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createCorpusLinker } from '../../src/corpus/corpus-linker.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { StoreError } from '../../src/store/store-error.js';
import { PORT_REPORT } from './fixtures/copy-texts.js';
import { bareRecord } from './fixtures/corpus-records.js';

const cases: readonly { name: string; run: (store: Store) => Promise<void> }[] = [
  {
    name: 'linking an empty store links nothing',
    run: async (store) => {
      assert.deepEqual(await createCorpusLinker(store).link(), { linked: 0, copies: 0, stories: 0 });
      assert.deepEqual(await store.storyArticles(), []);
    },
  },
  {
    name: 'links for articles not stored are skipped',
    run: async (store) => {
      await store.putCorpusLinks([{ articleId: 'nowhere', story: 3, copyOf: null, similarity: null }]);
      assert.deepEqual(await store.storyArticles(), []);
    },
  },
  {
    name: 'a stored article without a link is not in any story until linked',
    run: async (store) => {
      await store.putRecords([bareRecord('solo', 'Solo', PORT_REPORT, null, null)]);
      assert.deepEqual(await store.storyArticles(), []);
      assert.equal((await store.corpusArticles({ unlinked: true })).length, 1);
    },
  },
  {
    name: 'a since that is not a date is a bad query',
    run: async (store) => {
      await assert.rejects(store.storyArticles({ since: 'last week' }), (e) => e instanceof StoreError && e.code === 'bad-query');
    },
  },
];

for (const c of cases) {
  test(`corpus (negative): ${c.name}`, async () => {
    const store = await openStore(':memory:');
    try {
      await c.run(store);
    } finally {
      await store.close();
    }
  });
}
