import type { AnalysisRecord } from '../record.js';
import type { Article } from '../../read/article.js';

/** What an analysis worker is started with: the extra knowledge-base files to load (`--kb`). */
export interface PoolWorkerData {
  readonly kbFiles: readonly string[];
}

/** An article sent to an analysis worker. */
export interface PoolJob {
  readonly id: number;
  readonly article: Article;
}

/** What an analysis worker answers: loaded (or why it could not load), a record, or why a job failed. */
export type PoolReply =
  | { readonly type: 'ready' }
  | { readonly type: 'unavailable'; readonly message: string; readonly dataFile: { readonly file: string; readonly detail: string } | null }
  | { readonly type: 'done'; readonly id: number; readonly record: AnalysisRecord }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };
