import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { AnalysisWorkerData, AnalysisWorkerMessage } from './analysis-worker.js';
import type { BenchArticle } from './generate-corpus.js';

/** Wall time of the corpus analysed by N worker threads, each over its share. */
export interface WorkerRun {
  readonly workers: number;
  readonly seconds: number;
  readonly articlesPerSecond: number;
  readonly sentencesPerSecond: number;
  /** Speed relative to one worker. */
  readonly speedup: number;
  /**
   * The speed-up of a fixed pure-CPU loop on the same number of threads: what the machine itself
   * allows at that moment (below N when cores are shared with other programs).
   */
  readonly machineSpeedup: number;
}

const SPIN = `let x = 0; for (let i = 0; i < 3e8; i++) x += i % 7; require('node:worker_threads').parentPort.postMessage(x);`;

async function spinSeconds(n: number): Promise<number> {
  const start = performance.now();
  await Promise.all(
    Array.from({ length: n }, () => {
      const w = new Worker(SPIN, { eval: true });
      return next<number>(w).finally(() => w.terminate());
    }),
  );
  return (performance.now() - start) / 1000;
}

const workerUrl = new URL('./analysis-worker.ts', import.meta.url).href;
const tsxApi = import.meta.resolve('tsx/esm/api');
const boot = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(workerUrl)}); })`;

function next<T = AnalysisWorkerMessage>(worker: Worker): Promise<T> {
  return new Promise((resolve, reject) => {
    const onError = (e: Error): void => reject(e);
    worker.once('error', onError);
    worker.once('message', (m: T) => {
      worker.off('error', onError);
      resolve(m);
    });
  });
}

async function analysisSeconds(n: number, articles: readonly BenchArticle[], warmup: number): Promise<number> {
  const size = Math.ceil(articles.length / n);
  const workers = Array.from({ length: n }, (_x, i) => {
    const data: AnalysisWorkerData = { articles: articles.slice(i * size, (i + 1) * size), warmup };
    return new Worker(boot, { eval: true, workerData: data });
  });
  try {
    await Promise.all(workers.map(next));
    const start = performance.now();
    const done = Promise.all(workers.map(next));
    for (const w of workers) w.postMessage('go');
    await done;
    return (performance.now() - start) / 1000;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * Measures how analysis scales over worker threads: the corpus split in N equal shares, one
 * analyzer per thread (loaded and warmed up before the clock starts), for N = 1 and each count
 * asked for; each N also runs a fixed CPU loop per thread to show how far the machine itself scales.
 */
export async function measureWorkers(
  articles: readonly BenchArticle[],
  sentences: number,
  counts: readonly number[],
  warmup = 50,
): Promise<WorkerRun[]> {
  const runs: WorkerRun[] = [];
  const spins: number[] = [];
  for (const workers of [...new Set([1, ...counts])].sort((a, b) => a - b)) {
    const seconds = await analysisSeconds(workers, articles, warmup);
    const spin = await spinSeconds(workers);
    runs.push({
      workers,
      seconds,
      articlesPerSecond: articles.length / seconds,
      sentencesPerSecond: sentences / seconds,
      speedup: runs.length > 0 ? runs[0]!.seconds / seconds : 1,
      machineSpeedup: runs.length > 0 ? (spins[0]! * workers) / spin : 1,
    });
    spins.push(spin);
  }
  return runs;
}
