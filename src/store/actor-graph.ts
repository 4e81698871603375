import { sql, type Kysely } from 'kysely';
import { actorCountry } from './actor-country.js';
import { earliestStart } from './event-query.js';
import { dayBound } from './query-bounds.js';
import type { ActorGraph, GraphEdge, GraphFilter, GraphNode } from './store.js';
import type { StoreDatabase } from './store-database.js';
import { StoreError } from './store-error.js';

const QUADS = [1, 2, 3, 4] as const;

function round(n: number, places: number): number {
  const f = 10 ** places;
  return Math.round(n * f) / f;
}

function check(filter: GraphFilter): void {
  for (const q of filter.quadClass ?? []) {
    if (!(QUADS as readonly number[]).includes(q)) throw new StoreError('bad-query', `expected quad classes among 1, 2, 3, 4, got ${JSON.stringify(q)}`);
  }
  const min = filter.minEvents;
  if (min !== undefined && (!Number.isSafeInteger(min) || min < 1)) throw new StoreError('bad-query', `expected minEvents to be a whole number ≥ 1, got ${String(min)}`);
  if (filter.level !== undefined && filter.level !== 'country' && filter.level !== 'actor') {
    throw new StoreError('bad-query', `expected level to be country or actor, got ${JSON.stringify(filter.level)}`);
  }
}

/**
 * The query of the graph's edges between whole actor codes: per (source, target) actor code of the
 * events that pass a filter, their count, Goldstein sum and count per quad class. It reads the
 * graph indexes of migration 0004 alone, never the events' rows.
 */
export function graphQuery(db: Kysely<StoreDatabase>, filter: GraphFilter) {
  check(filter);
  const since = dayBound(filter.since, 'since');
  const until = dayBound(filter.until, 'until');
  const quads = filter.quadClass ?? [];
  const modality = filter.modality ?? [];
  // Modality is tested as an expression so that SQLite, which keeps no statistics, does not walk the
  // (modality, date) index and read each event's row instead.
  return db
    .selectFrom('events as e')
    .select((eb) => [
      'e.source_actor as source',
      'e.target_actor as target',
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>('e.goldstein').as('goldstein'),
      ...QUADS.map((q) => eb.fn.sum<number>(eb.case().when('e.quad_class', '=', sql.lit(q)).then(sql.lit(1)).else(sql.lit(0)).end()).as(`q${q}`)),
    ])
    .where('e.source_actor', 'is not', null)
    .where('e.target_actor', 'is not', null)
    .$if(since !== null, (q) => q.where('e.date_end', '>=', since!).where('e.date_start', '>=', earliestStart(since!)))
    .$if(until !== null, (q) => q.where('e.date_start', '<=', until!))
    .$if(quads.length > 0, (q) => q.where('e.quad_class', 'in', [...quads]))
    .$if(modality.length > 0, (q) => q.where((eb) => eb(eb.fn.coalesce('e.modality', eb.val('')), 'in', [...modality])))
    .groupBy(['e.source_actor', 'e.target_actor']);
}

/**
 * The actor network of the events that pass a filter and have both a source and a target actor:
 * one directed edge per (source, target) with its event count, mean Goldstein score (2 decimals)
 * and count per quad class, most events first; nodes are the ends of the edges kept, each with
 * the events it takes part in (of all edges, also those `minEvents` leaves out), most first.
 * At level `country` an actor is its code's country ({@link actorCountry}: `IRNGOV` → `IRN`, while
 * `IGOUNO` or a bare `GOV` stay whole), the edges of the codes of one country pair taken as one.
 */
export async function actorGraph(db: Kysely<StoreDatabase>, filter: GraphFilter = {}): Promise<ActorGraph> {
  const rows = await graphQuery(db, filter).execute();
  const country = (filter.level ?? 'country') === 'country';
  const sums = new Map<string, { source: string; target: string; n: number; goldstein: number; quads: [number, number, number, number] }>();
  for (const r of rows) {
    const row = r as unknown as Record<string, unknown>;
    const source = country ? actorCountry(r.source!) : r.source!;
    const target = country ? actorCountry(r.target!) : r.target!;
    const id = `${source}\n${target}`;
    let sum = sums.get(id);
    if (!sum) sums.set(id, (sum = { source, target, n: 0, goldstein: 0, quads: [0, 0, 0, 0] }));
    sum.n += Number(r.n);
    sum.goldstein += Number(r.goldstein ?? 0);
    QUADS.forEach((q, i) => (sum.quads[i]! += Number(row[`q${q}`] ?? 0)));
  }
  const all: GraphEdge[] = [...sums.values()].map((s) => ({
    source: s.source,
    target: s.target,
    events: s.n,
    goldstein: round(s.goldstein / s.n, 2),
    quadClasses: s.quads,
  }));
  const involved = new Map<string, number>();
  for (const e of all) {
    involved.set(e.source, (involved.get(e.source) ?? 0) + e.events);
    if (e.target !== e.source) involved.set(e.target, (involved.get(e.target) ?? 0) + e.events);
  }
  const byCount = <T>(count: (x: T) => number, id: (x: T) => string) => (x: T, y: T) => count(y) - count(x) || (id(x) < id(y) ? -1 : id(x) > id(y) ? 1 : 0);
  const edges = all
    .filter((e) => e.events >= (filter.minEvents ?? 1))
    .sort(byCount((e) => e.events, (e) => `${e.source}\n${e.target}`));
  const ids = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes: GraphNode[] = [...ids].map((id) => ({ id, events: involved.get(id)! })).sort(byCount((n) => n.events, (n) => n.id));
  return { nodes, edges };
}
