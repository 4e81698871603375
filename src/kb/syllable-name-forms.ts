const SYLLABLE = /^\p{Lu}\p{Ll}{0,3}$/u;
const HYPHENED = /^(\p{Lu}\p{Ll}{0,3})-(\p{L}\p{Ll}{0,3})$/u;

/**
 * Other spellings of a Korean-style three-part name, whose given name is two short syllables
 * written apart or hyphenated: "Kim Jong Un" → "Kim Jong-un"; "Moon Jae-in" → "Moon Jae In".
 * Each part has at most four letters; other names have none (an empty list).
 */
export function syllableNameForms(name: string): readonly string[] {
  const words = name.split(' ');
  if (words.length === 3 && words.every((w) => SYLLABLE.test(w))) return [`${words[0]} ${words[1]}-${words[2]!.toLowerCase()}`];
  if (words.length === 2 && SYLLABLE.test(words[0]!)) {
    const m = HYPHENED.exec(words[1]!);
    if (m) return [`${words[0]} ${m[1]} ${m[2]!.charAt(0).toUpperCase()}${m[2]!.slice(1)}`];
  }
  return [];
}
