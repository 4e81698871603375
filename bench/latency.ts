import { performance } from 'node:perf_hooks';

/** Latency figures of one kind of query, in milliseconds. */
export interface Latency {
  readonly queries: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  /** CPU time of this process per query (user and system): steadier than the clock on a shared machine. */
  readonly cpuP50: number;
  readonly cpuP95: number;
  /** Mean number of results per query, to show the queries found something. */
  readonly meanResults: number;
}

/** The nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/**
 * Runs each query in turn (cycling through the list until `runs` have been timed), after one
 * untimed pass over the first few for warm-up, timing each by the clock and by this process's CPU
 * time; each query returns its result count.
 */
export async function timeQueries(queries: readonly (() => Promise<number>)[], runs: number, warmup = 5): Promise<Latency> {
  if (queries.length === 0) return { queries: 0, p50: Number.NaN, p95: Number.NaN, max: Number.NaN, cpuP50: Number.NaN, cpuP95: Number.NaN, meanResults: 0 };
  for (const q of queries.slice(0, warmup)) await q();
  const ms: number[] = [];
  const cpuMs: number[] = [];
  let results = 0;
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    results += await queries[i % queries.length]!();
    ms.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    cpuMs.push((used.user + used.system) / 1000);
  }
  ms.sort((a, b) => a - b);
  cpuMs.sort((a, b) => a - b);
  return {
    queries: runs,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    max: ms.at(-1)!,
    cpuP50: percentile(cpuMs, 50),
    cpuP95: percentile(cpuMs, 95),
    meanResults: results / runs,
  };
}
