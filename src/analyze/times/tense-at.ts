import type { Doc, Sentence, Token } from '../document.js';
import type { Span } from '../record.js';
import { lowerWords } from '../tokens/lower-words.js';
import { sentenceAt } from './sentence-at.js';
import type { TimesLexicon } from './times-lexicon.js';

/** The tense of the clause around a time expression, as far as its words tell. */
export type Tense = 'past' | 'future' | 'none';

/** Reads the tense of the sentence words nearest to a span of one document. */
export type TenseOf = (span: Span) => Tense;

/** Gives the tense reader of a document; the reader keeps per-sentence cues, so build one per document. */
export type TenseReader = (doc: Doc) => TenseOf;

/** The cues of one sentence, read once: what each token cues and the summed steps before it. */
interface SentenceCues {
  /** Indices in `Doc.tokens` of the sentence's cue tokens, in order. */
  readonly at: readonly number[];
  readonly tenses: readonly (Tense | 'report')[];
  /** steps[k] is the sum of the steps of the sentence's first k tokens. */
  readonly steps: Int32Array;
}

const PUNCT_COST = 2;
const CLAUSE_COST = 2;
const REPORT_COST = 1;
const LOOKBACK = 3;
/** A cue after the span counts as farther than one before it: a time adverbial mostly follows its verb. */
const AFTER_FACTOR = 1.5;
const PRESENT_BE = new Set(['is', 'are', 'am']);
const FUTURE = 1;
const INTENT = 2;
const REPORT = 4;
const PAST = 8;
const NOT_PAST = 16;
const BREAK = 32;

/**
 * Builds a tense reader over the lexicon's cues. The nearest cue to the span (in tokens of its
 * sentence, a punctuation mark counting extra) decides: future cues (will, plans, expected to),
 * past cues (was, had, irregular past forms) and -ed forms, which are future after a modal
 * ("will be completed") and past otherwise. Reporting verbs count as past but a step farther, and a
 * clause opener ("that", "which") between the cue and the span counts as a step more.
 */
