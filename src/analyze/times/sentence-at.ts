import type { Doc, Sentence } from '../document.js';

/** The sentence holding a text offset (binary search over `doc.sentences`), or null. */
export function sentenceAt(doc: Doc, offset: number): Sentence | null {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}
