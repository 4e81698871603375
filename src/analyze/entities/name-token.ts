import type { Token } from '../document.js';

const ARABIC_ARTICLE = /^(?:(?:al|el|ad|as|an|ar|ash|at|az|ul)-|(?:d|l|dell|dall|o)['’])\p{Lu}/u;

/** Lower-case form of a token for lexicon look-up (curly apostrophes made straight). */
export function lowerOf(token: Token): string {
  const lower = token.text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** Whether a hyphen or an apostrophe comes second to fifth in a word (after an article such as "al", "d"). */
function articleMark(text: string): boolean {
  const end = Math.min(text.length, 5);
  for (let i = 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 39 || c === 8217) return true;
  }
  return false;
}

/** Whether a word starts with a capital letter, or is a name after an article ("al-Assad", "d'Ettorre"). */
export function isCapitalised(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const c = token.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return articleMark(token.text) && ARABIC_ARTICLE.test(token.text);
  const first = token.text[0]!;
  return first !== first.toLowerCase();
}

/** Whether a word is written all in capitals with at least two letters ("NASA", "U.S."). */
export function isAllCaps(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const text = token.text;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 128) return allCapsBeyondAscii(text);
  }
  return upper >= 2;
}

/** `isAllCaps` of a word with letters beyond ASCII. */
function allCapsBeyondAscii(text: string): boolean {
  if (text !== text.toUpperCase()) return false;
  let letters = 0;
  for (let i = 0; i < text.length && letters < 2; i++) {
    const ch = text[i]!;
    if (ch !== ch.toLowerCase()) letters++;
  }
  return letters >= 2;
}
