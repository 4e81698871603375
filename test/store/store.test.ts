import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { analyze } from '../../src/analyze/analyzer.js';
import type { AnalysisRecord } from '../../src/analyze/record.js';
import { openStore } from '../../src/store/open-store.js';
import type { EventFilter, PutOutcome, SearchOptions } from '../../src/store/store.js';
import { ARTICLES } from './fixtures/articles.js';
import { eventsRecord } from './fixtures/events-record.js';
import { fullRecord } from './fixtures/full-record.js';
import { BACKENDS, withStore } from './store-backends.js';

/** The same value with the keys of every object in reverse order. */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)])) as T;
}

function withTitle(record: AnalysisRecord, title: string): AnalysisRecord {
  return { ...record, document: { ...record.document, title } };
}

/** A record of an article with every layer empty: the store's view of it without any analyser. */
function bareRecord(article: (typeof ARTICLES)[number]): AnalysisRecord {
  return {
    format: 'newsgraph.analysis/1',
    document: {
      id: article.id!,
      title: article.title ?? null,
      published: article.published ?? null,
      url: article.url ?? null,
      source: article.source ?? null,
      language: 'en',
      text: article.text,
    },
    entities: [],
    quotes: [],
    claims: [],
    events: [],
    times: [],
    quality: { repeatedParagraphs: [], boilerplate: [], contributors: [], derivedFrom: [] },
  };
}

const bare = ARTICLES.map(bareRecord);
const { events: _events, ...withoutEvents } = fullRecord('0badc0de');
const { versions: _versions, ...withoutVersions } = fullRecord('0badc0df');

/** A full record with fields a later format may add: on the record, in an event, in a nested object and instead of one. */
function withLaterFields(): AnalysisRecord {
  const record = fullRecord('beef0002');
  const [first, ...rest] = record.events;
  const event = { ...first!, confidence: 0.75, source: { ...first!.source, role: 'supplier' }, location: 'Astrakhan' };
  return { ...record, events: [event, ...rest], reviewed: true } as unknown as AnalysisRecord;
}

const roundTrips: readonly { readonly name: string; readonly make: () => AnalysisRecord }[] = [
  { name: 'hand-made record with every field', make: () => fullRecord() },
  { name: 'every key in reverse order', make: () => reverseKeys(fullRecord('beef0001')) },
  { name: 'record without events key', make: () => withoutEvents as AnalysisRecord },
  { name: 'record without versions', make: () => withoutVersions as AnalysisRecord },
  { name: 'record with fields a later format may add', make: withLaterFields },
  ...ARTICLES.map((article, i) => ({ name: `analyze() of article ${i + 1}`, make: () => analyze(article) })),
  { name: 'a record of events with null targets and dates', make: () => eventsRecord('ev0', null, [{ code: '190', source: null, target: null, date: null, modality: 'negated' }]) },
];

