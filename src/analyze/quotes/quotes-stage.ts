import type { Doc } from '../document.js';
import type { Stage } from '../pipeline.js';
import type { Quote } from '../record.js';
import { createAttributionContext, mentionsIn, tokenAt, type AttributionContext } from './attribution-context.js';
import { bundledAttributionLexicon, type AttributionLexicon } from './attribution-lexicon.js';
import { findQuoteSpans, type QuoteSpan } from './find-quote-spans.js';
import { collectSpeakers } from './collect-speakers.js';
import { cueAfter, cueBefore, sentenceCue, type FoundCue } from './quote-cues.js';
import { resolveSpeaker, type ResolvedSpeaker, type SpeakerMemory } from './resolve-speaker.js';

/** A quote span with the tokens of its marks. */
interface Located {
  readonly span: QuoteSpan;
  readonly openToken: number;
  /** Token of the closing mark, or one past the paragraph's last token when unclosed. */
  readonly closeToken: number;
  readonly words: number;
}

/** How a quote is attributed before its speaker is resolved. */
interface Attribution {
  readonly kind: Quote['kind'];
  readonly cue: FoundCue | null;
}

/** The latest quote kept, for quotes that stand without a cue. */
interface Previous {
  readonly quote: Quote;
  readonly paragraph: number;
  readonly speaker: ResolvedSpeaker | null;
}

const SENTENCE_LIKE_WORDS = 6;
const TITLE_WORDS = 8;

/**
 * Builds the quotes stage over a cue lexicon. Quotes are the stretches between double quote marks
 * (straight or curly; single curly quotes only beside a speech cue), paragraph-continued quotes
 * included. A quote is kept when
 * - a cue sits right beside it (`"…," X said` / `X said: "…"`): `direct`, or `partial` when other
 *   words of the sentence come before it;
 * - its sentence has a reported-speech cue outside the quote: `partial` (a few quoted words);
 * - it reads as a sentence of its own (six words or more, or end punctuation, or the whole
 *   sentence): `direct`, its speaker taken from the speech cue of the previous sentence, else
 *   from the previous quote (same or previous paragraph), else the one person named in its
 *   paragraph.
 * A quote continued over paragraphs is one span (see {@link findQuoteSpans}); punctuation inside
 * the marks stays in the text.
 * Names and titles in quotes ("Shahed" drones, the film "…", so-called "…") and short scare quotes
 * without a cue are left out. Speakers link to the entity whose mention covers the speaker phrase;
 * pronoun speakers resolve through coreference mentions, else to the latest compatible speaker.
 */
export function createQuotesStage(lex: AttributionLexicon): Stage {
  return { name: 'quotes', run: (doc: Doc): Doc => ({ ...doc, quotes: findQuotes(createAttributionContext(doc, lex)) }) };
}

/** The quotes stage over the bundled cue lexicon (data/attribution/cues.json). */
export const quotesStage: Stage = createQuotesStage(bundledAttributionLexicon());

function findQuotes(ctx: AttributionContext): Quote[] {
  const { doc } = ctx;
  if (doc.tokens.length === 0) return [];
  const located = findQuoteSpans(doc.text, doc.paragraphs).map((span) => locate(ctx, span));
  const quoted = quotedMask(ctx, located);
  const memory: SpeakerMemory = collectSpeakers(ctx);
  const out: Quote[] = [];
  let previous: Previous | null = null;
  located.forEach((q, i) => {
    const attribution = attribute(ctx, q, located[i - 1], located[i + 1], quoted);
    if (!attribution) return;
    const { speaker, cue } = speakerOf(ctx, q, attribution, quoted, previous, memory);
    const quote: Quote = {
      start: q.span.start,
      end: q.span.end,
      text: doc.text.slice(q.span.start, q.span.end),
      kind: attribution.kind,
      speaker: speaker?.entity ?? null,
      speakerName: speaker?.name ?? null,
      cue,
    };
    out.push(quote);
    previous = { quote, paragraph: q.span.lastParagraph, speaker };
  });
  return out;
}

/** The speaker and cue of an attributed quote: its own cue, else the context's. */
function speakerOf(
  ctx: AttributionContext,
  q: Located,
  attribution: Attribution,
  quoted: (token: number) => boolean,
  previous: Previous | null,
  memory: SpeakerMemory,
): { speaker: ResolvedSpeaker | null; cue: string | null } {
  if (attribution.cue) return { speaker: resolveSpeaker(ctx, attribution.cue.phrase, memory), cue: attribution.cue.cue };
  const context = contextCue(ctx, q, quoted, previous);
  if (context && 'phrase' in context) return { speaker: resolveSpeaker(ctx, context.phrase, memory), cue: context.cue };
  if (context) return { speaker: context.speaker, cue: context.quote.cue };
  return { speaker: paragraphPerson(ctx, q), cue: null };
}

function locate(ctx: AttributionContext, span: QuoteSpan): Located {
  const openToken = tokenAt(ctx, span.open);
  const closeToken = span.close === null ? tokenAt(ctx, ctx.doc.paragraphs[span.lastParagraph]!.end) : tokenAt(ctx, span.close);
  let words = 0;
  for (let k = openToken + 1; k < closeToken; k++) if (ctx.doc.tokens[k]!.kind !== 'punct') words++;
  return { span, openToken, closeToken, words };
}

function quotedMask(ctx: AttributionContext, located: readonly Located[]): (token: number) => boolean {
  const mask = new Uint8Array(ctx.doc.tokens.length);
  for (const q of located) for (let k = q.openToken; k <= Math.min(q.closeToken, mask.length - 1); k++) mask[k] = 1;
  return (token) => mask[token] === 1;
}

