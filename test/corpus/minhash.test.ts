import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jaccardEstimate, minhash, overlapEstimate, shingleHashes } from '../../src/corpus/minhash.js';
import { ELECTION_REPORT, PORT_LIGHT_EDIT, PORT_OTHER_REPORT, PORT_REPORT, PORT_SPUN } from './fixtures/copy-texts.js';

const pairs: readonly { name: string; a: string; b: string; jaccard: [number, number]; overlap: [number, number] }[] = [
  { name: 'a text and itself', a: PORT_REPORT, b: PORT_REPORT, jaccard: [1, 1], overlap: [1, 1] },
  { name: 'the same text in other case and spacing', a: PORT_REPORT, b: PORT_REPORT.toUpperCase().replace(/ /g, '  '), jaccard: [1, 1], overlap: [1, 1] },
  { name: 'a light edit of the first sentence', a: PORT_REPORT, b: PORT_LIGHT_EDIT, jaccard: [0.75, 1], overlap: [0.8, 1] },
  { name: 'a spun copy with a summary', a: PORT_REPORT, b: PORT_SPUN, jaccard: [0.4, 0.85], overlap: [0.55, 1] },
  { name: 'two reports of one event', a: PORT_REPORT, b: PORT_OTHER_REPORT, jaccard: [0, 0.1], overlap: [0, 0.2] },
  { name: 'unrelated reports', a: PORT_REPORT, b: ELECTION_REPORT, jaccard: [0, 0.05], overlap: [0, 0.1] },
];

for (const c of pairs) {
  test(`minhash: ${c.name}`, () => {
    const a = minhash(c.a);
    const b = minhash(c.b);
    const j = jaccardEstimate(a, b);
    const o = overlapEstimate(a, b);
    assert.ok(j >= c.jaccard[0] && j <= c.jaccard[1], `jaccard ${j} outside ${c.jaccard.join('..')}`);
    assert.ok(o >= c.overlap[0] && o <= c.overlap[1], `overlap ${o} outside ${c.overlap.join('..')}`);
  });
}

const shingleCases: readonly { text: string; count: number }[] = [
  { text: 'one two three four five', count: 3 },
  { text: 'one two', count: 1 },
  { text: 'a b c a b c a b c', count: 3 },
  { text: 'Río de la Plata, río de la plata', count: 4 },
];

for (const c of shingleCases) {
  test(`minhash: shingles of "${c.text}"`, () => {
    assert.equal(shingleHashes(c.text).size, c.count);
  });
}

test('minhash: signatures are deterministic', () => {
  assert.deepEqual([...minhash(PORT_SPUN).values], [...minhash(PORT_SPUN).values]);
  assert.equal(minhash(PORT_REPORT).shingles, shingleHashes(PORT_REPORT).size);
});
