import type { AnalysisRecord } from '../analyze/record.js';
import type { Article } from '../read/article.js';

/** An article sent to the analysis worker. */
export interface AnalysisJob {
  readonly id: number;
  readonly article: Article;
}

/** What the analysis worker is started with (its `workerData`). */
export interface AnalysisWorkerData {
  /** Extra knowledge-base files (paths), added to the bundled knowledge base. */
  readonly kbFiles: readonly string[];
}

/** What the analysis worker answers: loaded, a data file it could not load, a record, or why a job failed. */
export type AnalysisReply =
  | { readonly type: 'ready' }
  | { readonly type: 'data-file-error'; readonly file: string; readonly detail: string }
  | { readonly type: 'done'; readonly id: number; readonly record: AnalysisRecord }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };
