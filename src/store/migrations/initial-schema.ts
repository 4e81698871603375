import type { CreateTableBuilder, Kysely, Migration } from 'kysely';
import type { StoreBackend } from '../store-backend.js';

type Table = CreateTableBuilder<string, string>;

function child(table: Table): Table {
  return table
    .addColumn('article', 'integer', (c) => c.notNull().references('articles.seq').onDelete('cascade'))
    .addColumn('idx', 'integer', (c) => c.notNull());
}

function span(table: Table): Table {
  return table.addColumn('span_start', 'integer').addColumn('span_end', 'integer').addColumn('text', 'text');
}

/** The first schema: articles with their full-text index, and one table per part of a record. */
export function initialSchema(backend: StoreBackend): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('articles')
        .addColumn('seq', 'integer', (c) => backend.autoKey(c))
        .addColumn('id', 'text', (c) => c.notNull().unique())
        .addColumn('format', 'text')
        .addColumn('title', 'text')
        .addColumn('published', 'text')
        .addColumn('url', 'text')
        .addColumn('source', 'text')
        .addColumn('language', 'text')
        .addColumn('text', 'text')
        .addColumn('versions', 'text')
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('stored_at', 'text', (c) => c.notNull())
        .addColumn('published_start', 'text')
        .addColumn('published_end', 'text')
        .addColumn('shape', 'text')
        .execute();
      await db.schema.createIndex('articles_published').on('articles').columns(['published_start', 'published_end']).execute();
      await backend.createTextIndex(db);

      await child(db.schema.createTable('entities'))
        .addColumn('id', 'text')
        .addColumn('name', 'text')
        .addColumn('type', 'text')
        .addColumn('kb_id', 'text')
        .addColumn('kb_country', 'text')
        .addColumn('kb_role', 'text')
        .addColumn('sector', 'text')
        .addColumn('shape', 'text')
        .addPrimaryKeyConstraint('entities_pk', ['article', 'idx'])
        .execute();
      await db.schema.createIndex('entities_kb_id').on('entities').column('kb_id').execute();
      await db.schema.createIndex('entities_name').on('entities').column('name').execute();

      await span(child(db.schema.createTable('mentions')).addColumn('entity_idx', 'integer', (c) => c.notNull()))
        .addColumn('kind', 'text')
        .addColumn('shape', 'text')
        .addPrimaryKeyConstraint('mentions_pk', ['article', 'entity_idx', 'idx'])
        .execute();

      await span(child(db.schema.createTable('quotes')))
        .addColumn('kind', 'text')
        .addColumn('speaker', 'text')
        .addColumn('speaker_name', 'text')
        .addColumn('cue', 'text')
        .addColumn('shape', 'text')
        .addPrimaryKeyConstraint('quotes_pk', ['article', 'idx'])
        .execute();

      await span(child(db.schema.createTable('claims')))
        .addColumn('source_entity', 'text')
        .addColumn('source_name', 'text')
        .addColumn('via_entity', 'text')
        .addColumn('via_name', 'text')
        .addColumn('cue', 'text')
        .addColumn('stance', 'text')
        .addColumn('denies', 'integer')
        .addColumn('confirms', 'integer')
        .addColumn('shape', 'text')
        .addPrimaryKeyConstraint('claims_pk', ['article', 'idx'])
        .execute();
      await db.schema.createIndex('claims_source_name').on('claims').column('source_name').execute();

      await child(db.schema.createTable('events'))
        .addColumn('code', 'text')
        .addColumn('root', 'text')
        .addColumn('code3', 'text')
        .addColumn('label', 'text')
        .addColumn('plover', 'text')
        .addColumn('quad_class', 'integer')
        .addColumn('goldstein', 'double precision')
        .addColumn('source_entity', 'text')
        .addColumn('source_name', 'text')
        .addColumn('source_actor', 'text')
        .addColumn('target_entity', 'text')
        .addColumn('target_name', 'text')
        .addColumn('target_actor', 'text')
        .addColumn('date_value', 'text')
        .addColumn('date_text', 'text')
        .addColumn('location_name', 'text')
        .addColumn('location_country', 'text')
        .addColumn('modality', 'text')
        .addColumn('claim', 'integer')
        .addColumn('sentence_start', 'integer')
        .addColumn('sentence_end', 'integer')
        .addColumn('evidence', 'text')
        .addColumn('rule', 'text')
        .addColumn('date_source', 'text')
        .addColumn('trigger_start', 'integer')
        .addColumn('trigger_end', 'integer')
        .addColumn('trigger_text', 'text')
        .addColumn('date_start', 'text')
        .addColumn('date_end', 'text')
        .addColumn('shape', 'text')
        .addPrimaryKeyConstraint('events_pk', ['article', 'idx'])
        .execute();
      const byDate = ['date_start', 'article', 'idx'];
      await db.schema.createIndex('events_date').on('events').columns(byDate).execute();
      for (const column of ['root', 'code3', 'code', 'modality']) {
        await db.schema.createIndex(`events_${column}`).on('events').columns([column, ...byDate]).execute();
      }

      await db.schema
        .createTable('event_actors')
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('article', 'integer', (c) => c.notNull().references('articles.seq').onDelete('cascade'))
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('root', 'text')
        .addColumn('date_start', 'text')
        .addPrimaryKeyConstraint('event_actors_pk', ['article', 'idx', 'actor'])
        .execute();
      await db.schema.createIndex('event_actors_date').on('event_actors').columns(['actor', ...byDate]).execute();
      await db.schema.createIndex('event_actors_root').on('event_actors').columns(['actor', 'root', ...byDate]).execute();

      await span(child(db.schema.createTable('times')))
        .addColumn('value', 'text')
        .addColumn('range_start', 'text')
        .addColumn('range_end', 'text')
        .addColumn('shape', 'text')
        .addPrimaryKeyConstraint('times_pk', ['article', 'idx'])
        .execute();

      await db.schema
        .createTable('quality')
        .addColumn('article', 'integer', (c) => c.primaryKey().references('articles.seq').onDelete('cascade'))
        .addColumn('repeated_paragraphs', 'text')
        .addColumn('boilerplate', 'text')
        .addColumn('contributors', 'text')
        .addColumn('derived_from', 'text')
        .addColumn('shape', 'text')
        .execute();
    },
  };
}
