import type { Doc } from '../document.js';
import type { Stage } from '../pipeline.js';
import type { Quality, Span, TextSpan } from '../record.js';
import { wordRuns } from '../claims/word-runs.js';
import type { QualityPatterns } from './quality-patterns.js';

const MIN_REPEAT_LENGTH = 40;
const NEAR_REPEAT = 0.85;
const MAX_GRAM_POSTINGS = 64;

/**
 * Flags what is not the article's own news: paragraphs that restate an earlier one, boilerplate lines
 * ("Read also:", "Follow us on"), contributor credits and the outlets the text credits as its origin.
 * Nothing is cut: every flag is a span of the text.
 */
export function qualityStage(patterns: QualityPatterns): Stage {
  return {
    name: 'quality',
    run(doc: Doc): Doc {
      const lines = splitLines(doc.text);
      const boilerplate: TextSpan[] = [];
      const contributors: string[] = [];
      const derivedFrom: string[] = [];
      for (const line of lines) {
        if (matchesAny(patterns.boilerplate, line.text)) boilerplate.push(line);
        for (const re of patterns.contributors) {
          const names = re.exec(line.text)?.groups?.names;
          if (names) contributors.push(...splitNames(names));
        }
        for (const re of patterns.derivedFrom) {
          const outlet = re.exec(line.text)?.groups?.outlet?.trim();
          if (outlet) derivedFrom.push(outlet);
        }
      }
      const quality: Quality = {
        repeatedParagraphs: repeatedParagraphs(doc.text, doc.paragraphs),
        boilerplate,
        contributors: unique(contributors),
        derivedFrom: unique(derivedFrom),
      };
      return { ...doc, quality };
    },
  };
}

function matchesAny(res: readonly RegExp[], text: string): boolean {
  for (const re of res) if (re.test(text)) return true;
  return false;
}

function splitLines(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    from = to + 1;
  }
  return out;
}

function splitNames(names: string): string[] {
  return names
    .replace(/^[\p{Lu}][\p{L}&.-]*(?: [\p{Lu}][\p{L}&.-]*)*['’]s\s+/u, '')
    .split(/\s*(?:,|;|\band\b|&)\s*/u)
    .map((n) => n.replace(/^(?:also|with)\s+/i, '').trim())
    .filter((n) => /^[\p{Lu}]/u.test(n) && n.length > 1);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/**
 * Ids of the lower-cased words (runs of letters and digits) of a text, from a vocabulary shared by
 * the document's paragraphs.
 */
function wordIds(text: string, vocabulary: Map<string, number>): number[] {
  const lower = text.toLowerCase();
  const ids: number[] = [];
  wordRuns(lower, (start, end) => {
    const w = lower.slice(start, end);
    let id = vocabulary.get(w);
    if (id === undefined) vocabulary.set(w, (id = vocabulary.size));
    ids.push(id);
  });
  return ids;
}

/**
 * A word 3-gram: one number `(a × base + b) × base + c` over a base above every word id of the
 * document (a small integer for most documents), or a string when that could exceed 2^53.
 */
type Gram = number | string;

function shingles(ids: readonly number[], base: number): Set<Gram> {
  const out = new Set<Gram>();
  const exact = base * base * base <= Number.MAX_SAFE_INTEGER;
  for (let i = 0; i + 3 <= ids.length; i++) {
    const a = ids[i]!;
    const b = ids[i + 1]!;
    const c = ids[i + 2]!;
    out.add(exact ? (a * base + b) * base + c : `${a} ${b} ${c}`);
  }
  return out;
}

function sequenceHash(ids: readonly number[]): number {
  let h = ids.length;
  for (const id of ids) h = (Math.imul(h, 31) + id) | 0;
  return h;
}

function sameSequence(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Paragraphs that repeat an earlier paragraph exactly or nearly (word 3-gram Jaccard ≥ 0.85). Earlier
 * paragraphs are found through an index of their 3-grams, so the work grows with the text, not its square.
 */
function repeatedParagraphs(text: string, paragraphs: readonly Span[]): Quality['repeatedParagraphs'] {
  const out: { start: number; end: number; repeats: Span }[] = [];
  const seen: { span: Span; size: number; ids: readonly number[] }[] = [];
  const vocabulary = new Map<string, number>();
  const bySequence = new Map<number, number[]>();
  /** The paragraphs (in `seen`) holding each 3-gram: one index, or a list of at most MAX_GRAM_POSTINGS. */
  const byGram = new Map<Gram, number | number[]>();
  const long = paragraphs.filter((p) => p.end - p.start >= MIN_REPEAT_LENGTH);
  const words = long.map((p) => wordIds(text.slice(p.start, p.end), vocabulary));
  const base = Math.max(vocabulary.size, 1);
  for (let k = 0; k < long.length; k++) {
    const p = long[k]!;
    const ids = words[k]!;
    const hash = sequenceHash(ids);
    const grams = shingles(ids, base);
    let earlier = bySequence.get(hash)?.find((i) => sameSequence(seen[i]!.ids, ids));
    if (earlier === undefined && grams.size) {
      let shared: Map<number, number> | null = null;
      for (const g of grams) {
        const postings = byGram.get(g);
        if (postings === undefined) continue;
        shared ??= new Map<number, number>();
        if (typeof postings === 'number') shared.set(postings, (shared.get(postings) ?? 0) + 1);
        else for (const i of postings) shared.set(i, (shared.get(i) ?? 0) + 1);
      }
      for (const [i, n] of shared ?? []) {
        if (n / (grams.size + seen[i]!.size - n) >= NEAR_REPEAT) {
          earlier = i;
          break;
        }
      }
    }
    if (earlier !== undefined) {
      const span = seen[earlier]!.span;
      out.push({ start: p.start, end: p.end, repeats: { start: span.start, end: span.end } });
      continue;
    }
    const index = seen.length;
    seen.push({ span: p, size: grams.size, ids });
    const same = bySequence.get(hash);
    if (!same) bySequence.set(hash, [index]);
    else same.push(index);
    for (const g of grams) {
      const postings = byGram.get(g);
      if (postings === undefined) byGram.set(g, index);
      else if (typeof postings === 'number') byGram.set(g, [postings, index]);
      else if (postings.length < MAX_GRAM_POSTINGS) postings.push(index);
    }
  }
  return out;
}
