import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CompiledQuery, sql } from 'kysely';
import type { AnalysisRecord } from '../../src/analyze/record.js';
import { countryEntries } from '../../src/kb/country-entries.js';
import { graphQuery } from '../../src/store/actor-graph.js';
import { eventQuery } from '../../src/store/event-query.js';
import { migrateStore } from '../../src/store/migrations/migrate-store.js';
import { openStore } from '../../src/store/open-store.js';
import { openSqlite } from '../../src/store/sqlite/open-sqlite.js';
import type { ActorGraph, ArticleFilter, ClaimFilter, EntityFilter, EventFilter, GraphEdge, GraphFilter, Store, StoredEvent } from '../../src/store/store.js';
import { corpusRecords } from './fixtures/corpus-records.js';
import { eventsRecord, type EventSketch } from './fixtures/events-record.js';
import { BACKENDS, withStore } from './store-backends.js';

const key = (e: StoredEvent): string => `${e.articleId}#${e.index}`;
const ALL = Number.MAX_SAFE_INTEGER;

function hasPrefix(code: string | null | undefined, prefix: string): boolean {
  return typeof code === 'string' && code.startsWith(prefix);
}

/** The events of a list between two actor prefixes, either way: what the store's dyad filter must give. */
function between(events: readonly StoredEvent[], a: string, b: string): string[] {
  const ab = (s: string | null | undefined, t: string | null | undefined) => hasPrefix(s, a) && hasPrefix(t, b);
  return events.filter((e) => ab(e.source.actor, e.target?.actor) || ab(e.target?.actor, e.source.actor)).map(key);
}

/** The knowledge base's countries, whose codes open the actor codes of their actors. */
const COUNTRIES: ReadonlySet<string> = new Set(countryEntries().countries.keys());

/** The actor graph of a list of events, counted here for comparison with the store's. */
function graphOf(events: readonly StoredEvent[], level: 'country' | 'actor'): Map<string, { events: number; quads: number[]; goldstein: number }> {
  const edges = new Map<string, { events: number; quads: number[]; goldstein: number }>();
  for (const e of events) {
    if (!e.source.actor || !e.target?.actor) continue;
    const [s, t] = [e.source.actor, e.target.actor].map((c) => (level === 'country' && COUNTRIES.has(c.slice(0, 3)) ? c.slice(0, 3) : c));
    const edge = edges.get(`${s}>${t}`) ?? { events: 0, quads: [0, 0, 0, 0], goldstein: 0 };
    edge.events++;
    edge.quads[e.quadClass - 1]!++;
    edge.goldstein += e.goldstein;
    edges.set(`${s}>${t}`, edge);
  }
  return edges;
}

const IRN_RUS = ['ashgabat-copy#1', 'ashgabat-copy#0', 'ashgabat#1', 'ashgabat#0', 'ashgabat-copy#3', 'ashgabat-copy#2', 'ashgabat#3', 'ashgabat#2', 'ashgabat-copy#4', 'ashgabat#4'];
const IRN_RUSGOV = IRN_RUS.filter((k) => !k.endsWith('#2'));

const dyads: readonly { readonly name: string; readonly filter: EventFilter; readonly keys: readonly string[] }[] = [
  { name: 'two countries', filter: { dyad: ['IRN', 'RUS'] }, keys: IRN_RUS },
  { name: 'the same pair the other way round', filter: { dyad: ['RUS', 'IRN'] }, keys: IRN_RUS },
  { name: 'an actor of two parts and a country', filter: { dyad: ['IRNGOV', 'RUS'] }, keys: IRN_RUS },
  { name: 'a country and an actor of two parts', filter: { dyad: ['IRN', 'RUSGOV'] }, keys: IRN_RUSGOV },
  { name: 'prefixes across a part (walks the events)', filter: { dyad: ['IRNG', 'RUSG'] }, keys: IRN_RUSGOV },
  { name: 'a prefix shorter than a part', filter: { dyad: ['IR', 'RUS'] }, keys: IRN_RUS },
  { name: 'one whole part, one across', filter: { dyad: ['IRN', 'RUSG'] }, keys: IRN_RUSGOV },
  { name: 'Russia and North Korea over two articles', filter: { dyad: ['PRK', 'RUS'] }, keys: ['un-troops#4', 'un-troops#7', 'un-troops#6', 'un-troops#5', 'pyongyang#0', 'pyongyang#1'] },
  { name: 'with a modality', filter: { dyad: ['IRN', 'RUS'], modality: ['expected'] }, keys: ['ashgabat-copy#3', 'ashgabat-copy#2', 'ashgabat#3', 'ashgabat#2'] },
  { name: 'with a code', filter: { dyad: ['IRN', 'RUS'], code: '042' }, keys: ['ashgabat-copy#4', 'ashgabat#4'] },
  { name: 'with a root', filter: { dyad: ['IRN', 'RUS'], code: '04' }, keys: IRN_RUS.filter((k) => !k.endsWith('#2')) },
  { name: 'with a date', filter: { dyad: ['IRN', 'RUS'], since: '2024-10' }, keys: IRN_RUS.slice(0, 8) },
  { name: 'with an actor', filter: { dyad: ['IRN', 'RUS'], actor: 'RUSGOV' }, keys: IRN_RUSGOV },
  { name: 'with one article', filter: { dyad: ['IRN', 'RUS'], articleId: 'ashgabat' }, keys: IRN_RUS.filter((k) => k.startsWith('ashgabat#')) },
  { name: 'paged', filter: { dyad: ['IRN', 'RUS'], limit: 3, offset: 2 }, keys: IRN_RUS.slice(2, 5) },
  { name: 'a pair with no events', filter: { dyad: ['USA', 'CHN'] }, keys: [] },
];

