import type { StoryArticle } from '../store/store.js';

/** One story as the `stories` view shows it. */
export interface StorySummary {
  readonly story: number;
  /** Its article ids, in the order they were stored. */
  readonly articles: readonly string[];
  /** Articles that copy another article of the corpus. */
  readonly copies: number;
  /** The distinct sources (the article's source, else its URL's host), in order of first appearance. */
  readonly sources: readonly string[];
  /** The earliest publication date of its articles; null when none has one. */
  readonly first: string | null;
  /** The title of its earliest article (by date, then storage order). */
  readonly title: string | null;
}

function sourceOf(a: StoryArticle): string | null {
  if (a.source) return a.source;
  if (!a.url) return null;
  try {
    return new URL(a.url).host || null;
  } catch {
    return null;
  }
}

/** Groups story listings (as `Store.storyArticles` returns them) into one summary per story, by story number. */
export function storySummaries(rows: readonly StoryArticle[]): StorySummary[] {
  const byStory = new Map<number, StoryArticle[]>();
  for (const r of rows) {
    const list = byStory.get(r.story);
    if (list) list.push(r);
    else byStory.set(r.story, [r]);
  }
  return [...byStory.entries()]
    .sort(([a], [b]) => a - b)
    .map(([story, list]) => {
      const dated = list.filter((a) => a.published !== null).sort((a, b) => a.published!.localeCompare(b.published!));
      const earliest = dated[0] ?? list[0]!;
      return {
        story,
        articles: list.map((a) => a.articleId),
        copies: list.filter((a) => a.copyOf !== null).length,
        sources: [...new Set(list.map(sourceOf).filter((s): s is string => s !== null))],
        first: dated[0]?.published ?? null,
        title: earliest.title,
      };
    });
}
