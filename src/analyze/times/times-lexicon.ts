import { dataUrl, loadDataFile } from '../../data/data-file.js';

/** The words the times stage reads, from `data/times/lexicon.json`. */
export interface TimesLexicon {
  readonly version: string;
  /** Month names and dotted abbreviations (capitalised, as written) to month numbers 1-12. */
  readonly months: Readonly<Record<string, number>>;
  /** Weekday names to ISO weekday numbers (Monday 1 ... Sunday 7). */
  readonly weekdays: Readonly<Record<string, number>>;
  /** Season words (lower case) to TIMEX3 season codes SP, SU, FA, WI. */
  readonly seasons: Readonly<Record<string, string>>;
  /** Parts of the day (lower case) to TIMEX3 codes MO, AF, EV, NI. */
  readonly dayParts: Readonly<Record<string, string>>;
  /** Spelled-out numbers ("a", "two", "ten") to their values. */
  readonly numberWords: Readonly<Record<string, number>>;
  /** Ordinal words that number a quarter ("third", "final") to 1-4. */
  readonly ordinals: Readonly<Record<string, number>>;
  /** Words that put a clause in the future (will, plans, expected...). */
  readonly futureCues: readonly string[];
  /** Words of intent or schedule (plans, expected, due, set) that put a clause in the future when a link word follows. */
  readonly intentCues: readonly string[];
  /** Words after an intent cue that make it one (to, for, in, by...). */
  readonly intentLinks: readonly string[];
  /** Determiners: "due to the storm" is a cause, not a schedule. */
  readonly determiners: readonly string[];
  /** Words that put a clause in the past (was, had, ago, irregular past forms...). */
  readonly pastCues: readonly string[];
  /** Reporting verbs: a tense cue only when the clause has no other. */
  readonly reportCues: readonly string[];
  /** Words ending in -ed that are not past forms. */
  readonly pastSuffixExceptions: readonly string[];
  /** Auxiliaries that make a following participle future (will be, to be). */
  readonly modals: readonly string[];
  /** Auxiliaries that make a following participle past (has been, was). */
  readonly auxiliaries: readonly string[];
  /** Words that open a new clause; a cue across one counts as farther away. */
  readonly clauseBreaks: readonly string[];
  /** Words before a bare month name that make it a date ("in", "since", "early"). */
  readonly monthCues: readonly string[];
  /** Words before a number that make it a quantity, not a year ("about", "nearly"). */
  readonly quantityCues: readonly string[];
  /** Nouns after a number that make it a count, not a year ("troops", "people"). */
  readonly countNouns: readonly string[];
  /** Words before a number that make it a label, not a year ("Resolution", "Flight"). */
  readonly numberLabels: readonly string[];
  /** Words before a bare clock time ("at 14:30") that make it a time, not a duration or a score. */
  readonly clockCues: readonly string[];
  /** Words of a game: near them, "the third quarter" is part of a match, not of a year. */
  readonly gameWords: readonly string[];
  /** Fixed-date holidays as written to MM-DD. */
  readonly holidays: Readonly<Record<string, string>>;
  /** Names that stand for one date ("9/11") to YYYY-MM-DD. */
  readonly namedDates: Readonly<Record<string, string>>;
}

const words = { type: 'array', items: { type: 'string', minLength: 1 } };
const numbers = (minimum: number, maximum: number) => ({
  type: 'object',
  minProperties: 1,
  additionalProperties: { type: 'integer', minimum, maximum },
});
const codes = (pattern: string) => ({
  type: 'object',
  minProperties: 1,
  additionalProperties: { type: 'string', pattern },
});

const SCHEMA = {
  type: 'object',
  required: [
    'version', 'months', 'weekdays', 'seasons', 'dayParts', 'numberWords', 'ordinals', 'futureCues', 'pastCues',
    'reportCues', 'pastSuffixExceptions', 'modals', 'auxiliaries', 'monthCues', 'quantityCues', 'countNouns',
    'numberLabels', 'holidays', 'namedDates', 'clauseBreaks', 'intentCues', 'intentLinks', 'determiners', 'clockCues', 'gameWords',
  ],
  properties: {
    version: { type: 'string', minLength: 1 },
    months: numbers(1, 12),
    weekdays: numbers(1, 7),
    seasons: codes('^(SP|SU|FA|WI)$'),
    dayParts: codes('^(MO|AF|EV|NI)$'),
    numberWords: numbers(1, 1000),
    ordinals: numbers(1, 4),
    futureCues: words,
    pastCues: words,
    reportCues: words,
    pastSuffixExceptions: words,
    modals: words,
    auxiliaries: words,
    clauseBreaks: words,
    clockCues: words,
    gameWords: words,
    intentCues: words,
    intentLinks: words,
    determiners: words,
    monthCues: words,
    quantityCues: words,
    countNouns: words,
    numberLabels: words,
    holidays: codes('^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'),
    namedDates: codes('^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'),
  },
};

/**
 * Loads and schema-checks `data/times/lexicon.json` (or another file of the same schema);
 * throws DataFileError naming the file, what was expected and what came.
 */
export function loadTimesLexicon(file: URL | string = dataUrl('times/lexicon.json')): TimesLexicon {
  return loadDataFile<TimesLexicon>(file, SCHEMA);
}

let bundled: TimesLexicon | null = null;

/** The bundled lexicon (`data/times/lexicon.json`), loaded and checked once per process. */
export function bundledTimesLexicon(): TimesLexicon {
  bundled ??= loadTimesLexicon();
  return bundled;
}
