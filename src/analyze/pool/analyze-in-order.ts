import type { Article } from '../../read/article.js';
import type { ReadOutcome } from '../../read/read-outcome.js';
import type { AnalysisRecord } from '../record.js';

/** Analyses one article, now or later (on a worker). */
export type AnalyzeArticle = (article: Article) => Promise<AnalysisRecord>;

/** One article's result, in input order: its record, or the error that names the input (and line). */
export type OrderedResult =
  | { readonly ok: true; readonly article: Article; readonly record: AnalysisRecord }
  | { readonly ok: false; readonly article: Article | null; readonly message: string };

/** Where an article came from, for messages: its input (and line or item), else its id. */
export function articleLabel(article: Article): string {
  return article.origin ?? article.id ?? 'article';
}

/**
 * Analyses the articles of a read, up to `window` at a time (so N workers stay busy), and yields every
 * outcome in input order: a read error as it came, each article's record or its analysis error.
 */
export async function* analyzeInOrder(outcomes: AsyncIterable<ReadOutcome>, analyze: AnalyzeArticle, window: number): AsyncGenerator<OrderedResult> {
  const inFlight: Promise<OrderedResult>[] = [];
  const settle = (article: Article): Promise<OrderedResult> =>
    analyze(article).then(
      (record): OrderedResult => ({ ok: true, article, record }),
      (e: Error): OrderedResult => ({ ok: false, article, message: `${articleLabel(article)}: ${e.message}` }),
    );
  for await (const outcome of outcomes) {
    inFlight.push(outcome.ok ? settle(outcome.article) : Promise.resolve({ ok: false, article: null, message: outcome.error.message }));
    while (inFlight.length >= window) yield await inFlight.shift()!;
  }
  while (inFlight.length) yield await inFlight.shift()!;
}
