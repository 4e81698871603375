import { z } from 'zod';
import type { EntityType, Modality, Stance } from '../analyze/record.js';
import { dateRange } from '../store/date-range.js';

/** The modalities an event can have, as the record format names them. */
export const MODALITIES = ['asserted', 'reported', 'alleged', 'denied', 'rumored', 'expected', 'negated', 'hypothetical'] as const satisfies readonly Modality[];

/** The largest page a list returns. */
export const MAX_PAGE_SIZE = 100;

/** The claim stances, as the record format names them. */
export const STANCES = ['asserts', 'alleges', 'denies', 'confirms', 'rumor', 'expects', 'opinion'] as const satisfies readonly Stance[];

/** The entity types, as the record format names them. */
export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'PRODUCT', 'MISC'] as const satisfies readonly EntityType[];

/** The modalities the dyad series counts unless told otherwise: what is said to have happened. */
export const DEFAULT_DYAD_MODALITIES: readonly Modality[] = ['asserted', 'reported'];

const DATE = /^\d{4}(?:-W\d{2}|-\d{2}(?:-\d{2})?)?$/;

const date = (side: string) =>
  z
    .string()
    .regex(DATE, `expected an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www)`)
    .refine((s) => dateRange(s) !== null, 'expected a date that exists (month 01-12, a day of that month, week 01-53)')
    .optional()
    .describe(`Only what is dated ${side} this date (inclusive).`);

