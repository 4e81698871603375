import { recordValue } from './record-value.js';
import { publishedDate, type Doc } from '../document.js';
import type { Stage } from '../pipeline.js';
import type { TimeExpression } from '../record.js';
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
  const tenseAt = createTenseReader(lexicon);
  return {
    name: 'times',
    run(doc: Doc): Doc {
      const published = publishedDate(doc);
      const anchor = published ? parseCalendarDay(published) : null;
      const names = doc.entities
        .filter((e) => e.type === 'PERSON')
        .flatMap((e) => e.mentions.filter((m) => m.kind === 'name' || m.kind === 'alias'));
      const found = find(doc.text).filter((m) => !names.some((n) => n.start < m.end && m.start < n.end && n.end - n.start > m.end - m.start));
      const resolvedAll = found.map((m) => (m.spec.kind === 'clock' ? null : resolveTime(m, anchor, tenseAt(doc, m))));
      const keep = found.map(
        (m, i) => m.spec.kind === 'clock' || resolvedAll[i] !== null || (anchor === null && resolveTime(m, LEAP_DAY, 'none') !== null),
      );
      const mentions = found.filter((_, i) => keep[i]);
      const resolved = resolvedAll.filter((_, i) => keep[i]);
      const times: TimeExpression[] = mentions.map((m, i) => {
        const r = m.spec.kind === 'clock' ? clockTime(doc, m, mentions, resolved, anchor) : resolved[i]!;
        const range = r?.range ?? null;
        const value = r ? recordValue(r.value, range) : null;
        const time: TimeExpression = { start: m.start, end: m.end, text: doc.text.slice(m.start, m.end), value, range };
        return r && r.value !== value ? { ...time, timex: r.value } : time;
      });
      return { ...doc, times };
    },
  };
}

function clockTime(
  doc: Doc,
  clock: TimeMention,
  mentions: readonly TimeMention[],
  resolved: readonly (ResolvedTime | null)[],
  anchor: CalendarDay | null,
): ResolvedTime | null {
  if (clock.spec.kind !== 'clock') return null;
  if (clock.spec.dayOffset !== null) return anchor === null ? null : clockPeriod(clock.spec, anchor + clock.spec.dayOffset);
  const sentence = sentenceAt(doc, clock.start);
  let best: { day: CalendarDay; distance: number } | null = null;
  mentions.forEach((m, i) => {
    const r = resolved[i];
    if (!r || !sentence || m.start < sentence.start || m.end > sentence.end || !DAY_VALUE.test(r.value)) return;
    const day = parseCalendarDay(r.range.start);
    const distance = m.end <= clock.start ? clock.start - m.end : 2 * (m.start - clock.end);
    if (day !== null && (!best || distance < best.distance)) best = { day, distance };
  });
  const found = best as { day: CalendarDay; distance: number } | null;
  const day = found ? found.day : anchor;
  return day === null ? null : clockPeriod(clock.spec, day);
}

/** The times stage over the bundled lexicon (`data/times/lexicon.json`, loaded once). */
export const timesStage: Stage = createTimesStage();
