import type { Kysely, Migration } from 'kysely';

/** The corpus links: per article its story and the earliest version it copies (`corpus`). */
export function corpusLinksSchema(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('corpus')
        .addColumn('article', 'integer', (c) => c.primaryKey().references('articles.seq').onDelete('cascade'))
        .addColumn('story', 'integer', (c) => c.notNull())
        .addColumn('copy_of', 'text')
        .addColumn('similarity', 'double precision')
        .execute();
      await db.schema.createIndex('corpus_story').on('corpus').columns(['story', 'article']).execute();
      await db.schema.createIndex('corpus_copy_of').on('corpus').column('copy_of').execute();
    },
  };
}
