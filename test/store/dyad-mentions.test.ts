import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AnalysisRecord } from '../../src/analyze/record.js';
import { dyadSeries, storeDyadSeries } from '../../src/corpus/dyad-series.js';
import { periodOf, type PeriodUnit } from '../../src/corpus/period.js';
import { openStore } from '../../src/store/open-store.js';
import type { CorpusLink, DyadFilter, DyadMention, DyadRow, Store, StoredEvent } from '../../src/store/store.js';
import { corpusRecords } from './fixtures/corpus-records.js';
import { eventsRecord, type EventSketch } from './fixtures/events-record.js';
import { BACKENDS, withStore } from './store-backends.js';

const ALL = Number.MAX_SAFE_INTEGER;

function hasPrefix(code: string | null | undefined, prefix: string): boolean {
  return typeof code === 'string' && code.startsWith(prefix);
}

/** The dated events of a list between two actor prefixes, either way, one by one: what `dyadMentions` must list. */
function datedBetween(events: readonly StoredEvent[], a: string, b: string): string[] {
  const ab = (s: string | null | undefined, t: string | null | undefined) => hasPrefix(s, a) && hasPrefix(t, b);
  return events
    .filter((e) => ab(e.source.actor, e.target?.actor) || ab(e.target?.actor, e.source.actor))
    .map((e) => [e, periodOf(e.date?.value, 'day') ?? periodOf(e.published, 'day')] as const)
    .filter(([, day]) => day !== null)
    .map(([e, day]) => `${e.articleId}#${e.index} ${day}`);
}

/** The series counted from every event of the store, listed one by one and filtered here. */
async function countedOneByOne(store: Store, a: string, b: string, unit: PeriodUnit, filter: DyadFilter): Promise<ReturnType<typeof dyadSeries>> {
  const events = await store.events({ ...filter, limit: ALL });
  const places = new Map(events.map((e) => [e.articleId, { story: e.story, source: e.outlet ?? e.url }]));
  return dyadSeries(events, a, b, unit, (id) => places.get(id)!);
}

/** What a dyad series counts of a mention. */
function rowOf(m: DyadMention): DyadRow {
  const { articleId, index, root, quadClass, goldstein, day, published, story, outlet, sentenceStart } = m;
  return { articleId, index, root, quadClass, goldstein, day, published, story, outlet, sentenceStart };
}

/** The columns the dyad index copies from events and articles, dropped to write a store as before migration 0005. */
const COPIED = ['article_id', 'published', 'outlet', 'root', 'quad_class', 'goldstein', 'sentence_start', 'date_end', 'modality'];

const ACTORS = ['IRNGOV', 'RUS', 'RUSMIL', 'IRN', 'PRK', 'USA'];

/**
 * Three stories of reports on a few close dates (some a day apart, some weeks), in both directions
 * and at several actor details, with varied Goldstein scores and quad classes, some undated and one
 * article undated too: what the story and date clustering of a dyad series has to get right.
 */
function storyRecords(): { records: AnalysisRecord[]; links: CorpusLink[] } {
  const days = ['2024-03-01', '2024-03-02', '2024-03-04', '2024-03-09', '2024-03-30', '2024-04-02', '2024-05', null];
  const records = Array.from({ length: 9 }, (_, r) => {
    const sketches: EventSketch[] = Array.from({ length: 24 }, (_, i) => ({
      code: ['042', '190', '036', '112'][(i + r) % 4]!,
      source: ACTORS[(i + r) % ACTORS.length]!,
      target: ACTORS[(i * 5 + r + 1) % ACTORS.length]!,
      date: days[(i * 3 + r) % days.length]!,
      modality: i % 5 === 0 ? 'expected' : 'asserted',
    }));
    const record = eventsRecord(`story${r}`, r === 8 ? null : `2024-03-0${1 + (r % 5)}`, sketches);
    const source = ['Wire', 'Daily', null][r % 3]!;
    return {
      ...record,
      document: { ...record.document, source, url: source === null ? `https://example.org/${r}` : null },
      events: record.events.map((e, i) => ({ ...e, goldstein: ((i * 7 + r) % 21) - 10, quadClass: (1 + ((i + r) % 4)) as 1 | 2 | 3 | 4 })),
    };
  });
  const links = records.slice(0, 7).map((r, i) => ({ articleId: r.document.id, story: 1 + (i % 3), copyOf: null, similarity: null }));
  return { records, links };
}

