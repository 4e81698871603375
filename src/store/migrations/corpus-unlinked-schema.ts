import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The stored articles without a corpus link yet (`corpus_unlinked`), so the linker finds them by
 * key instead of scanning every article; filled in with the unlinked articles already stored.
 */
export function corpusUnlinkedSchema(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('corpus_unlinked')
        .addColumn('article', 'integer', (c) => c.primaryKey().references('articles.seq').onDelete('cascade'))
        .execute();
      await sql`
        insert into corpus_unlinked (article)
        select a.seq from articles a where not exists (select 1 from corpus c where c.article = a.seq)`.execute(db);
    },
  };
}
