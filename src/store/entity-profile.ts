import { sql, type Kysely } from 'kysely';
import { entitySummaries } from './entity-summaries.js';
import { listArticles } from './list-articles.js';
import type { EntityProfile, KeyCount } from './store.js';
import type { StoreDatabase } from './store-database.js';
import { storedClaim, storedQuote } from './stored-parts.js';

const RELATED = 20;
const CLAIMS = 50;
const QUOTES = 50;
const ARTICLES = 20;
const UNDATED = 'unknown';

const ARTICLE_COLUMNS = ['a.id as article_id', 'a.title as article_title', 'a.published as article_published', 'a.source as article_source'] as const;

/**
 * Everything the corpus says of the entity with this key: its summary, roles, monthly timeline,
 * the entities found in the most of its articles, the claims it makes and those that mention it
 * (a mention inside the claim's span), its quotes and its newest articles. Null when no record has it.
 */
export async function entityProfile(db: Kysely<StoreDatabase>, key: string): Promise<EntityProfile | null> {
  return db.transaction().execute(async (trx) => {
    const entity = (await entitySummaries(trx, [key])).get(key);
    if (entity === undefined) return null;
    const ofKey = (alias: 'e' | 'o') => trx.selectFrom(`entities as ${alias}`).where(`${alias}.entity_key`, '=', key);

    const roles = await ofKey('e')
      .select((eb) => ['e.kb_role', eb.fn.countAll<number>().as('n')])
      .where('e.kb_role', 'is not', null)
      .groupBy('e.kb_role')
      .orderBy('n', 'desc')
      .orderBy('e.kb_role')
      .execute();

    const month = sql<string | null>`substr(a.published_start, 1, 7)`;
    const months = await ofKey('e')
      .innerJoin('articles as a', 'a.seq', 'e.article')
      .select((eb) => [month.as('period'), eb.fn.count<number>('e.article').distinct().as('articles'), eb.fn.sum<number>('e.mention_count').as('mentions')])
      .groupBy(month)
      .execute();
    const timeline = months
      .map((m) => ({ period: m.period ?? UNDATED, articles: Number(m.articles), mentions: Number(m.mentions ?? 0) }))
      .sort((x, y) => (x.period === UNDATED ? 1 : y.period === UNDATED ? -1 : x.period < y.period ? -1 : 1));

    const shared = await ofKey('e')
      .innerJoin('entities as o', 'o.article', 'e.article')
      .select((eb) => ['o.entity_key', eb.fn.count<number>('o.article').distinct().as('shared')])
      .where('o.entity_key', '<>', key)
      .groupBy('o.entity_key')
      .orderBy('shared', 'desc')
      .orderBy('o.entity_key')
      .limit(RELATED)
      .execute();
    const relatedSummaries = await entitySummaries(trx, shared.map((s) => s.entity_key!));
    const related = shared.map((s) => ({ ...relatedSummaries.get(s.entity_key!)!, shared: Number(s.shared) }));

    const claimsBy = await trx
      .selectFrom('claims as c')
      .innerJoin('articles as a', 'a.seq', 'c.article')
      .innerJoin('entities as e', (join) => join.onRef('e.article', '=', 'c.article').onRef('e.id', '=', 'c.source_entity'))
      .selectAll('c')
      .select(ARTICLE_COLUMNS)
      .where('e.entity_key', '=', key)
      .orderBy('a.published_start', 'desc')
      .orderBy('a.seq', 'desc')
      .orderBy('c.idx')
      .limit(CLAIMS)
      .execute();

    const claimsAbout = await trx
      .selectFrom('claims as c')
      .innerJoin('articles as a', 'a.seq', 'c.article')
      .selectAll('c')
      .select(ARTICLE_COLUMNS)
      .where('c.article', 'in', ofKey('o').select('o.article'))
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('entities as e')
            .innerJoin('mentions as m', (join) => join.onRef('m.article', '=', 'e.article').onRef('m.entity_idx', '=', 'e.idx'))
            .select('m.idx')
            .where('e.entity_key', '=', key)
            .whereRef('e.article', '=', 'c.article')
            .whereRef('m.span_start', '>=', 'c.span_start')
            .whereRef('m.span_end', '<=', 'c.span_end'),
        ),
      )
      .orderBy('a.published_start', 'desc')
      .orderBy('a.seq', 'desc')
      .orderBy('c.idx')
      .limit(CLAIMS)
      .execute();

    const quotes = await trx
      .selectFrom('quotes as q')
      .innerJoin('articles as a', 'a.seq', 'q.article')
      .innerJoin('entities as e', (join) => join.onRef('e.article', '=', 'q.article').onRef('e.id', '=', 'q.speaker'))
      .selectAll('q')
      .select(ARTICLE_COLUMNS)
      .where('e.entity_key', '=', key)
      .orderBy('a.published_start', 'desc')
      .orderBy('a.seq', 'desc')
      .orderBy('q.idx')
      .limit(QUOTES)
      .execute();

    return {
      entity,
      roles: roles.map((r): KeyCount => ({ key: r.kb_role!, count: Number(r.n) })),
      timeline,
      related,
      claimsBy: claimsBy.map(storedClaim),
      claimsAbout: claimsAbout.map(storedClaim),
      quotes: quotes.map(storedQuote),
      articles: await listArticles(trx, { entity: key, limit: ARTICLES }),
    };
  });
}