const series: readonly { readonly name: string; readonly a: string; readonly b: string; readonly unit: PeriodUnit; readonly filter: DyadFilter }[] = [
  { name: 'two countries by month', a: 'IRN', b: 'RUS', unit: 'month', filter: {} },
  { name: 'the same pair the other way round, by week', a: 'RUS', b: 'IRN', unit: 'week', filter: {} },
  { name: 'an actor of two parts and a country, by day', a: 'IRNGOV', b: 'RUS', unit: 'day', filter: {} },
  { name: 'prefixes across a part (walks the events)', a: 'IRNG', b: 'RUSM', unit: 'month', filter: {} },
  { name: 'a prefix shorter than a part', a: 'IR', b: 'RUS', unit: 'week', filter: {} },
  { name: 'said to have happened', a: 'IRN', b: 'RUS', unit: 'month', filter: { modality: ['asserted', 'reported'] } },
  { name: 'one modality', a: 'PRK', b: 'RUS', unit: 'day', filter: { modality: ['expected'] } },
  { name: 'a date window', a: 'IRN', b: 'RUS', unit: 'week', filter: { since: '2024-03-02', until: '2024-04' } },
  { name: 'since a month', a: 'RUS', b: 'USA', unit: 'month', filter: { since: '2024-10' } },
  { name: 'an actor with itself', a: 'RUS', b: 'RUS', unit: 'month', filter: {} },
  { name: 'a pair with no events', a: 'USA', b: 'CHN', unit: 'month', filter: {} },
];

