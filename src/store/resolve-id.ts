import type { Kysely } from 'kysely';
import type { StoreDatabase } from './store-database.js';
import { StoreError } from './store-error.js';

const SHOWN = 5;

/**
 * The full article id a prefix stands for, like git: an exact id wins, else the one id that starts
 * with the prefix; null when none does (or the prefix is blank); `ambiguous-id` when several do.
 */
export async function resolveId(db: Kysely<StoreDatabase>, prefix: string): Promise<string | null> {
  if (prefix.trim() === '') return null;
  const rows = await db
    .selectFrom('articles')
    .select('id')
    .where('id', '>=', prefix)
    .orderBy('id')
    .limit(SHOWN + 1)
    .execute();
  const ids = rows.map((r) => r.id).filter((id) => id.startsWith(prefix));
  if (ids.length === 0) return null;
  if (ids[0] === prefix || ids.length === 1) return ids[0]!;
  const shown = ids.slice(0, SHOWN).join(', ');
  throw new StoreError('ambiguous-id', `expected an id prefix that matches one article, but "${prefix}" matches several: ${shown}${ids.length > SHOWN ? ', …' : ''}`);
}
