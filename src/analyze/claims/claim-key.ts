import type { Doc } from '../document.js';
import type { Claim, Entity } from '../record.js';
import { createAttributionContext } from '../quotes/attribution-context.js';
import type { AttributionLexicon } from '../quotes/attribution-lexicon.js';
import type { EventCoder } from '../events/code-sentence.js';
import { claimActor } from './claim-actor.js';
import { claimVerbRoot } from './claim-verb-root.js';
import { lemmaLite } from './lemma-lite.js';

/** How many content words a key's object keeps. */
export const KEY_OBJECT_WORDS = 4;

/**
 * The normalised key of claim `index` of a document whose events are coded, built as
 * `actors|code|object`:
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
export function claimKey(doc: Doc, index: number, lex: AttributionLexicon, coder: EventCoder | null = null): string {
  const claim = doc.claims[index]!;
  const actors = new Set<string>();
  for (const entity of entitiesWithin(doc, claim.start, claim.end)) actors.add(claimActor(entity));
  const accused = accusedSpan(doc, claim, lex);
  if (accused) for (const entity of entitiesWithin(doc, accused[0], accused[1])) actors.add(claimActor(entity));
  const source = sourceEntity(doc, claim);
  if (source && (claim.stance === 'denies' || opensWithOwnPronoun(doc, claim, lex))) actors.add(claimActor(source));
  const root = eventRoot(doc, index) ?? (coder ? verbRoot(doc, claim, lex, coder) : null) ?? '-';
  return `${[...actors].sort().join('+')}|${root}|${objectWords(doc, claim, lex).join(' ')}`;
}

/** Every entity mention of a document, sorted by start, with its entity. */
interface MentionIndex {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly entities: readonly Entity[];
}

const mentionIndexes = new WeakMap<readonly Entity[], MentionIndex>();

function mentionIndex(doc: Doc): MentionIndex {
  let index = mentionIndexes.get(doc.entities);
  if (index) return index;
  const all = doc.entities.flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })));
  all.sort((a, b) => a.start - b.start);
  index = {
    starts: Int32Array.from(all, (m) => m.start),
    ends: Int32Array.from(all, (m) => m.end),
    entities: all.map((m) => m.entity),
  };
  mentionIndexes.set(doc.entities, index);
  return index;
}

/** The entities with a mention wholly inside [start, end). */
function entitiesWithin(doc: Doc, start: number, end: number): Set<Entity> {
  const { starts, ends, entities } = mentionIndex(doc);
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  const out = new Set<Entity>();
  for (let i = lo; i < starts.length && starts[i]! <= end; i++) if (ends[i]! <= end) out.add(entities[i]!);
  return out;
}

function sourceEntity(doc: Doc, claim: Claim): Entity | null {
  return claim.source.entity === null ? null : (doc.entities.find((e) => e.id === claim.source.entity) ?? null);
}

/** Per document, once: which tokens an entity mention or a time covers. */
interface TokenCover {
  readonly byMention: Uint8Array;
  readonly byMentionOrTime: Uint8Array;
}

const covers = new WeakMap<Doc, TokenCover>();

function tokenCover(doc: Doc): TokenCover {
  let cover = covers.get(doc);
  if (cover) return cover;
  const byMention = new Uint8Array(doc.tokens.length);
  const byMentionOrTime = new Uint8Array(doc.tokens.length);
  const mark = (into: Uint8Array, start: number, end: number): void => {
    for (let i = firstTokenAt(doc, start); i < doc.tokens.length && doc.tokens[i]!.end <= end; i++) into[i] = 1;
  };
  for (const e of doc.entities) for (const m of e.mentions) mark(byMention, m.start, m.end);
  byMentionOrTime.set(byMention);
  for (const t of doc.times) mark(byMentionOrTime, t.start, t.end);
  cover = { byMention, byMentionOrTime };
  covers.set(doc, cover);
  return cover;
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

function opensWithOwnPronoun(doc: Doc, claim: Claim, lex: AttributionLexicon): boolean {
  let i = firstTokenAt(doc, claim.start);
  while (i < doc.tokens.length && doc.tokens[i]!.kind !== 'word') i++;
  const first = doc.tokens[i];
  if (!first || first.end > claim.end || !lex.pronouns.has(first.text.toLowerCase())) return false;
  return !tokenCover(doc).byMention[i];
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
function accusedSpan(doc: Doc, claim: Claim, lex: AttributionLexicon): readonly [number, number] | null {
  const lower = createAttributionContext(doc, lex).lower;
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
  for (let k = of - 1; k >= 0 && k >= of - ACCUSED_WINDOW; k--) {
    if (lower[k] === cue[0]) return objectSpan(doc, lower, k + 1, of);
    if (CLAUSE_BREAKS.has(lower[k]!)) return null;
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

function eventRoot(doc: Doc, index: number): string | null {
  let best: { readonly at: number; readonly root: string } | null = null;
  for (const e of doc.events) {
    if (e.claim !== index) continue;
    const at = e.trigger?.start ?? e.sentence.start;
    if (!best || at < best.at) best = { at, root: e.root };
  }
  return best ? best.root : null;
}

function verbRoot(doc: Doc, claim: Claim, lex: AttributionLexicon, coder: EventCoder): string | null {
  const from = firstTokenAt(doc, claim.start);
  let to = from;
  while (to < doc.tokens.length && doc.tokens[to]!.end <= claim.end) to++;
  return claimVerbRoot(coder, doc, createAttributionContext(doc, lex).lower, from, to, tokenCover(doc).byMentionOrTime, lex.verbs);
}

function objectWords(doc: Doc, claim: Claim, lex: AttributionLexicon): string[] {
  const ctx = createAttributionContext(doc, lex);
  const covered = tokenCover(doc).byMentionOrTime;
  const words = new Set<string>();
  for (let i = firstTokenAt(doc, claim.start); i < doc.tokens.length && doc.tokens[i]!.end <= claim.end; i++) {
    if (doc.tokens[i]!.kind !== 'word' || covered[i]) continue;
    const lower = ctx.lower[i]!;
    if (lex.keyStopWords.has(lower) || lex.verbs.has(lower)) continue;
    words.add(lemmaLite(lower));
  }
  return [...words]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, KEY_OBJECT_WORDS)
    .sort();
}
