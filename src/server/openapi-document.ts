import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  articleBody,
  articlesQuery,
  claimsQuery,
  dyadParams,
  dyadQuery,
  entitiesQuery,
  entityKey,
  eventsQuery,
  graphQuery,
  MAX_PAGE_SIZE,
  storiesQuery,
} from './api-schemas.js';
import { RECORD_REF, ref, RESPONSE_SCHEMAS, type Json, type JsonObject } from './openapi-components.js';
import { ARTICLE_TYPES } from './request-article.js';

const RECORD_SCHEMA = new URL('../../schema/analysis-record.schema.json', import.meta.url);

/** The record's JSON Schema as an OpenAPI component: its own `#/definitions/…` references re-rooted. */
function recordComponent(): JsonObject {
  const text = readFileSync(RECORD_SCHEMA, 'utf8').replaceAll('"#/definitions/', `"${RECORD_REF}/definitions/`);
  const { $schema: _schema, $id: _id, ...schema } = JSON.parse(text) as JsonObject;
  return schema;
}

function jsonSchema(schema: z.ZodType): JsonObject {
  const { $schema: _schema, ...rest } = z.toJSONSchema(schema, { io: 'input' }) as JsonObject;
  return rest;
}

function parameters(schema: z.ZodObject, where: 'query' | 'path'): Json[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const { description, ...fieldSchema } = jsonSchema(field as z.ZodType);
    return { name, in: where, required: where === 'path' || !(field as z.ZodType).safeParse(undefined).success, description: description ?? null, schema: fieldSchema };
  });
}

const queryParameters = (schema: z.ZodObject): Json[] => parameters(schema, 'query');
const json = (schema: Json, description: string): JsonObject => ({ description, content: { 'application/json': { schema } } });
const error = (description: string): JsonObject => json(ref('Error'), description);
const pageOf = (item: string): JsonObject => ({
  type: 'object',
  required: ['items', 'page', 'pageSize', 'hasMore'],
  properties: {
    items: { type: 'array', items: ref(item) },
    page: { type: 'integer', minimum: 1 },
    pageSize: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE },
    hasMore: { type: 'boolean', description: 'Whether the next page has items.' },
  },
});

const articleRequest: JsonObject = {
  required: true,
  description: `The article: plain text (an optional first line "date YYYY-MM-DD Title" gives date and title), an HTML page (its main text and metadata are read), or JSON. At most the body limit (2 MB by default).`,
  content: {
    'text/plain': { schema: { type: 'string' } },
    'text/html': { schema: { type: 'string' } },
    'application/json': { schema: ref('ArticleBody') },
  },
};

const badParams = error('A parameter is unknown or invalid (bad-params).');

const writeErrors: JsonObject = {
  '400': error('The body is not valid JSON, has no text, or is empty or binary.'),
  '401': error('A token is required (the server listens beyond loopback) and was missing or wrong.'),
  '413': error('The body is larger than the limit.'),
  '415': error(`The Content-Type is not one of ${ARTICLE_TYPES.join(', ')}.`),
  '429': error('Too many analyses from this address; see Retry-After.'),
  '503': error('The analysis queue is full or the analysis worker is unavailable.'),
  '504': error('The analysis took longer than the time limit.'),
};

