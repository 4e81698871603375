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

test('claim keys negative: an unlinked denial keeps its own key', () => {
  const claims = analyze('The ministry denied that the dam had cracked.').claims;
  assert.equal(claims.length, 1);
  assert.equal(claims[0]!.denies, null);
  assert.match(claims[0]!.key!, /crack/);
});
