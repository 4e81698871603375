import type { AttributionContext } from './attribution-context.js';
import { speechVerbAt } from './speech-verb-at.js';

/** A noun phrase naming who speaks: token range [first, end) and its text span. */
export interface SpeakerPhrase {
  readonly first: number;
  readonly end: number;
  readonly start: number;
  readonly stop: number;
  readonly text: string;
  /** The phrase is a personal pronoun ("he", "they"). */
  readonly pronoun: boolean;
  /** Token range of a descriptive apposition kept apart from the name ("Peskov, the Kremlin spokesman,"). */
  readonly apposition: { readonly first: number; readonly end: number } | null;
}

const MAX_WORDS = 12;
const MAX_DESCRIPTION = 8;
const SHORT_DESCRIPTION = 4;
const AFTER_STOP: ReadonlySet<string> = new Set([
  'on', 'in', 'at', 'during', 'after', 'before', 'since', 'last', 'this', 'earlier', 'later', 'yesterday', 'today',
  'tonight', 'adding', 'citing', 'according', 'when', 'while', 'as', 'that', 'who', 'which', 'and', 'but', 'to',
]);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Builds a phrase over tokens [first, end). */
export function phraseOf(ctx: AttributionContext, first: number, end: number): SpeakerPhrase {
  const tokens = ctx.doc.tokens;
  const start = tokens[first]!.start;
  const stop = tokens[end - 1]!.end;
  const pronoun = end - first === 1 && ctx.lex.pronouns.has(ctx.lower[first]!);
  return { first, end, start, stop, text: ctx.doc.text.slice(start, stop), pronoun, apposition: null };
}

/**
 * The subject of the speech verb at `verb`, walking back to `floor` (inclusive) over the words of
 * one noun phrase: adverbs right before the verb are skipped ("also", "on Tuesday"); the walk stops
 * at punctuation and clause words; an apposition between commas is passed over to the name before
 * it; a relative clause ("who ...") is passed over to its head. Null when no plausible speaker
 * (a name, pronoun or role noun) is there.
 */
export function subjectBefore(ctx: AttributionContext, verb: number, floor: number): SpeakerPhrase | null {
  let j = verb - 1;
  while (j >= floor && (ctx.lex.skipBeforeVerb.has(ctx.lower[j]!) || /^[a-z]+ly$/.test(ctx.lower[j]!)) && !ctx.lex.pronouns.has(ctx.lower[j]!)) j--;
  if (j < floor) return null;
  if (ctx.lower[j] === ',') return appositionSubject(ctx, j, floor);
  if (ctx.lower[j] === 'and') return clauseSubject(ctx, floor, j);
  const core = walkBack(ctx, j, floor);
  if (!core) return null;
  const before = core.first - 1;
  if (before > floor && (ctx.lower[before] === 'who' || ctx.lower[before] === 'which')) {
    const head = ctx.lower[before - 1] === ',' ? before - 2 : before - 1;
    const outer = head >= floor ? walkBack(ctx, head, floor) : null;
    if (outer && plausible(ctx, outer)) return { ...outer, apposition: { first: before, end: core.end } };
  }
  return plausible(ctx, core) ? core : null;
}

/**
 * The subject after an inverted verb ("said Putin", "said the minister"), from `first` up to
 * `ceiling` (exclusive). Stops at time and clause words and punctuation.
 */
export function subjectAfter(ctx: AttributionContext, first: number, ceiling: number): SpeakerPhrase | null {
  let k = first;
  while (k < ceiling && ctx.doc.tokens[k]!.kind !== 'punct') {
    const w = ctx.lower[k]!;
    if (k > first && (AFTER_STOP.has(w) || ctx.lex.clauseStoppers.has(w))) break;
    if (k === first && !DETERMINERS.has(w) && ctx.lex.clauseStoppers.has(w)) return null;
    k++;
  }
  while (k > first && !headWord(ctx, k - 1)) k--;
  if (k === first || k - first > MAX_WORDS) return null;
  const phrase = phraseOf(ctx, first, k);
  if (!plausible(ctx, phrase)) return null;
  if (ctx.lower[k] === ',' && k + 1 < ceiling && !properName(ctx, first, k)) {
    let e = k + 1;
    while (e < ceiling && ctx.doc.tokens[e]!.kind === 'word' && e - k <= 5) e++;
    if (e > k + 1 && properName(ctx, k + 1, e) && (e >= ceiling || ctx.doc.tokens[e]!.kind === 'punct')) {
      return { ...phraseOf(ctx, k + 1, e), apposition: { first, end: k } };
    }
  }
  if (ctx.lower[k] === ',' && k + 1 < ceiling && DETERMINERS.has(ctx.lower[k + 1]!)) {
    let e = k + 1;
    while (e < ceiling && ctx.doc.tokens[e]!.kind !== 'punct' && e - k < MAX_WORDS) e++;
    return { ...phrase, apposition: { first: k + 1, end: e } };
  }
  return phrase;
}