/** The OpenAPI 3.1 document of the HTTP API: query parameters and bodies come from the zod schemas that validate them. */
export function openApiDocument(version: string): JsonObject {
  return {
    openapi: '3.1.0',
    info: {
      title: 'newsgraph API',
      version,
      description: 'Who did what to whom, who says so, when and where, with the evidence. Errors are JSON {error, detail}; lists are pages {items, page, pageSize, hasMore}.',
    },
    components: {
      securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'Required on POST when the server was started with a token (always when it listens beyond loopback).' } },
      schemas: {
        AnalysisRecord: recordComponent(),
        ArticleBody: jsonSchema(articleBody),
        Error: {
          type: 'object',
          required: ['error', 'detail'],
          properties: { error: { type: 'string', description: 'A machine-readable code.' }, detail: { type: 'string', description: 'What was expected and what came.' } },
        },
        ...RESPONSE_SCHEMAS,
        PutResult: {
          type: 'object',
          required: ['id', 'outcome'],
          properties: { id: { type: 'string' }, outcome: { enum: ['stored', 'unchanged', 'replaced'] } },
        },
        KeyCount: { type: 'object', required: ['key', 'count'], properties: { key: { type: 'string' }, count: { type: 'integer' } } },
        StoreStats: {
          type: 'object',
          required: ['articles', 'entities', 'mentions', 'quotes', 'claims', 'events', 'times', 'eventsByRoot', 'topActors', 'published'],
          properties: {
            ...Object.fromEntries(['articles', 'entities', 'mentions', 'quotes', 'claims', 'events', 'times'].map((k) => [k, { type: 'integer', minimum: 0 }])),
            eventsByRoot: { type: 'array', items: ref('KeyCount') },
            topActors: { type: 'array', items: ref('KeyCount') },
            published: {
              oneOf: [{ type: 'null' }, { type: 'object', required: ['first', 'last'], properties: { first: { type: 'string' }, last: { type: 'string' } } }],
            },
          },
        },
      },
    },
    paths: {
      '/api/analyze': {
        post: {
          summary: 'Analyse an article; nothing is stored.',
          security: [{}, { token: [] }],
          requestBody: articleRequest,
          responses: { '200': json({ $ref: RECORD_REF }, 'The analysis record.'), ...writeErrors },
        },
      },
      '/api/articles': {
        post: {
          summary: 'Analyse an article and store it (the same article twice changes nothing).',
          security: [{}, { token: [] }],
          requestBody: articleRequest,
          responses: {
            '201': json(ref('PutResult'), 'A new article was stored.'),
            '200': json(ref('PutResult'), 'The article was known: unchanged, or its analysis replaced.'),
            ...writeErrors,
          },
        },
        get: {
          summary: 'The stored articles, newest first; with q, a full-text search, best first. Dates and an entity narrow either.',
          parameters: queryParameters(articlesQuery),
          responses: {
            '200': json({ oneOf: [pageOf('ArticleSummary'), pageOf('SearchHit')] }, 'A page of articles (without q) or of search hits (with q).'),
            '400': error('A parameter is invalid, or the query is not valid FTS syntax (bad-query).'),
          },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: "A stored article's analysis record, rebuilt exactly.",
          parameters: [{ name: 'id', in: 'path', required: true, description: 'The article id or a unique prefix of it.', schema: { type: 'string', minLength: 1 } }],
          responses: {
            '200': json({ $ref: RECORD_REF }, 'The analysis record.'),
            '400': error('The prefix matches several articles.'),
            '404': error('No stored article has this id or prefix.'),
          },
        },
      },
      '/api/events': {
        get: {
          summary: 'Stored events, newest first, filtered by actor, dyad, CAMEO code, date and modality.',
          parameters: queryParameters(eventsQuery),
          responses: { '200': json(pageOf('StoredEvent'), 'A page of events.'), '400': badParams },
        },
      },
      '/api/entities': {
        get: {
          summary: 'Entities across the corpus, in the most articles first.',
          parameters: queryParameters(entitiesQuery),
          responses: { '200': json(pageOf('EntitySummary'), 'A page of entities.'), '400': badParams },
        },
      },
      '/api/entities/{key}': {
        get: {
          summary: 'Everything the corpus says of one entity: roles, timeline, related entities, claims, quotes, articles.',
          parameters: [{ name: 'key', in: 'path', required: true, description: `${entityKey.description ?? ''} URL-encoded.`, schema: { type: 'string', minLength: 1 } }],
          responses: {
            '200': json(ref('EntityProfile'), 'The profile.'),
            '400': error('The key is not an entity key.'),
            '404': error('No stored article mentions an entity with this key.'),
          },
        },
      },
      '/api/dyads/{a}/{b}': {
        get: {
          summary: 'The events between two actors per period, either direction, an event carried by several articles of a story counted once.',
          parameters: [...parameters(dyadParams, 'path'), ...queryParameters(dyadQuery)],
          responses: { '200': json(ref('DyadSeries'), 'The series (periods without events left out).'), '400': badParams },
        },
      },
      '/api/claims': {
        get: {
          summary: 'Claims grouped by claim key (one claim, who makes it, who denies it), the groups carried by the most articles first.',
          parameters: queryParameters(claimsQuery),
          responses: { '200': json(pageOf('ClaimGroup'), 'A page of claim groups.'), '400': badParams },
        },
      },
      '/api/stories': {
        get: {
          summary: 'Articles grouped by the event they report, by story number, each story with its articles.',
          parameters: queryParameters(storiesQuery),
          responses: { '200': json(pageOf('Story'), 'A page of stories.'), '400': badParams },
        },
      },
      '/api/graph': {
        get: {
          summary: 'The actor network: actors as nodes, directed dyads as edges weighted by their events.',
          parameters: queryParameters(graphQuery),
          responses: { '200': json(ref('ActorGraph'), 'The network.'), '400': badParams },
        },
      },
      '/api/stats': {
        get: { summary: 'Counts of what the store holds.', responses: { '200': json(ref('StoreStats'), 'The counts.'), '400': badParams } },
      },
      '/api/openapi.json': {
        get: { summary: 'This document.', responses: { '200': { description: 'The OpenAPI 3.1 document.', content: { 'application/json': {} } } } },
      },
    },
  };
}
