import type { TitleCue } from '../../kb/name-cues.js';
import { tokenize } from '../tokens/tokenize.js';
import type { TokenView } from './token-view.js';
import { FIRST_WORD, type WordClasses } from './word-classes.js';

interface Node {
  readonly next: Map<string, Node>;
  cue: TitleCue | null;
}

/** A title found in the text: tokens [startToken, endToken) and its cue. */
export interface TitleMatch {
  readonly startToken: number;
  readonly endToken: number;
  readonly cue: TitleCue;
}

/** Finds the titles of the cue lexicon (longest first, any letter case) over tokens. */
export class TitleMatcher {
  private readonly root: Node = { next: new Map(), cue: null };
  /** The trie's first level by `WordClasses` number of its word. */
  private readonly first: readonly (Node | undefined)[];

  /** Indexes the title cues; their first words are listed in `words` as `FIRST_WORD`. */
  constructor(cues: readonly TitleCue[], words: WordClasses) {
    for (const cue of cues) {
      let node = this.root;
      for (const t of tokenize(cue.words)) {
        const key = t.text.toLowerCase();
        let child = node.next.get(key);
        if (!child) {
          child = { next: new Map(), cue: null };
          node.next.set(key, child);
        }
        node = child;
      }
      node.cue = cue;
    }
    this.first = words.indexed(this.root.next, FIRST_WORD);
  }

  /** The longest title starting at token `start`, ending before `limit`, or null. */
  match(view: TokenView, start: number, limit: number): TitleMatch | null {
    const n = start < limit ? view.word[start]! : -1;
    let node = n >= 0 && n < this.first.length ? this.first[n] : undefined;
    let best: TitleMatch | null = null;
    for (let i = start; node; node = ++i < limit ? node.next.get(view.lower[i]!) : undefined) {
      if (node.cue) best = { startToken: start, endToken: i + 1, cue: node.cue };
    }
    return best;
  }
}
