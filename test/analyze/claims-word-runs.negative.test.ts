import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wordRuns } from '../../src/analyze/claims/word-runs.js';

/** Texts without a letter or digit give no run. */
const NONE: readonly { readonly name: string; readonly text: string }[] = [
  { name: 'empty text', text: '' },
  { name: 'spaces and punctuation', text: ' ,.;:!? -— “” ' },
  { name: 'an emoji and a no-break space', text: '😀\u00a0\u3000' },
  { name: 'lone surrogates', text: '\ud800\udc00'.slice(0, 1) + ' ' + '\udc00' },
];

for (const c of NONE) {
  test(`word runs: none in ${c.name}`, () => {
    let n = 0;
    wordRuns(c.text, () => n++);
    assert.equal(n, 0);
  });
}
