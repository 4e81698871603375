import type { Span } from '../record.js';

/**
 * Paragraph spans of a text, leading and trailing white space excluded. Blank lines separate
 * paragraphs; a text without blank lines has one paragraph per line.
 */
export function splitParagraphs(text: string): Span[] {
  const separator = /\n[ \t\r\f\v]*\n/.test(text) ? /\n[ \t\r\f\v]*\n\s*/g : /\n\s*/g;
  const out: Span[] = [];
  let from = 0;
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  };
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}
