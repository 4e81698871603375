/** Inclusive first and last day (YYYY-MM-DD) of a date value. */
export interface DateRange {
  readonly start: string;
  readonly end: string;
}

const DAY_MS = 86_400_000;

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * The days an ISO 8601 value covers, at the precision it gives: `2024` (the year), `2024-09` (the
 * month), `2024-09-15` or a datetime (that day), `2024-W40` (Monday to Sunday of that ISO week).
 * Null for anything else.
 */
export function dateRange(value: string | null | undefined): DateRange | null {
  if (!value) return null;
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T.*)?)?)?$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    if (m[3] !== undefined) {
      const mo = Number(m[2]);
      const d = Number(m[3]);
      if (!validDay(y, mo, d)) return null;
      const only = day(Date.UTC(y, mo - 1, d));
      return { start: only, end: only };
    }
    if (m[2] !== undefined) {
      const mo = Number(m[2]);
      if (mo < 1 || mo > 12) return null;
      return { start: day(Date.UTC(y, mo - 1, 1)), end: day(Date.UTC(y, mo, 0)) };
    }
    return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const w = Number(m[2]);
    const jan4 = Date.UTC(y, 0, 4);
    const week1Monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
    const weeks = Math.floor((Date.UTC(y, 11, 28) - week1Monday) / (7 * DAY_MS)) + 1;
    if (w < 1 || w > weeks) return null;
    const monday = week1Monday + (w - 1) * 7 * DAY_MS;
    return { start: day(monday), end: day(monday + 6 * DAY_MS) };
  }
  return null;
}
