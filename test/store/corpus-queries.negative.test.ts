import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AnalysisRecord } from '../../src/analyze/record.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store, StoredEvent } from '../../src/store/store.js';
import { StoreError, type StoreErrorCode } from '../../src/store/store-error.js';
import { corpusRecords } from './fixtures/corpus-records.js';
import { eventsRecord } from './fixtures/events-record.js';
import { BACKENDS, withStore } from './store-backends.js';

async function rejectsWith(work: () => Promise<unknown>, code: StoreErrorCode, message?: RegExp): Promise<void> {
  await assert.rejects(work, (error: unknown) => {
    assert.ok(error instanceof StoreError, `expected a StoreError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    if (message) assert.match(error.message, message);
    return true;
  });
}

async function drain(events: AsyncIterable<StoredEvent>): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
}

const badQueries: readonly { readonly name: string; readonly run: (store: Store) => Promise<unknown>; readonly message: RegExp }[] = [
  { name: 'listArticles: a date that is not ISO 8601', run: (s) => s.listArticles({ since: '2024-13' }), message: /expected since to be an ISO 8601 date.*got "2024-13"/ },
  { name: 'listArticles: a negative limit', run: (s) => s.listArticles({ limit: -1 }), message: /expected limit to be a whole number ≥ 0, got -1/ },
  { name: 'entities: a fractional limit', run: (s) => s.entities({ limit: 1.5 }), message: /expected limit .* got 1\.5/ },
  { name: 'entities: a negative offset', run: (s) => s.entities({ offset: -2 }), message: /expected offset .* got -2/ },
  { name: 'claimGroups: a stance that does not exist', run: (s) => s.claimGroups({ stance: ['lies' as never] }), message: /expected stances among asserts, .*got "lies"/ },
  { name: 'claimGroups: a date that is not ISO 8601', run: (s) => s.claimGroups({ until: 'yesterday' }), message: /expected until to be an ISO 8601 date/ },
  { name: 'graph: quad class 5', run: (s) => s.graph({ quadClass: [5 as never] }), message: /expected quad classes among 1, 2, 3, 4, got 5/ },
  { name: 'graph: minEvents 0', run: (s) => s.graph({ minEvents: 0 }), message: /expected minEvents to be a whole number ≥ 1, got 0/ },
  { name: 'graph: an unknown level', run: (s) => s.graph({ level: 'city' as never }), message: /expected level to be country or actor, got "city"/ },
  { name: 'graph: a date that is not ISO 8601', run: (s) => s.graph({ since: 'soon' }), message: /expected since to be an ISO 8601 date/ },
  { name: 'events: a dyad with an empty actor', run: (s) => s.events({ dyad: ['IRN', ''] }), message: /expected dyad to be two actor codes .*got \["IRN",""\]/ },
  { name: 'events: a dyad of one actor', run: (s) => s.events({ dyad: ['IRN'] as never }), message: /expected dyad to be two actor codes/ },
  { name: 'streamEvents: a date that is not ISO 8601, on the first read', run: (s) => drain(s.streamEvents({ since: '2024-W60' })), message: /expected since to be an ISO 8601 date/ },
  { name: 'streamEvents: a negative offset', run: (s) => drain(s.streamEvents({ offset: -1 })), message: /expected offset .* got -1/ },
];

const empties: readonly { readonly name: string; readonly run: (store: Store) => Promise<unknown>; readonly expected: unknown }[] = [
  { name: 'entityProfile: a key no record has is null', run: (s) => s.entityProfile('kb:country/ATA'), expected: null },
  { name: 'entityProfile: an empty key is null', run: (s) => s.entityProfile(''), expected: null },
  { name: 'entityProfile: a name key of another type is null', run: (s) => s.entityProfile('name:ORG:vassily nebenzia'), expected: null },
  { name: 'entities: LIKE wildcards are taken as written', run: (s) => s.entities({ q: '%' }), expected: [] },
  { name: 'entities: an underscore is not a wildcard', run: (s) => s.entities({ q: 'p_tin' }), expected: [] },
  { name: 'entities: a name no entity of that type has', run: (s) => s.entities({ type: 'PERSON', q: 'tehran' }), expected: [] },
  { name: 'entities: past the last page', run: (s) => s.entities({ offset: 10_000 }), expected: [] },
  { name: 'claimGroups: wildcards in about', run: (s) => s.claimGroups({ about: '%_' }), expected: [] },
  { name: 'claimGroups: an actor code no key has', run: (s) => s.claimGroups({ about: 'ZZZ' }), expected: [] },
  { name: 'claimGroups: a reduced word must still be all of the query: drones and a word no key has', run: (s) => s.claimGroups({ about: 'drones zeppelins' }), expected: [] },
  { name: 'claimGroups: a word whose reduced form no key has', run: (s) => s.claimGroups({ about: 'missionaries' }), expected: [] },
  { name: 'claimGroups: a window with no article', run: (s) => s.claimGroups({ since: '2030' }), expected: [] },
  { name: 'graph: edges of more events than any', run: (s) => s.graph({ minEvents: 1000 }), expected: { nodes: [], edges: [] } },
  { name: 'graph: a window with no event', run: (s) => s.graph({ until: '1999' }), expected: { nodes: [], edges: [] } },
  { name: 'events: a dyad with an unknown actor', run: (s) => s.events({ dyad: ['ZZZ', 'IRN'] }), expected: [] },
  { name: 'events: a dyad of an actor with itself where no event is', run: (s) => s.events({ dyad: ['IRN', 'IRN'] }), expected: [] },
  { name: 'streamEvents: limit 0', run: (s) => drain(s.streamEvents({ limit: 0 })), expected: [] },
  { name: 'streamEvents: past the end', run: (s) => drain(s.streamEvents({ offset: 10_000 })), expected: [] },
  { name: 'listArticles: an entity key no record has', run: (s) => s.listArticles({ entity: 'name:PERSON:nobody' }), expected: [] },
];

for (const backend of BACKENDS) {
  describe(`corpus queries on ${backend.name}: bad and empty`, { skip: backend.skip }, () => {
    after(() => backend.cleanup());
    let records: AnalysisRecord[] = [];
    before(() => {
      records = corpusRecords();
    });

    for (const { name, run, message } of badQueries) {
      test(`${name} is a bad-query`, async () => {
        await withStore(backend, records, (store) => rejectsWith(() => run(store), 'bad-query', message));
      });
    }

    for (const { name, run, expected } of empties) {
      test(name, async () => {
        await withStore(backend, records, async (store) => assert.deepStrictEqual(await run(store), expected));
      });
    }

    test('an empty store: every corpus query is empty', async () => {
      await withStore(backend, [], async (store) => {
        assert.deepStrictEqual(
          [await store.listArticles(), await store.entities(), await store.claimGroups(), await store.graph(), await drain(store.streamEvents()), await store.events({ dyad: ['IRN', 'RUS'] })],
          [[], [], [], { nodes: [], edges: [] }, [], []],
        );
      });
    });

    test('records without entities, claims or keys: no entities, no claim groups, and events without a target make no edge', async () => {
      const record = eventsRecord('lone', '2024-01-01', [{ code: '190', source: 'RUS', target: null, date: null, modality: 'asserted' }]);
      await withStore(backend, [record], async (store) => {
        assert.deepStrictEqual([await store.entities(), await store.claimGroups(), await store.graph()], [[], [], { nodes: [], edges: [] }]);
        assert.deepStrictEqual((await store.events({ dyad: ['RUS', 'RUS'] })).length, 0);
        assert.deepStrictEqual((await store.events({ actor: 'RUS' })).length, 1);
      });
    });

    test('a store closed while a stream is read: the next read is closed', async () => {
      const store = await openStore(await backend.fresh());
      await store.putRecords(records);
      const stream = store.streamEvents()[Symbol.asyncIterator]();
      assert.equal((await stream.next()).done, false);
      await store.close();
      await rejectsWith(() => stream.next(), 'closed', /expected an open store to stream events, but it was closed/);
    });

    test('a closed store: every corpus query is closed', async () => {
      const store = await openStore(await backend.fresh());
      await store.close();
      for (const run of [
        () => store.listArticles(),
        () => store.entities(),
        () => store.entityProfile('kb:country/IRN'),
        () => store.claimGroups(),
        () => store.graph(),
        () => drain(store.streamEvents()),
      ]) {
        await rejectsWith(run, 'closed', /expected an open store to .*, but it was closed/);
      }
    });
  });
}
