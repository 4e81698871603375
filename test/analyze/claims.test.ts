import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/analyze/analyzer.js';
import type { Claim } from '../../src/analyze/record.js';
import { claimsOf, type EntitySpec } from './quotes-fixture.js';

interface Want {
  readonly text: string;
  readonly source: string;
  readonly stance?: Claim['stance'];
  readonly via?: string | null;
  readonly cue?: string;
  readonly entity?: string | null;
  readonly denies?: number | null;
  readonly confirms?: number | null;
}

interface Case {
  readonly name: string;
  readonly text: string;
  readonly entities?: readonly EntitySpec[];
  readonly want: readonly Want[];
}

const OKAFOR: EntitySpec = { name: 'John Okafor', type: 'PERSON', forms: ['John Okafor', 'Okafor'] };
const CNN: EntitySpec = { name: 'CNN', type: 'ORG', sector: 'MED' };
const VALDOR: EntitySpec = { name: 'Valdoria', type: 'GPE', country: 'VLD', kbId: 'country/VLD' };
const ASAHI: EntitySpec = { name: 'Asahi Shimbun', type: 'ORG', sector: 'MED' };

const CASES: readonly Case[] = [
  {
    name: 'X said that …',
    text: 'Okafor said that the bridge would reopen in May.',
    entities: [OKAFOR],
    want: [{ text: 'the bridge would reopen in May', source: 'John Okafor', entity: 'e1', stance: 'expects', cue: 'said', via: null }],
  },
  {
    name: 'X said … without "that", after a time adverbial',
    text: 'The health ministry said on Friday 14 people had died in the floods.',
    want: [{ text: '14 people had died in the floods', source: 'The health ministry', stance: 'asserts' }],
  },
  {
    name: 'closing cue: …, X said.',
    text: 'Two convoys reached the city overnight, the aid agency said.',
    want: [{ text: 'Two convoys reached the city overnight', source: 'the aid agency', stance: 'asserts', cue: 'said' }],
  },
  {
    name: 'inverted closing cue: …, said X.',
    text: 'The border crossing was closed again, said a police spokesman.',
    want: [{ text: 'The border crossing was closed again', source: 'a police spokesman', stance: 'asserts' }],
  },
  {
    name: 'X told an outlet that … relays through the outlet',
    text: 'Okafor told CNN that the negotiations had stalled.',
    entities: [OKAFOR, CNN],
    want: [{ text: 'the negotiations had stalled', source: 'John Okafor', via: 'CNN', cue: 'told CNN', stance: 'asserts' }],
  },
  {
    name: 'X told reporters that … has no relay',
    text: 'Okafor told reporters on Monday that the negotiations had stalled.',
    entities: [OKAFOR],
    want: [{ text: 'the negotiations had stalled', source: 'John Okafor', via: null, cue: 'told reporters' }],
  },
  {
    name: 'according to X, at the start',
    text: 'According to the interior ministry, 40 people were detained.',
    want: [{ text: '40 people were detained', source: 'the interior ministry', cue: 'according to', stance: 'asserts' }],
  },
  {
    name: 'according to X, at the end',
    text: 'The factory was hit twice, according to local officials.',
    want: [{ text: 'The factory was hit twice', source: 'local officials', cue: 'according to' }],
  },
  {
    name: 'according to an outlet report citing a source',
    text: 'According to a CNN report citing two diplomats, the summit was postponed.',
    entities: [CNN],
    want: [{ text: 'the summit was postponed', source: 'two diplomats', via: 'CNN' }],
  },
  {
    name: 'according to a described outlet named after its description',
    text: 'According to the Valdorian news agency Asahi Shimbun, the summit was postponed.',
    entities: [ASAHI],
    want: [{ text: 'the summit was postponed', source: 'Asahi Shimbun', via: 'Asahi Shimbun' }],
  },
  {
    name: 'according to an outlet report with no source of its own',
    text: 'According to a CNN report, the summit was postponed.',
    entities: [CNN],
    want: [{ text: 'the summit was postponed', source: 'CNN', via: 'CNN' }],
  },
  {
    name: 'a closing relay covers the last clause before it',
    text: 'The storm hit the coast on Monday, when 30 homes were destroyed, according to the fire service.',
    want: [{ text: '30 homes were destroyed', source: 'the fire service', cue: 'according to' }],
  },
  {
    name: 'a description with the name in apposition before the verb',
    text: 'A ministry spokeswoman, Lena Varga, said on Tuesday the border would reopen.',
    entities: [{ name: 'Lena Varga', type: 'PERSON' }],
    want: [{ text: 'the border would reopen', source: 'Lena Varga', stance: 'expects' }],
  },
  {
    name: 'as per and as reported by',
    text: 'As per the coast guard, the ship sank at dawn. The crew was rescued, as reported by state media.',
    want: [
      { text: 'the ship sank at dawn', source: 'the coast guard', cue: 'as per' },
      { text: 'The crew was rescued', source: 'state media', cue: 'reported by' },
    ],
  },
  {
    name: 'reported speech then a relay: the relay is the via',
    text: 'Okafor said the port was closed, according to CNN.',
    entities: [OKAFOR, CNN],
    want: [{ text: 'the port was closed', source: 'John Okafor', via: 'CNN' }],
  },
  {
    name: 'anonymous sources are rumors',
    text: 'Officials familiar with the matter said the plan had been shelved.',
    want: [{ text: 'the plan had been shelved', source: 'Officials familiar with the matter', stance: 'rumor' }],
  },
  {
    name: 'hedges: allegedly and reportedly',
    text: 'The shipment allegedly passed through a third country. The minister reportedly resigned.',
    want: [
      { text: 'The shipment allegedly passed through a third country', source: 'unnamed', stance: 'alleges', cue: 'allegedly' },
      { text: 'The minister reportedly resigned', source: 'unnamed', stance: 'rumor', cue: 'reportedly' },
    ],
  },
  {
    name: 'rumours of',
    text: 'Rumours of a cabinet reshuffle spread through the capital.',
    want: [{ text: 'Rumours of a cabinet reshuffle spread through the capital', source: 'unnamed', stance: 'rumor' }],
  },
  {
    name: 'accusation: the content is what follows "of"',
    text: 'Valdoria accused its neighbour of shelling border villages.',
    entities: [VALDOR],
    want: [{ text: 'shelling border villages', source: 'Valdoria', stance: 'alleges', cue: 'accused' }],
  },
  {
    name: 'content naming a wrongdoing is an allegation',
    text: 'The opposition said the vote had been rigged.',
    want: [{ text: 'the vote had been rigged', source: 'The opposition', stance: 'alleges' }],
  },
  {
    name: 'denial of allegations links to the claim it denies',
    text: 'Valdoria is accused of supplying rockets to the rebels. Valdoria denies these allegations.',
    entities: [VALDOR],
    want: [
      { text: 'supplying rockets to the rebels', source: 'unnamed', stance: 'alleges' },
      { text: 'these allegations', source: 'Valdoria', stance: 'denies', denies: 0 },
    ],
  },
  {
    name: 'rejected the reports, then a participle counter-claim',
    text: 'Valdoria accused the rebels of smuggling rockets. The rebels rejected the reports, saying they make their own weapons.',
    entities: [VALDOR],
    want: [
      { text: 'smuggling rockets', source: 'Valdoria', stance: 'alleges' },
      { text: 'the reports', source: 'The rebels', stance: 'denies', denies: 0 },
      { text: 'they make their own weapons', source: 'The rebels', stance: 'denies' },
    ],
  },
  {
    name: 'confirmation linked on a shared topic',
    text: 'Okafor said the ferry service had been suspended. The transport ministry confirmed the ferry service was suspended.',
    entities: [OKAFOR],
    want: [
      { text: 'the ferry service had been suspended', source: 'John Okafor', stance: 'asserts' },
      { text: 'the ferry service was suspended', source: 'The transport ministry', stance: 'confirms', confirms: 0 },
    ],
  },
  {
    name: 'analysts note: opinion',
    text: 'Analysts note that the currency has lost a third of its value.',
    want: [{ text: 'the currency has lost a third of its value', source: 'Analysts', stance: 'opinion' }],
  },
  {
    name: 'X believes: opinion; X expects: expects',
    text: 'Okafor believes the ceasefire is fragile. Economists expect inflation to ease next year.',
    entities: [OKAFOR],
    want: [
      { text: 'the ceasefire is fragile', source: 'John Okafor', stance: 'opinion' },
      { text: 'inflation to ease next year', source: 'Economists', stance: 'expects' },
    ],
  },
  {
    name: 'two propositions joined by "and that" are two claims',
    text: 'Okafor said the dam was damaged and that repairs would take a month.',
    entities: [OKAFOR],
    want: [
      { text: 'the dam was damaged', source: 'John Okafor', stance: 'asserts' },
      { text: 'repairs would take a month', source: 'John Okafor', stance: 'expects' },
    ],
  },
  {
    name: 'parallel cues in one sentence',
    text: 'Okafor said the talks had failed, while the mediator said progress was made.',
    entities: [OKAFOR],
    want: [
      { text: 'the talks had failed', source: 'John Okafor' },
      { text: 'progress was made', source: 'the mediator' },
    ],
  },
  {
    name: 'a pronoun source resolves to the latest speaker',
    text: 'Okafor spoke after the vote. He said the count was accurate.',
    entities: [OKAFOR],
    want: [{ text: 'the count was accurate', source: 'John Okafor', entity: 'e1' }],
  },
  {
    name: 'a capital that speaks stands for its country',
    text: 'Valdoria and its capital Brenn are at odds with the bloc. Brenn said the sanctions were illegal.',
    entities: [VALDOR, { name: 'Brenn', type: 'GPE', country: 'VLD', kbId: 'city/vld/brenn' }],
    want: [{ text: 'the sanctions were illegal', source: 'Valdoria', entity: 'e1', stance: 'alleges' }],
  },
  {
    name: 'a description of a body resolves to the body named before',
    text: 'Market researcher Tallin Group published its survey on Monday. The group said sales had fallen by a fifth.',
    entities: [{ name: 'Tallin Group', type: 'ORG' }],
    want: [{ text: 'sales had fallen by a fifth', source: 'Tallin Group', entity: 'e1' }],
  },
  {
    name: 'announced takes a bare content only when it is a clause',
    text: 'The coast guard announced the tanker was being held in port. The ministry announced new tariffs.',
    want: [{ text: 'the tanker was being held in port', source: 'The coast guard', stance: 'asserts' }],
  },
  {
    name: 'a direct quote with a speaker is also its speaker\'s claim',
    text: '"The army has withdrawn from the town," Okafor said.',
    entities: [OKAFOR],
    want: [{ text: 'The army has withdrawn from the town,', source: 'John Okafor', stance: 'asserts', cue: 'said' }],
  },
  {
    name: 'a plain cue reporting a future main clause expects, whatever its words',
    text: 'The minister said the border police would stop illegal crossings.',
    want: [{ text: 'the border police would stop illegal crossings', source: 'The minister', stance: 'expects' }],
  },
  {
    name: 'a perfect main clause is no prediction even with "would" after it',
    text: 'The minister said the talks had stalled and would resume in May.',
    want: [{ text: 'the talks had stalled and would resume in May', source: 'The minister', stance: 'asserts' }],
  },
  {
    name: 'a citing phrase between the verb and "that": the cited party is the source, the speaker the relay',
    text: 'The Yomiuri newspaper reported on Friday, citing unnamed officials, that the plant had closed.',
    want: [{ text: 'the plant had closed', source: 'unnamed officials', via: 'Yomiuri newspaper', cue: 'reported' }],
  },
  {
    name: 'relative-clause attribution with no claim around it',
    text: 'Voters went back to the polls after an election that the opposition says was rigged.',
    want: [{ text: 'was rigged', source: 'the opposition', stance: 'alleges', cue: 'says' }],
  },
  {
    name: 'relative-clause attribution on "what"',
    text: 'Soldiers fired tear gas at what the army said was an illegal gathering.',
    want: [{ text: 'was an illegal gathering', source: 'the army', stance: 'alleges' }],
  },
  {
    name: 'relative-clause attribution inside another claim\'s content',
    text: 'The ministry said it had seized two trucks that police believe were carrying weapons.',
    want: [
      { text: 'it had seized two trucks that police believe were carrying weapons', source: 'The ministry', stance: 'asserts' },
      { text: 'were carrying weapons', source: 'police', stance: 'opinion', cue: 'believe' },
    ],
  },
  {
    name: 'the accused answering as a fact is a counter-claim, a denial',
    text: 'Prosecutors accused Valdoria of dumping waste in the river. Valdoria said it had never dumped waste.',
    entities: [VALDOR],
    want: [
      { text: 'dumping waste in the river', source: 'Prosecutors', stance: 'alleges' },
      { text: 'it had never dumped waste', source: 'Valdoria', stance: 'denies', denies: 0 },
    ],
  },
  {
    name: 'a counter-claim by a party named in the accusation\'s content',
    text: 'Activists alleged that the army had shelled the village. The army said its units were nowhere near the village.',
    want: [
      { text: 'the army had shelled the village', source: 'Activists', stance: 'alleges' },
      { text: 'its units were nowhere near the village', source: 'The army', stance: 'denies', denies: 0 },
    ],
  },
  {
    name: 'cataphora: an unnamed newspaper named soon after with the same noun',
    text: 'A Japanese newspaper reported the plant would close. The Asahi Shimbun newspaper said workers had been told on Friday.',
    entities: [ASAHI],
    want: [
      { text: 'the plant would close', source: 'Asahi Shimbun', stance: 'expects' },
      { text: 'workers had been told on Friday', source: 'Asahi Shimbun' },
    ],
  },
  {
    name: '"asked about …" before the cue leaves the content alone',
    text: 'Asked about the report, a spokesman said the allegations were false.',
    want: [{ text: 'the allegations were false', source: 'a spokesman', cue: 'said' }],
  },
  {
    name: '"when asked" after a closing cue',
    text: '"The border will stay closed until the vote," the minister said when asked about the crossings.',
    want: [{ text: 'The border will stay closed until the vote,', source: 'the minister', cue: 'said' }],
  },
];

