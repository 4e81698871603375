import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { storeDyadSeries } from '../../src/corpus/dyad-series.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { StoreError, type StoreErrorCode } from '../../src/store/store-error.js';
import { eventsRecord } from './fixtures/events-record.js';
import { BACKENDS, withStore } from './store-backends.js';

async function rejectsWith(work: () => Promise<unknown>, code: StoreErrorCode, message: RegExp): Promise<void> {
  await assert.rejects(work, (error: unknown) => {
    assert.ok(error instanceof StoreError, `expected a StoreError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    assert.match(error.message, message);
    return true;
  });
}

/** Events between IRN and RUS that a dyad series must not count, beside one it must. */
const RECORDS = [
  eventsRecord('undated', null, [
    { code: '042', source: 'IRNGOV', target: 'RUS', date: null, modality: 'asserted' },
    { code: '042', source: 'IRN', target: 'RUS', date: 'someday', modality: 'asserted' },
  ]),
  eventsRecord('dated', '2024-05-02', [
    { code: '042', source: 'IRN', target: null, date: null, modality: 'asserted' },
    { code: '190', source: 'IRN', target: 'RUSMIL', date: '2024-05-01', modality: 'expected' },
    { code: '036', source: 'IRQ', target: 'RUS', date: null, modality: 'asserted' },
    { code: '036', source: 'RUS', target: 'CHN', date: null, modality: 'asserted' },
  ]),
];

const badQueries: readonly { readonly name: string; readonly run: (store: Store) => Promise<unknown>; readonly message: RegExp }[] = [
  { name: 'a date that is not ISO 8601', run: (s) => s.dyadMentions('IRN', 'RUS', { since: '2024-13' }), message: /expected since to be an ISO 8601 date.*got "2024-13"/ },
  { name: 'an empty actor', run: (s) => s.dyadMentions('IRN', ''), message: /expected dyad to be two actor codes .*got \["IRN",""\]/ },
  { name: 'the series with a date that is not ISO 8601', run: (s) => storeDyadSeries(s, 'IRN', 'RUS', 'month', { until: 'soon' }), message: /expected until to be an ISO 8601 date/ },
];

const empties: readonly { readonly name: string; readonly run: (store: Store) => Promise<unknown> }[] = [
  { name: 'a pair with no events', run: (s) => s.dyadMentions('USA', 'CHN') },
  { name: 'a modality no event of the pair has', run: (s) => s.dyadMentions('IRN', 'RUS', { modality: ['denied'] }) },
  { name: 'a window before every event', run: (s) => s.dyadMentions('IRN', 'RUS', { until: '2023' }) },
  { name: 'a window after every event', run: (s) => s.dyadMentions('IRN', 'RUS', { since: '2024-05-03' }) },
  { name: 'the series of a pair with no events', run: (s) => storeDyadSeries(s, 'USA', 'IRN', 'week') },
];

for (const backend of BACKENDS) {
  describe(`dyad mentions, negative cases, on ${backend.name}`, { skip: backend.skip }, () => {
    after(() => backend.cleanup());

    for (const { name, run, message } of badQueries) {
      test(`bad-query: ${name}`, async () => {
        await withStore(backend, RECORDS, (store) => rejectsWith(() => run(store), 'bad-query', message));
      });
    }

    for (const { name, run } of empties) {
      test(`empty: ${name}`, async () => {
        await withStore(backend, RECORDS, async (store) => assert.deepStrictEqual(await run(store), []));
      });
    }

    test('undated events, events without a target and other pairs are not listed; a dated one is, by its own date', async () => {
      await withStore(backend, RECORDS, async (store) => {
        const got = await store.dyadMentions('IRN', 'RUS');
        assert.deepStrictEqual(got.map((m) => [m.articleId, m.index, m.day]), [['dated', 1, '2024-05-01']]);
        assert.deepStrictEqual((await storeDyadSeries(store, 'RUS', 'IRN', 'month')).map((p) => [p.period, p.events]), [['2024-05', 1]]);
      });
    });

    test('a closed store: closed', async () => {
      const store = await openStore(await backend.fresh());
      await store.close();
      await rejectsWith(() => store.dyadMentions('IRN', 'RUS'), 'closed', /expected an open store to list the events of a dyad/);
    });
  });
}
