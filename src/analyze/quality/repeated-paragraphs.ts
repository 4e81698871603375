import type { Quality, Span } from '../record.js';
import { wordRuns } from '../claims/word-runs.js';

const MIN_REPEAT_LENGTH = 40;
const NEAR_REPEAT = 0.85;
const MAX_GRAM_POSTINGS = 64;

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

function sequenceHash(ids: readonly number[]): number {
  let h = ids.length;
  for (let i = 0; i < ids.length; i++) h = (Math.imul(h, 31) + ids[i]!) | 0;
  return h;
}

function sameSequence(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The distinct word 3-grams of a document, each numbered in the order first seen, in an
 * open-addressing hash table of typed arrays (no object per 3-gram).
 */
class GramTable {
  private readonly mask: number;
  private readonly slots: Int32Array;
  private readonly words: Int32Array;
  size = 0;

  constructor(most: number) {
    let capacity = 16;
    while (capacity < 2 * most) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity).fill(-1);
    this.words = new Int32Array(3 * Math.max(most, 1));
  }

  /** The number of the 3-gram (a, b, c), numbering it when new. */
  id(a: number, b: number, c: number): number {
    const { slots, words, mask } = this;
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) & mask;
    for (;;) {
      const g = slots[slot]!;
      if (g < 0) break;
      if (words[3 * g] === a && words[3 * g + 1] === b && words[3 * g + 2] === c) return g;
      slot = (slot + 1) & mask;
    }
    const g = this.size++;
    slots[slot] = g;
    words[3 * g] = a;
    words[3 * g + 1] = b;
    words[3 * g + 2] = c;
    return g;
  }
}

/**
 * Paragraphs that repeat an earlier paragraph exactly or nearly (word 3-gram Jaccard ≥ 0.85). Earlier
 * paragraphs are found through an index of their 3-grams (each 3-gram lists at most 64 of them, the
 * first), so the work grows with the text, not its square.
 */
export function repeatedParagraphs(text: string, paragraphs: readonly Span[]): Quality['repeatedParagraphs'] {
  const out: { start: number; end: number; repeats: Span }[] = [];
  const vocabulary = new Map<string, number>();
  const long = paragraphs.filter((p) => p.end - p.start >= MIN_REPEAT_LENGTH);
  const words = long.map((p) => wordIds(text.slice(p.start, p.end), vocabulary));
  let most = 0;
  for (const ids of words) most += Math.max(ids.length - 2, 0);
  const table = new GramTable(most);
  /** Per 3-gram: the last paragraph (of `long`) it was counted in, and its postings (indexes in `seen`) as a linked list. */
  const lastIn = new Int32Array(most).fill(-1);
  const first = new Int32Array(most).fill(-1);
  const last = new Int32Array(most);
  const postingsOf = new Int32Array(most);
  const postings = new Int32Array(most);
  const nextPosting = new Int32Array(most);
  let postingCount = 0;
  const grams = new Int32Array(most);
  const seenSpan: Span[] = [];
  const seenSize: number[] = [];
  const seenIds: (readonly number[])[] = [];
  const sharedCount = new Int32Array(long.length);
  const sharedOrder: number[] = [];
  const bySequence = new Map<number, number[]>();
  for (let k = 0; k < long.length; k++) {
    const p = long[k]!;
    const ids = words[k]!;
    const hash = sequenceHash(ids);
    let size = 0;
    for (let i = 0; i + 3 <= ids.length; i++) {
      const g = table.id(ids[i]!, ids[i + 1]!, ids[i + 2]!);
      if (lastIn[g] === k) continue;
      lastIn[g] = k;
      grams[size++] = g;
    }
    let earlier = bySequence.get(hash)?.find((i) => sameSequence(seenIds[i]!, ids));
    if (earlier === undefined && size > 0) {
      for (let j = 0; j < size; j++) {
        for (let q = first[grams[j]!]!; q >= 0; q = nextPosting[q]!) {
          const i = postings[q]!;
          if (sharedCount[i] === 0) sharedOrder.push(i);
          sharedCount[i]!++;
        }
      }
      for (const i of sharedOrder) {
        const n = sharedCount[i]!;
        if (earlier === undefined && n / (size + seenSize[i]! - n) >= NEAR_REPEAT) earlier = i;
        sharedCount[i] = 0;
      }
      sharedOrder.length = 0;
    }
    if (earlier !== undefined) {
      const span = seenSpan[earlier]!;
      out.push({ start: p.start, end: p.end, repeats: { start: span.start, end: span.end } });
      continue;
    }
    const index = seenSpan.length;
    seenSpan.push(p);
    seenSize.push(size);
    seenIds.push(ids);
    const same = bySequence.get(hash);
    if (!same) bySequence.set(hash, [index]);
    else same.push(index);
    for (let j = 0; j < size; j++) {
      const g = grams[j]!;
      if (postingsOf[g]! >= MAX_GRAM_POSTINGS) continue;
      const q = postingCount++;
      postings[q] = index;
      nextPosting[q] = -1;
      if (first[g]! < 0) first[g] = q;
      else nextPosting[last[g]!] = q;
      last[g] = q;
      postingsOf[g]!++;
    }
  }
  return out;
}
