import type { Doc } from '../document.js';
import type { Claim } from '../record.js';
import { createAttributionContext, type EntityMention } from '../quotes/attribution-context.js';
import type { AttributionLexicon } from '../quotes/attribution-lexicon.js';
import type { EventCoder } from '../events/code-sentence.js';
import { claimActor } from './claim-actor.js';
import { claimVerbRoot } from './claim-verb-root.js';
import { lemmaLite } from './lemma-lite.js';

/** How many content words a key's object keeps. */
export const KEY_OBJECT_WORDS = 4;

/**
 * The normalised keys of the claims of a document whose events are coded, in claim order, each
 * built as `actors|code|object`:
 * - actors: every entity with a mention (name, alias, description or coreferent pronoun) inside the
 *   claim's content, whoever reports it, as {@link claimActor} names them ("Moscow", "Russian",
 *   "the Kremlin" → RUS; other entities their knowledge-base id, else their name). A personal
 *   pronoun opening the content that no entity covers ("… said it would …") stands for the source,
 *   and so does the source of a denial (the subject answering about itself). A content after "of"
 *   has its subject outside it, so the accused counts too: the entities between the cue and "of"
 *   ("accused Iran of supplying Russia …" → IRN+RUS), or before an accusing hedge ending in "of"
 *   ("Iran is accused of …", "Iran, which is suspected of …"). Sorted, unique, "+". Actors carry
 *   no direction: "Russia supplied Iran" and "Iran supplied Russia" share their actors, and the
 *   object words tell such claims apart only when their wording differs.
 * - code: the two-digit CAMEO root of the first event the events stage placed in this claim; when
 *   it coded none and the event `coder` is given, the root of the content's first verb the event
 *   verb patterns know (see {@link claimVerbRoot}); else "-".
 * - object: the content words outside entity mentions and time expressions, less numbers, speech
 *   verbs and the lexicon's `keyStopWords`, each reduced by {@link lemmaLite}; the
 *   {@link KEY_OBJECT_WORDS} longest (ties alphabetical), sorted, joined by spaces.
 * This is a claim's own key; the claim-keys stage gives a denial or confirmation linked to an
 * earlier claim (`denies`/`confirms`) that claim's key instead, so the store groups a claim with
 * the answers to it. Deterministic; depends on no outlet wording outside the content.
 */
export function claimKeys(doc: Doc, lex: AttributionLexicon, coder: EventCoder | null = null): string[] {
  if (doc.claims.length === 0) return [];
  const k = keyContext(doc, lex, coder);
  return doc.claims.map((claim, index) => claimKey(k, claim, index));
}

/** What the keys of one document share, computed once. */
interface KeyContext {
  readonly doc: Doc;
  readonly lex: AttributionLexicon;
  readonly coder: EventCoder | null;
  readonly lower: readonly string[];
  /** Every entity mention, sorted by start. */
  readonly mentions: readonly EntityMention[];
  readonly cover: TokenCover;
  /** Per claim, the CAMEO root of its first event, or null. */
  readonly eventRoots: readonly (string | null)[];
  /** Per lower-cased word, its object lemma, or null when the word is a key stop word or speech verb. */
  readonly objectLemmas: Map<string, string | null>;
}

function keyContext(doc: Doc, lex: AttributionLexicon, coder: EventCoder | null): KeyContext {
  const { lower, mentions } = createAttributionContext(doc, lex);
  return {
    doc,
    lex,
    coder,
    lower,
    mentions,
    cover: tokenCover(doc, mentions),
    eventRoots: eventRoots(doc),
    objectLemmas: objectLemmaMemo(lex),
  };
}

function claimKey(k: KeyContext, claim: Claim, index: number): string {
  const actors: string[] = [];
  entityActors(k, claim.start, claim.end, actors);
  const accused = accusedSpan(k, claim);
  if (accused) entityActors(k, accused[0], accused[1], actors);
  if (claim.source.entity !== null && (claim.stance === 'denies' || opensWithOwnPronoun(k, claim))) {
    const source = k.doc.entities.find((e) => e.id === claim.source.entity);
    if (source) addActor(actors, claimActor(source));
  }
  const root = k.eventRoots[index] ?? (k.coder ? verbRoot(k, claim, k.coder) : null) ?? '-';
  return `${sortedInPlace(actors).join('+')}|${root}|${objectWords(k, claim).join(' ')}`;
}

