import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { AnalysisWorkerData, AnalysisWorkerMessage } from './analysis-worker.js';
import type { BenchArticle } from './generate-corpus.js';
import { splitThreadCpu, threadCpu, type ThreadCpu } from './thread-cpu.js';

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
  /** CPU seconds of the whole process during the pass (every thread); null off Linux. */
  readonly cpuSeconds: number | null;
  /** Of those, the analysis threads' own (the workers' JavaScript threads). */
  readonly analysisCpuSeconds: number | null;
  /** Of those, V8's and libuv's helper threads (concurrent and parallel GC, optimising compiler). */
  readonly helperCpuSeconds: number | null;
}

interface PassTime {
  readonly seconds: number;
  readonly cpuSeconds: number | null;
  readonly analysisCpuSeconds: number | null;
  readonly helperCpuSeconds: number | null;
}

function splitCpu(before: ThreadCpu | null, after: ThreadCpu | null, workerThreads: ReadonlySet<number>): Omit<PassTime, 'seconds'> {
  if (!before || !after) return { cpuSeconds: null, analysisCpuSeconds: null, helperCpuSeconds: null };
  const split = splitThreadCpu(before, after, workerThreads, true);
  return { cpuSeconds: split.cpuSeconds, analysisCpuSeconds: split.chosenCpuSeconds, helperCpuSeconds: split.otherCpuSeconds };
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

async function analysisSeconds(n: number, articles: readonly BenchArticle[], warmup: number): Promise<PassTime> {
  const size = Math.ceil(articles.length / n);
  const existing = new Set(threadCpu()?.keys() ?? []);
  const workers = Array.from({ length: n }, (_x, i) => {
    const data: AnalysisWorkerData = { articles: articles.slice(i * size, (i + 1) * size), warmup };
    return new Worker(boot, { eval: true, workerData: data });
  });
  try {
    await Promise.all(workers.map(next));
    const before = threadCpu();
    const workerThreads = new Set([...(before?.keys() ?? [])].filter((tid) => !existing.has(tid)));
    const start = performance.now();
    const done = Promise.all(workers.map(next));
    for (const w of workers) w.postMessage('go');
    await done;
    const seconds = (performance.now() - start) / 1000;
    return { seconds, ...splitCpu(before, threadCpu(), workerThreads) };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * Measures how analysis scales over worker threads: the corpus split in N equal shares, one
 * analyzer per thread (loaded and warmed up before the clock starts), for N = 1 and each count
 * asked for; each N also runs a fixed CPU loop per thread to show how far the machine itself scales,
 * and the CPU time of every thread is split into the analysis threads' and V8's helper threads'.
 * Each worker first analyses `warmup` articles of its share, untimed, so the pass measures warm
 * code: V8's optimising compiler does most of its work in about the first 500 articles of a thread
 * (on helper threads, beside the analysis), once per worker, and counting it would charge N workers
 * N times that fixed cost against the same corpus.
 */
export async function measureWorkers(
  articles: readonly BenchArticle[],
  sentences: number,
  counts: readonly number[],
  warmup = 500,
): Promise<WorkerRun[]> {
  const runs: WorkerRun[] = [];
  const spins: number[] = [];
  for (const workers of [...new Set([1, ...counts])].sort((a, b) => a - b)) {
    const { seconds, ...cpu } = await analysisSeconds(workers, articles, warmup);
    const spin = await spinSeconds(workers);
    runs.push({
      workers,
      seconds,
      ...cpu,
      articlesPerSecond: articles.length / seconds,
      sentencesPerSecond: sentences / seconds,
      speedup: runs.length > 0 ? runs[0]!.seconds / seconds : 1,
      machineSpeedup: runs.length > 0 ? (spins[0]! * workers) / spin : 1,
    });
    spins.push(spin);
  }
  return runs;
}

/**
 * What the CPU split says about scaling: how many cores one worker kept busy (its own thread plus
 * V8's helper threads running beside it), and so the most N workers could gain on this machine.
 */
export function describeWorkerCpu(runs: readonly WorkerRun[], cores: number): string[] {
  const lines: string[] = [];
  for (const r of runs) {
    if (r.cpuSeconds === null || r.analysisCpuSeconds === null || r.helperCpuSeconds === null) continue;
    const share = r.cpuSeconds > 0 ? (100 * r.helperCpuSeconds) / r.cpuSeconds : 0;
    lines.push(
      `  N=${r.workers}  CPU ${r.cpuSeconds.toFixed(1)} s: analysis threads ${r.analysisCpuSeconds.toFixed(1)} s, helper threads ${r.helperCpuSeconds.toFixed(1)} s (${share.toFixed(0)}%); ${(r.cpuSeconds / r.seconds).toFixed(2)} cores busy`,
    );
  }
  const one = runs.find((r) => r.workers === 1);
  if (one?.cpuSeconds) {
    const busy = one.cpuSeconds / one.seconds;
    for (const r of runs.filter((x) => x.workers > 1)) {
      const bound = Math.min(r.workers, cores) / Math.max(1, busy);
      const extra = r.cpuSeconds ? ` and ${r.workers} workers took ${(r.cpuSeconds / one.cpuSeconds).toFixed(2)}× the CPU of one` : '';
      lines.push(`  one worker kept ${busy.toFixed(2)} cores busy, so ${r.workers} on ${cores} core(s) can gain at most ${bound.toFixed(2)}×${extra}`);
    }
  }
  return lines;
}
