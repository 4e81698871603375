import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StoryClusterer, type StoryInput } from '../../src/corpus/story-clusterer.js';
import { ELECTION_FOLLOW_UP, ELECTION_REPORT, PORT_FOLLOW_UP, PORT_OTHER_REPORT, PORT_REPORT, PORT_SPUN, QUAKE_REPORT } from './fixtures/copy-texts.js';

/** Articles in arrival order; `expected` names a story per article (same letter, same story). */
const cases: readonly { name: string; articles: readonly StoryInput[]; expected: string }[] = [
  {
    name: 'reports of one event from several outlets form one story',
    articles: [
      { id: 'p1', title: 'Velmora terminal reopens after crane repairs', text: PORT_REPORT, published: '2026-03-03' },
      { id: 'p2', title: 'Cargo moving again at Velmora', text: PORT_OTHER_REPORT, published: '2026-03-03' },
      { id: 'p3', title: 'Queue of ships shrinks at Velmora', text: PORT_FOLLOW_UP, published: '2026-03-04' },
    ],
    expected: 'aaa',
  },
  {
    name: 'interleaved events stay apart',
    articles: [
      { id: 'p1', title: 'Velmora terminal reopens after crane repairs', text: PORT_REPORT, published: '2026-03-03' },
      { id: 'e1', title: 'Dravia votes with low turnout', text: ELECTION_REPORT, published: '2026-03-03' },
      { id: 'q1', title: 'Earthquake shakes Ostrel', text: QUAKE_REPORT, published: '2026-03-04' },
      { id: 'p2', title: 'Cargo moving again at Velmora', text: PORT_OTHER_REPORT, published: '2026-03-04' },
      { id: 'e2', title: 'Dravia coalition talks begin', text: ELECTION_FOLLOW_UP, published: '2026-03-04' },
    ],
    expected: 'abcab',
  },
  {
    name: 'a spun copy joins its original',
    articles: [
      { id: 'p1', title: 'Velmora terminal reopens', text: PORT_REPORT, published: '2026-03-03' },
      { id: 'q1', title: 'Earthquake shakes Ostrel', text: QUAKE_REPORT, published: '2026-03-03' },
      { id: 'p2', title: 'Port back in business', text: PORT_SPUN, published: '2026-03-05' },
    ],
    expected: 'aba',
  },
];

function letters(ids: readonly number[]): string {
  const names = new Map<number, string>();
  return ids.map((id) => (names.has(id) ? names.get(id)! : (names.set(id, String.fromCharCode(97 + names.size)), names.get(id)!))).join('');
}

for (const c of cases) {
  test(`stories: ${c.name}`, () => {
    const clusterer = new StoryClusterer();
    assert.equal(letters(c.articles.map((a) => clusterer.add(a))), c.expected);
  });
}

test('stories: assign puts an article in a given story and later articles can join it', () => {
  const clusterer = new StoryClusterer();
  assert.equal(clusterer.assign({ id: 'p1', title: null, text: PORT_REPORT, published: '2026-03-03' }, 7), 7);
  assert.equal(clusterer.add({ id: 'q1', title: null, text: QUAKE_REPORT, published: '2026-03-03' }), 8);
  assert.equal(clusterer.add({ id: 'p2', title: 'Cargo moving again at Velmora', text: PORT_OTHER_REPORT, published: '2026-03-04' }), 7);
});

test('stories: a story closed to keep the open terms bounded can no longer be joined', () => {
  const port = { id: 'p1', title: 'Velmora terminal reopens after crane repairs', text: PORT_REPORT, published: '2026-03-03' };
  const others = [
    { id: 'e1', title: 'Dravia votes with low turnout', text: ELECTION_REPORT, published: '2026-03-03' },
    { id: 'q1', title: 'Earthquake shakes Ostrel', text: QUAKE_REPORT, published: '2026-03-03' },
  ];
  const later = { id: 'p2', title: 'Cargo moving again at Velmora', text: PORT_OTHER_REPORT, published: '2026-03-04' };
  const open = new StoryClusterer();
  const small = new StoryClusterer({ openTerms: 150 });
  for (const c of [open, small]) [port, ...others].forEach((a) => c.add(a));
  assert.equal(open.add(later), 0);
  assert.equal(small.add(later), 3);
  assert.ok(small.held.centroidTerms <= 150, `${small.held.centroidTerms} terms open`);
});

test('stories: centroids are cut to their heaviest terms and the vocabulary is capped', () => {
  const c = new StoryClusterer({ centroidTerms: 20, vocabulary: 60 });
  for (const [i, text] of [PORT_REPORT, PORT_OTHER_REPORT, PORT_FOLLOW_UP, PORT_SPUN].entries()) {
    c.assign({ id: `p${i}`, title: null, text, published: '2026-03-03' }, 0);
    assert.ok(c.held.centroidTerms <= 40, `centroid of ${c.held.centroidTerms} terms`);
    assert.ok(c.held.vocabulary <= 60, `vocabulary of ${c.held.vocabulary} terms`);
  }
  assert.equal(c.held.stories, 1);
  assert.equal(c.add({ id: 'p9', title: 'Velmora port is open again', text: PORT_REPORT, published: '2026-03-04' }), 0);
});