const articleLists: readonly { readonly name: string; readonly filter?: ArticleFilter; readonly ids: readonly string[] }[] = [
  { name: 'all, newest first', ids: ['un-troops', 'ashgabat-copy', 'ashgabat', 'sanctions', 'pyongyang'] },
  { name: 'since a month', filter: { since: '2024-10' }, ids: ['un-troops', 'ashgabat-copy', 'ashgabat'] },
  { name: 'until a day', filter: { until: '2024-10-12' }, ids: ['ashgabat', 'sanctions', 'pyongyang'] },
  { name: 'mentioning Iran', filter: { entity: 'kb:country/IRN' }, ids: ['ashgabat-copy', 'ashgabat', 'sanctions'] },
  { name: 'mentioning an unlinked person', filter: { entity: 'name:PERSON:vassily nebenzia' }, ids: ['un-troops'] },
  { name: 'an entity and a window', filter: { entity: 'kb:person/vladimir-putin', until: '2024-10-12' }, ids: ['ashgabat', 'pyongyang'] },
  { name: 'paged', filter: { limit: 2, offset: 1 }, ids: ['ashgabat-copy', 'ashgabat'] },
  { name: 'an entity no article has', filter: { entity: 'kb:country/ATA' }, ids: [] },
];

const entityLists: readonly { readonly name: string; readonly filter?: EntityFilter; readonly rows: readonly (readonly [string, string, string, string | null, number, number])[] }[] = [
  {
    name: 'in the most articles first',
    filter: { limit: 5 },
    rows: [
      ['kb:country/RUS', 'Russia', 'GPE', 'RUS', 5, 19],
      ['kb:norp/RUS', 'Russian', 'NORP', 'RUS', 5, 10],
      ['kb:country/UKR', 'Ukraine', 'GPE', 'UKR', 5, 8],
      ['kb:person/vladimir-putin', 'Vladimir Putin', 'PERSON', 'RUS', 4, 14],
      ['kb:gov/rus/kremlin', 'Kremlin', 'FAC', 'RUS', 4, 6],
    ],
  },
  { name: 'a word of the name, any case', filter: { q: 'PUTIN' }, rows: [['kb:person/vladimir-putin', 'Vladimir Putin', 'PERSON', 'RUS', 4, 14]] },
  { name: 'every word must occur', filter: { q: 'vladimir putin' }, rows: [['kb:person/vladimir-putin', 'Vladimir Putin', 'PERSON', 'RUS', 4, 14]] },
  { name: 'a word of the knowledge-base id', filter: { q: 'masoud-pez' }, rows: [['kb:person/masoud-pezeshkian', 'Masoud Pezeshkian', 'PERSON', 'IRN', 2, 18]] },
  { name: 'an unlinked entity by its name key', filter: { q: 'nebenzia' }, rows: [['name:PERSON:vassily nebenzia', 'Vassily Nebenzia', 'PERSON', 'RUS', 1, 3]] },
  {
    name: 'by type',
    filter: { type: 'PERSON', limit: 3 },
    rows: [
      ['kb:person/vladimir-putin', 'Vladimir Putin', 'PERSON', 'RUS', 4, 14],
      ['kb:person/masoud-pezeshkian', 'Masoud Pezeshkian', 'PERSON', 'IRN', 2, 18],
      ['kb:person/mikhail-mishustin', 'Mikhail Mishustin', 'PERSON', 'RUS', 2, 2],
    ],
  },
  { name: 'by type and word', filter: { type: 'GPE', q: 'tehran' }, rows: [['kb:city/irn/tehran', 'Tehran', 'GPE', 'IRN', 3, 8]] },
  {
    name: 'paged',
    filter: { limit: 2, offset: 3 },
    rows: [
      ['kb:person/vladimir-putin', 'Vladimir Putin', 'PERSON', 'RUS', 4, 14],
      ['kb:gov/rus/kremlin', 'Kremlin', 'FAC', 'RUS', 4, 6],
    ],
  },
];

