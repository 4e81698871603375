import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';

/** A lease in Redis that lets one process at a time link a store's corpus (copies, stories). */
export interface LinkLock {
  /** Takes the lease if it is free, or renews it if held; whether this process holds it now. */
  hold(): Promise<boolean>;
  /** Gives the lease up if held. */
  release(): Promise<void>;
}

const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/**
 * A lease on `key` that expires `ttlMs` after its last renewal, so a process that dies frees it. The
 * corpus linker keeps its clusters in memory and assumes it is the only one linking its store; with
 * several queue workers on one store only the holder links.
 */
export function createLinkLock(redis: Redis, key: string, ttlMs = 15_000): LinkLock {
  const token = randomBytes(12).toString('hex');
  return {
    async hold() {
      if ((await redis.eval(RENEW, 1, key, token, String(ttlMs))) === 1) return true;
      return (await redis.set(key, token, 'PX', ttlMs, 'NX')) === 'OK';
    },
    async release() {
      await redis.eval(RELEASE, 1, key, token);
    },
  };
}
