import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { AnalysisRecord } from '../../src/analyze/record.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { corpusRecords } from './fixtures/corpus-records.js';
import { BACKENDS, type TestBackend } from './store-backends.js';

const SECONDARY = [
  'claims_key',
  'entities_key',
  'event_actors_date',
  'event_actors_root',
  'event_dyads_date',
  'events_code',
  'events_code3',
  'events_date',
  'events_graph',
  'events_graph_pairs',
  'events_modality',
  'events_root',
];

/** Each index of a store with its definition as the database prints it. */
async function definitions(backend: TestBackend, location: string): Promise<Map<string, string>> {
  const statement =
    backend.name === 'SQLite'
      ? "select name, sql from sqlite_schema where type = 'index' and sql is not null"
      : 'select indexname as name, indexdef as sql from pg_indexes where schemaname = current_schema()';
  return new Map((await backend.raw(location, statement)).map((r) => [String(r['name']), String(r['sql'])]));
}

/** What the queries that read the secondary indexes answer. */
async function answers(store: Store): Promise<unknown[]> {
  return [
    await store.events({ limit: 1000 }),
    await store.events({ actor: 'IRN' }),
    await store.events({ code: '04', since: '2024-01-01' }),
    await store.events({ modality: ['asserted'] }),
    await store.events({ dyad: ['PRK', 'RUS'] }),
    await store.dyadRows('IRN', 'TKM'),
    await store.entities({ q: 'russia' }),
    await store.entityProfile('kb:country/RUS'),
    await store.claimGroups({ about: 'putin' }),
    await store.graph(),
    await store.graph({ since: '2024-10-01' }),
  ];
}

for (const backend of BACKENDS) {
  describe(`secondary indexes on ${backend.name}`, { skip: backend.skip }, () => {
    after(() => backend.cleanup());
    const records: readonly AnalysisRecord[] = corpusRecords();

    test('deferIndexes drops exactly the secondary indexes; queries give the same answers without them; buildIndexes makes them as the migrations did', async () => {
      const location = await backend.isolated();
      const store = await openStore(location);
      try {
        const migrated = await definitions(backend, location);
        assert.deepStrictEqual(SECONDARY.filter((name) => !migrated.has(name)), [], 'the migrations create every secondary index');
        await store.putRecords(records.slice(0, 2));
        await store.deferIndexes();
        const deferred = await definitions(backend, location);
        assert.deepStrictEqual([...migrated.keys()].filter((name) => !deferred.has(name)).sort(), SECONDARY);
        await store.putRecords(records.slice(2));
        const without = await answers(store);
        assert.ok((without[0] as unknown[]).length > 20 && without.every((a) => a !== null), 'the queries find something to compare');
        const heard: string[] = [];
        assert.equal(await store.buildIndexes((name, built, missing) => heard.push(`${built + 1}/${missing} ${name}`)), SECONDARY.length);
        assert.equal(heard.length, SECONDARY.length);
        assert.match(heard[0]!, /^1\/12 /);
        assert.deepStrictEqual(await definitions(backend, location), migrated);
        assert.deepStrictEqual(await answers(store), without);
        assert.equal(await store.buildIndexes(), 0);
      } finally {
        await store.close();
      }
    });

    test('the indexes stay dropped across a reopen until buildIndexes builds the missing ones', async () => {
      const location = await backend.isolated();
      const first = await openStore(location);
      await first.deferIndexes();
      await first.close();
      const second = await openStore(location);
      try {
        const present = await definitions(backend, location);
        assert.deepStrictEqual(SECONDARY.filter((name) => present.has(name)), []);
        await backend.raw(location, 'create index events_date on events (date_start, article, idx)');
        assert.equal(await second.buildIndexes(), SECONDARY.length - 1);
        const built = await definitions(backend, location);
        assert.deepStrictEqual(SECONDARY.filter((name) => !built.has(name)), []);
      } finally {
        await second.close();
      }
    });
  });
}
