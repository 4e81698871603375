import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, type Compilable } from 'kysely';
import { analyze } from '../../src/analyze/analyzer.js';
import type { AnalysisRecord } from '../../src/analyze/record.js';
import { openStore } from '../../src/store/open-store.js';
import { toTsQuery } from '../../src/store/postgres/fts-to-tsquery.js';
import { SqliteSemanticsPlugin } from '../../src/store/postgres/sqlite-semantics-plugin.js';
import type { Store } from '../../src/store/store.js';
import { ARTICLES } from './fixtures/articles.js';
import { eventsRecord } from './fixtures/events-record.js';
import { fullRecord } from './fixtures/full-record.js';
import { BACKENDS } from './store-backends.js';

const compilations: readonly { readonly query: string; readonly plain?: boolean; readonly tsquery: string | null }[] = [
  { query: 'strike', tsquery: "'strike'" },
  { query: 'grain corridor', tsquery: "('grain' & 'corridor')" },
  { query: 'grain AND corridor', tsquery: "('grain' & 'corridor')" },
  { query: '"grain corridor"', tsquery: "'grain' <-> 'corridor'" },
  { query: 'strik*', tsquery: "'strik':*" },
  { query: 'port NOT strike', tsquery: "('port' & !'strike')" },
  { query: 'a NOT b NOT c', tsquery: "(('a' & !'b') & !'c')" },
  { query: 'title:corridor', tsquery: "'corridor':A" },
  { query: 'Title:corridor', tsquery: "'corridor':A" },
  { query: 'text:"dock workers"*', tsquery: "'dock':B <-> 'workers':*B" },
  { query: 'title:(ports OR harbours)', tsquery: "('ports':A | 'harbours':A)" },
  { query: 'ports OR harbours closed', tsquery: "('ports' | ('harbours' & 'closed'))" },
  { query: '(ports OR harbours) closed', tsquery: "(('ports' | 'harbours') & 'closed')" },
  { query: 'dock + workers', tsquery: "'dock' <-> 'workers'" },
  { query: '"al-Assad"', tsquery: "'al' <-> 'Assad'" },
  { query: 'café', tsquery: "'café'" },
  { query: 'and or not', tsquery: "(('and' & 'or') & 'not')" },
  { query: '"" AND harbour', tsquery: "'harbour'" },
  { query: '"quoted ""inner"" word"', tsquery: "'quoted' <-> 'inner' <-> 'word'" },
  { query: '', tsquery: null },
  { query: '"—"', tsquery: null },
  { query: 'dock-workers "Ankara —', plain: true, tsquery: "('dock' <-> 'workers' & 'Ankara')" },
  { query: 'NOT OR title:x*', plain: true, tsquery: "(('NOT' & 'OR') & 'title' <-> 'x')" },
];

for (const { query, plain, tsquery } of compilations) {
  test(`toTsQuery: ${JSON.stringify(query)}${plain ? ' (plain)' : ''} → ${String(tsquery)}`, () => {
    assert.equal(toTsQuery(query, plain ?? false), tsquery);
  });
}

const compiler = new Kysely<Record<string, Record<string, string>>>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
  plugins: [new SqliteSemanticsPlugin()],
});

const rewrites: readonly { readonly name: string; readonly query: Compilable; readonly sql: string }[] = [
  { name: 'descending order puts nulls last', query: compiler.selectFrom('t').select('a').orderBy('a', 'desc'), sql: 'select "a" from "t" order by "a" desc nulls last' },
  { name: 'ascending order puts nulls first', query: compiler.selectFrom('t').select('a').orderBy('a'), sql: 'select "a" from "t" order by "a" nulls first' },
  {
    name: 'an explicit nulls order is kept',
    query: compiler.selectFrom('t').select('a').orderBy('a', (ob) => ob.desc().nullsFirst()),
    sql: 'select "a" from "t" order by "a" desc nulls first',
  },
  {
    name: 'text columns compare by code point, others are left alone',
    query: compiler.schema.createTable('t').addColumn('id', 'text', (c) => c.notNull()).addColumn('n', 'integer'),
    sql: 'create table "t" ("id" text collate "C" not null, "n" integer)',
  },
  { name: 'added text columns too', query: compiler.schema.alterTable('t').addColumn('x', 'text'), sql: 'alter table "t" add column "x" text collate "C"' },
  {
    name: 'index columns keep nulls first',
    query: compiler.schema.createIndex('i').on('t').columns(['a', 'b']),
    sql: 'create index "i" on "t" ("a" nulls first, "b" nulls first)',
  },
];

for (const { name, query, sql } of rewrites) {
  test(`SqliteSemanticsPlugin: ${name}`, () => {
    assert.equal(query.compile().sql, sql);
  });
}

const [sqlite, postgres] = BACKENDS as readonly [(typeof BACKENDS)[number], (typeof BACKENDS)[number]];

describe('the same answers from SQLite and PostgreSQL', { skip: postgres.skip }, () => {
  const records: AnalysisRecord[] = [
    fullRecord(),
    ...ARTICLES.map((a) => analyze(a)),
    eventsRecord('cafe0002', '2023-01-10', [
      { code: '190', source: 'RUS', target: 'UKR', date: '2023-01-08', modality: 'asserted' },
      { code: '036', source: 'USA', target: 'IRN', date: '2023', modality: 'expected' },
    ]),
    eventsRecord('cafe0003', null, [{ code: '072', source: 'IRN', target: 'SYR', date: null, modality: 'asserted' }]),
  ];
  const stores: Store[] = [];
  after(async () => {
    for (const store of stores) await store.close();
    await sqlite.cleanup();
    await postgres.cleanup();
  });

  async function both(): Promise<readonly [Store, Store]> {
    if (stores.length === 0) {
      for (const backend of [sqlite, postgres]) {
        const store = await openStore(await backend.fresh());
        await store.putRecords(records);
        stores.push(store);
      }
    }
    return [stores[0]!, stores[1]!];
  }

  const asks: readonly { readonly name: string; readonly ask: (store: Store) => Promise<unknown> }[] = [
    { name: 'every record back', ask: (s) => Promise.all(records.map((r) => s.getRecord(r.document.id))) },
    { name: 'all events', ask: (s) => s.events({ limit: 1000 }) },
    { name: 'events of IRN', ask: (s) => s.events({ actor: 'IRN' }) },
    { name: 'events of a code root since a month', ask: (s) => s.events({ code: '07', since: '2024-01' }) },
    { name: 'stats', ask: (s) => s.stats() },
    { name: 'id prefixes', ask: (s) => Promise.all(['a', 'ca', 'cafe0002', 'f00d', 'zz'].map((p) => s.resolveId(p).catch((e: Error) => e.message))) },
    ...['strike', 'talks', 'port OR harbour', '"grain corridor"', 'title:drone*', 'ankara NOT talks'].map((query) => ({
      name: `search hits of ${query}`,
      ask: async (s: Store) => (await s.search(query, { limit: 100 })).map((h) => h.id).sort(),
    })),
  ];

  for (const { name, ask } of asks) {
    test(name, async () => {
      const [onSqlite, onPostgres] = await both();
      assert.deepStrictEqual(await ask(onPostgres), await ask(onSqlite));
    });
  }
});
