import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { AnalysisRecord } from '../analyze/record.js';
import type { Store } from '../store/store.js';
import { StoreError } from '../store/store-error.js';
import { ApiError } from './api-error.js';
import type { AnalysisRunner } from './analysis-runner.js';
import { corpusLinkQueue } from './corpus-link-queue.js';
import { openApiDocument } from './openapi-document.js';
import { createRateLimiter, type RateLimitOptions } from './rate-limiter.js';
import { readRoutes } from './read-routes.js';
import { requestArticle } from './request-article.js';
import { tokenMatches } from './token-matches.js';
import { DEFAULT_WEB_ROOT, webUi } from './web-ui.js';

/** The default request body limit: 2 MB. */
export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

/** The default rate of analyses per client address: 10 at once, then one a second. */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { burst: 10, perSecond: 1 };

/** What the API is built on and its limits. */
export interface AppOptions {
  readonly store: Store;
  /** Runs the analyses (off the request thread, with a time limit). */
  readonly analysis: AnalysisRunner;
  /** The package version, shown in the OpenAPI document. */
  readonly version: string;
  /** When set, every POST needs `Authorization: Bearer <token>`. */
  readonly token?: string | null;
  /** Largest request body, in bytes; 2 MB by default. */
  readonly maxBodyBytes?: number;
  /** The token bucket of the analysing routes, per client address. */
  readonly rateLimit?: RateLimitOptions;
  /** The folder of the built UI; `web/dist` of the package by default. */
  readonly webRoot?: string;
  /** Where unexpected failures (answered 500) are written. */
  readonly log?: (line: string) => void;
}

/** The node server's bindings, when the app runs under @hono/node-server. */
interface Bindings {
  readonly incoming?: { readonly socket?: { readonly remoteAddress?: string } };
}

type Env = { Bindings: Bindings };

/** The API app as `createApp` builds it. */
export type ApiApp = Hono<Env>;

const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

function errorResponse(c: Context, e: ApiError): Response {
  return c.json(e.body(), e.status, e.headers);
}

/** The error a store failure means for the client: its own mistakes are 400s, a busy database a 503. */
function storeApiError(e: StoreError): ApiError | null {
  if (e.code === 'bad-query' || e.code === 'ambiguous-id') return new ApiError(400, e.code, e.message);
  if (e.code === 'locked') return new ApiError(503, 'locked', 'the store is busy; try again shortly', { 'Retry-After': '2' });
  return null;
}

function requireToken(token: string): MiddlewareHandler<Env> {
  return async (c, next) => {
    const presented = /^Bearer[ \t]+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (presented === undefined || !tokenMatches(presented, token)) {
      const detail = presented === undefined ? 'expected an Authorization: Bearer <token> header' : 'the token is not the one the server was started with';
      throw new ApiError(401, 'unauthorized', detail, { 'WWW-Authenticate': 'Bearer realm="newsgraph"' });
    }
    await next();
  };
}

/**
 * The HTTP API (and the built UI, when there is one) as a Hono app: routes parse and validate the
 * request, call analyze (through the runner) or the store, and format the answer; errors are JSON
 * `{error, detail}`; every response carries a Content-Security-Policy and other security headers.
 */
export function createApp(options: AppOptions): ApiApp {
  const { store, analysis } = options;
  const limiter = createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT);
  const openApi = openApiDocument(options.version);
  const link = corpusLinkQueue(store);
  const app = new Hono<Env>();

  app.use('*', secureHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY, xFrameOptions: 'DENY', referrerPolicy: 'no-referrer', strictTransportSecurity: false }));
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  if (options.token) app.post('/api/*', requireToken(options.token));
  app.post(
    '/api/*',
    bodyLimit({
      maxSize: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      onError: (c) => errorResponse(c, new ApiError(413, 'too-large', `the body is larger than the limit of ${options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES} bytes`)),
    }),
  );

  const analyse = async (c: Context<Env>): Promise<AnalysisRecord> => {
    const client = c.env?.incoming?.socket?.remoteAddress ?? 'unknown';
    const decision = limiter.take(client);
    if (!decision.allowed) {
      throw new ApiError(429, 'rate-limited', `too many analyses from ${client}; try again in ${decision.retryAfterSeconds} s`, {
        'Retry-After': String(decision.retryAfterSeconds),
      });
    }
    return analysis.analyze(await requestArticle(c.req.raw));
  };

  app.post('/api/analyze', async (c) => c.json(await analyse(c)));
  app.post('/api/articles', async (c) => {
    const record = await analyse(c);
    const outcome = await store.putRecord(record);
    if (outcome === 'stored') await link();
    return c.json({ id: record.document.id, outcome }, outcome === 'stored' ? 201 : 200);
  });
  app.route('/api', readRoutes(store, link));
  app.get('/api/openapi.json', (c) => c.json(openApi));
  app.all('/api/*', (c) => errorResponse(c, new ApiError(404, 'not-found', `no API route ${c.req.method} ${c.req.path}; see /api/openapi.json`)));
  app.use('*', webUi(options.webRoot ?? DEFAULT_WEB_ROOT));

  app.onError((e, c) => {
    const known = e instanceof ApiError ? e : e instanceof StoreError ? storeApiError(e) : null;
    if (known) return errorResponse(c, known);
    options.log?.(`newsgraph serve: ${c.req.method} ${c.req.path} failed: ${e.stack ?? e.message}`);
    return errorResponse(c, new ApiError(500, 'internal', 'the server failed on this request; the failure is in its log'));
  });
  return app;
}
