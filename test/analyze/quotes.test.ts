import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/analyze/analyzer.js';
import type { Quote } from '../../src/analyze/record.js';
import { quotesOf, type EntitySpec } from './quotes-fixture.js';

interface Case {
  readonly name: string;
  readonly text: string;
  readonly entities?: readonly EntitySpec[];
  readonly want: readonly Partial<Quote>[];
}

const LAVROV: EntitySpec = { name: 'Sergei Lavrov', type: 'PERSON', forms: ['Sergei Lavrov', 'Lavrov'] };
const MERKEL: EntitySpec = { name: 'Anna Merkel', type: 'PERSON', forms: ['Anna Merkel', 'Merkel'] };
const OKAFOR: EntitySpec = { name: 'John Okafor', type: 'PERSON', forms: ['John Okafor', 'Okafor'] };

const CASES: readonly Case[] = [
  {
    name: 'straight quotes, cue after',
    text: '"The harbour will reopen next week," Okafor said on Monday.',
    entities: [OKAFOR],
    want: [{ text: 'The harbour will reopen next week,', kind: 'direct', speaker: 'e1', speakerName: 'John Okafor', cue: 'said' }],
  },
  {
    name: 'curly quotes, cue before with a hearer',
    text: 'Lavrov told reporters: “Nobody has asked us to mediate.”',
    entities: [LAVROV],
    want: [{ text: 'Nobody has asked us to mediate.', kind: 'direct', speakerName: 'Sergei Lavrov', cue: 'told reporters' }],
  },
  {
    name: 'inverted cue with a description',
    text: '“We expect the talks to resume,” said the deputy minister.',
    want: [{ text: 'We expect the talks to resume,', kind: 'direct', speaker: null, speakerName: 'the deputy minister', cue: 'said' }],
  },
  {
    name: 'inverted cue with a name',
    text: '"Prices have doubled since spring," said Anna Merkel.',
    entities: [MERKEL],
    want: [{ speaker: 'e1', speakerName: 'Anna Merkel', kind: 'direct' }],
  },
  {
    name: 'outlet as hearer',
    text: '"There is no deal yet," Lavrov told CNN.',
    entities: [LAVROV],
    want: [{ speakerName: 'Sergei Lavrov', cue: 'told CNN' }],
  },
  {
    name: 'apposition between speaker and verb',
    text: '"Supplies are running low," Merkel, the agency director, said.',
    entities: [MERKEL],
    want: [{ speakerName: 'Anna Merkel' }],
  },
  {
    name: 'pronoun speaker resolves to the person named before',
    text: 'Anna Merkel visited the camp on Sunday. "Families are sleeping outside," she said.',
    entities: [MERKEL],
    want: [{ text: 'Families are sleeping outside,', speaker: 'e1', speakerName: 'Anna Merkel', cue: 'said' }],
  },
  {
    name: 'pronoun speaker without an entity layer takes the latest named speaker',
    text: 'Okafor said the port was closed.\n\n"We are waiting for fuel," he added.',
    want: [{ speakerName: 'Okafor', cue: 'added' }],
  },
  {
    name: 'speaker named in the sentence before',
    text: 'Merkel explained why the convoy had stopped. "The bridge is unsafe and the road is mined."',
    entities: [MERKEL],
    want: [{ text: 'The bridge is unsafe and the road is mined.', kind: 'direct', speakerName: 'Anna Merkel', cue: 'explained' }],
  },
  {
    name: 'interrupted quote keeps its speaker on both halves',
    text: '"We will rebuild," Okafor said, "but it will take years."',
    entities: [OKAFOR],
    want: [
      { text: 'We will rebuild,', kind: 'direct', speakerName: 'John Okafor' },
      { text: 'but it will take years.', kind: 'direct', speakerName: 'John Okafor' },
    ],
  },
  {
    name: 'single quotes nested inside a double quote',
    text: '"They called it \'a temporary measure\' three years ago," Merkel said.',
    entities: [MERKEL],
    want: [{ text: "They called it 'a temporary measure' three years ago,", speakerName: 'Anna Merkel' }],
  },
  {
    name: 'quote over several sentences',
    text: 'Lavrov said: "The proposal is unworkable. It ignores the facts. We reject it."',
    entities: [LAVROV],
    want: [{ text: 'The proposal is unworkable. It ignores the facts. We reject it.', kind: 'direct', speakerName: 'Sergei Lavrov' }],
  },
  {
    name: 'quote continued over paragraphs is one span',
    text: 'Okafor said:\n\n"The first convoy arrived at dawn.\n\n"The second is still at the border," he said.',
    entities: [OKAFOR],
    want: [{ text: 'The first convoy arrived at dawn.\n\n"The second is still at the border,', kind: 'direct', speakerName: 'John Okafor' }],
  },
  {
    name: 'partial quote inside reported speech',
    text: 'Merkel said the new rules were "deeply unfair" to small farmers.',
    entities: [MERKEL],
    want: [{ text: 'deeply unfair', kind: 'partial', speakerName: 'Anna Merkel', cue: 'said' }],
  },
  {
    name: 'partial quote with the cue at the end',
    text: 'The visit was "long overdue", the ambassador said.',
    want: [{ text: 'long overdue', kind: 'partial', speakerName: 'the ambassador' }],
  },
  {
    name: 'partial quote after a coordinated speech verb',
    text: 'Lavrov criticised the sanctions and said they would "backfire badly".',
    entities: [LAVROV],
    want: [{ text: 'backfire badly', kind: 'partial', speakerName: 'Sergei Lavrov' }],
  },
  {
    name: 'according to after a quote',
    text: '"The vote was fair," according to the election commission.',
    want: [{ text: 'The vote was fair,', kind: 'direct', speakerName: 'the election commission', cue: 'according to' }],
  },
  {
    name: 'a question mark ends the quote\'s sentence, the cue follows',
    text: 'The council met at noon. "Who will pay for the damage?" Okafor said.',
    entities: [OKAFOR],
    want: [{ text: 'Who will pay for the damage?', kind: 'direct', speakerName: 'John Okafor', cue: 'said' }],
  },
  {
    name: 'passive "was quoted as saying"',
    text: '"The border will stay open," Lavrov was quoted by TASS as saying.',
    entities: [LAVROV],
    want: [{ text: 'The border will stay open,', kind: 'direct', speakerName: 'Sergei Lavrov', cue: 'quoted by TASS as saying' }],
  },
  {
    name: 'anonymous source keeps its phrase',
    text: '"Nothing has been signed," a senior European diplomat said.',
    want: [{ speaker: null, speakerName: 'a senior European diplomat' }],
  },
  {
    name: 'the one person of the paragraph when there is no cue',
    text: 'The hall filled slowly.\n\nAnna Merkel stood at the podium for an hour. The crowd was silent. "Thank you for coming."',
    entities: [MERKEL],
    want: [{ text: 'Thank you for coming.', kind: 'direct', speakerName: 'Anna Merkel', cue: null }],
  },
];

for (const c of CASES) {
  test(`quotes: ${c.name}`, () => {
    const doc = quotesOf(c.text, c.entities);
    assert.equal(doc.quotes.length, c.want.length, JSON.stringify(doc.quotes));
    c.want.forEach((want, i) => {
      const got = doc.quotes[i]!;
      assert.equal(c.text.slice(got.start, got.end), got.text);
      for (const [key, value] of Object.entries(want)) assert.deepEqual(got[key as keyof Quote], value, `${key} of ${JSON.stringify(got)}`);
    });
  });
}

test('quotes: end to end through analyze()', () => {
  const text = 'Foreign Minister Sergei Lavrov spoke in Moscow on Tuesday. "Our position has not changed," he said.';
  const record = analyze({ text, published: '2024-10-11' });
  assert.equal(record.quotes.length, 1);
  const q = record.quotes[0]!;
  assert.equal(q.text, 'Our position has not changed,');
  assert.equal(text.slice(q.start, q.end), q.text);
  assert.equal(q.kind, 'direct');
  assert.match(q.speakerName ?? '', /Lavrov/);
});
