/** A calendar day as a count of days since 1970-01-01 (UTC, proleptic Gregorian). */
export type CalendarDay = number;

const MS_PER_DAY = 86_400_000;

/** The day number of a year, month (1-12) and day of month. */
export function calendarDay(year: number, month: number, day: number): CalendarDay {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/**
 * The year, month (1-12) and day of month of a day number, by arithmetic over 400-year eras
 * (Howard Hinnant's civil_from_days) rather than a Date object.
 */
export function dayParts(day: CalendarDay): { readonly year: number; readonly month: number; readonly day: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** Parses YYYY-MM-DD into a day number, or null when it is not a real date. */
export function parseCalendarDay(iso: string): CalendarDay | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(y, mo, d) ? calendarDay(y, mo, d) : null;
}

/** Whether a year, month and day name a real date. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The number of days of a month. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The ISO weekday of a day: Monday 1 ... Sunday 7. */
export function isoWeekday(day: CalendarDay): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The Monday of the ISO week holding a day. */
export function weekMonday(day: CalendarDay): CalendarDay {
  return day - isoWeekday(day) + 1;
}

/** The ISO week label of a day, e.g. 2024-W41. */
export function isoWeekLabel(day: CalendarDay): string {
  const thursday = weekMonday(day) + 3;
  const year = dayParts(thursday).year;
  const week = Math.floor((thursday - calendarDay(year, 1, 1)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** YYYY-MM-DD of a day number. */
export function formatDay(day: CalendarDay): string {
  const p = dayParts(day);
  return `${pad4(p.year)}-${pad2(p.month)}-${pad2(p.day)}`;
}

/** YYYY-MM of a year and month. */
export function formatMonth(year: number, month: number): string {
  return `${pad4(year)}-${pad2(month)}`;
}

/** A year as four digits. */
export function pad4(n: number): string {
  return String(n).padStart(4, '0');
}

/** A number as two digits. */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
