import type { Token } from '../document.js';
import { isAllCaps, isCapitalised, lowerOf } from './name-token.js';

/** Tokens with their look-up features computed once: lower-case form, capitalised, all capitals. */
export interface TokenView {
  readonly tokens: readonly Token[];
  readonly lower: readonly string[];
  readonly cap: readonly boolean[];
  readonly caps: readonly boolean[];
}

/** Computes the features of every token once. */
export function tokenView(tokens: readonly Token[]): TokenView {
  const lower: string[] = new Array<string>(tokens.length);
  const cap: boolean[] = new Array<boolean>(tokens.length);
  const caps: boolean[] = new Array<boolean>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    lower[i] = lowerOf(t);
    const c = isCapitalised(t);
    cap[i] = c;
    caps[i] = c && isAllCaps(t);
  }
  return { tokens, lower, cap, caps };
}
