import type { BenchArticle } from './generate-corpus.js';
import type { Elapsed } from './stopwatch.js';

/** Speed of one pass over a corpus: by wall-clock time, and by CPU time (steadier on a busy machine). */
export interface Throughput extends Elapsed {
  readonly articles: number;
  readonly sentences: number;
  /** UTF-8 size of the texts. */
  readonly megabytes: number;
  readonly articlesPerSecond: number;
  readonly sentencesPerSecond: number;
  readonly megabytesPerSecond: number;
  readonly cpuArticlesPerSecond: number;
  readonly cpuSentencesPerSecond: number;
  /** Sentences per second by the steadier time ({@link steadySeconds}). */
  readonly steadySentencesPerSecond: number;
}

/**
 * The steadier of a pass's two times: the smaller of clock and CPU time. The clock counts other
 * programs sharing the core; CPU time counts V8's helper threads (GC); the pass itself took no
 * longer than either.
 */
export function steadySeconds(t: Elapsed): number {
  return Math.min(t.seconds, t.cpuSeconds);
}

/** The UTF-8 size of the texts of a corpus, in MB (10^6 bytes). */
export function corpusMegabytes(articles: readonly BenchArticle[]): number {
  return articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0) / 1e6;
}

/** Rates of a pass over the articles that took `elapsed`. */
export function throughput(articles: readonly BenchArticle[], sentences: number, elapsed: Elapsed): Throughput {
  const megabytes = corpusMegabytes(articles);
  return {
    articles: articles.length,
    sentences,
    megabytes,
    ...elapsed,
    articlesPerSecond: articles.length / elapsed.seconds,
    sentencesPerSecond: sentences / elapsed.seconds,
    megabytesPerSecond: megabytes / elapsed.seconds,
    cpuArticlesPerSecond: articles.length / elapsed.cpuSeconds,
    cpuSentencesPerSecond: sentences / elapsed.cpuSeconds,
    steadySentencesPerSecond: sentences / steadySeconds(elapsed),
  };
}
