import type { TitleCue } from '../../kb/name-cues.js';
import { tokenize } from '../tokens/tokenize.js';
import type { TokenView } from './token-view.js';

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

  /** Indexes the title cues. */
  constructor(cues: readonly TitleCue[]) {
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
  }

  /** The lower-case first words of the titles: a match starts only at one of them. */
  firstWords(): IterableIterator<string> {
    return this.root.next.keys();
  }

  /** The longest title starting at token `start`, ending before `limit`, or null. */
  match(view: TokenView, start: number, limit: number): TitleMatch | null {
    let node: Node | undefined = this.root;
    let best: TitleMatch | null = null;
    for (let i = start; i < limit; i++) {
      node = node.next.get(view.lower[i]!);
      if (!node) break;
      if (node.cue) best = { startToken: start, endToken: i + 1, cue: node.cue };
    }
    return best;
  }
}
