import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';

/** A server listening for requests. */
export interface RunningServer {
  /** Where it listens, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  /** Stops taking connections and resolves when the open ones are done. */
  close(): Promise<void>;
}

/** Serves an app over HTTP on `host:port` (port 0 picks a free one); rejects when it cannot listen (port taken, bad host). */
export function listen(app: { readonly fetch: Parameters<typeof serve>[0]['fetch'] }, host: string, port: number): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
      server.off('error', reject);
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((e) => (e ? fail(e) : done()));
            if ('closeIdleConnections' in server) server.closeIdleConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}
