import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/analyze/analyzer.js';
import { readText } from '../../src/read/read-text.js';
import { corpusLinkQueue } from '../../src/server/corpus-link-queue.js';
import { openStore } from '../../src/store/open-store.js';
import { EXAMPLES } from './api-fixture.js';

const FILES = ['moldova-runoff.txt', 'tbilisi-protests.txt', 'sudan-jeddah-truce.txt'];

test('corpus links: calls made while a pass runs wait for it, and every article stored before a call is linked when it resolves', async () => {
  const analyzer = createAnalyzer();
  const records = FILES.map((f) => analyzer.analyze(readText(readFileSync(path.join(EXAMPLES, f), 'utf8'), f)));
  const store = await openStore(':memory:');
  try {
    const link = corpusLinkQueue(store);
    await store.putRecord(records[0]!);
    const first = link();
    await store.putRecord(records[1]!);
    const second = link();
    await Promise.all([first, second]);
    assert.deepEqual((await store.storyArticles()).map((s) => s.articleId).sort(), [records[0]!.document.id, records[1]!.document.id].sort());
    await store.putRecord(records[2]!);
    await link();
    const stories = await store.storyArticles();
    assert.equal(stories.length, 3);
    assert.equal(new Set(stories.map((s) => s.story)).size, 3, 'three unrelated articles, three stories');
    assert.ok(stories.every((s) => s.copyOf === null));
  } finally {
    await store.close();
  }
});
