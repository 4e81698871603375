import type { ReadOutcome } from '../read/read-outcome.js';
import { ARTICLE_JOB_OPTIONS, jobIdOf, type ArticleJobData } from './article-job.js';
import type { ArticleQueue } from './queue-server.js';

/** What one enqueue did. */
export interface EnqueueSummary {
  /** Articles read. */
  readonly read: number;
  /** Jobs added. */
  readonly added: number;
  /** Articles whose job was queued already (waiting, running, done or failed): not added again. */
  readonly existing: number;
  /** Inputs that could not be read, each with its reason. */
  readonly failed: readonly string[];
}

const CHUNK = 100;

/**
 * Adds one job per article read, keyed by article id: an article already queued (in any state) is
 * not added again, so re-running an enqueue does no double work. Articles go in chunks of 100, one
 * round trip to look the ids up and one to add the new ones.
 */
export async function enqueueArticles(
  queue: ArticleQueue,
  outcomes: AsyncIterable<ReadOutcome>,
  onProgress: (summary: EnqueueSummary) => void = () => undefined,
  onError: (message: string) => void = () => undefined,
): Promise<EnqueueSummary> {
  let read = 0;
  let added = 0;
  let existing = 0;
  const failed: string[] = [];
  let chunk = new Map<string, ArticleJobData>();
  const flush = async (): Promise<void> => {
    const jobs = [...chunk];
    chunk = new Map();
    if (!jobs.length) return;
    const states = await Promise.all(jobs.map(([id]) => queue.getJobState(id)));
    const fresh = jobs.filter((_, i) => states[i] === 'unknown');
    existing += jobs.length - fresh.length;
    if (fresh.length) {
      await queue.addBulk(fresh.map(([jobId, data]) => ({ name: 'article', data, opts: { ...ARTICLE_JOB_OPTIONS, jobId } })));
      added += fresh.length;
    }
  };
  for await (const outcome of outcomes) {
    if (!outcome.ok) {
      failed.push(outcome.error.message);
      onError(outcome.error.message);
    } else {
      read++;
      const id = jobIdOf(outcome.article);
      if (chunk.has(id)) existing++;
      else chunk.set(id, { article: { ...outcome.article } });
      if (chunk.size >= CHUNK) await flush();
    }
    onProgress({ read, added, existing, failed });
  }
  await flush();
  return { read, added, existing, failed };
}
