import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer } from '../src/analyze/analyzer.js';
import type { BenchArticle } from './generate-corpus.js';

/** What the scaling bench hands a worker. */
export interface AnalysisWorkerData {
  readonly articles: readonly BenchArticle[];
  readonly warmup: number;
}

/** What a worker reports: `ready` once loaded and warmed up, `done` after its share. */
export type AnalysisWorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'done'; readonly seconds: number; readonly events: number };

const port = parentPort!;
const { articles, warmup } = workerData as AnalysisWorkerData;
const analyzer = createAnalyzer();
analyzer.analyzeAll(articles.slice(0, warmup));
port.on('message', () => {
  const start = performance.now();
  let events = 0;
  for (const r of analyzer.analyzeAll(articles)) events += r.events.length;
  const done: AnalysisWorkerMessage = { type: 'done', seconds: (performance.now() - start) / 1000, events };
  port.postMessage(done);
});
const ready: AnalysisWorkerMessage = { type: 'ready' };
port.postMessage(ready);
