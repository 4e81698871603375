import type { Claim } from '../record.js';
import type { DraftClaim } from './draft-claim.js';
import { wordRuns } from './word-runs.js';

const NEAR_SENTENCES = 4;
const STOP: ReadonlySet<string> = new Set([
  'that', 'this', 'these', 'those', 'with', 'from', 'have', 'been', 'were', 'will', 'would', 'their', 'there', 'they',
  'which', 'about', 'into', 'after', 'before', 'said', 'says', 'also', 'than', 'then', 'when', 'what', 'more', 'some',
]);

/**
 * Final claims in text order, with denials and confirmations linked to the claim they answer,
 * among earlier claims of another source that are not denials themselves:
 * 1. the latest accusation (stance `alleges`) on the same topic (two shared content words, or
 *    the denier named in it: "X is accused of …" / "X denies these allegations");
 * 2. for a denial, the latest accusation within a few sentences;
 * 3. the latest claim on the same topic.
 * Unlinked: null (a denial of something the article never states as a claim).
 */
export function linkClaims(drafts: readonly DraftClaim[]): Claim[] {
  const sorted = [...drafts].sort((a, b) => a.start - b.start || b.end - a.end);
  const words: (Set<string> | undefined)[] = new Array<Set<string> | undefined>(sorted.length);
  const out: Claim[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i]!;
    const { start, end, text, source, via, cue, stance } = c;
    if (stance !== 'denies' && stance !== 'confirms') {
      out.push({ start, end, text, source, via, cue, stance });
      continue;
    }
    const target = answered(sorted, i, words);
    out.push(stance === 'denies' ? { start, end, text, source, via, cue, stance, denies: target } : { start, end, text, source, via, cue, stance, confirms: target });
  }
  return out;
}

/** The claim that denial or confirmation `i` answers (see {@link linkClaims}); `words` caches content words per claim. */
function answered(sorted: readonly DraftClaim[], i: number, words: (Set<string> | undefined)[]): number | null {
  const c = sorted[i]!;
  const earlier: number[] = [];
  for (let j = i - 1; j >= 0; j--) {
    const e = sorted[j]!;
    if (e.end <= c.start && e.stance !== 'denies' && !sameSource(e, c)) earlier.push(j);
  }
  const topical = (j: number): boolean => shares(wordsOf(sorted, j, words), wordsOf(sorted, i, words)) || names(sorted[j]!.text, c.source.name);
  for (const j of earlier) if (sorted[j]!.stance === 'alleges' && topical(j)) return j;
  if (c.stance === 'denies') for (const j of earlier) if (sorted[j]!.stance === 'alleges' && c.sentence - sorted[j]!.sentence <= NEAR_SENTENCES) return j;
  for (const j of earlier) if (topical(j)) return j;
  return null;
}

function wordsOf(sorted: readonly DraftClaim[], i: number, words: (Set<string> | undefined)[]): Set<string> {
  return (words[i] ??= contentWords(sorted[i]!.text));
}

function sameSource(a: DraftClaim, b: DraftClaim): boolean {
  if (a.source.entity && b.source.entity) return a.source.entity === b.source.entity;
  return a.source.name.toLowerCase() === b.source.name.toLowerCase();
}

function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  const lower = text.toLowerCase();
  wordRuns(lower, (start, end) => {
    if (end - start < 4) return;
    const w = lower.slice(start, end);
    if (!STOP.has(w)) out.add(w);
  });
  return out;
}

function shares(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let n = 0;
  for (const w of b) if (a.has(w) && ++n >= 2) return true;
  return false;
}

function names(text: string, name: string): boolean {
  const last = name.split(/\s+/).pop() ?? '';
  return last.length >= 3 && /^\p{Lu}/u.test(last) && text.includes(last);
}
