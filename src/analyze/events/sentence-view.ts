import type { Doc, Sentence } from '../document.js';
import type { Entity, EntityType, Mention } from '../record.js';
import type { ClauseWords } from './clause-words.js';
import { eventActorCode } from './event-actor-code.js';
import type { SentenceWords, WordInfo } from './sentence-words.js';

/** An entity mention in a sentence that can act in an event. */
export interface SentenceActor {
  /** First token of the mention (index into doc.tokens). */
  readonly first: number;
  /** One past its last token. */
  readonly end: number;
  readonly mention: Mention;
  readonly entity: Entity;
  readonly country: string | null;
  readonly actor: string | null;
}

/** One sentence prepared for event coding: lower-case words, lemmas and actors by token. */
export interface SentenceView {
  readonly doc: Doc;
  readonly sentence: Sentence;
  readonly first: number;
  readonly end: number;
  readonly lower: readonly string[];
  readonly lemma: readonly string[];
  /** Per token (relative to `first`): what the coder reads of its text. */
  readonly infos: readonly WordInfo[];
  readonly actors: readonly SentenceActor[];
  /** Per token (relative to `first`): index into `actors` of the actor covering it, or -1. */
  readonly actorAt: readonly number[];
  /** Per actor: index of the actor heading its phrase (itself, or the person after a national title). */
  readonly heads: readonly number[];
}

/** Types that act without a known country (a place or nationality without one is no actor: 'the Gulf'). */
const PERSONS_AND_BODIES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG']);

const ACTOR_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP']);

/** An actor-type mention placed on its tokens. */
export interface PlacedMention {
  readonly first: number;
  readonly end: number;
  readonly mention: Mention;
  readonly entity: Entity;
}

