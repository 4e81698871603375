import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CopyDetector, type CopyInput, type CopyLink } from '../../src/corpus/copy-detector.js';
import { ELECTION_REPORT, PORT_LIGHT_EDIT, PORT_OTHER_REPORT, PORT_REPORT, PORT_SPUN, QUAKE_REPORT } from './fixtures/copy-texts.js';

interface Case {
  readonly name: string;
  /** Articles in arrival order. */
  readonly articles: readonly CopyInput[];
  /** The final link of each article: the id it copies, or null. */
  readonly expected: Readonly<Record<string, string | null>>;
}

const cases: readonly Case[] = [
  {
    name: 'an exact copy under another headline links to the original',
    articles: [
      { id: 'wire', text: PORT_REPORT, published: '2026-03-03' },
      { id: 'portal', text: `${PORT_REPORT}\n`, published: '2026-03-03' },
    ],
    expected: { wire: null, portal: 'wire' },
  },
  {
    name: 'a light edit and a spun copy link to the original',
    articles: [
      { id: 'wire', text: PORT_REPORT, published: '2026-03-03T08:00:00Z' },
      { id: 'edit', text: PORT_LIGHT_EDIT, published: '2026-03-03T09:00:00Z' },
      { id: 'spun', text: PORT_SPUN, published: '2026-03-04' },
    ],
    expected: { wire: null, edit: 'wire', spun: 'wire' },
  },
  {
    name: 'a copy of a copy links to the earliest version',
    articles: [
      { id: 'wire', text: PORT_REPORT, published: '2026-03-03' },
      { id: 'edit', text: PORT_LIGHT_EDIT, published: '2026-03-04' },
      { id: 'edit-again', text: PORT_LIGHT_EDIT, published: '2026-03-05' },
    ],
    expected: { wire: null, edit: 'wire', 'edit-again': 'wire' },
  },
  {
    name: 'an earlier version arriving late becomes the original of the group',
    articles: [
      { id: 'spun', text: PORT_SPUN, published: '2026-03-05' },
      { id: 'edit', text: PORT_LIGHT_EDIT, published: '2026-03-04' },
      { id: 'wire', text: PORT_REPORT, published: '2026-03-03' },
    ],
    expected: { wire: null, edit: 'wire', spun: 'wire' },
  },
  {
    name: 'on the same date the first to arrive is the original',
    articles: [
      { id: 'first', text: PORT_LIGHT_EDIT, published: '2026-03-03' },
      { id: 'second', text: PORT_REPORT, published: '2026-03-03' },
    ],
    expected: { first: null, second: 'first' },
  },
  {
    name: 'a dated version is earlier than an undated one',
    articles: [
      { id: 'undated', text: PORT_REPORT, published: null },
      { id: 'dated', text: PORT_LIGHT_EDIT, published: '2026-03-09' },
    ],
    expected: { undated: 'dated', dated: null },
  },
];

function finalLinks(articles: readonly CopyInput[], detector = new CopyDetector()): Map<string, CopyLink> {
  const links = new Map<string, CopyLink>();
  for (const a of articles) for (const l of detector.add(a).links) links.set(l.id, l);
  return links;
}

for (const c of cases) {
  test(`copies: ${c.name}`, () => {
    const links = finalLinks(c.articles);
    assert.deepEqual(Object.fromEntries([...links].map(([id, l]) => [id, l.copyOf])), c.expected);
    for (const l of links.values()) {
      if (l.copyOf === null) assert.equal(l.similarity, null);
      else assert.ok(l.similarity! >= 0.5 && l.similarity! <= 1, `${l.id} similarity ${l.similarity}`);
    }
  });
}

test('copies: an exact copy has similarity 1 and names what it matched', () => {
  const d = new CopyDetector();
  d.add({ id: 'a', text: PORT_REPORT, published: null });
  const r = d.add({ id: 'b', text: PORT_REPORT, published: null });
  assert.equal(r.matched, 'a');
  assert.deepEqual(r.links, [{ id: 'b', copyOf: 'a', similarity: 1 }]);
});

test('copies: restored links are kept and later copies join the restored group', () => {
  const d = new CopyDetector();
  d.restore([
    { article: { id: 'edit', text: PORT_LIGHT_EDIT, published: '2026-03-04' }, copyOf: 'wire' },
    { article: { id: 'wire', text: PORT_REPORT, published: '2026-03-03' }, copyOf: null },
    { article: { id: 'other', text: ELECTION_REPORT, published: '2026-03-03' }, copyOf: null },
  ]);
  const r = d.add({ id: 'spun', text: PORT_SPUN, published: '2026-03-05' });
  assert.equal(r.links[0]!.copyOf, 'wire');
  assert.ok(r.matched === 'wire' || r.matched === 'edit');
});

test('copies: another outlet reporting the same event is matched to nothing', () => {
  const d = new CopyDetector();
  d.add({ id: 'wire', text: PORT_REPORT, published: '2026-03-03' });
  assert.deepEqual(d.add({ id: 'other', text: PORT_OTHER_REPORT, published: '2026-03-03' }), {
    matched: null,
    links: [{ id: 'other', copyOf: null, similarity: null }],
  });
});

test('copies: an article older than the window is forgotten, so a later copy of it is new', () => {
  const others = [ELECTION_REPORT, PORT_OTHER_REPORT, QUAKE_REPORT];
  for (const [window, expected] of [
    [4, null],
    [5, 'wire'],
  ] as const) {
    const d = new CopyDetector({ window });
    d.add({ id: 'wire', text: PORT_REPORT, published: '2026-03-03' });
    others.forEach((text, i) => d.add({ id: `other-${i}`, text, published: '2026-03-03' }));
    assert.equal(d.add({ id: 'edit', text: PORT_LIGHT_EDIT, published: '2026-03-04' }).links[0]!.copyOf, expected);
    assert.equal(d.has('wire'), expected !== null);
  }
});

test('copies: a late original relinks the copies still in the window only', () => {
  const d = new CopyDetector({ window: 4 });
  for (let i = 1; i <= 6; i++) d.add({ id: `c${i}`, text: `${PORT_LIGHT_EDIT} Update ${i}.`, published: '2026-03-05' });
  const r = d.add({ id: 'wire', text: PORT_REPORT, published: '2026-03-03' });
  assert.deepEqual(
    r.links.map((l) => [l.id, l.copyOf]),
    [['wire', null], ['c4', 'wire'], ['c5', 'wire'], ['c6', 'wire']],
  );
});

test('copies: what the detector holds stops growing at its window', () => {
  const sentences = [PORT_REPORT, PORT_OTHER_REPORT, ELECTION_REPORT, QUAKE_REPORT].flatMap((t) => t.split(/(?<=\.) /));
  const d = new CopyDetector({ window: 50 });
  const held: number[] = [];
  for (let i = 0; i < 300; i++) {
    const text = Array.from({ length: 4 }, (_x, k) => sentences[(i * 7 + k * 11) % sentences.length]).join(' ');
    d.add({ id: `a${i}`, text, published: null });
    if (i === 99 || i === 299) held.push(d.size, d.typedBytes);
  }
  assert.deepEqual(held.slice(2), held.slice(0, 2));
  assert.equal(held[0], 50);
  assert.ok(held[1]! < 50 * 1_500, `typed arrays ${held[1]} bytes`);
});
