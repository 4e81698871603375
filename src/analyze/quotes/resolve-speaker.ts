import type { ClaimParty, Entity, EntityType } from '../record.js';
import { mentionsIn, type AttributionContext, type EntityMention } from './attribution-context.js';
import { countryNames } from './country-names.js';
import { outletBefore } from './outlet-in.js';
import type { SpeakerPhrase } from './speaker-phrase.js';

/** A resolved speaker: the party (entity id or null, and name) and the entity type when known. */
export interface ResolvedSpeaker extends ClaimParty {
  readonly type: EntityType | null;
  /** Offset where the speaker was named, for pronoun look-back. */
  readonly at: number;
  /** The lower-cased words of the phrase that named the speaker, for descriptions ("the newspaper"). */
  readonly words?: readonly string[];
}

/** Speakers named in the document, in text order; pronouns resolve against them. */
export type SpeakerMemory = ResolvedSpeaker[];

const TYPE_RANK: Readonly<Record<string, number>> = { PERSON: 5, ORG: 4, NORP: 3, GPE: 3, LOC: 1, FAC: 1 };
const PRONOUN_WINDOW = 2500;
const OUTLET_WINDOW = 400;
const DESCRIPTION_WINDOW = 1500;
const COMPANY_HEADS: ReadonlySet<string> = new Set(['firm', 'company', 'carmaker', 'automaker', 'airline', 'operator', 'bank']);
const OUTLET_HEADS: ReadonlySet<string> = new Set(['newspaper', 'paper', 'agency', 'broadcaster', 'outlet', 'report', 'daily', 'magazine', 'channel', 'network', 'website']);

/**
 * Resolves a speaker phrase to a party. A name phrase is linked to the entity whose mention covers
 * it (a person before an organisation before a place; the rightmost of equals); its name is the
 * entity's canonical name when that mention is the phrase's head (last word) or, for an
 * organisation, stands right before a description noun ("the Asahi Shimbun newspaper"), else the phrase as
 * written; an unlinked description ("the newspaper", "the firm") resolves to the body it stands
 * for. A pronoun takes the latest compatible named speaker before it in its paragraph (news names a
 * speaker, then goes on with "he said"), else its coreference mention's entity, else the latest
 * compatible speaker of the previous paragraph, else the nearest preceding compatible mention.
 * An indefinite description of a body ("a South Korean newspaper said …") is the speaker named
 * next with the same noun ("the newspaper X reported …"), when the text names one soon after.
 * Returns null for first-person and unresolvable pronouns.
 */
export function resolveSpeaker(ctx: AttributionContext, phrase: SpeakerPhrase, memory: SpeakerMemory): ResolvedSpeaker | null {
  if (phrase.pronoun) return resolvePronoun(ctx, phrase, memory);
  const named = resolveName(ctx, phrase);
  return namedLater(ctx, phrase, memory) ?? (named.entity === null ? (describedBody(ctx, phrase, memory) ?? named) : named);
}

/** Resolves a name phrase (not a pronoun) to a party. */
export function resolveName(ctx: AttributionContext, phrase: SpeakerPhrase): ResolvedSpeaker {
  const within = mentionsIn(ctx, phrase.start, phrase.stop).filter((m) => m.mention.kind !== 'pronoun');
  const appo = phrase.apposition;
  if (within.length === 0 && appo) {
    const s = ctx.doc.tokens[appo.first]!.start;
    const e = ctx.doc.tokens[appo.end - 1]!.end;
    within.push(...mentionsIn(ctx, s, e).filter((m) => m.entity.type === 'PERSON'));
  }
  const words = ctx.lower.slice(phrase.first, phrase.end);
  const best = pick(within);
  if (!best) return { entity: null, name: cleanName(phrase.text), type: null, at: phrase.start, words };
  const headIndex = headOf(ctx, phrase);
  const headToken = ctx.doc.tokens[headIndex]!;
  const head =
    (best.mention.start <= headToken.start && best.mention.end >= headToken.end) ||
    best.entity.type === 'PERSON' ||
    (best.entity.type === 'ORG' && ctx.lex.descriptionNouns.has(ctx.lower[headIndex]!) && ctx.doc.tokens[headIndex - 1]?.end === best.mention.end);
  const country = head ? speakingCountry(ctx, best.entity) : null;
  if (country) return { ...country, at: phrase.start, words };
  return {
    entity: best.entity.id,
    name: head ? best.entity.name : cleanName(phrase.text),
    type: best.entity.type,
    at: phrase.start,
    words,
  };
}

