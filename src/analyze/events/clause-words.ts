import { dataUrl, loadDataFile } from '../../data/data-file.js';

/** What a governing word does to the event it governs. */
export type ControlKind =
  | 'intent'
  | 'threat'
  | 'refuse'
  | 'attempt'
  | 'aspect'
  | 'expected'
  | 'hypothetical'
  | 'negation';

/** The function words the events stage reads clauses with (data/events/clause-words.json). */
export interface ClauseWords {
  readonly version: string;
  readonly boundaries: ReadonlySet<string>;
  readonly backgroundBoundaries: ReadonlySet<string>;
  readonly relativePronouns: ReadonlySet<string>;
  readonly speech: ReadonlySet<string>;
  readonly nounMarkers: ReadonlySet<string>;
  readonly be: ReadonlySet<string>;
  readonly pronouns: ReadonlySet<string>;
  readonly prepositions: ReadonlySet<string>;
  readonly locationPrepositions: ReadonlySet<string>;
  readonly targetPrepositions: ReadonlySet<string>;
  readonly coordinators: ReadonlySet<string>;
  readonly skippable: ReadonlySet<string>;
  /** Control words that govern a trigger without 'to' (will, could, not). */
  readonly modals: ReadonlySet<string>;
  /** Verbs that lend their subject to a nominal event object ('paid a visit'). */
  readonly lightVerbs: ReadonlySet<string>;
  /** Head nouns that make the national word or place before them no actor ('the Russian language'). */
  readonly nonActorHeads: ReadonlySet<string>;
  /** Speech verbs whose reported obligation is a demand ('said ... must'). */
  readonly demandSpeech: ReadonlySet<string>;
  /** Verbs whose participle after 'be' is a state with an active subject, not a passive ('were engaged in', 'is involved in'). */
  readonly statives: ReadonlySet<string>;
  /** Nouns after 'by' that name a means, not a passive agent ('spoke by phone', 'annexed by force'). */
  readonly byMeans: ReadonlySet<string>;
  /** Verbs (lemmas) of motion or meeting whose subject is the source of a nominal event after 'for' ('returned to Geneva for talks'). */
  readonly purposeVerbs: ReadonlySet<string>;
  /** Verbs (lemmas) that ask their object to act ('urged Israel to open'): the act after 'to' is only asked for. */
  readonly objectControls: ReadonlySet<string>;
  /**
   * Participles that open a reduced relative describing a person by a charge ('a man convicted of
   * spying for Israel'): the actors inside it are no target of the clause's event.
   */
  readonly chargeParticiples: ReadonlySet<string>;
  /** Nouns of a place that 'of' joins to its name inside a locative phrase ('in the city of Basra', 'on the outskirts of Kabul'). */
  readonly placeNouns: ReadonlySet<string>;
  readonly controls: ReadonlyMap<string, ControlKind>;
  /** Code changes for an attempted act ('tried to assassinate': 186 -> 185). */
  readonly attempt: ReadonlyMap<string, string>;
  /** Head noun -> CAMEO sector. */
  readonly sectorHeads: ReadonlyMap<string, string>;
}

interface ClauseWordsFile {
  readonly version: string;
  readonly controls: Readonly<Record<string, ControlKind>>;
  readonly attempt: Readonly<Record<string, string>>;
  readonly sectorHeads: Readonly<Record<string, readonly string[]>>;
  readonly [list: string]: unknown;
}

const LISTS = [
  'boundaries',
  'backgroundBoundaries',
  'relativePronouns',
  'speech',
  'nounMarkers',
  'be',
  'pronouns',
  'prepositions',
  'locationPrepositions',
  'targetPrepositions',
  'coordinators',
  'skippable',
  'modals',
  'lightVerbs',
  'nonActorHeads',
  'demandSpeech',
  'statives',
  'byMeans',
  'purposeVerbs',
  'objectControls',
  'chargeParticiples',
  'placeNouns',
] as const;

const WORDS = { type: 'array', items: { type: 'string', minLength: 1 } } as const;

const SCHEMA = {
  type: 'object',
  required: ['version', 'controls', 'attempt', 'sectorHeads', ...LISTS],
  properties: {
    version: { type: 'string', minLength: 1 },
    ...Object.fromEntries(LISTS.map((l) => [l, WORDS])),
    controls: {
      type: 'object',
      additionalProperties: {
        enum: ['intent', 'threat', 'refuse', 'attempt', 'aspect', 'expected', 'hypothetical', 'negation'],
      },
    },
    attempt: { type: 'object', additionalProperties: { type: 'string', pattern: '^[0-9]{2,4}$' } },
    sectorHeads: { type: 'object', propertyNames: { pattern: '^[A-Z]{3}$' }, additionalProperties: WORDS },
  },
} as const;

/** Loads and schema-checks the clause words (throws DataFileError naming the file on a bad one). */
export function loadClauseWords(file: URL | string = dataUrl('events/clause-words.json')): ClauseWords {
  const raw = loadDataFile<ClauseWordsFile>(file, SCHEMA);
  const set = (name: (typeof LISTS)[number]): ReadonlySet<string> => new Set(raw[name] as readonly string[]);
  const sectorHeads = new Map<string, string>();
  for (const [sector, heads] of Object.entries(raw.sectorHeads)) for (const h of heads) sectorHeads.set(h, sector);
  return {
    version: raw.version,
    boundaries: set('boundaries'),
    backgroundBoundaries: set('backgroundBoundaries'),
    relativePronouns: set('relativePronouns'),
    speech: set('speech'),
    nounMarkers: set('nounMarkers'),
    be: set('be'),
    pronouns: set('pronouns'),
    prepositions: set('prepositions'),
    locationPrepositions: set('locationPrepositions'),
    targetPrepositions: set('targetPrepositions'),
    coordinators: set('coordinators'),
    skippable: set('skippable'),
    modals: set('modals'),
    lightVerbs: set('lightVerbs'),
    nonActorHeads: set('nonActorHeads'),
    demandSpeech: set('demandSpeech'),
    statives: set('statives'),
    byMeans: set('byMeans'),
    purposeVerbs: set('purposeVerbs'),
    objectControls: set('objectControls'),
    chargeParticiples: set('chargeParticiples'),
    placeNouns: set('placeNouns'),
    controls: new Map(Object.entries(raw.controls)),
    attempt: new Map(Object.entries(raw.attempt)),
    sectorHeads,
  };
}
