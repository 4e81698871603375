import { actorKeys } from './actor-keys.js';

/** An unordered pair of actor keys, the lesser (code-point order) first. */
export type DyadKey = readonly [a: string, b: string];

/** The pair `[a, b]` in the order dyad keys keep it. */
export function dyadKey(a: string, b: string): DyadKey {
  return a <= b ? [a, b] : [b, a];
}

/**
 * The dyad keys an event between two actor codes is found under: every pair of one key of the
 * source and one of the target (see `actorKeys`), unordered, each once (`IRNGOV`→`RUS` gives
 * `IRN|RUS` and `IRNGOV|RUS`). A dyad filter on two prefixes of whole parts, in either direction,
 * looks up one pair. None when an actor is missing.
 */
export function dyadKeys(source: string | null, target: string | null): DyadKey[] {
  if (source === null || target === null || source === '' || target === '') return [];
  const seen = new Set<string>();
  const out: DyadKey[] = [];
  for (const s of actorKeys(source)) {
    for (const t of actorKeys(target)) {
      const pair = dyadKey(s, t);
      const id = `${pair[0]}\n${pair[1]}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(pair);
    }
  }
  return out;
}