for (const backend of BACKENDS) {
  describe(`store on ${backend.name}`, { skip: backend.skip }, () => {
    after(() => backend.cleanup());

    for (const { name, make } of roundTrips) {
      test(`round trip: ${name}`, async () => {
        const record = make();
        await withStore(backend, [], async (store) => {
          assert.equal(await store.putRecord(record), 'stored');
          const back = await store.getRecord(record.document.id);
          assert.deepStrictEqual(back, record);
          assert.equal(JSON.stringify(back), JSON.stringify(record));
        });
      });
    }

    const changed = withTitle(fullRecord(), 'Cargo flights questioned');
    const fewer: AnalysisRecord = { ...fullRecord(), entities: fullRecord().entities.slice(0, 1), events: [], quotes: [] };

    const puts: readonly {
      readonly name: string;
      readonly batches: readonly (readonly AnalysisRecord[])[];
      readonly outcomes: readonly (readonly PutOutcome[])[];
      readonly kept: AnalysisRecord;
    }[] = [
      { name: 'same record twice', batches: [[fullRecord()], [fullRecord()]], outcomes: [['stored'], ['unchanged']], kept: fullRecord() },
      { name: 'new title replaces', batches: [[fullRecord()], [changed]], outcomes: [['stored'], ['replaced']], kept: changed },
      { name: 'fewer parts leave no rows behind', batches: [[fullRecord()], [fewer]], outcomes: [['stored'], ['replaced']], kept: fewer },
      { name: 'replace, then the same again', batches: [[fullRecord()], [changed], [changed]], outcomes: [['stored'], ['replaced'], ['unchanged']], kept: changed },
      { name: 'one batch, same id twice, other content', batches: [[fullRecord(), changed]], outcomes: [['stored', 'replaced']], kept: changed },
      { name: 'one batch, same id twice, same content', batches: [[fullRecord(), fullRecord()]], outcomes: [['stored', 'unchanged']], kept: fullRecord() },
    ];

    for (const { name, batches, outcomes, kept } of puts) {
      test(`put: ${name}`, async () => {
        await withStore(backend, [], async (store) => {
          const got: (readonly PutOutcome[])[] = [];
          for (const batch of batches) got.push(batch.length === 1 ? [await store.putRecord(batch[0]!)] : await store.putRecords(batch));
          assert.deepStrictEqual(got, outcomes);
          assert.deepStrictEqual(await store.getRecord(kept.document.id), kept);
          const stats = await store.stats();
          assert.deepStrictEqual(
            [stats.articles, stats.entities, stats.mentions, stats.quotes, stats.claims, stats.events, stats.times],
            [1, kept.entities.length, kept.entities.reduce((n, e) => n + e.mentions.length, 0), kept.quotes.length, kept.claims.length, kept.events.length, kept.times.length],
          );
          const oldTitleHits = await store.search('shipment');
          assert.equal(oldTitleHits.length, 1);
        });
      });
    }

    const TABLES = ['articles', 'entities', 'mentions', 'quotes', 'claims', 'events', 'event_actors', 'times', 'quality'];

    const replacements: readonly { readonly name: string; readonly next: AnalysisRecord; readonly counts: readonly number[] }[] = [
      { name: 'by itself again', next: fullRecord(), counts: [1, 4, 6, 2, 3, 3, 6, 4, 1, 1] },
      { name: 'by a thinner version', next: fewer, counts: [1, 1, 2, 0, 3, 0, 0, 4, 1, 1] },
      { name: 'by a version without quality', next: (({ quality: _q, ...rest }) => rest)(fullRecord()) as AnalysisRecord, counts: [1, 4, 6, 2, 3, 3, 6, 4, 0, 1] },
    ];

    for (const { name, next, counts } of replacements) {
      test(`put: replacing a record ${name} leaves exactly its rows in every table`, async () => {
        const file = await backend.fresh();
        const store = await openStore(file);
        await store.putRecord(withTitle(fullRecord(), 'An older title'));
        await store.putRecord(next);
        assert.deepStrictEqual(await store.getRecord(next.document.id), next);
        await store.close();
        const got: number[] = [];
        for (const statement of [...TABLES.map((t) => `select count(*) as n from ${t}`), backend.textIndexCount]) {
          got.push(Number((await backend.raw(file, statement))[0]!.n));
        }
        assert.deepStrictEqual(got, counts);
      });
    }

    test('put: a replaced title is no longer found, the new one is', async () => {
      await withStore(backend, [fullRecord()], async (store) => {
        await store.putRecord(withTitle(fullRecord(), 'Cargo flights questioned'));
        assert.deepStrictEqual((await store.search('title:shipment')).map((h) => h.id), []);
        assert.deepStrictEqual((await store.search('title:questioned')).map((h) => h.id), ['f00dfeed0001']);
      });
    });

    const searchStore = [...bare, fullRecord()];

    const searches: readonly {
      readonly query: string;
      readonly options?: SearchOptions;
      readonly ids: readonly string[];
      readonly snippet?: string;
    }[] = [
      { query: 'strike', ids: ['a1b2c3d4e5'], snippet: '«strike»' },
      { query: 'drones', ids: ['f00dfeed0001'], snippet: 'shipment of «drones» to' },
      { query: 'grain corridor', ids: ['a1b2ff0099'] },
      { query: '"grain corridor"', ids: ['a1b2ff0099'], snippet: '«grain corridor»' },
      { query: 'cafe', ids: ['9f8e7d6c5b'], snippet: '«café»' },
      { query: 'strik*', ids: ['a1b2c3d4e5'] },
      { query: 'port NOT strike', ids: ['f00dfeed0001'] },
      { query: 'title:corridor', ids: ['a1b2ff0099'] },
      { query: 'talks', options: { since: '2024-06' }, ids: ['f00dfeed0001'] },
      { query: 'talks', options: { until: '2024-03' }, ids: ['a1b2c3d4e5'] },
      { query: 'talks', options: { since: '2024-05-20', until: '2024-05-20' }, ids: [] },
      { query: 'ankara', options: { since: '2024-05-20', until: '2024-05-20' }, ids: ['a1b2ff0099'] },
      { query: 'strike', options: { marks: ['<b>', '</b>'] }, ids: ['a1b2c3d4e5'], snippet: '<b>strike</b>' },
      { query: 'flooding', ids: ['9f8e7d6c5b'], snippet: '«Flooding» closed' },
      { query: 'dock-workers', options: { plain: true }, ids: ['a1b2c3d4e5'] },
      { query: 'grain-corridor "Ankara —', options: { plain: true }, ids: ['a1b2ff0099'] },
      { query: 'zeppelin', ids: [] },
      { query: '   ', ids: [] },
    ];

    for (const { query, options, ids, snippet } of searches) {
      test(`search: ${JSON.stringify(query)} ${options ? JSON.stringify(options) : ''}`, async () => {
        await withStore(backend, searchStore, async (store) => {
          const hits = await store.search(query, options);
          assert.deepStrictEqual(hits.map((h) => h.id), ids);
          if (snippet !== undefined) assert.ok(hits[0]!.snippet.includes(snippet), `snippet ${JSON.stringify(hits[0]!.snippet)} lacks ${snippet}`);
        });
      });
    }

    test('search: ranking, paging and hit fields', async () => {
      await withStore(backend, searchStore, async (store) => {
        const hits = await store.search('Rotterdam OR Ankara OR Astrakhan');
        assert.equal(hits.length, 3);
        assert.ok(hits.every((h, i) => i === 0 || hits[i - 1]!.score >= h.score));
        assert.deepStrictEqual((await store.search('Rotterdam OR Ankara OR Astrakhan', { limit: 2, offset: 1 })).map((h) => h.id), hits.slice(1, 3).map((h) => h.id));
        const strike = (await store.search('strike'))[0]!;
        assert.deepStrictEqual(
          { id: strike.id, title: strike.title, published: strike.published, source: strike.source },
          { id: 'a1b2c3d4e5', title: 'Port strike enters its third day', published: '2024-03-06', source: 'Coastal Ledger' },
        );
      });
    });

    const eventStore = [
      fullRecord(),
      eventsRecord('cafe0002', '2023-01-10', [
        { code: '190', source: 'RUS', target: 'UKR', date: '2023-01-08', modality: 'asserted' },
        { code: '036', source: 'USA', target: 'IRN', date: '2023', modality: 'expected' },
      ]),
      eventsRecord('cafe0003', null, [{ code: '072', source: 'IRN', target: 'SYR', date: null, modality: 'asserted' }]),
      eventsRecord('cafe0004', '2022-06-01', [{ code: '042', source: 'IRNGOV', target: 'IRNMIL', date: null, modality: 'asserted' }]),
    ];

    const eventFilters: readonly { readonly name: string; readonly filter?: EventFilter; readonly keys: readonly string[] }[] = [
      { name: 'no filter: all, newest first', keys: ['f00dfeed0001#2', 'f00dfeed0001#1', 'f00dfeed0001#0', 'cafe0002#0', 'cafe0002#1', 'cafe0004#0', 'cafe0003#0'] },
      { name: 'actor prefix IRN (source or target, once)', filter: { actor: 'IRN' }, keys: ['f00dfeed0001#2', 'f00dfeed0001#0', 'cafe0002#1', 'cafe0004#0', 'cafe0003#0'] },
      { name: 'actor prefix of part of a code', filter: { actor: 'IR' }, keys: ['f00dfeed0001#2', 'f00dfeed0001#0', 'cafe0002#1', 'cafe0004#0', 'cafe0003#0'] },
      { name: 'actor prefix across a part', filter: { actor: 'IRNG' }, keys: ['f00dfeed0001#0', 'cafe0004#0'] },
      { name: 'actor and a date', filter: { actor: 'IRN', since: '2024' }, keys: ['f00dfeed0001#2', 'f00dfeed0001#0'] },
      { name: 'actor and a 2-digit code', filter: { actor: 'RUS', code: '19' }, keys: ['cafe0002#0'] },
      { name: 'actor and a 3-digit code', filter: { actor: 'IRNGOV', code: '042' }, keys: ['cafe0004#0'] },
      { name: '3-digit code prefix of a 4-digit code', filter: { code: '023' }, keys: ['f00dfeed0001#1'] },
      { name: 'target-only actor of two parts', filter: { actor: 'IRNMIL' }, keys: ['cafe0004#0'] },
      { name: 'full actor code', filter: { actor: 'IRNGOV' }, keys: ['f00dfeed0001#0', 'cafe0004#0'] },
      { name: 'actor as target only', filter: { actor: 'UKR' }, keys: ['f00dfeed0001#2', 'cafe0002#0'] },
      { name: 'code root', filter: { code: '07' }, keys: ['f00dfeed0001#0', 'cafe0003#0'] },
      { name: 'full code', filter: { code: '0231' }, keys: ['f00dfeed0001#1'] },
      { name: 'one-digit code prefix', filter: { code: '0' }, keys: ['f00dfeed0001#1', 'f00dfeed0001#0', 'cafe0002#1', 'cafe0004#0', 'cafe0003#0'] },
      { name: 'since inside a month-long event', filter: { since: '2024-09-15' }, keys: ['f00dfeed0001#2', 'f00dfeed0001#1', 'f00dfeed0001#0'] },
      { name: 'since a month', filter: { since: '2024-10' }, keys: ['f00dfeed0001#2', 'f00dfeed0001#1'] },
      { name: 'until a year', filter: { until: '2023' }, keys: ['cafe0002#0', 'cafe0002#1', 'cafe0004#0'] },
      { name: 'window overlapping a year-long event', filter: { since: '2023-03-01', until: '2023-03-31' }, keys: ['cafe0002#1'] },
      { name: 'modalities', filter: { modality: ['denied', 'hypothetical'] }, keys: ['f00dfeed0001#2', 'f00dfeed0001#1'] },
      { name: 'actor and code together', filter: { actor: 'IRN', code: '07' }, keys: ['f00dfeed0001#0', 'cafe0003#0'] },
      { name: 'modality with actor', filter: { actor: 'IRN', modality: ['asserted'] }, keys: ['cafe0004#0', 'cafe0003#0'] },
      { name: 'one article', filter: { articleId: 'cafe0002' }, keys: ['cafe0002#0', 'cafe0002#1'] },
      { name: 'paging', filter: { limit: 2, offset: 1 }, keys: ['f00dfeed0001#1', 'f00dfeed0001#0'] },
      { name: 'unknown actor: empty', filter: { actor: 'ZZZ' }, keys: [] },
    ];

    for (const { name, filter, keys } of eventFilters) {
      test(`events: ${name}`, async () => {
        await withStore(backend, eventStore, async (store) => {
          const events = await store.events(filter);
          assert.deepStrictEqual(events.map((e) => `${e.articleId}#${e.index}`), keys);
        });
      });
    }

    test('events: a listed event is the record event plus where it comes from', async () => {
      await withStore(backend, eventStore, async (store) => {
        const record = fullRecord();
        const [listed] = await store.events({ actor: 'IRNGOV' });
        assert.deepStrictEqual(listed, {
          ...record.events[0]!,
          articleId: record.document.id,
          index: 0,
          articleTitle: record.document.title,
          published: record.document.published,
          url: record.document.url,
          outlet: record.document.source,
          story: null,
          copyOf: null,
          claimSource: record.claims[0]!.source,
          claimVia: record.claims[0]!.via,
          claimStance: record.claims[0]!.stance,
        });
      });
    });

    test('events: an event inside a claim carries its claim source, relay and stance; one told as fact has none', async () => {
      await withStore(backend, eventStore, async (store) => {
        const record = fullRecord();
        const listed = await store.events({ articleId: record.document.id });
        assert.deepStrictEqual(
          listed.map((e) => [e.index, e.claim, e.claimSource?.name, e.claimVia === undefined ? 'absent' : e.claimVia?.name ?? null, e.claimStance, 'claimSource' in e]),
          record.events
            .map((e, i) => {
              const claim = e.claim === null ? null : record.claims[e.claim]!;
              return [i, e.claim, claim?.source.name, claim ? (claim.via?.name ?? null) : 'absent', claim?.stance, claim !== null];
            })
            .sort((x, y) => (y[0] as number) - (x[0] as number)),
        );
        const streamed = [];
        for await (const e of store.streamEvents({ articleId: record.document.id })) streamed.push(e);
        assert.deepStrictEqual(streamed, listed);
      });
    });

    test('stats: counts, roots, actors, dates', async () => {
      await withStore(backend, eventStore, async (store) => {
        assert.deepStrictEqual(await store.stats(), {
          articles: 4,
          entities: 4,
          mentions: 6,
          quotes: 2,
          claims: 3,
          events: 7,
          times: 4,
          eventsByRoot: [
            { key: '02', count: 1 },
            { key: '03', count: 1 },
            { key: '04', count: 1 },
            { key: '07', count: 2 },
            { key: '11', count: 1 },
            { key: '19', count: 1 },
          ],
          topActors: [
            { key: 'IRN', count: 5 },
            { key: 'IRNGOV', count: 2 },
            { key: 'RUS', count: 2 },
            { key: 'UKR', count: 2 },
            { key: 'IRNMIL', count: 1 },
            { key: 'SYR', count: 1 },
            { key: 'UKRGOV', count: 1 },
            { key: 'USA', count: 1 },
          ],
          published: { first: '2022-06-01', last: '2024-10-14' },
        });
      });
    });

    test('stats: each top actor counts the events listed under it', async () => {
      await withStore(backend, eventStore, async (store) => {
        const { topActors } = await store.stats();
        assert.ok(topActors.length > 0);
        for (const { key, count } of topActors) assert.equal((await store.events({ actor: key })).length, count, key);
      });
    });

    test('stats: an empty store', async () => {
      await withStore(backend, [], async (store) => {
        const stats = await store.stats();
        assert.deepStrictEqual([stats.articles, stats.events, stats.eventsByRoot, stats.topActors, stats.published], [0, 0, [], [], null]);
      });
    });

    const prefixes: readonly { readonly prefix: string; readonly id: string | null }[] = [
      { prefix: 'a1b2c', id: 'a1b2c3d4e5' },
      { prefix: '9', id: '9f8e7d6c5b' },
      { prefix: 'f00dfeed0001', id: 'f00dfeed0001' },
      { prefix: 'abc', id: 'abc' },
      { prefix: 'abcd', id: 'abcdef' },
      { prefix: 'zz', id: null },
      { prefix: 'a1b2c3d4e5f', id: null },
      { prefix: '', id: null },
    ];

    for (const { prefix, id } of prefixes) {
      test(`resolveId: ${JSON.stringify(prefix)} → ${String(id)}`, async () => {
        const extra = ['abc', 'abcdef'].map((x) => eventsRecord(x, null, []));
        await withStore(backend, [...searchStore, ...extra], async (store) => {
          assert.equal(await store.resolveId(prefix), id);
        });
      });
    }

    test('file store: reopen writable and read-only, read back', async () => {
      const file = await backend.fresh();
      const first = await openStore(file);
      assert.deepStrictEqual(await first.putRecords([fullRecord(), ...bare]), ['stored', 'stored', 'stored', 'stored']);
      await first.close();
      for (const readonly of [false, true]) {
        const again = await openStore(file, { readonly });
        assert.deepStrictEqual(await again.getRecord('f00dfeed0001'), fullRecord());
        assert.deepStrictEqual((await again.search('strike')).map((h) => h.id), ['a1b2c3d4e5']);
        assert.equal((await again.stats()).articles, 4);
        await again.close();
      }
      const writer = await openStore(file);
      assert.equal(await writer.putRecord(fullRecord()), 'unchanged');
      await writer.close();
    });

    test('getRecord: an absent id is null', async () => {
      await withStore(backend, [fullRecord()], async (store) => {
        assert.equal(await store.getRecord('f00d'), null);
      });
    });
  });
}
