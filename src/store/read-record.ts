import type { Kysely } from 'kysely';
import type { AnalysisRecord } from '../analyze/record.js';
import { rebuildRecord } from './rebuild-record.js';
import type { StoreDatabase } from './store-database.js';

/** Reads one article's rows in a single read transaction and rebuilds its record; null when absent. */
export async function readRecord(db: Kysely<StoreDatabase>, id: string): Promise<AnalysisRecord | null> {
  return db.transaction().execute(async (trx) => {
    const article = await trx.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
    if (!article) return null;
    const seq = article.seq;
    const entities = await trx.selectFrom('entities').selectAll().where('article', '=', seq).orderBy('idx').execute();
    const mentions = await trx.selectFrom('mentions').selectAll().where('article', '=', seq).orderBy('entity_idx').orderBy('idx').execute();
    const quotes = await trx.selectFrom('quotes').selectAll().where('article', '=', seq).orderBy('idx').execute();
    const claims = await trx.selectFrom('claims').selectAll().where('article', '=', seq).orderBy('idx').execute();
    const events = await trx.selectFrom('events').selectAll().where('article', '=', seq).orderBy('idx').execute();
    const times = await trx.selectFrom('times').selectAll().where('article', '=', seq).orderBy('idx').execute();
    const quality = (await trx.selectFrom('quality').selectAll().where('article', '=', seq).executeTakeFirst()) ?? null;
    return rebuildRecord({ article, entities, mentions, quotes, claims, events, times, quality });
  });
}
