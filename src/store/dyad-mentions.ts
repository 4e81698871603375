import type { Kysely } from 'kysely';
import { arrayRows } from './array-rows.js';
import { dyadKey } from './dyad-keys.js';
import { earliestStart, filteredEvents, wholeParts } from './event-query.js';
import { dayBound } from './query-bounds.js';
import type { DyadFilter, DyadMention, DyadRow, EventPlace } from './store.js';
import type { StoreDatabase } from './store-database.js';

/**
 * The dated events between actors `a` and `b` that pass a filter, newest first in the order of
 * `listEvents`, each reduced to the columns a dyad series needs: one query through the dyad index
 * (for prefixes of whole three-letter parts), the article and corpus link joined, no claim and no
 * record decoding.
 */
export async function dyadMentions(db: Kysely<StoreDatabase>, a: string, b: string, filter: DyadFilter = {}): Promise<DyadMention[]> {
  const { query, driving } = filteredEvents(db, { dyad: [a, b], since: filter.since, until: filter.until, modality: filter.modality });
  const rows = await query
    .select(MENTION_COLUMNS)
    .where(driving('date_start'), 'is not', null)
    .orderBy(driving('date_start'), 'desc')
    .orderBy(driving('article'), 'desc')
    .orderBy(driving('idx'), 'desc')
    .execute();
  return rows.map(mentionOf);
}

const MENTION_COLUMNS = [
  'a.id as article_id',
  'e.idx',
  'e.code',
  'e.root',
  'e.label',
  'e.quad_class',
  'e.goldstein',
  'e.source_actor',
  'e.source_name',
  'e.target_actor',
  'e.target_name',
  'e.date_start',
  'a.published',
  'c.story',
  'a.source',
  'a.url',
  'e.sentence_start',
  'e.evidence',
] as const;

type MentionRow = Awaited<ReturnType<ReturnType<typeof mentionQuery>['executeTakeFirstOrThrow']>>;

function mentionQuery(db: Kysely<StoreDatabase>) {
  return db.selectFrom('events as e').innerJoin('articles as a', 'a.seq', 'e.article').leftJoin('corpus as c', 'c.article', 'e.article').select(MENTION_COLUMNS);
}

function mentionOf(r: MentionRow): DyadMention {
  return {
    articleId: r.article_id,
    index: r.idx,
    code: r.code ?? '',
    root: r.root ?? '',
    label: r.label ?? '',
    quadClass: Number(r.quad_class),
    goldstein: Number(r.goldstein),
    source: r.source_actor ?? r.source_name ?? '',
    target: r.target_actor ?? r.target_name ?? '',
    day: r.date_start!,
    published: r.published,
    story: r.story === null ? null : Number(r.story),
    outlet: r.source ?? r.url,
    sentenceStart: Number(r.sentence_start),
    evidence: r.evidence ?? '',
  };
}

/** Places asked at once, a few parameters each. */
const PLACES_PER_QUERY = 200;

/**
 * The dated events at these places (article id and index in its record), as in {@link dyadMentions},
 * in the order asked; a place with no dated event is left out. Each is read by its article's id.
 */
export async function dyadMentionsAt(db: Kysely<StoreDatabase>, places: readonly EventPlace[]): Promise<DyadMention[]> {
  const found = new Map<string, DyadMention>();
  for (let i = 0; i < places.length; i += PLACES_PER_QUERY) {
    const part = places.slice(i, i + PLACES_PER_QUERY);
    const rows = await mentionQuery(db)
      .where('e.date_start', 'is not', null)
      .where((eb) => eb.or(part.map((p) => eb.and([eb('a.id', '=', p.articleId), eb('e.idx', '=', p.index)]))))
      .execute();
    for (const r of rows) found.set(`${r.article_id}#${r.idx}`, mentionOf(r));
  }
  return places.flatMap((p) => found.get(`${p.articleId}#${p.index}`) ?? []);
}

/**
 * What {@link dyadMentions} lists, less what a series only shows (codes, actors, evidence). For a
 * dyad of two prefixes of whole three-letter parts it reads the copies in the dyad index and the
 * corpus link, no event or article row; else it is `dyadMentions` itself, reduced.
 */
export async function dyadRows(db: Kysely<StoreDatabase>, a: string, b: string, filter: DyadFilter = {}): Promise<DyadRow[]> {
  if (!wholeParts(a) || !wholeParts(b)) return (await dyadMentions(db, a, b, filter)).map(rowOf);
  const rows = await arrayRows(db, indexRows(db, dyadKey(a, b), filter));
  return rows.map((r) => ({
    articleId: r[0] as string,
    index: Number(r[1]),
    root: (r[2] as string | null) ?? '',
    quadClass: Number(r[3]),
    goldstein: Number(r[4]),
    day: r[5] as string,
    published: r[6] as string | null,
    story: r[7] === null ? null : Number(r[7]),
    sentenceStart: Number(r[8]),
    outlet: r[9] as string | null,
  }));
}

function rowOf({ articleId, index, root, quadClass, goldstein, day, published, story, outlet, sentenceStart }: DyadMention): DyadRow {
  return { articleId, index, root, quadClass, goldstein, day, published, story, outlet, sentenceStart };
}

/** The query of the dated rows of the dyad index for one pair of keys that pass a filter, newest first. */
function indexRows(db: Kysely<StoreDatabase>, [a, b]: readonly [string, string], filter: DyadFilter) {
  const modality = filter.modality ?? [];
  let query = db
    .selectFrom('event_dyads as d')
    .leftJoin('corpus as c', 'c.article', 'd.article')
    .select(['d.article_id', 'd.idx', 'd.root', 'd.quad_class', 'd.goldstein', 'd.date_start', 'd.published', 'c.story', 'd.sentence_start', 'd.outlet'])
    .where('d.a', '=', a)
    .where('d.b', '=', b)
    .where('d.date_start', 'is not', null);
  const since = dayBound(filter.since, 'since');
  const until = dayBound(filter.until, 'until');
  if (since !== null) query = query.where('d.date_end', '>=', since).where('d.date_start', '>=', earliestStart(since));
  if (until !== null) query = query.where('d.date_start', '<=', until);
  if (modality.length === 1) query = query.where('d.modality', '=', modality[0]!);
  else if (modality.length > 1) query = query.where('d.modality', 'in', [...modality]);
  return query.orderBy('d.date_start', 'desc').orderBy('d.article', 'desc').orderBy('d.idx', 'desc');
}
