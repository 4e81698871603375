import type { Migration } from 'kysely';
import type { StoreBackend } from '../store-backend.js';
import { corpusLinksSchema } from './corpus-links-schema.js';
import { corpusQueriesSchema } from './corpus-queries-schema.js';
import { corpusUnlinkedSchema } from './corpus-unlinked-schema.js';
import { dyadSeriesColumns } from './dyad-series-columns.js';
import { graphIndexSchema } from './graph-index-schema.js';
import { initialSchema } from './initial-schema.js';
import { unusedIndexes } from './unused-indexes.js';

/**
 * The store's migrations by name, oldest first; names sort in the order they run. Built in code
 * (no file-system lookup) so they work the same from `src/` and `dist/`.
 */
export function storeMigrations(backend: StoreBackend): Readonly<Record<string, Migration>> {
  return {
    '0001-initial-schema': initialSchema(backend),
    '0002-corpus-links': corpusLinksSchema(),
    '0003-corpus-queries': corpusQueriesSchema(),
    '0004-graph-index': graphIndexSchema(),
    '0005-dyad-series-columns': dyadSeriesColumns(backend),
    '0006-corpus-unlinked': corpusUnlinkedSchema(),
    '0007-unused-indexes': unusedIndexes(),
  };
}
