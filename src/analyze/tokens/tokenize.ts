import type { Span } from '../record.js';
import { ABBREVIATIONS } from './abbreviations.js';

/** A token before it is assigned to a sentence. */
export interface RawToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: 'word' | 'number' | 'punct';
}

const TOKEN =
  /(\p{L}[\p{L}\p{M}\p{N}]*(?:(?:['’](?![sS]\b)|[-.&])[\p{L}\p{M}\p{N}]+)*)|(['’][sS]\b)|(\p{N}(?:[\p{N},.:/]*\p{N})?(?:st|nd|rd|th|s)?)|(\.\.\.|…|--|—|–|[^\s\p{L}\p{N}])|(\S)/gu;

/**
 * Splits a range of text into tokens: words (with inner hyphens, apostrophes and the dots of
 * abbreviations such as "U.S."), possessive "'s" as its own token, numbers and punctuation.
 */
export function tokenize(text: string, range: Span = { start: 0, end: text.length }): RawToken[] {
  const out: RawToken[] = [];
  const slice = text.slice(range.start, range.end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const start = range.start + m.index;
    let end = start + m[0].length;
    const kind: RawToken['kind'] = m[1] || m[2] ? 'word' : m[3] ? 'number' : 'punct';
    if (m[1] && slice[m.index + m[0].length] === '.' && isAbbreviation(m[1])) {
      end += 1;
      TOKEN.lastIndex += 1;
    }
    out.push({ start, end, text: text.slice(start, end), kind });
  }
  return out;
}

function isAbbreviation(word: string): boolean {
  if (word.includes('.')) return true;
  if (word.length === 1 && word >= 'A' && word <= 'Z') return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