const wholeNumber = (min: number, max: number, fallback: number, description: string) =>
  z
    .string()
    .regex(/^\d{1,9}$/, 'expected a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .optional()
    .transform((n) => n ?? fallback)
    .describe(description);

/** A comma-separated list of some of `choices`, each at most once in the result. */
const listOf = <T extends string>(choices: readonly T[], what: string, description: string) =>
  z
    .string()
    .regex(new RegExp(`^(?:${choices.join('|')})(?:,(?:${choices.join('|')}))*$`), `expected a comma-separated list of ${what} (${choices.join(', ')})`)
    .transform((s) => [...new Set(s.split(','))] as T[])
    .describe(description);

const actorCode = z
  .string()
  .regex(/^[A-Za-z]{3,}$/, 'expected an actor code such as IRN or RUSGOV')
  .transform((s) => s.toUpperCase());

const modalities = listOf(MODALITIES, 'modalities', `Comma-separated modalities (${MODALITIES.join(', ')}).`);

const pageFields = {
  page: wholeNumber(1, 1_000_000, 1, 'The page, from 1.'),
  pageSize: wholeNumber(1, MAX_PAGE_SIZE, 20, `Items a page, 1 to ${MAX_PAGE_SIZE}; 20 by default.`),
};

/** An entity key as the store gives it: `kb:<id>` or `name:<TYPE>:<name>`. */
export const entityKey = z
  .string()
  .min(1)
  .max(500, 'expected an entity key of at most 500 characters')
  .regex(/^(?:kb:.+|name:[A-Z]+:.+)$/s, 'expected an entity key (kb:<knowledge-base id> or name:<TYPE>:<name>)')
  .describe('An entity key (kb:<knowledge-base id> or name:<TYPE>:<lower-cased name>), as GET /api/entities gives it.');

/** The query of `GET /api/articles`: the newest articles, or a full-text search; dates, an entity and a page narrow either. */
export const articlesQuery = z
  .object({
    q: z
      .string()
      .trim()
      .max(1000, 'expected a search query of at most 1000 characters')
      .optional()
      .transform((s) => s || undefined)
      .describe('Full-text query (SQLite FTS5 syntax: words, "phrases", OR, NOT, prefix*); without it, the newest articles.'),
    since: date('on or after'),
    until: date('on or before'),
    entity: entityKey.optional().describe('Only articles that mention this entity: an entity key (kb:<id> or name:<TYPE>:<name>) as GET /api/entities gives it.'),
    ...pageFields,
  })
  .strict();

/** The query of `GET /api/entities`: name words, a type and a page. */
export const entitiesQuery = z
  .object({
    q: z
      .string()
      .trim()
      .max(200, 'expected at most 200 characters of a name')
      .optional()
      .transform((s) => s || undefined)
      .describe("Words of the entity's name or knowledge-base id (case-insensitive)."),
    type: z.enum(ENTITY_TYPES, { error: `expected an entity type (${ENTITY_TYPES.join(', ')})` }).optional().describe(`One entity type (${ENTITY_TYPES.join(', ')}).`),
    ...pageFields,
  })
  .strict();

/** The query of `GET /api/events`: filters and a page. */
export const eventsQuery = z
  .object({
    actor: actorCode.optional().describe('Source or target actor code prefix (IRN matches IRNGOV).'),
    code: z.string().regex(/^\d{2,4}$/, 'expected 2 to 4 digits of a CAMEO code').optional().describe('CAMEO code prefix (07 is the root, 072 one code).'),
    since: date('on or after'),
    until: date('on or before'),
    modality: modalities.optional(),
    dyad: z
      .string()
      .regex(/^[A-Za-z]{3,},[A-Za-z]{3,}$/, 'expected two actor codes separated by a comma, such as IRN,RUS')
      .transform((s) => s.toUpperCase().split(',') as [string, string])
      .optional()
      .describe('Only the events between two actors (code prefixes), in either direction: IRN,RUS.'),
    ...pageFields,
  })
  .strict();

/** The path of `GET /api/dyads/:a/:b`: two actor codes. */
export const dyadParams = z.object({
  a: actorCode.describe('One actor code (prefix), e.g. IRN.'),
  b: actorCode.describe('The other actor code (prefix), e.g. RUS.'),
});

/** The query of `GET /api/dyads/:a/:b`: the period length, modalities and dates. */
export const dyadQuery = z
  .object({
    by: z
      .enum(['day', 'week', 'month'], { error: 'expected day, week or month' })
      .optional()
      .transform((s) => s ?? 'month')
      .describe('Period length: day, week or month (default).'),
    modality: modalities
      .optional()
      .transform((m) => m ?? [...DEFAULT_DYAD_MODALITIES])
      .describe(`Comma-separated modalities; ${DEFAULT_DYAD_MODALITIES.join(',')} by default (what is said to have happened).`),
    since: date('on or after'),
    until: date('on or before'),
  })
  .strict();

/** The query of `GET /api/claims`: what the claims are about, stances, dates and a page. */
export const claimsQuery = z
  .object({
    about: z
      .string()
      .trim()
      .min(1, 'expected an actor code or words')
      .max(200, 'expected at most 200 characters')
      .optional()
      .describe("An actor code (IRN) among the claim key's actors, or words of the key or of the claim's source."),
    stance: listOf(STANCES, 'stances', `Comma-separated stances (${STANCES.join(', ')}): groups with a claim of one of them.`).optional(),
    since: date('on or after'),
    until: date('on or before'),
    ...pageFields,
  })
  .strict();

/** The query of `GET /api/stories`: a date and a page. */
export const storiesQuery = z
  .object({
    since: date('on or after').describe('Only the stories with an article published on or after this date.'),
    ...pageFields,
  })
  .strict();

/** The query of `GET /api/graph`: which events make the network, and its level. */
export const graphQuery = z
  .object({
    since: date('on or after'),
    until: date('on or before'),
    quadClass: z
      .string()
      .regex(/^[1-4](?:,[1-4])*$/, 'expected a comma-separated list of quad classes 1 to 4')
      .transform((s) => [...new Set(s.split(',').map(Number))] as (1 | 2 | 3 | 4)[])
      .optional()
      .describe('Comma-separated quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.'),
    modality: modalities.optional(),
    level: z
      .enum(['country', 'actor'], { error: 'expected country or actor' })
      .optional()
      .transform((s) => s ?? 'country')
      .describe('Nodes are countries (codes starting with an ISO3 country code count for it; others stay whole; default) or whole actor codes.'),
    minEvents: wholeNumber(1, 1_000_000, 1, 'Edges with fewer events are left out; 1 by default.'),
  })
  .strict();

/** A query without parameters. */
export const noQuery = z.object({}).strict();

const optionalText = (description: string) => z.string().nullish().describe(description);

/** The JSON body of `POST /api/analyze` and `POST /api/articles`: an article. Other fields are ignored. */
export const articleBody = z.object({
  text: z.string().refine((s) => s.trim() !== '', 'expected a non-empty text').describe('The article body; every offset of the record points into it.'),
  title: optionalText('The headline.'),
  published: optionalText('Publication date or datetime (ISO 8601 or RFC 822).'),
  url: optionalText('Where the article was published.'),
  source: optionalText('The outlet.'),
  language: optionalText('ISO 639-1 language code.'),
  byline: optionalText('The author(s).'),
  id: optionalText("The article's own id; otherwise the SHA-256 of the text."),
});

/** A parsed `articleBody`. */
export type ArticleBody = z.output<typeof articleBody>;
