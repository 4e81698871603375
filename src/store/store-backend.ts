import type { ColumnDefinitionBuilder, Insertable, Kysely } from 'kysely';
import type { SearchHit } from './store.js';
import type { StoreDatabase, StoreTable } from './store-database.js';

/** A full-text search, its dates already turned into days (YYYY-MM-DD). */
export interface TextSearch {
  readonly query: string;
  /** The query is plain words, not FTS syntax. */
  readonly plain: boolean;
  readonly limit: number;
  readonly offset: number;
  /**
   * How many matches are ranked: the most recently stored ones that pass the dates (never fewer
   * than `offset + limit`), so that a query matching much of a large store costs about as much as one
   * matching a few thousand articles.
   */
  readonly ranked: number;
  /** The first day a matching article may start on, for the date index (see `earliestStart`); null without `since`. */
  readonly startsFrom: string | null;
  readonly since: string | null;
  readonly until: string | null;
  readonly marks: readonly [open: string, close: string];
}

/**
 * The parts of the store that depend on the SQL dialect: full-text index and search, write
 * transactions and the driver's errors. Everything else is plain Kysely over {@link StoreDatabase}.
 */
export interface StoreBackend {
  /** Most parameters one statement may bind. */
  readonly maxParameters: number;
  /** The schema that holds the store's tables where a database has several (PostgreSQL); absent for SQLite. */
  readonly schema?: string;
  /** Makes an integer column the table's key, numbered by the database on insert. */
  autoKey(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /** Creates the full-text index over the articles' title and text, kept in step with `articles`. */
  createTextIndex(db: Kysely<unknown>): Promise<void>;
  /** Articles matching a full-text query, best first; `bad-query` for invalid query syntax. */
  search(db: Kysely<StoreDatabase>, search: TextSearch): Promise<SearchHit[]>;
  /** Runs `work` in one transaction that holds the write lock from its start; rolls back if it throws. */
  write<T>(db: Kysely<StoreDatabase>, work: (trx: Kysely<StoreDatabase>) => Promise<T>): Promise<T>;
  /**
   * Inserts rows into a table within `write`, given its `trx`, the driver's fastest way. Every row has
   * the keys of the first; a key whose value is undefined stores null.
   */
  insertRows<T extends StoreTable>(trx: Kysely<StoreDatabase>, table: T, rows: readonly Insertable<StoreDatabase[T]>[]): Promise<void>;
  /** Runs `work` (outside a transaction) with the database's large sorts, such as an index build, spilled to disk rather than held in memory. */
  withDiskSorts<T>(db: Kysely<StoreDatabase>, work: () => Promise<T>): Promise<T>;
  /** The names of the indexes on the store's tables. */
  indexNames(db: Kysely<StoreDatabase>): Promise<ReadonlySet<string>>;
  /** The `StoreError` a driver error stands for (`locked`, `readonly`, `corrupt`, ...), else the error itself. */
  translateError(error: unknown): unknown;
}
