import type { Doc } from '../document.js';
import type { EventActor, Modality, NewsEvent, TextSpan } from '../record.js';
import type { CameoCodebook } from './cameo-codebook.js';
import { afterPreposition, clauseOf, inActorList, inLocativePhrase, isNounUse, previousWord, type Clause } from './clause.js';
import type { ClauseWords } from './clause-words.js';
import { eventDate } from './event-date.js';
import type { Lemmatizer } from './lemmatizer.js';
import { claimAt, governance, type Governance } from './modality.js';
import { mentionsBySentence, sentenceView, type PlacedMention, type SentenceActor, type SentenceView } from './sentence-view.js';
import { CAPITALISED, sentenceWords, TRIGGER_KEY, type WordInfos } from './sentence-words.js';
import { shiftCode, type VerbPattern, type VerbPatterns } from './verb-patterns.js';

/** Everything the coder reads, loaded once. */
export interface EventCoder {
  readonly codebook: CameoCodebook;
  readonly patterns: VerbPatterns;
  readonly words: ClauseWords;
  readonly lemmatize: Lemmatizer;
  /** Surface forms (lower case and capitalised) of every trigger lemma: a sentence without one is skipped. */
  readonly triggerForms: ReadonlySet<string>;
  /**
   * Lower case, lemma and flags of a token's text: whether a word is one of `triggerForms`, whether
   * its lemma or lower-case form keys a verb, noun or obligation pattern (else it triggers nothing),
   * which pattern objects it may start, and the clause words it is.
   */
  readonly wordInfos: WordInfos;
  /** Verb-pattern lemmas, control words and speech lemmas: the lemmas `verbLike` accepts. */
  readonly verbLemmas: ReadonlySet<string>;
}

/** An event found in a sentence, before duplicates and governing verbs are removed. */
interface Found {
  readonly event: NewsEvent;
  readonly trigger: number;
  readonly governors: readonly number[];
  readonly objectTokens: readonly number[];
}

const MAX_PAIRS = 6;
/** Unnamed attackers that are no sector of a country. */
const ATTACKERS: ReadonlySet<string> = new Set([
  'attacker', 'attackers', 'assailant', 'assailants', 'gunman', 'kidnappers', 'abductors', 'pirates', 'raiders', 'men', 'bomb', 'bombs',
  'sniper', 'snipers',
]);
/** Nouns of a planned attack ('an attempt to assassinate ...', 'a plot to kill ...'): the act has an attacker, unnamed. */
const PLOTS: ReadonlySet<string> = new Set(['attempt', 'attempts', 'plot', 'plots', 'bid', 'conspiracy']);
/** Causes of death that are no attack: a clause naming one has no attacker to place. */
const NATURAL_CAUSES: ReadonlySet<string> = new Set([
  'flood', 'floods', 'flooding', 'earthquake', 'quake', 'storm', 'landslide', 'landslides', 'fire', 'blaze', 'crash', 'accident',
  'avalanche', 'cyclone', 'typhoon', 'hurricane', 'stampede', 'collapse', 'heatwave', 'disease', 'outbreak', 'tornado',
]);
/** Roots of physical violence, whose unnamed attacker stands for the country where it happened. */
const VIOLENT_ROOTS: ReadonlySet<string> = new Set(['18', '19', '20']);
/** Signs of an amount inside a noun phrase ('a $2 billion aid package'): a light verb may stand before them. */
const CURRENCY_SIGNS: ReadonlySet<string> = new Set(['$', '€', '£', '¥']);
/**
 * Roots whose coordinated subjects do not act on each other when the clause names no target:
 * 'Egypt and Qatar called for a ceasefire' is a joint appeal, not Egypt appealing to Qatar, while
 * 'Moscow and Tehran formed an alliance' or 'India and Pakistan clashed' is mutual.
 */
const ONE_SIDED_ROOTS: ReadonlySet<string> = new Set(['01', '02', '10', '11', '12', '13', '14', '15', '17', '18', '20']);
/** Prepositions inside a subject noun phrase ('the government of X', 'doctors from X'): its actor stands in for the subject. */
const NOUN_PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'from']);
const OBJECT_WINDOW = 10;
/** How far after a passive verb its 'by' agent may start ('was attacked overnight by ...'). */
const PASSIVE_BY_REACH = 4;
/** Particles that may follow the verb's object ('forced the agency out', 'handed the town over'). */
const ADVERB_PARTICLES: ReadonlySet<string> = new Set(['out', 'over', 'off', 'down', 'up', 'back', 'away']);

/**
 * Codes the events of one sentence: each trigger (a verb or nominal pattern of the dictionary)
 * with a source, and a target for dyadic codes, all in the trigger's clause. `placed` are the
 * sentence's actor mentions (from `mentionsBySentence`). Returns events in trigger order; an empty
 * list when nothing is coded.
 */
export function codeSentence(coder: EventCoder, doc: Doc, index: number, placed: readonly PlacedMention[]): NewsEvent[] {
  if (placed.length === 0) return [];
  const sentence = sentenceWords(coder.wordInfos, doc, index, true);
  if (sentence === null) return [];
  const view = sentenceView(doc, index, placed, sentence, coder.words);
  if (view.actors.length === 0) return [];
  const found: Found[] = [];
  const { lower, lemma: lemmas, actorAt, infos } = view;
  const { obligations, verbs, nouns } = coder.patterns;
  const isVerb = verbTest(coder, view);
  for (let i = view.first; i < view.end; i++) {
    const rel = i - view.first;
    const flag = infos[rel]!.flags;
    if ((flag & TRIGGER_KEY) === 0 || actorAt[rel]! >= 0 || (i > view.first && (flag & CAPITALISED) !== 0)) continue;
    const w = lower[rel]!;
    const lemma = lemmas[rel]!;
    const obligation = obligations.get(w);
    if (obligation) {
      pushAll(found, codeObligation(coder, view, obligation[0]!, i));
      continue;
    }
    const nounKey = nouns.has(lemma) ? lemma : w;
    if (!verbs.has(lemma) && !nouns.has(nounKey)) continue;
    const noun = !verbs.has(lemma) || nounReading(coder, view, i);
    if (!noun && (afterLexicalVerb(coder, view, i) || askedOfObject(coder, view, i))) continue;
    const list = noun ? nouns.get(nounKey) : verbs.get(lemma);
    if (!list) continue;
    const clause = clauseOf(view, coder.words, isVerb, i);
    let best: { readonly pattern: VerbPattern; readonly particle: number; readonly objects: number[] } | null = null;
    for (const pattern of list) {
      if (best && pattern.specificity < best.pattern.specificity) break;
      const particle = particleAt(view, pattern, i, clause);
      if (particle === null) continue;
      const backward = noun || isPassive(coder, view, i, particle);
      const objects = objectsFor(view, pattern, i, particle, clause, backward);
      if (objects === null) continue;
      if (!best || objects.length > best.objects.length) best = { pattern, particle, objects };
    }
    if (best) {
      const { pattern, particle, objects } = best;
      pushAll(
        found,
        noun
          ? codeNoun(coder, view, clause, pattern, i, particle)
          : codeVerb(coder, view, clause, pattern, i, particle, objects),
      );
    }
  }
  return found.length === 0 ? [] : settle(found);
}

