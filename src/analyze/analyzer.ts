import type { Article } from '../read/article.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../kb/knowledge-base.js';
import { claimsStage } from './claims/claims-stage.js';
import { createDoc, type Doc } from './document.js';
import { entitiesStage } from './entities/entities-stage.js';
import { eventsStage } from './events/events-stage.js';
import { runPipeline, type Pipeline } from './pipeline.js';
import { loadQualityPatterns, type QualityPatterns } from './quality/quality-patterns.js';
import { qualityStage } from './quality/quality-stage.js';
import { quotesStage } from './quotes/quotes-stage.js';
import { RECORD_FORMAT, type AnalysisRecord, type DataVersions } from './record.js';
import { timesStage } from './times/times-stage.js';
import { tokensStage } from './tokens/tokens-stage.js';

/** Options of an analyzer. */
export interface AnalyzerOptions {
  /** The knowledge base to link entities against; the bundled one by default. */
  readonly kb?: KnowledgeBase;
}

/** A configured analysis: its pipeline, the data versions it codes with, and `analyze`. */
export interface Analyzer {
  readonly pipeline: Pipeline;
  readonly versions: DataVersions;
  analyze(article: Article | string): AnalysisRecord;
}

/** The default pipeline over a knowledge base. */
export function defaultPipeline(kb: KnowledgeBase, quality: QualityPatterns = loadQualityPatterns()): Pipeline {
  return [tokensStage, entitiesStage(kb), timesStage, quotesStage, claimsStage, eventsStage(kb), qualityStage(quality)];
}

/** The record of an analysed document. */
export function toRecord(doc: Doc, versions: DataVersions): AnalysisRecord {
  return {
    format: RECORD_FORMAT,
    document: doc.document,
    entities: doc.entities,
    quotes: doc.quotes,
    claims: doc.claims,
    events: doc.events,
    times: doc.times,
    quality: doc.quality,
    versions,
  };
}

/** Builds an analyzer; data files are loaded and schema-checked once, here. */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const kb = options.kb ?? loadKnowledgeBase();
  const quality = loadQualityPatterns();
  const pipeline = defaultPipeline(kb, quality);
  const versions: DataVersions = { kb: kb.version, quality: quality.version };
  return {
    pipeline,
    versions,
    analyze: (article) => toRecord(runPipeline(pipeline, createDoc(article)), versions),
  };
}

let shared: Analyzer | null = null;

/**
 * Analyses one article (a string or an Article) into its analysis record with the bundled data.
 * Deterministic: the same input gives the same record.
 */
export function analyze(article: Article | string): AnalysisRecord {
  shared ??= createAnalyzer();
  return shared.analyze(article);
}
