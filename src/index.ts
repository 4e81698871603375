/**
 * newsgraph as a library: `analyze()` turns an article into its analysis record; the rest exposes
 * the pieces (pipeline, readers, store) for those who compose their own.
 */
export { analyze, createAnalyzer, dataVersions, defaultPipeline, loadAnalysisData, toRecord } from './analyze/analyzer.js';
export type { AnalysisData, Analyzer, AnalyzerOptions } from './analyze/analyzer.js';
export type * from './analyze/record.js';
export { RECORD_FORMAT } from './analyze/record.js';
export { createDoc } from './analyze/document.js';
export type { Doc, Token, Sentence } from './analyze/document.js';
export type { Stage, Pipeline } from './analyze/pipeline.js';
export { runPipeline } from './analyze/pipeline.js';
export type { Article } from './read/article.js';
export { readInputs } from './read/read-inputs.js';
export type { ReadOptions } from './read/read-inputs.js';
export type { ReadOutcome } from './read/read-outcome.js';
export { ReadError } from './read/read-error.js';
export type { ReadErrorCode } from './read/read-error.js';
export { loadKnowledgeBase } from './kb/knowledge-base.js';
export type { KnowledgeBase } from './kb/knowledge-base.js';
export { openStore } from './store/open-store.js';
export type { Store, StoreStats, SearchHit, StoredEvent, EventFilter } from './store/store.js';
export { StoreError } from './store/store-error.js';
