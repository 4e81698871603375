import { sql, type Kysely } from 'kysely';
import type { SearchHit } from '../store.js';
import type { StoreBackend } from '../store-backend.js';
import { insertRowsInChunks } from '../insert-rows-in-chunks.js';
import { StoreError } from '../store-error.js';
import { toTsQuery } from './fts-to-tsquery.js';

/** The text search configuration of a store: English stems without stop words, accents folded when `unaccent` is there. */
const TEXT_CONFIG = 'ng_english';
const MAX_PARAMETERS = 65_535;
const SNIPPET_WORDS = 16;
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'EPIPE']);

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function headlineValue(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** The schema that holds the `unaccent` dictionary, creating the extension in `public` when it can; null when there is none. */
async function unaccentSchema(db: Kysely<unknown>): Promise<string | null> {
  const installed = async (): Promise<string | null> => {
    const { rows } = await sql<{ schema: string }>`
      select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'unaccent'`.execute(db);
    return rows[0]?.schema ?? null;
  };
  const found = await installed();
  if (found !== null) return found;
  const { rows } = await sql`select 1 from pg_available_extensions where name = 'unaccent'`.execute(db);
  if (rows.length === 0) return null;
  await sql`savepoint unaccent`.execute(db);
  try {
    await sql`create extension if not exists unaccent schema public`.execute(db);
    await sql`release savepoint unaccent`.execute(db);
  } catch {
    await sql`rollback to savepoint unaccent`.execute(db);
  }
  return installed();
}

/**
 * The PostgreSQL backend of a store whose tables live in `schema`: identity keys, a weighted
 * `tsvector` column with a GIN index (title weight A, text B), `ts_rank` scores and `ts_headline`
 * snippets, the store's FTS5 query syntax compiled to `to_tsquery`, writes serialised per store by a
 * transaction-level advisory lock, and SQLSTATE codes mapped to `StoreError`s.
 */
export function postgresBackend(schema: string): StoreBackend {
  return {
    maxParameters: MAX_PARAMETERS,
    schema,

    autoKey: (column) => column.generatedAlwaysAsIdentity().primaryKey(),

    async createTextIndex(db) {
      const unaccent = await unaccentSchema(db);
      await sql`create text search dictionary ng_stem (template = snowball, language = english)`.execute(db);
      await sql`create text search configuration ${sql.id(TEXT_CONFIG)} (copy = english)`.execute(db);
      const filters = unaccent === null ? sql`ng_stem` : sql`${sql.id(unaccent, 'unaccent')}, ng_stem`;
      await sql`alter text search configuration ${sql.id(TEXT_CONFIG)}
        alter mapping for asciiword, word, numword, hword_asciipart, hword_part, hword_numpart with ${filters}`.execute(db);
      await sql`alter text search configuration ${sql.id(TEXT_CONFIG)} drop mapping for asciihword, hword, numhword`.execute(db);
      await sql`alter table articles add column search_vector tsvector generated always as (
        setweight(to_tsvector(${sql.lit(TEXT_CONFIG)}, coalesce(title, '')), 'A') ||
        setweight(to_tsvector(${sql.lit(TEXT_CONFIG)}, coalesce(text, '')), 'B')) stored`.execute(db);
      await sql`create index articles_search on articles using gin (search_vector)`.execute(db);
    },

    async search(db, search) {
      const compiled = toTsQuery(search.query, search.plain);
      if (compiled === null) return [];
      const [open, close] = search.marks;
      const options = `StartSel=${headlineValue(open)}, StopSel=${headlineValue(close)}, MaxWords=${SNIPPET_WORDS}, MinWords=${SNIPPET_WORDS / 2}, MaxFragments=1, FragmentDelimiter="…"`;
      try {
        const { rows } = await sql<Omit<SearchHit, 'snippet'> & { readonly titleSnippet: string; readonly textSnippet: string }>`
          with q as (select to_tsquery(${sql.lit(TEXT_CONFIG)}, ${compiled}) as query),
          matched as (
            select a.seq from articles a, q
            where a.search_vector @@ q.query
              ${search.since === null ? sql`` : sql`and a.published_end >= ${search.since} and a.published_start >= ${search.startsFrom}`}
              ${search.until === null ? sql`` : sql`and a.published_start <= ${search.until}`}
            order by a.seq desc
            limit ${search.ranked}),
          hits as (
            select a.seq, ts_rank(array[0.1, 0.2, 0.25, 1.0]::float4[], a.search_vector, q.query) as score
            from matched m join articles a on a.seq = m.seq, q
            order by score desc, a.seq
            limit ${search.limit} offset ${search.offset})
          select a.id, a.title, a.published, a.source, h.score,
            ts_headline(${sql.lit(TEXT_CONFIG)}, coalesce(a.title, ''), q.query, ${options}) as "titleSnippet",
            ts_headline(${sql.lit(TEXT_CONFIG)}, coalesce(a.text, ''), q.query, ${options}) as "textSnippet"
          from hits h join articles a on a.seq = h.seq, q
          order by h.score desc, h.seq`.execute(db);
        const joined = new RegExp(`${escapeRegExp(close)}(\\s+)${escapeRegExp(open)}`, 'g');
        return rows.map(({ titleSnippet, textSnippet, ...hit }) => ({
          ...hit,
          snippet: (textSnippet.includes(open) || !titleSnippet.includes(open) ? textSnippet : titleSnippet).replace(joined, '$1'),
        }));
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (code === '42601' || code === '54000') {
          throw new StoreError('bad-query', `expected a search query PostgreSQL can run, got ${JSON.stringify(search.query)} (${errorText(error)})`, error);
        }
        throw error;
      }
    },

    async write(db, work) {
      return db.transaction().execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(hashtextextended(${`newsgraph:${schema}`}, 0))`.execute(trx);
        return work(trx);
      });
    },

    insertRows: (trx, table, rows) => insertRowsInChunks(trx, table, rows, MAX_PARAMETERS),

    withDiskSorts: (_db, work) => work(),

    async indexNames(db) {
      const { rows } = await sql<{ name: string }>`select indexname as name from pg_indexes where schemaname = ${schema}`.execute(db);
      return new Set(rows.map((r) => r.name));
    },

    translateError(error) {
      if (error instanceof StoreError) return error;
      const code = (error as { code?: unknown } | null)?.code;
      if (typeof code !== 'string') return error;
      const detail = errorText(error);
      if (code === '55P03' || code === '40P01' || code === '40001') {
        return new StoreError('locked', `expected to get the store within the lock timeout, but another connection holds it (${detail})`, error);
      }
      if (code === '25006') return new StoreError('readonly', `expected a writable store, but it is read-only (${detail})`, error);
      if (code === '3D000' || code === '3F000') return new StoreError('not-found', `expected an existing database and schema, but there is none (${detail})`, error);
      if (code.startsWith('XX')) return new StoreError('corrupt', `expected a sound PostgreSQL database, but it reports damage (${detail})`, error);
      if (CONNECTION_CODES.has(code) || code.startsWith('08') || code.startsWith('28') || code.startsWith('53') || code.startsWith('57') || code === '42501') {
        return new StoreError('io', `expected to reach and use the PostgreSQL server, but could not (${detail})`, error);
      }
      return error;
    },
  };
}
