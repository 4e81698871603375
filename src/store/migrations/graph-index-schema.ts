import { sql, type Kysely, type Migration } from 'kysely';

/** What the actor graph reads of an event; each index below holds all of it. */
const GRAPH_COLUMNS = ['quad_class', 'modality', 'goldstein'] as const;

/**
 * The indexes the actor graph reads instead of the events' rows, over the events with a source and
 * a target actor: `events_graph` in date order, for the graph of a date range; `events_graph_pairs`
 * in (source, target) order, for the graph of every event, grouped as the index is walked.
 */
export function graphIndexSchema(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      for (const [name, columns] of [
        ['events_graph', ['date_start', 'date_end', 'source_actor', 'target_actor', ...GRAPH_COLUMNS]],
        ['events_graph_pairs', ['source_actor', 'target_actor', ...GRAPH_COLUMNS, 'date_start', 'date_end']],
      ] as const) {
        await db.schema
          .createIndex(name)
          .on('events')
          .columns([...columns])
          .where(sql.ref('source_actor'), 'is not', null)
          .where(sql.ref('target_actor'), 'is not', null)
          .execute();
      }
    },
  };
}
