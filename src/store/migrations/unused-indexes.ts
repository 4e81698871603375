import type { Kysely, Migration } from 'kysely';

/**
 * Indexes of the first schema that no query of the store reads (entities and claims are found by
 * their keys, `entity_key` and `claim_key`; name searches match parts of names, which an index on
 * the whole name cannot serve), each a cost on every row stored.
 */
const UNUSED = ['entities_kb_id', 'entities_name', 'claims_source_name'] as const;

/** Drops the indexes no query reads. */
export function unusedIndexes(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      for (const name of UNUSED) await db.schema.dropIndex(name).ifExists().execute();
    },
  };
}
