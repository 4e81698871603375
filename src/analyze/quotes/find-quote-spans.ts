import type { Span } from '../record.js';

/** A stretch of text between quote marks. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark, or null when the quote's last paragraph ends with it still open. */
  readonly close: number | null;
  /** The quoted words, outer marks and surrounding white space excluded. */
  readonly start: number;
  readonly end: number;
  /** Paragraph of the opening mark. */
  readonly paragraph: number;
  /** Paragraph where the quote ends (later than `paragraph` for a quote continued over paragraphs). */
  readonly lastParagraph: number;
  /** Marked with single quotes (‘ ’) rather than double. */
  readonly single: boolean;
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);
/** Whether a character code is a quote mark: " “ ” „ « » ‘ ’. */
const isMark = (c: number): boolean =>
  c === 0x22 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201e && c !== 0x201a && c !== 0x201b);

/** The offsets of the quote marks of a text, in order. */
function marksOf(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (isMark(text.charCodeAt(i))) out.push(i);
  return out;
}

/**
 * Finds double-quoted stretches (straight or curly); single quotes nested inside stay part of the
 * quote. A paragraph that opens a quote without closing it continues the quote when the next
 * paragraph opens with a quote mark (the news convention): the span then runs on to the closing
 * mark and holds the paragraph break and the reopening mark. Otherwise an unclosed quote ends with
 * its paragraph. Curly single quotes (‘ ’) outside double quotes yield spans too, marked `single`.
 */
export function findQuoteSpans(text: string, paragraphs: readonly Span[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const marks = marksOf(text);
  let next = 0;
  let openAt = -1;
  let openParagraph = -1;
  paragraphs.forEach((p, paragraph) => {
    let k = p.start;
    if (openAt >= 0) {
      if (isOpener(text, p.start, p.end)) k = p.start + 1;
      else {
        push(out, text, openAt, null, paragraphs[paragraph - 1]!.end, openParagraph, paragraph - 1, false);
        openAt = -1;
      }
    }
    let singleAt = -1;
    while (next < marks.length && marks[next]! < k) next++;
    for (; next < marks.length && marks[next]! < p.end; next++) {
      k = marks[next]!;
      const c = text[k]!;
      if (c === '"' || OPENERS.has(c) || CLOSERS.has(c)) {
        if (openAt < 0) {
          if (CLOSERS.has(c) && !isOpener(text, k, p.end)) continue;
          if (k + 1 < p.end && !/\s/.test(text[k + 1]!)) {
            openAt = k;
            openParagraph = paragraph;
            singleAt = -1;
          }
        } else if (c === '"' || CLOSERS.has(c)) {
          push(out, text, openAt, k, k, openParagraph, paragraph, false);
          openAt = -1;
        } else {
          openAt = k;
          openParagraph = paragraph;
        }
      } else if (openAt < 0 && c === '‘' && (k === p.start || /[\s([—–-]/.test(text[k - 1]!))) {
        singleAt = k;
      } else if (openAt < 0 && singleAt >= 0 && c === '’' && !/\p{L}/u.test(text[k + 1] ?? ' ')) {
        push(out, text, singleAt, k, k, paragraph, paragraph, true);
        singleAt = -1;
      }
    }
  });
  if (openAt >= 0) push(out, text, openAt, null, paragraphs[paragraphs.length - 1]!.end, openParagraph, paragraphs.length - 1, false);
  return out;
}

function push(
  out: QuoteSpan[],
  text: string,
  open: number,
  close: number | null,
  end: number,
  paragraph: number,
  lastParagraph: number,
  single: boolean,
): void {
  let s = open + 1;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ open, close, start: s, end: e, paragraph, lastParagraph, single });
}

function isOpener(text: string, k: number, end: number): boolean {
  const c = text[k];
  if (c === undefined || !(c === '"' || OPENERS.has(c) || CLOSERS.has(c))) return false;
  const before = k === 0 ? ' ' : text[k - 1]!;
  return /[\s([—–-]/.test(before) && k + 1 < end && !/\s/.test(text[k + 1]!);
}
