import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/analyze/analyzer.js';

function onlyKey(text: string): string {
  const claims = analyze(text).claims;
  assert.equal(claims.length, 1, `one claim in: ${text}`);
  return claims[0]!.key!;
}

const DIFFERENT: readonly { readonly name: string; readonly a: string; readonly b: string }[] = [
  {
    name: 'same source and actors, another action',
    a: 'The ministry said the bridge was closed for repairs.',
    b: 'The ministry said the bridge was reopened after repairs.',
  },
  {
    name: 'same action, other actors',
    a: 'Officials said Russia had supplied drones to Iran.',
    b: 'Officials said China had supplied drones to Pakistan.',
  },
  {
    name: 'same actors, another topic',
    a: 'Japanese officials said North Korea fired ballistic missiles into the sea.',
    b: 'Japanese officials said North Korea had closed its border with China.',
  },
  {
    name: 'same place, another claim',
    a: 'Germany said the strike had killed civilians in Gaza.',
    b: 'France said the ceasefire in Gaza was holding.',
  },
];

for (const c of DIFFERENT) {
  test(`claim keys negative: ${c.name}`, () => {
    assert.notEqual(onlyKey(c.a), onlyKey(c.b));
  });
}

test('claim keys negative: a reporting source is not an actor', () => {
  assert.equal(onlyKey('Germany said the ceasefire was holding.').split('|')[0], '');
});

const ACTORS: readonly { readonly name: string; readonly text: string; readonly actors: string }[] = [
  {
    name: 'the accuser is not an actor, only the accused',
    text: 'Germany accused Iran of supplying drones to Russia.',
    actors: 'IRN+RUS',
  },
  {
    name: 'a place in an adjunct between the cue and "of" is not the accused',
    text: 'The United States accused North Korea at the United Nations on Wednesday of sending soldiers to Russia.',
    actors: 'PRK+RUS',
  },
  {
    name: 'a place in a clause before an accusing hedge is not the accused',
    text: 'In Moscow, the mayor is suspected of taking bribes.',
    actors: '',
  },
];

for (const c of ACTORS) {
  test(`claim keys negative: ${c.name}`, () => {
    assert.equal(onlyKey(c.text).split('|')[0], c.actors);
  });
}

const NO_ROOT: readonly { readonly name: string; readonly text: string }[] = [
  { name: 'an adjective after a copula is no verb', text: 'Officials said the election had not been free.' },
  { name: 'a noun after a determiner is no verb', text: 'Officials said the attack was unexpected.' },
  { name: 'a verb no pattern knows', text: 'The health ministry said the new hospital would open in March.' },
];

for (const c of NO_ROOT) {
  test(`claim keys negative: no root, ${c.name}`, () => {
    assert.equal(onlyKey(c.text).split('|')[1], '-');
  });
}

test('claim keys negative: an unlinked denial keeps its own key', () => {
  const claims = analyze('The ministry denied that the dam had cracked.').claims;
  assert.equal(claims.length, 1);
  assert.equal(claims[0]!.denies, null);
  assert.match(claims[0]!.key!, /crack/);
});
