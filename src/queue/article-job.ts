import { createHash } from 'node:crypto';
import type { JobsOptions } from 'bullmq';
import { textId } from '../analyze/document.js';
import type { Article } from '../read/article.js';

/** The queue used when `--queue` names none. */
export const DEFAULT_QUEUE = 'newsgraph';

/** How often a job is tried before it is reported as failed. */
export const JOB_ATTEMPTS = 3;

/** The data of one queued job: the article to analyse and store. */
export interface ArticleJobData {
  readonly article: Article;
}

/** The id the analysis gives an article: its own id, else the sha256 of its text (as `createDoc` does). */
export function articleId(article: Article): string {
  return article.id ? String(article.id) : textId(article.text);
}

/**
 * The job id of an article: its article id, so enqueuing the same article twice adds it once. Ids BullMQ
 * cannot take (containing `:`, such as feed URLs, or all digits) become `sha256-` and the hash of the id.
 */
export function jobIdOf(article: Article): string {
  const id = articleId(article);
  if (!id.includes(':') && !/^\d+$/.test(id) && id.length <= 200) return id;
  return `sha256-${createHash('sha256').update(id, 'utf8').digest('hex')}`;
}

/** Options of every article job: tried three times with exponential backoff; finished jobs are kept a week so re-runs stay no-ops. */
export const ARTICLE_JOB_OPTIONS: JobsOptions = {
  attempts: JOB_ATTEMPTS,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 7 * 24 * 3600 },
  removeOnFail: { age: 30 * 24 * 3600 },
};
