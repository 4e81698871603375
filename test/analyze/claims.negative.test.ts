import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsOf } from './quotes-fixture.js';

const NO_CLAIMS: readonly { readonly name: string; readonly text: string }[] = [
  { name: 'the said agreement', text: 'The said agreement expired in June.' },
  { name: 'that said,', text: 'That said, the deal remains popular with voters.' },
  { name: 'easier said than done', text: 'Reform of the grain market is easier said than done.' },
  { name: 'having said that', text: 'Having said that, the minister left the room.' },
  { name: 'a name that looks like a verb', text: 'The lecture on Edward Said drew a large crowd.' },
  { name: 'passive "told to"', text: 'Residents were told to leave their homes before dawn.' },
  { name: '"called on" is a request, not a claim', text: 'The council called on both sides to stop fighting.' },
  { name: 'negated cue', text: 'The ministry did not say when the talks would resume.' },
  { name: 'declined to comment', text: 'Officials declined to comment on the report.' },
  { name: 'noun "claims" after a possessive', text: 'Her claims were widely shared on social media.' },
  { name: 'noun "report" after a determiner', text: 'The report was published on Monday in Geneva.' },
  { name: 'passive "is expected to" is an event modality, not a claim', text: 'The minister is expected to visit the capital next week.' },
  { name: '"denied access" is a refusal, not a denial of a claim', text: 'The port authority denied entry to four cargo ships.' },
  { name: 'narration without a source', text: 'The convoy reached the border town at noon.' },
  { name: 'a question in quotes is not a claim', text: '"Who will pay for the repairs?" the mayor said.' },
  { name: 'a short quote is not a claim', text: '"Absolutely not," the mayor said.' },
  { name: 'a scare quote is not a claim', text: 'The "experts" disagreed about almost everything.' },
];

for (const c of NO_CLAIMS) {
  test(`claims negative: ${c.name}`, () => {
    assert.deepEqual(claimsOf(c.text).claims, []);
  });
}

test('claims negative: an answer by the accused on another topic stays an assertion', () => {
  const doc = claimsOf('Activists alleged that the army had shelled the village. The army said the new barracks opened on Monday.');
  assert.equal(doc.claims.length, 2);
  assert.equal(doc.claims[1]!.stance, 'asserts');
  assert.equal(doc.claims[1]!.denies, undefined);
});

test('claims negative: an assertion by a party the accusation does not name is no counter-claim', () => {
  const doc = claimsOf('Activists alleged that the army had shelled the village. The mayor said nobody had been hurt in the village.');
  assert.equal(doc.claims.length, 2);
  assert.equal(doc.claims[1]!.stance, 'asserts');
});

test('claims negative: a relative clause with a subject of its own is no nested claim', () => {
  const doc = claimsOf('The ministry said it had found the ships that the navy said it had tracked.');
  assert.equal(doc.claims.length, 1, JSON.stringify(doc.claims));
  assert.equal(doc.claims[0]!.source.name, 'The ministry');
});

test('claims negative: an anonymous official is not the person named after', () => {
  const doc = claimsOf('A senior official said the plant would close. The official, Mark Reyes, said workers had been told.', [
    { name: 'Mark Reyes', type: 'PERSON' },
  ]);
  assert.equal(doc.claims[0]!.source.name, 'A senior official');
});

test('claims negative: a denial with nothing before it links to no claim', () => {
  const doc = claimsOf('The ministry denied the allegations.');
  assert.equal(doc.claims.length, 1);
  assert.equal(doc.claims[0]!.stance, 'denies');
  assert.equal(doc.claims[0]!.denies, null);
});

test('claims negative: a confirmation on another topic links to no claim', () => {
  const doc = claimsOf('The mayor said the bridge was safe. The army confirmed that two soldiers were wounded.');
  assert.equal(doc.claims.length, 2);
  assert.equal(doc.claims[1]!.stance, 'confirms');
  assert.equal(doc.claims[1]!.confirms, null);
});
