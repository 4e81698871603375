import type { AttributionContext } from './attribution-context.js';
import { mentionsIn } from './attribution-context.js';
import { phraseOf, type SpeakerPhrase } from './speaker-phrase.js';

/**
 * The news outlet named within tokens [first, end): an entity of sector MED (so "the Iranian news
 * agency IRNA" names IRNA), a known outlet ("CNN", "the BBC", "RIA Novosti"), or a capitalised name ending in an outlet word ("Tehran
 * Times", "Kyiv Post"). Null when the phrase names no outlet.
 */
export function outletIn(ctx: AttributionContext, first: number, end: number): SpeakerPhrase | null {
  const { tokens } = ctx.doc;
  if (end > first) {
    const media = mentionsIn(ctx, tokens[first]!.start, tokens[end - 1]!.end).find((m) => m.entity.sector === 'MED');
    if (media) {
      const a = tokens.findIndex((t, i) => i >= first && t.start >= media.mention.start);
      let b = a;
      while (b < end && tokens[b]!.end <= media.mention.end) b++;
      if (a >= 0 && b > a) return phraseOf(ctx, a, b);
    }
  }
  for (let k = first; k < end; k++) {
    const m = ctx.lex.outlets.match(ctx.lower, k, end);
    if (m && (m.end - m.start > 1 || /^\p{Lu}/u.test(tokens[k]!.text) || /^(?:state|local)$/.test(ctx.lower[k]!))) return phraseOf(ctx, m.start, m.end);
  }
  for (let k = first; k < end; k++) {
    if (!ctx.lex.outletWords.has(ctx.lower[k]!) || !/^\p{Lu}/u.test(tokens[k]!.text)) continue;
    let a = k;
    while (a > first && tokens[a - 1]!.kind === 'word' && /^\p{Lu}/u.test(tokens[a - 1]!.text)) a--;
    if (a < k) return phraseOf(ctx, a, k + 1);
  }
  return null;
}

/** The nearest news outlet named before token `before`, within `window` tokens, or null. */
export function outletBefore(ctx: AttributionContext, before: number, window: number): SpeakerPhrase | null {
  const { tokens } = ctx.doc;
  for (let k = before - 1; k >= Math.max(0, before - window); k--) {
    if (tokens[k]!.kind !== 'word' || !/^\p{Lu}/u.test(tokens[k]!.text)) continue;
    const m = ctx.lex.outlets.match(ctx.lower, k, before);
    if (m) return phraseOf(ctx, m.start, m.end);
    if (ctx.lex.outletWords.has(ctx.lower[k]!) && k > 0 && /^\p{Lu}/u.test(tokens[k - 1]!.text) && tokens[k - 1]!.kind === 'word') {
      let a = k - 1;
      while (a > 0 && tokens[a - 1]!.kind === 'word' && /^\p{Lu}/u.test(tokens[a - 1]!.text)) a--;
      return phraseOf(ctx, a, k + 1);
    }
  }
  return null;
}
