/** Words at least this long are not told apart by shape. */
const SHORT = 64;

/**
 * The shapes (length and ASCII first character) of a set of words: a word whose shape none of them
 * has is not among them, known without hashing it. A filter in front of a hash look-up for words
 * that are mostly absent.
 */
export class WordShapes {
  private readonly flags = new Uint8Array(SHORT * 128);

  /** Records the shape of each word. */
  constructor(words: Iterable<string>) {
    for (const w of words) {
      const shape = shapeOf(w);
      if (shape >= 0) this.flags[shape] = 1;
    }
  }

  /** Whether `word` may be one of the words: false only when none has its shape. */
  mayHave(word: string): boolean {
    const shape = shapeOf(word);
    return shape < 0 || this.flags[shape] === 1;
  }
}

/** The flag index of a word's length and ASCII first character; -1 for an empty or long word or another first character. */
function shapeOf(word: string): number {
  const c = word.charCodeAt(0);
  return c < 128 && word.length < SHORT ? word.length * 128 + c : -1;
}
