export { analyze, createAnalyzer, defaultPipeline, toRecord } from './analyze/analyzer.js';
export type { Analyzer, AnalyzerOptions } from './analyze/analyzer.js';
export type * from './analyze/record.js';
export { RECORD_FORMAT } from './analyze/record.js';
export type { Doc, Token, Sentence } from './analyze/document.js';
export type { Stage, Pipeline } from './analyze/pipeline.js';
export { runPipeline } from './analyze/pipeline.js';
export type { Article } from './read/article.js';
