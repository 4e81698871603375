import type { AnalysisRecord } from '../analyze/record.js';
import type { Article } from '../read/article.js';

/** An article sent to the analysis worker. */
export interface AnalysisJob {
  readonly id: number;
  readonly article: Article;
}

/** What the analysis worker answers: loaded, a record, or why a job failed. */
export type AnalysisReply =
  | { readonly type: 'ready' }
  | { readonly type: 'done'; readonly id: number; readonly record: AnalysisRecord }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };
