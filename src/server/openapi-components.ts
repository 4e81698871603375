import { MODALITIES } from './api-schemas.js';

/** A JSON value, as the OpenAPI document is built of. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** A JSON object. */
export type JsonObject = { readonly [key: string]: Json };

/** Where the analysis record's schema sits in the document. */
export const RECORD_REF = '#/components/schemas/AnalysisRecord';

/** A reference to a component schema. */
export const ref = (name: string): JsonObject => ({ $ref: `#/components/schemas/${name}` });

const recordDefinition = (name: string): JsonObject => ({ $ref: `${RECORD_REF}/definitions/${name}` });
const nullable = (type: string): JsonObject => ({ type: [type, 'null'] });
const count = (description?: string): JsonObject => ({ type: 'integer', minimum: 0, ...(description ? { description } : {}) });
const share = (description: string): JsonObject => ({ type: 'number', minimum: 0, maximum: 1, description });
const list = (items: JsonObject, description?: string): JsonObject => ({ type: 'array', items, ...(description ? { description } : {}) });

/** An object schema whose properties are all required. */
function object(properties: Readonly<Record<string, JsonObject>>, description?: string): JsonObject {
  return { type: 'object', required: Object.keys(properties), properties, ...(description ? { description } : {}) };
}

const articleSummary = {
  id: { type: 'string' },
  title: nullable('string'),
  published: nullable('string'),
  source: nullable('string'),
  url: nullable('string'),
} satisfies Record<string, JsonObject>;

const entitySummary = {
  key: { type: 'string', description: 'kb:<knowledge-base id> when linked, else name:<TYPE>:<lower-cased name>.' },
  name: { type: 'string', description: 'The name most records give it.' },
  type: { enum: ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'PRODUCT', 'MISC'] },
  kbId: nullable('string'),
  country: nullable('string'),
  articles: count('Articles that mention it.'),
  mentions: count('Mentions over those articles.'),
} satisfies Record<string, JsonObject>;

const party = recordDefinition('party');