const POST_MODIFIERS: ReadonlySet<string> = new Set(['of', 'in', 'for', 'from', 'at', 'with', 'on', 'close', 'familiar', 'who', 'which']);

/** The head word of a phrase: the last word before a post-modifier ("residents of Khartoum" → residents). */
function headOf(ctx: AttributionContext, phrase: SpeakerPhrase): number {
  for (let k = phrase.first + 1; k < phrase.end; k++) if (POST_MODIFIERS.has(ctx.lower[k]!)) return k - 1;
  let k = phrase.end - 1;
  while (k > phrase.first && ctx.lower[k] === "'s") k--;
  return k;
}

/**
 * A city that speaks ("Tehran denied …") stands for its country's government: the country's entity
 * when the article names it, else the country's name with the city's entity.
 */
function speakingCountry(ctx: AttributionContext, entity: Entity): ResolvedSpeaker | null {
  const iso3 = entity.kb.country;
  if (entity.type !== 'GPE' || !iso3 || !entity.kb.id?.startsWith('city/')) return null;
  const named = ctx.doc.entities.find((e) => e.kb.id === `country/${iso3}`);
  if (named) return fromEntity(named, 0);
  const name = countryNames().get(iso3);
  return name ? { entity: entity.id, name, type: 'GPE', at: 0 } : null;
}

/**
 * A definite description of a body ("the newspaper", "the firm", "the party"): the latest named
 * speaker introduced with the same noun ("the newspaper Chosun Ilbo reported"), else the nearest
 * organisation mentioned right before that noun or named with it ("NPD Group" for "the group"),
 * else for a news noun the nearest outlet named before, else for a company noun the nearest
 * organisation. Null when none is found.
 */
function describedBody(ctx: AttributionContext, phrase: SpeakerPhrase, memory: SpeakerMemory): ResolvedSpeaker | null {
  const noun = ctx.lower[phrase.end - 1]!;
  if (ctx.lower[phrase.first] !== 'the' || phrase.end - phrase.first > 3 || !ctx.lex.descriptionNouns.has(noun)) return null;
  for (let k = phrase.first + 1; k < phrase.end; k++) if (/^\p{Lu}/u.test(ctx.doc.tokens[k]!.text)) return null;
  for (let i = memory.length - 1; i >= 0; i--) {
    const m = memory[i]!;
    if (m.at < phrase.start && phrase.start - m.at <= PRONOUN_WINDOW && m.words?.includes(noun) && /^\p{Lu}/u.test(m.name)) return { ...m, at: phrase.start };
  }
  let nearest: Entity | null = null;
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const { mention, entity } = ctx.mentions[i]!;
    if (mention.end > phrase.start) continue;
    if (phrase.start - mention.start > DESCRIPTION_WINDOW) break;
    if (entity.type !== 'ORG' || mention.kind === 'pronoun') continue;
    const after = ctx.doc.text.slice(mention.end, mention.end + noun.length + 1).trim().toLowerCase();
    if (after === noun || entity.name.toLowerCase().endsWith(` ${noun}`)) return fromEntity(entity, phrase.start);
    nearest ??= entity;
  }
  if (OUTLET_HEADS.has(noun)) {
    const outlet = outletBefore(ctx, phrase.first, OUTLET_WINDOW);
    if (outlet) return { ...resolveName(ctx, outlet), at: phrase.start };
  }
  return nearest && COMPANY_HEADS.has(noun) ? fromEntity(nearest, phrase.start) : null;
}

