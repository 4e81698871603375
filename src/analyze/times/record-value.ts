const RECORD_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$/;

/**
 * The record's `value` for a TIMEX3-style value: the value itself when it is YYYY, YYYY-MM, YYYY-MM-DD
 * or YYYY-Www; the day of a date-time; otherwise the month or year that holds the whole range
 * (a season, quarter or span of days), or null when the range spans years (a decade, a winter).
 */
export function recordValue(timex: string, range: { readonly start: string; readonly end: string } | null): string | null {
  if (RECORD_VALUE.test(timex)) return timex;
  const day = /^(\d{4}-\d{2}-\d{2})T/.exec(timex);
  if (day) return day[1]!;
  if (!range) return null;
  if (range.start.slice(0, 7) === range.end.slice(0, 7)) return range.start.slice(0, 7);
  if (range.start.slice(0, 4) === range.end.slice(0, 4)) return range.start.slice(0, 4);
  return null;
}
