import type { Kysely } from 'kysely';
import type { AnalysisRecord } from '../analyze/record.js';
import { parameterChunks } from './insert-rows-in-chunks.js';
import { recordRows, type RecordRows } from './record-rows.js';
import type { PutOutcome } from './store.js';
import type { StoreBackend } from './store-backend.js';
import type { StoreDatabase } from './store-database.js';

interface Known {
  readonly seq: number;
  readonly hash: string;
}

async function knownArticles(trx: Kysely<StoreDatabase>, ids: readonly string[], maxParameters: number): Promise<Map<string, Known>> {
  const known = new Map<string, Known>();
  for (const part of parameterChunks(ids.map((id) => ({ id })), maxParameters)) {
    const rows = await trx
      .selectFrom('articles')
      .select(['id', 'seq', 'content_hash'])
      .where('id', 'in', part.map((p) => p.id))
      .execute();
    for (const r of rows) known.set(r.id, { seq: r.seq, hash: r.content_hash });
  }
  return known;
}

/**
 * Writes records inside an open write transaction: each new id stored, each same id with the same
 * content hash left alone, each same id with other content replaced (its old rows deleted first).
 * Rows are inserted in batches of several records; each article stored is listed in `corpus_unlinked`
 * until its corpus link is stored. Returns the outcome of each record, in order.
 */
export async function writeRecords(trx: Kysely<StoreDatabase>, backend: StoreBackend, records: readonly AnalysisRecord[], storedAt: string): Promise<PutOutcome[]> {
  const all = records.map((r) => recordRows(r, storedAt));
  const known = await knownArticles(trx, [...new Set(all.map((r) => r.article.id))], backend.maxParameters);
  const pending: RecordRows[] = [];
  const pendingIds = new Set<string>();

  async function flush(): Promise<void> {
    if (pending.length === 0) return;
    const seqOf = new Map<string, number>();
    for (const part of parameterChunks(pending.map((p) => p.article), backend.maxParameters)) {
      const inserted = await trx.insertInto('articles').values(part).returning(['id', 'seq']).execute();
      for (const r of inserted) seqOf.set(r.id, r.seq);
    }
    const link = <R extends object>(rows: readonly R[], seq: number): (R & { article: number })[] => rows.map((r) => ({ ...r, article: seq }));
    const linked = pending.map((p) => ({ p, seq: seqOf.get(p.article.id)! }));
    await backend.insertRows(trx, 'corpus_unlinked', linked.map(({ seq }) => ({ article: seq })));
    await backend.insertRows(trx, 'entities', linked.flatMap(({ p, seq }) => link(p.entities, seq)));
    await backend.insertRows(trx, 'mentions', linked.flatMap(({ p, seq }) => link(p.mentions, seq)));
    await backend.insertRows(trx, 'quotes', linked.flatMap(({ p, seq }) => link(p.quotes, seq)));
    await backend.insertRows(trx, 'claims', linked.flatMap(({ p, seq }) => link(p.claims, seq)));
    await backend.insertRows(trx, 'events', linked.flatMap(({ p, seq }) => link(p.events, seq)));
    await backend.insertRows(trx, 'event_actors', linked.flatMap(({ p, seq }) => link(p.eventActors, seq)));
    await backend.insertRows(trx, 'event_dyads', linked.flatMap(({ p, seq }) => link(p.eventDyads, seq)));
    await backend.insertRows(trx, 'times', linked.flatMap(({ p, seq }) => link(p.times, seq)));
    await backend.insertRows(trx, 'quality', linked.flatMap(({ p, seq }) => (p.quality ? link([p.quality], seq) : [])));
    for (const { p, seq } of linked) known.set(p.article.id, { seq, hash: p.article.content_hash });
    pending.length = 0;
    pendingIds.clear();
  }

  const outcomes: PutOutcome[] = [];
  for (const rows of all) {
    const id = rows.article.id;
    if (pendingIds.has(id)) await flush();
    const old = known.get(id);
    if (old && old.hash === rows.article.content_hash) {
      outcomes.push('unchanged');
      continue;
    }
    if (old) await trx.deleteFrom('articles').where('seq', '=', old.seq).execute();
    outcomes.push(old ? 'replaced' : 'stored');
    pending.push(rows);
    pendingIds.add(id);
  }
  await flush();
  return outcomes;
}
