import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotesOf } from './quotes-fixture.js';

const NO_QUOTES: readonly { readonly name: string; readonly text: string }[] = [
  { name: 'book title', text: 'She has read "War and Peace" three times since the summer.' },
  { name: 'film title after its noun', text: 'The film "Northern Lights" opened the festival on Friday.' },
  { name: 'song title in curly quotes', text: 'The band closed the concert with “Harbour Song” at midnight.' },
  { name: 'product name before its noun', text: 'The army launched dozens of "Shahed" drones overnight.' },
  { name: 'brand in quotes', text: 'The company unveiled its "Falcon" tablet in Seoul.' },
  { name: 'scare quotes with no cue', text: 'Troops crossed the border at the start of the "special military operation" in 2022.' },
  { name: 'so-called', text: 'The so-called "shadow fleet" carries much of the oil.' },
  { name: 'dubbed', text: 'The programme, dubbed "Clean Skies", began last year.' },
  { name: 'known as', text: 'The corridor, known as "the northern route", reopened.' },
  { name: 'apostrophes are not quotes', text: 'The leaders’ summit ended on Friday, and the ministers’ meeting followed.' },
  { name: 'inch mark is not a quote', text: 'The 12" barrel is standard on the older model.' },
  { name: 'single-word scare quote without a cue', text: 'The "experts" disagreed about almost everything.' },
];

for (const c of NO_QUOTES) {
  test(`quotes negative: ${c.name}`, () => {
    assert.deepEqual(quotesOf(c.text).quotes, []);
  });
}

test('quotes negative: "said" in non-speech senses gives no speaker to a nearby quote', () => {
  const text = 'That said, the "reform package" is easier said than done.';
  assert.deepEqual(quotesOf(text).quotes, []);
});

test('quotes negative: a name that looks like a verb is no cue', () => {
  const doc = quotesOf('The lecture on Edward Said drew a large crowd. "It was a long evening for everyone."');
  assert.equal(doc.quotes.length, 1);
  assert.equal(doc.quotes[0]!.speakerName, null);
  assert.equal(doc.quotes[0]!.cue, null);
});
