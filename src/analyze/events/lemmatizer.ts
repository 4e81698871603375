import { dataUrl, loadDataFile } from '../../data/data-file.js';

/** A word as written, lower-cased, and its lemma. */
export interface WordForm {
  readonly lower: string;
  readonly lemma: string;
}

/** Maps a word as written to its lower-case form and lemma. */
export type Lemmatizer = (word: string) => WordForm;

interface VerbFormsFile {
  readonly version: string;
  readonly irregular: Readonly<Record<string, string>>;
}

/** The irregular forms of data/events/verb-forms.json. */
export interface VerbForms {
  readonly version: string;
  readonly irregular: ReadonlyMap<string, string>;
}

const SCHEMA = {
  type: 'object',
  required: ['version', 'irregular'],
  properties: {
    version: { type: 'string', minLength: 1 },
    irregular: { type: 'object', additionalProperties: { type: 'string', minLength: 1 } },
  },
} as const;

/** Loads and schema-checks the irregular verb and noun forms. */
export function loadVerbForms(file: URL | string = dataUrl('events/verb-forms.json')): VerbForms {
  const raw = loadDataFile<VerbFormsFile>(file, SCHEMA);
  return { version: raw.version, irregular: new Map(Object.entries(raw.irregular)) };
}

const SIBILANT_ES = /(?:s|x|z|ch|sh|o)es$/;

function candidates(w: string): string[] {
  const out: string[] = [];
  const undouble = (stem: string): void => {
    const n = stem.length;
    if (n > 2 && stem[n - 1] === stem[n - 2]) out.push(stem.slice(0, -1));
  };
  if (w.endsWith('ies') || w.endsWith('ied')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ing') && w.length > 4) {
    const stem = w.slice(0, -3);
    out.push(stem, `${stem}e`);
    undouble(stem);
  }
  if (w.endsWith('ed') && w.length > 3) {
    const stem = w.slice(0, -2);
    out.push(stem, w.slice(0, -1));
    undouble(stem);
  }
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 2) out.push(w.slice(0, -1));
  if (SIBILANT_ES.test(w)) out.push(w.slice(0, -2));
  return out;
}

/**
 * A cheap lemmatiser: irregular forms from the table, else the first regular de-inflection
 * (-s, -es, -ies, -ed, -ied, -ing, doubled consonant, dropped -e) that is a known lemma, else the
 * word itself. Known lemmas are the ones the caller cares about (pattern and control words); a
 * de-inflection to one of `heads` (trigger and control lemmas) wins over a known word as written,
 * so an object word such as 'funding' does not hide the verb 'fund'.
 * Results are memoised by the word as written, so repeated words cost one map lookup.
 */
export function createLemmatizer(forms: VerbForms, known: ReadonlySet<string>, heads: ReadonlySet<string> = known): Lemmatizer {
  const memo = new Map<string, WordForm>();
  return (word: string): WordForm => {
    const hit = memo.get(word);
    if (hit !== undefined) return hit;
    const lower = word.toLowerCase();
    let lemma = forms.irregular.get(lower);
    if (lemma === undefined) {
      lemma = lower;
      if (!heads.has(lower)) {
        const options = candidates(lower);
        const head = options.find((c) => heads.has(c));
        if (head !== undefined) lemma = head;
        else if (!known.has(lower)) lemma = options.find((c) => known.has(c)) ?? lower;
      }
    }
    const form: WordForm = { lower, lemma };
    if (memo.size < 100_000) memo.set(word, form);
    return form;
  };
}

/**
 * Every surface form the lemmatiser maps to one of `lemmas`: the regular inflections (-s, -es,
 * -ies, -d, -ed, -ied, -ing, dropped -e, doubled consonant) and the irregular forms, each in lower
 * case and capitalised. Lets a caller skip sentences without a possible trigger before lemmatising them.
 */
export function inflectedForms(lemmas: Iterable<string>, forms: VerbForms): ReadonlySet<string> {
  const out = new Set<string>();
  const wanted = new Set(lemmas);
  for (const l of wanted) {
    const last = l[l.length - 1]!;
    out.add(l).add(`${l}s`).add(`${l}es`).add(`${l}d`).add(`${l}ed`).add(`${l}ing`);
    out.add(`${l}${last}ed`).add(`${l}${last}ing`);
    if (last === 'e') out.add(`${l.slice(0, -1)}ing`);
    if (last === 'y') out.add(`${l.slice(0, -1)}ies`).add(`${l.slice(0, -1)}ied`);
  }
  for (const [form, lemma] of forms.irregular) if (wanted.has(lemma)) out.add(form);
  for (const form of [...out]) out.add(`${form[0]!.toUpperCase()}${form.slice(1)}`);
  return out;
}
