import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../src/analyze/document.js';
import { loadQualityPatterns } from '../../src/analyze/quality/quality-patterns.js';
import { qualityStage } from '../../src/analyze/quality/quality-stage.js';
import { tokensStage } from '../../src/analyze/tokens/tokens-stage.js';
import { DataFileError } from '../../src/data/data-file.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const stage = qualityStage(loadQualityPatterns());
const run = (text: string) => stage.run(tokensStage.run(createDoc(text))).quality;

const clean: readonly string[] = [
  'Officials said they would read the proposal carefully before the vote.',
  'The minister urged citizens to follow the new rules on fuel exports.',
  'Analysts see more pressure on the currency, and related markets fell on Tuesday.',
  'The report, which Reuters reviewed, says shipments doubled in 2023.',
  'Share prices in Moscow fell after the announcement.',
  'He said the agreement was signed by both sides and contributed to calm on the border.',
];

for (const text of clean) {
  test(`quality: nothing flagged in plain news prose — ${text.slice(0, 40)}`, () => {
    const q = run(`${text}\n\nTalks are expected to resume next month in Geneva, according to diplomats.`);
    assert.deepEqual(q, { repeatedParagraphs: [], boilerplate: [], contributors: [], derivedFrom: [] });
  });
}

test('quality: short repeated lines (bylines, one-word paragraphs) are not repeated paragraphs', () => {
  const q = run('Update\n\nThe ceasefire held overnight in the south.\n\nUpdate');
  assert.deepEqual(q.repeatedParagraphs, []);
});

test('quality: an empty text has no flags', () => {
  assert.deepEqual(run(''), { repeatedParagraphs: [], boilerplate: [], contributors: [], derivedFrom: [] });
});

const badFiles: readonly { name: string; body: string; expect: RegExp }[] = [
  { name: 'not JSON', body: '{ version: 1', expect: /not JSON/ },
  { name: 'missing list', body: '{"version":"1","boilerplate":{"flags":"i","patterns":[]}}', expect: /schema/ },
  {
    name: 'pattern that does not compile',
    body: '{"version":"1","boilerplate":{"flags":"i","patterns":["(unclosed"]},"contributors":{"flags":"i","patterns":[]},"derivedFrom":{"flags":"","patterns":[]}}',
    expect: /does not compile/,
  },
  {
    name: 'contributor pattern without its group',
    body: '{"version":"1","boilerplate":{"flags":"i","patterns":[]},"contributors":{"flags":"i","patterns":["by (.*)"]},"derivedFrom":{"flags":"","patterns":[]}}',
    expect: /named group/,
  },
];

for (const c of badFiles) {
  test(`quality patterns: a bad data file is refused — ${c.name}`, () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'ng-q-')), 'patterns.json');
    writeFileSync(file, c.body);
    assert.throws(() => loadQualityPatterns(file), (e: unknown) => e instanceof DataFileError && c.expect.test(e.message) && e.message.includes(file));
  });
}
