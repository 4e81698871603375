import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../../src/analyze/document.js';
import { createEventCoder } from '../../../src/analyze/events/events-stage.js';
import { mentionsBySentence } from '../../../src/analyze/events/sentence-view.js';
import {
  BOUNDARY,
  CAPITALISED,
  HARD_PUNCTUATION,
  NOUN_MARKER,
  sentenceWords,
  SPEECH,
  TRIGGER_KEY,
} from '../../../src/analyze/events/sentence-words.js';
import { tokensStage } from '../../../src/analyze/tokens/tokens-stage.js';
import { buildDoc, E } from '../events-fixture.js';

const coder = createEventCoder();

function words(text: string, requireTrigger = true) {
  const doc = tokensStage.run(createDoc({ text, published: '2024-10-11' }));
  return { doc, words: sentenceWords(coder.wordInfos, doc, 0, requireTrigger) };
}

test('sentence words: lower case, lemmas and flags of every token, as the lemmatiser and clause words give them', () => {
  const { doc, words: w } = words('Ukraine said Russia attacked the port; officials denied it.');
  assert.ok(w);
  const texts = doc.tokens.map((t) => t.text);
  assert.deepEqual(texts, ['Ukraine', 'said', 'Russia', 'attacked', 'the', 'port', ';', 'officials', 'denied', 'it', '.']);
  assert.deepEqual(w.lower, ['ukraine', 'said', 'russia', 'attacked', 'the', 'port', ';', 'officials', 'denied', 'it', '.']);
  for (let k = 0; k < texts.length; k++) {
    const t = doc.tokens[k]!;
    assert.equal(w.lemma[k], t.kind === 'word' ? coder.lemmatize(t.text).lemma : t.text.toLowerCase(), texts[k]);
  }
  assert.equal(w.lemma[1], 'say');
  assert.equal(w.lemma[3], 'attack');
  assert.equal(w.infos[0]!.flags & CAPITALISED, CAPITALISED);
  assert.equal(w.infos[3]!.flags & (TRIGGER_KEY | CAPITALISED), TRIGGER_KEY);
  assert.equal(w.infos[1]!.flags & SPEECH, SPEECH);
  assert.equal(w.infos[4]!.flags & NOUN_MARKER, NOUN_MARKER);
  assert.equal(w.infos[6]!.flags & HARD_PUNCTUATION, HARD_PUNCTUATION);
  assert.equal(w.infos[5]!.flags, 0);
  assert.equal(w.infos[3]!.triggerForm, true);
  assert.equal(w.infos[0]!.triggerForm, false);
});

test('sentence words: a clause word is flagged in whatever case it is written, a trigger form only as listed', () => {
  const { words: w } = words('After the talks, Iran SAID it would attack.');
  assert.ok(w);
  assert.equal(w.infos[0]!.flags & (BOUNDARY | CAPITALISED), BOUNDARY | CAPITALISED);
  assert.equal(w.lemma[5], 'say');
  assert.equal(w.infos[5]!.flags & SPEECH, SPEECH);
  assert.equal(w.infos[8]!.triggerForm, true);
  assert.equal(words('Iran would ATTACK.').words, null);
});

test('sentence words: null for a sentence without a trigger form unless asked for every sentence', () => {
  assert.equal(words('The weather in Kyiv was mild on Tuesday.').words, null);
  const all = words('The weather in Kyiv was mild on Tuesday.', false).words;
  assert.ok(all);
  assert.equal(all.lower.join(' '), 'the weather in kyiv was mild on tuesday .');
});

test('mentions by sentence: actor mentions placed on their tokens, sentences without one share an empty list', () => {
  const doc = buildDoc('It rained. Iran supplied drones to Russia. Nothing else happened.', { entities: [E.iran, E.russia] });
  const placed = mentionsBySentence(doc);
  assert.equal(placed.length, 3);
  assert.deepEqual(placed[0], []);
  assert.deepEqual(placed[2], []);
  assert.deepEqual(
    placed[1]!.map((p) => [doc.tokens[p.first]!.text, p.end - p.first, p.entity.name]),
    [['Iran', 1, 'Iran'], ['Russia', 1, 'Russia']],
  );
});
