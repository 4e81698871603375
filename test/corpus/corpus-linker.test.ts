import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { AnalysisRecord } from '../../src/analyze/record.js';
import { createCorpusLinker } from '../../src/corpus/corpus-linker.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { ELECTION_FOLLOW_UP, ELECTION_REPORT, PORT_LIGHT_EDIT, PORT_OTHER_REPORT, PORT_REPORT, PORT_SPUN, QUAKE_REPORT } from './fixtures/copy-texts.js';
import { bareRecord } from './fixtures/corpus-records.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-corpus-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const R = {
  wire: bareRecord('wire', 'Velmora terminal reopens after crane repairs', PORT_REPORT, '2026-03-03', 'Wire'),
  edit: bareRecord('edit', 'Velmora port is open again', PORT_LIGHT_EDIT, '2026-03-03', 'Daily'),
  spun: bareRecord('spun', 'Port back in business', PORT_SPUN, '2026-03-05', 'Aggregator'),
  other: bareRecord('other', 'Cargo moving again at Velmora', PORT_OTHER_REPORT, '2026-03-03', 'Herald'),
  vote: bareRecord('vote', 'Dravia votes with low turnout', ELECTION_REPORT, '2026-03-02', 'Herald'),
  talks: bareRecord('talks', 'Dravia coalition talks begin', ELECTION_FOLLOW_UP, '2026-03-03', 'Daily'),
  quake: bareRecord('quake', 'Earthquake shakes Ostrel', QUAKE_REPORT, '2026-03-06', 'Wire'),
};

/** Batches stored one after another (a linking pass after each); a restart between batches when asked. */
const cases: readonly {
  name: string;
  batches: readonly (readonly AnalysisRecord[])[];
  restart: boolean;
  stories: readonly (readonly string[])[];
  copies: Readonly<Record<string, string>>;
}[] = [
  {
    name: 'one batch: copies linked, reports grouped',
    batches: [[R.wire, R.vote, R.edit, R.other, R.talks, R.spun, R.quake]],
    restart: false,
    stories: [['wire', 'edit', 'other', 'spun'], ['vote', 'talks'], ['quake']],
    copies: { edit: 'wire', spun: 'wire' },
  },
  {
    name: 'batches across a restart keep their stories and links',
    batches: [[R.wire, R.vote], [R.spun, R.talks], [R.quake, R.edit]],
    restart: true,
    stories: [['wire', 'spun', 'edit'], ['vote', 'talks'], ['quake']],
    copies: { spun: 'wire', edit: 'wire' },
  },
  {
    name: 'a late original takes over its copies',
    batches: [[R.spun], [R.wire]],
    restart: true,
    stories: [['spun', 'wire']],
    copies: { spun: 'wire' },
  },
];

async function stories(store: Store): Promise<string[][]> {
  const groups = new Map<number, string[]>();
  for (const a of await store.storyArticles()) groups.set(a.story, [...(groups.get(a.story) ?? []), a.articleId]);
  return [...groups.values()];
}

for (const [i, c] of cases.entries()) {
  test(`corpus: ${c.name}`, async () => {
    const file = join(dir, `case-${i}.db`);
    let store = await openStore(file);
    let linker = createCorpusLinker(store);
    const firstIds: number[] = [];
    try {
      for (const batch of c.batches) {
        if (c.restart && firstIds.length) {
          await store.close();
          store = await openStore(file);
          linker = createCorpusLinker(store);
        }
        await store.putRecords(batch);
        await linker.link();
        firstIds.push((await store.storyArticles()).find((a) => a.articleId === c.batches[0]![0]!.document.id)!.story);
      }
      assert.deepEqual((await stories(store)).map((s) => [...s].sort()).sort(), c.stories.map((s) => [...s].sort()).sort());
      const links = Object.fromEntries((await store.corpusArticles()).filter((a) => a.copyOf !== null).map((a) => [a.id, a.copyOf]));
      assert.deepEqual(links, c.copies);
      assert.equal(new Set(firstIds).size, 1, 'story numbers stay stable');
      assert.deepEqual(await store.corpusArticles({ unlinked: true }), []);
    } finally {
      await store.close();
    }
  });
}

test('corpus: an article stored again with new content is placed again, by the same linker', async () => {
  const store = await openStore(':memory:');
  try {
    const linker = createCorpusLinker(store);
    await store.putRecords([R.wire, R.vote, R.quake]);
    await linker.link();
    const storyOf = async (id: string) => (await store.storyArticles()).find((a) => a.articleId === id)!.story;
    const [port, election, quake] = [await storyOf('wire'), await storyOf('vote'), await storyOf('quake')];
    assert.notEqual(port, election);
    await store.putRecords([{ ...R.wire, document: { ...R.wire.document, title: R.talks.document.title, text: R.talks.document.text } }]);
    assert.deepEqual((await store.corpusArticles({ unlinked: true })).map((a) => a.id), ['wire']);
    assert.deepEqual(await linker.link(), { linked: 1, copies: 0, stories: 0 });
    assert.equal(await storyOf('wire'), election);
    assert.equal(await storyOf('quake'), quake);
  } finally {
    await store.close();
  }
});

test('corpus: since keeps the stories with a recent article, whole', async () => {
  const store = await openStore(':memory:');
  try {
    await store.putRecords([R.vote, R.talks, R.quake]);
    await createCorpusLinker(store).link();
    const ids = (await store.storyArticles({ since: '2026-03-03' })).map((a) => a.articleId).sort();
    assert.deepEqual(ids, ['quake', 'talks', 'vote']);
    assert.deepEqual((await store.storyArticles({ since: '2026-03-04' })).map((a) => a.articleId), ['quake']);
  } finally {
    await store.close();
  }
});

test('corpus: a copy of an article older than the window is linked as new', async () => {
  const store = await openStore(':memory:');
  try {
    const linker = createCorpusLinker(store, { window: 3 });
    for (const r of [R.wire, R.vote, R.quake, R.edit]) {
      await store.putRecords([r]);
      await linker.link();
    }
    assert.deepEqual((await store.corpusArticles()).filter((a) => a.copyOf !== null), []);
  } finally {
    await store.close();
  }
});

test('corpus: a restart restores the window only and numbers new stories after every stored one', async () => {
  const file = join(dir, 'restore-window.db');
  let store = await openStore(file);
  try {
    await store.putRecords([R.vote, R.wire, R.quake, R.edit]);
    await createCorpusLinker(store).link();
    const before = new Set((await store.storyArticles()).map((a) => a.story));
    await store.close();
    store = await openStore(file);
    await store.putRecords([R.talks]);
    assert.deepEqual(await createCorpusLinker(store, { window: 1 }).link(), { linked: 1, copies: 0, stories: 1 });
    const talks = (await store.storyArticles()).find((a) => a.articleId === 'talks')!.story;
    assert.ok(talks > Math.max(...before), `story ${talks} after ${[...before]}`);
  } finally {
    await store.close();
  }
});
