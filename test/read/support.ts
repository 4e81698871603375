import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs, type ReadOptions } from '../../src/read/read-inputs.js';

/** A fixture file of the readers' tests, as a path. */
export const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/read/${name}`, import.meta.url));

/** An outcome flattened for comparison: the article's fields, or the error's code, input, line and message. */
export type Flat = Readonly<Record<string, unknown>>;

/** Reads inputs and flattens every outcome. */
export async function collect(inputs: readonly string[], options: ReadOptions = {}): Promise<Flat[]> {
  const out: Flat[] = [];
  for await (const o of readInputs(inputs, options)) {
    out.push(o.ok ? { ok: true, ...o.article } : { ok: false, code: o.error.code, input: o.error.input, line: o.error.line, message: o.error.message });
  }
  return out;
}

/** The fields of `actual` that `expected` names, so a case states only what it checks. */
export function pick(actual: Flat | undefined, expected: Flat): Flat {
  return Object.fromEntries(Object.keys(expected).map((k) => [k, actual?.[k]]));
}

const temporary: string[] = [];

/** A fresh temporary folder holding the given files (bytes or UTF-8 strings), as a path; removed when the process exits. */
export function tempFiles(files: Readonly<Record<string, Uint8Array | string>>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-read-'));
  if (temporary.length === 0) process.on('exit', () => temporary.forEach((d) => rmSync(d, { recursive: true, force: true })));
  temporary.push(dir);
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), bytes);
  }
  return dir;
}

/** A route of the test server: status, headers and body, or 'hang' to never answer. */
export type Route = { readonly status?: number; readonly headers?: Readonly<Record<string, string>>; readonly body?: string | Buffer } | 'hang';

/** A local HTTP server on 127.0.0.1 answering fixed routes and noting each request's User-Agent; `close` ends it and its connections. */
export async function serve(
  routes: Readonly<Record<string, Route>>,
): Promise<{ readonly base: string; readonly userAgents: readonly string[]; close(): Promise<void> }> {
  const userAgents: string[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    userAgents.push(req.headers['user-agent'] ?? '');
    const route = routes[req.url ?? ''];
    if (route === 'hang') return;
    if (!route) {
      res.writeHead(404, 'Not Found').end();
      return;
    }
    res.writeHead(route.status ?? 200, route.headers).end(route.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    userAgents,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
