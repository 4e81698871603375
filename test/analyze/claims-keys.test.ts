import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/analyze/analyzer.js';
import { claimKeysStage } from '../../src/analyze/claims/claim-keys-stage.js';
import { lemmaLite } from '../../src/analyze/claims/lemma-lite.js';
import { claimsOf, type EntitySpec } from './quotes-fixture.js';

/** The key of the only claim of a text, through the full analysis. */
function onlyKey(text: string): string {
  const claims = analyze(text).claims;
  assert.equal(claims.length, 1, `one claim in: ${text}`);
  return claims[0]!.key!;
}

const SAME_CLAIM: readonly { readonly name: string; readonly a: string; readonly b: string; readonly key: string }[] = [
  {
    name: 'a relay and reported speech, a country and its capital',
    a: 'Russia has supplied hundreds of attack drones to Iran, US officials said on Monday.',
    b: 'According to American officials, Moscow supplied Iran with attack drones last month.',
    key: 'IRN+RUS|07|attack dron supply',
  },
  {
    name: 'a claim and its denial by the subject in another article',
    a: 'North Korea fired ballistic missiles into the sea on Sunday, Japanese officials said.',
    b: 'Pyongyang denied that it had fired ballistic missiles into the sea.',
    key: 'PRK|19|ballistic fir missil sea',
  },
  {
    name: 'an accusation counts the accused before "of"; the accused denies it in another article',
    a: 'Western governments have accused Iran of supplying Russia with drones.',
    b: 'Tehran denied that it had supplied drones to Russia.',
    key: 'IRN+RUS|07|dron supply',
  },
  {
    name: 'an accusing hedge counts its subject; the root from the verb when no event is coded',
    a: 'Iran is accused of supplying drones to Russia.',
    b: 'Germany accused Iran of supplying drones to Russia.',
    key: 'IRN+RUS|07|dron supply',
  },
  {
    name: 'the accused before an adjunct and "of", the same root from the verb pattern',
    a: 'The United States accused North Korea at the United Nations on Wednesday of sending soldiers to Russia.',
    b: 'Officials said North Korea was sending soldiers to Russia.',
    key: 'PRK+RUS|15|send soldier',
  },
  {
    name: 'tense and time expressions left out',
    a: 'The health ministry said the new hospital would open in March.',
    b: 'According to the health ministry, the new hospital will open in the spring.',
    key: '|-|hospital open',
  },
  {
    name: 'passive with its agent and active, the event coded in both',
    a: 'The interior ministry said three protesters were arrested by Georgian police outside the parliament in Tbilisi.',
    b: 'Georgian police arrested protesters outside parliament, the interior ministry said.',
    key: 'GEO|17|arrest outsid parliament protester',
  },
  {
    name: 'a noun compound and a prepositional phrase, plural and singular',
    a: 'Chinese state media reported that Beijing had suspended imports of Japanese seafood.',
    b: 'China has suspended seafood imports from Japan, Xinhua reported.',
    key: 'CHN+JPN|-|import seafood suspend',
  },
];

for (const c of SAME_CLAIM) {
  test(`claim keys: same claim, ${c.name}`, () => {
    assert.equal(onlyKey(c.a), c.key);
    assert.equal(onlyKey(c.b), c.key);
  });
}

const IN_ARTICLE: readonly {
  readonly name: string;
  readonly text: string;
  readonly answer: 'denies' | 'confirms';
  readonly actor?: string;
}[] = [
  {
    name: 'a denial of "the reports" takes the key of the claim it denies',
    text: 'North Korea fired two ballistic missiles into the sea, the South Korean military said. Pyongyang denied the reports.',
    answer: 'denies',
  },
  {
    name: 'a denial of an accusation in the same article',
    text: 'Prosecutors alleged that the mayor had taken bribes from a builder. The mayor denied the allegations.',
    answer: 'denies',
  },
  {
    name: 'a denial of "the accusations" by the accused shares the accusation\'s key, which names the accused',
    text:
      'Western governments have accused Iran of supplying Russia with drones and missiles since the war in Ukraine began in 2022. ' +
      'Tehran has repeatedly denied the accusations, saying it does not send weapons to either side.',
    answer: 'denies',
    actor: 'IRN',
  },
];

for (const c of IN_ARTICLE) {
  test(`claim keys: ${c.name}`, () => {
    const claims = analyze(c.text).claims;
    const answer = claims.findIndex((k) => k.stance === c.answer);
    assert.ok(answer > 0, 'an answer after the claim');
    const target = claims[answer]![c.answer];
    assert.equal(typeof target, 'number');
    assert.equal(claims[answer]!.key, claims[target!]!.key);
    if (c.actor) for (const k of claims) assert.ok(k.key!.split('|')[0]!.split('+').includes(c.actor), k.key);
  });
}

test('claim keys: every claim of an analysis has a key of three fields', () => {
  const claims = analyze('The minister said the talks had failed. Analysts believe a deal is still possible.').claims;
  assert.equal(claims.length, 2);
  for (const c of claims) assert.equal(c.key!.split('|').length, 3);
});

const UNION: EntitySpec = { name: 'Harbour Workers Union', type: 'ORG' };

const ACTORS: readonly { readonly name: string; readonly text: string; readonly key: string }[] = [
  {
    name: 'an entity without a knowledge-base id is its name, with underscores',
    text: 'Officials said the Harbour Workers Union had ended the strike.',
    key: 'harbour_workers_union|-|end strik',
  },
  {
    name: 'an uncovered pronoun opening the content stands for the source',
    text: 'The Harbour Workers Union said it had ended the strike.',
    key: 'harbour_workers_union|-|end strik',
  },
];

for (const c of ACTORS) {
  test(`claim keys: ${c.name}`, () => {
    const doc = claimKeysStage.run(claimsOf(c.text, [UNION]));
    assert.equal(doc.claims.length, 1);
    assert.equal(doc.claims[0]!.key, c.key);
  });
}

const LEMMAS: readonly (readonly [string, string])[] = [
  ['supplied', 'supply'],
  ['supplies', 'supply'],
  ['supply', 'supply'],
  ['seized', 'seiz'],
  ['seizes', 'seiz'],
  ['launches', 'launch'],
  ['launching', 'launch'],
  ['stopped', 'stop'],
  ['drones', 'dron'],
  ['drone', 'dron'],
  ['agreed', 'agre'],
  ['agrees', 'agre'],
  ['killing', 'kill'],
  ["ministry's", 'ministry'],
  ['crisis', 'crisis'],
  ['red', 'red'],
];

for (const [word, lemma] of LEMMAS) {
  test(`claim keys: lemma-lite of "${word}" is "${lemma}"`, () => {
    assert.equal(lemmaLite(word), lemma);
  });
}
