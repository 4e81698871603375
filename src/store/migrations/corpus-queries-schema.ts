import type { Kysely, Migration } from 'kysely';
import { dyadKeys } from '../dyad-keys.js';
import { entityKey, entitySearchText } from '../entity-key.js';
import type { StoreDatabase } from '../store-database.js';

const ROWS_PER_INSERT = 500;
const ARTICLES_PER_PASS = 1000;

async function addColumns(db: Kysely<unknown>): Promise<void> {
  for (const [table, column, type] of [
    ['entities', 'entity_key', 'text'],
    ['entities', 'mention_count', 'integer'],
    ['entities', 'search_text', 'text'],
    ['claims', 'claim_key', 'text'],
  ] as const) {
    await db.schema.alterTable(table).addColumn(column, type).execute();
  }
  await db.schema
    .createTable('event_dyads')
    .addColumn('a', 'text', (c) => c.notNull())
    .addColumn('b', 'text', (c) => c.notNull())
    .addColumn('article', 'integer', (c) => c.notNull().references('articles.seq').onDelete('cascade'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('date_start', 'text')
    .addPrimaryKeyConstraint('event_dyads_pk', ['article', 'idx', 'a', 'b'])
    .execute();
}

/** Fills in the new columns and the dyad index for the articles with `seq` in [from, to). */
async function backfillArticles(db: Kysely<StoreDatabase>, from: number, to: number): Promise<void> {
  const counts = await db
    .selectFrom('mentions')
    .select((eb) => ['article', 'entity_idx', eb.fn.countAll<number>().as('n')])
    .where('article', '>=', from)
    .where('article', '<', to)
    .groupBy(['article', 'entity_idx'])
    .execute();
  const mentionsOf = new Map(counts.map((c) => [`${c.article} ${c.entity_idx}`, Number(c.n)]));
  const entities = await db.selectFrom('entities').select(['article', 'idx', 'name', 'type', 'kb_id']).where('article', '>=', from).where('article', '<', to).execute();
  for (const e of entities) {
    await db
      .updateTable('entities')
      .set({
        entity_key: entityKey(e.kb_id, e.type, e.name),
        mention_count: mentionsOf.get(`${e.article} ${e.idx}`) ?? 0,
        search_text: entitySearchText(e.name, e.kb_id),
      })
      .where('article', '=', e.article)
      .where('idx', '=', e.idx)
      .execute();
  }
  const claims = await db.selectFrom('claims').select(['article', 'idx', 'shape']).where('article', '>=', from).where('article', '<', to).where('shape', 'is not', null).execute();
  for (const c of claims) {
    const key = (JSON.parse(c.shape!) as { key?: unknown }).key;
    if (typeof key !== 'string') continue;
    await db.updateTable('claims').set({ claim_key: key }).where('article', '=', c.article).where('idx', '=', c.idx).execute();
  }
  const events = await db
    .selectFrom('events')
    .select(['article', 'idx', 'source_actor', 'target_actor', 'date_start'])
    .where('article', '>=', from)
    .where('article', '<', to)
    .where('source_actor', 'is not', null)
    .where('target_actor', 'is not', null)
    .execute();
  const rows = events.flatMap((e) => dyadKeys(e.source_actor, e.target_actor).map(([a, b]) => ({ a, b, article: e.article, idx: e.idx, date_start: e.date_start })));
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) await db.insertInto('event_dyads').values(rows.slice(i, i + ROWS_PER_INSERT)).execute();
}

/** Fills in the new columns and the dyad index for every stored article, a range of articles at a time. */
async function backfill(db: Kysely<StoreDatabase>): Promise<void> {
  const last = await db.selectFrom('articles').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst();
  const end = Number(last?.seq ?? 0) + 1;
  for (let from = 0; from < end; from += ARTICLES_PER_PASS) await backfillArticles(db, from, from + ARTICLES_PER_PASS);
}

async function addIndexes(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('entities_key').on('entities').columns(['entity_key', 'article']).execute();
  await db.schema.createIndex('claims_key').on('claims').columns(['claim_key', 'article']).execute();
  await db.schema.createIndex('event_dyads_date').on('event_dyads').columns(['a', 'b', 'date_start', 'article', 'idx']).execute();
  await db.schema.createIndex('articles_newest').on('articles').columns(['published_start', 'seq']).execute();
}

/**
 * What corpus queries need: entity keys, mention counts and search text on `entities`, claim keys
 * on `claims`, the dyad index `event_dyads`, and the indexes over them; existing rows filled in.
 */
export function corpusQueriesSchema(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await addColumns(db);
      await backfill(db as Kysely<StoreDatabase>);
      await addIndexes(db);
    },
  };
}
