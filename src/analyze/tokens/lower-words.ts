import type { Token } from '../document.js';

const made = new WeakMap<readonly Token[], readonly string[]>();

/**
 * The text of every token of a document's token list, words in lower case and other tokens as they
 * are, computed once per token list and shared by every stage that asks for it.
 */
export function lowerWords(tokens: readonly Token[]): readonly string[] {
  let lower = made.get(tokens);
  if (!lower) {
    const out: string[] = [];
    for (const t of tokens) out.push(t.kind === 'word' ? t.text.toLowerCase() : t.text);
    made.set(tokens, out);
    lower = out;
  }
  return lower;
}
