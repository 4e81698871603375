import type { AnalysisRecord } from '../../src/analyze/record.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';

/** A store backend the store tests run against. */
export interface TestBackend {
  readonly name: 'SQLite' | 'PostgreSQL';
  /** Why this backend's tests are skipped; false when they run. */
  readonly skip: string | false;
  /** The location of an empty store (created by the first writable open); PostgreSQL empties and reuses one schema per run. */
  fresh(): Promise<string>;
  /** The location of a new, empty store that no other test reuses, for tests that leave a store unusable. */
  isolated(): Promise<string>;
  /** Runs one SQL statement on the database of a store, outside the store; its rows. */
  raw(location: string, statement: string): Promise<readonly Record<string, unknown>[]>;
  /** SQL counting the entries of the full-text index, as column `n`. */
  readonly textIndexCount: string;
  /** SQL listing the names of the store's indexes, as column `name`. */
  readonly indexNames: string;
  /** Removes every store `fresh` handed out. */
  cleanup(): Promise<void>;
}

function sqliteBackend(): TestBackend {
  let dir: string | null = null;
  let files = 0;
  return {
    name: 'SQLite',
    skip: false,
    async fresh() {
      dir ??= mkdtempSync(join(tmpdir(), 'newsgraph-store-'));
      files += 1;
      return join(dir, `store-${files}.db`);
    },
    isolated() {
      return this.fresh();
    },
    async raw(location, statement) {
      const db = new Database(location);
      try {
        const prepared = db.prepare(statement);
        if (prepared.reader) return prepared.all() as Record<string, unknown>[];
        prepared.run();
        return [];
      } finally {
        db.close();
      }
    },
    textIndexCount: 'select count(*) as n from articles_fts_docsize',
    indexNames: "select name from sqlite_schema where type = 'index'",
    async cleanup() {
      if (dir !== null) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Empties every table of the current schema but the migration bookkeeping, numbering keys from 1 again. */
const EMPTY_SCHEMA = `do $$ declare names text; begin
  select string_agg(format('%I', tablename), ', ') into names from pg_tables
    where schemaname = current_schema() and tablename not like 'kysely\\_migration%';
  if names is not null then execute 'truncate ' || names || ' restart identity cascade'; end if;
end $$`;

function postgresBackend(base: string | undefined): TestBackend {
  const schema = `ng_test_${randomBytes(6).toString('hex')}`;
  const schemas = [schema];
  function location(name: string): string {
    const url = new URL(base!);
    url.searchParams.set('schema', name);
    return url.toString();
  }
  async function query(statement: string, inSchema = schema): Promise<Record<string, unknown>[]> {
    const client = new pg.Client({ connectionString: base, options: `-c search_path=${inSchema}` });
    await client.connect();
    try {
      return (await client.query(statement)).rows as Record<string, unknown>[];
    } finally {
      await client.end();
    }
  }
  return {
    name: 'PostgreSQL',
    skip: base === undefined || base === '' ? 'NEWSGRAPH_TEST_PG_URL not set' : false,
    async fresh() {
      await query(EMPTY_SCHEMA);
      return location(schema);
    },
    async isolated() {
      schemas.push(`${schema}_${schemas.length}`);
      return location(schemas[schemas.length - 1]!);
    },
    raw: (at, statement) => query(statement, new URL(at).searchParams.get('schema')!),
    textIndexCount: 'select count(*) as n from articles where search_vector is not null',
    indexNames: 'select indexname as name from pg_indexes where schemaname = current_schema()',
    async cleanup() {
      if (base === undefined || base === '') return;
      for (const name of schemas) await query(`drop schema if exists ${name} cascade`);
    },
  };
}

/**
 * The backends the store suite runs on: SQLite always, PostgreSQL when `NEWSGRAPH_TEST_PG_URL` names a
 * server (e.g. `postgres://postgres@127.0.0.1:5432/test`). The PostgreSQL stores of a run live in a schema of
 * the run's own, `ng_test_<random>`, emptied by each `fresh` (`isolated` stores get schemas of their own) and all dropped by `cleanup`, so parallel runs do not collide.
 */
export const BACKENDS: readonly TestBackend[] = [sqliteBackend(), postgresBackend(process.env.NEWSGRAPH_TEST_PG_URL)];

/** Opens a fresh store of a backend, stores the records, runs `work` on it and closes it. */
export async function withStore<T>(backend: TestBackend, records: readonly AnalysisRecord[], work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(await backend.fresh());
  try {
    await store.putRecords(records);
    return await work(store);
  } finally {
    await store.close();
  }
}
