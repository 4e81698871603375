import { dataUrl, DataFileError, loadDataFile } from '../../data/data-file.js';
import type { CameoCodebook } from './cameo-codebook.js';

/** One verb or noun pattern of data/events/verb-patterns.json. */
export interface VerbPattern {
  readonly id: string;
  readonly pos: 'verb' | 'noun' | 'obligation';
  readonly lemmas: readonly string[];
  /** Word sequences (lemmas) one of which must appear near the trigger. */
  readonly objects: readonly (readonly string[])[];
  /** The object sequences by their first word. */
  readonly objectsByFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** The same by the number `VerbPatterns.objectFirsts` gives the first word; undefined (or past the end) for the other numbers. */
  readonly objectsById: readonly ((readonly (readonly string[])[]) | undefined)[];
  readonly particle: string | null;
  readonly code: string;
  readonly dyadic: boolean;
  /** Whether a place after 'in'/'at' may be the target whatever the root. */
  readonly placeTarget: boolean;
  /**
   * The sector of the source's own country that an event without a target in its clause is aimed
   * at ('banned the party' -> OPP, 'called off the strike' -> GOV), or null when it then has none.
   */
  readonly domesticTarget: string | null;
  /** The only words a target may follow ('with' for 'discuss': the topic is no target; nor is a place unless `placeTarget`), or null for any. */
  readonly targetPrepositions: ReadonlySet<string> | null;
  /** The code when every source is a state (a country or its government) acting on another country ('Poland protested the detention' -> 114), or null. */
  readonly stateCode: string | null;
  /** The code when the target is a country named right after 'to', where the act goes ('deployed troops to Lithuania' -> 074), or null. */
  readonly destinationCode: string | null;
  /** Whether the subject receives from the target, so that the two swap ('received tanks from Poland': Poland provides). */
  readonly inverse: boolean;
  /** How many constraints (objects, particle) the pattern has: the more, the more specific. */
  readonly specificity: number;
}

/** How a governing word changes the code of the event it governs. */
export type CodeShift = 'intent' | 'threat' | 'refuse';

/** The verb-pattern dictionary, indexed by lemma. */
export interface VerbPatterns {
  readonly version: string;
  readonly verbs: ReadonlyMap<string, readonly VerbPattern[]>;
  readonly nouns: ReadonlyMap<string, readonly VerbPattern[]>;
  /** Obligation words ('must') that turn a reported clause into the speaker's demand. */
  readonly obligations: ReadonlyMap<string, readonly VerbPattern[]>;
  /** Every lemma the patterns mention (triggers and object words). */
  readonly lemmas: ReadonlySet<string>;
  /** Every word that starts some pattern's object, numbered from 0. */
  readonly objectFirsts: ReadonlyMap<string, number>;
  readonly locationTargetRoots: ReadonlySet<string>;
  /** Roots whose place target must lie inside the object ('agreed to extend the mission in Cyprus'), not be where the act took place ('agreed in Geneva'). */
  readonly objectPlaceRoots: ReadonlySet<string>;
  /** Roots whose target may be the subject of a 'that' clause after the verb ('demanded that Hamas ...'). */
  readonly complementTargetRoots: ReadonlySet<string>;
  /** Roots whose event without a target is aimed at the source's own government ('demonstrators rioted' → the government of their country). */
  readonly domesticTargetRoots: ReadonlySet<string>;
  readonly shifts: Readonly<Record<CodeShift, ReadonlyMap<string, string>>>;
}

interface PatternEntry {
  readonly id: string;
  readonly pos?: 'verb' | 'noun' | 'obligation';
  readonly lemmas: readonly string[];
  readonly objects?: readonly string[];
  readonly particle?: string;
  readonly code: string;
  readonly dyadic?: boolean;
  readonly placeTarget?: boolean;
  readonly domesticTarget?: string;
  readonly targetPrepositions?: readonly string[];
  readonly stateCode?: string;
  readonly destinationCode?: string;
  readonly inverse?: boolean;
}

interface VerbPatternsFile {
  readonly version: string;
  readonly locationTargetRoots: readonly string[];
  readonly objectPlaceRoots?: readonly string[];
  readonly complementTargetRoots: readonly string[];
  readonly domesticTargetRoots?: readonly string[];
  readonly intent: Readonly<Record<string, string>>;
  readonly threat: Readonly<Record<string, string>>;
  readonly refuse: Readonly<Record<string, string>>;
  readonly patterns: readonly PatternEntry[];
}

const CODE = { type: 'string', pattern: '^[0-9]{2,4}$' } as const;
const CODE_MAP = { type: 'object', additionalProperties: CODE } as const;
const WORDS = { type: 'array', items: { type: 'string', minLength: 1 } } as const;

