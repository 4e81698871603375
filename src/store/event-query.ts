import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { NewsEvent, Stance } from '../analyze/record.js';
import { ACTOR_PART } from './actor-keys.js';
import { dyadKey } from './dyad-keys.js';
import { prefixBound } from './prefix-bound.js';
import { dayBound } from './query-bounds.js';
import { recordCodecs } from './record-codecs.js';
import type { EventFilter, StoredEvent } from './store.js';
import type { StoreDatabase } from './store-database.js';
import { StoreError } from './store-error.js';

/** No date range is longer than a year, so an event ending on or after D starts on or after D less this. */
const LONGEST_RANGE_DAYS = 366;

/**
 * The earliest `date_start` of an event whose date ends on or after the day `since`: a bound
 * the date indexes can serve, beside the exact test on `date_end`.
 */
export function earliestStart(since: string): string {
  return new Date(Date.parse(`${since}T00:00:00Z`) - LONGEST_RANGE_DAYS * 86_400_000).toISOString().slice(0, 10);
}

/** Whether an actor prefix is whole three-letter parts, which the actor and dyad indexes hold. */
export function wholeParts(code: string): boolean {
  return code !== '' && code.length % ACTOR_PART === 0;
}

function dyadOf(filter: EventFilter): readonly [string, string] | null {
  if (filter.dyad === undefined) return null;
  const [a, b] = filter.dyad;
  if (typeof a !== 'string' || typeof b !== 'string' || a === '' || b === '') {
    throw new StoreError('bad-query', `expected dyad to be two actor codes such as ['IRN', 'RUS'], got ${JSON.stringify(filter.dyad)}`);
  }
  return [a, b];
}

/** The table whose index drives an event query, in date order: the dyad index, the actor index, or the events. */
type Driver = 'd' | 'k' | 'e';

/** A driving table's column: the event's date start, article and index, copied into each index table. */
type DrivingColumn = 'date_start' | 'article' | 'idx';

/**
 * The events that pass a filter (`e`), joined to their article (`a`) and corpus link (`c`), nothing
 * selected, not yet ordered or paged; and `driving`, the columns of the table whose index serves it
 * in date order (order and page by them): `event_dyads` for a dyad of two prefixes of whole
 * three-letter parts, else `event_actors` for an actor (or one dyad side) of whole parts, else
 * `events`. The other filters are conditions on the rows it walks. `bad-query` for a date that is
 * not ISO 8601 or a dyad that is not two codes.
 */
