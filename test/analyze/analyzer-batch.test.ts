import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { ANALYSIS_BATCH, createAnalyzer } from '../../src/analyze/analyzer.js';
import { createDoc } from '../../src/analyze/document.js';
import { runPipeline, runPipelineBatch } from '../../src/analyze/pipeline.js';
import type { Article } from '../../src/read/article.js';

const dir = new URL('../../examples/', import.meta.url);
const examples: Article[] = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const raw = readFileSync(new URL(f, dir), 'utf8');
    const [header, ...body] = raw.split('\n');
    return { id: f, published: header!.split(' ')[1]!, title: header!.split(' ').slice(2).join(' '), text: body.join('\n').trim() };
  });
const analyzer = createAnalyzer();

test('analyzeAll: the same records as analyze, in order, over more than one batch', () => {
  const articles: (Article | string)[] = [];
  while (articles.length <= ANALYSIS_BATCH) articles.push(...examples, examples[articles.length % examples.length]!.text);
  const batched = analyzer.analyzeAll(articles);
  assert.equal(batched.length, articles.length);
  articles.forEach((a, i) => assert.equal(JSON.stringify(batched[i]), JSON.stringify(analyzer.analyze(a)), `record ${i} differs`));
  const tehran = batched.find((r) => r.document.id === 'tehran-ashgabat-meeting.txt')!;
  assert.ok(tehran.entities.some((e) => e.name === 'Iran'), 'the Tehran example names Iran');
  assert.ok(tehran.events.length > 0, 'the Tehran example codes events');
});

test('runPipelineBatch: each Doc as runPipeline makes it, the input list untouched', () => {
  const docs = examples.slice(0, 3).map((a) => createDoc(a));
  const out = runPipelineBatch(analyzer.pipeline, docs);
  assert.equal(out.length, 3);
  out.forEach((d, i) => {
    assert.deepEqual(d, runPipeline(analyzer.pipeline, docs[i]!));
    assert.equal(docs[i]!.events.length, 0, 'the input Doc keeps its empty layers');
  });
});

test('analyzeAll: no articles, no records', () => {
  assert.deepEqual(analyzer.analyzeAll([]), []);
});
