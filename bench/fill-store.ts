import type { AnalysisRecord } from '../src/analyze/record.js';
import type { Store } from '../src/store/store.js';
import { ingest, type IngestFigures } from './measure-ingest.js';
import { replicateRecord } from './replicate-record.js';

/** How the query store was grown to its size. */
export interface StoreFill {
  readonly targetEvents: number;
  /** Events in the store after filling. */
  readonly events: number;
  readonly articles: number;
  /** Copies of the analysed corpus added (each under new ids and shifted dates). */
  readonly copies: number;
  /** Ingest speed while filling (the store growing to its full size). */
  readonly ingest: IngestFigures | null;
}

/** Days between one copy of the corpus and the next. */
const COPY_SHIFT_DAYS = 29;

function* copies(records: readonly AnalysisRecord[], from: number, to: number): Generator<AnalysisRecord> {
  for (let copy = from; copy <= to; copy++) {
    for (const r of records) yield replicateRecord(r, copy, copy * COPY_SHIFT_DAYS);
  }
}

/**
 * Grows a store that already holds the analysed corpus until it holds `targetEvents` events, by
 * adding whole copies of the records under new ids with dates moved by a month per copy (streamed,
 * one batch in memory). A corpus without events cannot grow the event count: the store is left as is.
 */
export async function fillStore(
  store: Store,
  records: readonly AnalysisRecord[],
  stored: { readonly articles: number; readonly events: number },
  targetEvents: number,
  batch: number,
): Promise<StoreFill> {
  const perCopy = records.reduce((n, r) => n + r.events.length, 0);
  const needed = perCopy === 0 ? 0 : Math.max(0, Math.ceil((targetEvents - stored.events) / perCopy));
  if (needed === 0) return { targetEvents, ...stored, copies: 0, ingest: null };
  const figures = await ingest(store, copies(records, 1, needed), batch);
  return {
    targetEvents,
    events: stored.events + figures.events,
    articles: stored.articles + figures.articles,
    copies: needed,
    ingest: figures,
  };
}
