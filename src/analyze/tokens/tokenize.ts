import type { Span } from '../record.js';
import { ABBREVIATIONS } from './abbreviations.js';

/** A token before it is assigned to a sentence. */
export interface RawToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: 'word' | 'number' | 'punct';
}

/** Receives each token of {@link scanTokens}: its span and kind. */
export type TokenSink = (start: number, end: number, kind: RawToken['kind']) => void;

const LETTER = 1;
const MARK = 2;
const DIGIT = 4;
const SPACE = 8;
const WORD_PART = LETTER | MARK | DIGIT;

const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_CLASS[c] = /[A-Za-z]/.test(ch) ? LETTER : /\d/.test(ch) ? DIGIT : /\s/.test(ch) ? SPACE : 0;
}
const wideClass = new Map<number, number>();

/** The class bits of a code point: \p{L}, \p{M}, \p{N} or \s as the regular expressions read them. */
function classOf(cp: number): number {
  if (cp < 128) return ASCII_CLASS[cp]!;
  let bits = wideClass.get(cp);
  if (bits === undefined) {
    const ch = String.fromCodePoint(cp);
    bits =
      (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{M}/u.test(ch) ? MARK : 0) | (/\p{N}/u.test(ch) ? DIGIT : 0) | (/\s/u.test(ch) ? SPACE : 0);
    wideClass.set(cp, bits);
  }
  return bits;
}

/** The code point at i of text cut at `to` (a surrogate pair split by `to` reads as its first half). */
function codePointAt(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= to) return c;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000 : c;
}

const width = (cp: number): number => (cp > 0xffff ? 2 : 1);
const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;
/** Whether c is an ASCII word character, as `\b` reads them. */
const isAsciiWord = (c: number): boolean => c < 128 && ((ASCII_CLASS[c]! & (LETTER | DIGIT)) !== 0 || c === 95);

/** The end of the run of letters, marks and digits from i (i itself when none is there). */
function partsEnd(text: string, i: number, to: number): number {
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((ASCII_CLASS[c]! & WORD_PART) === 0) break;
      i++;
    } else {
      const cp = codePointAt(text, i, to);
      if ((classOf(cp) & WORD_PART) === 0) break;
      i += width(cp);
    }
  }
  return i;
}

/** Whether "'s"/"’s" at i (the apostrophe) is a possessive: "s" or "S" with no ASCII word character after it. */
function isPossessive(text: string, i: number, to: number): boolean {
  const s = i + 1 < to ? text.charCodeAt(i + 1) : 0;
  return (s === 115 || s === 83) && !(i + 2 < to && isAsciiWord(text.charCodeAt(i + 2)));
}

/**
 * The end of the word starting at i: letters, marks and digits, joined by an inner hyphen, dot,
 * ampersand or apostrophe (not one of a possessive "'s").
 */
function wordEnd(text: string, i: number, to: number): number {
  let j = partsEnd(text, i, to);
  while (j + 1 < to) {
    const c = text.charCodeAt(j);
    const joins = c === 0x2d || c === 0x2e || c === 0x26 || (isApostrophe(c) && !isPossessive(text, j, to));
    if (!joins) break;
    const after = partsEnd(text, j + 1, to);
    if (after === j + 1) break;
    j = after;
  }
  return j;
}

const SUFFIXES = ['st', 'nd', 'rd', 'th', 's'];

/** The end of the number starting at i: digits with inner , . : / and an ordinal or plural suffix. */
function numberEnd(text: string, i: number, to: number): number {
  let end = i + width(codePointAt(text, i, to));
  for (let j = end; j < to; ) {
    const c = text.charCodeAt(j);
    const cp = c < 128 ? c : codePointAt(text, j, to);
    const digit = (classOf(cp) & DIGIT) !== 0;
    if (!digit && cp !== 0x2c && cp !== 0x2e && cp !== 0x3a && cp !== 0x2f) break;
    j += width(cp);
    if (digit) end = j;
  }
  for (const s of SUFFIXES) if (end + s.length <= to && text.startsWith(s, end)) return end + s.length;
  return end;
}

/**
 * Calls `sink` for each token of text[from, to), in order: words (with inner hyphens, apostrophes
 * and the dots of abbreviations such as "U.S."), possessive "'s" as its own token, numbers (with
 * inner separators and suffixes: "1,200", "1990s"), "...", "--" and every other character that is
 * not white space on its own.
 */
export function scanTokens(text: string, from: number, to: number, sink: TokenSink): void {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? ASCII_CLASS[c]! : classOf(codePointAt(text, i, to));
    if (cls & SPACE) {
      i++;
      continue;
    }
    if (cls & LETTER) {
      let end = wordEnd(text, i, to);
      if (end < to && text.charCodeAt(end) === 0x2e && isAbbreviation(text.slice(i, end))) end++;
      sink(i, end, 'word');
      i = end;
    } else if (isApostrophe(c) && isPossessive(text, i, to)) {
      sink(i, i + 2, 'word');
      i += 2;
    } else if (cls & DIGIT) {
      const end = numberEnd(text, i, to);
      sink(i, end, 'number');
      i = end;
    } else {
      const next = i + 1 < to ? text.charCodeAt(i + 1) : 0;
      const end =
        c === 0x2e && next === 0x2e && i + 2 < to && text.charCodeAt(i + 2) === 0x2e
          ? i + 3
          : c === 0x2d && next === 0x2d
            ? i + 2
            : i + width(codePointAt(text, i, to));
      sink(i, end, 'punct');
      i = end;
    }
  }
}

/**
 * Splits a range of text into tokens: words (with inner hyphens, apostrophes and the dots of
 * abbreviations such as "U.S."), possessive "'s" as its own token, numbers and punctuation.
 */
export function tokenize(text: string, range: Span = { start: 0, end: text.length }): RawToken[] {
  const out: RawToken[] = [];
  scanTokens(text, range.start, range.end, (start, end, kind) => {
    out.push({ start, end, text: text.slice(start, end), kind });
  });
  return out;
}

function isAbbreviation(word: string): boolean {
  if (word.includes('.')) return true;
  if (word.length === 1 && word >= 'A' && word <= 'Z') return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
