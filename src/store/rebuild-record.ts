import type { Selectable } from 'kysely';
import type { AnalysisRecord } from '../analyze/record.js';
import { recordCodecs } from './record-codecs.js';
import type {
  ArticlesTable,
  ClaimsTable,
  EntitiesTable,
  EventsTable,
  MentionsTable,
  QualityTable,
  QuotesTable,
  TimesTable,
} from './store-database.js';

/** The stored rows of one article, each list in `idx` order (mentions in entity, then mention order). */
export interface StoredRows {
  readonly article: Selectable<ArticlesTable>;
  readonly entities: readonly Selectable<EntitiesTable>[];
  readonly mentions: readonly Selectable<MentionsTable>[];
  readonly quotes: readonly Selectable<QuotesTable>[];
  readonly claims: readonly Selectable<ClaimsTable>[];
  readonly events: readonly Selectable<EventsTable>[];
  readonly times: readonly Selectable<TimesTable>[];
  readonly quality: Selectable<QualityTable> | null;
}

const NO_CHILDREN: Readonly<Record<string, unknown>> = {};

/** Rebuilds the record the rows were made from, with its keys in their original order. */
export function rebuildRecord(rows: StoredRows): AnalysisRecord {
  const mentionsOf = new Map<number, unknown[]>();
  for (const m of rows.mentions) {
    let list = mentionsOf.get(m.entity_idx);
    if (!list) mentionsOf.set(m.entity_idx, (list = []));
    list.push(recordCodecs.mention.decode(m, m.shape, NO_CHILDREN));
  }
  const entities = rows.entities.map((e) => recordCodecs.entity.decode(e, e.shape, { mentions: mentionsOf.get(e.idx) ?? [] }));
  return recordCodecs.article.decode(rows.article, rows.article.shape, {
    entities,
    quotes: rows.quotes.map((q) => recordCodecs.quote.decode(q, q.shape, NO_CHILDREN)),
    claims: rows.claims.map((c) => recordCodecs.claim.decode(c, c.shape, NO_CHILDREN)),
    events: rows.events.map((e) => recordCodecs.event.decode(e, e.shape, NO_CHILDREN)),
    times: rows.times.map((t) => recordCodecs.time.decode(t, t.shape, NO_CHILDREN)),
    quality: rows.quality ? recordCodecs.quality.decode(rows.quality, rows.quality.shape, NO_CHILDREN) : null,
  }) as unknown as AnalysisRecord;
}
