import { sql, type Kysely } from 'kysely';
import { eventQuery, storedEvent, type EventRow } from './event-query.js';
import { pageBounds } from './query-bounds.js';
import type { EventFilter, StoredEvent } from './store.js';
import type { StoreDatabase } from './store-database.js';

/** Where the last page ended: the driving index's columns of its last row. */
interface Cursor {
  readonly date: string | null;
  readonly article: number;
  readonly idx: number;
}

/** Events read per query. */
export const STREAM_PAGE = 500;

/**
 * The events that pass a filter, newest first as `listEvents` orders them, read a page at a time
 * by keyset (each page starts after the last row of the one before, through the index that drives
 * the query): constant memory and about constant time per page on any store. The dated events
 * come first, then the undated. `limit` and `offset` apply to the whole stream (no limit: all).
 */
export async function* streamEvents(db: Kysely<StoreDatabase>, filter: EventFilter = {}): AsyncGenerator<StoredEvent> {
  const page = pageBounds(filter.limit, filter.offset, Number.MAX_SAFE_INTEGER);
  const { query, driving } = eventQuery(db, filter);
  const [date, article, idx] = [driving('date_start'), driving('article'), driving('idx')];
  let skip = page.offset;
  let left = page.limit;
  for (const dated of [true, false]) {
    let after: Cursor | null = null;
    while (left > 0) {
      const from: Cursor | null = after;
      const rows: EventRow[] = await query
        .where(date, dated ? 'is not' : 'is', null)
        .$if(from !== null && dated, (q) => q.where(sql<boolean>`(${date}, ${article}, ${idx}) < (${from!.date}, ${from!.article}, ${from!.idx})`))
        .$if(from !== null && !dated, (q) => q.where(sql<boolean>`(${article}, ${idx}) < (${from!.article}, ${from!.idx})`))
        .orderBy(date, 'desc')
        .orderBy(article, 'desc')
        .orderBy(idx, 'desc')
        .limit(STREAM_PAGE)
        .execute();
      for (const row of rows) {
        if (skip > 0) {
          skip--;
          continue;
        }
        if (left === 0) return;
        left--;
        yield storedEvent(row);
      }
      if (rows.length < STREAM_PAGE) break;
      const last = rows[rows.length - 1]!;
      after = { date: last.date_start, article: last.article, idx: last.idx };
    }
  }
}
