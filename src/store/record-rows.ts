import { createHash } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { AnalysisRecord } from '../analyze/record.js';
import { actorKeys } from './actor-keys.js';
import { dateRange } from './date-range.js';
import { dyadKeys } from './dyad-keys.js';
import { entityKey, entitySearchText } from './entity-key.js';
import { recordCodecs } from './record-codecs.js';
import type { EncodedRow } from './row-codec.js';
import { StoreError } from './store-error.js';
import type {
  ArticlesTable,
  ClaimsTable,
  EntitiesTable,
  EventActorsTable,
  EventDyadsTable,
  EventsTable,
  MentionsTable,
  QualityTable,
  QuotesTable,
  TimesTable,
} from './store-database.js';

/** A child row before its article has a `seq`. */
export type Unlinked<T> = Omit<Insertable<T>, 'article'>;

/** The rows of one record, ready to insert once the article row has its `seq`. */
export interface RecordRows {
  readonly article: Insertable<ArticlesTable>;
  readonly entities: readonly Unlinked<EntitiesTable>[];
  readonly mentions: readonly Unlinked<MentionsTable>[];
  readonly quotes: readonly Unlinked<QuotesTable>[];
  readonly claims: readonly Unlinked<ClaimsTable>[];
  readonly events: readonly Unlinked<EventsTable>[];
  readonly eventActors: readonly Unlinked<EventActorsTable>[];
  readonly eventDyads: readonly Unlinked<EventDyadsTable>[];
  readonly times: readonly Unlinked<TimesTable>[];
  readonly quality: Unlinked<QualityTable> | null;
}

/** The content hash of a record: sha256 of its JSON, hex. */
export function contentHash(record: AnalysisRecord): string {
  return createHash('sha256').update(JSON.stringify(record), 'utf8').digest('hex');
}

function row<T>(encoded: EncodedRow, extra: object): T {
  return { ...encoded.values, ...extra, shape: encoded.shape } as T;
}

function textOf(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function list(value: unknown, what: string): readonly unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new StoreError('invalid-record', `${what}: expected an array, got ${value === null ? 'null' : typeof value}`);
  return value;
}

/** Splits a record into the rows of the store's tables; `invalid-record` when a field has the wrong type. */
export function recordRows(record: AnalysisRecord, storedAt: string): RecordRows {
  const top = recordCodecs.article.encode(record, 'record');
  const id = top.values['id'];
  if (typeof id !== 'string' || id === '') {
    throw new StoreError('invalid-record', `record.document.id: expected a non-empty string, got ${JSON.stringify(id)}`);
  }
  const what = `record ${id}`;
  const published = dateRange(typeof top.values['published'] === 'string' ? top.values['published'] : null);
  const article = row<Insertable<ArticlesTable>>(top, {
    content_hash: contentHash(record),
    stored_at: storedAt,
    published_start: published?.start ?? null,
    published_end: published?.end ?? null,
  });

  const entities: Unlinked<EntitiesTable>[] = [];
  const mentions: Unlinked<MentionsTable>[] = [];
  list(top.children['entities'], `${what}: entities`).forEach((entity, idx) => {
    const e = recordCodecs.entity.encode(entity, `${what}: entities[${idx}]`);
    const entityMentions = list(e.children['mentions'], `${what}: entities[${idx}].mentions`);
    const [kbId, type, name] = [textOf(e.values['kb_id']), textOf(e.values['type']), textOf(e.values['name'])];
    entities.push(
      row(e, { idx, entity_key: entityKey(kbId, type, name), mention_count: entityMentions.length, search_text: entitySearchText(name, kbId) }),
    );
    entityMentions.forEach((mention, m) => {
      mentions.push(row(recordCodecs.mention.encode(mention, `${what}: entities[${idx}].mentions[${m}]`), { entity_idx: idx, idx: m }));
    });
  });

  const quotes = list(top.children['quotes'], `${what}: quotes`).map((q, idx) =>
    row<Unlinked<QuotesTable>>(recordCodecs.quote.encode(q, `${what}: quotes[${idx}]`), { idx }),
  );
  const claims = list(top.children['claims'], `${what}: claims`).map((c, idx) =>
    row<Unlinked<ClaimsTable>>(recordCodecs.claim.encode(c, `${what}: claims[${idx}]`), { idx, claim_key: textOf((c as { key?: unknown }).key) }),
  );
  const eventActors: Unlinked<EventActorsTable>[] = [];
  const eventDyads: Unlinked<EventDyadsTable>[] = [];
  const dyadCopies = { article_id: id, published: textOf(top.values['published']), outlet: textOf(top.values['source']) ?? textOf(top.values['url']) };
  const events = list(top.children['events'], `${what}: events`).map((ev, idx) => {
    const e = recordCodecs.event.encode(ev, `${what}: events[${idx}]`);
    const when = dateRange(e.values['date_value'] as string | null) ?? published;
    const date_start = when?.start ?? null;
    const code = e.values['code'] as string | null;
    const root = e.values['root'] as string | null;
    const keys = new Set([e.values['source_actor'], e.values['target_actor']].flatMap((a) => (typeof a === 'string' ? actorKeys(a) : [])));
    for (const actor of keys) eventActors.push({ actor, idx, root, date_start });
    for (const [a, b] of dyadKeys(textOf(e.values['source_actor']), textOf(e.values['target_actor']))) {
      eventDyads.push({
        a,
        b,
        idx,
        date_start,
        ...dyadCopies,
        root,
        quad_class: e.values['quad_class'] as number | null,
        goldstein: e.values['goldstein'] as number | null,
        sentence_start: e.values['sentence_start'] as number | null,
        date_end: when?.end ?? null,
        modality: e.values['modality'] as string | null,
      });
    }
    return row<Unlinked<EventsTable>>(e, { idx, code3: code !== null && code.length >= 3 ? code.slice(0, 3) : null, date_start, date_end: when?.end ?? null });
  });
  const times = list(top.children['times'], `${what}: times`).map((t, idx) =>
    row<Unlinked<TimesTable>>(recordCodecs.time.encode(t, `${what}: times[${idx}]`), { idx }),
  );
  const quality = top.children['quality'] === undefined ? null : row<Unlinked<QualityTable>>(recordCodecs.quality.encode(top.children['quality'], `${what}: quality`), {});

  return { article, entities, mentions, quotes, claims, events, eventActors, eventDyads, times, quality };
}
