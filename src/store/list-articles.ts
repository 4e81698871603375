import type { Kysely } from 'kysely';
import { dayBound, pageBounds } from './query-bounds.js';
import type { ArticleFilter, ArticleSummary } from './store.js';
import type { StoreDatabase } from './store-database.js';

const DEFAULT_LIMIT = 20;

/**
 * Stored articles newest first (by the first day their date covers; undated last, then the latest
 * stored first), through the `articles_newest` index; `entity` keeps those with an entity of that key.
 */
export async function listArticles(db: Kysely<StoreDatabase>, filter: ArticleFilter = {}): Promise<ArticleSummary[]> {
  const page = pageBounds(filter.limit, filter.offset, DEFAULT_LIMIT);
  const since = dayBound(filter.since, 'since');
  const until = dayBound(filter.until, 'until');
  const entity = filter.entity;
  return db
    .selectFrom('articles as a')
    .select(['a.id', 'a.title', 'a.published', 'a.source', 'a.url'])
    .$if(since !== null, (q) => q.where('a.published_end', '>=', since!))
    .$if(until !== null, (q) => q.where('a.published_start', '<=', until!))
    .$if(entity !== undefined, (q) => q.where('a.seq', 'in', (eb) => eb.selectFrom('entities').select('article').where('entity_key', '=', entity!)))
    .orderBy('a.published_start', 'desc')
    .orderBy('a.seq', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}
