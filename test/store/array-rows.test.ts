import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { arrayRows } from '../../src/store/array-rows.js';
import { openStore } from '../../src/store/open-store.js';
import { openPostgres } from '../../src/store/postgres/open-postgres.js';
import { openSqlite } from '../../src/store/sqlite/open-sqlite.js';
import type { StoreDatabase } from '../../src/store/store-database.js';
import { corpusRecords } from './fixtures/corpus-records.js';
import { BACKENDS } from './store-backends.js';

async function openDatabase(location: string): Promise<Kysely<StoreDatabase>> {
  return location.startsWith('postgres') ? (await openPostgres(location, true, 5000)).db : openSqlite(location, true).db;
}

/** A fresh store of the corpus fixture, opened read-only as the bare Kysely database. */
async function corpusDatabase(fresh: () => Promise<string>): Promise<Kysely<StoreDatabase>> {
  const location = await fresh();
  const store = await openStore(location);
  await store.putRecords(corpusRecords());
  await store.close();
  return openDatabase(location);
}

for (const backend of BACKENDS) {
  describe(`array rows on ${backend.name}`, { skip: backend.skip }, () => {
    after(() => backend.cleanup());

    test('gives each row as its values in the order selected, the same values the row objects hold, nulls kept', async () => {
      const db = await corpusDatabase(() => backend.fresh());
      try {
        const query = db
          .selectFrom('events as e')
          .innerJoin('articles as a', 'a.seq', 'e.article')
          .leftJoin('corpus as c', 'c.article', 'e.article')
          .select(['e.goldstein', 'a.id', 'e.idx', 'c.story', 'e.target_actor'])
          .orderBy('a.id')
          .orderBy('e.idx');
        const objects = await query.execute();
        assert.ok(objects.length > 10 && objects.every((r) => r.story === null) && objects.some((r) => r.target_actor !== null), JSON.stringify(objects));
        const arrays = await arrayRows(db, query);
        assert.deepStrictEqual(arrays, objects.map((r) => [r.goldstein, r.id, r.idx, r.story, r.target_actor]));
        assert.deepStrictEqual(await query.execute(), objects, 'the same query run as usual still gives objects');
      } finally {
        await db.destroy();
      }
    });

    test('keeps texts, fractions and large integers exact, and gives no rows as an empty list', async () => {
      const db = await corpusDatabase(() => backend.fresh());
      try {
        const query = db
          .selectFrom('events as e')
          .innerJoin('articles as a', 'a.seq', 'e.article')
          .select(['e.evidence', 'a.text', sql<number>`e.goldstein / 3.0 + 0.1`.as('third'), sql<number>`e.idx + 9007199254740000`.as('big')])
          .orderBy('a.id')
          .orderBy('e.idx');
        const objects = await query.execute();
        assert.ok(objects.some((r) => /["\n\u2019]/.test(r.text ?? '')) && objects.some((r) => !Number.isInteger(r.third)), 'texts with quotes or line breaks, fractions');
        assert.deepStrictEqual(await arrayRows(db, query), objects.map((r) => [r.evidence, r.text, r.third, r.big]));
        assert.deepStrictEqual(await arrayRows(db, query.where('e.idx', '<', 0)), []);
      } finally {
        await db.destroy();
      }
    });
  });
}
