import { UnrecoverableError, type Job } from 'bullmq';
import { AnalysisPoolError } from '../analyze/pool/analysis-pool-error.js';
import { articleLabel, type AnalyzeArticle } from '../analyze/pool/analyze-in-order.js';
import { createCorpusLinker } from '../corpus/corpus-linker.js';
import type { PutOutcome, Store } from '../store/store.js';
import { JOB_ATTEMPTS, type ArticleJobData } from './article-job.js';
import type { ArticleQueue, QueueServer } from './queue-server.js';

/** What happened to one job, as the worker reports it. */
export type QueueWorkerEvent =
  | { readonly type: 'done'; readonly jobId: string; readonly outcome: PutOutcome }
  | { readonly type: 'retry'; readonly jobId: string; readonly label: string; readonly message: string; readonly attempt: number }
  | { readonly type: 'failed'; readonly jobId: string; readonly label: string; readonly message: string; readonly attempts: number };

/** How a queue worker runs. */
export interface QueueWorkerOptions {
  /** The queue server (Redis or PostgreSQL). */
  readonly server: QueueServer;
  readonly queue: string;
  /** Jobs worked at once in this process. */
  readonly concurrency: number;
  readonly store: Store;
  /** The Redis key of the lease that lets one worker of this store link its corpus (see {@link createLinkLock}). */
  readonly linkKey: string;
  readonly analyze: AnalyzeArticle;
  /** Stop once the queue holds nothing waiting, delayed or running. */
  readonly untilEmpty: boolean;
  /** Stops the worker (after the running jobs finish). */
  readonly signal?: AbortSignal;
  readonly onEvent?: (event: QueueWorkerEvent) => void;
}

/** What a queue worker did before it stopped. */
export interface QueueWorkerSummary {
  readonly stored: number;
  readonly replaced: number;
  readonly unchanged: number;
  /** Jobs given up on, each with its article and reason. */
  readonly failed: readonly string[];
}

const POLL_MS = 500;
const LINK_MS = 2000;

/**
 * Works article jobs off a BullMQ queue: each article is analysed (`analyze`, e.g. a worker-thread
 * pool with a time limit) and stored; the writes of one process are serialised. Of the workers of
 * one store, the one holding the link lease links the corpus (copies, stories) every two seconds
 * and when it stops, so the articles every worker stored get linked. An article past the time limit or whose analysis throws fails at once (retrying would
 * do the same); any other failure (the store, a crashed worker) is retried with backoff, and a job
 * that fails its last attempt is reported. Runs until `signal` aborts or, with `untilEmpty`, until
 * the queue is drained.
 */
export async function runQueueWorker(options: QueueWorkerOptions): Promise<QueueWorkerSummary> {
  const lock = options.server.linkLock(options.linkKey);
  let linker: ReturnType<typeof createCorpusLinker> | null = null;
  let writes: Promise<unknown> = Promise.resolve();
  const counts = { stored: 0, replaced: 0, unchanged: 0 };
  const failed: string[] = [];
  const emit = options.onEvent ?? (() => undefined);

  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const run = writes.then(work);
    writes = run.catch(() => undefined);
    return run;
  };
  const link = (): Promise<void> =>
    serially(async () => {
      if (!(await lock.hold())) {
        linker = null;
        return;
      }
      linker ??= createCorpusLinker(options.store);
      await linker.link();
    });
  const put = (job: Job<ArticleJobData>, record: Parameters<Store['putRecord']>[0]): Promise<PutOutcome> =>
    serially(() => options.store.putRecord(record)).then((outcome) => {
      counts[outcome]++;
      emit({ type: 'done', jobId: job.id ?? '', outcome });
      return outcome;
    });
  const process = async (job: Job<ArticleJobData>): Promise<PutOutcome> => {
    let record;
    try {
      record = await options.analyze(job.data.article);
    } catch (e) {
      if (e instanceof AnalysisPoolError && (e.code === 'timeout' || e.code === 'failed')) throw new UnrecoverableError(e.message);
      throw e;
    }
    return put(job, record);
  };

  const worker = options.server.worker(options.queue, process, options.concurrency);
  worker.on('failed', (job, error) => {
    if (!job) return;
    const label = articleLabel(job.data.article);
    const attempts = job.opts.attempts ?? JOB_ATTEMPTS;
    const final = error.name === 'UnrecoverableError' || job.attemptsMade >= attempts;
    if (final) {
      failed.push(`${label}: ${error.message}`);
      emit({ type: 'failed', jobId: job.id ?? '', label, message: error.message, attempts: job.attemptsMade });
    } else {
      emit({ type: 'retry', jobId: job.id ?? '', label, message: error.message, attempt: job.attemptsMade });
    }
  });
  worker.on('error', () => undefined);

  const queue = options.server.queue(options.queue);
  const stopped = new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    if (options.signal?.aborted) return stop();
    options.signal?.addEventListener('abort', stop, { once: true });
    if (!options.untilEmpty) return;
    const poll = setInterval(() => {
      void (async () => {
        if ((await toDo(queue)) === 0) {
          clearInterval(poll);
          stop();
        }
      })().catch(() => undefined);
    }, POLL_MS);
    options.signal?.addEventListener('abort', () => clearInterval(poll), { once: true });
  });
  const linking = setInterval(() => void link().catch(() => undefined), LINK_MS);
  const running = worker.run();
  await stopped;
  await worker.close();
  await running;
  await queue.close();
  clearInterval(linking);
  await link();
  await lock.release();
  return { ...counts, failed };
}

/** Jobs still to do: waiting, delayed (backing off), prioritised or running anywhere. */
export async function toDo(queue: ArticleQueue): Promise<number> {
  const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
  return Object.values(c).reduce((a, b) => a + b, 0);
}
