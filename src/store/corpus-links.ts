import { sql, type Kysely, type Selectable } from 'kysely';
import { dayBound } from './query-bounds.js';
import type { CorpusArticle, CorpusLink, CorpusWindow, StoryArticle } from './store.js';
import type { ArticlesTable, StoreDatabase } from './store-database.js';

const IDS_PER_QUERY = 500;

type CorpusRow = Pick<Selectable<ArticlesTable>, 'id' | 'title' | 'text' | 'published' | 'source'> & {
  readonly story: number | null;
  readonly copy_of: string | null;
  readonly similarity: number | null;
};

const ARTICLE_COLUMNS = ['a.id', 'a.title', 'a.text', 'a.published', 'a.source'] as const;
const LINK_COLUMNS = ['c.story', 'c.copy_of', 'c.similarity'] as const;

function corpusArticle(r: CorpusRow): CorpusArticle {
  return {
    id: r.id,
    title: r.title,
    text: r.text ?? '',
    published: r.published,
    source: r.source,
    story: r.story === null ? null : Number(r.story),
    copyOf: r.copy_of,
    similarity: r.similarity === null ? null : Number(r.similarity),
  };
}

/**
 * The stored articles with their corpus links (null fields when none yet), in storage order; only
 * the unlinked ones when asked, found through `corpus_unlinked` without reading the others.
 */
export async function readCorpusArticles(db: Kysely<StoreDatabase>, unlinked: boolean): Promise<CorpusArticle[]> {
  const rows = unlinked
    ? await db
        .selectFrom('corpus_unlinked as u')
        .innerJoin('articles as a', 'a.seq', 'u.article')
        .select([...ARTICLE_COLUMNS, sql<null>`null`.as('story'), sql<null>`null`.as('copy_of'), sql<null>`null`.as('similarity')])
        .orderBy('u.article')
        .execute()
    : await db
        .selectFrom('articles as a')
        .leftJoin('corpus as c', 'c.article', 'a.seq')
        .select([...ARTICLE_COLUMNS, ...LINK_COLUMNS])
        .orderBy('a.seq')
        .execute();
  return rows.map(corpusArticle);
}

/** The last `limit` linked articles in storage order, read backwards through the links' key, and the highest story stored. */
export async function readCorpusWindow(db: Kysely<StoreDatabase>, limit: number): Promise<CorpusWindow> {
  const rows = await db
    .selectFrom('corpus as c')
    .innerJoin('articles as a', 'a.seq', 'c.article')
    .select([...ARTICLE_COLUMNS, ...LINK_COLUMNS])
    .orderBy('c.article', 'desc')
    .limit(limit)
    .execute();
  const highest = await db.selectFrom('corpus').select((eb) => eb.fn.max('story').as('story')).executeTakeFirst();
  return {
    articles: rows.reverse().map(corpusArticle),
    highestStory: highest?.story === null || highest?.story === undefined ? null : Number(highest.story),
  };
}

/** Writes corpus links inside an open write transaction, each replacing the article's old one; unknown ids are skipped. */
export async function writeCorpusLinks(trx: Kysely<StoreDatabase>, links: readonly CorpusLink[]): Promise<void> {
  for (let i = 0; i < links.length; i += IDS_PER_QUERY) {
    const part = links.slice(i, i + IDS_PER_QUERY);
    const seqs = await trx
      .selectFrom('articles')
      .select(['id', 'seq'])
      .where('id', 'in', part.map((l) => l.articleId))
      .execute();
    const seqOf = new Map(seqs.map((r) => [r.id, r.seq]));
    const rows = part.flatMap((l) => {
      const article = seqOf.get(l.articleId);
      return article === undefined ? [] : [{ article, story: l.story, copy_of: l.copyOf, similarity: l.similarity }];
    });
    if (rows.length === 0) continue;
    await trx.deleteFrom('corpus').where('article', 'in', rows.map((r) => r.article)).execute();
    await trx.insertInto('corpus').values(rows).execute();
    await trx.deleteFrom('corpus_unlinked').where('article', 'in', rows.map((r) => r.article)).execute();
  }
}

/**
 * The articles of each story, by story number then storage order; with `since`, only the stories
 * with an article published on or after that date (`bad-query` for a date that is not ISO 8601).
 */
export async function listStoryArticles(db: Kysely<StoreDatabase>, since?: string): Promise<StoryArticle[]> {
  const from = dayBound(since, 'since');
  const rows = await db
    .selectFrom('corpus as c')
    .innerJoin('articles as a', 'a.seq', 'c.article')
    .select(['c.story', 'a.id', 'a.title', 'a.published', 'a.source', 'a.url', 'c.copy_of', 'c.similarity'])
    .$if(from !== null, (q) =>
      q.where('c.story', 'in', (eb) =>
        eb
          .selectFrom('corpus as c2')
          .innerJoin('articles as a2', 'a2.seq', 'c2.article')
          .select('c2.story')
          .where('a2.published_end', '>=', from!),
      ),
    )
    .orderBy('c.story')
    .orderBy('a.seq')
    .execute();
  return rows.map((r) => ({
    story: Number(r.story),
    articleId: r.id,
    title: r.title,
    published: r.published,
    source: r.source,
    url: r.url,
    copyOf: r.copy_of,
    similarity: r.similarity === null ? null : Number(r.similarity),
  }));
}