const claimFilters: readonly { readonly name: string; readonly filter: ClaimFilter; readonly keys: readonly string[] }[] = [
  {
    name: 'the groups carried by the most articles first',
    filter: { limit: 3 },
    keys: ['RUS+UKR|-|began dron missil supply', 'IRN|-|develop priority relation successfully', 'RUS+person/masoud-pezeshkian|-|chang cours littl reformist'],
  },
  {
    name: 'about an actor code',
    filter: { about: 'IRN' },
    keys: ['IRN|-|develop priority relation successfully', 'IRN|-|chosen escalat further', 'IRN+RUS|-| area cooperation develop', 'IRN|-|began number small supply'],
  },
  {
    name: 'about a source name',
    filter: { about: 'blinken' },
    keys: ['IRN|-|chosen escalat further', 'RUS+UKR|-|fath-360 likely missil shipment', 'RUS|-| military system train', 'igo/eu|-|dangerous security step threaten'],
  },
  {
    name: 'with a denial',
    filter: { stance: ['denies'] },
    keys: ['RUS+UKR|-|began dron missil supply', 'IRN|-|chosen escalat further', 'PRK+RUS+UKR|-|artillery ballistic missil shell', 'vassily_nebenzia|-|accusation'],
  },
  { name: 'about and stance', filter: { about: 'IRN', stance: ['denies'] }, keys: ['IRN|-|chosen escalat further'] },
  { name: 'in a window', filter: { since: '2024-10-13', stance: ['denies'] }, keys: ['RUS+UKR|-|began dron missil supply', 'vassily_nebenzia|-|accusation'] },
  { name: 'a word of a source name', filter: { about: 'IRNA' }, keys: ['region/middle-east|-|conflict discuss escalat president'] },
  { name: 'an actor code in any place of the actors', filter: { about: 'UKR' }, keys: ['RUS+UKR|-|began dron missil supply', 'PRK+RUS+UKR|-|artillery ballistic missil shell', 'PRK+RUS+UKR|-| border region troop', 'PRK+UKR+igo/unsc|15|battl com sent soldier', 'RUS+UKR|-|fath-360 likely missil shipment'] },
  { name: 'paged', filter: { limit: 2, offset: 1 }, keys: ['IRN|-|develop priority relation successfully', 'RUS+person/masoud-pezeshkian|-|chang cours littl reformist'] },
  { name: 'about words no claim has', filter: { about: 'zeppelin' }, keys: [] },
  { name: 'about a plain word the keys hold reduced', filter: { about: 'Drones' }, keys: ['RUS+UKR|-|began dron missil supply'] },
  { name: 'about a plural the keys hold reduced', filter: { about: 'missiles' }, keys: ['RUS+UKR|-|began dron missil supply', 'PRK+RUS+UKR|-|artillery ballistic missil shell', 'PRK+RUS|15|artillery ballistic missil supply', 'RUS+UKR|-|fath-360 likely missil shipment', 'RUS+olya+region/caspian-sea|-|missil port ship', 'RUS|-|missil modest number'] },
  { name: 'about inflected words, all of them', filter: { about: 'supplied missiles' }, keys: ['RUS+UKR|-|began dron missil supply', 'PRK+RUS|15|artillery ballistic missil supply'] },
  { name: 'about an -ing form', filter: { about: 'escalating' }, keys: ['region/middle-east|-|conflict discuss escalat president', 'IRN|-|chosen escalat further'] },
  { name: 'about a word as the key holds it', filter: { about: 'battl' }, keys: ['PRK+UKR+igo/unsc|15|battl com sent soldier'] },
];

const graphFilters: readonly { readonly name: string; readonly filter?: GraphFilter; readonly events: EventFilter; readonly level: 'country' | 'actor'; readonly min: number }[] = [
  { name: 'countries, every event', events: {}, level: 'country', min: 1 },
  { name: 'whole actor codes', filter: { level: 'actor' }, events: {}, level: 'actor', min: 1 },
  { name: 'a window', filter: { since: '2024-06', until: '2024-10' }, events: { since: '2024-06', until: '2024-10' }, level: 'country', min: 1 },
  { name: 'asserted only', filter: { modality: ['asserted'] }, events: { modality: ['asserted'] }, level: 'country', min: 1 },
  { name: 'edges of two events or more', filter: { minEvents: 2 }, events: {}, level: 'country', min: 2 },
];

function sortedEdges(graph: ActorGraph): GraphEdge[] {
  return [...graph.edges].sort((x, y) => `${x.source}>${x.target}`.localeCompare(`${y.source}>${y.target}`));
}

/** Many events on few dates (some undated), to page through. */
function manyEvents(): AnalysisRecord[] {
  const actors = ['IRNGOV', 'RUS', 'RUSMIL', 'PRK', 'USA'];
  return [0, 1, 2, 3].map((r) => {
    const sketches: EventSketch[] = Array.from({ length: 300 }, (_, i) => ({
      code: ['042', '190', '036'][i % 3]!,
      source: actors[i % actors.length]!,
      target: actors[(i + r + 1) % actors.length]!,
      date: i % 7 === 0 ? null : `2024-0${1 + (i % 4)}-1${i % 3}`,
      modality: i % 5 === 0 ? 'expected' : 'asserted',
    }));
    return eventsRecord(`bulk${r}`, r === 3 ? null : `2024-05-0${r + 1}`, sketches);
  });
}

