/** A year written out (`abs`) or counted from the publication year (`rel`: -1 last year, 0 this year). */
export type YearRef = { readonly abs: number } | { readonly rel: number };

/** A modifier naming the next, previous or current one of a cyclic name ("next July", "last Tuesday"). */
export type Cycle = 'last' | 'next' | 'this';

/** A part of a period: early/mid/late thirds, or the part before/after publication ("earlier this year"). */
export type PeriodPart = 'early' | 'mid' | 'late' | 'before' | 'after';

/** A calendar unit that relative expressions count in. */
export type TimeUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade';

/** What a time expression says, before it is resolved against the publication date. */
export type TimeSpec =
  | { readonly kind: 'day'; readonly year: YearRef | null; readonly month: number; readonly day: number; readonly weekday: number | null }
  | { readonly kind: 'month'; readonly year: YearRef | null; readonly month: number; readonly cycle: Cycle | null }
  | { readonly kind: 'year'; readonly year: YearRef }
  | { readonly kind: 'decade'; readonly decade: number }
  | { readonly kind: 'century'; readonly century: number }
  | { readonly kind: 'season'; readonly season: string; readonly year: YearRef | null; readonly cycle: Cycle | null }
  | { readonly kind: 'quarter'; readonly quarter: number; readonly year: YearRef | null }
  | { readonly kind: 'half'; readonly half: number; readonly year: YearRef }
  | { readonly kind: 'weekday'; readonly weekday: number; readonly cycle: Cycle | null }
  | { readonly kind: 'shift'; readonly unit: TimeUnit; readonly offset: number | null }
  | { readonly kind: 'ago'; readonly unit: TimeUnit; readonly amount: number }
  | { readonly kind: 'clock'; readonly hour: number; readonly minute: number; readonly utc: boolean; readonly dayOffset: number | null }
  | { readonly kind: 'range'; readonly from: TimeSpec; readonly to: TimeSpec };

/** A time expression found in the text, not yet resolved. */
export interface TimeMention {
  readonly start: number;
  readonly end: number;
  readonly spec: TimeSpec;
  readonly part: PeriodPart | null;
  /** TIMEX3 part of day (MO, AF, EV, NI) when the text names one. */
  readonly dayPart: string | null;
}
