import type { Article } from '../read/article.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../kb/knowledge-base.js';
import { createClaimKeysStage } from './claims/claim-keys-stage.js';
import { createClaimsStage } from './claims/claims-stage.js';
import { corefStage } from './coref/coref-stage.js';
import { createDoc, type Doc } from './document.js';
import { entitiesStage } from './entities/entities-stage.js';
import type { EventCoder } from './events/code-sentence.js';
import { createEventCoder, eventsStage } from './events/events-stage.js';
import { runPipeline, runPipelineBatch, type Pipeline } from './pipeline.js';
import { loadQualityPatterns, type QualityPatterns } from './quality/quality-patterns.js';
import { qualityStage } from './quality/quality-stage.js';
import { bundledAttributionLexicon, type AttributionLexicon } from './quotes/attribution-lexicon.js';
import { createQuotesStage } from './quotes/quotes-stage.js';
import { RECORD_FORMAT, type AnalysisRecord, type DataVersions } from './record.js';
import { bundledTimesLexicon, type TimesLexicon } from './times/times-lexicon.js';
import { createTimesStage } from './times/times-stage.js';
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
  /**
   * The records of several articles, in their order: the same records as `analyze` gives one by
   * one, computed stage by stage over batches of {@link ANALYSIS_BATCH} articles, which costs less
   * CPU (see `runPipelineBatch`). An article that makes a stage throw fails the whole call.
   */
  analyzeAll(articles: readonly (Article | string)[]): AnalysisRecord[];
}

/** How many articles `analyzeAll` runs through each stage together. */
export const ANALYSIS_BATCH = 32;

/** The data files the stages code with, loaded and schema-checked once. */
export interface AnalysisData {
  readonly kb: KnowledgeBase;
  readonly quality: QualityPatterns;
  readonly times: TimesLexicon;
  readonly attribution: AttributionLexicon;
  readonly events: EventCoder & { readonly versions: DataVersions };
}

/** Loads the bundled data files (and a given knowledge base instead of the bundled one). */
export function loadAnalysisData(options: AnalyzerOptions = {}): AnalysisData {
  return {
    kb: options.kb ?? loadKnowledgeBase(),
    quality: loadQualityPatterns(),
    times: bundledTimesLexicon(),
    attribution: bundledAttributionLexicon(),
    events: createEventCoder(),
  };
}

/** The versions of every data file an analysis codes with; each record carries them. */
export function dataVersions(data: AnalysisData): DataVersions {
  return {
    kb: data.kb.version,
    quality: data.quality.version,
    times: data.times.version,
    attribution: data.attribution.version,
    ...data.events.versions,
  };
}

/** The default pipeline: tokens → entities → coref → times → quotes → claims → events → claim keys → quality. */
export function defaultPipeline(data: AnalysisData): Pipeline {
  return [
    tokensStage,
    entitiesStage(data.kb),
    corefStage(data.kb),
    createTimesStage(data.times),
    createQuotesStage(data.attribution),
    createClaimsStage(data.attribution),
    eventsStage(data.kb, data.events),
    createClaimKeysStage(data.attribution, data.events),
    qualityStage(data.quality),
  ];
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
  const data = loadAnalysisData(options);
  const pipeline = defaultPipeline(data);
  const versions = dataVersions(data);
  return {
    pipeline,
    versions,
    analyze: (article) => toRecord(runPipeline(pipeline, createDoc(article)), versions),
    analyzeAll: (articles) => {
      const records: AnalysisRecord[] = [];
      for (let k = 0; k < articles.length; k += ANALYSIS_BATCH) {
        const docs = articles.slice(k, k + ANALYSIS_BATCH).map(createDoc);
        for (const doc of runPipelineBatch(pipeline, docs)) records.push(toRecord(doc, versions));
      }
      return records;
    },
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
