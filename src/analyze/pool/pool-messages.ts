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

/**
 * What an analysis worker answers: loaded (or why it could not load), a record as its JSON text, or why
 * a job failed. The record travels as one string: parsing it costs the main thread about half of what
 * deserialising a structured clone of the object graph does, and the main thread also reads and stores.
 */
export type PoolReply =
  | { readonly type: 'ready' }
  | { readonly type: 'unavailable'; readonly message: string; readonly dataFile: { readonly file: string; readonly detail: string } | null }
  | { readonly type: 'done'; readonly id: number; readonly json: string }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };
