import { articleLabel } from '../analyze/pool/analyze-in-order.js';
import type { ArticleJobData } from './article-job.js';
import type { ArticleQueue } from './queue-server.js';

/** The jobs of a queue by state, and the failed ones with their reasons. */
export interface QueueStatus {
  readonly waiting: number;
  readonly active: number;
  readonly delayed: number;
  readonly completed: number;
  readonly failed: number;
  /** The most recent failed jobs (at most `limit`): id, article, reason and attempts made. */
  readonly failures: readonly { readonly jobId: string; readonly label: string; readonly reason: string; readonly attempts: number }[];
}

/** The counts of a queue and its latest failures. */
export async function queueStatus(queue: ArticleQueue, limit = 20): Promise<QueueStatus> {
  const c = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed');
  const failedJobs = c.failed ? await queue.getFailed(0, limit - 1) : [];
  return {
    waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
    active: c.active ?? 0,
    delayed: c.delayed ?? 0,
    completed: c.completed ?? 0,
    failed: c.failed ?? 0,
    failures: failedJobs.map((j) => ({
      jobId: j.id ?? '',
      label: articleLabel((j.data as ArticleJobData).article),
      reason: j.failedReason ?? 'unknown',
      attempts: j.attemptsMade,
    })),
  };
}
