import type { Insertable, Kysely } from 'kysely';
import type { StoreDatabase, StoreTable } from './store-database.js';

const MAX_ROWS_PER_INSERT = 500;

/** Rows as many-row statements take them: at most 500 rows and `maxParameters` bound values (a value per key of the first row) to a run. */
export function parameterChunks<T extends object>(rows: readonly T[], maxParameters: number): T[][] {
  if (rows.length === 0) return [];
  const columns = Math.max(1, Object.keys(rows[0]!).length);
  const size = Math.max(1, Math.min(MAX_ROWS_PER_INSERT, Math.floor(maxParameters / columns)));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Inserts rows through Kysely, many to a statement: the way of a backend whose driver has none faster. */
export async function insertRowsInChunks<T extends StoreTable>(
  trx: Kysely<StoreDatabase>,
  table: T,
  rows: readonly Insertable<StoreDatabase[T]>[],
  maxParameters: number,
): Promise<void> {
  for (const part of parameterChunks(rows, maxParameters)) {
    await trx.insertInto(table).values(part as never).execute();
  }
}
