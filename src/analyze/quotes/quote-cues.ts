import type { AttributionContext } from './attribution-context.js';
import { subjectAfter, subjectBefore, type SpeakerPhrase } from './speaker-phrase.js';
import { asSayingAfter, negatedAt, speechVerbAt } from './speech-verb-at.js';

/** A cue found beside a quote or in a sentence: who speaks, through which verb or phrase. */
export interface FoundCue {
  readonly phrase: SpeakerPhrase;
  /** Token of the verb or of the relay phrase's first word. */
  readonly token: number;
  /** The attributing phrase as written ("told CNN", "according to"). */
  readonly cue: string;
  /** One past the last token of the cue phrase (verb plus hearer). */
  readonly cueEnd: number;
}

const LEADING: ReadonlySet<string> = new Set([',', '—', '–', '-', ')', '(']);
const MAX_GAP = 8;

/**
 * The cue right after a quote, within [from, ceiling): ", X said", ", said X", ", X told CNN",
 * ", according to X". The speaker phrase must start right after the quote's punctuation.
 */
export function cueAfter(ctx: AttributionContext, from: number, ceiling: number): FoundCue | null {
  let k = from;
  while (k < ceiling && LEADING.has(ctx.lower[k]!)) k++;
  if (k >= ceiling) return null;
  if (speechVerbAt(ctx, k)) {
    const phrase = subjectAfter(ctx, k + 1, ceiling);
    return phrase ? { phrase, token: k, ...cuePhrase(ctx, k, ceiling) } : null;
  }
  const relay = ctx.lex.relays.match(ctx.lower, k, ceiling);
  if (relay) {
    const phrase = subjectAfter(ctx, relay.end, ceiling);
    return phrase ? { phrase, token: k, cue: relay.value, cueEnd: relay.end } : null;
  }
  for (let v = k + 1; v < Math.min(ceiling, k + 16); v++) {
    if (ctx.doc.tokens[v]!.kind === 'punct' && ctx.lower[v] !== ',') return null;
    if (!speechVerbAt(ctx, v) || negatedAt(ctx, v)) continue;
    const phrase = subjectBefore(ctx, v, k);
    if (phrase && phrase.first === k) return { phrase, token: v, ...cuePhrase(ctx, v, ceiling) };
    return null;
  }
  return null;
}

/**
 * The cue right before a quote, within [floor, openToken): "X said:", "X told reporters,",
 * "X said that", "X said in a statement:". Returns the last such verb with a speaker, passing over
 * "adding" and "saying" to the verb before them.
 */
export function cueBefore(ctx: AttributionContext, floor: number, openToken: number): FoundCue | null {
  for (let v = openToken - 1; v >= Math.max(floor, openToken - MAX_GAP); v--) {
    if (ctx.doc.tokens[v]!.kind === 'punct' && !/^[,:]$/.test(ctx.lower[v]!)) return null;
    if (!speechVerbAt(ctx, v) || negatedAt(ctx, v)) continue;
    let phrase = subjectBefore(ctx, v, floor);
    if (!phrase && ctx.lower[v - 1] === ',') {
      for (let u = v - 2; u >= Math.max(floor, v - MAX_GAP) && !phrase; u--) {
        if (speechVerbAt(ctx, u)) phrase = subjectBefore(ctx, u, floor);
      }
    }
    if (phrase) return { phrase, token: v, ...cuePhrase(ctx, v, openToken) };
  }
  return null;
}

/**
 * The reported-speech cue of a sentence, outside quotes: a speech verb with a subject before the
 * given token, else a closing ", X said" at the sentence's end. Tokens inside quotes are skipped.
 */
export function sentenceCue(
  ctx: AttributionContext,
  sentence: number,
  quoted: (token: number) => boolean,
  before: number,
): FoundCue | null {
  const s = ctx.doc.sentences[sentence]!;
  for (let v = s.firstToken; v < s.endToken; v++) {
    if (quoted(v)) continue;
    if (ctx.lex.relays.starts(ctx.lower[v]!)) {
      const relay = ctx.lex.relays.match(ctx.lower, v, s.endToken);
      const phrase = relay ? subjectAfter(ctx, relay.end, s.endToken) : null;
      if (relay && phrase) return { phrase, token: v, cue: relay.value, cueEnd: relay.end };
    }
    if (!speechVerbAt(ctx, v) || negatedAt(ctx, v)) continue;
    if (v > before && ctx.lower[v - 1] === ',') {
      const after = subjectAfter(ctx, v + 1, s.endToken);
      if (after) return { phrase: after, token: v, ...cuePhrase(ctx, v, s.endToken) };
    }
    const phrase = subjectBefore(ctx, v, s.firstToken);
    if (phrase) return { phrase, token: v, ...cuePhrase(ctx, v, s.endToken) };
  }
  return null;
}

const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me']);

/** The verb at `v` with its hearer when it takes one ("told CNN", "told reporters", "told the BBC"). */
export function cuePhrase(ctx: AttributionContext, v: number, ceiling: number): { cue: string; cueEnd: number } {
  const tokens = ctx.doc.tokens;
  let end = v + 1;
  const verb = speechVerbAt(ctx, v);
  if (verb?.passive) end = Math.max(end, asSayingAfter(ctx.lower, v, ceiling));
  else if (verb?.addressee && end < ceiling) {
    const hearer = ctx.lex.addressees.match(ctx.lower, end, ceiling);
    if (hearer) end = hearer.end;
    else if (OBJECT_PRONOUNS.has(ctx.lower[end]!)) end++;
    else {
      let k = ctx.lower[end] === 'the' ? end + 1 : end;
      const first = k;
      while (k < ceiling && tokens[k]!.kind === 'word' && (/^\p{Lu}/u.test(tokens[k]!.text) || (k > first && ctx.lower[k] === "'s"))) k++;
      if (k > first) end = k;
    }
  }
  return { cue: ctx.doc.text.slice(tokens[v]!.start, tokens[end - 1]!.end), cueEnd: end };
}
