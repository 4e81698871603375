import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { openStore } from '../../src/store/open-store.js';
import { toTsQuery } from '../../src/store/postgres/fts-to-tsquery.js';
import { StoreError, type StoreErrorCode } from '../../src/store/store-error.js';
import { eventsRecord } from './fixtures/events-record.js';
import { fullRecord } from './fixtures/full-record.js';

const PG_URL = process.env.NEWSGRAPH_TEST_PG_URL;

async function rejectsWith(work: () => Promise<unknown>, code: StoreErrorCode, message?: RegExp): Promise<void> {
  await assert.rejects(work, (error: unknown) => {
    assert.ok(error instanceof StoreError, `expected a StoreError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    if (message) assert.match(error.message, message);
    return true;
  });
}

const badQueries = ['harbour AND', 'x OR', '"open', 'al-Assad', 'nosuch:word', 'NOT x', '(a', 'a)', '*', 'NEAR(a b)', 'a +', "Iran's", 'title:'];

for (const query of badQueries) {
  test(`toTsQuery: ${JSON.stringify(query)} is a bad-query`, () => {
    assert.throws(
      () => toTsQuery(query, false),
      (error: unknown) => error instanceof StoreError && error.code === 'bad-query' && /expected an FTS5 query.*got/.test(error.message),
    );
  });
}

const badLocations: readonly { readonly name: string; readonly location: string; readonly code: StoreErrorCode; readonly message: RegExp }[] = [
  {
    name: 'a server that does not answer is io, and the password is not shown',
    location: 'postgres://someone:s3cret@127.0.0.1:1/news',
    code: 'io',
    message: /^postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/news: expected to reach and use the PostgreSQL server/,
  },
  {
    name: 'a schema that is not a plain SQL name is io',
    location: 'postgresql://127.0.0.1:1/news?schema=News-Desk',
    code: 'io',
    message: /expected the schema to be a lowercase SQL name .*got "News-Desk"/,
  },
];

for (const { name, location, code, message } of badLocations) {
  test(`open: ${name}`, async () => {
    await rejectsWith(() => openStore(location), code, message);
    await assert.rejects(() => openStore(location), (error: Error) => !error.message.includes('s3cret'));
  });
}

describe('PostgreSQL store failures', { skip: PG_URL === undefined || PG_URL === '' ? 'NEWSGRAPH_TEST_PG_URL not set' : false }, () => {
  const run = `ng_test_${randomBytes(6).toString('hex')}`;
  const schemas: string[] = [];
  function fresh(): { readonly schema: string; readonly location: string } {
    const schema = `${run}_${schemas.length}`;
    schemas.push(schema);
    const url = new URL(PG_URL!);
    url.searchParams.set('schema', schema);
    return { schema, location: url.toString() };
  }
  async function withClient<T>(schema: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }
  after(async () => {
    for (const schema of schemas) await withClient('public', (c) => c.query(`drop schema if exists ${schema} cascade`));
  });

  test('open: read-only needs an existing schema, and creates none', async () => {
    const { schema, location } = fresh();
    await rejectsWith(() => openStore(location, { readonly: true }), 'not-found', /no schema "ng_test_\w+"/);
    const found = await withClient('public', (c) => c.query('select 1 from pg_namespace where nspname = $1', [schema]));
    assert.equal(found.rowCount, 0);
  });

  test('open: a schema holding another program’s tables is not-a-store and is left untouched', async () => {
    const { schema, location } = fresh();
    await withClient('public', (c) => c.query(`create schema ${schema}; create table ${schema}.people (name text)`));
    await rejectsWith(() => openStore(location), 'not-a-store', /other tables \(people\)/);
    const tables = await withClient('public', (c) => c.query('select tablename from pg_tables where schemaname = $1', [schema]));
    assert.deepStrictEqual(tables.rows, [{ tablename: 'people' }]);
  });

  test('write: a store another connection is writing to fails with locked after the busy timeout, naming the store without its password', async () => {
    const { schema, location } = fresh();
    await (await openStore(location)).close();
    const withPassword = new URL(location);
    if (withPassword.password === '') withPassword.password = 'sec-ret';
    const shown = new URL(withPassword);
    shown.password = '***';
    const store = await openStore(withPassword.toString(), { busyTimeoutMs: 50 });
    try {
      await withClient(schema, async (other) => {
        await other.query('begin');
        await other.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [`newsgraph:${schema}`]);
        await rejectsWith(() => store.putRecord(fullRecord()), 'locked', /another connection holds it/);
        await assert.rejects(
          () => store.putRecord(fullRecord()),
          (error: Error) => error.message.startsWith(`${shown.toString()}: expected to get the store within the lock timeout`) && !error.message.includes(`:${withPassword.password}@`),
        );
        await other.query('rollback');
      });
      assert.equal(await store.putRecord(fullRecord()), 'stored');
    } finally {
      await store.close();
    }
  });

  test('putRecords: a failure inside the transaction rolls back the whole batch and keeps the old version', async () => {
    const { schema, location } = fresh();
    const store = await openStore(location);
    try {
      await store.putRecord(fullRecord());
      await withClient(schema, (c) =>
        c.query(`create function refuse_code() returns trigger language plpgsql as $$ begin raise exception 'refused by test'; end $$;
          create trigger refuse_code after insert on events for each row when (new.code = '999') execute function refuse_code()`),
      );
      const refused = { ...fullRecord(), events: [{ ...fullRecord().events[0]!, code: '999' }] };
      await assert.rejects(() => store.putRecords([eventsRecord('other', null, []), refused]), /refused by test/);
      assert.equal(await store.getRecord('other'), null);
      assert.deepStrictEqual(await store.getRecord('f00dfeed0001'), fullRecord());
      assert.equal((await store.stats()).events, 3);
    } finally {
      await store.close();
    }
  });
});
