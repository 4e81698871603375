import { createAnalyzer, type Analyzer } from '../src/analyze/analyzer.js';
import type { AnalysisRecord } from '../src/analyze/record.js';
import type { BenchArticle } from './generate-corpus.js';
import { startStopwatch } from './stopwatch.js';
import { splitThreadCpu, threadCpu } from './thread-cpu.js';
import { throughput, type Throughput } from './throughput.js';

/** What one pass of newsgraph's `analyzeAll()` over the corpus measured. */
export interface AnalysisFigures extends Throughput {
  /** Time to build the analyzer (load and check the data files). */
  readonly loadMs: number;
  /** Process peak resident set size at the end of the pass (corpus and records included). */
  readonly peakRssMb: number;
  readonly entities: number;
  readonly events: number;
  readonly quotes: number;
  readonly claims: number;
  readonly times: number;
  /**
   * Of the pass's CPU time, this (the analysing) thread's own; null off Linux. The rest is V8's
   * helper threads: the optimising compiler (most of it while the code warms up) and GC.
   */
  readonly analysisCpuSeconds: number | null;
  /** Of the pass's CPU time, V8's and libuv's helper threads'; null off Linux. */
  readonly helperCpuSeconds: number | null;
  /** A second pass over the same articles through `analyze`, one article through every stage at a time, after the first. */
  readonly oneByOne: Throughput;
}

/** The figures of the pass and the records it produced (kept for the ingest and query benches). */
export interface AnalysisRun {
  readonly analyzer: Analyzer;
  readonly figures: AnalysisFigures;
  readonly records: readonly AnalysisRecord[];
}

/**
 * Analyses every article once on this thread with `analyzeAll` (stage by stage over batches, as the
 * CLI's analysis workers do), after a short untimed warm-up, and times the pass; then times a second
 * pass article by article through `analyze` (same records; its code is warmer by then).
 */
export function measureAnalysis(articles: readonly BenchArticle[], sentences: number, warmup: number): AnalysisRun {
  const loading = startStopwatch();
  const analyzer = createAnalyzer();
  const loadMs = loading().seconds * 1000;
  analyzer.analyzeAll(articles.slice(0, warmup));
  const threadsBefore = threadCpu();
  const pass = startStopwatch();
  const records = analyzer.analyzeAll(articles);
  const elapsed = pass();
  const threadsAfter = threadCpu();
  const split = threadsBefore && threadsAfter ? splitThreadCpu(threadsBefore, threadsAfter, new Set([process.pid]), false) : null;
  const single = startStopwatch();
  for (const a of articles) analyzer.analyze(a);
  const oneByOne = throughput(articles, sentences, single());
  const sum = (f: (r: AnalysisRecord) => number): number => records.reduce((n, r) => n + f(r), 0);
  return {
    analyzer,
    records,
    figures: {
      ...throughput(articles, sentences, elapsed),
      loadMs,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      entities: sum((r) => r.entities.length),
      events: sum((r) => r.events.length),
      quotes: sum((r) => r.quotes.length),
      claims: sum((r) => r.claims.length),
      times: sum((r) => r.times.length),
      analysisCpuSeconds: split?.chosenCpuSeconds ?? null,
      helperCpuSeconds: split?.otherCpuSeconds ?? null,
      oneByOne,
    },
  };
}
