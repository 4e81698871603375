import type { Doc, Token } from '../document.js';
import { lowerWords } from '../tokens/lower-words.js';
import type { Entity, Mention } from '../record.js';
import type { AttributionLexicon, SpeechVerb } from './attribution-lexicon.js';
import type { SpeakerMemory } from './resolve-speaker.js';
import { detectSpeechVerb } from './speech-verb-at.js';

/** An entity mention with its entity, as the attribution stages look it up. */
export interface EntityMention {
  readonly mention: Mention;
  readonly entity: Entity;
}

/** What the attribution stages compute once per document and share between their rules. */
export interface AttributionContext {
  readonly doc: Doc;
  readonly lex: AttributionLexicon;
  /** Lower-cased text of every token of `doc.tokens`. */
  readonly lower: readonly string[];
  /** Every entity mention, sorted by start. */
  readonly mentions: readonly EntityMention[];
  /** The speech verb used as one at each token, or null (see {@link detectSpeechVerb}). */
  readonly verbs: readonly (SpeechVerb | null)[];
  /** Work shared by the quotes and claims stages on the same tokens and entities. */
  readonly memo: { speakers: SpeakerMemory | null };
}

interface Shared {
  readonly lex: AttributionLexicon;
  readonly entities: readonly Entity[];
  readonly lower: readonly string[];
  readonly mentions: readonly EntityMention[];
  readonly verbs: readonly (SpeechVerb | null)[];
  readonly memo: { speakers: SpeakerMemory | null };
}

const shared = new WeakMap<readonly Token[], Shared>();

/**
 * Builds the per-document context. What depends only on the tokens, the entities and the lexicon
 * (lower-cased words, sorted mentions, speech verbs, named speakers) is computed once and reused
 * by the next stage on the same document.
 */
export function createAttributionContext(doc: Doc, lex: AttributionLexicon): AttributionContext {
  const known = shared.get(doc.tokens);
  if (known && known.lex === lex && known.entities === doc.entities) return { doc, ...known };
  const mentions: EntityMention[] = [];
  for (const entity of doc.entities) for (const mention of entity.mentions) mentions.push({ mention, entity });
  mentions.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
  const lower = lowerWords(doc.tokens);
  const verbs: (SpeechVerb | null)[] = new Array<SpeechVerb | null>(lower.length).fill(null);
  for (let i = 0; i < lower.length; i++) if (lex.verbs.has(lower[i]!)) verbs[i] = detectSpeechVerb(doc, lower, lex, i);
  const made: Shared = { lex, entities: doc.entities, lower, mentions, verbs, memo: { speakers: null } };
  shared.set(doc.tokens, made);
  return { doc, ...made };
}

/** The mentions that overlap [start, end), in text order. */
export function mentionsIn(ctx: AttributionContext, start: number, end: number): EntityMention[] {
  const out: EntityMention[] = [];
  let lo = 0;
  let hi = ctx.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.mentions[mid]!.mention.start < start - 200) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i]!;
    if (m.mention.start >= end) break;
    if (m.mention.end > start) out.push(m);
  }
  return out;
}

/** Index of the token that starts at or after `offset`. */
export function tokenAt(ctx: AttributionContext, offset: number): number {
  const tokens = ctx.doc.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
