import { Ajv, type ValidateFunction } from 'ajv';
import { KbFileError } from './kb-file-error.js';

const ISO3 = { type: 'string', pattern: '^[A-Z]{3}$' } as const;
const DATE = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } as const;
const TYPE = { enum: ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'PRODUCT', 'MISC'] } as const;

const ROLE = {
  type: 'object',
  required: ['office', 'title', 'country', 'from'],
  additionalProperties: false,
  properties: {
    office: { type: 'string', minLength: 1 },
    title: { type: 'string', minLength: 1 },
    country: ISO3,
    sector: { type: 'string', pattern: '^[A-Z]{3}$' },
    from: DATE,
    to: { anyOf: [DATE, { type: 'null' }] },
  },
} as const;

const ENTRY = {
  type: 'object',
  required: ['id', 'type'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9]+(/[A-Za-z0-9._-]+)+$' },
    name: { type: 'string', minLength: 1 },
    aliases: { type: 'array', items: { type: 'string', minLength: 1 } },
    type: TYPE,
    country: { anyOf: [ISO3, { type: 'null' }] },
    sector: { anyOf: [{ type: 'string', pattern: '^[A-Z]{3}$' }, { type: 'null' }] },
    actor: { anyOf: [{ type: 'string', pattern: '^[A-Z]{3,15}$' }, { type: 'null' }] },
    roles: { type: 'array', items: ROLE },
    metonym: { type: 'boolean' },
    source: { type: 'string' },
  },
} as const;

/** JSON Schema of an entry file of data/kb (and of a user's `--kb extra.json`). */
export const ENTRY_FILE_SCHEMA = {
  type: 'object',
  required: ['version', 'entries'],
  additionalProperties: false,
  properties: {
    version: { type: 'string', minLength: 1 },
    description: { type: 'string' },
    matching: { enum: ['text', 'recognised-names'] },
    source: { type: 'string' },
    entries: { type: 'array', items: ENTRY },
  },
} as const;

/** JSON Schema of data/kb/name-cues.json. */
export const CUES_FILE_SCHEMA = {
  type: 'object',
  required: ['version', 'titles', 'orgFinal', 'orgInitial', 'locFinal', 'facFinal', 'particles', 'functionWords', 'actorVerbs', 'leaderOffices', 'ceremonialPresidents', 'rulingMonarchies', 'sportsWords', 'teamVerbs', 'eventFinal', 'eventInitial', 'orgBefore', 'mediaFinal', 'surnames', 'religions', 'groupNouns'],
  additionalProperties: false,
  properties: {
    version: { type: 'string', minLength: 1 },
    description: { type: 'string' },
    titles: {
      type: 'array',
      items: {
        type: 'object',
        required: ['words', 'sector'],
        additionalProperties: false,
        properties: {
          words: { type: 'string', minLength: 1 },
          office: { type: ['string', 'null'] },
          sector: { anyOf: [{ type: 'string', pattern: '^[A-Z]{3}$' }, { type: 'null' }] },
          country: ISO3,
        },
      },
    },
    orgFinal: { type: 'array', items: { type: 'string' } },
    orgInitial: { type: 'array', items: { type: 'string' } },
    locFinal: { type: 'array', items: { type: 'string' } },
    facFinal: { type: 'array', items: { type: 'string' } },
    particles: { type: 'array', items: { type: 'string' } },
    functionWords: { type: 'array', items: { type: 'string' } },
    actorVerbs: { type: 'array', items: { type: 'string' } },
    leaderOffices: { type: 'array', items: { type: 'string' } },
    ceremonialPresidents: { type: 'array', items: { type: 'string', pattern: '^[A-Z]{3}$' } },
    rulingMonarchies: { type: 'array', items: { type: 'string', pattern: '^[A-Z]{3}$' } },
    sportsWords: { type: 'array', items: { type: 'string' } },
    teamVerbs: { type: 'array', items: { type: 'string' } },
    eventFinal: { type: 'array', items: { type: 'string' } },
    eventInitial: { type: 'array', items: { type: 'string' } },
    orgBefore: { type: 'array', items: { type: 'string' } },
    mediaFinal: { type: 'array', items: { type: 'string' } },
    surnames: { type: 'array', items: { type: 'string' } },
    religions: { type: 'array', items: { type: 'string' } },
    groupNouns: { type: 'object', additionalProperties: { anyOf: [{ type: 'string', pattern: '^[A-Z]{3}$' }, { type: 'null' }] } },
  },
} as const;

/** JSON Schema of a word-list file of data/kb (given names, common words): one joined string of lines. */
export const WORDS_FILE_SCHEMA = {
  type: 'object',
  required: ['version'],
  additionalProperties: false,
  properties: {
    version: { type: 'string', minLength: 1 },
    source: { type: 'string' },
    names: { type: 'string' },
    male: { type: 'string' },
    female: { type: 'string' },
    words: { type: 'string' },
  },
} as const;

/** JSON Schema of data/kb/cities.json: one joined string of `name<TAB>ISO3<TAB>population` lines. */
export const CITIES_FILE_SCHEMA = {
  type: 'object',
  required: ['version', 'cities'],
  additionalProperties: false,
  properties: {
    version: { type: 'string', minLength: 1 },
    source: { type: 'string' },
    minPopulation: { type: 'integer' },
    cities: { type: 'string' },
  },
} as const;

/**
 * JSON Schema of data/kb/people.json: the people of the Phoenix dictionaries, one string of tab-separated
 * fields each, checked by `personEntries` (the file, the person's number and id, and the field on error).
 */
export const PEOPLE_FILE_SCHEMA = {
  type: 'object',
  required: ['version', 'people'],
  additionalProperties: false,
  properties: {
    version: { type: 'string', minLength: 1 },
    description: { type: 'string' },
    source: { type: 'string' },
    people: { type: 'array', minItems: 1, items: { type: 'string' } },
  },
} as const;

const ajv = new Ajv({ allErrors: false });
const validators = new Map<object, ValidateFunction>();

/**
 * Checks parsed JSON against a schema; throws a KbFileError naming the file, what was expected
 * and what came when it does not fit.
 */
export function checkKbFile<T>(file: string, data: unknown, schema: object, expected: string): T {
  let validate = validators.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    validators.set(schema, validate);
  }
  if (!validate(data)) {
    const e = validate.errors?.[0];
    const got = e ? `${e.instancePath || '(top level)'} ${e.message ?? 'is invalid'}` : 'an invalid document';
    throw new KbFileError(file, expected, got);
  }
  return data as T;
}
