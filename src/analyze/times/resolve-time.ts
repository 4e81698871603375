import {
  calendarDay,
  dayParts,
  daysInMonth,
  formatDay,
  formatMonth,
  isoWeekday,
  isoWeekLabel,
  isRealDate,
  pad2,
  pad4,
  weekMonday,
  type CalendarDay,
} from './calendar-day.js';
import type { Tense } from './tense-at.js';
import type { Cycle, PeriodPart, TimeMention, TimeSpec, TimeUnit, YearRef } from './time-spec.js';

/** A resolved time: its ISO 8601 / TIMEX3 value and the inclusive dates it covers. */
export interface ResolvedTime {
  readonly value: string;
  readonly range: { readonly start: string; readonly end: string };
}

interface Period {
  readonly value: string;
  readonly first: CalendarDay;
  readonly last: CalendarDay;
  readonly isDay: boolean;
}

type Choice = Cycle | Tense;

/** A day date without a year is taken against its tense only when that is not much farther than the nearest reading. */
const FAR_DAYS = 183;
const NEAR_DAYS = 62;
const SEASON_START: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * Resolves a time mention against the publication day (`anchor`, null when the article has no
 * date) and the tense of its clause. Returns null when the expression needs an anchor it lacks or
 * names no real date.
 */
export function resolveTime(mention: TimeMention, anchor: CalendarDay | null, tense: Tense): ResolvedTime | null {
  const base = period(mention.spec, anchor, tense);
  if (!base) return null;
  const narrowed = narrow(base, mention.part, anchor);
  const value = base.isDay && mention.dayPart ? `${base.value}T${mention.dayPart}` : base.value;
  return { value, range: { start: formatDay(narrowed.first), end: formatDay(narrowed.last) } };
}

/** The period of a clock time on a given day. */
export function clockPeriod(spec: Extract<TimeSpec, { kind: 'clock' }>, day: CalendarDay): ResolvedTime {
  const date = formatDay(day);
  return {
    value: `${date}T${pad2(spec.hour)}:${pad2(spec.minute)}${spec.utc ? 'Z' : ''}`,
    range: { start: date, end: date },
  };
}

