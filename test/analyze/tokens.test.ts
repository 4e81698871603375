import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../src/analyze/document.js';
import { lowerWords } from '../../src/analyze/tokens/lower-words.js';
import { tokensStage } from '../../src/analyze/tokens/tokens-stage.js';

const sentencesOf = (text: string) => {
  const d = tokensStage.run(createDoc(text));
  return d.sentences.map((s) => text.slice(s.start, s.end));
};
const tokensOf = (text: string) => tokensStage.run(createDoc(text)).tokens.map((t) => t.text);

const sentenceCases: readonly { name: string; text: string; sentences: string[] }[] = [
  {
    name: 'plain sentences',
    text: 'Iran sent drones. Russia used them in Ukraine! Did Kyiv respond?',
    sentences: ['Iran sent drones.', 'Russia used them in Ukraine!', 'Did Kyiv respond?'],
  },
  {
    name: 'titles and initials do not end sentences',
    text: 'Gen. Valery Gerasimov met Mr. J. Smith in Minsk. They talked.',
    sentences: ['Gen. Valery Gerasimov met Mr. J. Smith in Minsk.', 'They talked.'],
  },
  {
    name: 'U.S. inside a sentence',
    text: 'The U.S. Treasury imposed sanctions on Monday. Tehran condemned them.',
    sentences: ['The U.S. Treasury imposed sanctions on Monday.', 'Tehran condemned them.'],
  },
  {
    name: 'quote closing after the period stays with its sentence',
    text: '"We will respond," he said. "The strikes were illegal." Moscow disagreed.',
    sentences: ['"We will respond," he said.', '"The strikes were illegal."', 'Moscow disagreed.'],
  },
  {
    name: 'curly quotes',
    text: '“The talks failed.” Officials left Doha on Friday.',
    sentences: ['“The talks failed.”', 'Officials left Doha on Friday.'],
  },
  {
    name: 'times and decimals',
    text: 'Trading closed at 5 p.m. on Oct. 11 after prices rose 3.5% to $1,200. Markets calmed.',
    sentences: ['Trading closed at 5 p.m. on Oct. 11 after prices rose 3.5% to $1,200.', 'Markets calmed.'],
  },
  {
    name: 'paragraphs always end sentences',
    text: 'First paragraph without a stop\n\nSecond paragraph.',
    sentences: ['First paragraph without a stop', 'Second paragraph.'],
  },
];

for (const c of sentenceCases) {
  test(`tokens: sentences — ${c.name}`, () => {
    assert.deepEqual(sentencesOf(c.text), c.sentences);
  });
}

const tokenCases: readonly { text: string; tokens: string[] }[] = [
  { text: "Iran's drones", tokens: ['Iran', "'s", 'drones'] },
  { text: 'Russia’s army', tokens: ['Russia', '’s', 'army'] },
  { text: 'al-Assad and bin Salman', tokens: ['al-Assad', 'and', 'bin', 'Salman'] },
  { text: "O'Brien didn't go", tokens: ["O'Brien", "didn't", 'go'] },
  { text: 'the U.S. and the U.K.', tokens: ['the', 'U.S.', 'and', 'the', 'U.K.'] },
  { text: '$1,200 and 3.5%', tokens: ['$', '1,200', 'and', '3.5', '%'] },
  { text: 'in the 1990s', tokens: ['in', 'the', '1990s'] },
  { text: 'Kim Jong-un (North Korea)', tokens: ['Kim', 'Jong-un', '(', 'North', 'Korea', ')'] },
  { text: 'Pezeshkian — Iran’s president', tokens: ['Pezeshkian', '—', 'Iran', '’s', 'president'] },
  { text: 'Erdoğan met officials in São Paulo', tokens: ['Erdoğan', 'met', 'officials', 'in', 'São', 'Paulo'] },
  { text: 'Cafe\u0301 owners protested', tokens: ['Cafe\u0301', 'owners', 'protested'] },
  { text: 'O’Neill’s office', tokens: ['O’Neill', '’s', 'office'] },
  { text: 'AT&T and Q&A', tokens: ['AT&T', 'and', 'Q&A'] },
  { text: 'the 5th round at 10:30 on 3/4', tokens: ['the', '5th', 'round', 'at', '10:30', 'on', '3/4'] },
  { text: 'He paused -- then left...', tokens: ['He', 'paused', '--', 'then', 'left', '...'] },
];

const kindCases: readonly { text: string; kinds: string[] }[] = [
  { text: 'Talks 👍 ended', kinds: ['word', 'punct', 'word'] },
  { text: '٣ and ½', kinds: ['number', 'word', 'number'] },
  { text: 'Iran’s 1990s', kinds: ['word', 'word', 'number'] },
];

for (const c of kindCases) {
  test(`tokens: kinds — ${c.text}`, () => {
    assert.deepEqual(tokensStage.run(createDoc(c.text)).tokens.map((t) => t.kind), c.kinds);
  });
}

test('tokens: lowerWords lower-cases the words of a token list once and leaves other tokens as they are', () => {
  const { tokens } = tokensStage.run(createDoc('The U.S. Navy said 12 ships sailed.'));
  const lower = lowerWords(tokens);
  assert.deepEqual(lower, ['the', 'u.s.', 'navy', 'said', '12', 'ships', 'sailed', '.']);
  assert.equal(lowerWords(tokens), lower);
});

for (const c of tokenCases) {
  test(`tokens: words — ${c.text}`, () => {
    assert.deepEqual(tokensOf(c.text), c.tokens);
  });
}

test('tokens: every token and sentence span points into the text and sentences index their tokens', () => {
  const text = 'Iran’s president met Putin in Ashgabat.\r\n\r\n"We agree," he said. Talks end on 11 Oct. 2024.';
  const d = tokensStage.run(createDoc(text));
  for (const t of d.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  d.sentences.forEach((s, i) => {
    for (let k = s.firstToken; k < s.endToken; k++) assert.equal(d.tokens[k]!.sentence, i);
    assert.equal(d.tokens[s.firstToken]!.start, s.start);
    assert.equal(d.tokens[s.endToken - 1]!.end, s.end);
  });
  assert.equal(d.paragraphs.length, 2);
});
