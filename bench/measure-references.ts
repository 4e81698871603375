import nlp from 'compromise';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { BenchArticle } from './generate-corpus.js';
import { startStopwatch } from './stopwatch.js';
import { throughput, type Throughput } from './throughput.js';

/** A reference library's pass over the same texts. */
export interface ReferenceFigures extends Throughput {
  readonly library: string;
  readonly loadMs: number;
  /** Names or entities the library found, to show it did the work. */
  readonly found: number;
}

function timePass(
  library: string,
  articles: readonly BenchArticle[],
  sentences: number,
  load: () => (text: string) => number,
  warmup: number,
): ReferenceFigures {
  const loading = startStopwatch();
  const run = load();
  const loadMs = loading().seconds * 1000;
  for (const a of articles.slice(0, warmup)) run(a.text);
  let found = 0;
  const pass = startStopwatch();
  for (const a of articles) found += run(a.text);
  return { library, loadMs, found, ...throughput(articles, sentences, pass()) };
}

/** wink-nlp with wink-eng-lite-web-model: `readDoc` (tokens, sentences, POS) and its entities. */
export function measureWink(articles: readonly BenchArticle[], sentences: number, warmup: number): ReferenceFigures {
  return timePass('wink-nlp', articles, sentences, () => {
    const wink = winkNLP(model);
    return (text) => wink.readDoc(text).entities().out().length;
  }, warmup);
}

/** compromise: people, places and organizations of each text. */
export function measureCompromise(articles: readonly BenchArticle[], sentences: number, warmup: number): ReferenceFigures {
  return timePass('compromise', articles, sentences, () => (text) => {
    const doc = nlp(text);
    return (
      doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length
    );
  }, warmup);
}
