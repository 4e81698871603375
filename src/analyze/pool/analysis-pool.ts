import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article } from '../../read/article.js';
import type { AnalysisRecord } from '../record.js';
import { AnalysisPoolError } from './analysis-pool-error.js';
import type { PoolJob, PoolReply, PoolWorkerData } from './pool-messages.js';

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
}

interface Slot {
  readonly worker: Worker;
  readonly loaded: Promise<void>;
  ready: boolean;
  current: Pending | null;
  timer: NodeJS.Timeout | null;
  /** Set when the pool stopped this worker on purpose, so its exit is not a crash. */
  retired: boolean;
}

/** The worker to start: the compiled module, or (run from TypeScript sources) the .ts one through tsx. */
function spawnWorker(data: PoolWorkerData, maxHeapMb: number | undefined): Worker {
  const script = new URL(import.meta.url.replace(/analysis-pool\.(ts|js)$/, 'pool-worker.$1'));
  const options = { workerData: data, ...(maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } } : {}) };
  if (!script.pathname.endsWith('.ts')) return new Worker(script, options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(script.href)}, ${JSON.stringify(script.href)}))`;
  return new Worker(boot, { ...options, eval: true });
}

const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(3))} s`;

/**
 * Starts a pool of analysis workers (each loads the data files once). Articles wait in a queue for an
 * idle worker; records come back in the order each analysis ends (callers that need input order keep
 * their own). An analysis past the time limit is rejected as `timeout` and its worker terminated and
 * replaced, so one pathological article never holds up the rest.
 */
export function createAnalysisPool(options: AnalysisPoolOptions): AnalysisPool {
  if (!Number.isInteger(options.size) || options.size < 1) throw new RangeError(`the pool size must be a whole number ≥ 1; got ${options.size}`);
  const data: PoolWorkerData = { kbFiles: [...(options.kbFiles ?? [])] };
  const queue: Pending[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;
  let broken: AnalysisPoolError | null = null;

  const fail = (error: AnalysisPoolError): void => {
    broken ??= error;
    for (const p of queue.splice(0)) p.reject(error);
    for (const s of slots) {
      const job = finish(s);
      job?.reject(error);
    }
  };
  const finish = (slot: Slot): Pending | null => {
    const job = slot.current;
    slot.current = null;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    return job;
  };
  const replace = (slot: Slot): void => {
    slot.retired = true;
    void slot.worker.terminate();
    const i = slots.indexOf(slot);
    if (i >= 0 && !closed && !broken) slots[i] = start();
  };
  const dispatch = (): void => {
    if (closed || broken) return;
    for (const slot of slots) {
      if (!slot.ready || slot.current || !queue.length) continue;
      const next = queue.shift()!;
      slot.current = next;
      if (options.timeLimitMs !== null) {
        const limit = options.timeLimitMs;
        slot.timer = setTimeout(() => {
          const job = finish(slot);
          replace(slot);
          job?.reject(new AnalysisPoolError('timeout', `analysis took longer than the time limit of ${seconds(limit)}; the article was skipped`));
          dispatch();
        }, limit);
      }
      slot.worker.postMessage(next.job);
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
    const slot: Slot = { worker, loaded, ready: false, current: null, timer: null, retired: false };
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
      if (slot.current?.job.id !== reply.id) return;
      const job = finish(slot)!;
      if (reply.type === 'done') job.resolve(JSON.parse(reply.json) as AnalysisRecord);
      else job.reject(new AnalysisPoolError('failed', `analysis failed: ${reply.message}`));
      dispatch();
    });
    const died = (why: string): void => {
      if (slot.retired) return;
      if (!slot.ready) {
        const error = new AnalysisPoolError('unavailable', `an analysis worker could not start: ${why}`);
        rejectLoaded(error);
        return fail(error);
      }
      const job = finish(slot);
      replace(slot);
      job?.reject(new AnalysisPoolError('crashed', `the analysis worker died during the analysis (${why}); the article was skipped`));
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
        queue.push({ job: { id: nextId++, article: { ...article } }, resolve, reject });
        dispatch();
      });
    },
    pending() {
      return queue.length + slots.filter((s) => s.current).length;
    },
    async close() {
      if (closed) return;
      closed = true;
      const error = new AnalysisPoolError('closed', 'the analysis pool is closed');
      for (const p of queue.splice(0)) p.reject(error);
      await Promise.all(
        slots.map((s) => {
          finish(s)?.reject(error);
          s.retired = true;
          return s.worker.terminate();
        }),
      );
    },
  };
}
