import { migrateStore } from './migrations/migrate-store.js';
import { sqliteBackend } from './sqlite/sqlite-backend.js';
import { openSqlite } from './sqlite/open-sqlite.js';
import { createSqlStore } from './sql-store.js';
import type { Store } from './store.js';
import { StoreError } from './store-error.js';

/** How to open a store. */
export interface OpenStoreOptions {
  /** Open without writing: no migration, every write fails with `readonly`. The file must exist. */
  readonly readonly?: boolean;
  /** How long to wait for another connection's lock before failing with `locked`, in ms; 5000 by default. */
  readonly busyTimeoutMs?: number;
}

/**
 * Opens (creating it if needed, unless read-only) the SQLite store at `location` (a file path, or
 * `:memory:`) and brings its schema up to date. Throws a `StoreError`: `corrupt` for a file that is
 * not a database, `not-a-store` for another program's database, `migration` for a schema this
 * program cannot use, `not-found` for a missing file opened read-only, `locked`, `io`.
 */
export async function openStore(location: string, options: OpenStoreOptions = {}): Promise<Store> {
  const readonly = options.readonly ?? false;
  const db = openSqlite(location, readonly, options.busyTimeoutMs);
  try {
    await migrateStore(db, sqliteBackend, readonly);
  } catch (error) {
    await db.destroy();
    const translated = sqliteBackend.translateError(error);
    throw translated instanceof StoreError ? new StoreError(translated.code, `${location}: ${translated.message}`, translated.cause ?? error) : translated;
  }
  return createSqlStore(db, sqliteBackend, readonly);
}
