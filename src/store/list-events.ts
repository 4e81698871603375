import { sql, type Kysely } from 'kysely';
import type { NewsEvent } from '../analyze/record.js';
import { ACTOR_PART } from './actor-keys.js';
import { prefixBound } from './prefix-bound.js';
import { dayBound, pageBounds } from './query-bounds.js';
import { recordCodecs } from './record-codecs.js';
import type { EventFilter, StoredEvent } from './store.js';
import type { StoreDatabase } from './store-database.js';

const DEFAULT_LIMIT = 100;
/** No date range is longer than a year, so an event ending on or after D starts on or after D less this. */
const LONGEST_RANGE_DAYS = 366;

function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The stored events that pass a filter, newest first (by event date, else article date).
 * Each filter is served by an index already in date order, so a page costs about its own size:
 * an actor prefix of whole three-letter parts by `event_actors`, a code by `root` (2 digits),
 * `code3` (3) or `code` (4, the longest CAMEO codes), dates by `date_start`. Broad or odd prefixes
 * (a 1-digit code, an actor like `IR` or `IRNG`) walk the events in date order and test each.
 */
export async function listEvents(db: Kysely<StoreDatabase>, filter: EventFilter = {}): Promise<StoredEvent[]> {
  const page = pageBounds(filter.limit, filter.offset, DEFAULT_LIMIT);
  const since = dayBound(filter.since, 'since');
  const until = dayBound(filter.until, 'until');
  const actor = filter.actor ?? '';
  const code = filter.code ?? '';
  const byKey = actor !== '' && actor.length % ACTOR_PART === 0;

  const driving = (column: 'date_start' | 'article' | 'idx') => sql.ref<string | number | null>(`${byKey ? 'k' : 'e'}.${column}`);

  let query = db
    .selectFrom('events as e')
    .innerJoin('articles as a', 'a.seq', 'e.article')
    .selectAll('e')
    .select(['a.id as article_id', 'a.title as article_title', 'a.published as article_published', 'a.url as article_url'])
    .$if(byKey, (q) =>
      q
        .innerJoin('event_actors as k', (join) => join.onRef('k.article', '=', 'e.article').onRef('k.idx', '=', 'e.idx'))
        .where('k.actor', '=', actor)
        .$if(code.length === 2, (qk) => qk.where('k.root', '=', code)),
    );
  if (!byKey && actor !== '') {
    const bound = prefixBound(actor);
    query = query.where((eb) =>
      eb.or([
        eb.and([eb('e.source_actor', '>=', actor), eb('e.source_actor', '<', bound)]),
        eb.and([eb('e.target_actor', '>=', actor), eb('e.target_actor', '<', bound)]),
      ]),
    );
  }
  if (code.length === 1) query = query.where((eb) => eb(eb.fn('substr', ['e.root', eb.val(1), eb.val(1)]), '=', code));
  else if (code.length === 2) query = query.where('e.root', '=', code);
  else if (code.length === 3) query = query.where('e.code3', '=', code);
  else if (code !== '') query = query.where('e.code', '=', code);
  if (since !== null) query = query.where('e.date_end', '>=', since).where(driving('date_start'), '>=', daysBefore(since, LONGEST_RANGE_DAYS));
  if (until !== null) query = query.where(driving('date_start'), '<=', until);
  const modality = filter.modality ?? [];
  if (modality.length === 1) query = query.where('e.modality', '=', modality[0]!);
  else if (modality.length > 1) query = query.where('e.modality', 'in', [...modality]);
  if (filter.articleId !== undefined) query = query.where('a.id', '=', filter.articleId);

  const rows = await query
    .orderBy(driving('date_start'), 'desc')
    .orderBy(driving('article'), 'desc')
    .orderBy(driving('idx'), 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map((row) => ({
    ...(recordCodecs.event.decode(row, row.shape, {}) as unknown as NewsEvent),
    articleId: row.article_id,
    index: row.idx,
    articleTitle: row.article_title,
    published: row.article_published,
    url: row.article_url,
  }));
}
