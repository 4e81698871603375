import type { TimesLexicon } from './times-lexicon.js';
import type { Cycle, PeriodPart, TimeMention, TimeSpec, TimeUnit, YearRef } from './time-spec.js';

/** Finds the time expressions of a text, unresolved, ordered by start, none overlapping. */
export type TimeFinder = (text: string) => readonly TimeMention[];

type Groups = Readonly<Record<string, string | undefined>>;

interface Found {
  readonly spec: TimeSpec;
  readonly dayPart?: string | null;
}

interface Pattern {
  /** Keys of the words a match can start with (see keyOf). */
  readonly first: readonly string[];
  readonly re: RegExp;
  /** Whether a part word before the match ("early", "the end of") belongs to it. */
  readonly partable?: boolean;
  /** Whether the match is a time only with a part word before it ("the end of the year"). */
  readonly needsPart?: boolean;
  readonly build: (g: Groups, at: Where) => Found | null;
}

interface Where {
  readonly start: number;
  readonly end: number;
  readonly match: RegExpExecArray;
  readonly part: PeriodPart | null;
}

const S = '[ \\t\\u00a0]+';
const OS = '[ \\t\\u00a0]*';
const YEAR = '(?:1\\d|20)\\d\\d(?!\\d)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?!\\d)(?:st|nd|rd|th)?';
const PART_BEFORE = new RegExp(
  `(?:^|[^A-Za-z])(?:(?<part>[Ee]arly|[Mm]id|[Ll]ate|[Ee]arlier|[Ll]ater)(?:-|${S})|(?<partp>[Tt]he${S}(?:very${S})?(?<pw>end|beginning|start|middle)${S}of${S}))$`,
  'd',
);
const YEAR_PHRASE = `(?:(?<y>${YEAR})|(?<yrel>this|last|next)${S}year\\b)`;
const AMPM = '(?:[ap]\\.m\\.|[AP]\\.M\\.|[ap]m\\b|[AP]M\\b)';
const CYCLE_WORDS: Readonly<Record<string, Cycle>> = { this: 'this', last: 'last', past: 'last', next: 'next', coming: 'next' };
const SHIFT_WORDS: Readonly<Record<string, number>> = {
  this: 0, current: 0, last: -1, previous: -1, 'this past': -1, next: 1, coming: 1,
};
const CENTURY_WORDS: Readonly<Record<string, number>> = {
  'eighteenth': 18, 'nineteenth': 19, 'twentieth': 20, 'twenty-first': 21,
};
const DAY_WORDS: Readonly<Record<string, number>> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };
const PARTS: Readonly<Record<string, PeriodPart>> = {
  early: 'early', mid: 'mid', late: 'late', earlier: 'before', later: 'after',
  end: 'late', beginning: 'early', start: 'early', middle: 'mid',
};
const WORDS = /[A-Za-z][A-Za-z'’.]*/g;
const NEXT_WORD = /^[^A-Za-z\n]{0,3}?([A-Za-z]+)/;
const RANGE_GAP = new RegExp(`^${OS}(?:(?<dash>[-–—])|(?<to>to|through|until|till)|(?<and>and))${OS}$`);
const RANGE_START = new RegExp(`(?:^|[^A-Za-z])(?<from>[Bb]etween|[Ff]rom)${S}$`);
const BEFORE_YEAR_BAD = /[\d$€£¥#.,/:\-A-Za-z]$/;
const AFTER_YEAR_BAD = /^(?:[%A-Za-z\d*×]|[.,:]\d|[-–/]\d(?!\d\d\d)|['’]s\b)/;

const DIGIT = '#';
/** Two-digit years ('08, '95) up to this one are read as 20xx, the others as 19xx. */
const SHORT_YEAR_PIVOT = 30;
/** Game words a text needs before its bare quarters are taken for quarters of a match. */
const GAME_WORDS = 2;
const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);
const QUOTE = "'";
const CYCLE_KEYS = ['this', 'last', 'next', 'past', 'coming'];

/** The key a word is filed under: '#' for a number, "'" for a quote before digits, else the first word in lower case. */
const keyOf = (word: string): string =>
  /^\d/.test(word) ? DIGIT : /^['’]/.test(word) ? QUOTE : (/^[A-Za-z]+/.exec(word)?.[0] ?? word).toLowerCase();

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: Iterable<string>): string =>
  [...words].sort((a, b) => b.length - a.length).map(esc).join('|');
const cap = (word: string): string => {
  const first = word[0]!;
  return first.toUpperCase() === first.toLowerCase() ? esc(word) : `[${first.toLowerCase()}${first.toUpperCase()}]${esc(word.slice(1))}`;
};
const capAlt = (words: Iterable<string>): string =>
  [...words].sort((a, b) => b.length - a.length).map(cap).join('|');

/**
 * Builds the finder of time expressions over a lexicon: explicit dates ("11 December", "June 18,
 * 2009"), months, years, decades, seasons, quarters and halves, weekdays, relative days, weeks,
 * months and years ("last week", "early this year"), "N units ago", holidays, clock times and
 * ranges ("between March and May"). Bare month and season names need a cue word before them
 * ("in", "since", "early"), and bare years must not read as quantities or labels.
 */
export function createTimeFinder(lexicon: TimesLexicon): TimeFinder {
  const monthNumber = new Map(Object.entries(lexicon.months));
  const fullMonths = [...monthNumber.keys()].filter((m) => !m.endsWith('.'));
  const MONTH = `(?:${alt(monthNumber.keys())})(?![A-Za-z])`;
  const DATED_MONTH = `(?:${alt([...monthNumber.keys(), ...[...monthNumber.keys()].filter((m) => m.endsWith('.')).map((m) => m.slice(0, -1))])})(?![A-Za-z])`;
  const FULL_MONTH = `(?:${alt(fullMonths)})(?![A-Za-z'’])`;
  const WEEKDAY = `(?:${alt(Object.keys(lexicon.weekdays))})(?![A-Za-z])`;
  const SEASON = `(?:${capAlt(Object.keys(lexicon.seasons))})(?![A-Za-z])`;
  const DAY_PART = `(?:${capAlt(Object.keys(lexicon.dayParts))})(?![A-Za-z])`;
  const NUMBER = `(?:\\d{1,3}|${capAlt(Object.keys(lexicon.numberWords))})`;
  const ORDINAL = `(?:${capAlt(Object.keys(lexicon.ordinals))})`;
  const monthKeys = [...monthNumber.keys()].map(keyOf);
  const fullMonthKeys = fullMonths.map(keyOf);
  const weekdayKeys = Object.keys(lexicon.weekdays).map(keyOf);
  const seasonKeys = Object.keys(lexicon.seasons).map(keyOf);
  const ordinalKeys = Object.keys(lexicon.ordinals).map(keyOf);
  const cues = new Set(lexicon.monthCues);
  const clockCues = new Set(lexicon.clockCues);
  const gameWords = new RegExp(`(?<![A-Za-z])(?:${alt(lexicon.gameWords)})(?![A-Za-z])`, 'gi');
  let lastText: string | null = null;
  let lastGame = false;
  const isGameText = (match: RegExpExecArray): boolean => {
    if (match.input !== lastText) {
      lastText = match.input;
      lastGame = (match.input.match(gameWords)?.length ?? 0) >= GAME_WORDS;
    }
    return lastGame;
  };
  const quantity = new Set(lexicon.quantityCues);
  const counts = new Set(lexicon.countNouns);
  const labels = new Set(lexicon.numberLabels);
  const afterSeries = new RegExp(`(?:${alt(fullMonths)}|\\d{4}|\\d0s|${capAlt(Object.keys(lexicon.seasons))})${OS}(?:and|or|to|through|until|till|[-–])${OS}$`);

  const month = (name: string | undefined): number => monthNumber.get(name ?? '') ?? monthNumber.get(`${name ?? ''}.`) ?? 0;
  const weekday = (name: string | undefined): number | null => (name ? (lexicon.weekdays[name] ?? null) : null);
  const dayPart = (name: string | undefined): string | null => (name ? (lexicon.dayParts[name.toLowerCase()] ?? null) : null);
  const yearRef = (g: Groups): YearRef | null =>
    g.y ? { abs: Number(g.y) } : g.yrel ? { rel: SHIFT_WORDS[g.yrel.toLowerCase()] ?? 0 } : null;
  const cycle = (word: string | undefined): Cycle | null => (word ? (CYCLE_WORDS[word.toLowerCase()] ?? null) : null);
  const amount = (word: string): number => (/^\d/.test(word) ? Number(word) : (lexicon.numberWords[word.toLowerCase()] ?? 0));
  const dayNumber = (s: string | undefined): number => Number((s ?? '').replace(/\D/g, ''));

  const previous = (text: string, start: number): { last: string; before: string } => {
    const slice = text.slice(Math.max(0, start - 40), start);
    const words = slice.match(WORDS) ?? [];
    const last = words[words.length - 1] ?? '';
    if (slice.slice(slice.lastIndexOf(last) + last.length).includes('\n')) return { last: '', before: '' };
    return { last: last.toLowerCase(), before: (words[words.length - 2] ?? '').toLowerCase() };
  };
  const licensed = (text: string, start: number): boolean => {
    const slice = text.slice(Math.max(0, start - 40), start);
    if (/[Mm]id-$/.test(slice) || afterSeries.test(slice)) return true;
    const { last, before } = previous(text, start);
    return cues.has(last) || (last === 'the' && cues.has(before));
  };
  const nextWord = (text: string, end: number): string => NEXT_WORD.exec(text.slice(end, end + 30))?.[1]?.toLowerCase() ?? '';
  const isYear = (text: string, start: number, end: number, hasPart: boolean): boolean => {
    if (!hasPart && BEFORE_YEAR_BAD.test(text.slice(Math.max(0, start - 1), start))) return false;
    if (AFTER_YEAR_BAD.test(text.slice(end, end + 3))) return false;
    const { last } = previous(text, start);
    if (quantity.has(last) || labels.has(last) || labels.has(last.replace(/\.$/, ''))) return false;
    return !counts.has(nextWord(text, end));
  };

  const patterns: Pattern[] = [
    {
      first: [DIGIT],
      re: /\b(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})\b/g,
      build: (g) => ({ spec: { kind: 'day', year: { abs: Number(g.y) }, month: Number(g.mo), day: Number(g.d), weekday: null } }),
    },
    {
      first: [DIGIT],
      re: /(?<![\d/])(?<a>\d{1,2})\/(?<b>\d{1,2})\/(?<y>\d{4})(?![\d/])/g,
      build: (g) => {
        const [a, b] = [Number(g.a), Number(g.b)];
        const [mo, d] = a > 12 ? [b, a] : [a, b];
        return { spec: { kind: 'day', year: { abs: Number(g.y) }, month: mo, day: d, weekday: null } };
      },
    },
    {
      first: [...monthKeys, ...weekdayKeys],
      re: new RegExp(
        `(?:(?<wd>${WEEKDAY}),?${S})?(?<mo>${DATED_MONTH})${OS}(?<d>${DAY})(?:${OS}(?:-|–|to|through|until)${OS}(?<d2>${DAY}))?(?:,?${S}(?<y>${YEAR}))?(?![\\d:.,]\\d)`,
        'g',
      ),
      build: (g) => dayRange(month(g.mo), dayNumber(g.d), g.d2 ? dayNumber(g.d2) : null, g.y, weekday(g.wd)),
    },
    {
      first: [...weekdayKeys, DIGIT],
      re: new RegExp(
        `(?<![\\d.,$])\\b(?:(?<wd>${WEEKDAY}),?${S})?(?<d>${DAY})(?:${OS}(?:-|–|to)${OS}(?<d2>${DAY}))?(?:${S}of)?${S}(?<mo>${DATED_MONTH})(?:,?${S}(?<y>${YEAR}))?`,
        'g',
      ),
      build: (g) => dayRange(month(g.mo), dayNumber(g.d), g.d2 ? dayNumber(g.d2) : null, g.y, weekday(g.wd)),
    },
    {
      first: monthKeys,
      partable: true,
      re: new RegExp(`(?<mo>${MONTH}),?${S}(?:of${S})?${YEAR_PHRASE}`, 'g'),
      build: (g) => ({ spec: { kind: 'month', year: yearRef(g), month: month(g.mo), cycle: null } }),
    },
    {
      first: [...fullMonthKeys, ...CYCLE_KEYS],
      partable: true,
      re: new RegExp(`(?:(?<cyc>[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Cc]oming)${S})?(?<mo>${FULL_MONTH})`, 'g'),
      build: (g, at) =>
        at.part || g.cyc || licensed(at.match.input, at.start)
          ? { spec: { kind: 'month', year: null, month: month(g.mo), cycle: cycle(g.cyc) } }
          : null,
    },
    {
      first: [...seasonKeys, ...CYCLE_KEYS],
      partable: true,
      re: new RegExp(
        `(?:(?<cyc>[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Cc]oming)${S})?(?<se>${SEASON})(?:${S}(?:of${S})?${YEAR_PHRASE})?`,
        'g',
      ),
      build: (g, at) => {
        const year = yearRef(g);
        if (!year && !g.cyc && !at.part && !licensed(at.match.input, at.start)) return null;
        if (!year && !g.cyc && /^[Ff]all$/.test(g.se ?? '') && previous(at.match.input, at.start).last !== 'the') return null;
        return { spec: { kind: 'season', season: lexicon.seasons[(g.se ?? '').toLowerCase()] ?? 'SP', year, cycle: cycle(g.cyc) } };
      },
    },
    {
      first: [QUOTE, DIGIT],
      partable: true,
      re: new RegExp(`(?<q>['’])?(?<dec>(?:1\\d|20)\\d0|[0-9]0)['’]?s(?![A-Za-z])`, 'g'),
      build: (g, at) => {
        const dec = g.dec ?? '';
        if (dec.length === 4) return { spec: { kind: 'decade', decade: Number(dec) / 10 } };
        if (!g.q && !at.part) {
          const { last } = previous(at.match.input, at.start);
          if (last !== 'the' && !((last === 'and' || last === 'or') && afterSeries.test(at.match.input.slice(Math.max(0, at.start - 12), at.start))))
            return null;
        }
        const d = Number(dec);
        return { spec: { kind: 'decade', decade: d >= 30 ? 190 + d / 10 : 200 + d / 10 } };
      },
    },
    {
      first: ['the', 'q', ...ordinalKeys],
      re: new RegExp(
        `(?<the>[Tt]he${S})?(?:(?<ord>${ORDINAL})${S}(?:(?:fiscal|financial)${S})?quarter|Q(?<qn>[1-4]))(?![A-Za-z])(?:${S}(?:of${S})?(?:(?:the${S})?(?:fiscal|financial)${S})?(?:${YEAR_PHRASE}|(?<ythe>the${S}year\\b)))?`,
        'g',
      ),
      build: (g, at) => {
        const year = g.ythe ? { rel: 0 } : yearRef(g);
        const ord = (g.ord ?? '').toLowerCase();
        if (!year && (ord === 'last' || ord === 'past') && !isGameText(at.match))
          return { spec: { kind: 'shift', unit: 'quarter', offset: -1 } };
        const quarter = g.qn ? Number(g.qn) : (lexicon.ordinals[ord] ?? 0);
        if (!year && (g.qn || isGameText(at.match))) return null;
        return quarter ? { spec: { kind: 'quarter', quarter, year } } : null;
      },
    },
    {
      first: ['the'],
      re: new RegExp(`[Tt]he${S}(?<h>first|second)${S}half${S}of${S}(?:${YEAR_PHRASE}|(?<ythe>the${S}year\\b))`, 'g'),
      build: (g) => ({ spec: { kind: 'half', half: g.h === 'first' ? 1 : 2, year: g.ythe ? { rel: 0 } : (yearRef(g) ?? { rel: 0 }) } }),
    },
    {
      first: [QUOTE],
      partable: true,
      re: /(?<=^|\s)['’](?<yy>\d\d)(?![\dA-Za-z%'’])/g,
      build: (g, at) => {
        if (counts.has(nextWord(at.match.input, at.end))) return null;
        const yy = Number(g.yy);
        return { spec: { kind: 'year', year: { abs: yy <= SHORT_YEAR_PIVOT ? 2000 + yy : 1900 + yy } } };
      },
    },
    {
      first: [DIGIT],
      partable: true,
      re: new RegExp(`(?<y>${YEAR})(?:[-–/](?<y2>\\d\\d(?!\\d)))?`, 'g'),
      build: (g, at) => {
        if (!isYear(at.match.input, at.start, at.end, at.part !== null)) return null;
        const y = Number(g.y);
        if (!g.y2) return { spec: { kind: 'year', year: { abs: y } } };
        const y2 = Math.floor(y / 100) * 100 + Number(g.y2);
        return y2 > y ? { spec: { kind: 'range', from: { kind: 'year', year: { abs: y } }, to: { kind: 'year', year: { abs: y2 } } } } : null;
      },
    },
    {
      first: ['this', 'last', 'next', 'coming', 'the'],
      partable: true,
      re: new RegExp(
        `(?<rel>[Tt]his${S}past|[Tt]his|[Ll]ast|[Nn]ext|[Cc]oming|[Tt]he${S}(?:previous|last|current|coming|next))${S}(?<u>[Ww]eek|[Ww]eekend|[Mm]onth|[Qq]uarter|[Yy]ear)(?![A-Za-z])(?!${S}or\\b)(?!${S}of${S}(?:the|his|her|their|its|${FULL_MONTH}|\\d))`,
        'g',
      ),
      build: (g) => {
        const word = (g.rel ?? '').toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '');
        return { spec: { kind: 'shift', unit: (g.u ?? '').toLowerCase() as TimeUnit, offset: SHIFT_WORDS[word] ?? 0 } };
      },
    },
    {
      first: ['the'],
      needsPart: true,
      re: new RegExp(`[Tt]he${S}(?<u>year|month|week)(?![A-Za-z])`, 'g'),
      build: (g) => ({ spec: { kind: 'shift', unit: g.u as TimeUnit, offset: 0 } }),
    },
    {
      first: ['the'],
      re: new RegExp(`[Tt]he${S}(?<u>year|month|week)${S}(?:before|previous|earlier|prior)(?![A-Za-z])`, 'g'),
      build: (g) => ({ spec: { kind: 'shift', unit: g.u as TimeUnit, offset: -1 } }),
    },
    {
      first: ['the'],
      re: new RegExp(`(?<![A-Za-z])[Tt]he${S}weekend(?![A-Za-z])`, 'g'),
      build: () => ({ spec: { kind: 'shift', unit: 'weekend', offset: null } }),
    },
    {
      first: ['earlier', 'later', ...Object.keys(DAY_WORDS)],
      re: new RegExp(`(?:(?:[Ee]arlier|[Ll]ater)${S})?(?<rd>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)(?![A-Za-z])(?:${S}(?<dp>${DAY_PART}))?`, 'g'),
      build: (g) => {
        const word = (g.rd ?? '').toLowerCase();
        return {
          spec: { kind: 'shift', unit: 'day', offset: DAY_WORDS[word] ?? 0 },
          dayPart: word === 'tonight' ? 'NI' : dayPart(g.dp),
        };
      },
    },
    {
      first: ['this', 'last'],
      re: new RegExp(`(?<![A-Za-z])(?<tl>[Tt]his|[Ll]ast)${S}(?<dp>${DAY_PART})`, 'g'),
      build: (g) => ({
        spec: { kind: 'shift', unit: 'day', offset: /^[Ll]/.test(g.tl ?? '') ? -1 : 0 },
        dayPart: dayPart(g.dp),
      }),
    },
    {
      first: [...weekdayKeys, ...CYCLE_KEYS],
      re: new RegExp(`(?:(?<cyc>[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Cc]oming)${S})?(?<wd>${WEEKDAY})(?:${S}(?<dp>${DAY_PART}))?`, 'g'),
      build: (g) => ({ spec: { kind: 'weekday', weekday: weekday(g.wd) ?? 1, cycle: cycle(g.cyc) }, dayPart: dayPart(g.dp) }),
    },
    {
      first: [DIGIT, ...Object.keys(lexicon.numberWords).map(keyOf)],
      re: new RegExp(`(?<![A-Za-z\\d])(?<n>${NUMBER})${S}(?<u>day|week|month|year|decade)s?${S}ago(?![A-Za-z])`, 'g'),
      build: (g) => {
        const n = amount(g.n ?? '');
        return n > 0 ? { spec: { kind: 'ago', unit: g.u as TimeUnit, amount: n } } : null;
      },
    },
    {
      first: Object.keys(lexicon.holidays).map(keyOf),
      re: new RegExp(`(?<hol>${alt(Object.keys(lexicon.holidays))})(?![A-Za-z])(?:,?${S}(?<y>${YEAR}))?`, 'g'),
      build: (g, at) => {
        if (!g.y && !/\s/.test(g.hol ?? '')) {
          const { last } = previous(at.match.input, at.start);
          if (POSSESSIVES.has(last) || !licensed(at.match.input, at.start)) return null;
        }
        const [mo, d] = (lexicon.holidays[g.hol ?? ''] ?? '01-01').split('-').map(Number);
        return { spec: { kind: 'day', year: g.y ? { abs: Number(g.y) } : null, month: mo ?? 1, day: d ?? 1, weekday: null } };
      },
    },
    {
      first: Object.keys(lexicon.namedDates).map(keyOf),
      re: new RegExp(`(?<![\\w/])(?<named>${alt(Object.keys(lexicon.namedDates))})(?![\\d/])`, 'g'),
      build: (g) => {
        const [y, mo, d] = (lexicon.namedDates[g.named ?? ''] ?? '2000-01-01').split('-').map(Number);
        return { spec: { kind: 'day', year: { abs: y ?? 2000 }, month: mo ?? 1, day: d ?? 1, weekday: null } };
      },
    },
    {
      first: [DIGIT, ...Object.keys(CENTURY_WORDS).map(keyOf)],
      re: new RegExp(`(?<![A-Za-z\\d])(?<c>1\\d|2[01]|[1-9])(?:st|nd|rd|th)${S}century(?![A-Za-z])|(?<cw>${capAlt(Object.keys(CENTURY_WORDS))})${S}century(?![A-Za-z])`, 'g'),
      build: (g) => {
        const n = g.c ? Number(g.c) : (CENTURY_WORDS[(g.cw ?? '').toLowerCase()] ?? 0);
        return n > 0 ? { spec: { kind: 'century', century: n - 1 } } : null;
      },
    },
    {
      first: [DIGIT],
      re: new RegExp(
        `(?<![\\d.:,])(?<h>[01]?\\d|2[0-3])(?:[:](?<mi>[0-5]\\d)(?!\\d)(?:${OS}(?<ap>${AMPM}))?|(?:[.:](?<mi2>[0-5]\\d))?${OS}(?<ap2>${AMPM}))(?:${S}(?<tz>UTC|GMT|Z\\b|local${S}time))?(?:${OS}\\((?:GMT|UTC)${OS}[+-]${OS}\\d{1,2}(?::?\\d\\d)?\\))?(?:${S}(?<rd>today|yesterday|tomorrow)(?![A-Za-z]))?`,
        'g',
      ),
      build: (g, at) => {
        if (!g.ap && !g.ap2 && !g.tz && !clockCues.has(previous(at.match.input, at.start).last)) return null;
        let hour = Number(g.h);
        const ap = (g.ap ?? g.ap2 ?? '').toLowerCase();
        if (ap.startsWith('p') && hour < 12) hour += 12;
        if (ap.startsWith('a') && hour === 12) hour = 0;
        if (ap && Number(g.h) > 12) return null;
        const utc = g.tz === 'UTC' || g.tz === 'GMT' || g.tz === 'Z';
        const dayOffset = g.rd ? (DAY_WORDS[g.rd] ?? 0) : null;
        return { spec: { kind: 'clock', hour, minute: Number(g.mi ?? g.mi2 ?? 0), utc, dayOffset } };
      },
    },
  ];

  const byFirst = new Map<string, Pattern[]>();
  for (const p of patterns) {
    const sticky: Pattern = { ...p, re: new RegExp(p.re.source, p.re.flags.replace('g', '') + 'y') };
    for (const key of new Set(p.first)) byFirst.set(key, [...(byFirst.get(key) ?? []), sticky]);
  }

  const patternsAt = keyIndex(byFirst);
  return (text) => {
    const found: TimeMention[] = [];
    for (let start = 0; start < text.length; ) {
      const end = wordEnd(text, start);
      if (end === start) {
        start++;
        continue;
      }
      const from = start;
      start = end;
      const at = patternsAt(text, from, end);
      if (!at) continue;
      at.gate.lastIndex = from;
      if (!at.gate.test(text)) continue;
      for (const p of at.patterns) {
        p.re.lastIndex = from;
        const m = p.re.exec(text);
        if (!m || m[0].length === 0) continue;
        const end = m.index + m[0].length;
        const sliceStart = Math.max(0, m.index - 40);
        const before = p.partable || p.needsPart ? PART_BEFORE.exec(text.slice(sliceStart, m.index)) : null;
        if (p.needsPart && !before) continue;
        const partWord = (before?.groups?.part ?? before?.groups?.pw ?? '').toLowerCase();
        const part = PARTS[partWord] ?? null;
        const built = p.build(m.groups ?? {}, { start: m.index, end, match: m, part });
        if (!built) continue;
        const partStart = before?.indices?.groups?.part ?? before?.indices?.groups?.partp;
        const start = partStart ? sliceStart + partStart[0] : m.index;
        found.push({ start, end, spec: built.spec, part, dayPart: built.dayPart ?? null });
      }
    }
    return joinRanges(text, pickLongest(found));
  };
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The end of the word a pattern can start with at `i` (a run of ASCII letters, a run of digits, or a
 * quote mark before a digit), or `i` when none starts there.
 */
function wordEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let end = i + 1;
  if (isLetter(c)) while (end < text.length && isLetter(text.charCodeAt(end))) end++;
  else if (isDigit(c)) while (end < text.length && isDigit(text.charCodeAt(end))) end++;
  else return (c === 0x27 || c === 0x2019) && isDigit(text.charCodeAt(i + 1)) ? i + 1 : i;
  return end;
}

