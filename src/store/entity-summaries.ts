import type { Kysely } from 'kysely';
import type { EntityType } from '../analyze/record.js';
import { contains } from './contains-pattern.js';
import { pageBounds } from './query-bounds.js';
import type { EntityFilter, EntitySummary } from './store.js';
import type { StoreDatabase } from './store-database.js';

const DEFAULT_LIMIT = 20;

function tally(counts: Map<string, number>, value: string | null, n: number): void {
  if (value !== null) counts.set(value, (counts.get(value) ?? 0) + n);
}

/** The most counted value, the first in code-point order among ties; null when none. */
function most(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  for (const [value, n] of counts) {
    const bestCount = best === null ? -1 : counts.get(best)!;
    if (n > bestCount || (n === bestCount && value < best!)) best = value;
  }
  return best;
}

/**
 * The summaries of the entities with these keys, by key (absent keys are left out): articles and
 * mentions over the corpus, and the name, type and country most records give each.
 */
export async function entitySummaries(db: Kysely<StoreDatabase>, keys: readonly string[]): Promise<Map<string, EntitySummary>> {
  const out = new Map<string, EntitySummary>();
  if (keys.length === 0) return out;
  const counts = await db
    .selectFrom('entities')
    .select((eb) => ['entity_key', eb.fn.count<number>('article').distinct().as('articles'), eb.fn.sum<number>('mention_count').as('mentions')])
    .where('entity_key', 'in', [...keys])
    .groupBy('entity_key')
    .execute();
  const variants = await db
    .selectFrom('entities')
    .select((eb) => ['entity_key', 'name', 'type', 'kb_id', 'kb_country', eb.fn.countAll<number>().as('n')])
    .where('entity_key', 'in', [...keys])
    .groupBy(['entity_key', 'name', 'type', 'kb_id', 'kb_country'])
    .execute();
  const seen = new Map<string, { names: Map<string, number>; types: Map<string, number>; countries: Map<string, number>; kbId: string | null }>();
  for (const v of variants) {
    let s = seen.get(v.entity_key!);
    if (!s) seen.set(v.entity_key!, (s = { names: new Map(), types: new Map(), countries: new Map(), kbId: null }));
    const n = Number(v.n);
    tally(s.names, v.name, n);
    tally(s.types, v.type, n);
    tally(s.countries, v.kb_country, n);
    s.kbId ??= v.kb_id;
  }
  for (const c of counts) {
    const key = c.entity_key!;
    const s = seen.get(key)!;
    out.set(key, {
      key,
      name: most(s.names) ?? '',
      type: (most(s.types) ?? 'MISC') as EntityType,
      kbId: s.kbId,
      country: most(s.countries),
      articles: Number(c.articles),
      mentions: Number(c.mentions ?? 0),
    });
  }
  return out;
}

/**
 * Entities across the corpus, in the most articles first (then the most mentions, then by key).
 * `q` keeps the keys with a record whose entity name or knowledge-base id contains every word of
 * it (case-insensitive); `type` those with a record of that type.
 */
export async function listEntities(db: Kysely<StoreDatabase>, filter: EntityFilter = {}): Promise<EntitySummary[]> {
  const page = pageBounds(filter.limit, filter.offset, DEFAULT_LIMIT);
  const words = (filter.q ?? '').toLowerCase().split(/\s+/).filter((w) => w !== '');
  const type = filter.type;
  const narrowed = words.length > 0 || type !== undefined;
  const rows = await db
    .selectFrom('entities')
    .select((eb) => ['entity_key', eb.fn.count<number>('article').distinct().as('articles'), eb.fn.sum<number>('mention_count').as('mentions')])
    .where('entity_key', 'is not', null)
    .$if(narrowed, (q) =>
      q.where('entity_key', 'in', (eb) =>
        eb
          .selectFrom('entities as m')
          .select('m.entity_key')
          .$if(type !== undefined, (qm) => qm.where('m.type', '=', type!))
          .$if(words.length > 0, (qm) => qm.where((w) => w.and(words.map((word) => contains(w.ref('m.search_text'), word))))),
      ),
    )
    .groupBy('entity_key')
    .orderBy('articles', 'desc')
    .orderBy('mentions', 'desc')
    .orderBy('entity_key')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const summaries = await entitySummaries(db, rows.map((r) => r.entity_key!));
  return rows.map((r) => summaries.get(r.entity_key!)!);
}
