import type { Kysely } from 'kysely';
import type { KeyCount, StoreStats } from './store.js';
import type { StoreDatabase } from './store-database.js';

const TOP_ACTORS = 10;

type CountedTable = 'articles' | 'entities' | 'mentions' | 'quotes' | 'claims' | 'events' | 'times';

async function count(db: Kysely<StoreDatabase>, table: CountedTable): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Counts of what a store holds, read in one transaction. */
export async function storeStats(db: Kysely<StoreDatabase>): Promise<StoreStats> {
  return db.transaction().execute(async (trx) => {
    const eventsByRoot = await trx
      .selectFrom('events')
      .select((eb) => ['root', eb.fn.countAll<number>().as('n')])
      .where('root', 'is not', null)
      .groupBy('root')
      .orderBy('root')
      .execute();
    const topActors = await trx
      .selectFrom('event_actors')
      .select((eb) => ['actor', eb.fn.countAll<number>().as('n')])
      .groupBy('actor')
      .orderBy('n', 'desc')
      .orderBy('actor')
      .limit(TOP_ACTORS)
      .execute();
    const dates = await trx
      .selectFrom('articles')
      .select((eb) => [eb.fn.min('published_start').as('first'), eb.fn.max('published_end').as('last')])
      .executeTakeFirstOrThrow();
    const keyed = (rows: readonly { key: string | null; n: number }[]): KeyCount[] => rows.map((r) => ({ key: r.key ?? '', count: Number(r.n) }));
    return {
      articles: await count(trx, 'articles'),
      entities: await count(trx, 'entities'),
      mentions: await count(trx, 'mentions'),
      quotes: await count(trx, 'quotes'),
      claims: await count(trx, 'claims'),
      events: await count(trx, 'events'),
      times: await count(trx, 'times'),
      eventsByRoot: keyed(eventsByRoot.map((r) => ({ key: r.root, n: r.n }))),
      topActors: keyed(topActors.map((r) => ({ key: r.actor, n: r.n }))),
      published: dates.first && dates.last ? { first: dates.first, last: dates.last } : null,
    };
  });
}
