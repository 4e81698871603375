import type { CorpusLink, CorpusWindow, Store } from '../store/store.js';
import { CopyDetector } from './copy-detector.js';
import { StoryClusterer } from './story-clusterer.js';

/** What one linking pass did. */
export interface CorpusLinkSummary {
  /** Articles given a story (and copy link) for the first time. */
  readonly linked: number;
  /** Of those, the copies of an article stored before. */
  readonly copies: number;
  /** Stories started. */
  readonly stories: number;
}

/** Links stored articles across the corpus: copies to their earliest version, every article to a story. */
export interface CorpusLinker {
  /** Links every stored article that has no link yet, in storage order, and stores the links. */
  link(): Promise<CorpusLinkSummary>;
}

/** Bounds of a linker's memory. */
export interface CorpusLinkerOptions {
  /** Most recent articles the copy detector keeps to match against (see {@link CopyDetector}). */
  readonly window?: number;
  /** Terms the open stories' centroids may hold together (see {@link StoryClusterer}). */
  readonly openTerms?: number;
}

/**
 * A linker over a store. Its state (MinHash index, story centroids) lives in memory and is bounded
 * (the copy detector's window of recent articles, the clusterer's open stories): the first `link()`
 * that finds unlinked articles rebuilds it from the stored linked articles, the last `window` of them
 * replayed into their stored stories (so story numbers stay stable across restarts; new stories are
 * numbered after the highest stored); later calls only read the articles stored since. A copy joins
 * the story of the article it copies. An article stored again with new content has lost its link in
 * the store: its old version is dropped from the copy detector and it is placed afresh (its old text
 * stays in its old story's centroid).
 */
export function createCorpusLinker(store: Store, options: CorpusLinkerOptions = {}): CorpusLinker {
  const window = options.window ?? 16_384;
  let detector: CopyDetector | null = null;
  let clusterer = new StoryClusterer({ openTerms: options.openTerms });
  const storyOf = new Map<string, number>();

  function remember(id: string, story: number): void {
    storyOf.delete(id);
    storyOf.set(id, story);
    for (const oldest of storyOf.keys()) {
      if (storyOf.size <= window) break;
      storyOf.delete(oldest);
    }
  }

  function restore(stored: CorpusWindow): CopyDetector {
    const d = new CopyDetector({ window });
    clusterer = new StoryClusterer({ openTerms: options.openTerms, firstStory: (stored.highestStory ?? -1) + 1 });
    storyOf.clear();
    d.restore(stored.articles.map((a) => ({ article: a, copyOf: a.copyOf })));
    for (const a of stored.articles) remember(a.id, clusterer.assign(a, a.story!));
    return d;
  }

  return {
    async link() {
      const articles = await store.corpusArticles({ unlinked: true });
      if (articles.length === 0) return { linked: 0, copies: 0, stories: 0 };
      detector ??= restore(await store.corpusWindow(window));
      const out = new Map<string, CorpusLink>();
      let linked = 0;
      let copies = 0;
      let stories = 0;
      for (const a of articles) {
        linked++;
        const result = detector.add(a);
        const known = result.matched === null ? undefined : storyOf.get(result.matched);
        const next = clusterer.nextStory;
        const story = known !== undefined ? clusterer.assign(a, known) : clusterer.add(a);
        if (story >= next) stories++;
        remember(a.id, story);
        for (const l of result.links) {
          out.set(l.id, { articleId: l.id, story: storyOf.get(l.id)!, copyOf: l.copyOf, similarity: l.similarity });
        }
        if (result.matched !== null) copies++;
      }
      await store.putCorpusLinks([...out.values()]);
      return { linked, copies, stories };
    },
  };
}