for (const backend of BACKENDS) {
  describe(`corpus queries on ${backend.name}`, { skip: backend.skip }, () => {
    after(() => backend.cleanup());
    let records: AnalysisRecord[] = [];
    before(() => {
      records = corpusRecords();
    });

    for (const { name, filter, keys } of dyads) {
      test(`events by dyad: ${name}`, async () => {
        await withStore(backend, records, async (store) => {
          const got = (await store.events(filter)).map(key);
          assert.deepStrictEqual(got, keys);
          const { dyad, limit: _limit, offset: _offset, ...rest } = filter;
          const reference = between(await store.events({ ...rest, limit: ALL }), dyad![0], dyad![1]);
          assert.deepStrictEqual(got, reference.slice(filter.offset ?? 0, (filter.offset ?? 0) + (filter.limit ?? 100)));
        });
      });
    }

    test('events: a listed event carries its outlet, story and the article it copies', async () => {
      await withStore(backend, records, async (store) => {
        await store.putCorpusLinks([
          { articleId: 'ashgabat', story: 7, copyOf: null, similarity: null },
          { articleId: 'ashgabat-copy', story: 7, copyOf: 'ashgabat', similarity: 1 },
        ]);
        const pick = (e: StoredEvent) => [key(e), e.outlet, e.story, e.copyOf];
        assert.deepStrictEqual((await store.events({ dyad: ['IRN', 'RUS'], code: '042' })).map(pick), [
          ['ashgabat-copy#4', 'Herald', 7, 'ashgabat'],
          ['ashgabat#4', 'Wire', 7, null],
        ]);
        assert.deepStrictEqual((await store.events({ articleId: 'pyongyang', limit: 1 })).map(pick), [['pyongyang#3', 'Daily', null, null]]);
      });
    });

    test('putRecord: an article stored again with new content loses its corpus link; the same content keeps it', async () => {
      await withStore(backend, records, async (store) => {
        await store.putCorpusLinks(records.map((r, i) => ({ articleId: r.document.id, story: i + 1, copyOf: null, similarity: null })));
        const story = async (id: string) => (await store.events({ articleId: id, limit: 1 }))[0]!.story;
        assert.equal(await store.putRecord(records[1]!), 'unchanged');
        assert.equal(await story('sanctions'), 2);
        const changed = { ...records[1]!, document: { ...records[1]!.document, title: 'West sanctions Iran' } };
        assert.equal(await store.putRecord(changed), 'replaced');
        assert.deepStrictEqual((await store.corpusArticles({ unlinked: true })).map((a) => a.id), ['sanctions']);
        assert.equal(await story('sanctions'), null);
        assert.equal(await story('ashgabat'), 1);
      });
    });

    test('corpusArticles: the unlinked are those no link was stored for, in storage order, the linked and the replaced kept apart', async () => {
      await withStore(backend, records, async (store) => {
        const ids = records.map((r) => r.document.id);
        assert.deepStrictEqual((await store.corpusArticles({ unlinked: true })).map((a) => a.id), ids);
        await store.putCorpusLinks([
          { articleId: ids[0]!, story: 3, copyOf: null, similarity: null },
          { articleId: ids[2]!, story: 3, copyOf: ids[0]!, similarity: 0.9 },
        ]);
        const unlinked = await store.corpusArticles({ unlinked: true });
        assert.deepStrictEqual(unlinked, (await store.corpusArticles()).filter((a) => a.story === null));
        assert.deepStrictEqual(unlinked.map((a) => a.id), ids.filter((_, i) => i !== 0 && i !== 2));
        const changed = { ...records[0]!, document: { ...records[0]!.document, title: 'Changed' } };
        assert.equal(await store.putRecord(changed), 'replaced');
        assert.deepStrictEqual((await store.corpusArticles({ unlinked: true })).map((a) => a.id), [...ids.filter((_, i) => i !== 0 && i !== 2), ids[0]!]);
      });
    });

    test('corpusWindow: the last linked articles in storage order with their links, and the highest story', async () => {
      await withStore(backend, records, async (store) => {
        assert.deepStrictEqual(await store.corpusWindow(2), { articles: [], highestStory: null });
        const ids = records.map((r) => r.document.id);
        await store.putCorpusLinks(ids.map((id, i) => ({ articleId: id, story: ids.length - i, copyOf: i === 1 ? ids[0]! : null, similarity: i === 1 ? 0.75 : null })));
        const linked = await store.corpusArticles();
        const window = await store.corpusWindow(2);
        assert.deepStrictEqual(window, { articles: linked.slice(-2), highestStory: ids.length });
        assert.deepStrictEqual(window.articles.map((a) => a.id), ids.slice(-2));
        assert.deepStrictEqual((await store.corpusWindow(1000)).articles, linked);
        const second = await store.corpusWindow(ids.length - 1);
        assert.deepStrictEqual(second.articles[0], { ...linked[1]!, copyOf: ids[0]!, similarity: 0.75 });
      });
    });

    test('migration 0006 lists the articles without a link of a store written before it', async () => {
      const location = await backend.isolated();
      const fresh = await openStore(location);
      await fresh.putRecords(records);
      await fresh.putCorpusLinks([{ articleId: records[1]!.document.id, story: 0, copyOf: null, similarity: null }]);
      const expected = await fresh.corpusArticles({ unlinked: true });
      assert.equal(expected.length, records.length - 1);
      await fresh.close();
      for (const statement of ['drop table corpus_unlinked', "delete from kysely_migration where name = '0006-corpus-unlinked'"]) {
        await backend.raw(location, statement);
      }
      const migrated = await openStore(location);
      try {
        assert.deepStrictEqual(await migrated.corpusArticles({ unlinked: true }), expected);
        await migrated.putCorpusLinks(expected.map((a, i) => ({ articleId: a.id, story: i + 1, copyOf: null, similarity: null })));
        assert.deepStrictEqual(await migrated.corpusArticles({ unlinked: true }), []);
      } finally {
        await migrated.close();
      }
    });

    test('migration 0007 drops the indexes no query reads from a store written before it, and the queries stay the same', async () => {
      const unused = ['claims_source_name', 'entities_kb_id', 'entities_name'];
      const location = await backend.isolated();
      const fresh = await openStore(location);
      await fresh.putRecords(records);
      const queries = async (store: Store) => [await store.entities({ q: 'russia' }), await store.claimGroups({ about: 'putin' }), await store.entityProfile('kb:country/RUS')];
      const expected = await queries(fresh);
      await fresh.close();
      const [entities, claims, profile] = expected as [readonly unknown[], readonly unknown[], unknown];
      assert.ok(entities.length > 0 && claims.length > 0 && profile !== null, 'each query finds something to compare');
      const indexes = async () => (await backend.raw(location, backend.indexNames)).map((r) => String(r['name']));
      assert.deepStrictEqual((await indexes()).filter((n) => unused.includes(n)), []);
      for (const statement of [
        'create index entities_kb_id on entities (kb_id)',
        'create index entities_name on entities (name)',
        'create index claims_source_name on claims (source_name)',
        "delete from kysely_migration where name = '0007-unused-indexes'",
      ]) {
        await backend.raw(location, statement);
      }
      assert.deepStrictEqual((await indexes()).filter((n) => unused.includes(n)).sort(), unused);
      const migrated = await openStore(location);
      try {
        assert.deepStrictEqual((await indexes()).filter((n) => unused.includes(n)), []);
        assert.deepStrictEqual(await queries(migrated), expected);
      } finally {
        await migrated.close();
      }
    });

    for (const { name, filter, ids } of articleLists) {
      test(`listArticles: ${name}`, async () => {
        await withStore(backend, records, async (store) => {
          assert.deepStrictEqual((await store.listArticles(filter)).map((a) => a.id), ids);
        });
      });
    }

    test('listArticles: the summary fields', async () => {
      await withStore(backend, records, async (store) => {
        assert.deepStrictEqual((await store.listArticles({ limit: 1 }))[0], {
          id: 'un-troops',
          title: 'U.S. accuses Russia and North Korea at the UN over troop deployment',
          published: '2024-11-01',
          source: 'Wire',
          url: null,
        });
      });
    });

    for (const { name, filter, rows } of entityLists) {
      test(`entities: ${name}`, async () => {
        await withStore(backend, records, async (store) => {
          const got = (await store.entities(filter)).map((e) => [e.key, e.name, e.type, e.country, e.articles, e.mentions]);
          assert.deepStrictEqual(got, rows);
        });
      });
    }

    test('entityProfile: Iran', async () => {
      await withStore(backend, records, async (store) => {
        const p = (await store.entityProfile('kb:country/IRN'))!;
        assert.deepStrictEqual(p.entity, { key: 'kb:country/IRN', name: 'Iran', type: 'GPE', kbId: 'country/IRN', country: 'IRN', articles: 3, mentions: 10 });
        assert.deepStrictEqual(p.roles, []);
        assert.deepStrictEqual(p.timeline, [
          { period: '2024-09', articles: 1, mentions: 6 },
          { period: '2024-10', articles: 2, mentions: 4 },
        ]);
        assert.deepStrictEqual(p.related.slice(0, 3).map((r) => [r.key, r.shared, r.articles]), [
          ['kb:city/gbr/london', 3, 3],
          ['kb:city/irn/tehran', 3, 3],
          ['kb:country/RUS', 3, 5],
        ]);
        assert.ok(p.related.length <= 20 && p.related.every((r) => r.key !== 'kb:country/IRN'));
        assert.deepStrictEqual(p.claimsBy.map((c) => [c.articleId, c.index, c.stance, c.text]), [
          ['ashgabat-copy', 5, 'denies', 'the accusations'],
          ['ashgabat-copy', 6, 'denies', 'it does not send weapons to either side'],
          ['ashgabat', 5, 'denies', 'the accusations'],
          ['ashgabat', 6, 'denies', 'it does not send weapons to either side'],
          ['sanctions', 5, 'denies', 'these allegations'],
          ['sanctions', 8, 'asserts', 'it supplied only a small number of drones before the war began'],
        ]);
        assert.deepStrictEqual(p.claimsAbout.map((c) => [c.articleId, c.index, c.source.name]), [
          ['ashgabat-copy', 0, 'Vladimir Putin'],
          ['ashgabat', 0, 'Vladimir Putin'],
          ['sanctions', 2, 'Antony Blinken'],
          ['sanctions', 6, 'Dmitry Peskov'],
        ]);
        assert.deepStrictEqual(p.quotes, []);
        assert.deepStrictEqual(p.articles.map((a) => a.id), ['ashgabat-copy', 'ashgabat', 'sanctions']);
      });
    });

    test('entityProfile: Putin, a speaker with a role', async () => {
      await withStore(backend, records, async (store) => {
        const p = (await store.entityProfile('kb:person/vladimir-putin'))!;
        assert.deepStrictEqual(p.roles, [{ key: 'President of Russia', count: 4 }]);
        assert.deepStrictEqual(p.timeline.map((t) => [t.period, t.articles, t.mentions]), [
          ['2024-05', 1, 7],
          ['2024-10', 2, 6],
          ['2024-11', 1, 1],
        ]);
        const quote = 'Relations with Iran are a priority for us, and they are developing very successfully,';
        assert.deepStrictEqual(p.quotes.map((q) => [q.articleId, q.index, q.kind, q.speakerName, q.text, q.published]), [
          ['ashgabat-copy', 0, 'direct', 'Vladimir Putin', quote, '2024-10-13'],
          ['ashgabat', 0, 'direct', 'Vladimir Putin', quote, '2024-10-12'],
        ]);
        const record = records[0]!;
        const claim = record.claims[0]!;
        assert.deepStrictEqual(p.claimsBy[1], {
          articleId: 'ashgabat',
          index: 0,
          text: claim.text,
          source: claim.source,
          via: claim.via,
          cue: claim.cue,
          stance: claim.stance,
          key: claim.key,
          denies: null,
          confirms: null,
          articleTitle: record.document.title,
          published: '2024-10-12',
          outlet: 'Wire',
        });
      });
    });

    for (const { name, filter, keys } of claimFilters) {
      test(`claimGroups: ${name}`, async () => {
        await withStore(backend, records, async (store) => {
          assert.deepStrictEqual((await store.claimGroups(filter)).map((g) => g.key), keys);
        });
      });
    }

    test('claimGroups: a claim, its denials and the outlets that carry them', async () => {
      await withStore(backend, records, async (store) => {
        const [group] = await store.claimGroups({ limit: 1 });
        assert.deepStrictEqual(
          { ...group!, claims: group!.claims.map((c) => `${c.articleId}#${c.index} ${c.stance} ${c.denies ?? '-'}`) },
          {
            key: 'RUS+UKR|-|began dron missil supply',
            claims: ['ashgabat#4 alleges -', 'ashgabat#5 denies 4', 'ashgabat#6 denies 4', 'ashgabat-copy#4 alleges -', 'ashgabat-copy#5 denies 4', 'ashgabat-copy#6 denies 4'],
            sources: ['Western governments', 'Iran'],
            outlets: ['Wire', 'Herald'],
            stances: [
              { key: 'denies', count: 4 },
              { key: 'alleges', count: 2 },
            ],
            first: '2024-10-12',
            last: '2024-10-13',
          },
        );
      });
    });

    test('claimGroups: a window keeps the claims of its articles only', async () => {
      await withStore(backend, records, async (store) => {
        const [group] = await store.claimGroups({ until: '2024-10-12', limit: 1 });
        assert.deepStrictEqual([group!.key, group!.claims.length, group!.outlets, group!.first, group!.last], ['RUS+UKR|-|began dron missil supply', 3, ['Wire'], '2024-10-12', '2024-10-12']);
      });
    });

    test('graph: actor level, two events or more', async () => {
      await withStore(backend, records, async (store) => {
        assert.deepStrictEqual(await store.graph({ level: 'actor', minEvents: 2 }), {
          nodes: [
            { id: 'RUSGOV', events: 12 },
            { id: 'IRNGOV', events: 10 },
            { id: 'RUS', events: 6 },
            { id: 'PRKGOV', events: 3 },
          ],
          edges: [
            { source: 'IRNGOV', target: 'RUSGOV', events: 4, goldstein: 1, quadClasses: [4, 0, 0, 0] },
            { source: 'RUSGOV', target: 'IRNGOV', events: 4, goldstein: 1.45, quadClasses: [4, 0, 0, 0] },
            { source: 'IRNGOV', target: 'RUS', events: 2, goldstein: 4, quadClasses: [2, 0, 0, 0] },
            { source: 'RUSGOV', target: 'PRKGOV', events: 2, goldstein: 1.9, quadClasses: [2, 0, 0, 0] },
          ],
        });
      });
    });

    for (const { name, filter, events, level, min } of graphFilters) {
      test(`graph: ${name} agrees with the events it is made of`, async () => {
        await withStore(backend, records, async (store) => {
          const graph = await store.graph(filter);
          const expected = [...graphOf(await store.events({ ...events, limit: ALL }), level)]
            .filter(([, e]) => e.events >= min)
            .map(([k, e]) => {
              const [source, target] = k.split('>') as [string, string];
              return { source, target, events: e.events, goldstein: Math.round((e.goldstein / e.events) * 100) / 100, quadClasses: e.quads };
            })
            .sort((x, y) => `${x.source}>${x.target}`.localeCompare(`${y.source}>${y.target}`));
          assert.ok(expected.length > 0);
          assert.deepStrictEqual(sortedEdges(graph), expected);
          assert.ok(graph.edges.every((e, i) => i === 0 || graph.edges[i - 1]!.events >= e.events));
          assert.deepStrictEqual(new Set(graph.nodes.map((n) => n.id)), new Set(graph.edges.flatMap((e) => [e.source, e.target])));
        });
      });
    }

    test('graph: at level country, codes that open with no country code stay whole', async () => {
      const sketch = (source: string, target: string) => ({ code: '042', source, target, date: null, modality: 'asserted' as const });
      const record = eventsRecord('igos', '2024-03-01', [
        sketch('USAGOV', 'IGOUNO'),
        sketch('USA', 'IGOUNO'),
        sketch('GOV', 'REB'),
        sketch('IMGMOSALQ', 'SYRGOV'),
        sketch('PSEREB', 'ISRMIL'),
        sketch('ISR', 'PSE'),
      ]);
      await withStore(backend, [record], async (store) => {
        const graph = await store.graph();
        assert.deepStrictEqual(
          sortedEdges(graph).map((e) => `${e.source}>${e.target} ${e.events}`),
          ['GOV>REB 1', 'IMGMOSALQ>SYR 1', 'ISR>PSE 1', 'PSE>ISR 1', 'USA>IGOUNO 2'],
        );
        assert.deepStrictEqual(graph.nodes.slice(0, 4), [
          { id: 'IGOUNO', events: 2 },
          { id: 'ISR', events: 2 },
          { id: 'PSE', events: 2 },
          { id: 'USA', events: 2 },
        ]);
        assert.deepStrictEqual(
          (await store.graph({ level: 'actor' })).nodes.map((n) => n.id).sort(),
          ['GOV', 'IGOUNO', 'IMGMOSALQ', 'ISR', 'ISRMIL', 'PSE', 'PSEREB', 'REB', 'SYRGOV', 'USA', 'USAGOV'],
        );
      });
    });

    test('graph: a quad class', async () => {
      await withStore(backend, records, async (store) => {
        const graph = await store.graph({ quadClass: [4] });
        assert.deepStrictEqual(sortedEdges(graph).map((e) => [e.source, e.target, e.events, e.quadClasses[3]]), [
          ['DEU', 'IRN', 1, 1],
          ['FRA', 'IRN', 1, 1],
          ['GBR', 'IRN', 1, 1],
          ['USA', 'IRN', 1, 1],
        ]);
        assert.deepStrictEqual(graph.nodes[0], { id: 'IRN', events: 4 });
      });
    });

    const streams: readonly { readonly name: string; readonly filter: EventFilter }[] = [
      { name: 'every event', filter: {} },
      { name: 'by actor', filter: { actor: 'RUS' } },
      { name: 'by dyad', filter: { dyad: ['IRN', 'RUS'] } },
      { name: 'by odd prefix', filter: { actor: 'RU' } },
      { name: 'by code and modality', filter: { code: '19', modality: ['asserted'] } },
      { name: 'since a date', filter: { since: '2024-02', dyad: ['RUS', 'PRK'] } },
      { name: 'with limit and offset', filter: { actor: 'USA', limit: 700, offset: 123 } },
    ];

    for (const { name, filter } of streams) {
      test(`streamEvents: ${name}, page after page, as events() lists them`, async () => {
        await withStore(backend, [...records, ...manyEvents()], async (store) => {
          const streamed: string[] = [];
          for await (const e of store.streamEvents(filter)) streamed.push(key(e));
          const listed = (await store.events({ ...filter, limit: filter.limit ?? ALL })).map(key);
          assert.ok(listed.length > 0);
          assert.deepStrictEqual(streamed, listed);
          assert.equal(new Set(streamed).size, streamed.length);
        });
      });
    }

    test('streamEvents: the streamed events are the listed ones, field for field', async () => {
      await withStore(backend, records, async (store) => {
        const streamed: StoredEvent[] = [];
        for await (const e of store.streamEvents({ articleId: 'un-troops' })) streamed.push(e);
        assert.deepStrictEqual(streamed, await store.events({ articleId: 'un-troops' }));
      });
    });

    test('migration 0003 fills in the keys and the dyad index of a store written before it', async () => {
      const location = await backend.isolated();
      const fresh = await openStore(location);
      await fresh.putRecords(records);
      const queries = async (store: Store) => [
        (await store.events({ dyad: ['IRN', 'RUS'] })).map(key),
        await store.dyadRows('IRN', 'RUS'),
        await store.entities({ limit: 50 }),
        await store.claimGroups({ limit: 50 }),
        await store.listArticles({ entity: 'name:PERSON:vassily nebenzia' }),
      ];
      const expected = await queries(fresh);
      await fresh.close();
      for (const statement of [
        'drop index entities_key',
        'drop index claims_key',
        'drop index articles_newest',
        'drop table event_dyads',
        'alter table entities drop column entity_key',
        'alter table entities drop column mention_count',
        'alter table entities drop column search_text',
        'alter table claims drop column claim_key',
        "delete from kysely_migration where name = '0003-corpus-queries'",
        'drop index events_graph',
        'drop index events_graph_pairs',
        "delete from kysely_migration where name = '0004-graph-index'",
        "delete from kysely_migration where name = '0005-dyad-series-columns'",
      ]) {
        await backend.raw(location, statement);
      }
      const migrated = await openStore(location);
      try {
        assert.deepStrictEqual(await queries(migrated), expected);
      } finally {
        await migrated.close();
      }
    });

    test('migration 0004 adds the graph indexes to a store written before it, and the graph stays the same', async () => {
      const location = await backend.isolated();
      const fresh = await openStore(location);
      await fresh.putRecords(records);
      const graphs = async (store: Store) => [await store.graph(), await store.graph({ level: 'actor', since: '2024-06', modality: ['asserted'] })];
      const expected = await graphs(fresh);
      await fresh.close();
      for (const statement of ['drop index events_graph', 'drop index events_graph_pairs', "delete from kysely_migration where name = '0004-graph-index'"]) {
        await backend.raw(location, statement);
      }
      const migrated = await openStore(location);
      try {
        assert.deepStrictEqual(await graphs(migrated), expected);
      } finally {
        await migrated.close();
      }
      const indexes = backend.name === 'SQLite' ? "select name from sqlite_schema where type = 'index' and name like 'events_graph%'" : "select indexname as name from pg_indexes where indexname like 'events_graph%' and schemaname = current_schema()";
      assert.deepStrictEqual((await backend.raw(location, indexes)).map((r) => r['name']).sort(), ['events_graph', 'events_graph_pairs']);
    });
  });
}