function addActor(actors: string[], actor: string): void {
  if (!actors.includes(actor)) actors.push(actor);
}

/** Adds the actors of the entities with a mention wholly inside [start, end), each once. */
function entityActors(k: KeyContext, start: number, end: number, actors: string[]): void {
  const mentions = k.mentions;
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.mention.start < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < mentions.length && mentions[i]!.mention.start <= end; i++) {
    if (mentions[i]!.mention.end <= end) addActor(actors, claimActor(mentions[i]!.entity));
  }
}

/** Which tokens an entity mention or a time covers. */
interface TokenCover {
  readonly byMention: Uint8Array;
  readonly byMentionOrTime: Uint8Array;
}

/** The cover of the tokens by the mentions (sorted by start, so one forward sweep) and the times. */
function tokenCover(doc: Doc, mentions: readonly EntityMention[]): TokenCover {
  const tokens = doc.tokens;
  const byMention = new Uint8Array(tokens.length);
  let first = 0;
  for (const { mention } of mentions) {
    while (first < tokens.length && tokens[first]!.start < mention.start) first++;
    for (let i = first; i < tokens.length && tokens[i]!.end <= mention.end; i++) byMention[i] = 1;
  }
  const byMentionOrTime = byMention.slice();
  for (const t of doc.times) {
    for (let i = firstTokenAt(doc, t.start); i < tokens.length && tokens[i]!.end <= t.end; i++) byMentionOrTime[i] = 1;
  }
  return { byMention, byMentionOrTime };
}

/** The index of the first token that starts at or after `offset`. */
function firstTokenAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function opensWithOwnPronoun(k: KeyContext, claim: Claim): boolean {
  const tokens = k.doc.tokens;
  let i = firstTokenAt(k.doc, claim.start);
  while (i < tokens.length && tokens[i]!.kind !== 'word') i++;
  const first = tokens[i];
  if (!first || first.end > claim.end || !k.lex.pronouns.has(first.text.toLowerCase())) return false;
  return !k.cover.byMention[i];
}

const ACCUSED_WINDOW = 14;
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '(', ')', '—', '–', '.', '!', '?']);
const RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'that', 'whom']);

/**
 * The character span holding the subject of a content that follows "of": between a one-word cue
 * and "of" or an adjunct ("accused Iran of", "accused Iran at the UN of"), or the clause before
 * an accusing hedge that ends in "of" ("Iran is accused of", past a relative pronoun: "Iran,
 * which is accused of"); null for other contents.
 */
function accusedSpan(k: KeyContext, claim: Claim): readonly [number, number] | null {
  const { doc, lower } = k;
  const of = firstTokenAt(doc, claim.start) - 1;
  if (of < 1 || lower[of] !== 'of') return null;
  const cue = claim.cue.toLowerCase().split(/\s+/);
  const tokens = doc.tokens;
  if (cue.length > 1 && cue[cue.length - 1] === 'of') {
    const first = of - cue.length + 1;
    if (claim.stance !== 'alleges' || first < 1 || lower[first] !== cue[0]) return null;
    const from = clauseStart(lower, first);
    return from < first ? [tokens[from]!.start, tokens[first - 1]!.end] : null;
  }
  if (cue.length > 1) return null;
  for (let j = of - 1; j >= 0 && j >= of - ACCUSED_WINDOW; j--) {
    if (lower[j] === cue[0]) return objectSpan(doc, lower, j + 1, of);
    if (CLAUSE_BREAKS.has(lower[j]!)) return null;
  }
  return null;
}

const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'on', 'during', 'before', 'after', 'over', 'for', 'by']);

/** The object right after a cue, up to "of" or an adjunct ("accused North Korea at the UN of" → North Korea). */
function objectSpan(doc: Doc, lower: readonly string[], from: number, of: number): readonly [number, number] | null {
  let end = from;
  while (end < of && !ADJUNCT_PREPOSITIONS.has(lower[end]!)) end++;
  return end > from ? [doc.tokens[from]!.start, doc.tokens[end - 1]!.end] : null;
}

