import type { Gender, KnowledgeBase } from '../../kb/knowledge-base.js';
import type { Doc } from '../document.js';
import type { Stage } from '../pipeline.js';
import type { Entity, Mention } from '../record.js';

const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'],
  ['him', 'male'],
  ['his', 'male'],
  ['himself', 'male'],
  ['she', 'female'],
  ['her', 'female'],
  ['hers', 'female'],
  ['herself', 'female'],
]);
const GROUP_PRONOUNS = new Set(['they', 'them', 'their', 'themselves']);
const WINDOW = 2;
const PRONOUNS = [...PRONOUN_GENDER.keys(), ...GROUP_PRONOUNS];
/** The longest pronoun of either list. */
const MAX_PRONOUN = Math.max(...PRONOUNS.map((p) => p.length));
/** The first letters of the pronouns (ASCII, lower case). */
const PRONOUN_FIRSTS = new Set(PRONOUNS.map((p) => p.charCodeAt(0)));

/**
 * Whether a word can lower-case to a pronoun of either list: its first letter is one of theirs in
 * either case (no other character lower-cases to an ASCII letter but the Kelvin sign, to k), and it
 * is no longer than the longest.
 */
function mayBePronoun(word: string): boolean {
  return word.length <= MAX_PRONOUN && PRONOUN_FIRSTS.has(word.charCodeAt(0) | 0x20);
}

interface Antecedent {
  readonly entity: number;
  readonly end: number;
  readonly sentence: number;
  /** Gender of a person from its given name; null when unknown. */
  readonly gender: Gender | null;
}

/** Gender of a person entity from the first word of its name that is a given name only one gender bears. */
function personGender(e: Entity, kb: KnowledgeBase): Gender | null {
  for (const w of e.name.toLowerCase().split(/[\s.]+/)) {
    const g = kb.nameGender.get(w);
    if (g) return g;
    if (kb.givenNames.has(w)) return null;
  }
  return null;
}

/**
 * The coreference stage: third-person pronouns join the nearest compatible entity mentioned
 * before them within two sentences (he → a person not known to be female, she → one not known to
 * be male, by the given names of data/kb/given-names.json; they → an organisation or a people),
 * as 'pronoun' mentions; a capital or seat of government acting as a subject ("Moscow said",
 * "the Kremlin warned") is that country's government, sector GOV.
 */
export function corefStage(kb: KnowledgeBase): Stage {
  const actorVerbs = new Set(kb.cues.actorVerbs);
  const capitals = new Map<string, Set<string>>();
  for (const c of kb.countries.values()) {
    const names = capitals.get(c.iso3) ?? new Set<string>();
    for (const name of c.capitals) names.add(name);
    capitals.set(c.iso3, names);
  }
  return {
    name: 'coref',
    run(doc: Doc): Doc {
      if (!doc.entities.length) return doc;
      const sentenceAt = (offset: number): number => {
        let lo = 0;
        let hi = doc.sentences.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (doc.sentences[mid]!.start <= offset) lo = mid;
          else hi = mid - 1;
        }
        return lo;
      };
      const persons: Antecedent[] = [];
      const groups: Antecedent[] = [];
      doc.entities.forEach((e, i) => {
        const gender = e.type === 'PERSON' ? personGender(e, kb) : null;
        for (const m of e.mentions) {
          const a = { entity: i, end: m.end, sentence: sentenceAt(m.start), gender };
          if (e.type === 'PERSON') persons.push(a);
          else if (e.type === 'ORG' || (e.type === 'NORP' && /s$/.test(m.text))) groups.push(a);
        }
      });
      persons.sort((a, b) => a.end - b.end);
      groups.sort((a, b) => a.end - b.end);
      const added = doc.entities.map((): Mention[] => []);
      const nearest = (list: readonly Antecedent[], offset: number, sentence: number, gender: Gender | null): Antecedent | null => {
        let lo = 0;
        let hi = list.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (list[mid]!.end <= offset) lo = mid + 1;
          else hi = mid;
        }
        for (let i = lo - 1; i >= 0 && sentence - list[i]!.sentence <= WINDOW; i--) {
          const a = list[i]!;
          if (!gender || !a.gender || a.gender === gender) return a;
        }
        return null;
      };
      for (const t of doc.tokens) {
        if (t.kind !== 'word' || !mayBePronoun(t.text)) continue;
        const lower = t.text.toLowerCase();
        const gender = PRONOUN_GENDER.get(lower) ?? null;
        const list = gender ? persons : GROUP_PRONOUNS.has(lower) ? groups : null;
        if (!list) continue;
        const a = nearest(list, t.start, t.sentence, gender);
        if (a) added[a.entity]!.push({ start: t.start, end: t.end, text: t.text, kind: 'pronoun' });
      }
      const entities = doc.entities.map((e, i): Entity => {
        const acting = isGovernmentActor(e, doc, capitals, actorVerbs);
        const extra = added[i]!;
        if (!extra.length && !acting) return e;
        const mentions = extra.length ? [...e.mentions, ...extra].sort((x, y) => x.start - y.start) : e.mentions;
        return { ...e, mentions, sector: acting ? 'GOV' : e.sector };
      });
      return { ...doc, entities };
    },
  };
}

function isGovernmentActor(e: Entity, doc: Doc, capitals: ReadonlyMap<string, ReadonlySet<string>>, verbs: ReadonlySet<string>): boolean {
  if (e.type !== 'GPE' && e.type !== 'FAC') return false;
  const country = e.kb.country;
  if (!country) return false;
  if (e.type === 'GPE' && !capitals.get(country)?.has(e.name)) return false;
  if (e.type === 'FAC' && e.sector !== 'GOV') return false;
  for (const m of e.mentions) {
    const next = /^\s*([\p{L}']+)/u.exec(doc.text.slice(m.end, m.end + 24));
    if (next && verbs.has(next[1]!.toLowerCase())) return true;
  }
  return false;
}
