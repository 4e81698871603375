import { z } from 'zod';
import type { Modality } from '../analyze/record.js';

/** The modalities an event can have, as the record format names them. */
export const MODALITIES = ['asserted', 'reported', 'alleged', 'denied', 'rumored', 'expected', 'negated', 'hypothetical'] as const satisfies readonly Modality[];

/** The largest page a list returns. */
export const MAX_PAGE_SIZE = 100;

const DATE = /^\d{4}(?:-W\d{2}|-\d{2}(?:-\d{2})?)?$/;

const date = (side: string) =>
  z
    .string()
    .regex(DATE, `expected an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www)`)
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

const pageFields = {
  page: wholeNumber(1, 1_000_000, 1, 'The page, from 1.'),
  pageSize: wholeNumber(1, MAX_PAGE_SIZE, 20, `Items a page, 1 to ${MAX_PAGE_SIZE}; 20 by default.`),
};

/** The query of `GET /api/articles`: a full-text search with dates and a page. */
export const articlesQuery = z
  .object({
    q: z.string().trim().min(1, 'expected a search query').max(1000).describe('Full-text query (SQLite FTS5 syntax: words, "phrases", OR, NOT, prefix*).'),
    since: date('on or after'),
    until: date('on or before'),
    ...pageFields,
  })
  .strict();

/** The query of `GET /api/events`: filters and a page. */
export const eventsQuery = z
  .object({
    actor: z
      .string()
      .regex(/^[A-Za-z]{3,}$/, 'expected an actor code such as IRN or RUSGOV')
      .transform((s) => s.toUpperCase())
      .optional()
      .describe('Source or target actor code prefix (IRN matches IRNGOV).'),
    code: z.string().regex(/^\d{2,4}$/, 'expected 2 to 4 digits of a CAMEO code').optional().describe('CAMEO code prefix (07 is the root, 072 one code).'),
    since: date('on or after'),
    until: date('on or before'),
    modality: z
      .string()
      .regex(new RegExp(`^(?:${MODALITIES.join('|')})(?:,(?:${MODALITIES.join('|')}))*$`), `expected a comma-separated list of ${MODALITIES.join(', ')}`)
      .transform((s) => s.split(',') as Modality[])
      .optional()
      .describe(`Comma-separated modalities (${MODALITIES.join(', ')}).`),
    ...pageFields,
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
