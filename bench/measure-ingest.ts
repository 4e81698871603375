import type { AnalysisRecord } from '../src/analyze/record.js';
import type { Store } from '../src/store/store.js';
import { startStopwatch, type Elapsed } from './stopwatch.js';

/** What went into the store and how fast. */
export interface IngestFigures extends Elapsed {
  readonly articles: number;
  readonly events: number;
  /** Records per `putRecords` call. */
  readonly batch: number;
  readonly articlesPerSecond: number;
  readonly eventsPerSecond: number;
}

/** Puts records into a store with `putRecords`, `batch` at a time, holding only one batch; times the whole. */
export async function ingest(store: Store, records: Iterable<AnalysisRecord>, batch: number): Promise<IngestFigures> {
  let articles = 0;
  let events = 0;
  let pending: AnalysisRecord[] = [];
  const clock = startStopwatch();
  const flush = async (): Promise<void> => {
    await store.putRecords(pending);
    pending = [];
  };
  for (const r of records) {
    pending.push(r);
    articles++;
    events += r.events.length;
    if (pending.length >= batch) await flush();
  }
  if (pending.length > 0) await flush();
  const elapsed = clock();
  return {
    articles,
    events,
    batch,
    ...elapsed,
    articlesPerSecond: articles / elapsed.seconds,
    eventsPerSecond: events / elapsed.seconds,
  };
}
