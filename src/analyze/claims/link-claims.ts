import type { Claim } from '../record.js';
import type { DraftClaim } from './draft-claim.js';

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
  const cache = new Map<number, Set<string>>();
  const words = (i: number): Set<string> => {
    let w = cache.get(i);
    if (!w) cache.set(i, (w = contentWords(sorted[i]!.text)));
    return w;
  };
  return sorted.map((c, i) => {
    const claim: Claim = { start: c.start, end: c.end, text: c.text, source: c.source, via: c.via, cue: c.cue, stance: c.stance };
    if (c.stance !== 'denies' && c.stance !== 'confirms') return claim;
    const earlier: number[] = [];
    for (let j = i - 1; j >= 0; j--) {
      const e = sorted[j]!;
      if (e.end <= c.start && e.stance !== 'denies' && !sameSource(e, c)) earlier.push(j);
    }
    const topical = (j: number): boolean => shares(words(j), words(i)) || names(sorted[j]!.text, c.source.name);
    const accusation = (j: number): boolean => sorted[j]!.stance === 'alleges';
    const near = (j: number): boolean => c.sentence - sorted[j]!.sentence <= NEAR_SENTENCES;
    const target =
      earlier.find((j) => accusation(j) && topical(j)) ??
      (c.stance === 'denies' ? earlier.find((j) => accusation(j) && near(j)) : undefined) ??
      earlier.find(topical) ??
      null;
    return c.stance === 'denies' ? { ...claim, denies: target } : { ...claim, confirms: target };
  });
}

function sameSource(a: DraftClaim, b: DraftClaim): boolean {
  if (a.source.entity && b.source.entity) return a.source.entity === b.source.entity;
  return a.source.name.toLowerCase() === b.source.name.toLowerCase();
}

function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w.length >= 4 && !STOP.has(w)) out.add(w);
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
