import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import type { AnalysisRecord } from '../../src/analyze/record.js';
import { openStore } from '../../src/store/open-store.js';
import type { EventFilter, SearchOptions, Store } from '../../src/store/store.js';
import { StoreError, type StoreErrorCode } from '../../src/store/store-error.js';
import { eventsRecord } from './fixtures/events-record.js';
import { fullRecord } from './fixtures/full-record.js';
import { BACKENDS, withStore } from './store-backends.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-store-neg-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

function freshPath(): string {
  files += 1;
  return join(dir, `store-${files}.db`);
}

async function rejectsWith(work: () => Promise<unknown>, code: StoreErrorCode, message?: RegExp): Promise<void> {
  await assert.rejects(work, (error: unknown) => {
    assert.ok(error instanceof StoreError, `expected a StoreError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    if (message) assert.match(error.message, message);
    return true;
  });
}

/** A message pattern that must follow the store's location, as store failures name their store. */
function at(location: string, message: RegExp): RegExp {
  return new RegExp(`^${location.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${message.source}`);
}

for (const backend of BACKENDS) {
  describe(`store on ${backend.name}`, { skip: backend.skip }, () => {
    after(() => backend.cleanup());

    const badQueries = ['Iran AND', '"unbalanced', 'al-Assad', 'nosuchcolumn:word', 'NOT', '(', 'AND OR', '*', 'U.S.', "Iran's", 'NEAR(a b', 'x OR'];

    for (const query of badQueries) {
      test(`search: ${JSON.stringify(query)} is a bad-query, not a raw SQLite error`, async () => {
        await withStore(backend, [fullRecord()], (store) => rejectsWith(() => store.search(query), 'bad-query', /expected an FTS5 query.*got/));
      });
    }

    const badSearchOptions: readonly SearchOptions[] = [
      { since: '2024-13' },
      { until: 'yesterday' },
      { since: '10/11/2024' },
      { limit: -1 },
      { limit: 1.5 },
      { offset: Number.NaN },
    ];

    for (const options of badSearchOptions) {
      test(`search: options ${JSON.stringify(options)} are a bad-query`, async () => {
        await withStore(backend, [fullRecord()], (store) => rejectsWith(() => store.search('drones', options), 'bad-query', /expected .* got/));
      });
    }

    const badFilters: readonly EventFilter[] = [{ since: '2024-02-30' }, { until: 'last week' }, { limit: -5 }, { offset: 0.5 }];

    for (const filter of badFilters) {
      test(`events: filter ${JSON.stringify(filter)} is a bad-query`, async () => {
        await withStore(backend, [fullRecord()], (store) => rejectsWith(() => store.events(filter), 'bad-query', /expected .* got/));
      });
    }

    const noMatches: readonly { readonly name: string; readonly run: (store: Store) => Promise<unknown> }[] = [
      { name: 'search with no hit', run: (s) => s.search('zeppelin') },
      { name: 'events of an unknown actor', run: (s) => s.events({ actor: 'XYZ' }) },
      { name: 'events of an unknown code', run: (s) => s.events({ code: '20' }) },
      { name: 'events of an unknown article', run: (s) => s.events({ articleId: 'nope' }) },
      { name: 'events before any date', run: (s) => s.events({ until: '1990' }) },
    ];

    for (const { name, run } of noMatches) {
      test(`no match is an empty result: ${name}`, async () => {
        await withStore(backend, [fullRecord()], async (store) => assert.deepStrictEqual(await run(store), []));
      });
    }

    test('resolveId: a prefix of several ids is ambiguous-id, naming them', async () => {
      const records = ['a1b2c3', 'a1b2ff', 'a1ccdd'].map((id) => eventsRecord(id, null, []));
      await withStore(backend, records, (store) => rejectsWith(() => store.resolveId('a1b2'), 'ambiguous-id', /"a1b2" matches several: a1b2c3, a1b2ff$/));
    });

    const invalidRecords: readonly { readonly name: string; readonly record: unknown; readonly message: RegExp }[] = [
      { name: 'empty id', record: { ...fullRecord(), document: { ...fullRecord().document, id: '' } }, message: /document\.id: expected a non-empty string/ },
      { name: 'numeric title', record: { ...fullRecord(), document: { ...fullRecord().document, title: 42 } }, message: /record\.document\.title: expected a string or null, got number 42/ },
      { name: 'entities not a list', record: { ...fullRecord(), entities: { e1: 'Iran' } }, message: /entities: expected an array, got object/ },
      {
        name: 'goldstein as text',
        record: { ...fullRecord(), events: [{ ...fullRecord().events[0]!, goldstein: '8.3' }] },
        message: /events\[0\]\.goldstein: expected a finite number or null, got the string "8\.3"/,
      },
      {
        name: 'mention start not an integer',
        record: { ...fullRecord(), entities: [{ ...fullRecord().entities[0]!, mentions: [{ start: 1.5, end: 3, text: 'x', kind: 'name' }] }] },
        message: /entities\[0\]\.mentions\[0\]\.start: expected an integer or null, got number 1\.5/,
      },
      { name: 'an event that is not an object', record: { ...fullRecord(), events: ['072'] }, message: /events\[0\]: expected an object, got the string "072"/ },
    ];

    for (const { name, record, message } of invalidRecords) {
      test(`putRecords: ${name} is invalid-record and nothing of the batch is stored`, async () => {
        await withStore(backend, [], async (store) => {
          await rejectsWith(() => store.putRecords([eventsRecord('good1', null, []), record as AnalysisRecord]), 'invalid-record', message);
          assert.equal((await store.stats()).articles, 0);
        });
      });
    }

    test('open: a store migrated by a newer newsgraph says so, writable or read-only', async () => {
      const file = await backend.isolated();
      await (await openStore(file)).close();
      await backend.raw(file, `insert into kysely_migration (name, timestamp) values ('9999-from-the-future', '${new Date(0).toISOString()}')`);
      for (const readonly of [false, true]) {
        await rejectsWith(() => openStore(file, { readonly }), 'migration', /newer newsgraph \("9999-from-the-future"\); use a newer newsgraph/);
      }
    });

    test('write: a read-only store refuses writes and stays as it was', async () => {
      const file = await backend.fresh();
      const writer = await openStore(file);
      await writer.putRecord(fullRecord());
      await writer.close();
      const reader = await openStore(file, { readonly: true });
      await rejectsWith(() => reader.putRecord(eventsRecord('new1', null, [])), 'readonly', at(file, /expected a writable store to store records, but it was opened read-only/));
      await rejectsWith(() => reader.putRecords([fullRecord()]), 'readonly', at(file, /expected a writable store/));
      await rejectsWith(() => reader.putCorpusLinks([{ articleId: 'f00dfeed0001', story: 1, copyOf: null, similarity: null }]), 'readonly', at(file, /expected a writable store to store corpus links, but it was opened read-only/));
      await rejectsWith(() => reader.deferIndexes(), 'readonly', at(file, /expected a writable store to drop the secondary indexes, but it was opened read-only/));
      await rejectsWith(() => reader.buildIndexes(), 'readonly', at(file, /expected a writable store to build the secondary indexes, but it was opened read-only/));
      assert.equal((await reader.stats()).articles, 1);
      await reader.close();
    });

    test('close: a closed store refuses work with closed', async () => {
      const file = await backend.fresh();
      const store = await openStore(file);
      await store.close();
      await store.close();
      await rejectsWith(() => store.getRecord('x'), 'closed', at(file, /expected an open store to read a record, but it was closed/));
    });

    test('failures of what was asked do not name the store: bad-query, ambiguous-id, invalid-record', async () => {
      await withStore(backend, [eventsRecord('abc1', null, []), eventsRecord('abc2', null, [])], async (store) => {
        await rejectsWith(() => store.search('Iran AND'), 'bad-query', /^expected an FTS5 query/);
        await rejectsWith(() => store.events({ since: 'soon' }), 'bad-query', /^expected since to be an ISO 8601 date/);
        await rejectsWith(() => store.resolveId('abc'), 'ambiguous-id', /^expected an id prefix that matches one article/);
        await rejectsWith(() => store.putRecord({ ...fullRecord(), events: null as never }), 'invalid-record', /^record f00dfeed0001: events: expected an array/);
      });
    });
  });
}

test('putRecords: a failure inside the transaction rolls back the whole batch and keeps the old version', async () => {
  const file = freshPath();
  const first = await openStore(file);
  await first.putRecord(fullRecord());
  await first.close();
  const raw = new Database(file);
  raw.exec(`create trigger refuse_code after insert on events when new.code = '999' begin select raise(abort, 'refused by test'); end`);
  raw.close();
  const store = await openStore(file);
  const refused = { ...fullRecord(), events: [{ ...fullRecord().events[0]!, code: '999' }] };
  await assert.rejects(() => store.putRecords([eventsRecord('other', null, []), refused]), /refused by test/);
  assert.equal(await store.getRecord('other'), null);
  assert.deepStrictEqual(await store.getRecord('f00dfeed0001'), fullRecord());
  assert.equal((await store.stats()).events, 3);
  await store.close();
});

test('open: a file that is not a database is corrupt, writable or read-only', async () => {
  const file = freshPath();
  writeFileSync(file, 'id,title\n1,not a database at all\n'.repeat(200));
  for (const readonly of [false, true]) {
    await rejectsWith(() => openStore(file, { readonly }), 'corrupt', /store-\d+\.db: expected a SQLite database, but the file is not one/);
  }
  assert.match(readFileSync(file, 'utf8'), /^id,title/);
});

test('open: another program’s SQLite database is not-a-store and is left untouched', async () => {
  const file = freshPath();
  const raw = new Database(file);
  raw.exec('create table people (name text)');
  raw.close();
  await rejectsWith(() => openStore(file), 'not-a-store', /expected a newsgraph store, got a database with other tables \(people\)/);
  const check = new Database(file, { readonly: true });
  assert.deepStrictEqual(check.prepare("select name from sqlite_schema where type = 'table'").pluck().all(), ['people']);
  check.close();
});

test('open: a file in a folder that does not exist is io', async () => {
  await rejectsWith(() => openStore(join(dir, 'no-such-folder', 'x.db')), 'io', /no-such-folder.*expected to read and write the store file/);
});

test('open: read-only needs an existing file', async () => {
  await rejectsWith(() => openStore(join(dir, 'missing.db'), { readonly: true }), 'not-found', /no file at .*missing\.db/);
  await rejectsWith(() => openStore(':memory:', { readonly: true }), 'not-found', /in-memory/);
});

test('open: an older (empty) store opened read-only says it needs a writable open to migrate', async () => {
  const file = freshPath();
  new Database(file).close();
  await rejectsWith(() => openStore(file, { readonly: true }), 'migration', /it is empty \(no schema\); open it writable once to migrate it/);
  const store = await openStore(file);
  await store.close();
  await (await openStore(file, { readonly: true })).close();
});

test('write: a store locked by another writer fails with locked after the busy timeout', async () => {
  const file = freshPath();
  await (await openStore(file)).close();
  const other = new Database(file);
  other.exec('begin immediate');
  const store = await openStore(file, { busyTimeoutMs: 20 });
  try {
    await rejectsWith(() => store.putRecord(fullRecord()), 'locked', at(file, /expected to get the database within the busy timeout, but another connection holds it/));
    await rejectsWith(() => store.putCorpusLinks([{ articleId: 'f00dfeed0001', story: 1, copyOf: null, similarity: null }]), 'locked', at(file, /expected to get the database within the busy timeout, but another connection holds it/));
  } finally {
    other.exec('rollback');
    other.close();
  }
  assert.equal(await store.putRecord(fullRecord()), 'stored');
  await store.close();
});
