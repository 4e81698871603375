import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { StoreBackend } from '../store-backend.js';
import type { StoreDatabase } from '../store-database.js';
import { StoreError } from '../store-error.js';
import { postgresBackend } from './postgres-backend.js';
import { SqliteSemanticsPlugin } from './sqlite-semantics-plugin.js';

const DEFAULT_SCHEMA = 'public';
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const CONNECT_TIMEOUT_MS = 10_000;
const POOL_SIZE = 4;

/** A PostgreSQL store, opened: its database, its backend, and its location fit to show (no password). */
export interface OpenedPostgres {
  readonly db: Kysely<StoreDatabase>;
  readonly backend: StoreBackend;
  readonly shown: string;
}

/**
 * Opens the PostgreSQL store at a `postgres://user:password@host:port/database?schema=name` URL
 * (the schema is `public` unless given; other parameters go to the `pg` driver). Writable opens create
 * the schema when it is missing; read-only opens need it (`not-found`) and run every transaction
 * read-only. `busyTimeoutMs` becomes the session's `lock_timeout`. Throws a `StoreError` (`io` for a
 * server that cannot be reached or refuses the login, `not-found` for a missing database or schema).
 */
export async function openPostgres(location: string, readonly: boolean, busyTimeoutMs: number): Promise<OpenedPostgres> {
  const url = new URL(location);
  const schema = url.searchParams.get('schema') ?? DEFAULT_SCHEMA;
  const shownUrl = new URL(url);
  if (shownUrl.password !== '') shownUrl.password = '***';
  const shown = shownUrl.toString();
  if (!SCHEMA_NAME.test(schema)) {
    throw new StoreError('io', `${shown}: expected the schema to be a lowercase SQL name (letters, digits, _), got ${JSON.stringify(schema)}`);
  }
  const settings = [url.searchParams.get('options') ?? '', `-c search_path=${schema}`, `-c lock_timeout=${Math.max(0, Math.floor(busyTimeoutMs))}`];
  if (readonly) settings.push('-c default_transaction_read_only=on');
  url.searchParams.delete('schema');
  url.searchParams.delete('options');

  const pool = new pg.Pool({
    connectionString: url.toString(),
    options: settings.filter((s) => s !== '').join(' '),
    max: POOL_SIZE,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  pool.on('error', () => undefined);
  const backend = postgresBackend(schema);
  const db = new Kysely<StoreDatabase>({ dialect: new PostgresDialect({ pool }), plugins: [new SqliteSemanticsPlugin()] });
  try {
    const { rows } = await sql`select 1 from pg_namespace where nspname = ${schema}`.execute(db);
    if (rows.length === 0) {
      if (readonly) throw new StoreError('not-found', `expected an existing store to open read-only, got no schema "${schema}"`);
      await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
    }
  } catch (error) {
    await db.destroy();
    const translated = backend.translateError(error);
    throw translated instanceof StoreError ? new StoreError(translated.code, `${shown}: ${translated.message}`, translated.cause ?? error) : translated;
  }
  return { db, backend, shown };
}
