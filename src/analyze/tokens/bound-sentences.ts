import type { Span } from '../record.js';
import type { RawToken } from './tokenize.js';

/** The most tokens a sentence may have; a longer run without a sentence end is not prose, and later stages are quadratic in sentence length. */
export const MAX_SENTENCE_TOKENS = 300;

const BREAKS = new Set([',', ';', ':', '—', '–']);

/**
 * Cuts every sentence longer than {@link MAX_SENTENCE_TOKENS} tokens into pieces of at most that many,
 * each ending after the last comma, semicolon, colon or dash of its window when there is one.
 * Shorter sentences are returned unchanged.
 */
export function boundSentences(sentences: readonly Span[], tokens: readonly RawToken[], max = MAX_SENTENCE_TOKENS): Span[] {
  const out: Span[] = [];
  let k = 0;
  for (const s of sentences) {
    while (k < tokens.length && tokens[k]!.start < s.start) k++;
    let end = k;
    while (end < tokens.length && tokens[end]!.end <= s.end) end++;
    let first = k;
    while (end - first > max) {
      let cut = first + max - 1;
      for (let i = cut; i > first + max / 2; i--) {
        if (BREAKS.has(tokens[i]!.text)) {
          cut = i;
          break;
        }
      }
      out.push({ start: tokens[first]!.start, end: tokens[cut]!.end });
      first = cut + 1;
    }
    out.push(first === k ? s : { start: tokens[first]!.start, end: s.end });
    k = end;
  }
  return out;
}
