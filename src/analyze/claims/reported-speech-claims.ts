import type { ClaimParty } from '../record.js';
import type { AttributionContext } from '../quotes/attribution-context.js';
import type { SpeechVerb } from '../quotes/attribution-lexicon.js';
import { cuePhrase } from '../quotes/quote-cues.js';
import type { SpeakerMemory } from '../quotes/resolve-speaker.js';
import { clauseSubject, subjectAfter, subjectBefore, type SpeakerPhrase } from '../quotes/speaker-phrase.js';
import { negatedAt, speechVerbAt } from '../quotes/speech-verb-at.js';
import { claimParty } from './claim-party.js';
import { claimStance } from './claim-stance.js';
import { contentSpan, draftClaim, type DraftClaim } from './draft-claim.js';
import { outletIn } from '../quotes/outlet-in.js';

const ACCUSED_WINDOW = 14;
const ADVERBIAL_WORDS = 4;
const CITED_WORDS = 12;
const QUANTIFIED: ReadonlySet<string> = new Set(['least', 'most', 'all', 'times']);
const PARALLEL: ReadonlySet<string> = new Set(['while', 'but', 'whereas', 'and']);
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'on', 'in', 'at', 'during', 'after', 'before', 'from', 'to', 'with', 'alongside', 'without', 'via', 'through', 'for',
  'by', 'about', 'of', 'as', 'when', 'while', 'ahead', 'following', 'last', 'this', 'earlier', 'later', 'late', 'early',
  'yesterday', 'today', 'tonight', 'again', 'also', 'repeatedly', 'afterwards', 'shortly', 'then', 'too', 'instead',
]);
const WRITER_CLAUSE: ReadonlySet<string> = new Set(['although', 'though', 'while', 'whereas', 'despite', 'even']);
const DENIED_OPENERS: ReadonlySet<string> = new Set(['any', 'all', 'that', 'wrongdoing', 'involvement', 'responsibility', 'knowledge', 'links', 'ties', 'reports']);
const NP_BREAK: ReadonlySet<string> = new Set(['as', 'and', 'but', 'which', 'that', 'because', 'in', 'on', 'at', 'by', 'while', 'saying', 'calling', 'since', 'after', 'before', 'from']);
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'a', 'one']);

/**
 * Claims of reported speech in one sentence: "X said (that) …", "X told Y that …", "X denied …",
 * "X rejected the allegations", "X accused Y of …", "…, X said." and "…, said X.". The content is
 * the reported proposition: what follows "that" (or the verb, its hearer and time or medium
 * adverbials for verbs that take a bare clause), what follows "of" for accusations, or what
 * precedes the closing cue. A participle cue after a comma (", saying …", ", adding that …")
 * starts a new claim of the same source; after a denial it is a denial too. Tokens inside direct
 * quotes are skipped, and a content that is one direct quote is left to the quote.
 */