for (const backend of BACKENDS) {
  describe(`dyad series from the store on ${backend.name}`, { skip: backend.skip }, () => {
    after(() => backend.cleanup());
    let corpus: AnalysisRecord[] = [];
    let stories: { records: AnalysisRecord[]; links: CorpusLink[] } = { records: [], links: [] };
    before(() => {
      corpus = corpusRecords();
      stories = storyRecords();
    });

    for (const { name, a, b, unit, filter } of series) {
      test(`storeDyadSeries equals counting the events one by one: ${name}`, async () => {
        await withStore(backend, [...corpus, ...stories.records], async (store) => {
          for (const linked of [false, true]) {
            if (linked) {
              await store.putCorpusLinks([
                ...stories.links,
                { articleId: 'ashgabat', story: 50, copyOf: null, similarity: null },
                { articleId: 'ashgabat-copy', story: 50, copyOf: 'ashgabat', similarity: 1 },
              ]);
            }
            const got = await storeDyadSeries(store, a, b, unit, filter);
            assert.deepStrictEqual(got, await countedOneByOne(store, a, b, unit, filter), linked ? 'with stories' : 'without stories');
          }
        });
      });

      test(`dyadRows are dyadMentions less what only the evidence shows: ${name}`, async () => {
        await withStore(backend, [...corpus, ...stories.records], async (store) => {
          for (const linked of [false, true]) {
            if (linked) await store.putCorpusLinks(stories.links);
            assert.deepStrictEqual(await store.dyadRows(a, b, filter), (await store.dyadMentions(a, b, filter)).map(rowOf), linked ? 'with stories' : 'without stories');
          }
        });
      });

      test(`dyadMentions lists the dated events of the dyad, newest first: ${name}`, async () => {
        await withStore(backend, [...corpus, ...stories.records], async (store) => {
          const got = (await store.dyadMentions(a, b, filter)).map((m) => `${m.articleId}#${m.index} ${m.day}`);
          assert.deepStrictEqual(got, datedBetween(await store.events({ ...filter, limit: ALL }), a, b));
        });
      });
    }

    test('the story records give several periods, events of several mentions and both kinds of quad class', async () => {
      await withStore(backend, stories.records, async (store) => {
        await store.putCorpusLinks(stories.links);
        const got = await storeDyadSeries(store, 'IRN', 'RUS', 'month', {});
        assert.deepStrictEqual(got.map((p) => p.period), ['2024-03', '2024-04', '2024-05']);
        assert.ok(got.some((p) => p.mentions > p.events), JSON.stringify(got));
        assert.ok(got.some((p) => p.cooperation > 0 && p.conflict > 0), JSON.stringify(got));
      });
    });

    test('an article stored again with other events and outlet counts as stored last, its old rows gone', async () => {
      await withStore(backend, stories.records, async (store) => {
        await store.putCorpusLinks(stories.links);
        const old = stories.records[1]!;
        const changed: AnalysisRecord = {
          ...old,
          document: { ...old.document, source: 'Evening Post', url: null, published: '2024-03-20' },
          events: old.events.slice(3).map((e) => ({ ...e, goldstein: -e.goldstein, quadClass: (5 - e.quadClass) as 1 | 2 | 3 | 4 })),
        };
        assert.deepStrictEqual(await store.putRecords([changed]), ['replaced']);
        for (const [a, b, unit] of [['IRN', 'RUS', 'month'], ['PRK', 'USA', 'day']] as const) {
          assert.deepStrictEqual(await storeDyadSeries(store, a, b, unit), await countedOneByOne(store, a, b, unit, {}));
        }
        const pairs = [['IRN', 'RUS'], ['PRK', 'USA'], ['RUS', 'USA'], ['IRN', 'PRK'], ['RUS', 'RUS']] as const;
        const rows = (await Promise.all(pairs.map(([a, b]) => store.dyadRows(a, b)))).flat().filter((r) => r.articleId === old.document.id);
        assert.ok(rows.length > 0 && rows.every((r) => r.outlet === 'Evening Post' && r.published === '2024-03-20'), JSON.stringify(rows));
      });
    });

    test('dyadMentionsAt gives the mentions at the places asked, in that order, leaving out places with none', async () => {
      await withStore(backend, stories.records, async (store) => {
        await store.putCorpusLinks(stories.links);
        const listed = await store.dyadMentions('IRN', 'RUS');
        const asked = [listed[5]!, { articleId: 'no-such-article', index: 0 }, listed[0]!, { articleId: listed[0]!.articleId, index: 999 }, listed.at(-1)!];
        assert.deepStrictEqual(await store.dyadMentionsAt(asked.map(({ articleId, index }) => ({ articleId, index }))), [listed[5], listed[0], listed.at(-1)]);
      });
    });

    test('migration 0005 copies into the dyad index of a store written before it, and the series stay the same', async () => {
      const location = await backend.isolated();
      const fresh = await openStore(location);
      await fresh.putRecords([...corpus, ...stories.records]);
      await fresh.putCorpusLinks(stories.links);
      const read = async (store: Store) => Promise.all(series.map(({ a, b, unit, filter }) => Promise.all([storeDyadSeries(store, a, b, unit, filter), store.dyadRows(a, b, filter)])));
      const expected = await read(fresh);
      await fresh.close();
      for (const statement of [
        'drop index event_dyads_date',
        ...COPIED.map((column) => `alter table event_dyads drop column ${column}`),
        'create index event_dyads_date on event_dyads (a, b, date_start, article, idx)',
        "delete from kysely_migration where name = '0005-dyad-series-columns'",
      ]) {
        await backend.raw(location, statement);
      }
      const migrated = await openStore(location);
      try {
        assert.deepStrictEqual(await read(migrated), expected);
      } finally {
        await migrated.close();
      }
    });

    test('dyadMentions carries what the series shows: codes, actors, story, outlet (else URL), sentence and evidence', async () => {
      await withStore(backend, stories.records, async (store) => {
        await store.putCorpusLinks(stories.links);
        const [first] = await store.dyadMentions('PRK', 'USA', { until: '2024-03-01' });
        const event = (await store.events({ articleId: first!.articleId, limit: ALL })).find((e) => e.index === first!.index)!;
        assert.deepStrictEqual(first, {
          articleId: event.articleId,
          index: event.index,
          code: event.code,
          root: event.root,
          label: event.label,
          quadClass: event.quadClass,
          goldstein: event.goldstein,
          source: event.source.actor,
          target: event.target!.actor,
          day: '2024-03-01',
          published: event.published,
          story: event.story,
          outlet: event.outlet ?? event.url,
          sentenceStart: event.sentence.start,
          evidence: event.evidence,
        });
      });
    });
  });
}
