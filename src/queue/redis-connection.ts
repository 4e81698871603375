import { Redis } from 'ioredis';
import { QueueError } from './queue-error.js';

/** The Redis server used when neither `--redis` nor NEWSGRAPH_REDIS names one. */
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** A Redis URL fit to print: the password replaced by `***`. */
export function shownRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

/**
 * A Redis connection as BullMQ needs it (no per-request retry limit), lazily connected.
 * @throws QueueError `bad-url` unless the URL is `redis://` or `rediss://`.
 */
export function redisConnection(url: string): Redis {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new QueueError('bad-url', `${JSON.stringify(url)} is not a URL; expected redis://[user:password@]host[:port][/db] or postgres://…`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new QueueError('bad-url', `${shownRedisUrl(url)} is a ${parsed.protocol} URL; expected redis://[user:password@]host[:port][/db], rediss://… or postgres://…`);
  }
  return new Redis(url, { maxRetriesPerRequest: null, lazyConnect: true, connectTimeout: 5000 });
}

/**
 * Connects and pings within a time limit, so a command fails with one clear line instead of waiting
 * for a server that is not there.
 * @throws QueueError `unreachable`.
 */
export async function checkRedis(client: Redis, url: string, timeoutMs = 5000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  let lastError: Error | null = null;
  const onError = (e: Error): void => {
    lastError = e;
  };
  client.on('error', onError);
  try {
    await Promise.race([(async () => {
      if (client.status === 'wait') await client.connect();
      await client.ping();
    })(), timeout]);
  } catch (e) {
    const why = (lastError ?? (e as Error)).message;
    client.disconnect();
    throw new QueueError('unreachable', `cannot reach Redis at ${shownRedisUrl(url)} (${why}); expected a running Redis server (start one, or pass --redis)`);
  } finally {
    clearTimeout(timer);
    client.off('error', onError);
  }
}