export function reportedSpeechClaims(
  ctx: AttributionContext,
  sentence: number,
  quoted: (token: number) => boolean,
  memory: SpeakerMemory,
): DraftClaim[] {
  const s = ctx.doc.sentences[sentence]!;
  const out: DraftClaim[] = [];
  let clauseStart = s.firstToken;
  let last = null as { phrase: SpeakerPhrase; denies: boolean } | null;
  for (let v = s.firstToken; v < s.endToken; v++) {
    if (quoted(v)) continue;
    const verb = speechVerbAt(ctx, v);
    if (!verb || negatedAt(ctx, v)) continue;
    if (v < clauseStart) {
      const nested = relativeClaim(ctx, verb, v, s.endToken, memory, sentence);
      if (nested) out.push(nested);
      continue;
    }
    const chained = ctx.lower[v - 1] === 'and' || (ctx.lower[v - 1] === ',' && ctx.lower[v]!.endsWith('ing'));
    const inherited: SpeakerPhrase | null = chained ? (last?.phrase ?? clauseSubject(ctx, s.firstToken, v)) : null;
    const subject: SpeakerPhrase | null = inherited ?? subjectBefore(ctx, v, clauseStart);
    const found: Found | null = inherited ? pre(ctx, verb, v, s.endToken, inherited) : post(ctx, v, clauseStart, s.endToken) ?? pre(ctx, verb, v, s.endToken, subject);
    if (!found) {
      if (subject) last = { phrase: subject, denies: verb.stance === 'denies' };
      continue;
    }
    const hearer = found.hearer ? outletIn(ctx, found.hearer[0], found.hearer[1]) : null;
    const relay = viaOf(ctx, found.phrase, s.endToken, hearer);
    const denies: boolean = verb.stance === 'denies' || (inherited !== null && ctx.lower[v - 1] === ',' && last !== null && last.denies);
    for (const [a, b] of segments(ctx, found.content[0], found.content[1])) {
      const content = contentSpan(ctx, a, b);
      if (!content || quoteOnly(ctx, content)) continue;
      out.push(
        draftClaim(
          content,
          relay?.source ?? claimParty(ctx, found.phrase, memory),
          relay?.via ?? null,
          found.cue,
          denies ? 'denies' : claimStance(ctx, verb.stance, found.phrase, content),
          sentence,
        ),
      );
    }
    last = { phrase: found.phrase, denies };
    if (found.content[1] > v) clauseStart = found.content[1];
  }
  return out;
}

const RELATIVISERS: ReadonlySet<string> = new Set(['that', 'which', 'what', 'whom']);
const CLAUSE_END: ReadonlySet<string> = new Set([',', ';', ':', '(', ')', '—', '–']);

/**
 * A reported speech in a relative clause inside another claim's content ("ships that officials
 * say are smuggling oil", "what the army said was a riot"): the relative clause's source, and as
 * content the predicate after the verb, up to the next clause punctuation. The predicate must open
 * with an auxiliary, as the relative pronoun is its subject.
 */
function relativeClaim(
  ctx: AttributionContext,
  verb: SpeechVerb,
  v: number,
  end: number,
  memory: SpeakerMemory,
  sentence: number,
): DraftClaim | null {
  if (!verb.bare || verb.stance === 'denies') return null;
  const floor = ctx.doc.sentences[sentence]!.firstToken;
  const phrase = subjectBefore(ctx, v, floor);
  if (!phrase || !RELATIVISERS.has(ctx.lower[phraseStart(phrase) - 1] ?? '')) return null;
  const from = skipAdverbials(ctx, v + 1, end);
  if (!ctx.lex.auxiliaries.has(ctx.lower[from] ?? '')) return null;
  let until = from;
  while (until < end && !CLAUSE_END.has(ctx.lower[until]!) && !(ctx.doc.tokens[until]!.kind === 'punct' && until === end - 1)) until++;
  const content = contentSpan(ctx, from, until);
  if (!content) return null;
  return draftClaim(content, claimParty(ctx, phrase, memory), null, ctx.doc.tokens[v]!.text, claimStance(ctx, verb.stance, phrase, content), sentence);
}

interface Found {
  readonly phrase: SpeakerPhrase;
  readonly cue: string;
  readonly content: readonly [number, number];
  readonly hearer: readonly [number, number] | null;
}

function post(ctx: AttributionContext, v: number, clauseStart: number, end: number): Found | null {
  if (ctx.lower[v - 1] === ',' && v - 1 > clauseStart) {
    const phrase = subjectAfter(ctx, v + 1, end);
    if (phrase && closingTail(ctx, phrase.end, end)) return { phrase, cue: ctx.doc.tokens[v]!.text, content: [clauseStart, v - 1], hearer: null };
  }
  const phrase = subjectBefore(ctx, v, clauseStart);
  const first = phrase ? phraseStart(phrase) : -1;
  if (!phrase || first - 1 <= clauseStart || ctx.lower[first - 1] !== ',') return null;
  const { cue, cueEnd } = cuePhrase(ctx, v, end);
  if (!closingTail(ctx, cueEnd, end) || adverbialOnly(ctx, clauseStart, first - 1)) return null;
  return { phrase, cue, content: [clauseStart, first - 1], hearer: cueEnd > v + 1 ? [v + 1, cueEnd] : null };
}