/** The patterns filed under one key, and one expression that matches where any of them does. */
interface KeyPatterns {
  readonly patterns: readonly Pattern[];
  readonly gate: RegExp;
}

const MAX_KEY = 31;

/**
 * One sticky expression matching where any of the patterns does (their alternatives, groups
 * unnamed); one that always matches when their flags differ.
 */
function gateOf(patterns: readonly Pattern[]): RegExp {
  const flags = patterns[0]?.re.flags ?? 'y';
  if (patterns.some((p) => p.re.flags !== flags)) return new RegExp('', 'y');
  const unnamed = patterns.map((p) => `(?:${p.re.source.replace(/\(\?<(?![=!])\w+>/g, '(?:')})`);
  return new RegExp(unnamed.join('|'), flags);
}

/**
 * The look-up of the patterns filed under the key of the word at [start, end) of a text (see
 * {@link wordEnd}): {@link DIGIT} for digits, {@link QUOTE} for a quote mark, else the letters in
 * lower case, compared in place with the keys of the same length and first letter.
 */
function keyIndex(byFirst: ReadonlyMap<string, Pattern[]>): (text: string, start: number, end: number) => KeyPatterns | undefined {
  const filed = (patterns: readonly Pattern[]): KeyPatterns => ({ patterns, gate: gateOf(patterns) });
  const buckets: (readonly { key: string; at: KeyPatterns }[] | undefined)[] = [];
  for (const [key, patterns] of byFirst) {
    if (!/^[a-z]+$/.test(key) || key.length > MAX_KEY) continue;
    const bucket = key.length * 32 + key.charCodeAt(0) - 97;
    buckets[bucket] = [...(buckets[bucket] ?? []), { key, at: filed(patterns) }];
  }
  const digit = byFirst.has(DIGIT) ? filed(byFirst.get(DIGIT)!) : undefined;
  const quote = byFirst.has(QUOTE) ? filed(byFirst.get(QUOTE)!) : undefined;
  return (text, start, end) => {
    const c = text.charCodeAt(start);
    if (isDigit(c)) return digit;
    if (!isLetter(c)) return quote;
    if (end - start > MAX_KEY) return undefined;
    const entries = buckets[(end - start) * 32 + (c | 32) - 97];
    if (!entries) return undefined;
    for (const { key, at } of entries) {
      let i = 1;
      while (i < key.length && (text.charCodeAt(start + i) | 32) === key.charCodeAt(i)) i++;
      if (i === key.length) return at;
    }
    return undefined;
  };
}

