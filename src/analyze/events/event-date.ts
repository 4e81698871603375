import { publishedDate, type Doc } from '../document.js';
import type { NewsEvent, Span } from '../record.js';

/** An event's date and where it came from. */
export interface EventDate {
  readonly date: NewsEvent['date'];
  readonly dateSource: NewsEvent['dateSource'];
}

function nearestTime(doc: Doc, span: Span, position: number): number {
  let best = -1;
  let bestDistance = Infinity;
  doc.times.forEach((t, i) => {
    if (t.end <= span.start || t.start >= span.end) return;
    const d = Math.abs((t.start < position ? t.end : t.start) - position);
    if (d < bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  return best;
}

/**
 * The date of an event: the time expression in its clause (nearest the trigger), else in its
 * sentence, else the article's date. A background clause ('since the war began') without a time of
 * its own is left undated rather than given the sentence's or the article's date.
 */
export function eventDate(doc: Doc, clause: Span, sentence: Span, position: number, background: boolean): EventDate {
  const inClause = nearestTime(doc, clause, position);
  if (inClause >= 0) {
    const t = doc.times[inClause]!;
    return { date: { value: t.value, text: t.text }, dateSource: 'clause' };
  }
  if (background) return { date: null, dateSource: null };
  const inSentence = nearestTime(doc, sentence, position);
  if (inSentence >= 0) {
    const t = doc.times[inSentence]!;
    return { date: { value: t.value, text: t.text }, dateSource: 'sentence' };
  }
  const published = publishedDate(doc);
  return published ? { date: { value: published, text: null }, dateSource: 'article' } : { date: null, dateSource: null };
}
