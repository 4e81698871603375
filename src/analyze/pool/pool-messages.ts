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

/** Articles sent to an analysis worker together: it analyses them stage by stage (`Analyzer.analyzeAll`). */
export interface PoolBatch {
  readonly batch: number;
  readonly jobs: readonly PoolJob[];
}

/**
 * One article's outcome: its record as JSON text, or why its analysis failed. The record travels as one
 * string: parsing it costs the main thread about half of what deserialising a structured clone of the
 * object graph does, and the main thread also reads and stores.
 */
export type PoolResult = { readonly id: number; readonly json: string } | { readonly id: number; readonly message: string };

/** What an analysis worker answers: loaded (or why it could not load), or the outcomes of a batch in its order. */
export type PoolReply =
  | { readonly type: 'ready' }
  | { readonly type: 'unavailable'; readonly message: string; readonly dataFile: { readonly file: string; readonly detail: string } | null }
  | { readonly type: 'done'; readonly batch: number; readonly results: readonly PoolResult[] };
