import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StoryClusterer, type StoryInput } from '../../src/corpus/story-clusterer.js';
import { ELECTION_REPORT, PORT_OTHER_REPORT, PORT_REPORT, QUAKE_REPORT } from './fixtures/copy-texts.js';

const cases: readonly { name: string; first: StoryInput; second: StoryInput }[] = [
  {
    name: 'unrelated events on the same day',
    first: { id: 'a', title: 'Velmora terminal reopens', text: PORT_REPORT, published: '2026-03-03' },
    second: { id: 'b', title: 'Dravia votes', text: ELECTION_REPORT, published: '2026-03-03' },
  },
  {
    name: 'the same kind of event two years apart',
    first: { id: 'a', title: 'Velmora terminal reopens after crane repairs', text: PORT_REPORT, published: '2024-03-03' },
    second: { id: 'b', title: 'Cargo moving again at Velmora', text: PORT_OTHER_REPORT, published: '2026-03-03' },
  },
  {
    name: 'two articles without text or title',
    first: { id: 'a', title: null, text: '', published: null },
    second: { id: 'b', title: null, text: '', published: null },
  },
  {
    name: 'an article with a bad date and an unrelated one',
    first: { id: 'a', title: 'Earthquake shakes Ostrel', text: QUAKE_REPORT, published: 'not a date' },
    second: { id: 'b', title: 'Dravia votes', text: ELECTION_REPORT, published: '2026-03-03' },
  },
];

for (const c of cases) {
  test(`stories (negative): ${c.name} are different stories`, () => {
    const clusterer = new StoryClusterer();
    assert.notEqual(clusterer.add(c.first), clusterer.add(c.second));
  });
}
