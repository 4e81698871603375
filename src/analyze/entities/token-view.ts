import type { Token } from '../document.js';
import { isAllCaps, isCapitalised, lowerOf } from './name-token.js';
import type { WordClasses } from './word-classes.js';

/** Tokens with their look-up features computed once: lower-case form, capitalised, all capitals, word classes. */
export interface TokenView {
  readonly tokens: readonly Token[];
  readonly lower: readonly string[];
  readonly cap: readonly boolean[];
  readonly caps: readonly boolean[];
  /** The `WordClasses` number of each token's lower-case form, -1 for a word not listed. */
  readonly word: readonly number[];
  /** The `WordClasses` bits of each token's lower-case form. */
  readonly classes: readonly number[];
}

/** Computes the features of every token once. */
export function tokenView(tokens: readonly Token[], words: WordClasses): TokenView {
  const lower: string[] = new Array<string>(tokens.length);
  const cap: boolean[] = new Array<boolean>(tokens.length);
  const caps: boolean[] = new Array<boolean>(tokens.length);
  const word: number[] = new Array<number>(tokens.length);
  const classes: number[] = new Array<number>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const l = lowerOf(t);
    lower[i] = l;
    const n = words.numberOf(l);
    word[i] = n;
    classes[i] = words.bitsOf(n);
    const c = isCapitalised(t);
    cap[i] = c;
    caps[i] = c && isAllCaps(t);
  }
  return { tokens, lower, cap, caps, word, classes };
}
