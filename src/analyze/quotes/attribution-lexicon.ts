import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Stance } from '../record.js';
import { AttributionDataError } from './attribution-data-error.js';
import { PhraseTable } from './phrase-table.js';

/** A speech or cognition verb that attributes words to someone. */
export interface SpeechVerb {
  readonly lemma: string;
  readonly stance: Stance;
  /** Takes its content without "that" ("said the talks failed"). */
  readonly bare: boolean;
  /** Takes a hearer before its content ("told reporters that"). */
  readonly addressee: boolean;
  /** Attributes only through an object naming earlier content ("rejected the reports"). */
  readonly objectOnly: boolean;
  /** Next words that make it another verb ("called on", "called for"). */
  readonly notBefore: ReadonlySet<string>;
  /** A bare content counts only when it reads as a clause, with an auxiliary ("announced the port was closed"). */
  readonly clauseOnly: boolean;
  /** Attributes in the passive only, up to "as saying" ("was quoted by TASS as saying"). */
  readonly passive: boolean;
}

/** The cue lexicons of the quotes and claims stages, loaded from data/attribution/cues.json. */
export interface AttributionLexicon {
  readonly version: string;
  /** Speech verbs by lower-case word form. */
  readonly verbs: ReadonlyMap<string, SpeechVerb>;
  /** Hearers that are not parties ("reporters", "a news conference"). */
  readonly addressees: PhraseTable<true>;
  /** "according to", "as per", ... with the cue they report as. */
  readonly relays: PhraseTable<string>;
  /** "citing", "quoting": a relay naming its own source. */
  readonly citing: PhraseTable<true>;
  /** "in an interview with", "speaking to": the channel a party spoke through. */
  readonly interviews: PhraseTable<true>;
  /** Hedge words and phrases with the stance they give. */
  readonly hedges: PhraseTable<Stance>;
  /** The source name of hedged claims without a source. */
  readonly unnamedSource: string;
  readonly opinionHolders: ReadonlySet<string>;
  readonly roleNouns: ReadonlySet<string>;
  /** News outlets, as lower-case phrases. */
  readonly outlets: PhraseTable<true>;
  /** Words that make a capitalised name an outlet ("Times", "News"). */
  readonly outletWords: ReadonlySet<string>;
  /** Words before a speech verb that make it a non-speech use ("the said agreement"). */
  readonly nonSpeechBefore: ReadonlySet<string>;
  /** Verb forms that are also nouns ("a CNN report", "their claims"): not verbs after a determiner. */
  readonly nounForms: ReadonlySet<string>;
  /** Words after a speech verb that make it a non-speech use ("easier said than done"). */
  readonly nonSpeechAfter: ReadonlySet<string>;
  readonly negations: ReadonlySet<string>;
  /** Adverbs and auxiliaries between a speaker and the verb ("also", "has", "on Tuesday"). */
  readonly skipBeforeVerb: ReadonlySet<string>;
  /** Words before a quote that make it a name, not speech ("dubbed", "so-called", "known as"). */
  readonly naming: PhraseTable<true>;
  /** Nouns beside a quote that make it a title or name ("the film", "drones"). */
  readonly titleNouns: ReadonlySet<string>;
  /** Nouns naming earlier content, the object of a denial ("rejected the allegations"). */
  readonly contentNouns: ReadonlySet<string>;
  /** Words that end a speaker phrase when walking back from the verb. */
  readonly clauseStoppers: ReadonlySet<string>;
  /** Nouns of the medium a party spoke through ("in a statement", "at a news conference"). */
  readonly mediumNouns: ReadonlySet<string>;
  /** Words of time adverbials between a verb and its content ("on Tuesday", "last week"). */
  readonly timeWords: ReadonlySet<string>;
  /** Words that mark a source as anonymous on purpose ("familiar with", "sources"). */
  readonly anonymity: PhraseTable<true>;
  /** Words that make content an accusation ("illegal", "violated", "rigged"). */
  readonly allegationWords: ReadonlySet<string>;
  /** Words that make content a prediction or plan ("will", "would", "plans to"). */
  readonly futureMarkers: PhraseTable<true>;
  /** Words that make content a judgement ("should", "a step forward"). */
  readonly evaluativeMarkers: PhraseTable<true>;
  /** Auxiliaries that make a bare content a clause ("was", "had", "will"). */
  readonly auxiliaries: ReadonlySet<string>;
  /** Heads of definite descriptions that stand for a named body ("the firm", "the newspaper"). */
  readonly descriptionNouns: ReadonlySet<string>;
  /** Personal pronouns and the kind of antecedent they take: PERSON, ORG, ANY or SELF. */
  readonly pronouns: ReadonlyMap<string, string>;
  /** Words left out of a claim key's object: function words, quantities, reporting words. */
  readonly keyStopWords: ReadonlySet<string>;
}

const STANCES: ReadonlySet<string> = new Set(['asserts', 'alleges', 'denies', 'confirms', 'rumor', 'expects', 'opinion']);

/** The bundled cue file, located relative to this module (works from src/ and dist/). */
export const ATTRIBUTION_CUES_URL = new URL('../../../data/attribution/cues.json', import.meta.url);

/**
 * Loads and schema-checks a cue file. Throws {@link AttributionDataError} naming the file, the
 * field, what was expected and what came.
 */
export function loadAttributionLexicon(url: URL = ATTRIBUTION_CUES_URL): AttributionLexicon {
  const file = fileURLToPath(url);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new AttributionDataError(file, 'file', 'a readable JSON file', (e as Error).message);
  }
  return parseAttributionLexicon(raw, file);
}

