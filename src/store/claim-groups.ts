import { sql, type Expression, type ExpressionBuilder, type Kysely, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { lemmaLite } from '../analyze/claims/lemma-lite.js';
import type { Stance } from '../analyze/record.js';
import { contains } from './contains-pattern.js';
import { prefixBound } from './prefix-bound.js';
import { dayBound, pageBounds } from './query-bounds.js';
import type { ClaimFilter, ClaimGroup, KeyCount, StoredClaim } from './store.js';
import type { StoreDatabase } from './store-database.js';
import { StoreError } from './store-error.js';
import { storedClaim } from './stored-parts.js';

const DEFAULT_LIMIT = 20;
/** An actor code prefix of whole three-letter parts, upper case, looked for among the actors of a claim key. */
const ACTOR_CODE = /^(?:[A-Z]{3})+$/;
const STANCES: readonly Stance[] = ['asserts', 'alleges', 'denies', 'confirms', 'rumor', 'expects', 'opinion'];

type Windowed<O> = SelectQueryBuilder<StoreDatabase & { c: StoreDatabase['claims'] } & { a: StoreDatabase['articles'] }, 'c' | 'a', O>;

function counted(values: readonly string[]): KeyCount[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count })).sort((x, y) => y.count - x.count || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}

function distinct(values: readonly (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== null && v !== ''))];
}

interface GroupedRow {
  readonly claim: StoredClaim;
  readonly start: string | null;
  readonly end: string | null;
}

function group(key: string, rows: readonly GroupedRow[]): ClaimGroup {
  const claims = rows.map((r) => r.claim);
  const dated = rows.filter((r) => r.start !== null);
  const first = dated.reduce<GroupedRow | null>((best, r) => (best === null || r.start! < best.start! ? r : best), null);
  const last = dated.reduce<GroupedRow | null>((best, r) => (best === null || r.end! > best.end! ? r : best), null);
  return {
    key,
    claims,
    sources: distinct(claims.map((c) => c.source.name)),
    outlets: distinct(claims.map((c) => c.outlet)),
    stances: counted(claims.map((c) => c.stance)),
    first: first?.claim.published ?? null,
    last: last?.claim.published ?? null,
  };
}

/**
 * Claims grouped by claim key (claims without one are left out), the groups carried by the most
 * articles first (then the most claims, then by key), each group's claims oldest article first
 * (undated last). `about` keeps the groups whose key has an actor starting with it when it is an
 * actor code (`IRN` finds `IRN+RUS|…` and `PRK+IRNGOV|…`), else those with a claim whose key or
 * source name contains every word of it (case-insensitive; a word is also looked for in the key as the
 * claim keys reduce their object words, by `lemmaLite`, so `drones` finds `…|dron missil`); `stance` those with a
 * claim of one of the stances; `since` and `until` keep the claims of articles in that window.
 */
export async function claimGroups(db: Kysely<StoreDatabase>, filter: ClaimFilter = {}): Promise<ClaimGroup[]> {
  const page = pageBounds(filter.limit, filter.offset, DEFAULT_LIMIT);
  const since = dayBound(filter.since, 'since');
  const until = dayBound(filter.until, 'until');
  const about = (filter.about ?? '').trim();
  const words = about.toLowerCase().split(/\s+/).filter((w) => w !== '');
  const stances = filter.stance ?? [];
  for (const s of stances) {
    if (!STANCES.includes(s)) throw new StoreError('bad-query', `expected stances among ${STANCES.join(', ')}, got ${JSON.stringify(s)}`);
  }

  const windowed = <O>(q: Windowed<O>): Windowed<O> =>
    q
      .where('c.claim_key', 'is not', null)
      .where('c.claim_key', '<>', '')
      .$if(since !== null, (w) => w.where('a.published_end', '>=', since!))
      .$if(until !== null, (w) => w.where('a.published_start', '<=', until!));
  const aboutMatch = (eb: ExpressionBuilder<StoreDatabase & { c: StoreDatabase['claims'] }, 'c'>): Expression<SqlBool> => {
    if (ACTOR_CODE.test(about)) {
      return eb.or([
        eb.and([eb('c.claim_key', '>=', about), eb('c.claim_key', '<', prefixBound(about))]),
        eb(eb.fn('replace', ['c.claim_key', eb.val(`+${about}`), eb.val('')]), '<>', eb.ref('c.claim_key')),
      ]);
    }
    return eb.and(
      words.map((w) => {
        const lemma = lemmaLite(w);
        return eb.or([contains(sql`lower(c.claim_key)`, w), ...(lemma === w ? [] : [contains(sql`lower(c.claim_key)`, lemma)]), contains(sql`lower(c.source_name)`, w)]);
      }),
    );
  };
  const claimsIn = (trx: Kysely<StoreDatabase>) => trx.selectFrom('claims as c').innerJoin('articles as a', 'a.seq', 'c.article');

  return db.transaction().execute(async (trx) => {
    const keys = await windowed(claimsIn(trx).select((eb) => ['c.claim_key', eb.fn.count<number>('c.article').distinct().as('articles'), eb.fn.countAll<number>().as('n')]))
      .$if(about !== '', (q) => q.where('c.claim_key', 'in', windowed(claimsIn(trx).select('c.claim_key')).where(aboutMatch)))
      .$if(stances.length > 0, (q) => q.where('c.claim_key', 'in', windowed(claimsIn(trx).select('c.claim_key')).where('c.stance', 'in', [...stances])))
      .groupBy('c.claim_key')
      .orderBy('articles', 'desc')
      .orderBy('n', 'desc')
      .orderBy('c.claim_key')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    if (keys.length === 0) return [];
    const rows = await windowed(
      claimsIn(trx)
        .selectAll('c')
        .select(['a.id as article_id', 'a.title as article_title', 'a.published as article_published', 'a.source as article_source', 'a.published_start', 'a.published_end', 'a.seq']),
    )
      .where('c.claim_key', 'in', keys.map((k) => k.claim_key!))
      .orderBy('a.seq')
      .orderBy('c.idx')
      .execute();
    const byKey = new Map<string, GroupedRow[]>();
    const ordered = [...rows].sort((x, y) => {
      if (x.published_start === y.published_start) return x.seq - y.seq || x.idx - y.idx;
      if (x.published_start === null) return 1;
      if (y.published_start === null) return -1;
      return x.published_start < y.published_start ? -1 : 1;
    });
    for (const row of ordered) {
      let list = byKey.get(row.claim_key!);
      if (!list) byKey.set(row.claim_key!, (list = []));
      list.push({ claim: storedClaim(row), start: row.published_start, end: row.published_end });
    }
    return keys.map((k) => group(k.claim_key!, byKey.get(k.claim_key!)!));
  });
}
