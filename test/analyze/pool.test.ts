import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../../src/analyze/analyzer.js';
import { createAnalysisPool } from '../../src/analyze/pool/analysis-pool.js';
import type { Article } from '../../src/read/article.js';

const example = (name: string): string => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');
const article = (id: string, text: string, extra: Partial<Article> = {}): Article => ({
  id,
  title: id,
  published: '2024-10-11',
  url: null,
  source: null,
  language: null,
  text,
  origin: `table:${id}`,
  ...extra,
});

const cases: readonly Article[] = [
  article('meeting', example('tehran-ashgabat-meeting.txt')),
  article('sanctions', example('iran-missiles-sanctions.txt'), { url: 'https://example.org/a', source: 'Meridian Wire' }),
  article('drones', 'As per US authorities, Iran has provided thousands of Shahed drones to Russia.', { published: null }),
  article('plain', 'Iran supplied drones to Russia last year.'),
];

test('pool: a record analysed on a worker thread equals the record analysed on the main thread', async () => {
  const analyzer = createAnalyzer();
  const pool = createAnalysisPool({ size: 2, timeLimitMs: null });
  try {
    await pool.ready;
    const pooled = await Promise.all(cases.map((a) => pool.analyze(a)));
    cases.forEach((a, i) => assert.deepEqual(pooled[i], analyzer.analyze(a), a.id!));
    assert.ok(pooled[3]!.events.some((e) => e.source.actor === 'IRN' && e.target?.actor === 'RUS'), JSON.stringify(pooled[3]!.events));
  } finally {
    await pool.close();
  }
});
