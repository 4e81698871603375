import { createPostgresBackend, Queue, Worker, type Processor } from 'bullmq';
import pg from 'pg';
import type { PutOutcome } from '../store/store.js';
import type { ArticleJobData } from './article-job.js';
import { createLinkLock, type LinkLock } from './link-lock.js';
import { createPgLinkLock } from './pg-link-lock.js';
import { QueueError } from './queue-error.js';
import { checkRedis, redisConnection, shownRedisUrl } from './redis-connection.js';

/** What the queue commands use of a BullMQ queue. */
export type ArticleQueue = Pick<Queue<ArticleJobData>, 'getJobState' | 'addBulk' | 'getJobCounts' | 'getFailed' | 'obliterate' | 'close'>;

/** What the queue worker uses of a BullMQ worker. */
export type ArticleWorker = Pick<Worker<ArticleJobData, PutOutcome>, 'on' | 'run' | 'close'>;

/** The server a BullMQ queue lives on: Redis, or PostgreSQL through BullMQ's PostgreSQL backend. */
export interface QueueServer {
  /** The URL, fit to print (no password). */
  readonly shown: string;
  queue(name: string): ArticleQueue;
  /** A worker that does not start until `run()`. */
  worker(name: string, processor: Processor<ArticleJobData, PutOutcome>, concurrency: number): ArticleWorker;
  /** The lease that lets one process at a time link a store's corpus. */
  linkLock(key: string): LinkLock;
  close(): Promise<void>;
}

const isPostgres = (url: string): boolean => /^postgres(ql)?:\/\//i.test(url);

async function openRedis(url: string): Promise<QueueServer> {
  const redis = redisConnection(url);
  await checkRedis(redis, url);
  return {
    shown: shownRedisUrl(url),
    queue: (name) => new Queue<ArticleJobData>(name, { connection: redis }),
    worker: (name, processor, concurrency) => new Worker<ArticleJobData, PutOutcome>(name, processor, { connection: redis, concurrency, autorun: false }),
    linkLock: (key) => createLinkLock(redis, key),
    close: async () => redis.disconnect(),
  };
}

async function openPostgres(url: string): Promise<QueueServer> {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? 'bullmq';
  parsed.searchParams.delete('schema');
  const shown = shownRedisUrl(url);
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new QueueError('bad-url', `${shown}: expected the schema to be a lowercase SQL name; got ${JSON.stringify(schema)}`);
  const connectionString = parsed.toString();
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (e) {
    throw new QueueError('unreachable', `cannot reach the PostgreSQL queue at ${shown} (${(e as Error).message}); expected a running PostgreSQL server`);
  } finally {
    await client.end().catch(() => undefined);
  }
  const connection = { connectionString, schema, migrate: true };
  return {
    shown,
    queue: (name) => new Queue(name, { connection }, createPostgresBackend) as unknown as ArticleQueue,
    worker: (name, processor, concurrency) =>
      new Worker(name, processor, { connection, concurrency, autorun: false }, createPostgresBackend) as unknown as ArticleWorker,
    linkLock: (key) => createPgLinkLock(connectionString, key),
    close: async () => undefined,
  };
}

/**
 * Connects to the queue server of a URL: `redis://` / `rediss://` (Redis), or `postgres://` (BullMQ's
 * PostgreSQL backend, its tables in schema `bullmq` unless `?schema=` names another, created on first
 * use). Checks that the server answers within 5 s.
 * @throws QueueError `bad-url` for another scheme, `unreachable` when the server does not answer.
 */
export async function openQueueServer(url: string): Promise<QueueServer> {
  return isPostgres(url) ? openPostgres(url) : openRedis(url);
}
