import { storySummaries, type StorySummary } from '../corpus/story-summary.js';
import type { StoryArticle } from '../store/store.js';

/** An article of a story as `GET /api/stories` lists it: the store's story article under its own `id`. */
export type StoryListArticle = Omit<StoryArticle, 'story' | 'articleId'> & { readonly id: string };

/** A story with its articles, as `GET /api/stories` lists it. */
export interface StoryWithArticles extends Omit<StorySummary, 'articles'> {
  /** Its articles, in the order they were stored. */
  readonly articles: readonly StoryListArticle[];
}

/** The stories of story listings (as `Store.storyArticles` returns them), by story number, each with its articles. */
export function storiesWithArticles(rows: readonly StoryArticle[]): StoryWithArticles[] {
  const byId = new Map(rows.map((r) => [r.articleId, r]));
  return storySummaries(rows).map((s) => ({
    story: s.story,
    copies: s.copies,
    sources: s.sources,
    first: s.first,
    title: s.title,
    articles: s.articles.map((id) => {
      const a = byId.get(id)!;
      return { id, title: a.title, published: a.published, source: a.source, url: a.url, copyOf: a.copyOf, similarity: a.similarity };
    }),
  }));
}
