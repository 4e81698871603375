import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, MiddlewareHandler } from 'hono';

/** Where the built web UI is looked for: `web/dist` at the package root. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsgraph</title></head>
<body><h1>newsgraph</h1><p>The UI is not built. The API is running: see <a href="/api/openapi.json">/api/openapi.json</a>.</p></body></html>
`;

/**
 * Serves the built UI from `root`: its files as they are, and its `index.html` for any other path
 * without a file extension or asked for as a page (`Accept: text/html`; pages the UI routes itself,
 * e.g. `/articles/<id>` or `/entities/name%3APERSON%3Aj.%20smith`). When `root` has no
 * `index.html`, every path answers 404 with a page saying the UI is not built.
 */
export function webUi(root: string): MiddlewareHandler {
  let handlers: { readonly files: MiddlewareHandler; readonly index: MiddlewareHandler } | null = null;
  const notFound = (c: Context): Response => c.text('not found', 404);
  return async (c, next) => {
    if (!existsSync(path.join(root, 'index.html'))) return c.html(NOT_BUILT, 404);
    handlers ??= { files: serveStatic({ root }), index: serveStatic({ root, path: 'index.html' }) };
    const { files, index } = handlers;
    const fromFiles = await files(c, async () => undefined);
    if (fromFiles) return fromFiles;
    if (path.extname(c.req.path) && !(c.req.header('accept') ?? '').includes('text/html')) return notFound(c);
    return (await index(c, next)) ?? notFound(c);
  };
}