function pre(ctx: AttributionContext, verb: SpeechVerb, v: number, end: number, phrase: SpeakerPhrase | null): Found | null {
  if (!phrase || /^["”’]$/.test(ctx.lower[phraseStart(phrase) - 1] ?? '') || /^["”’]$/.test(ctx.lower[v - 1] ?? '')) return null;
  const { cue, cueEnd } = cuePhrase(ctx, v, end);
  const hearer: Found['hearer'] = cueEnd > v + 1 ? [v + 1, cueEnd] : null;
  const stop = parallelCue(ctx, cueEnd, end);
  const from = afterCiting(ctx, skipAdverbials(ctx, cueEnd, stop), stop);
  const opener = ctx.lower[from] ?? '';
  if (opener === 'that' || opener === ':') return { phrase, cue, content: [from + 1, participleStop(ctx, from + 1, stop)], hearer };
  if (/^["“]$/.test(opener) && (from === cueEnd || ctx.lower[from - 1] === ',')) return null;
  const until = participleStop(ctx, from, stop);
  if (verb.objectOnly || (verb.stance === 'denies' && ctx.lex.contentNouns.has(objectHead(ctx, from, until)))) {
    return ctx.lex.contentNouns.has(objectHead(ctx, from, until)) ? { phrase, cue, content: [from, nounPhraseEnd(ctx, from, until)], hearer } : null;
  }
  if (verb.lemma === 'accuse') {
    for (let k = from; k < Math.min(until, from + ACCUSED_WINDOW); k++) if (ctx.lower[k] === 'of') return { phrase, cue, content: [k + 1, until], hearer };
    return null;
  }
  if (!verb.bare || from >= until || ctx.doc.tokens[from]!.kind === 'punct') return null;
  if (PREPOSITIONS.has(ctx.lower[from]!) && !QUANTIFIED.has(ctx.lower[from + 1] ?? '')) return null;
  const clause = ctx.lower.slice(from, until).some((w) => ctx.lex.auxiliaries.has(w));
  if (verb.clauseOnly && !clause) return null;
  if (verb.stance === 'denies' && !deniedContent(ctx, from, until)) return null;
  return { phrase, cue, content: [from, until], hearer };
}

/**
 * A content split where the reporting goes on: "X and that Y" gives two propositions; a clause
 * after ", although …" / ", while …" is the writer's, not the source's, and is left out.
 */
function segments(ctx: AttributionContext, from: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let a = from;
  for (let k = from + 1; k < end; k++) {
    const w = ctx.lower[k]!;
    if ((w === 'and' || w === 'but') && ctx.lower[k + 1] === 'that') {
      out.push([a, k]);
      a = k + 2;
      k++;
    } else if ((ctx.lower[k - 1] === ',' && (WRITER_CLAUSE.has(w) || ctx.lex.relays.match(ctx.lower, k, end)) && k > a + 2) || mediumAdverbial(ctx, k, end)) {
      out.push([a, ctx.lower[k - 1] === ',' ? k - 1 : k]);
      return out;
    }
  }
  out.push([a, end]);
  return out;
}

/** The first token of a speaker phrase with its apposition ("a spokeswoman, Hua Chunying,"). */
function phraseStart(p: SpeakerPhrase): number {
  return p.apposition ? Math.min(p.first, p.apposition.first) : p.first;
}

/**
 * Whether the object of a bare denial is something said or done ("denied any wrongdoing",
 * "denied breaking the truce", "denied the allegations", "denied it was involved"), not a thing
 * refused ("denied access").
 */
function deniedContent(ctx: AttributionContext, from: number, end: number): boolean {
  const w = ctx.lower[from] ?? '';
  if (w.endsWith('ing') || DENIED_OPENERS.has(w)) return true;
  for (let k = from; k < end; k++) if (ctx.lower[k] !== 'to' && ctx.lex.auxiliaries.has(ctx.lower[k]!)) return true;
  for (let k = from; k < Math.min(end, from + 4); k++) if (ctx.lex.contentNouns.has(ctx.lower[k]!)) return true;
  return false;
}

/**
 * Past a citing phrase between a verb and its "that" ("reported, citing two officials, that …"):
 * the position of that "that"; `from` itself when there is none.
 */
function afterCiting(ctx: AttributionContext, from: number, end: number): number {
  const cite = ctx.lex.citing.match(ctx.lower, from, end);
  if (!cite) return from;
  for (let k = cite.end; k < Math.min(end, cite.end + CITED_WORDS); k++) {
    if (ctx.lower[k] === 'that' && ctx.lower[k - 1] === ',') return k;
    if (ctx.doc.tokens[k]!.kind === 'punct' && ctx.lower[k] !== ',') break;
  }
  return from;
}

/** Whether "in a brief statement", "at a news conference" starts at `k` and ends the content. */
function mediumAdverbial(ctx: AttributionContext, k: number, end: number): boolean {
  const w = ctx.lower[k];
  if (w !== 'in' && w !== 'at' && w !== 'during') return false;
  if (!DETERMINERS.has(ctx.lower[k + 1] ?? '')) return false;
  for (let j = k + 2; j < Math.min(end, k + 6); j++) if (ctx.lex.mediumNouns.has(ctx.lower[j]!)) return true;
  return false;
}

/** Skips time and medium adverbials after a verb: "on Tuesday", "last week", "in a statement". */
function skipAdverbials(ctx: AttributionContext, from: number, end: number): number {
  const { lex, lower } = ctx;
  let k = from;
  for (;;) {
    while (k < end && lower[k] === ',') k++;
    const w = lower[k];
    if (w === undefined || k >= end) return k;
    if (lex.timeWords.has(w) && !PREPOSITIONS.has(w)) {
      k++;
      continue;
    }
    if ((w === 'on' || w === 'last' || w === 'this' || w === 'next' || w === 'earlier' || w === 'late' || w === 'early') && lex.timeWords.has(lower[k + 1] ?? '')) {
      k += 2;
      while (k < end && lex.timeWords.has(lower[k]!)) k++;
      continue;
    }
    if (w === 'on' || w === 'in' || w === 'at' || w === 'during' || w === 'via') {
      let j = k + 1;
      while (j < end && j - k <= 5 && ctx.doc.tokens[j]!.kind === 'word' && !lex.mediumNouns.has(lower[j]!)) j++;
      if (j < end && lex.mediumNouns.has(lower[j]!) && (DETERMINERS.has(lower[k + 1]!) || j === k + 1)) {
        k = j + 1;
        if (lower[k] === 'on' && /^\p{Lu}/u.test(ctx.doc.tokens[k + 1]?.text ?? '')) k += 2;
        continue;
      }
    }
    if (lex.timeWords.has(w) && w !== 'last' && w !== 'this' && w !== 'next') {
      k++;
      continue;
    }
    return k;
  }
}

/**
 * The end of a content before ", saying …", ", adding that …" or "… and said …": the next speech
 * verb of the same source opens its own claim.
 */
function participleStop(ctx: AttributionContext, from: number, end: number): number {
  for (let k = from + 1; k < end; k++) {
    if (ctx.lower[k - 1] === ',' && ctx.lower[k]!.endsWith('ing') && speechVerbAt(ctx, k)) return k - 1;
    if (ctx.lower[k - 1] === 'and' && speechVerbAt(ctx, k)) return k - 1;
  }
  return end;
}

/**
 * Whether the words after a closing cue leave the sentence's content before it: nothing, or only
 * adverbials ("on Tuesday", "in a statement"), a comma, or a participle ("adding …").
 */
function closingTail(ctx: AttributionContext, from: number, end: number): boolean {
  let k = from;
  while (k < end && ctx.doc.tokens[k]!.kind === 'punct' && ctx.lower[k] !== ',' && ctx.lower[k] !== ':') k++;
  if (k >= end) return true;
  const w = ctx.lower[k]!;
  if (w === ',') return !ctx.lower.slice(k, end).includes('that');
  return PREPOSITIONS.has(w) || ctx.lex.timeWords.has(w);
}

/** Whether tokens [from, to) are only an opening adverbial ("On Thursday", "In Brussels"). */
function adverbialOnly(ctx: AttributionContext, from: number, to: number): boolean {
  let words = 0;
  for (let k = from; k < to; k++) if (ctx.doc.tokens[k]!.kind !== 'punct') words++;
  return words <= ADVERBIAL_WORDS && (PREPOSITIONS.has(ctx.lower[from]!) || ctx.lex.timeWords.has(ctx.lower[from]!));
}

function parallelCue(ctx: AttributionContext, from: number, end: number): number {
  for (let k = from + 1; k < end; k++) {
    if (!PARALLEL.has(ctx.lower[k]!) || ctx.lower[k - 1] !== ',') continue;
    for (let v = k + 2; v < Math.min(end, k + 10); v++) {
      if (!speechVerbAt(ctx, v)) continue;
      const phrase = subjectBefore(ctx, v, k + 1);
      if (phrase && phrase.first === k + 1) return k - 1;
      break;
    }
  }
  return end;
}

/** The end of the object noun phrase starting at `from` ("the accusations" in "… as baseless"). */
function nounPhraseEnd(ctx: AttributionContext, from: number, end: number): number {
  let k = from;
  while (k < end && ctx.doc.tokens[k]!.kind !== 'punct' && !NP_BREAK.has(ctx.lower[k]!)) k++;
  return k;
}

function objectHead(ctx: AttributionContext, from: number, end: number): string {
  for (let k = from; k < Math.min(end, from + 5); k++) {
    const w = ctx.lower[k]!;
    if (ctx.lex.contentNouns.has(w)) return w;
    if (ctx.doc.tokens[k]!.kind === 'punct') break;
  }
  return '';
}

function quoteOnly(ctx: AttributionContext, content: { start: number; end: number }): boolean {
  return ctx.doc.quotes.some((q) => q.kind === 'direct' && q.start <= content.start + 1 && q.end >= content.end - 1);
}

/**
 * The relay of a claim: the hearer when it is an outlet ("told CNN" → via CNN); the speaker when
 * it cites someone ("Reuters reported, citing two diplomats, …" → source the diplomats, via
 * Reuters; the outlet named in the speaker's phrase when there is one); an interview phrase in the
 * sentence ("in an interview with the BBC").
 */
function viaOf(
  ctx: AttributionContext,
  phrase: SpeakerPhrase,
  end: number,
  hearer: SpeakerPhrase | null,
): { source?: ClaimParty; via: ClaimParty } | null {
  if (hearer) return { via: claimParty(ctx, hearer, []) };
  for (let k = phrase.end; k < end; k++) {
    const cite = ctx.lex.citing.match(ctx.lower, k, end);
    if (cite) {
      const cited = subjectAfter(ctx, cite.end, end);
      if (cited) return { source: claimParty(ctx, cited, []), via: claimParty(ctx, outletIn(ctx, phrase.first, phrase.end) ?? phrase, []) };
    }
    const interview = ctx.lex.interviews.match(ctx.lower, k, end);
    if (interview) {
      let e = interview.end;
      while (e < end && ctx.doc.tokens[e]!.kind === 'word' && e - interview.end < 5) e++;
      const outlet = outletIn(ctx, interview.end, e);
      if (outlet) return { via: claimParty(ctx, outlet, []) };
    }
  }
  return null;
}
