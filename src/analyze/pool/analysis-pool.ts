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
 * Batches a worker is given beyond the one it is analysing. The thread that feeds the workers also
 * stores their records, and cannot hand out work while a write holds it (a few hundred ms for a batch
 * of records); with batches queued in the worker, analysis goes on meanwhile.
 */
export const POOL_AHEAD = 7;

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

interface Batch {
  readonly number: number;
  readonly jobs: Pending[];
}

interface Slot {
  readonly worker: Worker;
  readonly loaded: Promise<void>;
  ready: boolean;
  /** The batches given to the worker, in the order it analyses them: the first is running (none when idle). */
  batches: Batch[];
  /** The time limit of the first batch, started when it became first. */
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
 * Starts a pool of analysis workers (each loads the data files once). Articles wait in a queue; an
 * idle worker takes up to {@link POOL_BATCH} of them at once, and a busy one full batches to run next,
 * up to {@link POOL_AHEAD}; records come back in the order each batch ends (callers that need input
 * order keep their own). The time limit of a batch starts when the worker starts it. A batch past the time limit, or
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
    for (const s of slots) for (const p of finish(s).flat()) p.reject(error);
  };
  /** Takes every batch off a slot (the running one first) and stops its timer. */
  const finish = (slot: Slot): Pending[][] => {
    const jobs = slot.batches.map((b) => b.jobs);
    slot.batches = [];
    stopTimer(slot);
    return jobs;
  };
  const stopTimer = (slot: Slot): void => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  };
  /** A slot's worker stopped (time limit, crash): the batches it had not started go back to the queue's front, and the running one is retried alone. */
  const lose = (slot: Slot, error: AnalysisPoolError): void => {
    const [running = [], ...waiting] = finish(slot);
    replace(slot);
    queue.unshift(...waiting.flat());
    retryAlone(running, error);
    dispatch();
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
  const startTimer = (slot: Slot): void => {
    const limit = options.timeLimitMs;
    if (limit === null || slot.batches.length === 0) return;
    slot.timer = setTimeout(() => {
      lose(slot, new AnalysisPoolError('timeout', `analysis took longer than the time limit of ${seconds(limit)}; the article was skipped`));
    }, limit);
  };
  const hasRoom = (slot: Slot): boolean => slot.ready && slot.batches.length <= POOL_AHEAD;
  /**
   * Hands out queued articles a batch at a time, each to the worker with the fewest batches: an idle
   * worker takes its share of what is queued, a busy one only a full batch (or an article to run alone).
   */
  const dispatch = (): void => {
    if (closed || broken) return;
    for (;;) {
      const open = slots.filter(hasRoom).sort((a, b) => a.batches.length - b.batches.length);
      const slot = open[0];
      if (!slot || !queue.length) return;
      const idle = open.filter((s) => s.batches.length === 0).length;
      if (idle === 0 && queue.length < POOL_BATCH && !queue[0]!.alone) return;
      const batch = { number: nextBatch++, jobs: take(Math.max(idle, 1)) };
      slot.batches.push(batch);
      if (slot.batches.length === 1) startTimer(slot);
      slot.worker.postMessage({ batch: batch.number, jobs: batch.jobs.map((p) => p.job) });
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
    const slot: Slot = { worker, loaded, ready: false, batches: [], timer: null, retired: false };
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
      if (slot.batches[0]?.number !== reply.batch) return;
      const { jobs } = slot.batches.shift()!;
      stopTimer(slot);
      startTimer(slot);
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
      lose(slot, new AnalysisPoolError('crashed', `the analysis worker died during the analysis (${why}); the article was skipped`));
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
      return queue.length + slots.reduce((n, s) => n + s.batches.reduce((m, b) => m + b.jobs.length, 0), 0);
    },
    async close() {
      if (closed) return;
      closed = true;
      const error = new AnalysisPoolError('closed', 'the analysis pool is closed');
      for (const p of queue.splice(0)) p.reject(error);
      await Promise.all(
        slots.map((s) => {
          for (const p of finish(s).flat()) p.reject(error);
          s.retired = true;
          return s.worker.terminate();
        }),
      );
    },
  };
}