export function createTenseReader(lexicon: TimesLexicon): TenseReader {
  const flags = new Map<string, number>();
  const mark = (words: readonly string[], flag: number): void => {
    for (const w of words) flags.set(w, (flags.get(w) ?? 0) | flag);
  };
  mark(lexicon.futureCues, FUTURE);
  mark(lexicon.intentCues, INTENT);
  mark(lexicon.reportCues, REPORT);
  mark(lexicon.pastCues, PAST);
  mark(lexicon.pastSuffixExceptions, NOT_PAST);
  mark(lexicon.clauseBreaks, BREAK);
  const modals = new Set(lexicon.modals);
  const links = new Set(lexicon.intentLinks);
  const determiners = new Set(lexicon.determiners);

  /**
   * The cue of word k of a document whose tokens are `tokens` and lower-cased words `low`, read
   * within its sentence [first, end); `lowFlags` are the lexicon flags of `low[k]`.
   */
  const cueOf = (tokens: readonly Token[], low: readonly string[], first: number, end: number, k: number, lowFlags: number): Tense | 'report' | null => {
    const t = tokens[k]!;
    const curly = low[k]!.includes('’');
    const w = curly ? low[k]!.replace(/’/g, "'") : low[k]!;
    const f = curly ? (flags.get(w) ?? 0) : lowFlags;
    if ((f & FUTURE) !== 0 || w.endsWith("'ll")) return 'future';
    if ((f & INTENT) !== 0 && isIntent(low, end, k)) return 'future';
    if (w === 'to' && k > first && PRESENT_BE.has(low[k - 1]!)) return 'future';
    if ((f & REPORT) !== 0) return 'report';
    if ((f & PAST) !== 0) return participleTense(tokens, low, first, k);
    if (w.length > 4 && w.endsWith('ed') && (f & NOT_PAST) === 0 && t.text[0] === t.text[0]!.toLowerCase()) {
      return participleTense(tokens, low, first, k);
    }
    return null;
  };

  const isIntent = (low: readonly string[], end: number, k: number): boolean => {
    const next = k + 1 < end ? low[k + 1]! : '';
    if (!links.has(next)) return false;
    return next !== 'to' || !determiners.has(k + 2 < end ? low[k + 2]! : '');
  };

  const participleTense = (tokens: readonly Token[], low: readonly string[], first: number, k: number): Tense => {
    for (let j = k - 1; j >= Math.max(first, k - LOOKBACK); j--) {
      if (tokens[j]!.kind === 'punct') break;
      if (modals.has(low[j]!)) return 'future';
    }
    return 'past';
  };

  const cuesOf = (doc: Doc, sentence: Sentence): SentenceCues => {
    const { tokens } = doc;
    const low = lowerWords(tokens);
    const { firstToken: first, endToken: end } = sentence;
    const at: number[] = [];
    const tenses: (Tense | 'report')[] = [];
    const steps = new Int32Array(end - first + 1);
    for (let k = first; k < end; k++) {
      const kind = tokens[k]!.kind;
      const f = kind === 'punct' ? 0 : (flags.get(low[k]!) ?? 0);
      const cue = kind === 'word' ? cueOf(tokens, low, first, end, k, f) : null;
      if (cue) {
        at.push(k);
        tenses.push(cue);
      }
      steps[k - first + 1] = steps[k - first]! + (kind === 'punct' ? PUNCT_COST : (f & BREAK) !== 0 ? CLAUSE_COST : 1);
    }
    return { at, tenses, steps };
  };

  return (doc) => {
    const { tokens } = doc;
    const bySentence = new Map<Sentence, SentenceCues>();
    return (span) => {
      const sentence = sentenceAt(doc, span.start);
      if (!sentence) return 'none';
      let cues = bySentence.get(sentence);
      if (!cues) {
        cues = cuesOf(doc, sentence);
        bySentence.set(sentence, cues);
      }
      const { at, tenses, steps } = cues;
      const base = sentence.firstToken;
      const first = firstEndingAfter(tokens, base, sentence.endToken, span.start);
      const after = firstStartingFrom(tokens, first, sentence.endToken, span.end);
      const nearest: Nearest = { tense: 'none', cost: Infinity };
      for (let k = firstIndexOf(at, first) - 1; k >= 0; k--) {
        const distance = steps[first - base]! - steps[at[k]! + 1 - base]! + 1;
        if (distance > nearest.cost) break;
        weigh(nearest, tenses[k]!, distance);
      }
      for (let k = firstIndexOf(at, after); k < at.length; k++) {
        const distance = (steps[at[k]! + 1 - base]! - steps[after - base]!) * AFTER_FACTOR;
        if (distance > nearest.cost) break;
        weigh(nearest, tenses[k]!, distance);
      }
      return nearest.tense;
    };
  };
}

/** The nearest cue found so far around a time expression: its tense and its cost. */
interface Nearest {
  tense: Tense;
  cost: number;
}

/** Takes a cue at `distance` when it costs less than the nearest so far (a future cue wins a tie). */
function weigh(nearest: Nearest, cue: Tense | 'report', distance: number): void {
  const cost = cue === 'report' ? distance + REPORT_COST : distance;
  const tense: Tense = cue === 'report' ? 'past' : cue;
  if (cost < nearest.cost || (cost === nearest.cost && tense === 'future')) {
    nearest.tense = tense;
    nearest.cost = cost;
  }
}

/** The first index in [from, to) whose token ends after `offset`, or `to` (tokens in text order). */
function firstEndingAfter(tokens: readonly Token[], from: number, to: number, offset: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The first index in [from, to) whose token starts at or after `offset`, or `to` (tokens in text order). */
function firstStartingFrom(tokens: readonly Token[], from: number, to: number, offset: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The number of values of an ascending list below `value`. */
function firstIndexOf(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
