import type { ClauseWords } from './clause-words.js';
import type { SentenceActor, SentenceView } from './sentence-view.js';
import { BOUNDARY, HARD_PUNCTUATION, NOUN_MARKER, SPEECH } from './sentence-words.js';

/** The clause around a trigger: a token range of its sentence and the word that opened it. */
export interface Clause {
  /** First token (index into doc.tokens). */
  readonly start: number;
  /** One past the last token. */
  readonly end: number;
  /** The boundary word or speech verb right before the clause, lower case, or null at the sentence start. */
  readonly opener: string | null;
  /** Token index of that opener, or -1. */
  readonly openerToken: number;
}

/** Hard punctuation: a clause never runs across it. */
export const HARD_PUNCT: ReadonlySet<string> = new Set([';', ':', '(', ')', '—', '–', '--', '"', '“', '”', '[', ']', '{', '}']);

/** Whether token `j` is hard punctuation: a semicolon, colon, bracket, dash, quote mark, or a hyphen standing between spaces. */
function hardPunct(view: SentenceView, j: number): boolean {
  if ((view.infos[j - view.first]!.flags & HARD_PUNCTUATION) !== 0) return true;
  return view.lower[j - view.first] === '-' && view.doc.text[view.doc.tokens[j]!.start - 1] === ' ';
}

/** The word token before `i` in the sentence, skipping articles; -1 when none. */
export function previousWord(view: SentenceView, i: number): number {
  for (let j = i - 1; j >= view.first; j--) {
    const w = view.lower[j - view.first]!;
    if (w !== 'the' && w !== 'a' && w !== 'an') return j;
  }
  return -1;
}

/**
 * Whether an actor names a place inside a locative phrase whose head is a common noun
 * ('in the Turkmen capital Ashgabat', 'at the port city of Aden', 'outside of Basra'): walking back
 * at most four words (lower-case words, national adjectives, and 'of' after a place noun or a
 * locative preposition) reaches 'in'/'at' before any other preposition.
 */
export function inLocativePhrase(view: SentenceView, words: ClauseWords, actor: SentenceActor): boolean {
  for (let j = actor.first - 1, n = 0; j >= view.first && n < 4; j--) {
    const w = view.lower[j - view.first]!;
    if (words.locationPrepositions.has(w)) return n > 0 || j < actor.first - 1;
    if (w === 'of' && j > view.first) {
      const before = view.lower[j - 1 - view.first]!;
      if (words.placeNouns.has(before) || words.locationPrepositions.has(before)) continue;
    }
    if (words.prepositions.has(w) || view.doc.tokens[j]!.kind !== 'word') return false;
    n++;
  }
  return false;
}

/** Whether an actor stands as the object of a preposition ('in Kabul', 'with the US'). */
export function afterPreposition(view: SentenceView, words: ClauseWords, actor: SentenceActor): boolean {
  const p = previousWord(view, actor.first);
  return p >= 0 && words.prepositions.has(view.lower[p - view.first]!);
}

/** Whether [from, to) holds an actor that is not the object of a preposition: a possible subject. */
function holdsSubject(view: SentenceView, words: ClauseWords, from: number, to: number): boolean {
  return view.actors.some((a) => a.first >= from && a.end <= to && !afterPreposition(view, words, a));
}

/**
 * Whether the comma or 'and'/'or' at `i` joins two actors of one list: an actor before it, an
 * actor (after an optional 'the') after it, and, for a comma, a list that goes on to close with
 * 'and'/'or' ('Russia, Iran and China'), so that 'If Iran struck Israel, the United States would...' is no list.
 */
export function inActorList(view: SentenceView, i: number): boolean {
  if (actorBefore(view, i) < 0) return false;
  let k = i;
  for (let guard = 0; guard < 8; guard++) {
    const w = view.lower[k - view.first];
    let after = k + 1;
    if (after < view.end && view.lower[after - view.first] === 'the') after++;
    const a = after < view.end ? view.actorAt[after - view.first]! : -1;
    if (w === 'and' || w === 'or') return a >= 0;
    if (w !== ',') return false;
    const next = after < view.end ? view.lower[after - view.first] : undefined;
    if (next === 'and' || next === 'or') {
      k = after;
      continue;
    }
    if (a < 0) return false;
    k = view.actors[a]!.end;
    if (k >= view.end) return false;
  }
  return false;
}

/** Whether an actor phrase starting at `k` (after an optional 'the') is followed by a verb: a new clause's subject. */
function newSubject(view: SentenceView, isVerb: (i: number) => boolean, k: number): boolean {
  let j = k < view.end && view.lower[k - view.first] === 'the' ? k + 1 : k;
  const a = j < view.end ? view.actorAt[j - view.first]! : -1;
  if (a < 0) return false;
  j = view.actors[a]!.end;
  for (let n = 0; n < 3 && j < view.end; n++, j++) {
    if (isVerb(j)) return true;
    const t = view.doc.tokens[j]!;
    if (t.kind !== 'word' || t.text[0] !== view.lower[j - view.first]![0]) return false;
  }
  return false;
}

