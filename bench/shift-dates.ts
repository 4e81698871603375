const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const DAY = 86_400_000;
const month = `(${MONTHS.join('|')})`;
const fullDate = new RegExp(`\\b${month} (\\d{1,2}), (\\d{4})\\b`, 'g');
const monthYear = new RegExp(`\\b${month} (\\d{4})\\b`, 'g');
const bareYear = /(?<![\d,.\-\u0000])\b(19[5-9]\d|20[0-4]\d)\b(?![\d,]\d)/g;

/** An ISO day (YYYY-MM-DD) moved by a number of days. */
export function addDays(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

function shifted(year: number, monthIndex: number, day: number, days: number): Date {
  return new Date(Date.UTC(year, monthIndex, day) + days * DAY);
}

/**
 * Moves the absolute dates of a text by `days`: "October 7, 2023" and "September 2023" move by
 * the days, bare years ("in 2022", "until 2030") by the whole years of the shift. Relative
 * expressions ("on Friday", "last month") are left alone: they follow the shifted published date.
 */
export function shiftDates(text: string, days: number): string {
  const years = Math.round(days / 365.25);
  const marked = text
    .replace(fullDate, (_m, m: string, d: string, y: string) => {
      const t = shifted(Number(y), MONTHS.indexOf(m), Number(d), days);
      return `${MONTHS[t.getUTCMonth()]} ${t.getUTCDate()},\u0000${t.getUTCFullYear()}`;
    })
    .replace(monthYear, (_m, m: string, y: string) => {
      const t = shifted(Number(y), MONTHS.indexOf(m), 15, days);
      return `${MONTHS[t.getUTCMonth()]}\u0000${t.getUTCFullYear()}`;
    });
  return marked
    .replace(bareYear, (y) => String(Number(y) + years))
    .replace(/,\u0000/g, ', ')
    .replace(/\u0000/g, ' ');
}
