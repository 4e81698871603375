import { dateRange } from '../store/date-range.js';

/** The length of the periods a time series is counted by. */
export type PeriodUnit = 'day' | 'week' | 'month';

const DAY = 86_400_000;

function isoWeek(ms: number): string {
  const d = new Date(ms);
  const thursday = ms + (3 - ((d.getUTCDay() + 6) % 7)) * DAY;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * The period a date falls in, as ISO 8601: `2024-09-15` by day, `2024-W37` by ISO week,
 * `2024-09` by month; the first day of the date's range counts. Null for a value that is not a date.
 */
export function periodOf(value: string | null | undefined, unit: PeriodUnit): string | null {
  const range = dateRange(value);
  if (!range) return null;
  if (unit === 'day') return range.start;
  if (unit === 'month') return range.start.slice(0, 7);
  return isoWeek(Date.parse(`${range.start}T00:00:00Z`));
}

/** Every period from `first` to `last` (both periods of `unit`), in order; empty when `last` is before `first`. */
export function periodsBetween(first: string, last: string, unit: PeriodUnit): string[] {
  const start = dateRange(first);
  const end = dateRange(last);
  if (!start || !end) return [];
  const out: string[] = [];
  let ms = Date.parse(`${start.start}T00:00:00Z`);
  const stop = Date.parse(`${end.start}T00:00:00Z`);
  while (ms <= stop) {
    const p = periodOf(new Date(ms).toISOString().slice(0, 10), unit)!;
    if (out[out.length - 1] !== p) out.push(p);
    ms += DAY;
  }
  return out;
}