function pushAll<T>(into: T[], items: readonly T[]): void {
  for (const x of items) into.push(x);
}

function settle(found: readonly Found[]): NewsEvent[] {
  const governing = new Set<number>();
  for (const f of found) for (const g of f.governors) governing.add(g);
  const alive = found.filter((f) => !governing.has(f.trigger));
  const used = new Set<number>();
  for (const f of alive) for (const o of f.objectTokens) used.add(o);
  const seen = new Set<string>();
  const out: NewsEvent[] = [];
  for (const f of alive) {
    if (used.has(f.trigger)) continue;
    const e = f.event;
    const key = `${e.root}|${e.source.entity}|${e.source.name}|${e.target?.entity}|${e.target?.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

/** `verbLike` for one view, as the callback `clauseOf` takes. */
function verbTest(coder: EventCoder, view: SentenceView): (k: number) => boolean {
  return (k) => verbLike(coder, view, k);
}

function verbLike(coder: EventCoder, view: SentenceView, k: number): boolean {
  const rel = k - view.first;
  const lemma = view.lemma[rel]!;
  const lower = view.lower[rel]!;
  return (
    coder.verbLemmas.has(lemma) ||
    (lower !== lemma && coder.words.controls.has(lower)) ||
    (lower.length > 4 && lower.endsWith('ed'))
  );
}

/**
 * Past tenses spelt like their lemma and like a noun: before a word that is no preposition they are
 * the verb of the name before them ('The United States cut aid to Niger', 'settlers in Hebron set
 * fire to ...'), not a noun it modifies ('the U.N. cut in aid'); one that is also a nominal trigger
 * ('cut') is a verb so only after a sentence-initial 'The <name>'.
 */
const UNINFLECTED_PASTS: ReadonlySet<string> = new Set(['cut', 'hit', 'shut', 'put', 'set', 'beat', 'cast', 'bid']);

/**
 * Whether a trigger word reads as a noun: after a determiner, possessive, number or national word,
 * after an actor that is itself inside a noun phrase ('rounds of U.N. sanctions'), or, for an
 * uninflected word, anywhere a verb cannot stand (after an adjective: 'the worst attack').
 */
function nounReading(coder: EventCoder, view: SentenceView, i: number): boolean {
  if (i === view.first || isNounUse(view, i)) return true;
  const prev = view.actorAt[i - 1 - view.first]!;
  if (prev >= 0 && view.actors[prev]!.entity.type === 'NORP' && isNationalModifier(view, prev)) return true;
  const w = view.lower[i - view.first]!;
  if (w.endsWith('ed') || (w !== view.lemma[i - view.first] && w.endsWith('ing'))) return false;
  const before = view.actorAt[i - 1 - view.first]!;
  if (before >= 0 && (w === view.lemma[i - view.first] || w.endsWith('s'))) {
    const p = view.actors[before]!.first - 1;
    const pw = p >= view.first ? view.lower[p - view.first]! : '';
    const words = coder.words;
    const subjectName =
      (p === view.first || !coder.patterns.nouns.has(w)) && UNINFLECTED_PASTS.has(w) && !words.prepositions.has(view.lower[i + 1 - view.first] ?? '');
    if (!subjectName && ((words.prepositions.has(pw) && !words.boundaries.has(pw)) || words.nounMarkers.has(pw))) return true;
  }
  return insidePrepositionalPhrase(coder, view, i) || !verbContext(coder, view, i - 1);
}

/**
 * Whether the uninflected or -s word at `i` ends a noun compound that a preposition opens
 * ('an investigation into human rights abuses', 'talks on arms transfers'): walking back over
 * at most three lower-case words that are neither actors nor verbs reaches a preposition.
 */
function insidePrepositionalPhrase(coder: EventCoder, view: SentenceView, i: number): boolean {
  const words = coder.words;
  for (let j = i - 1, n = 0; j >= view.first && n < 4; j--, n++) {
    const rel = j - view.first;
    const w = view.lower[rel]!;
    const t = view.doc.tokens[j]!;
    if (t.kind !== 'word' || view.actorAt[rel]! >= 0) return false;
    if (words.prepositions.has(w) && w !== 'to' && !words.boundaries.has(w)) return true;
    if (t.text[0] !== w[0] || verbLike(coder, view, j) || words.be.has(w) || words.modals.has(w) || words.pronouns.has(w)) return false;
  }
  return false;
}

/** Whether the word before `i` is itself a lexical verb, so that `i` is a participle used as an adjective ('sentenced ousted president'). */
function afterLexicalVerb(coder: EventCoder, view: SentenceView, i: number): boolean {
  const p = i - 1;
  if (p < view.first || view.actorAt[p - view.first]! >= 0 || view.doc.tokens[p]!.kind !== 'word') return false;
  const w = view.lower[p - view.first]!;
  const words = coder.words;
  if (words.be.has(w) || words.skippable.has(w) || words.modals.has(w) || words.controls.has(w) || words.coordinators.has(w)) return false;
  return coder.patterns.verbs.has(view.lemma[p - view.first]!) && w.endsWith('ed');
}

/**
 * Whether the verb at `i` is what a verb of asking wants its object to do ('urged Israel to open
 * the crossing', 'called on Iran to free them', 'invited Putin to visit'): only asked for, no event.
 */
function askedOfObject(coder: EventCoder, view: SentenceView, i: number): boolean {
  const to = i - 1;
  if (to <= view.first || view.lower[to - view.first] !== 'to') return false;
  const a = view.actorAt[to - 1 - view.first]!;
  if (a < 0) return false;
  let p = previousWord(view, view.actors[a]!.first);
  if (p >= view.first && view.lower[p - view.first] === 'on') p = previousWord(view, p);
  return p >= view.first && coder.words.objectControls.has(view.lemma[p - view.first]!);
}

/** Whether token `p` can stand right before a finite or infinitive verb: a subject, auxiliary, adverb, 'to' or time. */
function verbContext(coder: EventCoder, view: SentenceView, p: number): boolean {
  const rel = p - view.first;
  const a = view.actorAt[rel]!;
  if (a >= 0) return view.actors[a]!.entity.type !== 'NORP' || view.actors[a]!.end !== p + 1 || !isNationalModifier(view, a);
  const w = view.lower[rel]!;
  const words = coder.words;
  const token = view.doc.tokens[p]!;
  if (token.kind !== 'word') return w === ',';
  if (words.skippable.has(w) || words.modals.has(w) || words.be.has(w) || words.pronouns.has(w)) return true;
  if (words.coordinators.has(w) || words.relativePronouns.has(w) || words.controls.has(w)) return true;
  if (w.length > 4 && w.endsWith('ly')) return true;
  if (words.sectorHeads.has(w) || (w.length > 3 && w.endsWith('s') && !w.endsWith('ss'))) return true;
  for (const t of view.doc.times) if (t.start <= token.start && token.end <= t.end) return true;
  return false;
}

/** A national word used as a modifier ('Russian strikes'), not as a plural subject ('Palestinians attack'). */
function isNationalModifier(view: SentenceView, a: number): boolean {
  const text = view.actors[a]!.mention.text;
  return !text.endsWith('s');
}

/** Index of the token after the trigger (and its particle, if the pattern has one); null when the particle is missing. */
function particleAt(view: SentenceView, pattern: VerbPattern, i: number, clause: Clause): number | null {
  if (!pattern.particle) return i + 1;
  const far = ADVERB_PARTICLES.has(pattern.particle);
  const limit = far ? view.end : clause.end;
  for (let k = i + 1; k <= i + (far ? 8 : 2) && k < limit; k++) {
    if (view.lower[k - view.first] === pattern.particle) return k + 1;
  }
  return null;
}

/**
 * Tokens of the object words the pattern asks for near the trigger, after it (and, for a passive
 * or a noun, also just before it: 'sanctions were imposed'); [] when it asks none; null when absent.
 */
function objectsFor(
  view: SentenceView,
  pattern: VerbPattern,
  i: number,
  after: number,
  clause: Clause,
  backward: boolean,
): number[] | null {
  if (pattern.objects.length === 0) return [];
  const from = backward ? Math.max(clause.start, i - 4) : i;
  const to = Math.min(clause.end, after + OBJECT_WINDOW);
  for (let k = from; k < to; k++) {
    if (k >= i && k < after) continue;
    const info = view.infos[k - view.first]!;
    const seqs =
      (info.lemmaObject < 0 ? undefined : pattern.objectsById[info.lemmaObject]) ??
      (info.lowerObject < 0 ? undefined : pattern.objectsById[info.lowerObject]);
    if (!seqs) continue;
    for (const seq of seqs) {
      if (k + seq.length > to) continue;
      let ok = true;
      for (let s = 0; s < seq.length && ok; s++) ok = view.lemma[k + s - view.first] === seq[s] || view.lower[k + s - view.first] === seq[s];
      if (!ok) continue;
      const objects: number[] = [];
      for (let s = 0; s < seq.length; s++) objects.push(k + s);
      return objects;
    }
  }
  return null;
}

/** Whether the word at `p` is a lexical verb, so that the actor after it is its object, not a subject ('visit Yeosu'). */
function objectOfVerb(coder: EventCoder, view: SentenceView, p: number): boolean {
  const w = view.lower[p - view.first]!;
  const words = coder.words;
  if (view.actorAt[p - view.first]! >= 0 || words.be.has(w) || words.skippable.has(w) || words.modals.has(w)) return false;
  return coder.patterns.verbs.has(view.lemma[p - view.first]!) && !words.nounMarkers.has(w);
}

function headOf(view: SentenceView, a: SentenceActor): SentenceActor {
  return view.actors[view.heads[view.actors.indexOf(a)]!]!;
}

/** An actor (taken at the head of its phrase) with the actors coordinated after it ('Moscow and Tehran'). */
function coordinated(view: SentenceView, words: ClauseWords, first: SentenceActor, limit: number): SentenceActor[] {
  const a = headOf(view, first);
  const out = [a];
  let k = nounHeadEnd(view, words, a, limit);
  while (k < limit) {
    const w = view.lower[k - view.first]!;
    if (!(words.coordinators.has(w) || (w === ',' && inActorList(view, k)))) break;
    let next = k + 1;
    if (next < limit && view.lower[next - view.first] === 'the') next++;
    const b = next < limit ? view.actorAt[next - view.first]! : -1;
    if (b < 0 || view.actors[b]!.first !== next) break;
    const head = headOf(view, view.actors[b]!);
    if (head.end > limit) break;
    out.push(head);
    k = nounHeadEnd(view, words, head, limit);
  }
  return out;
}

/** How far the phrase a national word modifies runs ('Israeli [peace movement]'): past up to three lower-case nouns. */
function nounHeadEnd(view: SentenceView, words: ClauseWords, a: SentenceActor, limit: number): number {
  if (a.entity.type !== 'NORP' || a.mention.text.endsWith('s')) return a.end;
  let k = a.end;
  for (let n = 0; n < 3 && k < limit; n++, k++) {
    const t = view.doc.tokens[k]!;
    const w = view.lower[k - view.first]!;
    if (t.kind !== 'word' || t.text[0] !== w[0] || view.actorAt[k - view.first]! >= 0) break;
    if (words.coordinators.has(w) || words.prepositions.has(w) || words.boundaries.has(w) || words.be.has(w)) break;
  }
  return k;
}

/**
 * The subject actors of the clause before the trigger: the first actor not inside a prepositional
 * phrase (with its coordinated actors); else the antecedent of 'who'/'which'; else, for a pronoun or
 * an empty subject after a speech verb ('Hungary said it would...', 'was quoted as saying he...'),
 * the speaker; else, for a pronoun after a subordinator ('when they blew ...'), the main clause's subject.
 */
function subjects(coder: EventCoder, view: SentenceView, clause: Clause, t: number, depth = 0): SentenceActor[] {
  const words = coder.words;
  const antecedent = asideAntecedent(coder, view, clause, t);
  if (antecedent) return [antecedent];
  let inPhrase: SentenceActor | null = null;
  for (const a of view.actors) {
    if (a.first < clause.start || a.end > t || chargeStart(coder, view, clause.start, a.first) < a.first) continue;
    const p = previousWord(view, a.first);
    if (p >= clause.start && objectOfVerb(coder, view, p)) continue;
    if (p >= clause.start && afterPreposition(view, words, a)) {
      const pw = view.lower[p - view.first]!;
      if ((NOUN_PHRASE_PREPOSITIONS.has(pw) || (pw === 'in' && p > clause.start)) && !pronounBefore(coder, view, clause.start, a.first)) inPhrase ??= a;
      continue;
    }
    return coordinated(view, words, a, t);
  }
  if (inPhrase) return coordinated(view, words, inPhrase, t);
  if (depth > 1 || clause.openerToken < 0) return [];
  const opener = clause.openerToken;
  const before = previousWord(view, opener);
  const nextToComma = before >= 0 && view.lower[before - view.first] === ',' ? previousWord(view, before) : before;
  if (words.relativePronouns.has(clause.opener!) && nextToComma >= 0) {
    const a = view.actorAt[nextToComma - view.first]!;
    if (a >= 0) return [view.actors[a]!];
  }
  let hasPronoun = false;
  for (let k = clause.start; k < t; k++) if (words.pronouns.has(view.lower[k - view.first]!)) hasPronoun = true;
  let speechAt = -1;
  for (let k = opener; k >= Math.max(view.first, opener - 4) && speechAt < 0; k--) {
    if (words.speech.has(view.lemma[k - view.first]!)) speechAt = k;
  }
  const isVerb = verbTest(coder, view);
  if (speechAt >= 0 && (hasPronoun || clause.start === t || speechAt === opener)) {
    return subjects(coder, view, clauseOf(view, words, isVerb, speechAt), speechAt, depth + 1);
  }
  if (hasPronoun && words.boundaries.has(clause.opener!) && opener > view.first) {
    return subjects(coder, view, clauseOf(view, words, isVerb, opener - 1), opener, depth + 1);
  }
  return [];
}

/**
 * For a trigger right after a relative aside set off by commas ('Lithuania, which borders Belarus,
 * expelled ...'), the actor the aside describes: the subject of the trigger; null otherwise.
 */
function asideAntecedent(coder: EventCoder, view: SentenceView, clause: Clause, t: number): SentenceActor | null {
  const opener = clause.openerToken;
  if (opener < 0 || !coder.words.relativePronouns.has(clause.opener!)) return null;
  const comma = previousWord(view, opener);
  if (comma < view.first || view.lower[comma - view.first] !== ',') return null;
  const closing = previousWord(view, t);
  if (closing <= opener || view.lower[closing - view.first] !== ',') return null;
  const before = previousWord(view, comma);
  const a = before >= view.first ? view.actorAt[before - view.first]! : -1;
  return a >= 0 ? view.actors[a]! : null;
}

/** Whether a pronoun stands in [from, to): it is the subject, and an actor after it is in the predicate ('it would cut aid to rebels in Macedonia'). */
function pronounBefore(coder: EventCoder, view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (coder.words.pronouns.has(view.lower[k - view.first]!)) return true;
  return false;
}

/**
 * The target actors after the trigger in its clause: the first actor that is the object or after a
 * target preposition, else a place ('in Kabul') for the roots that allow it, a single source and a
 * pattern that names no target prepositions of its own.
 */
function targets(
  coder: EventCoder,
  view: SentenceView,
  clause: Clause,
  from: number,
  pattern: VerbPattern,
  sources: readonly SentenceActor[],
  requirePreposition: boolean,
  limit = clause.end,
): SentenceActor[] {
  const words = coder.words;
  const same = (a: SentenceActor): boolean =>
    sources.some((s) => s.first === a.first || (s.entity.id === a.entity.id && s.actor === a.actor));
  let place: SentenceActor | null = null;
  const end = chargeStart(coder, view, from, purposeStart(coder, view, from, limit));
  for (const a of view.actors) {
    if (a.first < from || a.end > end || same(a)) continue;
    const p = previousWord(view, a.first);
    const pw = p >= 0 ? view.lower[p - view.first]! : '';
    const named = pattern.targetPrepositions?.has(pw) ?? false;
    if (!named && (words.locationPrepositions.has(pw) || inLocativePhrase(view, words, a))) {
      place ??= a;
      continue;
    }
    if ((requirePreposition || words.prepositions.has(pw)) && !words.targetPrepositions.has(pw)) continue;
    if (pattern.targetPrepositions && !pattern.targetPrepositions.has(pw)) continue;
    const chosen = pw === 'to' && pattern.code.startsWith('11') ? (complaintSubject(view, words, a, clause) ?? a) : a;
    return coordinated(view, words, chosen, clause.end).filter((x) => !same(x));
  }
  const root = pattern.code.slice(0, 2);
  const placeAllowed =
    (pattern.placeTarget || (pattern.targetPrepositions === null && coder.patterns.locationTargetRoots.has(root))) &&
    sources.length === 1 &&
    (pattern.placeTarget || !coder.patterns.objectPlaceRoots.has(root) || (place !== null && placeInObject(view, from, place)));
  return place && placeAllowed ? coordinated(view, words, place, clause.end) : [];
}

/**
 * Whether a place after a preposition belongs to the verb's object ('an extension of the mission in
 * Cyprus'): a lower-case word outside any time expression stands between the verb and the
 * preposition, not the verb itself ('agreed in Geneva') nor a time ('agreed on Sunday in Geneva').
 */
function placeInObject(view: SentenceView, from: number, place: SentenceActor): boolean {
  const p = previousWord(view, place.first);
  const k = p - 1;
  if (k < from) return false;
  const token = view.doc.tokens[k]!;
  if (token.kind !== 'word' || token.text[0] !== view.lower[k - view.first]![0]) return false;
  for (const t of view.doc.times) if (t.start <= token.start && token.end <= t.end) return false;
  return true;
}

/**
 * Where the infinitive after a verb of asking or ordering starts ('ordered troops to attack Ukraine',
 * 'urged Israel to open'), between `from` and `end`: 'to' before a lower-case word that marks no
 * noun and is no actor; `end` when none. Its object, the one asked, stands before it.
 */
function infinitiveTo(coder: EventCoder, view: SentenceView, from: number, end: number): number {
  for (let k = from; k + 1 < end; k++) {
    if (view.lower[k - view.first] !== 'to') continue;
    const next = view.lower[k + 1 - view.first]!;
    const token = view.doc.tokens[k + 1]!;
    if (token.kind === 'word' && token.text[0] === next[0] && view.actorAt[k + 1 - view.first]! < 0 && !coder.words.nounMarkers.has(next)) return k;
  }
  return end;
}

/**
 * Where an infinitive of another event verb opens a purpose clause right after an actor, between
 * `from` and `end` ('blocked roads in Poland to protest Ukrainian imports'; not 'refused to
 * extend' nor 'demands to release'): its actors belong to that event; `end` when none.
 */
function purposeStart(coder: EventCoder, view: SentenceView, from: number, end: number): number {
  for (let k = from + 1; k + 1 < end; k++) {
    if (view.lower[k - view.first] !== 'to' || view.actorAt[k - 1 - view.first]! < 0 || view.actorAt[k + 1 - view.first]! >= 0) continue;
    if (coder.patterns.verbs.has(view.lemma[k + 1 - view.first]!)) return k;
  }
  return end;
}

/**
 * Where a reduced relative describing a person by a charge starts between `from` and `end` ('executed
 * a man convicted of spying for Israel'): a charge participle right after a word that is no verb or
 * function word; `end` when none.
 */
function chargeStart(coder: EventCoder, view: SentenceView, from: number, end: number): number {
  const words = coder.words;
  for (let k = from + 1; k < end; k++) {
    if (!words.chargeParticiples.has(view.lower[k - view.first]!)) continue;
    const p = view.lower[k - 1 - view.first]!;
    if (view.doc.tokens[k - 1]!.kind !== 'word' || words.be.has(p) || words.modals.has(p) || words.skippable.has(p)) continue;
    if (words.pronouns.has(p) || words.relativePronouns.has(p) || words.coordinators.has(p) || words.prepositions.has(p)) continue;
    return k;
  }
  return end;
}

const COMPLAINT_PREPOSITIONS: ReadonlySet<string> = new Set(['over', 'about', 'against']);

/**
 * For a complaint made to an addressee ('complained to the UN over Israeli raids'), the actor the
 * complaint is about: the first actor after 'over'/'about'/'against' (across up to three words) later in the clause.
 */
function complaintSubject(view: SentenceView, words: ClauseWords, addressee: SentenceActor, clause: Clause): SentenceActor | null {
  for (const a of view.actors) {
    if (a.first < addressee.end || a.end > clause.end) continue;
    for (let j = a.first - 1, n = 0; j >= addressee.end && n <= 3; j--, n++) {
      const w = view.lower[j - view.first]!;
      if (COMPLAINT_PREPOSITIONS.has(w)) return a;
      if (words.prepositions.has(w) || view.doc.tokens[j]!.kind !== 'word') break;
    }
  }
  return null;
}

/**
 * Whether a past participle after a common noun modifies that noun ('the agreement signed in 2001')
 * rather than being the verb of the subject: a verb already stands between the subject and it, and
 * a preposition or punctuation follows it.
 */
function reducedRelative(coder: EventCoder, view: SentenceView, subjectEnd: number, i: number): boolean {
  const w = view.lower[i - view.first]!;
  const prev = i - 1;
  if (!w.endsWith('ed') || prev < subjectEnd || view.actorAt[prev - view.first]! >= 0) return false;
  const next = i + 1 < view.end ? view.lower[i + 1 - view.first]! : '.';
  if (!coder.words.prepositions.has(next) && view.doc.tokens[i + 1]?.kind !== 'punct') return false;
  const p = view.lower[prev - view.first]!;
  const words = coder.words;
  if (view.doc.tokens[prev]!.kind !== 'word' || words.skippable.has(p) || words.be.has(p) || words.modals.has(p)) return false;
  if (words.coordinators.has(p) || words.relativePronouns.has(p) || words.pronouns.has(p) || p.endsWith('ly')) return false;
  for (let k = subjectEnd; k < prev; k++) {
    if (view.actorAt[k - view.first]! < 0 && (verbLike(coder, view, k) || words.be.has(view.lower[k - view.first]!))) return true;
  }
  return false;
}

function isPassive(coder: EventCoder, view: SentenceView, i: number, after: number): boolean {
  const rel = i - view.first;
  const w = view.lower[rel]!;
  if ((w === view.lemma[rel] && !UNINFLECTED_PASTS.has(w)) || w.endsWith('ing') || (w.endsWith('s') && !w.endsWith('ss'))) return false;
  if (coder.words.statives.has(view.lemma[rel]!)) return false;
  if (after < view.end && view.lower[after - view.first] === 'by') return !byMeans(coder, view, after);
  for (let j = i - 1; j >= view.first; j--) {
    const x = view.lower[j - view.first]!;
    if (coder.words.be.has(x)) return true;
    if (!(coder.words.skippable.has(x) || (x.length > 4 && x.endsWith('ly')))) return false;
  }
  return false;
}

/** Whether the 'by' at `k` introduces a means ('by phone', 'by force'), not a passive agent. */
function byMeans(coder: EventCoder, view: SentenceView, k: number): boolean {
  const next = k + 1 < view.end ? view.lower[k + 1 - view.first]! : '';
  return coder.words.byMeans.has(next);
}

function codeVerb(
  coder: EventCoder,
  view: SentenceView,
  clause: Clause,
  pattern: VerbPattern,
  i: number,
  after: number,
  objectTokens: readonly number[],
): Found[] {
  const root = pattern.code.slice(0, 2);
  const subj = subjects(coder, view, clause, i);
  if (subj.length && reducedRelative(coder, view, subj[subj.length - 1]!.end, i)) return [];
  let sources: SentenceActor[];
  let tgts: SentenceActor[];
  if (isPassive(coder, view, i, after)) {
    const by = view.actors.find(
      (a) =>
        a.first >= after &&
        a.first <= after + PASSIVE_BY_REACH &&
        a.end <= clause.end &&
        view.lower[previousWord(view, a.first) - view.first] === 'by',
    );
    const scene = by || !VIOLENT_ROOTS.has(root) ? null : sceneOf(coder, view, clause, after, subj);
    if (by) {
      sources = coordinated(view, coder.words, by, clause.end);
      tgts = subj.length ? subj : targets(coder, view, clause, after, pattern, sources, true).filter((a) => a.first < by.first);
    } else if (!pattern.dyadic) {
      sources = subj;
      tgts = [];
    } else if (scene && subj.length) {
      sources = [scene];
      tgts = subj;
    } else return [];
  } else {
    sources = subj.length ? subj : crowdIn(coder, view, clause, pattern, i);
    if (sources.length === 0 && VIOLENT_ROOTS.has(root) && attackerBefore(coder, view, clause, i)) {
      const scene = sceneOf(coder, view, clause, after, sources);
      if (scene) sources = [scene];
    }
    const asks = coder.words.objectControls.has(view.lemma[i - view.first]!);
    tgts = targets(coder, view, clause, i + 1, pattern, sources, false, asks ? infinitiveTo(coder, view, i + 1, clause.end) : clause.end);
    const nextWord = view.lower[clause.end - view.first];
    const complement =
      (nextWord === 'that' && coder.patterns.complementTargetRoots.has(root)) ||
      ((nextWord === 'if' || nextWord === 'unless') && (root === '13' || governance(view, coder.words, clause, i).kinds.has('threat')));
    if (tgts.length === 0 && complement) {
      const next = clauseOf(view, coder.words, verbTest(coder, view), Math.min(clause.end + 2, view.end - 1));
      tgts = subjects(coder, view, { ...next, start: clause.end + 1 }, next.end).filter((a) => !sources.includes(a));
    }
    if (pattern.inverse) [sources, tgts] = [tgts, sources];
  }
  return assemble(coder, view, clause, pattern, i, after, sources, tgts, objectTokens);
}

/**
 * For violence by an unnamed attacker ('gunmen kidnapped two Chinese engineers in Pakistan', 'two
 * soldiers were killed in Mali'), the country of the place it happened in, which stands for the
 * attacker as CAMEO and PLOVER code it; null when the clause names no such place.
 */
function sceneOf(
  coder: EventCoder,
  view: SentenceView,
  clause: Clause,
  after: number,
  others: readonly SentenceActor[],
): SentenceActor | null {
  for (let k = clause.start; k < clause.end; k++) if (NATURAL_CAUSES.has(view.lower[k - view.first]!)) return null;
  for (const a of view.actors) {
    if (a.first < after || a.end > clause.end || !a.country || others.includes(a)) continue;
    if (a.entity.type !== 'GPE' && a.entity.type !== 'LOC') continue;
    const p = previousWord(view, a.first);
    if ((p >= 0 && coder.words.locationPrepositions.has(view.lower[p - view.first]!)) || inLocativePhrase(view, coder.words, a)) {
      return { ...a, actor: a.country };
    }
  }
  return null;
}

/**
 * Whether the clause names a human or armed attacker before the trigger at `i` ('gunmen', 'soldiers',
 * 'a car bomb') or a plot that implies one ('an attempt to assassinate').
 */
function attackerBefore(coder: EventCoder, view: SentenceView, clause: Clause, i: number): boolean {
  for (let k = clause.start; k < i; k++) {
    const w = view.lower[k - view.first]!;
    if (ATTACKERS.has(w) || PLOTS.has(w) || coder.words.sectorHeads.has(w)) return true;
  }
  return false;
}

function codeNoun(
  coder: EventCoder,
  view: SentenceView,
  clause: Clause,
  pattern: VerbPattern,
  i: number,
  after: number,
): Found[] {
  const words = coder.words;
  let source: SentenceActor | null = null;
  for (let j = i - 1, skipped = 0; j >= clause.start; j--) {
    const a = view.actorAt[j - view.first]!;
    if (a >= 0) {
      source = view.actors[a]!;
      break;
    }
    const w = view.lower[j - view.first]!;
    if (w === "'s" || w === '’s') continue;
    const tok = view.doc.tokens[j]!;
    if (tok.kind !== 'word' || skipped >= 2 || words.nounMarkers.has(w) || words.prepositions.has(w) || verbLike(coder, view, j)) break;
    skipped++;
  }
  if (!source) {
    const by = view.actors.find((a) => a.first >= after && a.end <= clause.end && view.lower[a.first - 1 - view.first] === 'by');
    if (by) source = by;
  }
  let sources: SentenceActor[] = source ? [source] : [];
  let governor = i;
  if (!source) {
    const light = lightVerbBefore(coder, view, i);
    const governing = light >= 0 ? light : purposeVerbBefore(coder, view, clause, i);
    if (governing >= 0) {
      sources = subjects(coder, view, clauseOf(view, coder.words, verbTest(coder, view), governing), governing);
      governor = governing;
    }
  }
  if (sources.length === 0 && UNDER_SCENE_ROOTS.has(pattern.code.slice(0, 2))) {
    const held = underSubjects(coder, view, clause, i);
    const scene = held.length ? sceneOf(coder, view, clause, after, held) : null;
    if (scene) return assemble(coder, view, clause, pattern, i, after, [scene], held, [], i);
  }
  if (sources.length === 0) {
    sources = betweenActors(coder, view, clause, after);
    if (sources.length > 1) return assemble(coder, view, clause, pattern, governor, after, sources, [], [], i);
    return [];
  }
  let tgts = targets(coder, view, clause, after, pattern, sources, true);
  if (tgts.length === 0) tgts = underSubjects(coder, view, clause, i).filter((a) => !sources.includes(a));
  const objects = objectsFor(view, pattern, i, after, clause, true) ?? [];
  return assemble(coder, view, clause, pattern, governor, after, sources, tgts, objects, i);
}

const UNDER_VERBS: ReadonlySet<string> = new Set([
  'come', 'came', 'comes', 'coming', 'fall', 'fell', 'falls', 'remain', 'remained', 'remains',
  'put', 'puts', 'putting', 'place', 'placed', 'places', 'placing', 'kept', 'held',
]);
/**
 * Roots whose nominal event after 'under' with no actor of its own ('was placed under investigation
 * in Italy', 'came under fire in Syria') is done by the country of the place it happens in.
 */
const UNDER_SCENE_ROOTS: ReadonlySet<string> = new Set(['09', '17', '18', '19', '20']);

/**
 * For a nominal event after 'under' and a verb like 'came' or 'placed' ('positions came under heavy
 * Russian shelling', 'the convoy came under fire', 'was placed under investigation'), the subject of
 * that verb: the target; [] otherwise.
 */
function underSubjects(coder: EventCoder, view: SentenceView, clause: Clause, i: number): SentenceActor[] {
  for (let j = i - 1, n = 0; j > clause.start && n < 4; j--, n++) {
    const w = view.lower[j - view.first]!;
    if (w !== 'under') {
      if (view.doc.tokens[j]!.kind !== 'word' || verbLike(coder, view, j)) return [];
      continue;
    }
    const v = j - 1;
    const vw = view.lower[v - view.first]!;
    if (!UNDER_VERBS.has(vw) && !coder.words.be.has(vw)) return [];
    return subjects(coder, view, clause, v);
  }
  return [];
}

/** The actors of 'between X and Y' right after a nominal event ('talks between Israel and Hamas'); [] when none. */
function betweenActors(coder: EventCoder, view: SentenceView, clause: Clause, after: number): SentenceActor[] {
  if (after >= clause.end || view.lower[after - view.first] !== 'between') return [];
  let k = after + 1;
  if (k < clause.end && view.lower[k - view.first] === 'the') k++;
  const a = k < clause.end ? view.actorAt[k - view.first]! : -1;
  return a >= 0 && view.actors[a]!.first === k ? coordinated(view, coder.words, view.actors[a]!, clause.end) : [];
}

/** The light verb ('paid', 'announced') whose object the noun at `i` heads, across articles and adjectives; -1 when none. */
function lightVerbBefore(coder: EventCoder, view: SentenceView, i: number): number {
  for (let j = i - 1, skipped = 0; j >= view.first && skipped <= 3; j--) {
    const rel = j - view.first;
    if (coder.words.lightVerbs.has(view.lemma[rel]!)) return j;
    const token = view.doc.tokens[j]!;
    if (view.actorAt[rel]! >= 0 || (token.kind === 'punct' && !CURRENCY_SIGNS.has(token.text))) return -1;
    if (token.kind === 'word') skipped++;
  }
  return -1;
}

/**
 * The verb of motion or meeting whose purpose the noun at `i` names after 'for' ('returned to
 * Geneva this week for talks', 'arrived in Beijing for a visit'), within its clause; -1 when none.
 */
function purposeVerbBefore(coder: EventCoder, view: SentenceView, clause: Clause, i: number): number {
  let f = i - 1;
  while (f >= clause.start && coder.words.nounMarkers.has(view.lower[f - view.first]!) && view.lower[f - view.first] !== 'for') f--;
  if (f < clause.start || view.lower[f - view.first] !== 'for') return -1;
  for (let j = f - 1; j >= clause.start; j--) {
    const rel = j - view.first;
    if (view.actorAt[rel]! < 0 && coder.words.purposeVerbs.has(view.lemma[rel]!) && !isNounUse(view, j)) return j;
  }
  return -1;
}

/** A reported clause with an obligation word ('Russia said Sudan must return ...'): the speaker demands of the clause's subject. */
function codeObligation(coder: EventCoder, view: SentenceView, pattern: VerbPattern, i: number): Found[] {
  const isVerb = verbTest(coder, view);
  const clause = clauseOf(view, coder.words, isVerb, i);
  if (clause.openerToken < 0) return [];
  let speechAt = -1;
  for (let k = clause.openerToken; k >= Math.max(view.first, clause.openerToken - 4) && speechAt < 0; k--) {
    if (coder.words.demandSpeech.has(view.lemma[k - view.first]!)) speechAt = k;
  }
  if (speechAt < 0) return [];
  const addressees = view.actors.filter((a) => a.first >= clause.start && a.end <= i).slice(0, 1);
  if (addressees.length === 0) {
    const named = pronounAddressee(coder, view, clause, i);
    if (!named) return [];
    addressees.push(named);
  }
  const speakers = subjects(coder, view, clauseOf(view, coder.words, isVerb, speechAt), speechAt);
  const tgts = coordinated(view, coder.words, addressees[0]!, i);
  const demanded = Array.from({ length: Math.max(0, clause.end - i - 1) }, (_, k) => i + 1 + k);
  return assemble(coder, view, clause, pattern, i, i + 1, speakers, tgts, demanded);
}

/**
 * For a pronoun subject of an obligation clause, the actor it stands for: the addressee named
 * right before the clause ('reminded Iraq that it must', 'a warning to Iran that it must'); null otherwise.
 */
function pronounAddressee(coder: EventCoder, view: SentenceView, clause: Clause, i: number): SentenceActor | null {
  let pronoun = false;
  for (let k = clause.start; k < i; k++) if (coder.words.pronouns.has(view.lower[k - view.first]!)) pronoun = true;
  const before = previousWord(view, clause.openerToken);
  const a = pronoun && before >= 0 ? view.actorAt[before - view.first]! : -1;
  return a >= 0 ? headOf(view, view.actors[a]!) : null;
}

function resolveCode(coder: EventCoder, code: string, g: Governance): { code: string; shift: string | null; modality: Modality } {
  const k = g.kinds;
  const shifts = coder.patterns.shifts;
  if (k.has('refuse') || (k.has('negation') && k.has('intent'))) {
    const c = shiftCode(shifts.refuse, code);
    return c ? { code: c, shift: 'refuse', modality: 'asserted' } : { code, shift: null, modality: 'negated' };
  }
  if (k.has('negation')) return { code, shift: null, modality: 'negated' };
  if (k.has('threat')) return { code: shiftCode(shifts.threat, code) ?? '130', shift: 'threat', modality: 'asserted' };
  if (k.has('hypothetical')) return { code, shift: null, modality: 'hypothetical' };
  if (k.has('intent')) {
    const c = shiftCode(shifts.intent, code);
    return { code: c ?? code, shift: c ? 'intent' : null, modality: 'expected' };
  }
  if (k.has('expected')) return { code, shift: null, modality: 'expected' };
  if (k.has('attempt')) {
    const c = coder.words.attempt.get(code);
    return { code: c ?? code, shift: c ? 'attempt' : null, modality: 'asserted' };
  }
  return { code, shift: null, modality: 'asserted' };
}

/**
 * A material-conflict act under 'may'/'could' with an 'if'/'unless' clause right after it is a
 * threat ('the EU may halt mediation if the talks fail'): the governance gains the threat kind.
 */
function conditionalThreat(coder: EventCoder, view: SentenceView, clause: Clause, pattern: VerbPattern, g: Governance): Governance {
  if (!g.kinds.has('hypothetical') || g.kinds.has('negation') || g.tokens.length === 0) return g;
  const next = view.lower[clause.end - view.first];
  if (next !== 'if' && next !== 'unless') return g;
  if (coder.codebook.codes.get(pattern.code)?.quadClass !== 4) return g;
  return { kinds: new Set([...g.kinds, 'threat']), tokens: g.tokens };
}

function eventActor(a: SentenceActor): EventActor {
  return { entity: a.entity.id, name: a.entity.name, actor: a.actor };
}

const CROWD_SECTORS: ReadonlySet<string> = new Set(['CVL', 'OPP', 'REF']);

/**
 * For a protest whose subject names people but no actor ('thousands of people blocked streets in
 * Hong Kong'), the crowd as an actor of the place the clause puts it in (HKGCVL); [] otherwise.
 */
function crowdIn(coder: EventCoder, view: SentenceView, clause: Clause, pattern: VerbPattern, i: number): SentenceActor[] {
  if (!coder.patterns.domesticTargetRoots.has(pattern.code.slice(0, 2))) return [];
  let sector: string | undefined;
  for (let k = clause.start; k < i && !sector; k++) {
    const s = coder.words.sectorHeads.get(view.lower[k - view.first]!);
    if (s && CROWD_SECTORS.has(s)) sector = s;
  }
  if (!sector) return [];
  const place = view.actors.find((a) => {
    if (a.first < i || a.end > clause.end || !a.country || (a.entity.type !== 'GPE' && a.entity.type !== 'LOC')) return false;
    const p = previousWord(view, a.first);
    return p >= 0 && coder.words.locationPrepositions.has(view.lower[p - view.first]!);
  });
  return place ? [{ ...place, actor: `${place.country}${sector}` }] : [];
}

/** The sector a head noun of the object after the trigger names ('arrested dozens of journalists' -> MED); null when none. */
function objectSector(coder: EventCoder, view: SentenceView, clause: Clause, after: number): string | null {
  for (let k = after; k < Math.min(clause.end, after + OBJECT_WINDOW); k++) {
    if (view.actorAt[k - view.first]! >= 0) return null;
    const sector = coder.words.sectorHeads.get(view.lower[k - view.first]!);
    if (sector) return sector;
  }
  return null;
}

const SECTOR_NAMES: Readonly<Record<string, string>> = {
  GOV: 'government',
  OPP: 'opposition',
  MED: 'media',
  CVL: 'civilians',
  REB: 'rebels',
  MIL: 'military',
  COP: 'police',
  BUS: 'business',
  REF: 'refugees',
};

/** A sector of a country as an event's implied target (no entity of the text names it): its government, opposition, media, civilians. */
function ownSector(country: string, sector: string): EventActor {
  return { entity: null, name: `${SECTOR_NAMES[sector] ?? sector} of ${country}`, actor: `${country}${sector}` };
}

function placeOf(coder: EventCoder, view: SentenceView, clause: Clause): NewsEvent['location'] {
  for (const a of view.actors) {
    if (a.first < clause.start || a.end > clause.end) continue;
    if (a.entity.type !== 'GPE' && a.entity.type !== 'LOC') continue;
    const p = previousWord(view, a.first);
    if (p >= 0 && coder.words.locationPrepositions.has(view.lower[p - view.first]!)) {
      return { name: a.entity.name, country: a.country };
    }
  }
  return null;
}

/**
 * Whether an actor is a state: its government, or a country named as such ('Iran', 'the government
 * of Poland'), not its people nor a place they stand in ('demonstrators in Paris', 'residents of Kyiv').
 */
function isState(coder: EventCoder, view: SentenceView, a: SentenceActor): boolean {
  if (a.actor === null) return false;
  if (a.actor.slice(3, 6) === 'GOV') return true;
  if (a.actor !== a.country || a.entity.type !== 'GPE') return false;
  const p = previousWord(view, a.first);
  if (p < view.first || !coder.words.prepositions.has(view.lower[p - view.first]!)) return true;
  const head = previousWord(view, p);
  return view.lower[p - view.first] === 'of' && head >= view.first && coder.words.sectorHeads.get(view.lower[head - view.first]!) === 'GOV';
}

/** Whether a target is the country an act goes to: named right after 'to' ('to Lithuania', not 'to the border with Ukraine'). */
function isDestination(coder: EventCoder, view: SentenceView, a: SentenceActor): boolean {
  if (a.entity.type !== 'GPE') return false;
  let p = previousWord(view, a.first);
  if (p >= view.first && view.lower[p - view.first] === 'the') p = previousWord(view, p);
  if (p < view.first || view.lower[p - view.first] !== 'to') return false;
  const next = a.end < view.end ? view.lower[a.end - view.first]! : '';
  return next !== "'s" && next !== '’s' && !coder.words.sectorHeads.has(next);
}

/**
 * The pattern's code for these actors: its state code when every source is a state acting on
 * another country, its destination code when every target is a foreign country the act is pledged
 * or planned to go to ('will deploy troops to Lithuania'): an act already done ('Russia sent troops to
 * Ukraine') or threatened ('threatened to send troops to Moldova') keeps the pattern's show of force.
 */
function baseCode(
  coder: EventCoder,
  view: SentenceView,
  pattern: VerbPattern,
  sources: readonly SentenceActor[],
  tgts: readonly SentenceActor[],
  g: Governance,
): string {
  if (tgts.length === 0 || g.kinds.has('threat')) return pattern.code;
  const foreign = tgts.every((t) => t.country !== null && sources.every((s) => s.country !== t.country));
  if (pattern.stateCode && foreign && sources.every((s) => isState(coder, view, s))) return pattern.stateCode;
  if (pattern.destinationCode && (g.kinds.has('intent') || g.kinds.has('refuse')) && foreign && tgts.every((t) => isDestination(coder, view, t))) return pattern.destinationCode;
  return pattern.code;
}

function assemble(
  coder: EventCoder,
  view: SentenceView,
  clause: Clause,
  pattern: VerbPattern,
  i: number,
  after: number,
  allSources: readonly SentenceActor[],
  allTargets: readonly SentenceActor[],
  objectTokens: readonly number[],
  triggerToken = i,
): Found[] {
  const sources = allSources.filter((a) => a.actor !== null);
  const tgts = allTargets.filter((a) => a.actor !== null);
  if (sources.length === 0) return [];
  const pairs: [SentenceActor, EventActor | null][] = [];
  if (tgts.length) {
    for (const s of sources) for (const t of tgts) pairs.push([s, eventActor(t)]);
  } else if (pattern.domesticTarget || coder.patterns.domesticTargetRoots.has(pattern.code.slice(0, 2))) {
    const sector = pattern.domesticTarget ? (objectSector(coder, view, clause, after) ?? pattern.domesticTarget) : 'GOV';
    for (const s of sources) pairs.push([s, s.country ? ownSector(s.country, sector) : null]);
  } else if (!pattern.dyadic) {
    for (const s of sources) pairs.push([s, null]);
  } else if (sources.length > 1 && !ONE_SIDED_ROOTS.has(pattern.code.slice(0, 2))) {
    for (const s of sources) for (const t of sources) if (s !== t) pairs.push([s, eventActor(t)]);
  }
  if (pairs.length === 0) return [];
  const doc = view.doc;
  const g = conditionalThreat(coder, view, clause, pattern, governance(view, coder.words, clause, i));
  const resolved = resolveCode(coder, baseCode(coder, view, pattern, sources, tgts, g), g);
  const info = coder.codebook.codes.get(resolved.code)!;
  const triggerEnd = pattern.particle ? after - 1 : triggerToken;
  const trigger: TextSpan = {
    start: doc.tokens[triggerToken]!.start,
    end: doc.tokens[triggerEnd]!.end,
    text: doc.text.slice(doc.tokens[triggerToken]!.start, doc.tokens[triggerEnd]!.end),
  };
  const fromClaim = claimAt(doc, trigger.start);
  const modality = resolved.modality === 'asserted' && fromClaim ? fromClaim.modality : resolved.modality;
  const clauseSpan = { start: doc.tokens[clause.start]!.start, end: doc.tokens[Math.max(clause.start, clause.end - 1)]!.end };
  const background = clause.opener !== null && coder.words.backgroundBoundaries.has(clause.opener);
  const { date, dateSource } = eventDate(doc, clauseSpan, view.sentence, trigger.start, background);
  const location = placeOf(coder, view, clause);
  const sentence = { start: view.sentence.start, end: view.sentence.end };
  const evidence = doc.text.slice(sentence.start, sentence.end);
  const rule = resolved.shift ? `${pattern.id}:${resolved.shift}` : pattern.id;
  return pairs.slice(0, MAX_PAIRS).map(([s, t]) => ({
    trigger: triggerToken,
    governors: g.tokens,
    objectTokens,
    event: {
      code: resolved.code,
      root: resolved.code.slice(0, 2),
      label: info.label,
      plover: info.plover,
      quadClass: info.quadClass,
      goldstein: info.goldstein,
      source: eventActor(s),
      target: t,
      date,
      location,
      modality,
      claim: fromClaim ? fromClaim.claim : null,
      sentence,
      evidence,
      rule,
      dateSource,
      trigger,
    },
  }));
}

/** The words that set an event's modality from its clause: the control words governing its trigger and the clause opener. */
export interface ClauseModality {
  /** Governing control words as written ('will', 'refused'), nearest first. */
  readonly controls: readonly string[];
  /** The opener of the trigger's clause ('if', 'that') or null at the sentence start. */
  readonly opener: string | null;
}

/**
 * Re-reads the clause of trigger token `t` in sentence `index` the way the coder did, for
 * explanations: which control words govern the trigger and which word opened its clause.
 */
export function clauseModality(coder: EventCoder, doc: Doc, index: number, t: number): ClauseModality {
  const placed = mentionsBySentence(doc)[index] ?? [];
  const view = sentenceView(doc, index, placed, sentenceWords(coder.wordInfos, doc, index, false)!, coder.words);
  const clause = clauseOf(view, coder.words, verbTest(coder, view), t);
  const g = governance(view, coder.words, clause, t);
  return { controls: g.tokens.map((k) => doc.tokens[k]!.text), opener: clause.opener };
}
