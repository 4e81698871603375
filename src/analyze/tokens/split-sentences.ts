import type { Span } from '../record.js';
import { TITLE_ABBREVIATIONS } from './abbreviations.js';
import type { RawToken } from './tokenize.js';

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
/** Whether a token ends a sentence by itself: . ! ? … or "...". */
const isEnder = (t: RawToken): boolean =>
  t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === '…' || t.text === '...');

/**
 * Groups the tokens of one paragraph into sentences. A sentence ends at . ! ? (and any closing
 * quotes or brackets after it) when the next token starts with a capital, a digit or an opening
 * quote; an abbreviation ends a sentence only when it is not a title ("Gen.", "Mr.").
 */
export function splitSentences(text: string, tokens: readonly RawToken[]): Span[] {
  const out: Span[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let last = i;
    if (isEnder(t)) {
      while (last + 1 < tokens.length && CLOSERS.has(tokens[last + 1]!.text) && tokens[last + 1]!.start === tokens[last]!.end) last++;
    } else if (!(t.kind === 'word' && t.text.charCodeAt(t.text.length - 1) === 0x2e && !TITLE_ABBREVIATIONS.has(t.text.slice(0, -1).toLowerCase()))) {
      continue;
    }
    const next = tokens[last + 1];
    if (!next) break;
    if (!startsSentence(next, tokens[last + 2])) continue;
    if (t.kind === 'word' && !isClearSentenceEnd(t, next, text)) continue;
    out.push({ start: tokens[first]!.start, end: tokens[last]!.end });
    first = last + 1;
    i = last;
  }
  if (first < tokens.length) out.push({ start: tokens[first]!.start, end: tokens[tokens.length - 1]!.end });
  return out;
}

function startsSentence(next: RawToken, after: RawToken | undefined): boolean {
  if (/^[\p{Lu}\p{N}]/u.test(next.text)) return true;
  if (/^["“‘'([«—–-]$/.test(next.text)) return !!after && /^[\p{Lu}\p{N}"“‘']/u.test(after.text);
  return false;
}

function isClearSentenceEnd(abbr: RawToken, next: RawToken, text: string): boolean {
  const gap = text.slice(abbr.end, next.start);
  if (gap.includes('\n')) return true;
  if (/^[A-Z]\.$/.test(abbr.text)) return false;
  return /^(?:The|A|An|In|On|At|He|She|It|They|We|But|And|This|That|Its|His|Her|Their|There|However|Meanwhile)$/.test(next.text);
}
