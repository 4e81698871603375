import type { AnalysisRecord } from '../src/analyze/record.js';
import { storeDyadSeries } from '../src/corpus/dyad-series.js';
import type { Store } from '../src/store/store.js';
import { timeQueries, type Latency } from './latency.js';

/** Latencies of the three query kinds. */
export interface QueryFigures {
  readonly search: Latency;
  readonly eventsByActor: Latency;
  /** Events from one actor to another, counted by month. */
  readonly dyadSeries: Latency;
  /** How the dyad series is computed with the store's API. */
  readonly dyadMethod: string;
}

/** Words any news corpus of international affairs holds; searched besides the corpus's own names. */
const TOPIC_QUERIES = [
  'ceasefire', 'sanctions', 'election', 'missiles', 'protesters', 'agreement', 'drones', 'treaty',
  '"foreign ministry"', '"prime minister"', 'accused NOT denied', 'talks AND border',
];

function mostFrequent(values: Iterable<string>, n: number): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([v]) => v);
}

function* actorsOf(records: readonly AnalysisRecord[]): Generator<string> {
  for (const r of records) {
    for (const e of r.events) {
      if (e.source.actor) yield e.source.actor;
      if (e.target?.actor) yield e.target.actor;
    }
  }
}

function* dyadsOf(records: readonly AnalysisRecord[]): Generator<string> {
  for (const r of records) for (const e of r.events) if (e.source.actor && e.target?.actor) yield `${e.source.actor}|${e.target.actor}`;
}

function* namesOf(records: readonly AnalysisRecord[]): Generator<string> {
  for (const r of records) for (const e of r.entities) if (/^[\p{L} .'-]+$/u.test(e.name)) yield `"${e.name.replace(/"/g, '')}"`;
}

/**
 * Times search, events by actor and dyad series on a store, with queries drawn from the analysed
 * records (their most frequent names, actors and actor pairs) plus common topic words; a third of
 * the searches and actor queries are bounded by a one-year window.
 */
export async function measureQueries(store: Store, records: readonly AnalysisRecord[], runs: number): Promise<QueryFigures> {
  const published = records.map((r) => r.document.published?.slice(0, 4)).filter((y): y is string => !!y).sort();
  const year = published[Math.floor(published.length / 2)] ?? '2024';
  const window = (i: number): { since?: string; until?: string } => (i % 3 === 2 ? { since: year, until: year } : {});
  const searches = [...TOPIC_QUERIES, ...mostFrequent(namesOf(records), 40)].map(
    (q, i) => async () => (await store.search(q, window(i))).length,
  );
  const actors = mostFrequent(actorsOf(records), 40).map(
    (actor, i) => async () => (await store.events({ actor, ...window(i) })).length,
  );
  const dyads = mostFrequent(dyadsOf(records), 30).map((pair) => {
    const [source, target] = pair.split('|') as [string, string];
    return async () => (await storeDyadSeries(store, source, target, 'month')).length;
  });
  return {
    search: await timeQueries(searches, runs),
    eventsByActor: await timeQueries(actors, runs),
    dyadSeries: await timeQueries(dyads, Math.min(runs, 30)),
    dyadMethod: 'storeDyadSeries by month over all modalities (store.dyadRows counted, one store.dyadMentionsAt for the evidence; as the dyad command and the API do)',
  };
}
