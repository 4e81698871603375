import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import type { StoreBackend } from '../store-backend.js';
import type { StoreDatabase } from '../store-database.js';
import { StoreError } from '../store-error.js';
import { storeMigrations } from './store-migrations.js';

const MIGRATION_TABLE = 'kysely_migration';

function quoted(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}

/**
 * Runs each pending migration and its bookkeeping row in one write transaction, for dialects whose
 * Kysely adapter does not wrap migrations in transactions (SQLite): a failure half-way (a full disk,
 * a killed process) leaves the schema as it was before that migration, never half-built. The write
 * lock is held from the start, so two processes migrating at once run each migration once.
 */
async function migrateInTransactions(db: Kysely<StoreDatabase>, backend: StoreBackend, migrations: Readonly<Record<string, Migration>>): Promise<void> {
  await sql`create table if not exists ${sql.table(MIGRATION_TABLE)} (name varchar(255) not null primary key, timestamp varchar(255) not null)`.execute(db);
  for (const name of Object.keys(migrations).sort()) {
    await backend.write(db, async (trx) => {
      const done = await sql`select 1 from ${sql.table(MIGRATION_TABLE)} where name = ${name}`.execute(trx);
      if (done.rows.length > 0) return;
      await migrations[name]!.up(trx as Kysely<unknown>);
      await sql`insert into ${sql.table(MIGRATION_TABLE)} (name, timestamp) values (${name}, ${new Date().toISOString()})`.execute(trx);
    });
  }
}

/**
 * Brings a store's schema up to date, or checks that it is when `readonly`.
 * Every pending migration runs, in name order, on either backend, even where a later one has run.
 * Throws `migration` when the store is newer than this program, or older and read-only;
 * `not-a-store` for a database holding other tables.
 */
export async function migrateStore(db: Kysely<StoreDatabase>, backend: StoreBackend, readonly: boolean): Promise<void> {
  const migrations = storeMigrations(backend);
  const known = Object.keys(migrations).sort();
  const latest = known[known.length - 1]!;
  const schema = backend.schema;
  const tables = (await db.introspection.getTables({ withInternalKyselyTables: true }))
    .filter((t) => schema === undefined || t.schema === schema)
    .map((t) => t.name);
  if (!tables.includes(MIGRATION_TABLE)) {
    if (tables.length > 0) {
      throw new StoreError('not-a-store', `expected a newsgraph store, got a database with other tables (${tables.slice(0, 5).join(', ')}${tables.length > 5 ? ', …' : ''})`);
    }
  }
  const executed = tables.includes(MIGRATION_TABLE)
    ? (await sql<{ name: string }>`select name from ${sql.table(schema === undefined ? MIGRATION_TABLE : `${schema}.${MIGRATION_TABLE}`)} order by name`.execute(db)).rows.map((r) => r.name)
    : [];
  const unknown = executed.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new StoreError(
      'migration',
      `expected a store schema this newsgraph knows (up to "${latest}"), but the store was migrated by a newer newsgraph (${quoted(unknown)}); use a newer newsgraph`,
    );
  }
  const pending = known.filter((name) => !executed.includes(name));
  if (pending.length === 0) return;
  if (readonly) {
    throw new StoreError(
      'migration',
      `expected the store schema at "${latest}", but it is ${executed.length === 0 ? 'empty (no schema)' : `at "${executed[executed.length - 1]}"`}; open it writable once to migrate it (${quoted(pending)})`,
    );
  }
  if (!db.getExecutor().adapter.supportsTransactionalDdl) {
    try {
      await migrateInTransactions(db, backend, migrations);
      return;
    } catch (error) {
      const translated = backend.translateError(error);
      if (translated instanceof StoreError) throw translated;
      throw new StoreError('migration', `expected the store schema to migrate to "${latest}", but it failed: ${error instanceof Error ? error.message : String(error)}`, error);
    }
  }
  const migrator = new Migrator({
    db,
    migrationTableSchema: schema,
    provider: { getMigrations: async () => ({ ...migrations }) },
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const translated = backend.translateError(error);
    if (translated instanceof StoreError) throw translated;
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'before any migration ran';
    throw new StoreError('migration', `expected the store schema to migrate to "${latest}", but "${failed}" failed: ${error instanceof Error ? error.message : String(error)}`, error);
  }
}
