import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../src/analyze/document.js';
import { tokensStage } from '../../src/analyze/tokens/tokens-stage.js';

const cases: readonly { name: string; text: string; sentences: number; tokens: number }[] = [
  { name: 'empty text', text: '', sentences: 0, tokens: 0 },
  { name: 'only white space', text: ' \n\n\t \r\n', sentences: 0, tokens: 0 },
  { name: 'lowercase after a period is no new sentence', text: 'The deal was signed in Jan. by both sides.', sentences: 1, tokens: 10 },
  { name: 'ellipsis inside a sentence', text: 'He paused... and then spoke.', sentences: 1, tokens: 7 },
  { name: 'a number after a period in a list', text: 'See art. 5 of the treaty.', sentences: 1, tokens: 7 },
];

for (const c of cases) {
  test(`tokens (negative): ${c.name}`, () => {
    const d = tokensStage.run(createDoc(c.text));
    assert.equal(d.sentences.length, c.sentences);
    assert.equal(d.tokens.length, c.tokens);
  });
}