/** Checks the shape of parsed cue data and builds the lexicon from it. */
export function parseAttributionLexicon(raw: unknown, file: string): AttributionLexicon {
  const obj = record(raw, file, 'top level');
  const version = obj['version'];
  if (typeof version !== 'string' || !version) throw new AttributionDataError(file, 'version', 'a non-empty string', version);
  const verbs = new Map<string, SpeechVerb>();
  array(obj['verbs'], file, 'verbs').forEach((v, i) => {
    const where = `verbs[${i}]`;
    const e = record(v, file, where);
    const lemma = str(e['lemma'], file, `${where}.lemma`);
    const stance = str(e['stance'], file, `${where}.stance`);
    if (!STANCES.has(stance)) throw new AttributionDataError(file, `${where}.stance`, [...STANCES].join(' | '), stance);
    const verb: SpeechVerb = {
      lemma,
      stance: stance as Stance,
      bare: bool(e['bare'], file, `${where}.bare`, false),
      addressee: bool(e['addressee'], file, `${where}.addressee`, false),
      objectOnly: bool(e['objectOnly'], file, `${where}.objectOnly`, false),
      notBefore: new Set(e['notBefore'] === undefined ? [] : strings(e['notBefore'], file, `${where}.notBefore`)),
      clauseOnly: bool(e['clauseOnly'], file, `${where}.clauseOnly`, false),
      passive: bool(e['passive'], file, `${where}.passive`, false),
    };
    for (const form of strings(e['forms'], file, `${where}.forms`)) if (!verbs.has(form)) verbs.set(form, verb);
  });
  const relays = array(obj['relays'], file, 'relays').map((r, i): [string, string] => {
    const e = record(r, file, `relays[${i}]`);
    return [str(e['phrase'], file, `relays[${i}].phrase`), str(e['cue'], file, `relays[${i}].cue`)];
  });
  const hedges = array(obj['hedges'], file, 'hedges').map((h, i): [string, Stance] => {
    const e = record(h, file, `hedges[${i}]`);
    const stance = str(e['stance'], file, `hedges[${i}].stance`);
    if (!STANCES.has(stance)) throw new AttributionDataError(file, `hedges[${i}].stance`, [...STANCES].join(' | '), stance);
    return [str(e['phrase'], file, `hedges[${i}].phrase`), stance as Stance];
  });
  const pronouns = record(obj['pronouns'], file, 'pronouns');
  const pronounMap = new Map<string, string>();
  for (const [k, v] of Object.entries(pronouns)) pronounMap.set(k, str(v, file, `pronouns.${k}`));
  const phrases = (key: string): PhraseTable<true> =>
    new PhraseTable(strings(obj[key], file, key).map((p): [string, true] => [p, true]));
  const set = (key: string): ReadonlySet<string> => new Set(strings(obj[key], file, key));
  return {
    version,
    verbs,
    addressees: phrases('addressees'),
    relays: new PhraseTable(relays),
    citing: phrases('citing'),
    interviews: phrases('interviews'),
    hedges: new PhraseTable(hedges),
    unnamedSource: str(obj['unnamedSource'], file, 'unnamedSource'),
    opinionHolders: set('opinionHolders'),
    roleNouns: set('roleNouns'),
    outlets: phrases('outlets'),
    outletWords: set('outletWords'),
    nonSpeechBefore: set('nonSpeechBefore'),
    nonSpeechAfter: set('nonSpeechAfter'),
    nounForms: set('nounForms'),
    negations: set('negations'),
    skipBeforeVerb: set('skipBeforeVerb'),
    naming: phrases('naming'),
    titleNouns: set('titleNouns'),
    contentNouns: set('contentNouns'),
    clauseStoppers: set('clauseStoppers'),
    mediumNouns: set('mediumNouns'),
    timeWords: set('timeWords'),
    anonymity: phrases('anonymity'),
    allegationWords: set('allegationWords'),
    futureMarkers: phrases('futureMarkers'),
    evaluativeMarkers: phrases('evaluativeMarkers'),
    auxiliaries: set('auxiliaries'),
    descriptionNouns: set('descriptionNouns'),
    pronouns: pronounMap,
    keyStopWords: set('keyStopWords'),
  };
}

let bundled: AttributionLexicon | null = null;

/** The bundled lexicon, loaded and checked on first use and shared by the quotes and claims stages. */
export function bundledAttributionLexicon(): AttributionLexicon {
  bundled ??= loadAttributionLexicon();
  return bundled;
}

function record(v: unknown, file: string, where: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new AttributionDataError(file, where, 'an object', v);
  return v as Record<string, unknown>;
}

function array(v: unknown, file: string, where: string): readonly unknown[] {
  if (!Array.isArray(v)) throw new AttributionDataError(file, where, 'an array', v);
  return v;
}

function str(v: unknown, file: string, where: string): string {
  if (typeof v !== 'string' || !v) throw new AttributionDataError(file, where, 'a non-empty string', v);
  return v;
}

function strings(v: unknown, file: string, where: string): readonly string[] {
  return array(v, file, where).map((s, i) => {
    const w = str(s, file, `${where}[${i}]`);
    if (w !== w.toLowerCase()) throw new AttributionDataError(file, `${where}[${i}]`, 'a lower-case string', w);
    return w;
  });
}

function bool(v: unknown, file: string, where: string, fallback: boolean): boolean {
  if (v === undefined) return fallback;
  if (typeof v !== 'boolean') throw new AttributionDataError(file, where, 'a boolean', v);
  return v;
}
