import { Worker } from 'node:worker_threads';
import type { AnalysisRecord } from '../analyze/record.js';
import { DataFileError } from '../data/data-file.js';
import type { Article } from '../read/article.js';
import type { AnalysisJob, AnalysisReply, AnalysisWorkerData } from './analysis-messages.js';
import { ApiError } from './api-error.js';

/** Limits of the analysis worker. */
export interface AnalysisRunnerOptions {
  /** Longest one analysis may run, in ms; the worker is stopped (and replaced) when it is exceeded. */
  readonly timeoutMs: number;
  /** Most articles waiting for the worker; more are refused as `busy`. */
  readonly maxQueue: number;
  /** Extra knowledge-base files (paths) the worker adds to the bundled knowledge base; none by default. */
  readonly kbFiles?: readonly string[];
}

/** Analyses articles off the request thread, one at a time, each within a time limit. */
export interface AnalysisRunner {
  /** Resolves when the worker has loaded its data files; rejects when it cannot (a DataFileError for a bad data file). */
  readonly ready: Promise<void>;
  /**
   * The record of an article. Rejects with an ApiError: 504 `analysis-timeout` past the time limit,
   * 503 `busy` when the queue is full, 503 `analysis-unavailable` when the worker cannot start;
   * with a plain Error when the analysis itself throws.
   */
  analyze(article: Article): Promise<AnalysisRecord>;
  /** Stops the worker; waiting articles are refused. */
  close(): Promise<void>;
}

interface Pending {
  readonly job: AnalysisJob;
  readonly resolve: (record: AnalysisRecord) => void;
  readonly reject: (error: Error) => void;
}

interface Running {
  readonly worker: Worker;
  readonly ready: Promise<void>;
}

/** The worker to start: the compiled module, or (run from TypeScript sources) the .ts one through tsx. */
function spawnWorker(workerData: AnalysisWorkerData): Worker {
  const script = new URL(import.meta.url.replace(/analysis-runner\.(ts|js)$/, 'analysis-worker.$1'));
  if (!script.pathname.endsWith('.ts')) return new Worker(script, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(script.href)}, ${JSON.stringify(script.href)}))`;
  return new Worker(boot, { eval: true, workerData });
}

/** Starts the analysis worker (loading the bundled data files once) and returns its runner. */
export function startAnalysisRunner(options: AnalysisRunnerOptions): AnalysisRunner {
  const queue: Pending[] = [];
  let running: Running | null = null;
  let current: Pending | null = null;
  let timer: NodeJS.Timeout | null = null;
  let nextId = 1;
  let closed = false;

  const settle = (): Pending | null => {
    const done = current;
    current = null;
    if (timer) clearTimeout(timer);
    timer = null;
    return done;
  };
  const stop = (): void => {
    const worker = running?.worker;
    running = null;
    if (worker) void worker.terminate();
  };
  const start = (): Running => {
    const worker = spawnWorker({ kbFiles: [...(options.kbFiles ?? [])] });
    worker.unref();
    let loaded = false;
    const ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (reply: AnalysisReply) => {
        if (reply.type === 'ready') {
          loaded = true;
          return resolve();
        }
        if (reply.type === 'data-file-error') return reject(new DataFileError(reply.file, reply.detail));
        if (!current || current.job.id !== reply.id) return;
        const done = settle()!;
        if (reply.type === 'done') done.resolve(reply.record);
        else done.reject(new Error(`analysis failed: ${reply.message}`));
        pump();
      });
      worker.on('error', (e) => {
        if (running?.worker === worker) running = null;
        if (!loaded) return reject(e);
        settle()?.reject(new Error(`the analysis worker crashed: ${e.message}`));
        pump();
      });
      worker.on('exit', () => reject(new Error('the analysis worker exited before it was ready')));
    });
    ready.catch(() => undefined);
    return { worker, ready };
  };
  const pump = (): void => {
    if (current || closed) return;
    const next = queue.shift();
    if (!next) return;
    current = next;
    running ??= start();
    const { worker, ready } = running;
    ready.then(
      () => {
        if (current !== next) return;
        timer = setTimeout(() => {
          stop();
          settle()?.reject(new ApiError(504, 'analysis-timeout', `the analysis took longer than the limit of ${options.timeoutMs} ms; send a shorter article`));
          pump();
        }, options.timeoutMs);
        worker.postMessage(next.job);
      },
      (e: Error) => {
        if (current !== next) return;
        stop();
        settle()?.reject(new ApiError(503, 'analysis-unavailable', `the analysis worker could not start: ${e.message}`));
        pump();
      },
    );
  };

  const first = start();
  running = first;
  return {
    ready: first.ready,
    analyze(article) {
      if (closed) return Promise.reject(new ApiError(503, 'analysis-unavailable', 'the server is shutting down'));
      if (queue.length >= options.maxQueue) {
        return Promise.reject(new ApiError(503, 'busy', `${queue.length} articles are waiting for analysis already; try again shortly`, { 'Retry-After': '5' }));
      }
      return new Promise<AnalysisRecord>((resolve, reject) => {
        queue.push({ job: { id: nextId++, article: { ...article } }, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      settle()?.reject(new ApiError(503, 'analysis-unavailable', 'the server is shutting down'));
      for (const p of queue.splice(0)) p.reject(new ApiError(503, 'analysis-unavailable', 'the server is shutting down'));
      const worker = running?.worker;
      running = null;
      if (worker) await worker.terminate();
    },
  };
}