/** Index of the first token ending after `offset`, searching the token ends. */
function tokenAtOrAfter(ends: Int32Array, offset: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A building that stands for a body when it acts ("the Kremlin said", "Downing Street condemned"): a facility the knowledge base gives a country and a sector. */
function isSeatOfPower(entity: Entity): boolean {
  return entity.type === 'FAC' && entity.kb.country !== null && !!entity.sector;
}

const NO_MENTIONS: readonly PlacedMention[] = [];

/** The mentions of actor-type entities, placed on their tokens and grouped by sentence (one pass over the entities). */
export function mentionsBySentence(doc: Doc): readonly (readonly PlacedMention[])[] {
  const out = new Array<PlacedMention[]>(doc.sentences.length).fill(NO_MENTIONS as PlacedMention[]);
  const tokens = doc.tokens;
  let ends: Int32Array | null = null;
  for (const entity of doc.entities) {
    if (!ACTOR_TYPES.has(entity.type) && !isSeatOfPower(entity)) continue;
    if (ends === null) {
      ends = new Int32Array(tokens.length);
      for (let i = 0; i < tokens.length; i++) ends[i] = tokens[i]!.end;
    }
    for (const mention of entity.mentions) {
      const a = tokenAtOrAfter(ends, mention.start);
      const t = tokens[a];
      if (!t || t.start >= mention.end) continue;
      let b = a + 1;
      while (b < tokens.length && tokens[b]!.start < mention.end) b++;
      if (tokens[b - 1]!.sentence !== t.sentence) continue;
      let list = out[t.sentence]!;
      if (list === NO_MENTIONS) out[t.sentence] = list = [];
      list.push({ first: a, end: b, mention, entity });
    }
  }
  return out;
}

/** Builds the view of a sentence from its words (`sentenceWords`) and the actors among its placed mentions. */
export function sentenceView(
  doc: Doc,
  index: number,
  placed: readonly PlacedMention[],
  sentenceWords: SentenceWords,
  words: ClauseWords,
): SentenceView {
  const sentence = doc.sentences[index]!;
  const first = sentence.firstToken;
  const end = sentence.endToken;
  const { lower, lemma, infos } = sentenceWords;
  const actorAt = new Array<number>(end - first).fill(-1);
  const raw = inMentionOrder(placed) ? placed : placed.slice().sort(byMentionOrder);
  const kept: PlacedMention[] = [];
  let inner: Map<number, string> | null = null;
  for (const r of raw) {
    const outer = actorAt[r.first - first]!;
    if (outer !== -1) {
      if (r.entity.type === 'GPE' && r.entity.kb.country && !inner?.has(outer)) (inner ??= new Map()).set(outer, r.entity.kb.country);
      continue;
    }
    if (!r.entity.kb.country && !r.entity.actor && !PERSONS_AND_BODIES.has(r.entity.type)) continue;
    if (r.entity.type !== 'PERSON' && r.entity.type !== 'ORG' && beforeNonActorHead(r.end, end, lower, first, words)) continue;
    for (let i = r.first; i < r.end; i++) actorAt[i - first] = kept.length;
    kept.push(r);
  }
  const sectors = kept.map((r) => headSector(doc, r.end, end, lower, first, words));
  for (let k = kept.length - 2; k >= 0; k--) {
    const next = kept[k + 1]!;
    if (sectors[k] === null && next.first === kept[k]!.end + 1 && words.coordinators.has(lower[kept[k]!.end - first]!)) {
      sectors[k] = sectors[k + 1]!;
    }
  }
  const actors: SentenceActor[] = [];
  for (let k = 0; k < kept.length; k++) {
    const r = kept[k]!;
    const a: SentenceActor = {
      first: r.first,
      end: r.end,
      mention: r.mention,
      entity: r.entity,
      country: r.entity.kb.country,
      actor: eventActorCode(r.entity, r.entity.type === 'PERSON' ? null : sectors[k]!),
    };
    const placeInside = a.country || !inner ? undefined : inner.get(k);
    actors.push(placeInside && a.entity.type === 'ORG' ? { ...a, country: placeInside, actor: withCountry(a, placeInside) } : a);
  }
  const withCountries = withNeighbourCountries(doc, actors, lower, first);
  return { doc, sentence, first, end, lower, lemma, infos, actors: withCountries, actorAt, heads: titleHeads(doc, withCountries, lower, first) };
}

function byMentionOrder(x: PlacedMention, y: PlacedMention): number {
  return x.first - y.first || y.end - x.end;
}

/** Whether mentions already stand in `byMentionOrder` (the usual case), so that no sorted copy is needed. */
function inMentionOrder(placed: readonly PlacedMention[]): boolean {
  for (let k = 1; k < placed.length; k++) {
    const x = placed[k - 1]!;
    const y = placed[k]!;
    if (x.first > y.first || (x.first === y.first && x.end < y.end)) return false;
  }
  return true;
}

/**
 * A national word or place before a title and a person's name ('Russian President Putin'), or a
 * place's possessive before an organisation ("Iran's Revolutionary Guards"): the person or
 * organisation heads the phrase.
 */
function titleHeads(doc: Doc, actors: readonly SentenceActor[], lower: readonly string[], first: number): number[] {
  return actors.map((a, k) => {
    const next = actors[k + 1];
    if (!next || a.entity.type === 'PERSON') return k;
    const possessive = next.first === a.end + 1 && (lower[a.end - first] === "'s" || lower[a.end - first] === '’s');
    if (next.entity.type === 'ORG' && possessive && a.entity.type !== 'ORG') return k + 1;
    if (next.entity.type !== 'PERSON' || next.first - a.end > 3) return k;
    for (let i = a.end; i < next.first; i++) {
      const t = doc.tokens[i]!;
      if (t.kind !== 'word' || (t.text[0] === lower[i - first]![0] && lower[i - first] !== "'s")) return k;
    }
    return k + 1;
  });
}

function beforeNonActorHead(after: number, end: number, lower: readonly string[], first: number, words: ClauseWords): boolean {
  let i = after;
  if (i < end && (lower[i - first] === "'s" || lower[i - first] === '’s')) i++;
  return i < end && words.nonActorHeads.has(lower[i - first]!);
}

function headSector(
  doc: Doc,
  after: number,
  end: number,
  lower: readonly string[],
  first: number,
  words: ClauseWords,
): string | null {
  let i = after;
  if (i < end && (lower[i - first] === "'s" || lower[i - first] === '’s')) i++;
  let sector: string | null = null;
  for (; i < end && doc.tokens[i]!.kind === 'word'; i++) {
    const s = words.sectorHeads.get(lower[i - first]!);
    if (!s) break;
    sector = s;
  }
  return sector;
}

/**
 * Actors without a country take one from a national word right before them, across title words
 * only ('Iraqi President X'), or from 'of <country>' right after ('King X of Morocco'); the
 * entity's other mentions in the sentence ('he') take the same.
 */
function withNeighbourCountries(
  doc: Doc,
  actors: SentenceActor[],
  lower: readonly string[],
  first: number,
): SentenceActor[] {
  const placed = actors.map((a, k) => {
    const next = actors[k + 1];
    if (a.country) return peopleOf(doc, a, next, lower, first) ?? ethnicResidents(doc, a, actors, lower, first) ?? a;
    const prev = actors[k - 1];
    let from: SentenceActor | undefined;
    if (prev?.country && a.first - prev.end <= 3 && titleGap(doc, prev.end, a.first, lower, first)) from = prev;
    else if (next?.country && next.first === a.end + 1 && lower[a.end - first] === 'of') from = next;
    if (!from) return a;
    return { ...a, country: from.country, actor: withCountry(a, from.country!) };
  });
  let byEntity: Map<string, SentenceActor> | null = null;
  for (const a of placed) {
    if (a.country && !a.entity.kb.country && !byEntity?.has(a.entity.id)) (byEntity ??= new Map()).set(a.entity.id, a);
  }
  if (!byEntity) return placed;
  const found = byEntity;
  return placed.map((a) => {
    const same = a.country ? undefined : found.get(a.entity.id);
    return same ? { ...a, country: same.country, actor: same.actor } : a;
  });
}

/** Whether tokens [from, to) are all title words: capitalised words or "'s". */
function titleGap(doc: Doc, from: number, to: number, lower: readonly string[], first: number): boolean {
  for (let i = from; i < to; i++) {
    const t = doc.tokens[i]!;
    if (t.kind !== 'word' || (t.text[0] === t.text[0]!.toLowerCase() && lower[i - first] !== "'s")) return false;
  }
  return true;
}

/**
 * The actor code of a country-less actor placed in a country: a bare sector ('GOV') is prefixed
 * ('MARGOV'), and so is a transnational militant group ("Iraq's Al-Qaeda": IMG... -> IRQIMG...).
 */
function withCountry(a: SentenceActor, country: string): string {
  if (!a.actor) return country;
  if (a.actor.startsWith('IMG')) return `${country}${a.actor}`;
  return a.actor === a.entity.sector && !a.entity.actor ? `${country}${a.actor}` : a.actor;
}

const LOCATIVES: ReadonlySet<string> = new Set(['in', 'near', 'inside', 'across', 'throughout', 'of']);

/** Whether 'in'/'near'/'of' stands before token `k`, across up to two lower-case words ('in southeastern Serbia'). */
function afterLocative(doc: Doc, k: number, lower: readonly string[], first: number): boolean {
  for (let j = k - 1; j >= first && j >= k - 3; j--) {
    const t = doc.tokens[j]!;
    const w = lower[j - first]!;
    if (t.kind === 'word' && LOCATIVES.has(w)) return true;
    if (t.kind !== 'word' || t.text[0] !== w[0]) return false;
  }
  return false;
}

/**
 * A national word after 'ethnic' names a minority ('ethnic Albanians demonstrated in Serbia',
 * 'ethnic Albanian guerrillas operating in Macedonia'): CAMEO codes it by the country it lives in,
 * the nearest place of another country after 'in'/'near'/'of' in the sentence; null when not that shape.
 */
function ethnicResidents(
  doc: Doc,
  a: SentenceActor,
  actors: readonly SentenceActor[],
  lower: readonly string[],
  first: number,
): SentenceActor | null {
  if (a.entity.type !== 'NORP' || a.first === first || lower[a.first - 1 - first] !== 'ethnic') return null;
  let best: SentenceActor | null = null;
  for (const p of actors) {
    if (!p.country || p.country === a.country || (p.entity.type !== 'GPE' && p.entity.type !== 'LOC')) continue;
    if (!afterLocative(doc, p.first, lower, first)) continue;
    if (!best || Math.abs(p.first - a.first) < Math.abs(best.first - a.first)) best = p;
  }
  if (!best) return null;
  const sector = a.actor && a.actor.startsWith(a.country!) ? a.actor.slice(a.country!.length) : '';
  return { ...a, country: best.country, actor: `${best.country}${sector}` };
}

/**
 * A people named by a plural national word 'of' a place ('the Albanians of southern Serbia') act
 * for the place's country, as CAMEO codes minorities by where they live; null when not that shape.
 */
function peopleOf(
  doc: Doc,
  a: SentenceActor,
  next: SentenceActor | undefined,
  lower: readonly string[],
  first: number,
): SentenceActor | null {
  if (a.entity.type !== 'NORP' || !a.mention.text.endsWith('s') || !next?.country || next.country === a.country) return null;
  if (next.entity.type !== 'GPE' && next.entity.type !== 'LOC') return null;
  if (lower[a.end - first] !== 'of') return null;
  const gap = next.first - a.end - 1;
  if (gap > 1 || (gap === 1 && doc.tokens[a.end + 1]!.text[0] !== lower[a.end + 1 - first]![0])) return null;
  return { ...a, country: next.country, actor: next.country };
}