const SCHEMA = {
  type: 'object',
  required: ['version', 'locationTargetRoots', 'complementTargetRoots', 'intent', 'threat', 'refuse', 'patterns'],
  properties: {
    version: { type: 'string', minLength: 1 },
    locationTargetRoots: { type: 'array', items: { type: 'string', pattern: '^[0-9]{2}$' } },
    complementTargetRoots: { type: 'array', items: { type: 'string', pattern: '^[0-9]{2}$' } },
    domesticTargetRoots: { type: 'array', items: { type: 'string', pattern: '^[0-9]{2}$' } },
    objectPlaceRoots: { type: 'array', items: { type: 'string', pattern: '^[0-9]{2}$' } },
    intent: CODE_MAP,
    threat: CODE_MAP,
    refuse: CODE_MAP,
    patterns: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'lemmas', 'code'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', minLength: 1 },
          pos: { enum: ['verb', 'noun', 'obligation'] },
          lemmas: { ...WORDS, minItems: 1 },
          objects: WORDS,
          particle: { type: 'string', minLength: 1 },
          code: CODE,
          dyadic: { type: 'boolean' },
          placeTarget: { type: 'boolean' },
          domesticTarget: { type: 'string', pattern: '^[A-Z]{3}$' },
          targetPrepositions: { ...WORDS, minItems: 1 },
          stateCode: CODE,
          destinationCode: CODE,
          inverse: { type: 'boolean' },
        },
      },
    },
  },
} as const;

/**
 * Loads and schema-checks the verb-pattern dictionary; every code it names must be in the codebook
 * and every pattern id unique (else DataFileError naming the file).
 */
export function loadVerbPatterns(
  codebook: CameoCodebook,
  file: URL | string = dataUrl('events/verb-patterns.json'),
): VerbPatterns {
  const raw = loadDataFile<VerbPatternsFile>(file, SCHEMA);
  const where = typeof file === 'string' ? file : file.pathname;
  const checkCode = (code: string, what: string): void => {
    if (!codebook.codes.has(code)) throw new DataFileError(where, `${what}: expected a CAMEO code of the codebook, got '${code}'`);
  };
  const verbs = new Map<string, VerbPattern[]>();
  const nouns = new Map<string, VerbPattern[]>();
  const obligations = new Map<string, VerbPattern[]>();
  const lemmas = new Set<string>();
  const objectFirsts = new Map<string, number>();
  const ids = new Set<string>();
  for (const p of raw.patterns) {
    if (ids.has(p.id)) throw new DataFileError(where, `pattern ids must be unique, '${p.id}' repeats`);
    ids.add(p.id);
    checkCode(p.code, `pattern '${p.id}'`);
    if (p.stateCode) checkCode(p.stateCode, `pattern '${p.id}' stateCode`);
    if (p.destinationCode) checkCode(p.destinationCode, `pattern '${p.id}' destinationCode`);
    const objects = (p.objects ?? []).map((o) => o.toLowerCase().split(/\s+/));
    const objectsByFirst = new Map<string, string[][]>();
    for (const o of objects) objectsByFirst.set(o[0]!, [...(objectsByFirst.get(o[0]!) ?? []), o]);
    const objectsById: (string[][] | undefined)[] = [];
    for (const [word, seqs] of objectsByFirst) {
      if (!objectFirsts.has(word)) objectFirsts.set(word, objectFirsts.size);
      objectsById[objectFirsts.get(word)!] = seqs;
    }
    const pattern: VerbPattern = {
      id: p.id,
      pos: p.pos ?? 'verb',
      lemmas: p.lemmas,
      objects,
      objectsByFirst,
      objectsById,
      particle: p.particle ?? null,
      code: p.code,
      dyadic: p.dyadic ?? true,
      placeTarget: p.placeTarget ?? false,
      domesticTarget: p.domesticTarget ?? null,
      targetPrepositions: p.targetPrepositions ? new Set(p.targetPrepositions) : null,
      stateCode: p.stateCode ?? null,
      destinationCode: p.destinationCode ?? null,
      inverse: p.inverse ?? false,
      specificity: (objects.length ? 1 : 0) + (p.particle ? 1 : 0),
    };
    const index = pattern.pos === 'verb' ? verbs : pattern.pos === 'noun' ? nouns : obligations;
    for (const lemma of p.lemmas) {
      const list = index.get(lemma) ?? [];
      list.push(pattern);
      index.set(lemma, list);
      lemmas.add(lemma);
    }
    for (const o of objects) for (const w of o) lemmas.add(w);
  }
  const shift = (name: CodeShift): ReadonlyMap<string, string> => {
    for (const [from, to] of Object.entries(raw[name])) {
      checkCode(to, `${name}['${from}']`);
    }
    return new Map(Object.entries(raw[name]));
  };
  for (const list of [...verbs.values(), ...nouns.values(), ...obligations.values()]) list.sort((a, b) => b.specificity - a.specificity);
  return {
    version: raw.version,
    verbs,
    nouns,
    obligations,
    lemmas,
    objectFirsts,
    locationTargetRoots: new Set(raw.locationTargetRoots),
    objectPlaceRoots: new Set(raw.objectPlaceRoots ?? []),
    complementTargetRoots: new Set(raw.complementTargetRoots),
    domesticTargetRoots: new Set(raw.domesticTargetRoots ?? []),
    shifts: { intent: shift('intent'), threat: shift('threat'), refuse: shift('refuse') },
  };
}

/** The code a shift turns `code` into: looked up by the code, its 3-digit parent, then its root; null when none. */
export function shiftCode(map: ReadonlyMap<string, string>, code: string): string | null {
  return map.get(code) ?? map.get(code.slice(0, 3)) ?? map.get(code.slice(0, 2)) ?? null;
}
