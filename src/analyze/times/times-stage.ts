import { recordValue } from './record-value.js';
import { publishedDate, type Doc } from '../document.js';
import type { Stage } from '../pipeline.js';
import type { Span, TimeExpression } from '../record.js';
import { calendarDay, parseCalendarDay, type CalendarDay } from './calendar-day.js';
import { clockPeriod, resolveTime, type ResolvedTime } from './resolve-time.js';
import { sentenceAt } from './sentence-at.js';
import { createTenseReader } from './tense-at.js';
import { createTimeFinder } from './time-finder.js';
import type { TimeMention } from './time-spec.js';
import { bundledTimesLexicon, type TimesLexicon } from './times-lexicon.js';

const LEAP_DAY: CalendarDay = calendarDay(2000, 6, 1);
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}(?:T[A-Z]{2})?$/;

/**
 * Builds the times stage over a lexicon: finds the time expressions of the text and resolves each
 * against the publication date and the tense of its sentence. Without a publication date, relative
 * expressions stay `value: null, range: null`; expressions that name no real date, or that lie in a
 * longer person's name found by the entities stage ("Theresa May"), are dropped.
 */
export function createTimesStage(lexicon: TimesLexicon = bundledTimesLexicon()): Stage {
  const find = createTimeFinder(lexicon);
  const tenseReader = createTenseReader(lexicon);
  return {
    name: 'times',
    run(doc: Doc): Doc {
      const published = publishedDate(doc);
      const anchor = published ? parseCalendarDay(published) : null;
      const all = find(doc.text);
      const found = all.length === 0 ? [] : outsideLongerNames(all, personNames(doc));
      const tenseAt = tenseReader(doc);
      const resolvedAll = found.map((m) => (m.spec.kind === 'clock' ? null : resolveTime(m, anchor, tenseAt(m))));
      const keep = found.map(
        (m, i) => m.spec.kind === 'clock' || resolvedAll[i] !== null || (anchor === null && resolveTime(m, LEAP_DAY, 'none') !== null),
      );
      const mentions = found.filter((_, i) => keep[i]);
      const resolved = resolvedAll.filter((_, i) => keep[i]);
      const days = nearestDays(mentions, resolved);
      const times: TimeExpression[] = mentions.map((m, i) => {
        const r = m.spec.kind === 'clock' ? clockTime(doc, i, mentions, days, anchor) : resolved[i]!;
        const range = r?.range ?? null;
        const value = r ? recordValue(r.value, range) : null;
        const text = doc.text.slice(m.start, m.end);
        return r && r.value !== value
          ? { start: m.start, end: m.end, text, value, range, timex: r.value }
          : { start: m.start, end: m.end, text, value, range };
      });
      return { ...doc, times };
    },
  };
}

/** The name and alias mentions of the people found by the entities stage. */
function personNames(doc: Doc): Span[] {
  const out: Span[] = [];
  for (const e of doc.entities) {
    if (e.type !== 'PERSON') continue;
    for (const m of e.mentions) if (m.kind === 'name' || m.kind === 'alias') out.push(m);
  }
  return out;
}

/**
 * The mentions (ordered by start, none overlapping) that no longer person's name overlaps
 * ("Theresa May"), in one sweep over both lists.
 */
function outsideLongerNames(found: readonly TimeMention[], names: readonly Span[]): TimeMention[] {
  const byStart = [...names].sort((a, b) => a.start - b.start);
  const open: Span[] = [];
  let next = 0;
  return found.filter((m) => {
    while (next < byStart.length && byStart[next]!.start < m.end) open.push(byStart[next++]!);
    for (let i = open.length - 1; i >= 0; i--) if (open[i]!.end <= m.start) open.splice(i, 1);
    return !open.some((n) => n.end - n.start > m.end - m.start);
  });
}

/** For each mention, the nearest mentions before and after it that resolve to one calendar day. */
interface NearestDays {
  readonly day: readonly (CalendarDay | null)[];
  readonly before: Int32Array;
  readonly after: Int32Array;
}

function nearestDays(mentions: readonly TimeMention[], resolved: readonly (ResolvedTime | null)[]): NearestDays {
  const day = resolved.map((r) => (r && DAY_VALUE.test(r.value) ? parseCalendarDay(r.range.start) : null));
  const before = new Int32Array(mentions.length);
  const after = new Int32Array(mentions.length);
  let last = -1;
  for (let i = 0; i < mentions.length; i++) {
    before[i] = last;
    if (day[i] !== null) last = i;
  }
  last = -1;
  for (let i = mentions.length - 1; i >= 0; i--) {
    after[i] = last;
    if (day[i] !== null) last = i;
  }
  return { day, before, after };
}

/**
 * The period of a clock time: the day it names ("10 p.m. yesterday"), else the day of the nearest
 * day-dated mention in its sentence (one after the clock counting at twice its distance),
 * else the publication day.
 */
function clockTime(
  doc: Doc,
  index: number,
  mentions: readonly TimeMention[],
  days: NearestDays,
  anchor: CalendarDay | null,
): ResolvedTime | null {
  const clock = mentions[index]!;
  if (clock.spec.kind !== 'clock') return null;
  if (clock.spec.dayOffset !== null) return anchor === null ? null : clockPeriod(clock.spec, anchor + clock.spec.dayOffset);
  const sentence = sentenceAt(doc, clock.start);
  let day = anchor;
  if (sentence) {
    const b = days.before[index]!;
    const a = days.after[index]!;
    const before = b >= 0 && mentions[b]!.start >= sentence.start ? mentions[b]! : null;
    const after = a >= 0 && mentions[a]!.end <= sentence.end ? mentions[a]! : null;
    if (after && (!before || 2 * (after.start - clock.end) < clock.start - before.end)) day = days.day[a]!;
    else if (before) day = days.day[b]!;
  }
  return day === null ? null : clockPeriod(clock.spec, day);
}

/** The times stage over the bundled lexicon (`data/times/lexicon.json`, loaded once). */
export const timesStage: Stage = createTimesStage();
