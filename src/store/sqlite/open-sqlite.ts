import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase } from 'kysely';
import type { StoreDatabase } from '../store-database.js';
import { StoreError } from '../store-error.js';
import type { StoreBackend } from '../store-backend.js';
import { BUSY_TIMEOUT_MS, sqliteBackend, translateSqliteError } from './sqlite-backend.js';

const STATEMENT_CACHE_SIZE = 256;
const PAGE_CACHE_KIB = 65_536;

/** A better-sqlite3 database as Kysely wants it, reusing prepared statements by their SQL. */
function cachingDatabase(db: Database.Database): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => {
      cache.clear();
      db.close();
    },
    prepare: (query: string) => {
      let statement = cache.get(query);
      if (statement) {
        cache.delete(query);
      } else {
        statement = db.prepare(query);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      cache.set(query, statement);
      return statement;
    },
  };
}

/** A SQLite store file, opened: its database and the backend bound to its connection. */
export interface OpenedSqlite {
  readonly db: Kysely<StoreDatabase>;
  readonly backend: StoreBackend;
}

/**
 * Opens a SQLite file (or `:memory:`) for the store: WAL journal, a busy timeout, foreign keys,
 * `synchronous = NORMAL`, a 64 MiB page cache and in-memory temporary tables. Read-only opens need an existing file (`not-found` otherwise).
 */
export function openSqlite(location: string, readonly: boolean, busyTimeoutMs: number = BUSY_TIMEOUT_MS): OpenedSqlite {
  const memory = location === ':memory:' || location === '';
  if (readonly && (memory || !existsSync(location))) {
    throw new StoreError('not-found', `expected an existing store file to open read-only, got ${memory ? 'an in-memory store' : `no file at ${location}`}`);
  }
  if (!memory && !existsSync(dirname(location))) {
    throw new StoreError('io', `${location}: expected to read and write the store file in an existing folder, but there is no folder ${dirname(location)}`);
  }
  let db: Database.Database | null = null;
  try {
    db = new Database(location, { readonly, fileMustExist: readonly });
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
    db.prepare('select count(*) from sqlite_schema').get();
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    db.pragma('temp_store = MEMORY');
  } catch (error) {
    db?.close();
    const translated = translateSqliteError(error);
    throw translated instanceof StoreError ? new StoreError(translated.code, `${location}: ${translated.message}`, error) : translated;
  }
  const database = cachingDatabase(db);
  return { db: new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database }) }), backend: sqliteBackend(database) };
}
