import assert from 'node:assert/strict';
import { test } from 'node:test';
import { storySummaries } from '../../src/corpus/story-summary.js';
import type { StoryArticle } from '../../src/store/store.js';

function row(story: number, articleId: string, published: string | null, source: string | null, url: string | null = null, copyOf: string | null = null): StoryArticle {
  return { story, articleId, title: `title of ${articleId}`, published, source, url, copyOf, similarity: copyOf ? 0.9 : null };
}

const cases: readonly { name: string; rows: readonly StoryArticle[]; expected: readonly unknown[] }[] = [
  {
    name: 'stories in number order, articles in stored order, first title by date',
    rows: [row(3, 'late', '2026-01-09', 'Herald'), row(3, 'early', '2026-01-02', 'Wire'), row(1, 'solo', null, null)],
    expected: [
      { story: 1, articles: ['solo'], copies: 0, sources: [], first: null, title: 'title of solo' },
      { story: 3, articles: ['late', 'early'], copies: 0, sources: ['Herald', 'Wire'], first: '2026-01-02', title: 'title of early' },
    ],
  },
  {
    name: 'sources fall back to the URL host, each once; copies are counted',
    rows: [
      row(0, 'a', '2026-01-02', null, 'https://news.example.org/a'),
      row(0, 'b', '2026-01-03', null, 'https://news.example.org/b', 'a'),
      row(0, 'c', '2026-01-03', 'Wire', null, 'a'),
      row(0, 'd', '2026-01-04', null, 'not a url'),
    ],
    expected: [{ story: 0, articles: ['a', 'b', 'c', 'd'], copies: 2, sources: ['news.example.org', 'Wire'], first: '2026-01-02', title: 'title of a' }],
  },
  { name: 'no rows, no stories', rows: [], expected: [] },
];

for (const c of cases) {
  test(`story summaries: ${c.name}`, () => {
    assert.deepEqual(storySummaries(c.rows), c.expected);
  });
}
