import { Hono } from 'hono';
import { storeDyadSeries } from '../corpus/dyad-series.js';
import type { SearchHit, Store } from '../store/store.js';
import { ApiError } from './api-error.js';
import { articlesQuery, claimsQuery, dyadParams, dyadQuery, entitiesQuery, entityKey, eventsQuery, graphQuery, noQuery, storiesQuery } from './api-schemas.js';
import { storiesWithArticles } from './stories-with-articles.js';
import { validate } from './validate.js';

/** A page request: which page and how many items a page. */
interface PageQuery {
  readonly page: number;
  readonly pageSize: number;
}

/** The answer of a list route: one page of items and whether another follows. */
interface Page<T> {
  readonly items: readonly T[];
  readonly page: number;
  readonly pageSize: number;
  readonly hasMore: boolean;
}

/** Search hits read a chunk at a time when they must also pass an entity filter. */
const SEARCH_CHUNK = 200;

function page<T>(items: readonly T[], query: PageQuery): Page<T> {
  return { items: items.slice(0, query.pageSize), page: query.page, pageSize: query.pageSize, hasMore: items.length > query.pageSize };
}

/** Store bounds for a page: one item more than the page, to tell whether another follows. */
const bounds = (query: PageQuery) => ({ limit: query.pageSize + 1, offset: (query.page - 1) * query.pageSize });

/** The page of search hits whose articles are among `ids`, reading the hits a chunk at a time. */
async function searchAmong(store: Store, q: string, ids: ReadonlySet<string>, options: { readonly since?: string; readonly until?: string }, query: PageQuery): Promise<Page<SearchHit>> {
  const { limit, offset } = bounds(query);
  const kept: SearchHit[] = [];
  for (let at = 0; kept.length < offset + limit; at += SEARCH_CHUNK) {
    const hits = await store.search(q, { ...options, limit: SEARCH_CHUNK, offset: at });
    kept.push(...hits.filter((h) => ids.has(h.id)));
    if (hits.length < SEARCH_CHUNK) break;
  }
  return page(kept.slice(offset), query);
}

/**
 * The reading routes of the API (every `GET /api/...` but the OpenAPI document), over a store.
 * `link` brings the corpus links (stories, copies) up to date before the routes that count by story.
 */
export function readRoutes(store: Store, link: () => Promise<void>): Hono {
  const routes = new Hono();

  routes.get('/articles', async (c) => {
    const { q, entity, since, until, ...query } = validate(articlesQuery, c.req.query(), 'bad-params');
    if (q === undefined) return c.json(page(await store.listArticles({ since, until, entity, ...bounds(query) }), query));
    if (entity === undefined) return c.json(page(await store.search(q, { since, until, ...bounds(query) }), query));
    const mentioning = await store.listArticles({ entity, since, until, limit: Number.MAX_SAFE_INTEGER });
    if (!mentioning.length) return c.json(page([], query));
    return c.json(await searchAmong(store, q, new Set(mentioning.map((a) => a.id)), { since, until }, query));
  });

  routes.get('/articles/:id', async (c) => {
    validate(noQuery, c.req.query(), 'bad-params');
    const prefix = c.req.param('id');
    const id = await store.resolveId(prefix);
    const record = id === null ? null : await store.getRecord(id);
    if (!record) throw new ApiError(404, 'not-found', `no stored article has an id starting with '${prefix}'`);
    return c.json(record);
  });

  routes.get('/entities', async (c) => {
    const { q, type, ...query } = validate(entitiesQuery, c.req.query(), 'bad-params');
    return c.json(page(await store.entities({ q, type, ...bounds(query) }), query));
  });

  routes.get('/entities/:key{.+}', async (c) => {
    validate(noQuery, c.req.query(), 'bad-params');
    const key = validate(entityKey, c.req.param('key'), 'bad-params');
    const profile = await store.entityProfile(key);
    if (!profile) throw new ApiError(404, 'not-found', `no stored article mentions an entity with the key '${key}'`);
    return c.json(profile);
  });

  routes.get('/events', async (c) => {
    const query = validate(eventsQuery, c.req.query(), 'bad-params');
    const { page: _page, pageSize: _pageSize, ...filter } = query;
    return c.json(page(await store.events({ ...filter, ...bounds(query) }), query));
  });

  routes.get('/dyads/:a/:b', async (c) => {
    const { a, b } = validate(dyadParams, c.req.param(), 'bad-params');
    const { by, modality, since, until } = validate(dyadQuery, c.req.query(), 'bad-params');
    await link();
    const periods = await storeDyadSeries(store, a, b, by, { modality, since, until });
    return c.json({ dyad: [a, b], by, modality, periods });
  });

  routes.get('/claims', async (c) => {
    const { about, stance, since, until, ...query } = validate(claimsQuery, c.req.query(), 'bad-params');
    return c.json(page(await store.claimGroups({ about, stance, since, until, ...bounds(query) }), query));
  });

  routes.get('/stories', async (c) => {
    const { since, ...query } = validate(storiesQuery, c.req.query(), 'bad-params');
    await link();
    const stories = storiesWithArticles(await store.storyArticles({ since }));
    const { limit, offset } = bounds(query);
    return c.json(page(stories.slice(offset, offset + limit), query));
  });

  routes.get('/graph', async (c) => {
    const filter = validate(graphQuery, c.req.query(), 'bad-params');
    return c.json(await store.graph(filter));
  });

  routes.get('/stats', async (c) => {
    validate(noQuery, c.req.query(), 'bad-params');
    return c.json(await store.stats());
  });

  return routes;
}
