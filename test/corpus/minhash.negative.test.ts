import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jaccardEstimate, minhash, overlapEstimate, shingleHashes } from '../../src/corpus/minhash.js';
import { PORT_REPORT } from './fixtures/copy-texts.js';

const pairs: readonly { name: string; a: string; b: string }[] = [
  { name: 'two empty texts', a: '', b: '' },
  { name: 'punctuation only', a: '… — !!', b: '… — !!' },
  { name: 'an empty text and a report', a: '', b: PORT_REPORT },
  { name: 'the same words in another order', a: 'ships wait outside the closed port', b: 'port closed the outside wait ships' },
];

for (const c of pairs) {
  test(`minhash (negative): ${c.name} are not similar`, () => {
    const a = minhash(c.a);
    const b = minhash(c.b);
    assert.equal(jaccardEstimate(a, b), 0);
    assert.equal(overlapEstimate(a, b), 0);
  });
}

test('minhash (negative): a text without words has no shingles', () => {
  assert.equal(shingleHashes(' \n\t—').size, 0);
  assert.equal(minhash('').shingles, 0);
});