/** The first token of the clause ending before `before`, one clause further back past a relative pronoun. */
function clauseStart(lower: readonly string[], before: number): number {
  let k = before;
  while (k > 0 && !CLAUSE_BREAKS.has(lower[k - 1]!)) k--;
  if (!RELATIVES.has(lower[k] ?? '') || k < 1 || lower[k - 1] !== ',') return k;
  k--;
  while (k > 0 && !CLAUSE_BREAKS.has(lower[k - 1]!)) k--;
  return k;
}

/** Per claim, the root of the event placed in it whose trigger (else sentence) starts first; null when none. */
function eventRoots(doc: Doc): (string | null)[] {
  const roots: (string | null)[] = doc.claims.map(() => null);
  const at: number[] = doc.claims.map(() => 0);
  for (const e of doc.events) {
    const c = e.claim;
    if (c === null || c < 0 || c >= roots.length) continue;
    const start = e.trigger?.start ?? e.sentence.start;
    if (roots[c] === null || start < at[c]!) {
      roots[c] = e.root;
      at[c] = start;
    }
  }
  return roots;
}

function verbRoot(k: KeyContext, claim: Claim, coder: EventCoder): string | null {
  const tokens = k.doc.tokens;
  const from = firstTokenAt(k.doc, claim.start);
  let to = from;
  while (to < tokens.length && tokens[to]!.end <= claim.end) to++;
  return claimVerbRoot(coder, k.doc, k.lower, from, to, k.cover.byMentionOrTime, k.lex.verbs);
}

const objectLemmaMemos = new WeakMap<AttributionLexicon, Map<string, string | null>>();
const OBJECT_MEMO_LIMIT = 100_000;

function objectLemmaMemo(lex: AttributionLexicon): Map<string, string | null> {
  let memo = objectLemmaMemos.get(lex);
  if (!memo) objectLemmaMemos.set(lex, (memo = new Map()));
  return memo;
}

/** The object lemma of a lower-cased word; null for a key stop word or speech verb. */
function objectLemma(k: KeyContext, lower: string): string | null {
  let lemma = k.objectLemmas.get(lower);
  if (lemma === undefined) {
    lemma = k.lex.keyStopWords.has(lower) || k.lex.verbs.has(lower) ? null : lemmaLite(lower);
    if (k.objectLemmas.size < OBJECT_MEMO_LIMIT) k.objectLemmas.set(lower, lemma);
  }
  return lemma;
}

/** The content's distinct object lemmas: the KEY_OBJECT_WORDS longest (ties alphabetical), sorted. */
function objectWords(k: KeyContext, claim: Claim): string[] {
  const { tokens } = k.doc;
  const covered = k.cover.byMentionOrTime;
  const best: string[] = [];
  for (let i = firstTokenAt(k.doc, claim.start); i < tokens.length && tokens[i]!.end <= claim.end; i++) {
    if (tokens[i]!.kind !== 'word' || covered[i]) continue;
    const lemma = objectLemma(k, k.lower[i]!);
    if (lemma === null || best.includes(lemma)) continue;
    let at = best.length;
    while (at > 0 && longerFirst(lemma, best[at - 1]!)) at--;
    if (at < KEY_OBJECT_WORDS) {
      best.splice(at, 0, lemma);
      if (best.length > KEY_OBJECT_WORDS) best.pop();
    }
  }
  return sortedInPlace(best);
}

/**
 * A short list of distinct strings sorted in place as `Array.prototype.sort` orders them (by UTF-16
 * code units), by insertion: no work array per call.
 */
function sortedInPlace(list: string[]): string[] {
  for (let i = 1; i < list.length; i++) {
    const v = list[i]!;
    let j = i;
    for (; j > 0 && v < list[j - 1]!; j--) list[j] = list[j - 1]!;
    list[j] = v;
  }
  return list;
}

/** Whether `a` comes before `b` among object words: longer first, then alphabetical. */
function longerFirst(a: string, b: string): boolean {
  return a.length > b.length || (a.length === b.length && a < b);
}