for (const c of CASES) {
  test(`claims: ${c.name}`, () => {
    const doc = claimsOf(c.text, c.entities);
    assert.equal(doc.claims.length, c.want.length, JSON.stringify(doc.claims, null, 1));
    c.want.forEach((want, i) => {
      const got = doc.claims[i]!;
      assert.equal(c.text.slice(got.start, got.end), got.text);
      assert.equal(got.text, want.text);
      assert.equal(got.source.name, want.source);
      if (want.stance) assert.equal(got.stance, want.stance, JSON.stringify(got));
      if (want.via !== undefined) assert.equal(got.via?.name ?? null, want.via);
      if (want.cue !== undefined) assert.equal(got.cue, want.cue);
      if (want.entity !== undefined) assert.equal(got.source.entity, want.entity);
      if (want.denies !== undefined) assert.equal(got.denies, want.denies);
      if (want.confirms !== undefined) assert.equal(got.confirms, want.confirms);
    });
  });
}

test('claims: end to end through analyze()', () => {
  const text = 'Officials in Brussels said Moscow was hiding oil exports illegally. The Kremlin rejected the claims.';
  const record = analyze({ text, published: '2024-10-11' });
  assert.equal(record.claims.length, 2, JSON.stringify(record.claims));
  const [first, second] = record.claims;
  assert.equal(first!.text, 'Moscow was hiding oil exports illegally');
  assert.equal(first!.stance, 'alleges');
  assert.equal(second!.text, 'the claims');
  assert.equal(second!.stance, 'denies');
  assert.equal(second!.denies, 0);
  for (const c of record.claims) assert.equal(text.slice(c.start, c.end), c.text);
});
