import type { AnySchema } from 'ajv';
import { loadDataFile } from '../src/data/data-file.js';

/** A country with the forms the generator swaps together. */
export interface CountryVariant {
  readonly name: string;
  readonly demonym: string;
  readonly capital: string;
  /** Short adjectival forms ("U.S.") that stand for the demonym. */
  readonly adjectives?: readonly string[];
}

/** A person; `short` is how later mentions name them (the last word by default). */
export interface PersonVariant {
  readonly name: string;
  readonly short?: string;
}

/** The interchangeable names the corpus generator draws from (bench/variants.json). */
export interface Variants {
  readonly version: string;
  readonly countries: readonly CountryVariant[];
  readonly people: readonly PersonVariant[];
  readonly outlets: readonly string[];
  readonly cities: readonly string[];
  readonly institutes: readonly string[];
  /** Publication names for the articles' `source` field. */
  readonly sources: readonly string[];
}

const names = { type: 'array', minItems: 2, items: { type: 'string', minLength: 1 } };

const schema: AnySchema = {
  type: 'object',
  required: ['version', 'countries', 'people', 'outlets', 'cities', 'institutes', 'sources'],
  properties: {
    version: { type: 'string' },
    countries: {
      type: 'array',
      minItems: 2,
      items: {
        type: 'object',
        required: ['name', 'demonym', 'capital'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', minLength: 1 },
          demonym: { type: 'string', minLength: 1 },
          capital: { type: 'string', minLength: 1 },
          adjectives: { type: 'array', items: { type: 'string', minLength: 1 } },
        },
      },
    },
    people: {
      type: 'array',
      minItems: 2,
      items: {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: { name: { type: 'string', minLength: 1 }, short: { type: 'string', minLength: 1 } },
      },
    },
    outlets: names,
    cities: names,
    institutes: names,
    sources: names,
  },
};

/** Loads and schema-checks the generator's name lists; throws DataFileError naming the file on a bad one. */
export function loadVariants(file: URL = new URL('./variants.json', import.meta.url)): Variants {
  return loadDataFile<Variants>(file, schema);
}
