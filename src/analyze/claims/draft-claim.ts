import type { Claim, ClaimParty, Stance, TextSpan } from '../record.js';
import type { AttributionContext } from '../quotes/attribution-context.js';

/** A claim before denials and confirmations are linked, with the sentence it comes from. */
export type DraftClaim = Omit<Claim, 'denies' | 'confirms'> & { readonly sentence: number };

/** A draft claim over a content span, its fields in record order. */
export function draftClaim(
  content: TextSpan,
  source: ClaimParty,
  via: ClaimParty | null,
  cue: string,
  stance: Stance,
  sentence: number,
): DraftClaim {
  return { start: content.start, end: content.end, text: content.text, source, via, cue, stance, sentence };
}

const EDGE = /^[\s,;:.!?"“”‘’'«»()[\]—–-]$/u;
const MIN_WORDS = 2;
const LEADING: ReadonlySet<string> = new Set(['that', 'and', 'but', 'or']);

/**
 * The content span over tokens [first, end): a leading "that" or conjunction, commas and colons and trailing
 * punctuation and quote marks trimmed. Null when fewer than two words remain.
 */
export function contentSpan(ctx: AttributionContext, first: number, end: number): { start: number; end: number; text: string } | null {
  const { tokens } = ctx.doc;
  let a = first;
  let b = end;
  while (a < b && (tokens[a]!.kind === 'punct' && EDGE.test(tokens[a]!.text) && !isOpeningQuote(ctx, a, b))) a++;
  if (a < b && LEADING.has(ctx.lower[a]!)) a++;
  while (b > a && tokens[b - 1]!.kind === 'punct' && EDGE.test(tokens[b - 1]!.text) && !isClosingQuote(ctx, a, b - 1)) b--;
  let words = 0;
  for (let k = a; k < b; k++) if (tokens[k]!.kind !== 'punct') words++;
  if (words < MIN_WORDS) return null;
  const start = tokens[a]!.start;
  const stop = tokens[b - 1]!.end;
  return { start, end: stop, text: ctx.doc.text.slice(start, stop) };
}

function isOpeningQuote(ctx: AttributionContext, a: number, b: number): boolean {
  return /^["“]$/.test(ctx.doc.tokens[a]!.text) && closes(ctx, a + 1, b);
}

function isClosingQuote(ctx: AttributionContext, a: number, k: number): boolean {
  if (!/^["”]$/.test(ctx.doc.tokens[k]!.text)) return false;
  let marks = 0;
  for (let i = a; i <= k; i++) if (/^["“”]$/.test(ctx.doc.tokens[i]!.text)) marks++;
  return marks % 2 === 0;
}

function closes(ctx: AttributionContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (/^["”]$/.test(ctx.doc.tokens[i]!.text)) return true;
  return false;
}
