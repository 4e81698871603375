import type { KbEntry } from './kb-entry.js';
import { normalName } from './normal-name.js';

/** Shortest word (in letters) that may be a misspelling of a known name: shorter words are too often other names. */
export const NEAR_NAME_FLOOR = 7;

/**
 * Whether two words differ by at most one edit: a letter added, dropped, changed, or two
 * neighbouring letters swapped ("mitterand" / "mitterrand", "afganistan" / "afghanistan").
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a.length < b.length) return withinOneEdit(b, a);
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1) return false;
  let i = 0;
  while (i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la) return true;
  if (la > lb) return sameFrom(a, i + 1, b, i);
  if (sameFrom(a, i + 1, b, i + 1)) return true;
  return a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && sameFrom(a, i + 2, b, i + 2);
}

/** Whether `a` from `i` on is `b` from `j` on. */
function sameFrom(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/** The bucket of words of `length` letters starting with the first letter of `word`. */
function bucketKey(word: string, length: number): number {
  return word.charCodeAt(0) * 64 + Math.min(length, 63);
}

/** Words grouped by first letter and length, each with an entry or name that holds it (a word is listed once per holder). */
class WordBuckets<T> {
  private readonly words = new Set<string>();
  private readonly buckets = new Map<number, { readonly words: string[]; readonly values: T[] }>();

  add(word: string, value: T): void {
    const key = bucketKey(word, word.length);
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = { words: [], values: [] }));
    bucket.words.push(word);
    bucket.values.push(value);
    this.words.add(word);
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** The stored words one edit from `word` (not `word` itself), with the same first letter, each with a holder. */
  near(word: string): { readonly word: string; readonly value: T }[] {
    const out: { word: string; value: T }[] = [];
    for (let n = word.length - 1; n <= word.length + 1; n++) {
      const bucket = this.buckets.get(bucketKey(word, n));
      if (!bucket) continue;
      const { words, values } = bucket;
      for (let i = 0; i < words.length; i++) if (words[i] !== word && withinOneEdit(word, words[i]!)) out.push({ word: words[i]!, value: values[i]! });
    }
    return out;
  }
}

const LETTERS = /^\p{L}+$/u;
const MAX_ANSWERS = 20_000;

/**
 * Known names in reach of one spelling mistake: people's full names (one word of
 * `NEAR_NAME_FLOOR` letters or more misspelt, "Francois Mitterand", "Juvenal Habyariman") and
 * one-word names of countries, peoples and organisations ("Afganistan", "Chenchen", "Chrylser"). A name is linked only when
 * the misspelt word is no word of any known name (people's included) and exactly one entry is in reach; the first
 * letter must be right (a changed first letter makes other names: "Kurdish" / "Turkish").
 */
export class NearNames {
  private readonly personWords = new WordBuckets<readonly [string, KbEntry]>();
  private readonly singleWords = new WordBuckets<KbEntry>();
  /** Answers already given, by the text asked about: the same unknown names come back in every article. */
  private readonly answers = new Map<string, KbEntry | null>();

  /**
   * `people` are pairs of a normalised full name and its entry (a name of several entries finds
   * none of them: two are in reach); `singles` are the entries (countries,
   * peoples, organisations) whose one-word names and aliases are indexed; `ordinary` words (given names, English
   * words, known small places) are never taken for misspellings.
   */
  constructor(
    people: Iterable<readonly [string, KbEntry]>,
    singles: Iterable<KbEntry>,
    private readonly ordinary: (lower: string) => boolean,
  ) {
    for (const person of people) {
      const name = person[0];
      if (!name.includes(' ')) continue;
      for (const w of name.split(' ')) if (w.length >= NEAR_NAME_FLOOR) this.personWords.add(w, person);
    }
    for (const e of singles) {
      for (const n of [e.name, ...e.aliases]) {
        const w = n.toLowerCase();
        if (w.length >= NEAR_NAME_FLOOR - 1 && LETTERS.test(w)) this.singleWords.add(w, e);
      }
    }
  }

  /** The one known person a name of several words misspells in one word, else null. */
  person(text: string): KbEntry | null {
    return this.remembered(`p|${text}`, () => this.findPerson(text));
  }

  /** The one country, people or organisation a single word misspells, else null; a word of a known person's name ("Phillips") is a name, not a misspelling. */
  oneWord(word: string): KbEntry | null {
    return this.remembered(`w|${word}`, () => this.findOneWord(word));
  }

  private remembered(key: string, find: () => KbEntry | null): KbEntry | null {
    const known = this.answers.get(key);
    if (known !== undefined) return known;
    if (this.answers.size >= MAX_ANSWERS) this.answers.clear();
    const found = find();
    this.answers.set(key, found);
    return found;
  }

  private findPerson(text: string): KbEntry | null {
    const words = normalName(text).split(' ');
    if (words.length < 2) return null;
    const found = new Set<KbEntry>();
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (w.length < NEAR_NAME_FLOOR || this.personWords.has(w) || this.ordinary(w)) continue;
      for (const { word, value } of this.personWords.near(w)) {
        const [name, entry] = value;
        const parts = name.split(' ');
        if (parts.length === words.length && parts[i] === word && parts.every((p, j) => j === i || p === words[j])) found.add(entry);
      }
    }
    return found.size === 1 ? [...found][0]! : null;
  }

  private findOneWord(word: string): KbEntry | null {
    const w = word.toLowerCase();
    if (w.length < NEAR_NAME_FLOOR || !LETTERS.test(w) || this.singleWords.has(w) || this.personWords.has(w) || this.ordinary(w)) return null;
    const found = new Set<KbEntry>();
    for (const { value } of this.singleWords.near(w)) found.add(value);
    return found.size === 1 ? [...found][0]! : null;
  }
}
