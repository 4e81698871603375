import type { Kysely } from 'kysely';
import { filteredEvents } from './event-query.js';
import type { DyadFilter, DyadMention } from './store.js';
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
    .select([
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
    ])
    .where(driving('date_start'), 'is not', null)
    .orderBy(driving('date_start'), 'desc')
    .orderBy(driving('article'), 'desc')
    .orderBy(driving('idx'), 'desc')
    .execute();
  return rows.map((r) => ({
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
  }));
}