function attribute(
  ctx: AttributionContext,
  q: Located,
  prev: Located | undefined,
  next: Located | undefined,
  quoted: (token: number) => boolean,
): Attribution | null {
  const { tokens, sentences } = ctx.doc;
  const openSentence = tokens[q.openToken]!.sentence;
  const closeSentence = q.span.close === null ? openSentence : tokens[q.closeToken]!.sentence;
  let floor = sentences[openSentence]!.firstToken;
  if (prev && prev.closeToken < q.openToken && prev.closeToken >= floor) floor = prev.closeToken + 1;
  let ceiling = sentences[closeSentence]!.endToken;
  if (next && next.openToken < ceiling && next.openToken > q.closeToken) ceiling = next.openToken;
  const after = q.span.close === null ? null : cueAfter(ctx, q.closeToken + 1, ceiling) ?? cueInNextSentence(ctx, q, closeSentence, ceiling);
  const before = cueBefore(ctx, floor, q.openToken);
  const wordsBefore = countWords(ctx, floor, q.openToken);
  const joiner = ctx.lower[q.openToken - 1] ?? '';
  const colon = before !== null && (joiner === ':' || joiner === ',');
  if (colon || (after && wordsBefore === 0)) return { kind: 'direct', cue: colon ? before : after };
  if (q.span.single) return null;
  if (isName(ctx, q)) return null;
  if (before) return { kind: startsUpper(ctx, q) && reachesEnd(ctx, q, ceiling) ? 'direct' : 'partial', cue: before };
  if (after) return { kind: 'partial', cue: after };
  const inSentence = sentenceCue(ctx, openSentence, quoted, q.openToken);
  if (inSentence) return { kind: 'partial', cue: inSentence };
  const sentenceLike =
    q.words >= SENTENCE_LIKE_WORDS || /[.!?…]$/.test(ctx.doc.text.slice(q.span.start, q.span.end)) || (wordsBefore === 0 && countWords(ctx, q.closeToken + 1, ceiling) === 0);
  return sentenceLike ? { kind: 'direct', cue: null } : null;
}

/**
 * The cue of a quote that ends its sentence ("…?" Hua said.): the tokenizer puts the cue in the
 * next sentence of the same paragraph, which then starts right after the closing mark.
 */
function cueInNextSentence(ctx: AttributionContext, q: Located, closeSentence: number, ceiling: number): FoundCue | null {
  const { sentences } = ctx.doc;
  const here = sentences[closeSentence]!;
  const next = sentences[closeSentence + 1];
  if (!next || ceiling < here.endToken || q.closeToken !== here.endToken - 1 || next.paragraph !== here.paragraph) return null;
  return cueAfter(ctx, next.firstToken, next.endToken);
}

function isName(ctx: AttributionContext, q: Located): boolean {
  const { lex, lower } = ctx;
  for (let k = Math.max(0, q.openToken - 2); k < q.openToken; k++) {
    const m = lex.naming.match(lower, k, q.openToken);
    if (m && m.end === q.openToken) return true;
  }
  if (q.words <= TITLE_WORDS && (lex.titleNouns.has(lower[q.openToken - 1] ?? '') || lex.titleNouns.has(lower[q.closeToken + 1] ?? ''))) return true;
  if (q.words > TITLE_WORDS) return false;
  const text = ctx.doc.text.slice(q.span.start, q.span.end);
  if (/[.!?…]$/.test(text)) return false;
  let long = 0;
  for (let k = q.openToken + 1; k < q.closeToken; k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.kind !== 'word' || t.text.length < 4) continue;
    if (!/^\p{Lu}/u.test(t.text)) return false;
    long++;
  }
  return long > 0;
}

function startsUpper(ctx: AttributionContext, q: Located): boolean {
  return /^\p{Lu}/u.test(ctx.doc.text[q.span.start] ?? '');
}

function reachesEnd(ctx: AttributionContext, q: Located, ceiling: number): boolean {
  return countWords(ctx, q.closeToken + 1, ceiling) === 0;
}

function countWords(ctx: AttributionContext, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (ctx.doc.tokens[k]!.kind !== 'punct') n++;
  return n;
}

/**
 * The speaker of a quote standing alone: the speech cue of the sentence before it (same
 * paragraph, or the previous paragraph's last sentence when the quote opens its paragraph), else
 * the previous quote's speaker when that quote is in the same or the previous paragraph.
 */
function contextCue(
  ctx: AttributionContext,
  q: Located,
  quoted: (token: number) => boolean,
  previous: Previous | null,
): FoundCue | Previous | null {
  const s = ctx.doc.tokens[q.openToken]!.sentence;
  if (s > 0) {
    const prevSentence = ctx.doc.sentences[s - 1]!;
    const paragraph = ctx.doc.sentences[s]!.paragraph;
    if (prevSentence.paragraph >= paragraph - 1) {
      const cue = sentenceCue(ctx, s - 1, quoted, prevSentence.endToken);
      if (cue) return cue;
    }
  }
  if (previous && previous.speaker && previous.paragraph >= q.span.paragraph - 1) return previous;
  return null;
}

function paragraphPerson(ctx: AttributionContext, q: Located): ResolvedSpeaker | null {
  const p = ctx.doc.paragraphs[q.span.paragraph]!;
  const people = new Map<string, ResolvedSpeaker>();
  for (const m of mentionsIn(ctx, p.start, p.end)) {
    if (m.entity.type !== 'PERSON' || (m.mention.start >= q.span.start && m.mention.end <= q.span.end)) continue;
    people.set(m.entity.id, { entity: m.entity.id, name: m.entity.name, type: 'PERSON', at: m.mention.start });
  }
  return people.size === 1 ? [...people.values()][0]! : null;
}
