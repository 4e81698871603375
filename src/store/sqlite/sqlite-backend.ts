import { sql, type RawBuilder, type SqliteDatabase } from 'kysely';
import type { SearchHit } from '../store.js';
import type { StoreBackend, TextSearch } from '../store-backend.js';
import { StoreError } from '../store-error.js';

/** How long a statement waits for another connection's lock before `locked`, in ms, by default. */
export const BUSY_TIMEOUT_MS = 5000;

const QUERY_HELP =
  'expected an FTS5 query: words, "quoted phrases", AND / OR / NOT, prefix*, title: or text: (quote words with punctuation, e.g. "al-Assad")';

function isFtsSyntaxError(error: unknown): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === 'SQLITE_ERROR' && typeof message === 'string' && /^(fts5:|no such column|unknown special query|unterminated string)/.test(message);
}

/** Plain words as an FTS5 query: each word a quoted string, all required. */
function plainQuery(words: string): string {
  return words
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => `"${w.replace(/"/g, '""')}"`)
    .join(' ');
}

/** The conditions on `articles` of a search's dates, served by the index on `published_start`. */
function datesOf(search: TextSearch): RawBuilder<unknown> {
  const conditions = [
    ...(search.since === null ? [] : [sql`published_end >= ${search.since}`, sql`published_start >= ${search.startsFrom}`]),
    ...(search.until === null ? [] : [sql`published_start <= ${search.until}`]),
  ];
  return sql.join(conditions, sql` and `);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The `StoreError` a better-sqlite3 error stands for (`locked`, `readonly`, `corrupt`, `io`), else the error itself. */
export function translateSqliteError(error: unknown): unknown {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return error;
  const detail = errorText(error);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StoreError('locked', `expected to get the database within the busy timeout, but another connection holds it (${detail})`, error);
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new StoreError('readonly', `expected a writable store, but it is read-only (${detail})`, error);
  }
  if (code === 'SQLITE_NOTADB') {
    return new StoreError('corrupt', `expected a SQLite database, but the file is not one (${detail})`, error);
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new StoreError('corrupt', `expected a sound SQLite database, but it is damaged (${detail})`, error);
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_FULL' || code.startsWith('SQLITE_PERM')) {
    return new StoreError('io', `expected to read and write the store file, but could not (${detail})`, error);
  }
  return error;
}

function quoted(name: string): string {
  return `"${name}"`;
}

/**
 * The SQLite backend of a store over `database` (as Kysely's dialect has it): FTS5 with BM25 and
 * snippets, `BEGIN IMMEDIATE` writes, rows inserted one prepared statement at a time (faster than
 * many-row statements here), SQLite error codes.
 */
export function sqliteBackend(database: SqliteDatabase): StoreBackend {
  return {
    maxParameters: 32_766,

    autoKey: (column) => column.primaryKey(),

    async createTextIndex(db) {
      await sql`create virtual table articles_fts using fts5(
        title, text, content = 'articles', content_rowid = 'seq', tokenize = 'porter unicode61 remove_diacritics 2'
      )`.execute(db);
      await sql`insert into articles_fts (articles_fts, rank) values ('rank', 'bm25(4.0, 1.0)')`.execute(db);
      await sql`create trigger articles_fts_insert after insert on articles begin
        insert into articles_fts (rowid, title, text) values (new.seq, new.title, new.text);
      end`.execute(db);
      await sql`create trigger articles_fts_delete after delete on articles begin
        insert into articles_fts (articles_fts, rowid, title, text) values ('delete', old.seq, old.title, old.text);
      end`.execute(db);
      await sql`create trigger articles_fts_update after update of title, text on articles begin
        insert into articles_fts (articles_fts, rowid, title, text) values ('delete', old.seq, old.title, old.text);
        insert into articles_fts (rowid, title, text) values (new.seq, new.title, new.text);
      end`.execute(db);
    },

    async search(db, search) {
      try {
        const [open, close] = search.marks;
        const match = search.plain ? plainQuery(search.query) : search.query;
        // Ranks only the newest `ranked` matches (FTS5 reads them in rowid order); `cross join` keeps the page's
        // hits the outer loop, so snippets are made for them alone.
        const dated = search.since !== null || search.until !== null;
        const { rows } = await sql<Omit<SearchHit, 'snippet'> & { readonly titleSnippet: string; readonly textSnippet: string }>`
          with matched as (
            select rowid as seq, rank from articles_fts
            where articles_fts match ${match}
              ${dated ? sql`and +rowid in (select seq from articles where ${datesOf(search)})` : sql``}
            order by rowid desc
            limit ${search.ranked}),
          top as (select seq, rank from matched order by rank, seq limit ${search.limit} offset ${search.offset})
          select a.id, a.title, a.published, a.source,
            snippet(articles_fts, 0, ${open}, ${close}, '…', 16) as titleSnippet,
            snippet(articles_fts, 1, ${open}, ${close}, '…', 16) as textSnippet,
            -top.rank as score
          from top cross join articles_fts on articles_fts.rowid = top.seq join articles a on a.seq = top.seq
          where articles_fts match ${match}
          order by top.rank, top.seq`.execute(db);
        return rows.map(({ titleSnippet, textSnippet, ...hit }) => ({
          ...hit,
          snippet: textSnippet.includes(open) || !titleSnippet.includes(open) ? textSnippet : titleSnippet,
        }));
      } catch (error) {
        if (isFtsSyntaxError(error)) {
          throw new StoreError('bad-query', `${QUERY_HELP}; got ${JSON.stringify(search.query)} (${errorText(error)})`, error);
        }
        throw error;
      }
    },

    async write(db, work) {
      return db.connection().execute(async (conn) => {
        await sql`begin immediate`.execute(conn);
        try {
          const result = await work(conn);
          await sql`commit`.execute(conn);
          return result;
        } catch (error) {
          await sql`rollback`.execute(conn).catch(() => undefined);
          throw error;
        }
      });
    },

    async insertRows(_trx, table, rows) {
      if (rows.length === 0) return;
      const columns = Object.keys(rows[0]!);
      const statement = database.prepare(`insert into ${quoted(table)} (${columns.map(quoted).join(', ')}) values (${columns.map(() => '?').join(', ')})`);
      const values: unknown[] = new Array(columns.length);
      for (const row of rows as readonly Readonly<Record<string, unknown>>[]) {
        for (let i = 0; i < columns.length; i++) values[i] = row[columns[i]!] ?? null;
        statement.run(values);
      }
    },

    async withDiskSorts(db, work) {
      await sql`pragma temp_store = FILE`.execute(db);
      try {
        return await work();
      } finally {
        await sql`pragma temp_store = MEMORY`.execute(db);
      }
    },

    async indexNames(db) {
      const { rows } = await sql<{ name: string }>`select name from sqlite_schema where type = 'index'`.execute(db);
      return new Set(rows.map((r) => r.name));
    },

    translateError: translateSqliteError,
  };
}
