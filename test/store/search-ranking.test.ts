import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AnalysisRecord } from '../../src/analyze/record.js';
import { RANKED_MATCHES } from '../../src/store/sql-store.js';
import { eventsRecord } from './fixtures/events-record.js';
import { BACKENDS, withStore } from './store-backends.js';

/** Articles stored oldest first; the first ten are from 2019, the rest from 2024. */
const OLD = 10;
const STORED = RANKED_MATCHES + OLD;

function article(i: number, title: string, text: string): AnalysisRecord {
  const record = eventsRecord(`a${String(i).padStart(4, '0')}`, i < OLD ? '2019-06-01' : '2024-06-01', []);
  return { ...record, document: { ...record.document, title, text } };
}

/** Every article mentions the envoy; the oldest says it most, one in the middle next most. */
function articles(): AnalysisRecord[] {
  return Array.from({ length: STORED }, (_, i) =>
    i === 0
      ? article(i, 'Envoy meets envoy: the envoy speaks', 'The envoy met another envoy before the talks.')
      : i === 500
        ? article(i, 'Envoy speaks', 'The envoy spoke before the talks.')
        : article(i, `Talks, day ${i}`, `The envoy spoke on day ${i} of the talks about the harbour and the grain.`),
  );
}

for (const backend of BACKENDS) {
  describe(`search ranking over many matches on ${backend.name}`, { skip: backend.skip }, () => {
    after(() => backend.cleanup());
    let records: AnalysisRecord[] = [];
    before(() => {
      records = articles();
    });

    test('the matches ranked are the most recently stored, so an older article past them is not ranked first', async () => {
      await withStore(backend, records, async (store) => {
        const hits = await store.search('envoy', { limit: 3 });
        assert.equal(hits[0]!.id, 'a0500');
        assert.ok(hits.every((h) => h.id >= `a${String(OLD).padStart(4, '0')}`), JSON.stringify(hits.map((h) => h.id)));
      });
    });

    test('dates narrow the matches before they are counted, so the older article is found and ranked first', async () => {
      await withStore(backend, records, async (store) => {
        const hits = await store.search('envoy', { until: '2019', limit: 20 });
        assert.equal(hits[0]!.id, 'a0000');
        assert.deepStrictEqual(hits.map((h) => h.id).sort(), Array.from({ length: OLD }, (_, i) => `a000${i}`));
      });
    });

    test('a page past the ranked matches ranks as many more as it needs', async () => {
      await withStore(backend, records, async (store) => {
        const last = await store.search('envoy', { offset: RANKED_MATCHES, limit: 20 });
        assert.equal(last.length, OLD);
        const all = await store.search('envoy', { limit: STORED });
        assert.equal(all.length, STORED);
        assert.equal(all[0]!.id, 'a0000');
        assert.equal(new Set(all.map((h) => h.id)).size, STORED);
      });
    });

    test('a rare word is ranked over all its matches', async () => {
      await withStore(backend, records, async (store) => {
        assert.deepStrictEqual((await store.search('envoy AND another')).map((h) => h.id), ['a0000']);
      });
    });
  });
}
