import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreBackend } from '../store-backend.js';

/** The columns of an event and its article that a dyad series reads, copied into each `event_dyads` row. */
const COPIED = [
  ['article_id', 'text'],
  ['published', 'text'],
  ['outlet', 'text'],
  ['root', 'text'],
  ['quad_class', 'integer'],
  ['goldstein', 'double precision'],
  ['sentence_start', 'integer'],
  ['date_end', 'text'],
  ['modality', 'text'],
] as const;

/**
 * What a dyad series reads of each event and its article (id, published date, outlet else URL;
 * root, quad class, Goldstein score, sentence start, date end, modality), copied into
 * `event_dyads` and filled in for the stored rows, so a series walks the dyad index without
 * reading events or articles. On SQLite (the backend without a schema) the dyad index holds them
 * all, so no row is looked up; on PostgreSQL, whose index entries are limited in size, it stays as it is.
 */
export function dyadSeriesColumns(backend: StoreBackend): Migration {
  return {
    async up(db: Kysely<unknown>) {
      for (const [column, type] of COPIED) await db.schema.alterTable('event_dyads').addColumn(column, type).execute();
      await sql`
        update event_dyads set
          article_id = a.id, published = a.published, outlet = coalesce(a.source, a.url),
          root = e.root, quad_class = e.quad_class, goldstein = e.goldstein,
          sentence_start = e.sentence_start, date_end = e.date_end, modality = e.modality
        from events e, articles a
        where e.article = event_dyads.article and e.idx = event_dyads.idx and a.seq = event_dyads.article`.execute(db);
      if (backend.schema === undefined) {
        await db.schema.dropIndex('event_dyads_date').execute();
        await db.schema
          .createIndex('event_dyads_date')
          .on('event_dyads')
          .columns(['a', 'b', 'date_start', 'article', 'idx', ...COPIED.map(([column]) => column)])
          .execute();
      }
    },
  };
}
