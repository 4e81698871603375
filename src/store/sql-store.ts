import type { Kysely } from 'kysely';
import { actorGraph } from './actor-graph.js';
import { claimGroups } from './claim-groups.js';
import { dyadMentions, dyadMentionsAt, dyadRows } from './dyad-mentions.js';
import { listStoryArticles, readCorpusArticles, readCorpusWindow, writeCorpusLinks } from './corpus-links.js';
import { entityProfile } from './entity-profile.js';
import { earliestStart } from './event-query.js';
import { listEntities } from './entity-summaries.js';
import { listArticles } from './list-articles.js';
import { listEvents } from './list-events.js';
import { dayBound, pageBounds } from './query-bounds.js';
import { readRecord } from './read-record.js';
import { resolveId } from './resolve-id.js';
import { createSecondaryIndex, secondaryIndexes } from './secondary-indexes.js';
import type { Store } from './store.js';
import type { StoreBackend } from './store-backend.js';
import type { StoreDatabase } from './store-database.js';
import { StoreError, type StoreErrorCode } from './store-error.js';
import { storeStats } from './store-stats.js';
import { streamEvents } from './stream-events.js';
import { writeRecords } from './write-records.js';

const DEFAULT_SEARCH_LIMIT = 20;

/** Matches a search ranks at most (the most recently stored that pass its dates) unless its page reaches further. */
export const RANKED_MATCHES = 1000;
const DEFAULT_MARKS = ['«', '»'] as const;

/** The codes of failures of the store itself (not of what was asked of it), whose messages name the store. */
const STORE_FAILURES: ReadonlySet<StoreErrorCode> = new Set(['locked', 'readonly', 'corrupt', 'io', 'closed', 'not-found', 'migration', 'not-a-store']);

/**
 * A store over an open, migrated database: dialect-neutral Kysely, with the backend's dialect parts.
 * `shown` is the store's location fit to show (a PostgreSQL URL without its password): failures of the
 * store itself (`locked`, `readonly`, `io`, `corrupt`, `closed`…) say `<shown>: <message>`, as open errors do;
 * failures of what was asked (`bad-query`, `ambiguous-id`, `invalid-record`) do not.
 */
export function createSqlStore(db: Kysely<StoreDatabase>, backend: StoreBackend, readonly: boolean, shown: string): Store {
  let closed = false;

  function located(error: unknown): unknown {
    const translated = backend.translateError(error);
    if (!(translated instanceof StoreError) || !STORE_FAILURES.has(translated.code)) return translated;
    return new StoreError(translated.code, `${shown}: ${translated.message}`, translated.cause ?? (translated === error ? undefined : error));
  }

  function open(doing: string): void {
    if (closed) throw new StoreError('closed', `expected an open store to ${doing}, but it was closed`);
  }

  async function guard<T>(doing: string, work: () => Promise<T>): Promise<T> {
    try {
      open(doing);
      return await work();
    } catch (error) {
      throw located(error);
    }
  }

  async function* guardStream<T>(doing: string, work: () => AsyncIterable<T>): AsyncGenerator<T> {
    try {
      open(doing);
      for await (const item of work()) {
        yield item;
        open(doing);
      }
    } catch (error) {
      throw located(error);
    }
  }

  function writable(doing: string): void {
    if (readonly) throw new StoreError('readonly', `expected a writable store to ${doing}, but it was opened read-only`);
  }

  const store: Store = {
    putRecord: async (record) => (await store.putRecords([record]))[0]!,
    putRecords: (records) =>
      guard('store records', async () => {
        writable('store records');
        if (records.length === 0) return [];
        const storedAt = new Date().toISOString();
        return backend.write(db, (trx) => writeRecords(trx, backend, records, storedAt));
      }),
    deferIndexes: () =>
      guard('drop the secondary indexes', async () => {
        writable('drop the secondary indexes');
        await backend.write(db, async (trx) => {
          const present = await backend.indexNames(trx);
          for (const index of secondaryIndexes(backend)) if (present.has(index.name)) await trx.schema.dropIndex(index.name).execute();
        });
      }),
    buildIndexes: (onIndex) =>
      guard('build the secondary indexes', async () => {
        writable('build the secondary indexes');
        const present = await backend.indexNames(db);
        const missing = secondaryIndexes(backend).filter((index) => !present.has(index.name));
        await backend.withDiskSorts(db, async () => {
          for (const [built, index] of missing.entries()) {
            onIndex?.(index.name, built, missing.length);
            await backend.write(db, async (trx) => {
              if (!(await backend.indexNames(trx)).has(index.name)) await createSecondaryIndex(trx.schema, index);
            });
          }
        });
        return missing.length;
      }),
    getRecord: (id) => guard('read a record', () => readRecord(db, id)),
    resolveId: (prefix) => guard('resolve an id', () => resolveId(db, prefix)),
    search: (query, options = {}) =>
      guard('search', async () => {
        const page = pageBounds(options.limit, options.offset, DEFAULT_SEARCH_LIMIT);
        const since = dayBound(options.since, 'since');
        const until = dayBound(options.until, 'until');
        if (query.trim() === '') return [];
        return backend.search(db, {
          query,
          plain: options.plain ?? false,
          ...page,
          ranked: Math.max(RANKED_MATCHES, page.offset + page.limit),
          startsFrom: since === null ? null : earliestStart(since),
          since,
          until,
          marks: options.marks ?? DEFAULT_MARKS,
        });
      }),
    events: (filter) => guard('list events', () => listEvents(db, filter)),
    dyadMentions: (a, b, filter) => guard('list the events of a dyad', () => dyadMentions(db, a, b, filter)),
    dyadRows: (a, b, filter) => guard('list the events of a dyad', () => dyadRows(db, a, b, filter)),
    dyadMentionsAt: (places) => guard('read events', () => dyadMentionsAt(db, places)),
    stats: () => guard('count', () => storeStats(db)),
    corpusArticles: (options = {}) => guard('read the corpus', () => readCorpusArticles(db, options.unlinked ?? false)),
    corpusWindow: (limit) => guard('read the corpus', () => readCorpusWindow(db, limit)),
    putCorpusLinks: (links) =>
      guard('store corpus links', async () => {
        writable('store corpus links');
        if (links.length === 0) return;
        await backend.write(db, (trx) => writeCorpusLinks(trx, links));
      }),
    storyArticles: (options = {}) => guard('list stories', () => listStoryArticles(db, options.since)),
    streamEvents: (filter) => guardStream('stream events', () => streamEvents(db, filter)),
    listArticles: (filter) => guard('list articles', () => listArticles(db, filter)),
    entities: (filter) => guard('list entities', () => listEntities(db, filter)),
    entityProfile: (key) => guard('profile an entity', () => entityProfile(db, key)),
    claimGroups: (filter) => guard('group claims', () => claimGroups(db, filter)),
    graph: (filter) => guard('build the actor graph', () => actorGraph(db, filter)),
    close: async () => {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
  return store;
}