export function filteredEvents(db: Kysely<StoreDatabase>, filter: EventFilter) {
  const since = dayBound(filter.since, 'since');
  const until = dayBound(filter.until, 'until');
  const actor = filter.actor ?? '';
  const code = filter.code ?? '';
  const dyad = dyadOf(filter);
  const pair = dyad !== null && wholeParts(dyad[0]) && wholeParts(dyad[1]) ? dyadKey(dyad[0], dyad[1]) : null;
  const key = pair !== null ? null : wholeParts(actor) ? actor : (dyad?.find(wholeParts) ?? null);
  const driver: Driver = pair !== null ? 'd' : key !== null ? 'k' : 'e';
  const driving = (column: DrivingColumn): RawBuilder<string | number | null> => sql.ref(`${driver}.${column}`);

  let query = db
    .selectFrom('events as e')
    .innerJoin('articles as a', 'a.seq', 'e.article')
    .leftJoin('corpus as c', 'c.article', 'e.article')
    .$if(pair !== null, (q) =>
      q
        .innerJoin('event_dyads as d', (join) => join.onRef('d.article', '=', 'e.article').onRef('d.idx', '=', 'e.idx'))
        .where('d.a', '=', pair![0])
        .where('d.b', '=', pair![1]),
    )
    .$if(key !== null, (q) =>
      q
        .innerJoin('event_actors as k', (join) => join.onRef('k.article', '=', 'e.article').onRef('k.idx', '=', 'e.idx'))
        .where('k.actor', '=', key!)
        .$if(code.length === 2, (qk) => qk.where('k.root', '=', code)),
    );
  if (actor !== '' && actor !== key) {
    const bound = prefixBound(actor);
    query = query.where((eb) =>
      eb.or([
        eb.and([eb('e.source_actor', '>=', actor), eb('e.source_actor', '<', bound)]),
        eb.and([eb('e.target_actor', '>=', actor), eb('e.target_actor', '<', bound)]),
      ]),
    );
  }
  if (dyad !== null && pair === null) {
    const [x, y] = dyad;
    query = query.where((eb) => {
      const side = (column: 'e.source_actor' | 'e.target_actor', prefix: string) => eb.and([eb(column, '>=', prefix), eb(column, '<', prefixBound(prefix))]);
      return eb.or([
        eb.and([side('e.source_actor', x), side('e.target_actor', y)]),
        eb.and([side('e.source_actor', y), side('e.target_actor', x)]),
      ]);
    });
  }
  if (code.length === 1) query = query.where((eb) => eb(eb.fn('substr', ['e.root', eb.val(1), eb.val(1)]), '=', code));
  else if (code.length === 2 && driver !== 'k') query = query.where('e.root', '=', code);
  else if (code.length === 3) query = query.where('e.code3', '=', code);
  else if (code.length > 3) query = query.where('e.code', '=', code);
  if (since !== null) query = query.where('e.date_end', '>=', since).where(driving('date_start'), '>=', earliestStart(since));
  if (until !== null) query = query.where(driving('date_start'), '<=', until);
  const modality = filter.modality ?? [];
  if (modality.length === 1) query = query.where('e.modality', '=', modality[0]!);
  else if (modality.length > 1) query = query.where('e.modality', 'in', [...modality]);
  if (filter.articleId !== undefined) query = query.where('a.id', '=', filter.articleId);
  return { query, driving };
}

/**
 * The query of the events that pass a filter, each with its article, corpus link and claim, not yet
 * ordered or paged, and its driving columns (see {@link filteredEvents}).
 */
export function eventQuery(db: Kysely<StoreDatabase>, filter: EventFilter) {
  const { query, driving } = filteredEvents(db, filter);
  return {
    query: query
      .leftJoin('claims as cl', (join) => join.onRef('cl.article', '=', 'e.article').onRef('cl.idx', '=', 'e.claim'))
      .selectAll('e')
      .select([
        'a.id as article_id',
        'a.title as article_title',
        'a.published as article_published',
        'a.url as article_url',
        'a.source as article_source',
        'c.story as corpus_story',
        'c.copy_of as corpus_copy_of',
        'cl.idx as claim_idx',
        'cl.source_entity as claim_source_entity',
        'cl.source_name as claim_source_name',
        'cl.via_entity as claim_via_entity',
        'cl.via_name as claim_via_name',
        'cl.stance as claim_stance',
      ]),
    driving,
  };
}

/** One row of an event query. */
export type EventRow = Awaited<ReturnType<ReturnType<typeof eventQuery>['query']['executeTakeFirstOrThrow']>>;

/** The claim fields of a stored event whose claim is stored, else none. */
function claimFields(row: EventRow): Pick<StoredEvent, 'claimSource' | 'claimVia' | 'claimStance'> {
  if (row.claim_idx === null || row.claim_source_name === null || row.claim_stance === null) return {};
  return {
    claimSource: { entity: row.claim_source_entity, name: row.claim_source_name },
    claimVia: row.claim_via_name === null ? null : { entity: row.claim_via_entity, name: row.claim_via_name },
    claimStance: row.claim_stance as Stance,
  };
}

/** The stored event a row of an event query holds, with its claim's source, relay and stance when it is part of one. */
export function storedEvent(row: EventRow): StoredEvent {
  return {
    ...(recordCodecs.event.decode(row, row.shape, {}) as unknown as NewsEvent),
    articleId: row.article_id,
    index: row.idx,
    articleTitle: row.article_title,
    published: row.article_published,
    url: row.article_url,
    outlet: row.article_source,
    story: row.corpus_story === null ? null : Number(row.corpus_story),
    copyOf: row.corpus_copy_of,
    ...claimFields(row),
  };
}
