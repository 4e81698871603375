const DOUBLED = /([b-df-hj-np-tv-z])\1$/;
const KEEP_DOUBLED = /(ll|ss|zz|ff)$/;
const SIBILANT_ES = /(s|x|z|ch|sh)es$/;
const NOT_PLURAL = /(ss|us|is)$/;
const POSSESSIVE = /['’]s$/;

/**
 * A light lemma of a lower-case word, enough to meet its inflections: possessive, plural, past and
 * -ing endings stripped, a doubled final consonant undoubled and a final "e" dropped
 * ("supplied", "supplies" → "supply"; "seized", "seizes" → "seiz"; "drones" → "dron").
 * Words of three letters or fewer stay as they are.
 */
export function lemmaLite(word: string): string {
  let lemma = memo.get(word);
  if (lemma === undefined) {
    lemma = strip(word);
    if (memo.size < MEMO_LIMIT) memo.set(word, lemma);
  }
  return lemma;
}

/** Words already reduced, so a repeated word costs one look-up (bounded, as text can hold any number of words). */
const memo = new Map<string, string>();
const MEMO_LIMIT = 100_000;

function strip(word: string): string {
  let w = word.replace(POSSESSIVE, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') || w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('eed')) w = w.slice(0, -1);
  else if (w.endsWith('ed') && w.length >= 5) w = w.slice(0, -2);
  else if (w.endsWith('ing') && w.length >= 6) w = w.slice(0, -3);
  else if (SIBILANT_ES.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !NOT_PLURAL.test(w)) w = w.slice(0, -1);
  if (DOUBLED.test(w) && !KEEP_DOUBLED.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}
