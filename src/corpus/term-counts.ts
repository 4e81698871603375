import { stopwords } from './stopwords.js';

/** Term → count of one text. */
export type TermCounts = ReadonlyMap<string, number>;

const WORD = /[\p{L}][\p{L}\p{M}'’-]*[\p{L}]/gu;

/**
 * The content words of a text, lower-cased, with their counts: words of three letters or more that
 * are not stop words; possessive endings dropped.
 */
export function termCounts(text: string, weight = 1, into = new Map<string, number>()): Map<string, number> {
  const stop = stopwords();
  for (const m of text.matchAll(WORD)) {
    let w = m[0].toLowerCase();
    if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
    if (w.length < 3 || stop.has(w)) continue;
    into.set(w, (into.get(w) ?? 0) + weight);
  }
  return into;
}
