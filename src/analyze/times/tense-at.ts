import type { Doc, Token } from '../document.js';
import type { Span } from '../record.js';
import { sentenceAt } from './sentence-at.js';
import type { TimesLexicon } from './times-lexicon.js';

/** The tense of the clause around a time expression, as far as its words tell. */
export type Tense = 'past' | 'future' | 'none';

/** Reads the tense of the sentence words nearest to a span. */
export type TenseReader = (doc: Doc, span: Span) => Tense;

const PUNCT_COST = 2;
const CLAUSE_COST = 2;
const REPORT_COST = 1;
const LOOKBACK = 3;
/** A cue after the span counts as farther than one before it: a time adverbial mostly follows its verb. */
const AFTER_FACTOR = 1.5;
const PRESENT_BE = new Set(['is', 'are', 'am']);

/**
 * Builds a tense reader over the lexicon's cues. The nearest cue to the span (in tokens of its
 * sentence, a punctuation mark counting extra) decides: future cues (will, plans, expected to),
 * past cues (was, had, irregular past forms) and -ed forms, which are future after a modal
 * ("will be completed") and past otherwise. Reporting verbs count as past but a step farther, and a
 * clause opener ("that", "which") between the cue and the span counts as a step more.
 */
export function createTenseReader(lexicon: TimesLexicon): TenseReader {
  const future = new Set(lexicon.futureCues);
  const past = new Set(lexicon.pastCues);
  const report = new Set(lexicon.reportCues);
  const notPast = new Set(lexicon.pastSuffixExceptions);
  const modals = new Set(lexicon.modals);
  const breaks = new Set(lexicon.clauseBreaks);
  const intents = new Set(lexicon.intentCues);
  const links = new Set(lexicon.intentLinks);
  const determiners = new Set(lexicon.determiners);
  const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');

  const isIntent = (tokens: readonly Token[], i: number, end: number): boolean => {
    const next = i + 1 < end ? lower(tokens[i + 1]) : '';
    if (!links.has(next)) return false;
    return next !== 'to' || !determiners.has(i + 2 < end ? lower(tokens[i + 2]) : '');
  };

  const participleTense = (tokens: readonly Token[], i: number, first: number): Tense => {
    for (let j = i - 1; j >= Math.max(first, i - LOOKBACK); j--) {
      const t = tokens[j]!;
      if (t.kind === 'punct') break;
      if (modals.has(t.text.toLowerCase())) return 'future';
    }
    return 'past';
  };

  const cueOf = (tokens: readonly Token[], i: number, first: number, end: number): Tense | 'report' | null => {
    const t = tokens[i]!;
    if (t.kind !== 'word') return null;
    const w = t.text.toLowerCase().replace(/’/g, "'");
    if (future.has(w) || w.endsWith("'ll")) return 'future';
    if (intents.has(w) && isIntent(tokens, i, end)) return 'future';
    if (w === 'to' && i > first && PRESENT_BE.has(tokens[i - 1]!.text.toLowerCase())) return 'future';
    if (report.has(w)) return 'report';
    if (past.has(w)) return participleTense(tokens, i, first);
    if (w.length > 4 && w.endsWith('ed') && !notPast.has(w) && t.text[0] === t.text[0]!.toLowerCase()) {
      return participleTense(tokens, i, first);
    }
    return null;
  };

  const step = (t: Token): number => (t.kind === 'punct' ? PUNCT_COST : breaks.has(t.text.toLowerCase()) ? CLAUSE_COST : 1);

  return (doc, span) => {
    const sentence = sentenceAt(doc, span.start);
    if (!sentence) return 'none';
    const { tokens } = doc;
    let best: Tense = 'none';
    let bestCost = Infinity;
    const consider = (i: number, distance: number): void => {
      const cue = cueOf(tokens, i, sentence.firstToken, sentence.endToken);
      if (!cue) return;
      const tense: Tense = cue === 'report' ? 'past' : cue;
      const cost = cue === 'report' ? distance + REPORT_COST : distance;
      if (cost < bestCost || (cost === bestCost && tense === 'future')) {
        best = tense;
        bestCost = cost;
      }
    };
    let first = sentence.firstToken;
    while (first < sentence.endToken && tokens[first]!.end <= span.start) first++;
    let cost = 0;
    for (let i = first - 1; i >= sentence.firstToken && cost + 1 <= bestCost; i--) {
      consider(i, cost + 1);
      cost += step(tokens[i]!);
    }
    cost = 0;
    for (let i = first; i < sentence.endToken; i++) {
      if (tokens[i]!.start < span.end) continue;
      cost += step(tokens[i]!);
      if (cost * AFTER_FACTOR > bestCost) break;
      consider(i, cost * AFTER_FACTOR);
    }
    return best;
  };
}