function dayRange(month: number, day: number, day2: number | null, year: string | undefined, weekday: number | null): Found | null {
  if (!month) return null;
  const y: YearRef | null = year ? { abs: Number(year) } : null;
  const from: TimeSpec = { kind: 'day', year: y, month, day, weekday };
  if (day2 === null) return { spec: from };
  if (day2 <= day) return null;
  return { spec: { kind: 'range', from, to: { kind: 'day', year: y, month, day: day2, weekday: null } } };
}

/** The longest mentions first (then the earliest), each kept unless it overlaps one kept before; by start. */
function pickLongest(found: readonly TimeMention[]): TimeMention[] {
  const byLength = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TimeMention[] = [];
  for (const m of byLength) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

const RANGEABLE = new Set(['day', 'month', 'year', 'season', 'quarter', 'weekday', 'decade']);

function joinRanges(text: string, mentions: readonly TimeMention[]): TimeMention[] {
  const out = [...mentions];
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (isRange(text, a, b)) out[i] = { ...a, spec: borrowYear(a.spec, b.spec) };
  }
  return out;
}

function isRange(text: string, a: TimeMention, b: TimeMention): boolean {
  if (!RANGEABLE.has(a.spec.kind) || !RANGEABLE.has(b.spec.kind)) return false;
  const gap = RANGE_GAP.exec(text.slice(a.end, b.start));
  if (!gap) return false;
  const opener = RANGE_START.exec(text.slice(Math.max(0, a.start - 12), a.start))?.groups?.from?.toLowerCase() ?? null;
  const sameKind = a.spec.kind === b.spec.kind;
  return gap.groups?.and ? opener === 'between' : gap.groups?.dash ? sameKind : opener !== null || sameKind;
}

function borrowYear(a: TimeSpec, b: TimeSpec): TimeSpec {
  const year = b.kind === 'day' || b.kind === 'month' || b.kind === 'season' ? b.year : null;
  if (!year || !('abs' in year)) return a;
  const laterMonth = (month: number): boolean => (b.kind === 'day' || b.kind === 'month') && month > b.month;
  if ((a.kind === 'month' || a.kind === 'day') && !a.year) return { ...a, year: { abs: laterMonth(a.month) ? year.abs - 1 : year.abs } };
  if (a.kind === 'season' && !a.year) return { ...a, year };
  return a;
}
