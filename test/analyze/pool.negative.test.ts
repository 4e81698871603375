import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/analyze/analyzer.js';
import { createAnalysisPool } from '../../src/analyze/pool/analysis-pool.js';
import type { Article } from '../../src/read/article.js';

const article = (id: string, text: string, title: string | null = id): Article => ({
  id,
  title,
  published: null,
  url: null,
  source: null,
  language: null,
  text,
  origin: null,
});

const hostile: readonly Article[] = [
  article('lone-surrogates', 'Iran \ud800supplied drones to Russia\udfff last year, officials said.'),
  article('separators', 'Iran supplied drones\u2028to Russia\u2029 last year. "Quote\u0000here," he said.'),
  article('astral', 'Iran 🚀 supplied drones to Russia 🇷🇺 last year, said 𝕿𝖊𝖍𝖗𝖆𝖓.', null),
  article('backslashes', 'C:\\\\path said "\\u0041" and </script> to Russia in 2024.'),
];

test('pool (negative): texts JSON escapes (lone surrogates, line separators, NUL, astral characters) come back unchanged', async () => {
  const analyzer = createAnalyzer();
  const pool = createAnalysisPool({ size: 1, timeLimitMs: null });
  try {
    await pool.ready;
    for (const a of hostile) {
      const record = await pool.analyze(a);
      assert.equal(record.document.text, a.text, a.id!);
      assert.deepEqual(record, analyzer.analyze(a), a.id!);
    }
  } finally {
    await pool.close();
  }
});