/**
 * Cataphora: an indefinite description of a body ("a newspaper", "an Israeli rights group") whose
 * name the text gives a little later, introduced with the same noun. Null when none follows.
 */
function namedLater(ctx: AttributionContext, phrase: SpeakerPhrase, memory: SpeakerMemory): ResolvedSpeaker | null {
  const noun = ctx.lower[phrase.end - 1]!;
  const article = ctx.lower[phrase.first];
  if ((article !== 'a' && article !== 'an') || phrase.end - phrase.first > 4 || !ctx.lex.descriptionNouns.has(noun)) return null;
  for (const m of memory) {
    if (m.at <= phrase.start) continue;
    if (m.at - phrase.start > DESCRIPTION_WINDOW) break;
    if (!m.words?.includes(noun) || m.words[0] === 'a' || m.words[0] === 'an') continue;
    const entity = m.entity === null ? null : ctx.doc.entities.find((e) => e.id === m.entity);
    if (entity) return fromEntity(entity, phrase.start);
    if (properName(m.name, noun)) return { ...m, at: phrase.start };
  }
  return null;
}

function properName(name: string, noun: string): boolean {
  return /^\p{Lu}/u.test(name) && !name.toLowerCase().split(/\s+/).some((w) => w === noun || w === 'the');
}

function resolvePronoun(ctx: AttributionContext, phrase: SpeakerPhrase, memory: SpeakerMemory): ResolvedSpeaker | null {
  const kind = ctx.lex.pronouns.get(ctx.lower[phrase.first]!) ?? 'ANY';
  if (kind === 'SELF') return null;
  const fits = (type: EntityType | null): boolean =>
    kind === 'ANY' || (kind === 'PERSON' ? type === 'PERSON' || type === null : type !== 'PERSON');
  const paragraphs = ctx.doc.paragraphs;
  const here = paragraphOf(ctx, phrase.start);
  const latest = (floor: number): ResolvedSpeaker | null => {
    for (let i = memory.length - 1; i >= 0; i--) {
      const m = memory[i]!;
      if (m.at >= phrase.start) continue;
      if (m.at < floor) break;
      if (fits(m.type)) return { ...m, at: phrase.start };
    }
    return null;
  };
  const sameParagraph = latest(paragraphs[here]!.start);
  if (sameParagraph) return sameParagraph;
  const coref = mentionsIn(ctx, phrase.start, phrase.stop).find((m) => m.mention.kind === 'pronoun');
  if (coref) return fromEntity(coref.entity, phrase.start);
  const previousParagraph = latest(here > 0 ? paragraphs[here - 1]!.start : 0);
  if (previousParagraph) return previousParagraph;
  const wanted: ReadonlySet<EntityType> = kind === 'PERSON' ? new Set(['PERSON']) : new Set(['ORG', 'GPE', 'NORP', 'PERSON']);
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.mention.end > phrase.start) continue;
    if (phrase.start - m.mention.start > PRONOUN_WINDOW) break;
    if (m.mention.kind !== 'pronoun' && wanted.has(m.entity.type)) return fromEntity(m.entity, phrase.start);
  }
  return null;
}

function paragraphOf(ctx: AttributionContext, offset: number): number {
  const ps = ctx.doc.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ps[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function fromEntity(entity: Entity, at: number): ResolvedSpeaker {
  return { entity: entity.id, name: entity.name, type: entity.type, at };
}

function pick(mentions: readonly EntityMention[]): EntityMention | null {
  let best: EntityMention | null = null;
  for (const m of mentions) {
    if (!best || (TYPE_RANK[m.entity.type] ?? 0) >= (TYPE_RANK[best.entity.type] ?? 0)) best = m;
  }
  return best;
}

/** A phrase as written, less a leading "the" before a capitalised word and a trailing possessive. */
function cleanName(text: string): string {
  return text.replace(/^[Tt]he\s+(?=\p{Lu})/u, '').replace(/['’]s$/u, '').trim();
}
