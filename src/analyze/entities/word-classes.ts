import { fnv1a } from '../../data/fnv1a.js';

/** A knowledge-base name or a title may start with the word. */
export const FIRST_WORD = 1;
/** A function word of the cues ("the", "said"). */
export const FUNCTION_WORD = 2;
/** A lower-case particle that may start a name ("al", "von"). */
export const START_PARTICLE = 4;
/** A particle inside names of the cues ("bin", "de"). */
export const PARTICLE = 8;
/** A given name of the knowledge base. */
export const GIVEN_NAME = 16;
/** A sports word of the cues ("striker", "goal"). */
export const SPORTS_WORD = 32;

/** A word's hash as the table holds it (an Int32Array: signed). */
const hashOf = (text: string): number => fnv1a(text) | 0;

/**
 * The lower-case words the entities stage asks about for every token, each with a number and its
 * classes as bits (`FIRST_WORD` …): one look-up per token instead of one per word list, and the
 * number indexes what starts at the word (the gazetteer's and the title matcher's first trie
 * level). The words sit in an open-addressing table of hashes and word numbers, small enough to
 * stay in cache: a word of no class costs a hash and a probe or two, and a string comparison
 * only when the hashes agree.
 */
export class WordClasses {
  private readonly words: string[] = [];
  private readonly bits: number[] = [];
  /** Pairs of (hash, word number + 1), 0 for an empty slot. */
  private table = new Int32Array(2048);
  private mask = 1023;

  /** Each list of words with its bit. */
  constructor(lists: readonly (readonly [number, Iterable<string>])[]) {
    for (const [bit, words] of lists) for (const w of words) this.add(w, bit);
  }

  /** Gives a word a class bit (listing it if new); returns its number. */
  add(word: string, bit: number): number {
    let n = this.numberOf(word);
    if (n >= 0) {
      this.bits[n]! |= bit;
      return n;
    }
    n = this.words.length;
    this.words.push(word);
    this.bits.push(bit);
    if (this.words.length * 3 > this.mask + 1) this.grow();
    else this.place(n);
    return n;
  }

  /**
   * Lists each word of `entries` with `bit` and returns their values in an array indexed by word
   * number (dense: undefined for the other words listed so far).
   */
  indexed<T>(entries: Iterable<readonly [string, T]>, bit: number): (T | undefined)[] {
    const numbered: [number, T][] = [];
    for (const [word, value] of entries) numbered.push([this.add(word, bit), value]);
    const out = new Array<T | undefined>(this.words.length).fill(undefined);
    for (const [n, value] of numbered) out[n] = value;
    return out;
  }

  /** The number of a listed word, -1 for a word not listed. */
  numberOf(word: string): number {
    const h = hashOf(word);
    const table = this.table;
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const n = table[2 * s + 1]! - 1;
      if (n < 0) return -1;
      if (table[2 * s] === h && this.words[n] === word) return n;
    }
  }

  /** The class bits of word number `n` (0 for -1). */
  bitsOf(n: number): number {
    return n < 0 ? 0 : this.bits[n]!;
  }

  private place(n: number): void {
    const h = hashOf(this.words[n]!);
    let s = h & this.mask;
    while (this.table[2 * s + 1] !== 0) s = (s + 1) & this.mask;
    this.table[2 * s] = h;
    this.table[2 * s + 1] = n + 1;
  }

  private grow(): void {
    const size = (this.mask + 1) * 2;
    this.table = new Int32Array(size * 2);
    this.mask = size - 1;
    for (let n = 0; n < this.words.length; n++) this.place(n);
  }
}
