import type { Stance } from '../record.js';
import { tokenAt, type AttributionContext } from '../quotes/attribution-context.js';
import type { SpeakerPhrase } from '../quotes/speaker-phrase.js';
import { isOpinionHolder } from './claim-party.js';

/**
 * The stance of a claim, the first that applies:
 * 1. `denies` / `confirms` when the cue says so;
 * 2. `alleges` when the cue accuses ("accused", "alleged", "blamed") or the content names a
 *    wrongdoing ("illegal", "violated", "rigged"), unless a plain cue ("said") reports a content
 *    whose main clause is in the future (its first auxiliary "will", "would", "plans to");
 * 3. `rumor` when the source is anonymous on purpose ("officials familiar with the matter",
 *    "a government source") or the cue is a hedge ("reportedly");
 * 4. `expects` when the cue predicts ("expects", "predicts", "vowed");
 * 5. `opinion` when the cue is a judgement verb ("believes", "argued"), the source an analyst or
 *    expert, or the content a judgement ("should", "a step forward");
 * 6. `expects` when the content looks ahead ("will", "would", "plans to") and its main clause is
 *    not in the perfect or past ("had", "has", "did");
 * 7. `asserts` otherwise.
 */
export function claimStance(
  ctx: AttributionContext,
  cueStance: Stance,
  source: SpeakerPhrase | null,
  content: { readonly start: number; readonly end: number },
): Stance {
  if (cueStance === 'denies' || cueStance === 'confirms') return cueStance;
  const [from, to] = tokenRange(ctx, content);
  const tense = mainTense(ctx, from, to);
  const plainFuture = tense === 'future' && cueStance === 'asserts';
  if (cueStance === 'alleges' || (!plainFuture && anyWord(ctx, from, to, ctx.lex.allegationWords))) return 'alleges';
  if (cueStance === 'rumor' || (source && anonymous(ctx, source))) return 'rumor';
  if (cueStance === 'expects') return 'expects';
  if (cueStance === 'opinion' || (source && isOpinionHolder(ctx, source)) || has(ctx, ctx.lex.evaluativeMarkers, from, to)) return 'opinion';
  if (tense !== 'past' && has(ctx, ctx.lex.futureMarkers, from, to)) return 'expects';
  return 'asserts';
}

function tokenRange(ctx: AttributionContext, content: { readonly start: number; readonly end: number }): [number, number] {
  const from = tokenAt(ctx, content.start);
  let to = from;
  while (to < ctx.doc.tokens.length && ctx.doc.tokens[to]!.end <= content.end) to++;
  return [from, to];
}

function anyWord(ctx: AttributionContext, from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (words.has(ctx.lower[k]!)) return true;
  return false;
}

function has(ctx: AttributionContext, table: AttributionContext['lex']['futureMarkers'], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (table.starts(ctx.lower[k]!) && table.match(ctx.lower, k, to)) return true;
  return false;
}

function anonymous(ctx: AttributionContext, phrase: SpeakerPhrase): boolean {
  const last = phrase.apposition ? Math.max(phrase.end, phrase.apposition.end) : phrase.end;
  for (let k = phrase.first; k < last; k++) if (ctx.lex.anonymity.match(ctx.lower, k, last)) return true;
  for (let k = last; k < Math.min(last + 8, ctx.doc.tokens.length); k++) {
    if (ctx.lower[k] === 'anonymity' || ctx.lower[k] === 'condition') return true;
    if (ctx.doc.tokens[k]!.kind === 'punct' && ctx.lower[k] !== ',') break;
  }
  return false;
}

const PAST: ReadonlySet<string> = new Set(['had', 'has', 'have', 'did', "hadn't", "hasn't", "haven't", "didn't"]);

/**
 * The tense of a content's main clause from its first auxiliary: `future` for a future marker
 * ("will", "would", "plans to"), `past` for a perfect or past one ("had", "has", "did"); null otherwise.
 */
function mainTense(ctx: AttributionContext, from: number, to: number): 'future' | 'past' | null {
  for (let k = from; k < to; k++) {
    const w = ctx.lower[k]!;
    if (w === ',' || w === ';') return null;
    if (ctx.lex.futureMarkers.starts(w) && ctx.lex.futureMarkers.match(ctx.lower, k, to)) return 'future';
    if (PAST.has(w)) return 'past';
    if (ctx.lex.auxiliaries.has(w) && w !== 'to') return null;
  }
  return null;
}
