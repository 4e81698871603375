import { WordShapes } from './word-shapes.js';

/** A multi-word phrase and the value it stands for. */
export interface PhraseEntry<V> {
  readonly words: readonly string[];
  readonly value: V;
}

/** A phrase found in a token sequence: its token range [start, end) and value. */
export interface PhraseMatch<V> {
  readonly start: number;
  readonly end: number;
  readonly value: V;
}

/**
 * Lower-case phrases indexed by their first word, so that matching at a token costs one hash
 * lookup; longer phrases are tried first.
 */
export class PhraseTable<V> {
  private readonly byFirst = new Map<string, PhraseEntry<V>[]>();
  /** The shapes of the first words, to pass over most words without hashing them. */
  private readonly firstShapes: WordShapes;

  /** Builds the table from phrases (split on spaces) and their values. */
  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [phrase, value] of entries) {
      const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
      if (words.length === 0) continue;
      const list = this.byFirst.get(words[0]!) ?? [];
      list.push({ words, value });
      this.byFirst.set(words[0]!, list);
    }
    this.firstShapes = new WordShapes(this.byFirst.keys());
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The longest phrase starting at `start` in the lower-cased words, ending before `limit`. */
  match(lower: readonly string[], start: number, limit: number = lower.length): PhraseMatch<V> | null {
    const word = lower[start] ?? '';
    if (!this.firstShapes.mayHave(word)) return null;
    const list = this.byFirst.get(word);
    if (!list) return null;
    for (const e of list) {
      if (start + e.words.length > limit) continue;
      let ok = true;
      for (let k = 1; k < e.words.length && ok; k++) ok = lower[start + k] === e.words[k];
      if (ok) return { start, end: start + e.words.length, value: e.value };
    }
    return null;
  }

  /** Whether some phrase starts with this word. */
  starts(word: string): boolean {
    return this.firstShapes.mayHave(word) && this.byFirst.has(word);
  }
}
