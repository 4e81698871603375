import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../src/analyze/document.js';
import { lowerWords } from '../../src/analyze/tokens/lower-words.js';
import { tokensStage } from '../../src/analyze/tokens/tokens-stage.js';

const cases: readonly { name: string; text: string; sentences: number; tokens: number }[] = [
  { name: 'empty text', text: '', sentences: 0, tokens: 0 },
  { name: 'only white space', text: ' \n\n\t \r\n', sentences: 0, tokens: 0 },
  { name: 'lowercase after a period is no new sentence', text: 'The deal was signed in Jan. by both sides.', sentences: 1, tokens: 10 },
  { name: 'ellipsis inside a sentence', text: 'He paused... and then spoke.', sentences: 1, tokens: 7 },
  { name: 'a number after a period in a list', text: 'See art. 5 of the treaty.', sentences: 1, tokens: 7 },
];

for (const c of cases) {
  test(`tokens (negative): ${c.name}`, () => {
    const d = tokensStage.run(createDoc(c.text));
    assert.equal(d.sentences.length, c.sentences);
    assert.equal(d.tokens.length, c.tokens);
  });
}

const unjoined: readonly { name: string; text: string; tokens: string[] }[] = [
  { name: 'a trailing apostrophe is no part of the word', text: 'drones’ range', tokens: ['drones', '’', 'range'] },
  { name: 'a hyphen before a space joins nothing', text: 'a well- known', tokens: ['a', 'well', '-', 'known'] },
  { name: 'a sentence-final period is its own token', text: 'in Minsk.', tokens: ['in', 'Minsk', '.'] },
  { name: 'a hyphen after an abbreviation splits', text: 'the U.S.-led coalition', tokens: ['the', 'U.S.', '-', 'led', 'coalition'] },
  { name: 'an apostrophe before digits is punctuation', text: "the '90s", tokens: ['the', "'", '90s'] },
];

for (const c of unjoined) {
  test(`tokens (negative): ${c.name}`, () => {
    assert.deepEqual(tokensStage.run(createDoc(c.text)).tokens.map((t) => t.text), c.tokens);
  });
}

test('tokens (negative): another token list gets its own lower-cased words', () => {
  const a = tokensStage.run(createDoc('Iran said so.')).tokens;
  const b = tokensStage.run(createDoc('Iran said so.')).tokens;
  assert.notEqual(lowerWords(a), lowerWords(b));
  assert.deepEqual(lowerWords(a), lowerWords(b));
});

const runOn: readonly { name: string; text: string; longest: number }[] = [
  { name: 'a 5,000-word run with no sentence end', text: 'word '.repeat(5000), longest: 300 },
  { name: 'a long run cut after its last comma in the window', text: 'word word, '.repeat(2000), longest: 300 },
  { name: 'a 200-word sentence is not cut', text: `${'word '.repeat(199)}end.`, longest: 201 },
];

for (const c of runOn) {
  test(`tokens (negative): ${c.name} gives sentences of at most ${c.longest} tokens, covering every token`, () => {
    const d = tokensStage.run(createDoc(c.text));
    assert.equal(Math.max(...d.sentences.map((s) => s.endToken - s.firstToken)), c.longest);
    assert.equal(d.sentences.reduce((n, s) => n + s.endToken - s.firstToken, 0), d.tokens.length);
    for (const s of d.sentences) assert.equal(c.text.slice(s.start, s.end), c.text.slice(d.tokens[s.firstToken]!.start, d.tokens[s.endToken - 1]!.end));
  });
}

test('tokens (negative): a cut long run ends its pieces after a comma', () => {
  const d = tokensStage.run(createDoc('word word, '.repeat(2000)));
  assert.ok(d.sentences.slice(0, -1).every((s) => d.tokens[s.endToken - 1]!.text === ','));
});
