import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dyadSeries, type ArticlePlace } from '../../src/corpus/dyad-series.js';
import type { StoredEvent } from '../../src/store/store.js';

interface Ev {
  readonly article: string;
  readonly from: string;
  readonly to: string | null;
  readonly root: string;
  readonly quad: 1 | 2 | 3 | 4;
  readonly goldstein: number;
  readonly date: string | null;
  readonly sentence?: number;
}

/** Articles: story and source. */
const PLACES: Readonly<Record<string, ArticlePlace>> = {
  w1: { story: 1, source: 'Wire' },
  w2: { story: 1, source: 'Daily' },
  w3: { story: 1, source: 'Wire' },
  x1: { story: 2, source: 'Herald' },
  free: { story: null, source: 'Herald' },
};

function event(e: Ev): StoredEvent {
  return {
    code: `${e.root}0`,
    root: e.root,
    label: 'label',
    plover: null,
    quadClass: e.quad,
    goldstein: e.goldstein,
    source: { entity: null, name: e.from, actor: e.from },
    target: e.to === null ? null : { entity: null, name: e.to, actor: e.to },
    date: e.date === null ? null : { value: e.date, text: null },
    location: null,
    modality: 'asserted',
    claim: null,
    sentence: { start: e.sentence ?? 0, end: 10 },
    evidence: `evidence of ${e.article}`,
    articleId: e.article,
    index: 0,
    articleTitle: null,
    published: '2026-01-20',
    url: null,
    outlet: PLACES[e.article]?.source ?? null,
    story: PLACES[e.article]?.story ?? null,
    copyOf: null,
  };
}

const cases: readonly { name: string; events: readonly Ev[]; expected: readonly (readonly [string, number, number, number, number, number, number])[] }[] = [
  {
    name: 'one event carried by three articles of a story counts once, with its mentions, articles and sources',
    events: [
      { article: 'w1', from: 'IRNGOV', to: 'RUSGOV', root: '05', quad: 1, goldstein: 4, date: '2026-01-05' },
      { article: 'w2', from: 'IRNGOV', to: 'RUSGOV', root: '05', quad: 1, goldstein: 4, date: '2026-01-05' },
      { article: 'w3', from: 'IRN', to: 'RUS', root: '05', quad: 1, goldstein: 2, date: '2026-01-06' },
    ],
    expected: [['2026-01', 1, 3, 3, 2, 3.33, 1]],
  },
  {
    name: 'a joint act coded both ways in one sentence is one event with one mention',
    events: [
      { article: 'x1', from: 'IRN', to: 'RUS', root: '05', quad: 1, goldstein: 6, date: '2026-01-05' },
      { article: 'x1', from: 'RUS', to: 'IRN', root: '05', quad: 1, goldstein: 6, date: '2026-01-05' },
    ],
    expected: [['2026-01', 1, 1, 1, 1, 6, 1]],
  },
  {
    name: 'the same kind of event in two stories counts twice',
    events: [
      { article: 'w1', from: 'IRN', to: 'RUS', root: '11', quad: 3, goldstein: -2, date: '2026-01-05' },
      { article: 'x1', from: 'RUS', to: 'IRN', root: '11', quad: 3, goldstein: -4, date: '2026-01-09' },
    ],
    expected: [['2026-01', 2, 2, 2, 2, -3, 0]],
  },
  {
    name: 'two acts of one root in one story weeks apart are two events',
    events: [
      { article: 'w1', from: 'RUS', to: 'IRN', root: '04', quad: 1, goldstein: 1, date: '2026-01-05' },
      { article: 'w1', from: 'IRN', to: 'RUS', root: '04', quad: 1, goldstein: 1, date: '2026-02-20' },
    ],
    expected: [
      ['2026-01', 1, 1, 1, 1, 1, 1],
      ['2026-02', 1, 1, 1, 1, 1, 1],
    ],
  },
  {
    name: 'events fall in the period of their earliest date; other dyads and events without a target are left out',
    events: [
      { article: 'w1', from: 'IRN', to: 'RUS', root: '04', quad: 1, goldstein: 1, date: '2026-01-31' },
      { article: 'w2', from: 'IRN', to: 'RUS', root: '04', quad: 1, goldstein: 1, date: '2026-02-01' },
      { article: 'x1', from: 'IRN', to: 'RUS', root: '19', quad: 4, goldstein: -10, date: '2026-02-03' },
      { article: 'x1', from: 'IRN', to: 'CHN', root: '04', quad: 1, goldstein: 1, date: '2026-02-03' },
      { article: 'free', from: 'RUS', to: null, root: '04', quad: 1, goldstein: 1, date: '2026-02-03' },
      { article: 'free', from: 'RUSMIL', to: 'IRNMIL', root: '19', quad: 4, goldstein: -10, date: null },
    ],
    expected: [
      ['2026-01', 2, 3, 3, 3, -4.5, 0.5],
      ['2026-02', 1, 1, 1, 1, -10, 0],
    ],
  },
];

for (const c of cases) {
  test(`dyad series: ${c.name}`, () => {
    const series = dyadSeries(c.events.map(event), 'IRN', 'RUS', 'month', (id) => PLACES[id]!);
    assert.deepEqual(
      series.map((p) => [p.period, p.events, p.mentions, p.articles, p.sources, p.meanGoldstein, p.cooperation]),
      c.expected,
    );
    for (const p of series) assert.equal(p.cooperation + p.conflict, 1);
  });
}

test('dyad series: the evidence is the earliest mention of the most reported event', () => {
  const series = dyadSeries(
    [
      { article: 'x1', from: 'IRN', to: 'RUS', root: '19', quad: 4, goldstein: -10, date: '2026-01-02' },
      { article: 'w3', from: 'IRN', to: 'RUS', root: '05', quad: 1, goldstein: 4, date: '2026-01-06' },
      { article: 'w2', from: 'IRN', to: 'RUS', root: '05', quad: 1, goldstein: 4, date: '2026-01-05' },
    ].map((e) => event(e as Ev)),
    'IRN',
    'RUS',
    'month',
    (id) => PLACES[id]!,
  );
  assert.equal(series[0]!.evidence.articleId, 'w2');
  assert.equal(series[0]!.evidence.mentions, 2);
});
