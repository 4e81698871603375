import { CompiledQuery, type Compilable, type Kysely } from 'kysely';
import type { StoreDatabase } from './store-database.js';

/** The comment that opens a statement whose rows the SQLite driver hands over as arrays (see `openSqlite`). */
export const ARRAY_ROWS = '/* array rows */ ';

/**
 * Runs a query and gives its rows as arrays of column values, in the order selected: on SQLite as
 * the driver reads them (no object per row), elsewhere the values of each row object. Selected
 * names must differ, as a row object keeps one value per name.
 */
export async function arrayRows(db: Kysely<StoreDatabase>, query: Compilable): Promise<(readonly unknown[])[]> {
  const { sql, parameters } = query.compile();
  const { rows } = await db.executeQuery<unknown>(CompiledQuery.raw(ARRAY_ROWS + sql, [...parameters]));
  return rows.map((row) => (Array.isArray(row) ? row : Object.values(row as object)));
}
