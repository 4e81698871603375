/** Code units below 128 that are letters or digits. */
const ASCII_WORD: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) table[c] = /[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 0;
  return table;
})();

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * The runs of letters and digits of a text (what `/[\p{L}\p{N}]+/gu` matches), each as
 * `[start, end)` code-unit offsets, passed to `each` in text order. A char-code scan: ASCII by a
 * table, other code points (surrogate pairs as one) by the regex.
 */
export function wordRuns(text: string, each: (start: number, end: number) => void): void {
  let from = -1;
  for (let i = 0; i <= text.length; ) {
    const units = i < text.length ? wordCharUnits(text, i) : 0;
    if (units > 0) {
      if (from < 0) from = i;
      i += units;
      continue;
    }
    if (from >= 0) each(from, i);
    from = -1;
    i += i < text.length ? codePointUnits(text, i) : 1;
  }
}

/** The code units of the letter or digit at `i` (2 for a surrogate pair), or 0 when it is neither. */
function wordCharUnits(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return ASCII_WORD[code]!;
  const units = codePointUnits(text, i);
  return WORD_CHAR.test(units === 1 ? text[i]! : text.slice(i, i + 2)) ? units : 0;
}

/** The code units of the code point at `i`: 2 for a surrogate pair, else 1. */
function codePointUnits(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}