function period(spec: TimeSpec, anchor: CalendarDay | null, tense: Tense): Period | null {
  const anchorYear = anchor === null ? null : dayParts(anchor).year;
  const yearOf = (ref: YearRef): number | null => ('abs' in ref ? ref.abs : anchorYear === null ? null : anchorYear + ref.rel);
  switch (spec.kind) {
    case 'year': {
      const y = yearOf(spec.year);
      return y === null ? null : yearPeriod(y);
    }
    case 'decade':
      return {
        value: String(spec.decade),
        first: calendarDay(spec.decade * 10, 1, 1),
        last: calendarDay(spec.decade * 10 + 9, 12, 31),
        isDay: false,
      };
    case 'century':
      return {
        value: pad2(spec.century),
        first: calendarDay(spec.century * 100, 1, 1),
        last: calendarDay(spec.century * 100 + 99, 12, 31),
        isDay: false,
      };
    case 'half': {
      const y = yearOf(spec.year);
      if (y === null) return null;
      const m = spec.half === 1 ? 1 : 7;
      return { value: `${pad4(y)}-H${spec.half}`, first: calendarDay(y, m, 1), last: calendarDay(y, m + 6, 0), isDay: false };
    }
    case 'day': {
      if (spec.year) {
        const y = yearOf(spec.year);
        return y === null || !isRealDate(y, spec.month, spec.day) ? null : dayPeriod(calendarDay(y, spec.month, spec.day));
      }
      if (anchor === null || anchorYear === null) return null;
      const all = [anchorYear - 1, anchorYear, anchorYear + 1]
        .filter((y) => isRealDate(y, spec.month, spec.day))
        .map((y) => dayPeriod(calendarDay(y, spec.month, spec.day)));
      const sameWeekday = spec.weekday === null ? [] : all.filter((p) => isoWeekday(p.first) === spec.weekday);
      const candidates = sameWeekday.length ? sameWeekday : all;
      const chosen = choose(candidates, anchor, tense === 'none' ? 'nearest' : tense);
      const nearest = choose(candidates, anchor, 'nearest');
      const far = (p: Period): number => Math.abs(p.first - anchor);
      return chosen && nearest && far(chosen) > FAR_DAYS && far(nearest) < NEAR_DAYS ? nearest : (chosen ?? nearest);
    }
    case 'month': {
      if (spec.year) {
        const y = yearOf(spec.year);
        return y === null ? null : monthPeriod(y, spec.month);
      }
      if (anchor === null || anchorYear === null) return null;
      if (spec.cycle === 'this') return monthPeriod(anchorYear, spec.month);
      const all = [anchorYear - 1, anchorYear, anchorYear + 1].map((y) => monthPeriod(y, spec.month));
      return choose(all, anchor, spec.cycle ?? (tense === 'none' ? 'nearest' : tense));
    }
    case 'season': {
      if (spec.year) {
        const y = yearOf(spec.year);
        return y === null ? null : seasonPeriod(y, spec.season);
      }
      if (anchor === null || anchorYear === null) return null;
      const all = [anchorYear - 2, anchorYear - 1, anchorYear, anchorYear + 1].map((y) => seasonPeriod(y, spec.season));
      return choose(all, anchor, spec.cycle === 'this' ? 'nearest' : (spec.cycle ?? (tense === 'none' ? 'nearest' : tense)));
    }
    case 'quarter': {
      if (spec.year) {
        const y = yearOf(spec.year);
        return y === null ? null : quarterPeriod(y, spec.quarter);
      }
      if (anchor === null || anchorYear === null) return null;
      const all = [anchorYear - 1, anchorYear, anchorYear + 1].map((y) => quarterPeriod(y, spec.quarter));
      return choose(all, anchor, tense === 'future' ? 'future' : 'past');
    }
    case 'weekday': {
      if (anchor === null) return null;
      if (spec.cycle === 'this') return dayPeriod(weekMonday(anchor) + spec.weekday - 1);
      const all: Period[] = [];
      for (let d = anchor - 14; d <= anchor + 14; d++) if (isoWeekday(d) === spec.weekday) all.push(dayPeriod(d));
      return choose(all, anchor, spec.cycle ?? (tense === 'future' ? 'future' : 'past'));
    }
    case 'shift':
      return anchor === null ? null : shifted(spec.unit, spec.offset, anchor, tense);
    case 'ago':
      return anchor === null ? null : ago(spec.unit, spec.amount, anchor);
    case 'clock':
      return anchor === null ? null : dayPeriod(anchor);
    case 'range': {
      const from = period(spec.from, anchor, tense);
      const to = period(spec.to, anchor, tense);
      if (!from || !to || to.last < from.first) return null;
      return { value: `${from.value}/${to.value}`, first: from.first, last: to.last, isDay: false };
    }
  }
}

function choose(all: readonly Period[], anchor: CalendarDay, how: Choice | 'nearest'): Period | null {
  const pick = (xs: readonly Period[], latest: boolean): Period | null =>
    xs.length ? xs.reduce((a, b) => (latest ? (b.first > a.first ? b : a) : b.first < a.first ? b : a)) : null;
  switch (how) {
    case 'last':
      return pick(all.filter((p) => p.last < anchor), true);
    case 'next':
      return pick(all.filter((p) => p.first > anchor), false);
    case 'past':
      return pick(all.filter((p) => p.first <= anchor), true);
    case 'future':
      return pick(all.filter((p) => p.last >= anchor), false);
    default: {
      const distance = (p: Period): number => (anchor < p.first ? p.first - anchor : anchor > p.last ? anchor - p.last : 0);
      return all.reduce<Period | null>((best, p) => (best === null || distance(p) < distance(best) ? p : best), null);
    }
  }
}

