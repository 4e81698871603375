import { fetchUrl, USER_AGENT, type Fetched } from '../read/fetch-url.js';

/** Limits of a polite fetcher. */
export interface PoliteFetcherOptions {
  /** Least time between two requests to one host, in ms. */
  readonly delayMs: number;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly allowPrivate: boolean;
}

/** Validators of an earlier answer, for a conditional GET. */
export interface Validators {
  readonly etag: string | null;
  readonly lastModified: string | null;
}

/** Fetches with one request at a time per host, each starting at least `delayMs` after the last one ended, conditionally when validators are given. */
export interface PoliteFetcher {
  fetch(url: string, validators?: Validators): Promise<Fetched>;
  /** Runs a request of the caller's own (a reader that fetches itself) in the host's turn. */
  inTurn<T>(url: string, request: () => Promise<T>): Promise<T>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A fetcher that spaces requests to each host and sends `If-None-Match` / `If-Modified-Since` when it can. */
export function createPoliteFetcher(options: PoliteFetcherOptions): PoliteFetcher {
  const hosts = new Map<string, { turn: Promise<unknown>; free: number }>();
  const inTurn = <T>(url: string, request: () => Promise<T>): Promise<T> => {
    const host = new URL(url).host;
    const state = hosts.get(host) ?? { turn: Promise.resolve(), free: 0 };
    hosts.set(host, state);
    const run = state.turn.then(async () => {
      const wait = state.free - Date.now();
      if (wait > 0) await sleep(wait);
      try {
        return await request();
      } finally {
        state.free = Date.now() + options.delayMs;
      }
    });
    state.turn = run.catch(() => undefined);
    return run;
  };
  return {
    inTurn,
    fetch(url, validators) {
      const headers: Record<string, string> = {};
      if (validators?.etag) headers['if-none-match'] = validators.etag;
      if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
      return inTurn(url, () =>
        fetchUrl(url, {
          timeoutMs: options.timeoutMs,
          maxBytes: options.maxBytes,
          allowPrivate: options.allowPrivate,
          userAgent: USER_AGENT,
          ...(Object.keys(headers).length ? { headers } : {}),
        }),
      );
    },
  };
}