/** What SQLite's planner does with the query of a graph filter. */
async function sqliteGraphPlan(filter: GraphFilter): Promise<string> {
  const { db, backend } = openSqlite(':memory:', false);
  try {
    await migrateStore(db, backend, false);
    const query = graphQuery(db, filter).compile();
    const rows = await db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]));
    return rows.rows.map((r) => r.detail).join(' | ');
  } finally {
    await db.destroy();
  }
}

const graphPlans: readonly { readonly filter: GraphFilter; readonly index: RegExp }[] = [
  { filter: {}, index: /^SEARCH e USING COVERING INDEX events_graph_pairs/ },
  { filter: { level: 'actor', quadClass: [4] }, index: /^SEARCH e USING COVERING INDEX events_graph_pairs/ },
  { filter: { since: '2024-06', until: '2024-06' }, index: /^SEARCH e USING COVERING INDEX events_graph \(date_start>\? AND date_start<\?\)/ },
  { filter: { since: '2024-06', modality: ['asserted'], quadClass: [1, 2] }, index: /^SEARCH e USING COVERING INDEX events_graph(_pairs)? / },
  { filter: { until: '2024', modality: ['reported'] }, index: /^SEARCH e USING COVERING INDEX events_graph(_pairs)? / },
];

for (const { filter, index } of graphPlans) {
  test(`SQLite plan: graph ${JSON.stringify(filter)} reads a graph index alone, not the events`, async () => {
    const plan = await sqliteGraphPlan(filter);
    assert.match(plan, index);
    assert.doesNotMatch(plan, /SCAN e\b|USING INDEX events_(date|modality)/);
  });
}

