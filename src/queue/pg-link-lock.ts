import pg from 'pg';
import type { LinkLock } from './link-lock.js';

/**
 * A link lease on a PostgreSQL queue server: a session advisory lock on a connection of its own, so a
 * process that dies frees it with its session.
 */
export function createPgLinkLock(connectionString: string, key: string): LinkLock {
  let client: pg.Client | null = null;
  let held = false;
  return {
    async hold() {
      if (held) return true;
      if (!client) {
        client = new pg.Client({ connectionString });
        await client.connect();
      }
      const r = await client.query<{ ok: boolean }>('select pg_try_advisory_lock(hashtextextended($1, 0)) as ok', [key]);
      held = r.rows[0]?.ok === true;
      return held;
    },
    async release() {
      const c = client;
      client = null;
      held = false;
      if (c) await c.end().catch(() => undefined);
    },
  };
}
