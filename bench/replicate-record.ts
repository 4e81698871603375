import type { AnalysisRecord, NewsEvent } from '../src/analyze/record.js';
import { addDays } from './shift-dates.js';

function shiftMonth(yearMonth: string, months: number): string {
  const [y, m] = yearMonth.split('-').map(Number) as [number, number];
  const t = y * 12 + (m - 1) + months;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
}

/** An ISO date value (`YYYY-MM-DD...`, `YYYY-MM`, `YYYY`) moved by a number of days; other values unchanged. */
export function shiftIsoValue(value: string, days: number): string {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return addDays(value.slice(0, 10), days) + value.slice(10);
  if (/^\d{4}-\d{2}$/.test(value)) return shiftMonth(value, Math.round(days / 30.44));
  if (/^\d{4}$/.test(value)) return String(Number(value) + Math.round(days / 365.25));
  return value;
}

function shiftEvent(event: NewsEvent, days: number): NewsEvent {
  if (!event.date?.value) return event;
  return { ...event, date: { ...event.date, value: shiftIsoValue(event.date.value, days) } };
}

/**
 * A copy of an analysed record under a new id (`<id>~<copy>`) with its published date, event dates
 * and time values moved by `days`: the same analysis, reported again on another day.
 */
export function replicateRecord(record: AnalysisRecord, copy: number, days: number): AnalysisRecord {
  const shift = (v: string | null): string | null => (v === null ? null : shiftIsoValue(v, days));
  return {
    ...record,
    document: { ...record.document, id: `${record.document.id}~${copy}`, published: shift(record.document.published) },
    events: record.events.map((e) => shiftEvent(e, days)),
    times: record.times.map((t) => ({
      ...t,
      value: shift(t.value),
      range: t.range ? { start: shiftIsoValue(t.range.start, days), end: shiftIsoValue(t.range.end, days) } : null,
    })),
  };
}
