import type { ClaimParty } from '../record.js';
import type { AttributionContext } from '../quotes/attribution-context.js';
import type { SpeakerMemory } from '../quotes/resolve-speaker.js';
import { phraseOf, plausible } from '../quotes/speaker-phrase.js';
import { claimParty } from './claim-party.js';
import { claimStance } from './claim-stance.js';
import { contentSpan, draftClaim, type DraftClaim } from './draft-claim.js';
import { outletIn } from '../quotes/outlet-in.js';

const MAX_SOURCE = 14;
const RELATIVE: ReadonlySet<string> = new Set(['which', 'who', 'where', 'when', 'whose']);

/**
 * Claims attributed by a relay phrase in one sentence: "According to X, …", "…, according to X.",
 * "as per X", "as reported by X". The source phrase runs to the next comma or the sentence end;
 * "citing"/"quoting" inside it names the source and makes the first party the relay ("according to
 * a CNN report citing US officials" → source US officials, via CNN). An outlet's report cited with
 * no source of its own is the outlet's claim, relayed by the outlet ("according to a CNN report" →
 * source CNN, via CNN). The content is the rest of the sentence: after the source phrase when the
 * relay opens the sentence, before the relay (from its last relative clause on) when it closes
 * it, else the whole sentence; a content holding a direct quote is left to the quote. The stance
 * follows {@link claimStance}.
 */
export function relayClaims(
  ctx: AttributionContext,
  sentence: number,
  quoted: (token: number) => boolean,
  memory: SpeakerMemory,
): DraftClaim[] {
  const s = ctx.doc.sentences[sentence]!;
  const out: DraftClaim[] = [];
  for (let v = s.firstToken; v < s.endToken; v++) {
    if (quoted(v) || !ctx.lex.relays.starts(ctx.lower[v]!)) continue;
    const relay = ctx.lex.relays.match(ctx.lower, v, s.endToken);
    if (!relay) continue;
    let npEnd = relay.end;
    while (npEnd < s.endToken && npEnd - relay.end < MAX_SOURCE && !isBreak(ctx, npEnd)) npEnd++;
    if (npEnd === relay.end) continue;
    let citeAt = -1;
    let citeEnd = -1;
    for (let k = relay.end; k < npEnd && citeAt < 0; k++) {
      const c = ctx.lex.citing.match(ctx.lower, k, npEnd);
      if (c) [citeAt, citeEnd] = [c.start, c.end];
    }
    const main = phraseOf(ctx, relay.end, citeAt >= 0 ? citeAt : npEnd);
    if (!plausible(ctx, main)) continue;
    const outlet = outletIn(ctx, main.first, main.end);
    let source: ClaimParty;
    let via: ClaimParty | null = null;
    if (citeAt >= 0 && citeEnd < npEnd) {
      source = claimParty(ctx, phraseOf(ctx, citeEnd, npEnd), memory);
      via = claimParty(ctx, outlet ?? main, memory);
    } else if (outlet) {
      source = claimParty(ctx, outlet, memory);
      via = source;
    } else source = claimParty(ctx, main, memory);
    const wordsBefore = countWords(ctx, s.firstToken, v);
    const wordsAfter = countWords(ctx, npEnd, s.endToken);
    const range: [number, number] =
      wordsBefore === 0 ? [npEnd, s.endToken] : wordsAfter === 0 ? [lastClause(ctx, s.firstToken, v), v] : [s.firstToken, s.endToken];
    const content = contentSpan(ctx, range[0], range[1]);
    if (!content || ctx.doc.quotes.some((q) => q.kind === 'direct' && q.start < content.end && q.end > content.start)) continue;
    out.push(draftClaim(content, source, via, relay.value, claimStance(ctx, 'asserts', main, content), sentence));
    v = npEnd;
  }
  return out;
}

/**
 * Where the clause a closing relay is about starts: after the last ", which" / ", in which" /
 * ", when" before it ("…, in which 1,200 people were killed, according to X" → "1,200 people …").
 */
function lastClause(ctx: AttributionContext, from: number, relay: number): number {
  for (let k = relay - 2; k > from; k--) {
    if (ctx.lower[k - 1] !== ',') continue;
    if (RELATIVE.has(ctx.lower[k]!)) return k + 1;
    if (ctx.lower[k + 1] === 'which' && ctx.doc.tokens[k]!.kind === 'word' && !RELATIVE.has(ctx.lower[k]!)) return k + 2;
  }
  return from;
}

function isBreak(ctx: AttributionContext, k: number): boolean {
  const t = ctx.doc.tokens[k]!;
  return (t.kind === 'punct' && t.text !== '-' && t.text !== '&') || ctx.lex.clauseStoppers.has(ctx.lower[k]!);
}

function countWords(ctx: AttributionContext, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (ctx.doc.tokens[k]!.kind !== 'punct') n++;
  return n;
}