/** Whether a phrase can name a speaker: a pronoun, a short description ("the mediator"), a capitalised word or a role noun. */
export function plausible(ctx: AttributionContext, p: SpeakerPhrase): boolean {
  if (p.pronoun) return true;
  if (DETERMINERS.has(ctx.lower[p.first]!) && p.end - p.first > 1 && p.end - p.first <= SHORT_DESCRIPTION) return true;
  const sentenceFirst = ctx.doc.sentences[ctx.doc.tokens[p.first]!.sentence]!.firstToken;
  for (let k = p.first; k < p.end; k++) {
    const t = ctx.doc.tokens[k]!;
    const w = ctx.lower[k]!;
    if (ctx.lex.roleNouns.has(w) || ctx.lex.opinionHolders.has(w)) return true;
    if (t.kind === 'word' && /^\p{Lu}/u.test(t.text) && (k !== sentenceFirst || !DETERMINERS.has(w))) {
      if (k === sentenceFirst && p.end - p.first > 1 && !/^\p{Lu}/u.test(ctx.doc.tokens[k + 1]!.text)) continue;
      return true;
    }
  }
  return false;
}

/** The noun phrase opening a clause at `first`, for a coordinated verb ("X criticised ... and said"). */
export function clauseSubject(ctx: AttributionContext, first: number, limit: number): SpeakerPhrase | null {
  const tokens = ctx.doc.tokens;
  let k = first;
  while (k < limit && k - first < MAX_WORDS && tokens[k]!.kind === 'word') {
    const w = ctx.lower[k]!;
    const capital = /^\p{Lu}/u.test(tokens[k]!.text);
    if (!(capital || DETERMINERS.has(w) || w === "'s" || ctx.lex.roleNouns.has(w) || ctx.lex.opinionHolders.has(w))) break;
    k++;
  }
  if (k === first) return null;
  const phrase = phraseOf(ctx, first, k);
  return plausible(ctx, phrase) ? phrase : null;
}

function walkBack(ctx: AttributionContext, j: number, floor: number): SpeakerPhrase | null {
  const tokens = ctx.doc.tokens;
  let k = j;
  while (k >= floor) {
    const t = tokens[k]!;
    const w = ctx.lower[k]!;
    if (t.kind === 'punct') break;
    if (ctx.lex.clauseStoppers.has(w)) break;
    if (w === 'and' && !(capitalised(ctx, k - 1) && (capitalised(ctx, k + 1) || (ctx.lower[k + 1] === 'the' && capitalised(ctx, k + 2))))) break;
    if (k < j && speechVerbAt(ctx, k)) break;
    if (ctx.lex.pronouns.has(w) && k < j) break;
    k--;
  }
  let first = Math.max(k + 1, j + 1 - MAX_WORDS);
  while (first <= j && ctx.lex.skipBeforeVerb.has(ctx.lower[first]!) && !DETERMINERS.has(ctx.lower[first]!)) first++;
  if (first > j) return null;
  if (!headWord(ctx, j)) {
    let role = false;
    for (let k2 = first; k2 <= j && !role; k2++) role = ctx.lex.roleNouns.has(ctx.lower[k2]!) || ctx.lex.opinionHolders.has(ctx.lower[k2]!);
    const description = DETERMINERS.has(ctx.lower[first]!) && j + 1 - first <= SHORT_DESCRIPTION;
    if ((!role && !description) || j + 1 - first > MAX_DESCRIPTION) return null;
  }
  return phraseOf(ctx, first, j + 1);
}

function appositionSubject(ctx: AttributionContext, comma: number, floor: number): SpeakerPhrase | null {
  let c = comma - 1;
  while (c >= floor && ctx.lower[c] !== ',' && comma - c <= MAX_WORDS) {
    if (ctx.doc.tokens[c]!.kind === 'punct' && ctx.lower[c] !== '-') return null;
    c--;
  }
  if (c < floor || ctx.lower[c] !== ',' || c === comma - 1) return null;
  const name = walkBack(ctx, c - 1, floor);
  if (!name || !plausible(ctx, name)) return null;
  if (properName(ctx, c + 1, comma) && !properName(ctx, name.first, name.end)) {
    return { ...phraseOf(ctx, c + 1, comma), apposition: { first: name.first, end: name.end } };
  }
  return { ...name, apposition: { first: c + 1, end: comma } };
}

function properName(ctx: AttributionContext, first: number, end: number): boolean {
  for (let k = first; k < end; k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.kind !== 'word' || (!/^\p{Lu}/u.test(t.text) && !/^(?:al|el|bin|ibn|de|da|van|von|der|del|la|le)(?:-|$)/.test(ctx.lower[k]!))) return false;
  }
  return end > first;
}

function headWord(ctx: AttributionContext, k: number): boolean {
  const w = ctx.lower[k]!;
  return /^\p{Lu}/u.test(ctx.doc.tokens[k]!.text) || ctx.lex.roleNouns.has(w) || ctx.lex.opinionHolders.has(w) || ctx.lex.pronouns.has(w);
}

function capitalised(ctx: AttributionContext, k: number): boolean {
  const t = ctx.doc.tokens[k];
  return !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
}
