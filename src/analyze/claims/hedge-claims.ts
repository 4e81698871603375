import type { AttributionContext } from '../quotes/attribution-context.js';
import { contentSpan, draftClaim, type DraftClaim } from './draft-claim.js';

const RELATIVE: ReadonlySet<string> = new Set(['which', 'who', 'where', 'although', 'though', 'while', 'whereas']);

/**
 * A hedged statement without a named source ("allegedly", "reportedly", "is said to", "rumours
 * of", "is accused of") is a claim of the lexicon's unnamed source (`"unnamed"`), with the hedge's
 * stance (`alleges`; `rumor` for "reportedly", rumours and speculation). The content is the whole
 * sentence, or for a hedge ending in "of" what follows it up to a relative clause ("is accused of
 * X, which …" → X). Only the first hedge of a sentence counts.
 */
export function hedgeClaim(ctx: AttributionContext, sentence: number, quoted: (token: number) => boolean): DraftClaim | null {
  const s = ctx.doc.sentences[sentence]!;
  for (let v = s.firstToken; v < s.endToken; v++) {
    if (quoted(v) || !ctx.lex.hedges.starts(ctx.lower[v]!)) continue;
    const hedge = ctx.lex.hedges.match(ctx.lower, v, s.endToken);
    if (!hedge) continue;
    const object = ctx.lower[hedge.end - 1] === 'of' && hedge.end - hedge.start >= 3;
    const content = contentSpan(ctx, object ? hedge.end : s.firstToken, object ? clauseEnd(ctx, hedge.end, s.endToken) : s.endToken);
    if (!content) return null;
    const tokens = ctx.doc.tokens;
    const cue = ctx.doc.text.slice(tokens[hedge.start]!.start, tokens[hedge.end - 1]!.end);
    return draftClaim(content, { entity: null, name: ctx.lex.unnamedSource }, null, cue, hedge.value, sentence);
  }
  return null;
}

function clauseEnd(ctx: AttributionContext, from: number, end: number): number {
  for (let k = from + 1; k < end; k++) if (ctx.lower[k - 1] === ',' && RELATIVE.has(ctx.lower[k]!)) return k - 1;
  return end;
}
