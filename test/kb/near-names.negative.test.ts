import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withinOneEdit } from '../../src/kb/near-names.js';
import { nearNames } from './near-names-fixture.js';

const FAR: readonly { readonly a: string; readonly b: string; readonly why: string }[] = [
  { a: 'austria', b: 'australia', why: 'two letters added' },
  { a: 'mitterand', b: 'miterrand', why: 'a letter dropped and another added' },
  { a: 'slovenian', b: 'slovakian', why: 'two letters changed' },
  { a: 'abcd', b: 'badc', why: 'two swaps' },
  { a: 'netanyahu', b: 'netanyahuuu', why: 'two letters added at the end' },
];

for (const c of FAR) {
  test(`withinOneEdit negative: ${c.why} (${c.a} / ${c.b})`, () => {
    assert.equal(withinOneEdit(c.a, c.b), false);
    assert.equal(withinOneEdit(c.b, c.a), false);
  });
}

const near = nearNames();

const NO_PERSON: readonly { readonly text: string; readonly why: string }[] = [
  { text: 'Anna Lindqvest', why: 'two known people in reach: no unique best' },
  { text: 'Ali Ebady', why: 'a misspelt word shorter than the floor (short words are other names)' },
  { text: 'Carla Petersen', why: 'the other words must be the same' },
  { text: 'Francois Mitterrand Jr', why: 'another number of words' },
  { text: 'Mitterand', why: 'one word alone is no full name' },
  { text: 'Francois Mitterrand', why: 'a known name is not a misspelling (it is looked up, not guessed)' },
  { text: 'Juvenal Absolute', why: 'ordinary words are never misspellings' },
];

for (const c of NO_PERSON) {
  test(`NearNames.person negative: ${c.why} (${c.text})`, () => assert.equal(near.person(c.text), null));
}

const NO_PLACE: readonly { readonly text: string; readonly why: string }[] = [
  { text: 'Kurkish', why: 'a changed first letter' },
  { text: 'Chechn', why: 'shorter than the floor' },
  { text: 'Austrian', why: 'a known name is no misspelling' },
  { text: 'Slovekian', why: 'two known names in reach' },
  { text: 'Phil-ippines', why: 'not letters only' },
  { text: 'Phillips', why: "a word of a known person's name is a name (not the company Philips)" },
];

for (const c of NO_PLACE) {
  test(`NearNames.oneWord negative: ${c.why} (${c.text})`, () => assert.equal(near.oneWord(c.text), null));
}
