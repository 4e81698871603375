import { fileURLToPath } from 'node:url';
import { DataFileError, dataUrl, loadDataFile } from '../data/data-file.js';

/** What the HTML reader removes from a page (data/read/boilerplate.json). */
export interface BoilerplateRules {
  readonly version: string;
  /** Tag names (lower case) removed with their content. */
  readonly removeTags: ReadonlySet<string>;
  /** ARIA roles whose elements are removed. */
  readonly removeRoles: ReadonlySet<string>;
  /** Class/id tokens (lower case) marking a boilerplate container. */
  readonly classTokens: ReadonlySet<string>;
  /** Tag names and class/id tokens (lower case) marking a container removed only when its text is short. */
  readonly shortBlockTokens: ReadonlySet<string>;
  /** Patterns a short block's text matches when it is a teaser, share line or notice. */
  readonly paragraphPatterns: readonly RegExp[];
  /** Patterns of a short block (a comments heading) where the article ends: it and all after it go. */
  readonly endPatterns: readonly RegExp[];
  /** Longest block text (characters) the paragraph patterns may remove. */
  readonly maxBoilerplateLength: number;
}

interface RulesFile {
  readonly version: string;
  readonly removeTags: readonly string[];
  readonly removeRoles: readonly string[];
  readonly classTokens: readonly string[];
  readonly shortBlockTokens: readonly string[];
  readonly paragraphPatterns: readonly string[];
  readonly endPatterns: readonly string[];
  readonly maxBoilerplateLength: number;
}

const strings = { type: 'array', items: { type: 'string', minLength: 1 } } as const;

const SCHEMA = {
  type: 'object',
  required: ['version', 'removeTags', 'removeRoles', 'classTokens', 'shortBlockTokens', 'paragraphPatterns', 'endPatterns', 'maxBoilerplateLength'],
  properties: {
    version: { type: 'string', minLength: 1 },
    description: { type: 'string' },
    removeTags: strings,
    removeRoles: strings,
    classTokens: strings,
    shortBlockTokens: strings,
    paragraphPatterns: strings,
    endPatterns: strings,
    maxBoilerplateLength: { type: 'integer', minimum: 1 },
  },
  additionalProperties: false,
} as const;

function pattern(file: string, key: string, source: string): RegExp {
  try {
    return new RegExp(source, 'iu');
  } catch (e) {
    throw new DataFileError(file, `${key}: expected a regular expression, got ${JSON.stringify(source)} (${(e as Error).message})`);
  }
}

let cached: BoilerplateRules | null = null;

/** The bundled boilerplate rules, loaded and schema-checked once. */
export function boilerplateRules(): BoilerplateRules {
  if (cached) return cached;
  const url = dataUrl('read/boilerplate.json');
  const path = fileURLToPath(url);
  const file = loadDataFile<RulesFile>(url, SCHEMA);
  const lower = (xs: readonly string[]): ReadonlySet<string> => new Set(xs.map((x) => x.toLowerCase()));
  cached = {
    version: file.version,
    removeTags: lower(file.removeTags),
    removeRoles: lower(file.removeRoles),
    classTokens: lower(file.classTokens),
    shortBlockTokens: lower(file.shortBlockTokens),
    paragraphPatterns: file.paragraphPatterns.map((p) => pattern(path, 'paragraphPatterns', p)),
    endPatterns: file.endPatterns.map((p) => pattern(path, 'endPatterns', p)),
    maxBoilerplateLength: file.maxBoilerplateLength,
  };
  return cached;
}
