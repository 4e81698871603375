import { sql, type SchemaModule } from 'kysely';
import type { StoreBackend } from './store-backend.js';

/** One secondary index of the store as the migrations leave it. */
export interface SecondaryIndex {
  readonly name: string;
  readonly table: string;
  readonly columns: readonly string[];
  /** Indexes only the events with a source and a target actor. */
  readonly bothActors?: true;
}

const BY_DATE = ['date_start', 'article', 'idx'] as const;
const GRAPH_COLUMNS = ['quad_class', 'modality', 'goldstein'] as const;
const DYAD_COPIES = ['article_id', 'published', 'outlet', 'root', 'quad_class', 'goldstein', 'sentence_start', 'date_end', 'modality'] as const;

/**
 * The indexes whose entries land all over their tree as articles arrive (by entity and claim key,
 * event code, actor, dyad and event date), each entry a page written: most of what storing costs on
 * a large store. A bulk load drops them and builds them again at its end ({@link Store.deferIndexes}),
 * which sorts once instead. Exactly what the migrations create (a test compares the two on both
 * backends); the dyad index holds the copied columns on SQLite only. A later migration that touches
 * one of these must allow for its absence (`ifExists`).
 */
export function secondaryIndexes(backend: StoreBackend): readonly SecondaryIndex[] {
  const sqlite = backend.schema === undefined;
  return [
    { name: 'entities_key', table: 'entities', columns: ['entity_key', 'article'] },
    { name: 'claims_key', table: 'claims', columns: ['claim_key', 'article'] },
    { name: 'events_date', table: 'events', columns: BY_DATE },
    ...['root', 'code3', 'code', 'modality'].map((column) => ({ name: `events_${column}`, table: 'events', columns: [column, ...BY_DATE] })),
    {
      name: 'events_graph',
      table: 'events',
      columns: ['date_start', 'date_end', 'source_actor', 'target_actor', ...GRAPH_COLUMNS],
      bothActors: true,
    },
    {
      name: 'events_graph_pairs',
      table: 'events',
      columns: ['source_actor', 'target_actor', ...GRAPH_COLUMNS, 'date_start', 'date_end'],
      bothActors: true,
    },
    { name: 'event_actors_date', table: 'event_actors', columns: ['actor', ...BY_DATE] },
    { name: 'event_actors_root', table: 'event_actors', columns: ['actor', 'root', ...BY_DATE] },
    { name: 'event_dyads_date', table: 'event_dyads', columns: ['a', 'b', ...BY_DATE, ...(sqlite ? DYAD_COPIES : [])] },
  ];
}

/** Creates `index` (which must be missing) through a database's schema builder. */
export async function createSecondaryIndex(schema: SchemaModule, index: SecondaryIndex): Promise<void> {
  const create = schema.createIndex(index.name).on(index.table).columns([...index.columns]);
  await (index.bothActors ? create.where(sql.ref('source_actor'), 'is not', null).where(sql.ref('target_actor'), 'is not', null) : create).execute();
}
