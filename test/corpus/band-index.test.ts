import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BandIndex } from '../../src/corpus/band-index.js';
import { minhash } from '../../src/corpus/minhash.js';
import { ELECTION_REPORT, PORT_LIGHT_EDIT, PORT_REPORT } from './fixtures/copy-texts.js';

function found(index: BandIndex, values: Uint32Array): number[] {
  const slots = new Set<number>();
  index.candidates(values, 0, (slot) => slots.add(slot));
  return [...slots].sort((a, b) => a - b);
}

test('band index: a light edit finds the report it edits, an unrelated report does not', () => {
  const index = new BandIndex(64, 2, 16, 4);
  index.add(minhash(PORT_REPORT).values, 0, 0);
  assert.deepEqual(found(index, minhash(PORT_LIGHT_EDIT).values), [0]);
  assert.deepEqual(found(index, minhash(ELECTION_REPORT).values), []);
});

test('band index: a row keeps its most recent slots only, and its size never changes', () => {
  const index = new BandIndex(64, 2, 10, 3);
  const values = minhash(PORT_REPORT).values;
  for (let slot = 0; slot < 5; slot++) index.add(values, 0, slot);
  assert.deepEqual(found(index, values), [2, 3, 4]);
  assert.equal(index.rows, 1024);
});
