import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article } from '../../read/article.js';
import type { AnalysisRecord } from '../record.js';
import { AnalysisPoolError } from './analysis-pool-error.js';
import type { PoolJob, PoolReply, PoolWorkerData } from './pool-messages.js';

/**
 * Most articles a worker is given at once. It analyses them stage by stage (`Analyzer.analyzeAll`),
 * which costs about a third less CPU than article by article; an idle worker never waits for a batch
 * to fill, it takes its share of what is queued.
 */
export const POOL_BATCH = 32;

/**
 * Young-generation size of a worker, MB (V8's own default on a big machine is 48: two 16 MB semi-spaces and
 * their large-object space). The analysis of an article makes short-lived garbage that dies young either way.
 */
export const WORKER_YOUNG_GENERATION_MB = 24;

/** How many workers, and the limits each analysis runs within. */
export interface AnalysisPoolOptions {
  /** Worker threads (at least 1). */
  readonly size: number;
  /** Longest one analysis may run, in ms; past it the worker is terminated and replaced. Null: no limit. */
  readonly timeLimitMs: number | null;
  /** Extra knowledge-base files every worker loads (`--kb`). */
  readonly kbFiles?: readonly string[];
  /** Heap limit of each worker in MB; an analysis that exceeds it fails as `crashed` and the worker is replaced. */
  readonly maxHeapMb?: number;
}

/** Analyses articles on worker threads, each article within a time limit; a stuck worker is replaced. */
export interface AnalysisPool {
  readonly size: number;
  /** Resolves when every worker has loaded its data files; rejects with an `unavailable` AnalysisPoolError when they cannot. */
  readonly ready: Promise<void>;
  /** The record of an article; rejects with an AnalysisPoolError (`timeout`, `failed`, `crashed`, `unavailable`, `closed`). */
  analyze(article: Article): Promise<AnalysisRecord>;
  /** Articles given to the pool and not yet answered. */
  pending(): number;
  /** Stops every worker; articles not yet answered are rejected as `closed`. */
  close(): Promise<void>;
}

/** The number of workers `auto` means: the cores this process may use. */
export function autoWorkers(): number {
  return Math.max(1, availableParallelism());
}

interface Pending {
  readonly job: PoolJob;
  readonly resolve: (record: AnalysisRecord) => void;
  readonly reject: (error: AnalysisPoolError) => void;
  /** Set when a batch holding it ran past the time limit or killed its worker: it is then analysed on its own. */
  alone: boolean;
}

interface Slot {
  readonly worker: Worker;
  readonly loaded: Promise<void>;
  ready: boolean;
  /** The batch the worker is analysing (empty when idle) and its number. */
  current: Pending[];
  batch: number;
  timer: NodeJS.Timeout | null;
  /** Set when the pool stopped this worker on purpose, so its exit is not a crash. */
  retired: boolean;
}

/** The worker to start: the compiled module, or (run from TypeScript sources) the .ts one through tsx. */
function spawnWorker(data: PoolWorkerData, maxHeapMb: number | undefined): Worker {
  const script = new URL(import.meta.url.replace(/analysis-pool\.(ts|js)$/, 'pool-worker.$1'));
  const options = { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, ...(maxHeapMb ? { maxOldGenerationSizeMb: maxHeapMb } : {}) } };
  if (!script.pathname.endsWith('.ts')) return new Worker(script, options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(script.href)}, ${JSON.stringify(script.href)}))`;
  return new Worker(boot, { ...options, eval: true });
}

const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(3))} s`;

/**
 * Starts a pool of analysis workers (each loads the data files once). Articles wait in a queue for an
 * idle worker, which takes up to {@link POOL_BATCH} of them at once; records come back in the order
 * each batch ends (callers that need input order keep their own). A batch past the time limit, or
 * whose worker dies, has its worker terminated and replaced and its articles analysed again one by one;
 * an article alone past the time limit is rejected as `timeout` (a dead worker: `crashed`), so one
 * pathological article never holds up the rest.
 */
