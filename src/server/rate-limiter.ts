/** Settings of a token bucket per client. */
export interface RateLimitOptions {
  /** Requests a client may make at once (the bucket's size). */
  readonly burst: number;
  /** Requests a client regains per second. */
  readonly perSecond: number;
  /** The clock, in milliseconds; `Date.now` by default. */
  readonly now?: () => number;
  /** Most clients remembered; full buckets, then the oldest, are forgotten when there are more; 10,000 by default. */
  readonly maxClients?: number;
}

/** What asking the limiter gave: allowed, or how long to wait. */
export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/** A token-bucket rate limiter keyed by client, in memory. */
export interface RateLimiter {
  /** Takes one token from the client's bucket if there is one. */
  take(client: string): RateDecision;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** A token bucket per client address: `burst` requests at once, then `perSecond` a second. */
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const now = options.now ?? Date.now;
  const maxClients = options.maxClients ?? 10_000;
  const buckets = new Map<string, Bucket>();
  const refill = (bucket: Bucket, t: number): void => {
    bucket.tokens = Math.min(options.burst, bucket.tokens + ((t - bucket.at) / 1000) * options.perSecond);
    bucket.at = t;
  };
  const forgetFull = (t: number): void => {
    for (const [client, bucket] of buckets) {
      refill(bucket, t);
      if (bucket.tokens >= options.burst) buckets.delete(client);
    }
  };
  return {
    take(client) {
      const t = now();
      let bucket = buckets.get(client);
      if (!bucket) {
        if (buckets.size >= maxClients) forgetFull(t);
        if (buckets.size >= maxClients) buckets.delete(buckets.keys().next().value as string);
        bucket = { tokens: options.burst, at: t };
        buckets.set(client, bucket);
      }
      refill(bucket, t);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true };
      }
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / options.perSecond)) };
    },
  };
}
