import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledgeBase } from '../../../src/kb/knowledge-base.js';
import { createDoc } from '../../../src/analyze/document.js';
import { NameFinder } from '../../../src/analyze/entities/find-names.js';
import { tokenView } from '../../../src/analyze/entities/token-view.js';
import { tokensStage } from '../../../src/analyze/tokens/tokens-stage.js';
import { FIRST_WORD, FUNCTION_WORD, GIVEN_NAME, PARTICLE, SPORTS_WORD, START_PARTICLE, WordClasses } from '../../../src/analyze/entities/word-classes.js';

const kb = loadKnowledgeBase();
const finder = new NameFinder(kb);

function classesOf(text: string): Record<string, number> {
  const doc = tokensStage.run(createDoc({ text }));
  const view = tokenView(doc.tokens, finder.words);
  const out: Record<string, number> = {};
  view.tokens.forEach((t, i) => (out[t.text] = view.classes[i]!));
  return out;
}

test('the words of a sentence carry the classes of the cue lists and the knowledge base', () => {
  const c = classesOf("The striker Vladimir bin Laden's side met von Trapp in Tehran.");
  assert.equal(c.The! & FUNCTION_WORD, FUNCTION_WORD);
  assert.equal(c.striker! & SPORTS_WORD, SPORTS_WORD);
  assert.equal(c.Vladimir! & GIVEN_NAME, GIVEN_NAME);
  assert.equal(c.Vladimir! & FIRST_WORD, FIRST_WORD, 'Vladimir starts the name "Vladimir Putin"');
  assert.equal(c.bin! & PARTICLE, PARTICLE);
  assert.equal(c.von! & START_PARTICLE, START_PARTICLE);
  assert.equal(c.Tehran! & FIRST_WORD, FIRST_WORD);
  assert.equal(c.met, 0);
  assert.equal(c['.'], 0);
});

test('classes agree with the word lists for every token of an example article', () => {
  const text =
    'President Masoud Pezeshkian of Iran met Vladimir Putin in Ashgabat on Friday, the Kremlin said. The two leaders discussed the North-South corridor and a new gas deal with Gazprom.';
  const doc = tokensStage.run(createDoc({ text }));
  const view = tokenView(doc.tokens, finder.words);
  const functionWords = new Set(kb.cues.functionWords);
  view.lower.forEach((lower, i) => {
    assert.equal((view.classes[i]! & FUNCTION_WORD) !== 0, functionWords.has(lower), lower);
    assert.equal((view.classes[i]! & GIVEN_NAME) !== 0, kb.givenNames.has(lower), lower);
    assert.equal(view.word[i]! >= 0, view.classes[i] !== 0, lower);
  });
});

test('a word table keeps every word and its bits as it grows', () => {
  const words = new WordClasses([[FUNCTION_WORD, ['the', 'of']]]);
  const many = Array.from({ length: 5000 }, (_, i) => `word${i}`);
  for (const w of many) words.add(w, SPORTS_WORD);
  assert.equal(words.add('the', PARTICLE), words.numberOf('the'));
  assert.equal(words.bitsOf(words.numberOf('the')), FUNCTION_WORD | PARTICLE);
  assert.equal(words.bitsOf(words.numberOf('of')), FUNCTION_WORD);
  for (const w of many) assert.equal(words.bitsOf(words.numberOf(w)), SPORTS_WORD, w);
  assert.equal(words.numberOf('word5000'), -1);
  assert.equal(words.numberOf(''), -1);
  assert.equal(words.bitsOf(-1), 0);
});
