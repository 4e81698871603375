import type { CorpusArticle, CorpusLink, Store } from '../store/store.js';
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

/**
 * A linker over a store. Its state (MinHash index, story centroids) lives in memory: the first
 * `link()` that finds unlinked articles rebuilds it from the stored articles and their stored links
 * (each article replayed into its stored story, so story numbers stay stable across restarts);
 * later calls only read the articles stored since. A copy joins the story of the article it
 * copies. An article stored again with new content has lost its link in the store; when the state
 * still holds its old content, it is rebuilt from the store, so the new content is placed afresh.
 */
export function createCorpusLinker(store: Store): CorpusLinker {
  let detector: CopyDetector | null = null;
  let clusterer = new StoryClusterer();
  const storyOf = new Map<string, number>();
  const used = new Set<number>();

  function restore(articles: readonly CorpusArticle[]): CopyDetector {
    const d = new CopyDetector();
    clusterer = new StoryClusterer();
    storyOf.clear();
    used.clear();
    const linked = articles.filter((a) => a.story !== null);
    d.restore(linked.map((a) => ({ article: a, copyOf: a.copyOf })));
    for (const a of linked) {
      storyOf.set(a.id, clusterer.assign(a, a.story!));
      used.add(a.story!);
    }
    return d;
  }

  return {
    async link() {
      let articles = await store.corpusArticles({ unlinked: true });
      if (articles.length === 0) return { linked: 0, copies: 0, stories: 0 };
      if (detector === null || articles.some((a) => storyOf.has(a.id))) {
        articles = await store.corpusArticles();
        detector = restore(articles);
      }
      const out = new Map<string, CorpusLink>();
      let linked = 0;
      let copies = 0;
      let stories = 0;
      for (const a of articles) {
        if (a.story !== null) continue;
        linked++;
        const result = detector.add(a);
        const story = result.matched !== null ? clusterer.assign(a, storyOf.get(result.matched)!) : clusterer.add(a);
        if (!used.has(story)) stories++;
        used.add(story);
        storyOf.set(a.id, story);
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
