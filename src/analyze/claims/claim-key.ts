import type { Doc } from '../document.js';
import type { Claim, Entity } from '../record.js';
import { createAttributionContext } from '../quotes/attribution-context.js';
import type { AttributionLexicon } from '../quotes/attribution-lexicon.js';
import { claimActor } from './claim-actor.js';
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
 *   and so does the source of a denial (the subject answering about itself). Sorted, unique, "+".
 * - code: the two-digit CAMEO root of the first event the events stage placed in this claim, "-"
 *   when it coded none.
 * - object: the content words outside entity mentions and time expressions, less numbers, speech
 *   verbs and the lexicon's `keyStopWords`, each reduced by {@link lemmaLite}; the
 *   {@link KEY_OBJECT_WORDS} longest (ties alphabetical), sorted, joined by spaces.
 * This is a claim's own key; the claim-keys stage gives a denial or confirmation linked to an
 * earlier claim (`denies`/`confirms`) that claim's key instead, so the store groups a claim with
 * the answers to it. Deterministic; depends on no outlet wording outside the content.
 */
export function claimKey(doc: Doc, index: number, lex: AttributionLexicon): string {
  const claim = doc.claims[index]!;
  const actors = new Set<string>();
  for (const entity of entitiesWithin(doc, claim.start, claim.end)) actors.add(claimActor(entity));
  const source = sourceEntity(doc, claim);
  if (source && (claim.stance === 'denies' || opensWithOwnPronoun(doc, claim, lex))) actors.add(claimActor(source));
  return `${[...actors].sort().join('+')}|${eventRoot(doc, index)}|${objectWords(doc, claim, lex).join(' ')}`;
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

function eventRoot(doc: Doc, index: number): string {
  let best: { readonly at: number; readonly root: string } | null = null;
  for (const e of doc.events) {
    if (e.claim !== index) continue;
    const at = e.trigger?.start ?? e.sentence.start;
    if (!best || at < best.at) best = { at, root: e.root };
  }
  return best ? best.root : '-';
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
