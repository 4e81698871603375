import type { Doc } from '../document.js';
import type { Span, TimeExpression } from '../record.js';

/** The time expressions of a document lying wholly inside a span, in text order. */
export function timesInSpan(doc: Doc, span: Span): readonly TimeExpression[] {
  return doc.times.filter((t) => t.start >= span.start && t.end <= span.end);
}

/**
 * The time expression an event in a span is dated by: among those wholly inside the span, the
 * resolved ones first, then the one closest to `near` (an offset such as the event's trigger;
 * the span's start when not given). Null when the span holds none.
 */
export function timeInSpan(doc: Doc, span: Span, near: number = span.start): TimeExpression | null {
  const distance = (t: TimeExpression): number => (near < t.start ? t.start - near : near > t.end ? near - t.end : 0);
  let best: TimeExpression | null = null;
  for (const t of timesInSpan(doc, span)) {
    if (!best) best = t;
    else if ((t.value !== null) !== (best.value !== null)) best = t.value !== null ? t : best;
    else if (distance(t) < distance(best)) best = t;
  }
  return best;
}
