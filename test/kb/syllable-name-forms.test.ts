import { test } from 'node:test';
import assert from 'node:assert/strict';
import { syllableNameForms } from '../../src/kb/syllable-name-forms.js';

const CASES: readonly { readonly name: string; readonly forms: readonly string[] }[] = [
  { name: 'Kim Jong Un', forms: ['Kim Jong-un'] },
  { name: 'Moon Jae-in', forms: ['Moon Jae In'] },
  { name: 'Yoon Suk-yeol', forms: ['Yoon Suk Yeol'] },
  { name: 'Kim Jong-Un', forms: ['Kim Jong Un'] },
];

for (const c of CASES) {
  test(`syllableNameForms: ${c.name}`, () => assert.deepEqual(syllableNameForms(c.name), c.forms));
}

const NONE: readonly string[] = ['Mohammed bin Salman', 'Ali Akbar Velayati', 'Xi Jinping', 'Jean-Claude Juncker', 'Ursula von der Leyen', 'Kim'];

for (const name of NONE) {
  test(`syllableNameForms: no other form of ${name}`, () => assert.deepEqual(syllableNameForms(name), []));
}