/**
 * The actor that ends right before token `i`, or a national word heading a short phrase that does
 * ('Russian troops', 'an Israeli peace movement'); -1 when none.
 */
function actorBefore(view: SentenceView, i: number): number {
  for (let j = i - 1, n = 0; j >= view.first && n <= 2; j--, n++) {
    const a = view.actorAt[j - view.first]!;
    if (a >= 0) return n === 0 || (view.actors[a]!.entity.type === 'NORP' && !view.actors[a]!.mention.text.endsWith('s')) ? a : -1;
    const t = view.doc.tokens[j]!;
    const w = view.lower[j - view.first]!;
    if (t.kind !== 'word' || t.text[0] !== w[0] || w.endsWith('ed') || w.endsWith('ing') || w.length < 3) return -1;
  }
  return -1;
}

/**
 * The clause holding token `t`: leftwards to the nearest boundary word, speech verb or hard
 * punctuation, over parenthesised asides (a comma or 'and' only when a subject already stands
 * between it and the trigger);
 * rightwards to the next boundary, comma, 'and' + verb or '<speech verb> that', skipping commas of actor lists.
 */
export function clauseOf(
  view: SentenceView,
  words: ClauseWords,
  isVerb: (i: number) => boolean,
  t: number,
): Clause {
  let start = view.first;
  let opener: string | null = null;
  let openerToken = -1;
  for (let j = t - 1; j >= view.first; j--) {
    const w = view.lower[j - view.first]!;
    if (w === ')') {
      const open = matchingOpen(view, j);
      if (open >= 0) {
        j = open;
        continue;
      }
    }
    const soft = w === ',' || w === 'but' || w === 'and' || w === 'or';
    if (soft) {
      if (!inActorList(view, j) && holdsSubject(view, words, j + 1, t)) {
        start = j + 1;
        opener = w;
        openerToken = j;
        break;
      }
      continue;
    }
    if (hardPunct(view, j) || (boundary(view, j) && !isActor(view, j)) || speechVerb(view, j) || commaAs(view, j)) {
      start = j + 1;
      opener = w;
      openerToken = j;
      break;
    }
  }
  let end = view.end;
  for (let j = t + 1; j < view.end; j++) {
    const w = view.lower[j - view.first]!;
    if (w === ',' && !inActorList(view, j)) { end = j; break; }
    if ((w === 'and' || w === 'but' || w === 'or') && j + 1 < view.end && !isActor(view, j + 1) && isVerb(j + 1)) {
      end = j;
      break;
    }
    if ((w === 'and' || w === 'but') && !inActorList(view, j) && newSubject(view, isVerb, j + 1)) {
      end = j;
      break;
    }
    const reporting = speechVerb(view, j) && view.lower[j + 1 - view.first] === 'that';
    if (hardPunct(view, j) || (boundary(view, j) && !isActor(view, j)) || reporting || commaAs(view, j)) {
      end = j;
      break;
    }
  }
  return { start, end, opener, openerToken };
}

/** Whether token `j` is a boundary word ('after', 'which', 'that'). */
function boundary(view: SentenceView, j: number): boolean {
  return (view.infos[j - view.first]!.flags & BOUNDARY) !== 0;
}

/** Whether token `i` lies inside one of the sentence's actors. */
function isActor(view: SentenceView, i: number): boolean {
  return view.actorAt[i - view.first]! >= 0;
}

/** Whether token `i` is a speech verb ('said', 'announced') used as a verb, not inside an actor. */
function speechVerb(view: SentenceView, i: number): boolean {
  return (view.infos[i - view.first]!.flags & SPEECH) !== 0 && !isActor(view, i) && !isNounUse(view, i);
}

/** Whether token `j` is an 'as' right after a comma: a subordinate clause opens (', as police cracked down'). */
function commaAs(view: SentenceView, j: number): boolean {
  return view.lower[j - view.first] === 'as' && j > view.first && view.lower[j - 1 - view.first] === ',';
}

/** The '(' that a ')' at `j` closes, in the same sentence; -1 when none. */
function matchingOpen(view: SentenceView, j: number): number {
  for (let k = j - 1; k >= view.first; k--) {
    const w = view.lower[k - view.first]!;
    if (w === '(') return k;
    if (w === ')') return -1;
  }
  return -1;
}

/** Whether a word stands as a noun here ('the report', 'a statement'), not as a verb. */
export function isNounUse(view: SentenceView, i: number): boolean {
  const p = i - 1;
  if (p < view.first) return false;
  return (view.infos[p - view.first]!.flags & NOUN_MARKER) !== 0 || view.doc.tokens[p]!.kind === 'number';
}
