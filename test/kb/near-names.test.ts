import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withinOneEdit } from '../../src/kb/near-names.js';
import { nearNames } from './near-names-fixture.js';

const EDITS: readonly { readonly a: string; readonly b: string; readonly edit: string }[] = [
  { a: 'mitterand', b: 'mitterrand', edit: 'a letter dropped' },
  { a: 'bouteflicka', b: 'bouteflika', edit: 'a letter added' },
  { a: 'chechan', b: 'chechen', edit: 'a letter changed' },
  { a: 'netanyhau', b: 'netanyahu', edit: 'two neighbouring letters swapped' },
  { a: 'habyariman', b: 'habyarimana', edit: 'the last letter dropped' },
  { a: 'xafghanistan', b: 'afghanistan', edit: 'the first letter added' },
  { a: 'tehran', b: 'tehran', edit: 'no edit' },
];

for (const c of EDITS) {
  test(`withinOneEdit: ${c.edit} (${c.a} / ${c.b})`, () => {
    assert.equal(withinOneEdit(c.a, c.b), true);
    assert.equal(withinOneEdit(c.b, c.a), true);
  });
}

const near = nearNames();

const PEOPLE: readonly { readonly text: string; readonly id: string }[] = [
  { text: 'Juvenal Habyariman', id: 'person/juvenal-habyarimana' },
  { text: 'Francois Mitterand', id: 'person/francois-mitterrand' },
  { text: 'Frederic Mitterand', id: 'person/frederic-mitterrand' },
  { text: 'Juvénal Habyarimanna', id: 'person/juvenal-habyarimana' },
];

for (const c of PEOPLE) {
  test(`NearNames.person: ${c.text}`, () => assert.equal(near.person(c.text)?.id, c.id));
}

const PLACES: readonly { readonly text: string; readonly id: string }[] = [
  { text: 'Afganistan', id: 'country/AFG' },
  { text: 'Phillippines', id: 'country/PHL' },
  { text: 'Chenchen', id: 'people/chechen' },
  { text: 'Australien', id: 'country/AUS' },
  { text: 'Siemenns', id: 'bus/siemens' },
];

for (const c of PLACES) {
  test(`NearNames.oneWord: ${c.text}`, () => assert.equal(near.oneWord(c.text)?.id, c.id));
}