export function createAnalysisPool(options: AnalysisPoolOptions): AnalysisPool {
  if (!Number.isInteger(options.size) || options.size < 1) throw new RangeError(`the pool size must be a whole number ≥ 1; got ${options.size}`);
  const data: PoolWorkerData = { kbFiles: [...(options.kbFiles ?? [])] };
  const queue: Pending[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let nextBatch = 1;
  let closed = false;
  let broken: AnalysisPoolError | null = null;

  const fail = (error: AnalysisPoolError): void => {
    broken ??= error;
    for (const p of queue.splice(0)) p.reject(error);
    for (const s of slots) for (const p of finish(s)) p.reject(error);
  };
  const finish = (slot: Slot): Pending[] => {
    const jobs = slot.current;
    slot.current = [];
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    return jobs;
  };
  /** A batch that timed out or crashed: a lone article is rejected, the articles of a larger batch go back to the queue's front, each to run alone. */
  const retryAlone = (jobs: Pending[], error: AnalysisPoolError): void => {
    if (jobs.length === 1) return jobs[0]!.reject(error);
    for (const p of jobs) p.alone = true;
    queue.unshift(...jobs);
  };
  const take = (idle: number): Pending[] => {
    if (queue[0]!.alone) return queue.splice(0, 1);
    return queue.splice(0, Math.min(POOL_BATCH, Math.ceil(queue.length / idle)));
  };
  const replace = (slot: Slot): void => {
    slot.retired = true;
    void slot.worker.terminate();
    const i = slots.indexOf(slot);
    if (i >= 0 && !closed && !broken) slots[i] = start();
  };
  const dispatch = (): void => {
    if (closed || broken) return;
    let idle = slots.filter((s) => s.ready && s.current.length === 0).length;
    for (const slot of slots) {
      if (!slot.ready || slot.current.length > 0 || !queue.length) continue;
      const jobs = take(idle--);
      slot.current = jobs;
      slot.batch = nextBatch++;
      if (options.timeLimitMs !== null) {
        const limit = options.timeLimitMs;
        slot.timer = setTimeout(() => {
          const timedOut = finish(slot);
          replace(slot);
          retryAlone(timedOut, new AnalysisPoolError('timeout', `analysis took longer than the time limit of ${seconds(limit)}; the article was skipped`));
          dispatch();
        }, limit);
      }
      slot.worker.postMessage({ batch: slot.batch, jobs: jobs.map((p) => p.job) });
    }
  };
  function start(): Slot {
    const worker = spawnWorker(data, options.maxHeapMb);
    let resolveLoaded!: () => void;
    let rejectLoaded!: (e: AnalysisPoolError) => void;
    const loaded = new Promise<void>((resolve, reject) => {
      resolveLoaded = resolve;
      rejectLoaded = reject;
    });
    loaded.catch(() => undefined);
    const slot: Slot = { worker, loaded, ready: false, current: [], batch: 0, timer: null, retired: false };
    worker.on('message', (reply: PoolReply) => {
      if (reply.type === 'ready') {
        slot.ready = true;
        resolveLoaded();
        return dispatch();
      }
      if (reply.type === 'unavailable') {
        const error = new AnalysisPoolError('unavailable', `the analysis workers could not load their data: ${reply.message}`, reply.dataFile);
        rejectLoaded(error);
        return fail(error);
      }
      if (slot.current.length === 0 || slot.batch !== reply.batch) return;
      const jobs = finish(slot);
      reply.results.forEach((r, i) => {
        if ('json' in r) jobs[i]!.resolve(JSON.parse(r.json) as AnalysisRecord);
        else jobs[i]!.reject(new AnalysisPoolError('failed', `analysis failed: ${r.message}`));
      });
      dispatch();
    });
    const died = (why: string): void => {
      if (slot.retired) return;
      if (!slot.ready) {
        const error = new AnalysisPoolError('unavailable', `an analysis worker could not start: ${why}`);
        rejectLoaded(error);
        return fail(error);
      }
      const lost = finish(slot);
      replace(slot);
      retryAlone(lost, new AnalysisPoolError('crashed', `the analysis worker died during the analysis (${why}); the article was skipped`));
      dispatch();
    };
    worker.on('error', (e) => died(e.message));
    worker.on('exit', (code) => died(`exit code ${code}`));
    return slot;
  }

  for (let i = 0; i < options.size; i++) slots.push(start());
  const ready = Promise.all(slots.map((s) => s.loaded)).then(() => undefined);
  ready.catch(() => undefined);

  return {
    size: options.size,
    ready,
    analyze(article) {
      if (closed) return Promise.reject(new AnalysisPoolError('closed', 'the analysis pool is closed'));
      if (broken) return Promise.reject(broken);
      return new Promise<AnalysisRecord>((resolve, reject) => {
        queue.push({ job: { id: nextId++, article: { ...article } }, resolve, reject, alone: false });
        dispatch();
      });
    },
    pending() {
      return queue.length + slots.reduce((n, s) => n + s.current.length, 0);
    },
    async close() {
      if (closed) return;
      closed = true;
      const error = new AnalysisPoolError('closed', 'the analysis pool is closed');
      for (const p of queue.splice(0)) p.reject(error);
      await Promise.all(
        slots.map((s) => {
          for (const p of finish(s)) p.reject(error);
          s.retired = true;
          return s.worker.terminate();
        }),
      );
    },
  };
}
