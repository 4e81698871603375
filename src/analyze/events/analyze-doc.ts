import type { Article } from '../../read/article.js';
import { createAnalyzer, type Analyzer } from '../analyzer.js';
import { createDoc, type Doc } from '../document.js';
import { runPipeline } from '../pipeline.js';

let shared: Analyzer | null = null;

/**
 * Runs an analyzer's pipeline on an article and returns the final Doc (tokens, entities, claims,
 * events...) rather than the record, for `newsgraph explain` and `explainEvent`. Without an
 * analyzer, one with the bundled data is built on first use and kept.
 */
export function analyzeDoc(article: Article | string, analyzer?: Analyzer): Doc {
  const a = analyzer ?? (shared ??= createAnalyzer());
  return runPipeline(a.pipeline, createDoc(article));
}
