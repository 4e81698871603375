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
  /\p{L}[\p{L}\p{M}\p{N}]*(?:(?:['’](?![sS]\b)|[-.&])[\p{L}\p{M}\p{N}]+)*|['’][sS]\b|\p{N}(?:[\p{N},.:/]*\p{N})?(?:st|nd|rd|th|s)?|\.\.\.|…|--|—|–|[^\s\p{L}\p{N}]|\S/gu;
const LETTER_FIRST = /^\p{L}/u;
const NUMBER_FIRST = /^\p{N}/u;

/**
 * Splits a range of text into tokens: words (with inner hyphens, apostrophes and the dots of
 * abbreviations such as "U.S."), possessive "'s" as its own token, numbers and punctuation.
 */
export function tokenize(text: string, range: Span = { start: 0, end: text.length }): RawToken[] {
  const out: RawToken[] = [];
  const slice = text.slice(range.start, range.end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const match = m[0];
    const start = range.start + m.index;
    let end = start + match.length;
    const kind = kindOf(match);
    if (kind === 'word' && !isApostrophe(match.charCodeAt(0)) && slice[m.index + match.length] === '.' && isAbbreviation(match)) {
      end += 1;
      TOKEN.lastIndex += 1;
    }
    out.push({ start, end, text: text.slice(start, end), kind });
  }
  return out;
}

/**
 * The kind of a match of TOKEN, told by its first character: only a word starts with a letter, only
 * a number with a digit, and a possessive "'s" is the one two-character match opening with an apostrophe.
 */
function kindOf(match: string): RawToken['kind'] {
  const c = match.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 'word';
  if (c >= 48 && c <= 57) return 'number';
  if (isApostrophe(c) && match.length === 2) return 'word';
  if (c < 128) return 'punct';
  return LETTER_FIRST.test(match) ? 'word' : NUMBER_FIRST.test(match) ? 'number' : 'punct';
}

const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;

function isAbbreviation(word: string): boolean {
  if (word.includes('.')) return true;
  if (word.length === 1 && word >= 'A' && word <= 'Z') return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
