import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wordRuns } from '../../src/analyze/claims/word-runs.js';

function runs(text: string): string[] {
  const out: string[] = [];
  wordRuns(text, (start, end) => out.push(text.slice(start, end)));
  return out;
}

/** wordRuns must find exactly what /[\p{L}\p{N}]+/gu finds. */
const CASES: readonly { readonly name: string; readonly text: string; readonly runs: readonly string[] }[] = [
  { name: 'ASCII words, digits and punctuation', text: 'Iran sent 1,200 drones to Russia.', runs: ['Iran', 'sent', '1', '200', 'drones', 'to', 'Russia'] },
  { name: 'apostrophes and hyphens split words', text: "Moscow's long-range missiles", runs: ['Moscow', 's', 'long', 'range', 'missiles'] },
  { name: 'accented and non-Latin letters', text: 'Zürich, İstanbul and Ωmega naïve', runs: ['Zürich', 'İstanbul', 'and', 'Ωmega', 'naïve'] },
  { name: 'curly quotes and a no-break space', text: '“Relations are good,”\u00a0he said', runs: ['Relations', 'are', 'good', 'he', 'said'] },
  { name: 'a letter outside the BMP is one letter', text: 'a𝐀𝐁b 😀 c', runs: ['a𝐀𝐁b', 'c'] },
  { name: 'non-ASCII digits and numerals', text: 'rounds ٣٤ and Ⅻ', runs: ['rounds', '٣٤', 'and', 'Ⅻ'] },
  { name: 'a lone surrogate splits a word', text: 'x\ud800y', runs: ['x', 'y'] },
];

for (const c of CASES) {
  test(`word runs: ${c.name}`, () => {
    assert.deepEqual(runs(c.text), c.runs);
    assert.deepEqual(runs(c.text), c.text.match(/[\p{L}\p{N}]+/gu) ?? []);
  });
}