/** What SQLite's planner does with the page query of an event filter, first page and a keyset page. */
async function sqlitePlans(filter: EventFilter): Promise<string[]> {
  const { db, backend } = openSqlite(':memory:', false);
  try {
    await migrateStore(db, backend, false);
    const { query, driving } = eventQuery(db, filter);
    const [date, article, idx] = [driving('date_start'), driving('article'), driving('idx')];
    const plans: string[] = [];
    for (const keyset of [false, true]) {
      const page = query
        .where(date, 'is not', null)
        .$if(keyset, (q) => q.where(sql<boolean>`(${date}, ${article}, ${idx}) < (${'2024-06-01'}, ${5}, ${3})`))
        .orderBy(date, 'desc')
        .orderBy(article, 'desc')
        .orderBy(idx, 'desc')
        .limit(100)
        .compile();
      const rows = await db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${page.sql}`, [...page.parameters]));
      plans.push(rows.rows.map((r) => r.detail).join(' | '));
    }
    return plans;
  } finally {
    await db.destroy();
  }
}

const plans: readonly { readonly filter: EventFilter; readonly index: RegExp }[] = [
  { filter: { dyad: ['IRN', 'RUS'] }, index: /^SEARCH d USING COVERING INDEX event_dyads_date \(a=\? AND b=\?/ },
  { filter: { dyad: ['RUSGOV', 'IRN'], since: '2024-01', modality: ['asserted'] }, index: /^SEARCH d USING COVERING INDEX event_dyads_date \(a=\? AND b=\? AND date_start>\?/ },
  { filter: { actor: 'IRN' }, index: /^SEARCH k USING COVERING INDEX event_actors_date \(actor=\?/ },
  { filter: { dyad: ['IRNG', 'RUS'] }, index: /^SEARCH k USING COVERING INDEX event_actors_date \(actor=\?/ },
  { filter: {}, index: /^SEARCH e USING INDEX events_date/ },
];

for (const { filter, index } of plans) {
  test(`SQLite plan: ${JSON.stringify(filter)} pages through an index in date order, without sorting or scanning`, async () => {
    for (const plan of await sqlitePlans(filter)) {
      assert.match(plan, index);
      assert.doesNotMatch(plan, /SCAN|TEMP B-TREE/);
    }
  });
}
