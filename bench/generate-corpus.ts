import type { Article } from '../src/read/article.js';
import type { ExampleArticle } from './example-articles.js';
import type { Variants } from './load-variants.js';
import { seededRandom, type SeededRandom } from './seeded-random.js';
import { addDays, shiftDates } from './shift-dates.js';
import { nameSwapper } from './swap-names.js';

/** An article of the bench corpus: every field of an Article set. */
export type BenchArticle = Required<Pick<Article, 'id' | 'title' | 'published' | 'url' | 'source' | 'text'>>;

const SENTENCE_GAP = /(?<=[a-z0-9%)][.!?])\s+(?=[A-Z])/;
const QUOTE = /["“”]/;

function paragraphsOf(body: string): string[] {
  return body.split(/\n{2,}/).filter((p) => p.trim() !== '');
}

function reorderSentences(paragraph: string, rng: SeededRandom): string {
  const sentences = paragraph.split(SENTENCE_GAP);
  const swappable = sentences.flatMap((s, i) =>
    i + 1 < sentences.length && !QUOTE.test(s) && !QUOTE.test(sentences[i + 1]!) ? [i] : [],
  );
  if (swappable.length === 0) return paragraph;
  const i = rng.pick(swappable);
  [sentences[i], sentences[i + 1]] = [sentences[i + 1]!, sentences[i]!];
  return sentences.join(' ');
}

function assembleBody(base: ExampleArticle, examples: readonly ExampleArticle[], rng: SeededRandom): string {
  const [lead, ...rest] = paragraphsOf(base.body);
  let body = rng.chance(0.5) ? rng.shuffle(rest) : rest;
  if (body.length > 3 && rng.chance(0.2)) body = body.filter((_p, i) => i !== rng.int(body.length));
  for (let extra = rng.pick([0, 0, 1, 1, 2, 3]); extra > 0; extra--) {
    const other = rng.pick(examples);
    const donor = other === base ? [] : paragraphsOf(other.body).slice(1);
    if (donor.length > 0) body.splice(rng.int(body.length + 1), 0, rng.pick(donor));
  }
  return [lead!, ...body].map((p) => (rng.chance(0.3) ? reorderSentences(p, rng) : p)).join('\n\n');
}

/**
 * Generates a deterministic corpus of distinct articles from the example articles: for each, an
 * example is picked; its paragraphs after the lead are shuffled, dropped or joined by paragraphs of
 * other examples, adjacent unquoted sentences swapped; people, countries (with demonyms and
 * capitals), cities, outlets and institutes are swapped consistently within the article; the
 * published date and the absolute dates of the text are moved by the same number of days.
 */
export function generateCorpus(
  examples: readonly ExampleArticle[],
  variants: Variants,
  count: number,
  seed: number,
): BenchArticle[] {
  if (examples.length === 0) throw new Error('generateCorpus: no example articles to generate from');
  const rng = seededRandom(seed);
  const swapper = nameSwapper(variants);
  const seen = new Set<string>();
  const articles: BenchArticle[] = [];
  while (articles.length < count) {
    const base = rng.pick(examples);
    const swap = swapper(rng);
    const days = rng.between(-900, 500);
    const text = shiftDates(swap(assembleBody(base, examples, rng)), days);
    if (seen.has(text)) continue;
    seen.add(text);
    const id = `bench-${String(articles.length + 1).padStart(6, '0')}`;
    articles.push({
      id,
      title: shiftDates(swap(base.title), days),
      published: addDays(base.published, days),
      url: `https://example.org/bench/${id}`,
      source: rng.pick(variants.sources),
      text,
    });
  }
  return articles;
}
