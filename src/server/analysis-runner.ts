import { createAnalysisPool } from '../analyze/pool/analysis-pool.js';
import { AnalysisPoolError } from '../analyze/pool/analysis-pool-error.js';
import type { AnalysisRecord } from '../analyze/record.js';
import { DataFileError } from '../data/data-file.js';
import type { Article } from '../read/article.js';
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

const shuttingDown = (): ApiError => new ApiError(503, 'analysis-unavailable', 'the server is shutting down');

/** The answer a pool failure becomes: an ApiError for the limits and the worker's state, else the error itself. */
function apiFailure(e: Error, timeoutMs: number): Error {
  if (!(e instanceof AnalysisPoolError)) return e;
  if (e.code === 'timeout') return new ApiError(504, 'analysis-timeout', `the analysis took longer than the limit of ${timeoutMs} ms; send a shorter article`);
  if (e.code === 'unavailable') return new ApiError(503, 'analysis-unavailable', `the analysis worker could not start: ${e.message}`);
  if (e.code === 'closed') return shuttingDown();
  return e;
}

/** Starts the analysis worker (a pool of one, loading the bundled data files once) and returns its runner. */
export function startAnalysisRunner(options: AnalysisRunnerOptions): AnalysisRunner {
  const pool = createAnalysisPool({ size: 1, timeLimitMs: options.timeoutMs, kbFiles: options.kbFiles });
  const ready = pool.ready.catch((e: Error) => {
    throw e instanceof AnalysisPoolError && e.dataFile ? new DataFileError(e.dataFile.file, e.dataFile.detail) : e;
  });
  ready.catch(() => undefined);
  let closed = false;
  return {
    ready,
    analyze(article) {
      if (closed) return Promise.reject(shuttingDown());
      const waiting = Math.max(0, pool.pending() - pool.size);
      if (waiting >= options.maxQueue) {
        return Promise.reject(new ApiError(503, 'busy', `${waiting} articles are waiting for analysis already; try again shortly`, { 'Retry-After': '5' }));
      }
      return pool.analyze(article).catch((e: Error) => {
        throw apiFailure(e, options.timeoutMs);
      });
    },
    async close() {
      closed = true;
      await pool.close();
    },
  };
}
