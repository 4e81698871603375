import type { Kysely } from 'kysely';
import { eventQuery, storedEvent } from './event-query.js';
import { pageBounds } from './query-bounds.js';
import type { EventFilter, StoredEvent } from './store.js';
import type { StoreDatabase } from './store-database.js';

const DEFAULT_LIMIT = 100;

/**
 * The stored events that pass a filter, newest first (by event date, else article date).
 * Each filter is served by an index already in date order, so a page costs about its own size:
 * a dyad of two actor prefixes of whole three-letter parts by `event_dyads`, an actor prefix of
 * whole parts by `event_actors`, a code by `root` (2 digits), `code3` (3) or `code` (4, the longest
 * CAMEO codes), dates by `date_start`. Broad or odd prefixes (a 1-digit code, an actor like `IR`
 * or `IRNG`) walk the events in date order and test each.
 */
export async function listEvents(db: Kysely<StoreDatabase>, filter: EventFilter = {}): Promise<StoredEvent[]> {
  const page = pageBounds(filter.limit, filter.offset, DEFAULT_LIMIT);
  const { query, driving } = eventQuery(db, filter);
  const rows = await query
    .orderBy(driving('date_start'), 'desc')
    .orderBy(driving('article'), 'desc')
    .orderBy(driving('idx'), 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map(storedEvent);
}