/** The response schemas of the reading routes, by component name. */
export const RESPONSE_SCHEMAS: Readonly<Record<string, JsonObject>> = {
  SearchHit: object({
    ...articleSummary,
    snippet: { type: 'string', description: 'A passage with the matched terms marked «like this».' },
    score: { type: 'number', description: 'Relevance (BM25): higher is better.' },
  }),
  ArticleSummary: object(articleSummary, 'A stored article as lists show it.'),
  StoredEvent: {
    allOf: [
      { $ref: `${RECORD_REF}/properties/events/items` },
      object({
        articleId: { type: 'string' },
        index: { type: 'integer', minimum: 0, description: "The event's index in its record's events." },
        articleTitle: nullable('string'),
        published: nullable('string'),
        url: nullable('string'),
        outlet: { type: ['string', 'null'], description: "The article's outlet." },
        story: { type: ['integer', 'null'], description: "The article's story; null until linked." },
        copyOf: { type: ['string', 'null'], description: 'The earliest article this one copies; null for an original.' },
      }),
    ],
  },
  EntitySummary: object(entitySummary, 'An entity across the corpus: every record’s entity with the same key taken as one.'),
  StoredClaim: object({
    articleId: { type: 'string' },
    index: { type: 'integer', minimum: 0, description: "The claim's index in its record's claims." },
    text: { type: 'string' },
    source: party,
    via: { oneOf: [{ type: 'null' }, party] },
    cue: { type: 'string' },
    stance: { enum: ['asserts', 'alleges', 'denies', 'confirms', 'rumor', 'expects', 'opinion'] },
    key: { type: 'string', description: 'The claim key (actors|root|object); empty when the record has none.' },
    denies: { type: ['integer', 'null'], description: 'Index in the same record of the claim this one denies.' },
    confirms: { type: ['integer', 'null'], description: 'Index in the same record of the claim this one confirms.' },
    articleTitle: nullable('string'),
    published: nullable('string'),
    outlet: nullable('string'),
  }),
  StoredQuote: object({
    articleId: { type: 'string' },
    index: { type: 'integer', minimum: 0 },
    text: { type: 'string' },
    kind: { enum: ['direct', 'partial'] },
    speaker: { type: ['string', 'null'], description: "The speaker's entity id in its record." },
    speakerName: nullable('string'),
    published: nullable('string'),
    articleTitle: nullable('string'),
  }),
  EntityProfile: object({
    entity: ref('EntitySummary'),
    roles: list(ref('KeyCount'), 'Knowledge-base roles the records gave it, most frequent first.'),
    timeline: list(object({ period: { type: 'string', description: 'YYYY-MM, or unknown for undated articles.' }, articles: count(), mentions: count() }), 'Articles and mentions per month, in order.'),
    related: list({ allOf: [ref('EntitySummary'), object({ shared: count('Articles mentioning both.') })] }, 'Entities in the most of the same articles, at most 20.'),
    claimsBy: list(ref('StoredClaim'), 'Claims it makes, newest first, at most 50.'),
    claimsAbout: list(ref('StoredClaim'), 'Claims that mention it, newest first, at most 50.'),
    quotes: list(ref('StoredQuote'), 'Quotes it speaks, newest first, at most 50.'),
    articles: list(ref('ArticleSummary'), 'The newest articles that mention it, at most 20.'),
  }),
  ClaimGroup: object(
    {
      key: { type: 'string' },
      claims: list(ref('StoredClaim'), 'Oldest article first.'),
      sources: list({ type: 'string' }, 'Distinct claim sources, in order of first appearance.'),
      outlets: list({ type: 'string' }, 'Distinct outlets that carry it.'),
      stances: list(ref('KeyCount'), 'Claims per stance.'),
      first: nullable('string'),
      last: nullable('string'),
    },
    'The claims of the corpus that share one claim key: one claim, who makes it, who denies it.',
  ),
  Story: object({
    story: { type: 'integer', minimum: 0 },
    copies: count('Articles that copy another article of the corpus.'),
    sources: list({ type: 'string' }, 'Distinct sources (outlet, else URL host), in order of first appearance.'),
    first: { type: ['string', 'null'], description: 'The earliest publication date of its articles.' },
    title: { type: ['string', 'null'], description: 'The title of its earliest article.' },
    articles: list(
      object({
        ...articleSummary,
        copyOf: { type: ['string', 'null'], description: 'The earlier article this one copies; null for an original.' },
        similarity: { type: ['number', 'null'], minimum: 0, maximum: 1, description: 'Estimated overlap with the article it copies.' },
      }),
      'In the order they were stored.',
    ),
  }),
  DyadPeriod: object({
    period: { type: 'string', description: 'YYYY-MM-DD (day), YYYY-Www (ISO week) or YYYY-MM (month).' },
    events: count('Distinct events: one event carried by several articles of a story counts once.'),
    mentions: count('Distinct sentences reporting the events.'),
    articles: count('Distinct articles with an event.'),
    sources: count('Distinct outlets with an event.'),
    meanGoldstein: { type: 'number', minimum: -10, maximum: 10 },
    cooperation: share('Share of events of quad class 1 or 2.'),
    conflict: share('Share of events of quad class 3 or 4.'),
    evidence: object(
      {
        text: { type: 'string' },
        code: { type: 'string' },
        label: { type: 'string' },
        source: { type: 'string' },
        target: { type: 'string' },
        articleId: { type: 'string' },
        mentions: count(),
      },
      'The earliest mention of the most reported event of the period.',
    ),
  }),
  DyadSeries: object({
    dyad: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 2 },
    by: { enum: ['day', 'week', 'month'] },
    modality: list({ enum: [...MODALITIES] }),
    periods: list(ref('DyadPeriod'), 'The periods with events, in time order.'),
  }),
  ActorGraph: object({
    nodes: list(object({ id: { type: 'string', description: 'An actor code, or its country part at level country.' }, events: count('Events it takes part in.') })),
    edges: list(
      object({
        source: { type: 'string' },
        target: { type: 'string' },
        events: count('Events from source to target.'),
        goldstein: { type: 'number', description: 'Mean Goldstein score of its events.' },
        quadClasses: { type: 'array', items: { type: 'integer', minimum: 0 }, minItems: 4, maxItems: 4, description: 'Events per quad class 1 to 4.' },
      }),
      'Directed dyads: source acts on target.',
    ),
  }),
};
