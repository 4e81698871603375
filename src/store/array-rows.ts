import { CompiledQuery, SqliteAdapter, type Compilable, type Kysely, type OperationNodeSource, type SelectQueryNode } from 'kysely';
import type { StoreDatabase } from './store-database.js';

/**
 * Runs a select and gives its rows as arrays of column values, in the order selected. On SQLite
 * the rows come as one JSON array, built in the query and parsed at once (the driver hands over one
 * value, not each value of each row); elsewhere they are the values of each row object. Selected
 * names must differ, as a row object keeps one value per name; values are numbers, strings or null.
 */
export async function arrayRows(db: Kysely<StoreDatabase>, query: Compilable & OperationNodeSource): Promise<(readonly unknown[])[]> {
  const { sql, parameters } = query.compile();
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) {
    const { rows } = await db.executeQuery<object>(CompiledQuery.raw(sql, [...parameters]));
    return rows.map((row) => Object.values(row));
  }
  const names = ((query.toOperationNode() as SelectQueryNode).selections ?? []).map((_, i) => `c${i}`).join(', ');
  const wrapped = `with q(${names}) as (${sql}) select json_group_array(json_array(${names})) as list from q`;
  const { rows } = await db.executeQuery<{ list: string }>(CompiledQuery.raw(wrapped, [...parameters]));
  return JSON.parse(rows[0]!.list) as unknown[][];
}
