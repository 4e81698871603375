import { dateRange } from './date-range.js';
import { StoreError } from './store-error.js';

/** A checked page of results. */
export interface Page {
  readonly limit: number;
  readonly offset: number;
}

/** The page a query asks for; `bad-query` unless limit and offset are whole numbers ≥ 0. */
export function pageBounds(limit: number | undefined, offset: number | undefined, defaultLimit: number): Page {
  const page = { limit: limit ?? defaultLimit, offset: offset ?? 0 };
  for (const [name, value] of Object.entries(page)) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new StoreError('bad-query', `expected ${name} to be a whole number ≥ 0, got ${String(value)}`);
    }
  }
  return page;
}

/**
 * The day (YYYY-MM-DD) a `since` or `until` date bounds: the first day it covers for `since`, the
 * last for `until` (so `until: '2024-09'` takes in all of September). Null when absent;
 * `bad-query` when it is not an ISO 8601 date.
 */
export function dayBound(value: string | undefined, side: 'since' | 'until'): string | null {
  if (value === undefined || value === '') return null;
  const range = dateRange(value);
  if (!range) {
    throw new StoreError('bad-query', `expected ${side} to be an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www), got ${JSON.stringify(value)}`);
  }
  return side === 'since' ? range.start : range.end;
}
