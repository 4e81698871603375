import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readExampleArticles } from './example-articles.js';
import { generateCorpus, type BenchArticle } from './generate-corpus.js';
import { loadVariants } from './load-variants.js';

/** Where the bench's articles come from. */
export interface CorpusSource {
  /** A JSON Lines file of articles (`{id?, title?, published?, url?, source?, text}`); generated when absent. */
  readonly path: string | null;
  readonly articles: number;
  readonly seed: number;
  readonly examplesDir: string;
  readonly cacheDir: string;
}

/** The corpus the bench measures on. */
export interface BenchCorpus {
  readonly articles: readonly BenchArticle[];
  /** The file the articles were read from (the cache file for a generated corpus). */
  readonly file: string;
  readonly generated: boolean;
}

function readJsonLines(file: string, limit: number): BenchArticle[] {
  const out: BenchArticle[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length && out.length < limit; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const value = JSON.parse(line) as Partial<BenchArticle> | null;
    if (!value || typeof value.text !== 'string') {
      throw new Error(`${file}:${i + 1}: expected a JSON object with a string "text", got ${line.slice(0, 80)}`);
    }
    const id = value.id ?? `line-${i + 1}`;
    out.push({
      id: String(id),
      title: value.title ?? null,
      published: value.published ?? null,
      url: value.url ?? null,
      source: value.source ?? null,
      text: value.text,
    });
  }
  return out;
}

function cacheKey(source: CorpusSource, inputs: readonly string[]): string {
  const h = createHash('sha256');
  for (const s of inputs) h.update(s).update('\u0000');
  return `corpus-${source.articles}-s${source.seed}-${h.digest('hex').slice(0, 12)}.jsonl`;
}

/**
 * The articles to measure: the first `articles` lines of the given file, or a generated corpus
 * (cached under `cacheDir`, keyed by size, seed and a hash of the examples, the name lists and the
 * generator's source, so a change to any of them regenerates it).
 */
export function loadBenchCorpus(source: CorpusSource): BenchCorpus {
  if (source.path) return { articles: readJsonLines(source.path, source.articles), file: source.path, generated: false };
  const examples = readExampleArticles(source.examplesDir);
  const variants = loadVariants();
  const generators = ['./generate-corpus.ts', './swap-names.ts', './shift-dates.ts', './variants.json'].map((f) =>
    readFileSync(new URL(f, import.meta.url), 'utf8'),
  );
  const file = join(source.cacheDir, cacheKey(source, [...examples.map((e) => e.published + e.title + e.body), ...generators]));
  if (existsSync(file)) return { articles: readJsonLines(file, source.articles), file, generated: true };
  const articles = generateCorpus(examples, variants, source.articles, source.seed);
  mkdirSync(source.cacheDir, { recursive: true });
  writeFileSync(`${file}.tmp`, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  renameSync(`${file}.tmp`, file);
  return { articles, file, generated: true };
}
