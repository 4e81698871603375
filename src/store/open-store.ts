import { sql } from 'kysely';
import { migrateStore } from './migrations/migrate-store.js';
import { isPostgresLocation } from './postgres/is-postgres-location.js';
import { BUSY_TIMEOUT_MS } from './sqlite/sqlite-backend.js';
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
  /** SQLite page cache in MiB (the `cache_size` pragma), 64 unless given; ignored for PostgreSQL. */
  readonly pageCacheMib?: number;
}

/**
 * Opens (creating it if needed, unless read-only) the store at `location` and brings its schema up
 * to date: a PostgreSQL database for a `postgres://…` or `postgresql://…` URL (see `openPostgres`, loaded with the `pg` driver only then),
 * else the SQLite file at that path (or `:memory:`). Throws a `StoreError`: `corrupt` for a file that is
 * not a database, `not-a-store` for another program's database, `migration` for a schema this
 * program cannot use, `not-found` for a missing file opened read-only, `locked`, `io`.
 */
export async function openStore(location: string, options: OpenStoreOptions = {}): Promise<Store> {
  const readonly = options.readonly ?? false;
  const busyTimeoutMs = options.busyTimeoutMs ?? BUSY_TIMEOUT_MS;
  const postgres = isPostgresLocation(location);
  const { db, backend, shown } = postgres
    ? await (await import('./postgres/open-postgres.js')).openPostgres(location, readonly, busyTimeoutMs)
    : { ...openSqlite(location, readonly, busyTimeoutMs), shown: location };
  try {
    await migrateStore(db, backend, readonly);
    if (options.pageCacheMib !== undefined && !postgres) await sql.raw(`pragma cache_size = -${Math.floor(options.pageCacheMib * 1024)}`).execute(db);
  } catch (error) {
    await db.destroy();
    const translated = backend.translateError(error);
    throw translated instanceof StoreError ? new StoreError(translated.code, `${shown}: ${translated.message}`, translated.cause ?? error) : translated;
  }
  return createSqlStore(db, backend, readonly, shown);
}
