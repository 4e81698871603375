import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One item of the served feed. */
export interface ServedItem {
  readonly guid: string;
  readonly title: string;
  readonly path: string;
  readonly text: string;
}

/** A request the server answered: path, time, conditional header, status. */
export interface ServedRequest {
  readonly path: string;
  readonly at: number;
  readonly ifNoneMatch: string | null;
  readonly status: number;
}

/** A local HTTP server with one RSS feed (ETag-validated) and article pages, for the watch tests. */
export interface FeedServer {
  readonly base: string;
  readonly requests: ServedRequest[];
  /** Replaces the feed's items (a new ETag). */
  setItems(items: readonly ServedItem[]): void;
  /** Makes the feed answer this status instead. */
  failWith(status: number | null): void;
  close(): Promise<void>;
}

const pages: Readonly<Record<string, string>> = {
  '/pages/caspian.html': readFileSync(new URL('../../examples/html/caspian-drone-deal.html', import.meta.url), 'utf8'),
  '/pages/sahel.html': readFileSync(new URL('../../examples/html/sahel-junta-summit.html', import.meta.url), 'utf8'),
};

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Starts the server on a free loopback port. */
export async function startFeedServer(initial: readonly ServedItem[]): Promise<FeedServer> {
  let items = initial;
  let version = 1;
  let failure: number | null = null;
  const requests: ServedRequest[] = [];
  let base = '';
  const feed = (): string => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test Wire</title><link>${base}/</link><language>en</language>
${items.map((i) => `<item><title>${esc(i.title)}</title><link>${base}${i.path}</link><guid isPermaLink="false">${i.guid}</guid><pubDate>Wed, 14 Feb 2024 10:00:00 +0000</pubDate><description>${esc(i.text)}</description></item>`).join('\n')}
</channel></rss>`;
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    const ifNoneMatch = (req.headers['if-none-match'] as string | undefined) ?? null;
    const answer = (status: number, type: string | null, body: string, headers: Record<string, string> = {}): void => {
      requests.push({ path, at: Date.now(), ifNoneMatch, status });
      res.writeHead(status, { ...(type ? { 'content-type': type } : {}), ...headers });
      res.end(body);
    };
    if (path === '/feed.xml') {
      if (failure) return answer(failure, 'text/plain', 'no');
      const etag = `"v${version}"`;
      if (ifNoneMatch === etag) return answer(304, null, '', { etag });
      return answer(200, 'application/rss+xml; charset=utf-8', feed(), { etag });
    }
    const page = pages[path];
    if (page) return answer(200, 'text/html; charset=utf-8', page);
    return answer(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    setItems(next) {
      items = next;
      version++;
    },
    failWith(status) {
      failure = status;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
