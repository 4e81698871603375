import { performance } from 'node:perf_hooks';
import { createDoc } from '../src/analyze/document.js';
import { runPipeline, type Pipeline } from '../src/analyze/pipeline.js';
import { tokensStage } from '../src/analyze/tokens/tokens-stage.js';
import type { BenchArticle } from './generate-corpus.js';

/** Time spent in one stage over the whole corpus. */
export interface StageTime {
  readonly name: string;
  readonly ms: number;
  /** Share of the summed stage time. */
  readonly share: number;
}

/** The sentences of the corpus as the pipeline's own tokens stage splits them. */
export function countSentences(articles: readonly BenchArticle[]): number {
  return articles.reduce((n, a) => n + tokensStage.run(createDoc(a)).sentences.length, 0);
}

/**
 * Runs the stages of a pipeline one by one over every article (each as `runPipeline` runs it),
 * timing each stage and summing by stage name, slowest first.
 */
export function measureStages(pipeline: Pipeline, articles: readonly BenchArticle[]): StageTime[] {
  const ms = new Map<string, number>(pipeline.map((s) => [s.name, 0]));
  for (const a of articles) {
    let doc = createDoc(a);
    for (const stage of pipeline) {
      const t = performance.now();
      doc = runPipeline([stage], doc);
      ms.set(stage.name, ms.get(stage.name)! + performance.now() - t);
    }
  }
  const total = [...ms.values()].reduce((x, y) => x + y, 0);
  return [...ms]
    .map(([name, t]) => ({ name, ms: t, share: total > 0 ? t / total : 0 }))
    .sort((a, b) => b.ms - a.ms);
}