function shifted(unit: TimeUnit, offset: number | null, anchor: CalendarDay, tense: Tense): Period | null {
  const { year, month } = dayParts(anchor);
  const n = offset ?? 0;
  switch (unit) {
    case 'day':
      return dayPeriod(anchor + n);
    case 'week': {
      const monday = weekMonday(anchor) + 7 * n;
      return { value: isoWeekLabel(monday), first: monday, last: monday + 6, isDay: false };
    }
    case 'weekend': {
      const back = n === 0 && tense === 'past' && isoWeekday(anchor) < 6 ? -7 : 0;
      const saturday = weekMonday(anchor) + 7 * n + back + 5;
      return { value: `${isoWeekLabel(saturday)}-WE`, first: saturday, last: saturday + 1, isDay: false };
    }
    case 'month': {
      const index = year * 12 + (month - 1) + n;
      return monthPeriod(Math.floor(index / 12), (index % 12) + 1);
    }
    case 'quarter': {
      const index = year * 4 + Math.floor((month - 1) / 3) + n;
      return quarterPeriod(Math.floor(index / 4), (index % 4) + 1);
    }
    case 'year':
      return yearPeriod(year + n);
    default:
      return null;
  }
}

function ago(unit: TimeUnit, amount: number, anchor: CalendarDay): Period | null {
  const { year, month } = dayParts(anchor);
  switch (unit) {
    case 'day':
      return dayPeriod(anchor - amount);
    case 'week':
      return dayPeriod(anchor - 7 * amount);
    case 'month': {
      const index = year * 12 + (month - 1) - amount;
      return monthPeriod(Math.floor(index / 12), (index % 12) + 1);
    }
    case 'year':
      return yearPeriod(year - amount);
    case 'decade':
      return yearPeriod(year - 10 * amount);
    default:
      return null;
  }
}

function narrow(p: Period, part: PeriodPart | null, anchor: CalendarDay | null): { first: CalendarDay; last: CalendarDay } {
  const n = p.last - p.first + 1;
  const third = Math.floor(n / 3);
  const twoThirds = Math.floor((2 * n) / 3);
  switch (part) {
    case 'early':
      return { first: p.first, last: p.first + third - 1 };
    case 'mid':
      return { first: p.first + third, last: p.first + twoThirds - 1 };
    case 'late':
      return { first: p.first + twoThirds, last: p.last };
    case 'before':
      return anchor !== null && anchor >= p.first && anchor <= p.last ? { first: p.first, last: anchor } : p;
    case 'after':
      return anchor !== null && anchor >= p.first && anchor <= p.last ? { first: anchor, last: p.last } : p;
    default:
      return p;
  }
}

function dayPeriod(day: CalendarDay): Period {
  return { value: formatDay(day), first: day, last: day, isDay: true };
}

function monthPeriod(year: number, month: number): Period {
  return {
    value: formatMonth(year, month),
    first: calendarDay(year, month, 1),
    last: calendarDay(year, month, daysInMonth(year, month)),
    isDay: false,
  };
}

function yearPeriod(year: number): Period {
  return { value: pad4(year), first: calendarDay(year, 1, 1), last: calendarDay(year, 12, 31), isDay: false };
}

function quarterPeriod(year: number, quarter: number): Period {
  const m = (quarter - 1) * 3 + 1;
  return { value: `${pad4(year)}-Q${quarter}`, first: calendarDay(year, m, 1), last: calendarDay(year, m + 3, 0), isDay: false };
}

function seasonPeriod(year: number, season: string): Period {
  const m = SEASON_START[season] ?? 3;
  return { value: `${pad4(year)}-${season}`, first: calendarDay(year, m, 1), last: calendarDay(year, m + 3, 0), isDay: false };
}
