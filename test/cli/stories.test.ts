import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/open-store.js';
import { writeDyadArticles } from '../corpus/fixtures/dyad-articles.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-stories-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const examples = fileURLToPath(new URL('../../examples/', import.meta.url));

const examplesDb = join(dir, 'examples.db');
const ingested = await runCli(['ingest', examples, '--db', examplesDb]);
const ownDb = join(dir, 'own.db');
await runCli(['ingest', writeDyadArticles(dir, 'own.jsonl'), '--db', ownDb]);

type StoryJson = { story: number; articles: string[] }[];

async function storedIds(db: string): Promise<string[]> {
  const store = await openStore(db, { readonly: true });
  try {
    return (await store.corpusArticles()).map((a) => a.id);
  } finally {
    await store.close();
  }
}

test('cli stories: every example article is in exactly one story', async () => {
  assert.equal(ingested.code, 0, ingested.stderr);
  const r = await runCli(['stories', '--db', examplesDb, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const stories = JSON.parse(r.stdout) as StoryJson;
  assert.deepEqual(Object.keys(stories[0]!), ['story', 'articles']);
  const ids = stories.flatMap((s) => s.articles);
  assert.equal(new Set(ids).size, ids.length);
  assert.deepEqual([...ids].sort(), (await storedIds(examplesDb)).sort());
  assert.equal(new Set(stories.map((s) => s.story)).size, stories.length);
});

const cases: readonly { name: string; args: readonly string[]; stories: readonly (readonly string[])[] }[] = [
  { name: 'a copy shares its original story, another report stands apart', args: [], stories: [['t-wire', 't-copy'], ['t-row']] },
  { name: '--since keeps the stories with a later article', args: ['--since', '2026-03'], stories: [['t-row']] },
  { name: '--since keeps a whole story when one of its articles is recent enough', args: ['--since', '2026-02-11'], stories: [['t-wire', 't-copy'], ['t-row']] },
  { name: '--since after every article lists nothing', args: ['--since', '2027'], stories: [] },
];

for (const c of cases) {
  test(`cli stories: ${c.name}`, async () => {
    const r = await runCli(['stories', '--db', ownDb, '--format', 'json', ...c.args]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual((JSON.parse(r.stdout) as StoryJson).map((s) => s.articles), c.stories);
  });
}

test('cli stories: the table shows counts, sources and the first title, largest story first', async () => {
  const r = await runCli(['stories', '--db', ownDb]);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.match(lines[0]!, /^story\s+articles\s+copies\s+sources\s+first\s+title$/);
  assert.match(lines[2]!, /^\d+\s+2\s+1\s+Caspian Wire, Gulf Daily\s+2026-02-10\s+Iran and Russia sign gas supply deal$/);
  assert.match(lines[3]!, /^\d+\s+1\s+0\s+Levant Times\s+2026-03-18\s+Iran criticises Russia over grain prices$/);
});

test('cli stories: a copy ingested in a later run joins the story stored before', async () => {
  const db = join(dir, 'two-runs.db');
  await runCli(['ingest', writeDyadArticles(dir, 'first.jsonl', ['t-wire']), '--db', db]);
  const before = JSON.parse((await runCli(['stories', '--db', db, '--format', 'json'])).stdout) as StoryJson;
  await runCli(['ingest', writeDyadArticles(dir, 'second.jsonl', ['t-copy']), '--db', db]);
  const afterwards = JSON.parse((await runCli(['stories', '--db', db, '--format', 'json'])).stdout) as StoryJson;
  const wireStory = before.find((s) => s.articles.includes('t-wire'))!.story;
  assert.deepEqual(afterwards, [{ story: wireStory, articles: ['t-wire', 't-copy'] }]);
});

const bad: readonly { name: string; args: readonly string[]; stderr: RegExp }[] = [
  { name: 'an unknown format', args: ['--format', 'csv'], stderr: /--format expects one of table, json/ },
  { name: 'a since that is not a date', args: ['--since', 'yesterday'], stderr: /--since expects a date/ },
  { name: 'a positional argument', args: ['extra'], stderr: /Unexpected argument/i },
];

for (const c of bad) {
  test(`cli stories (negative): ${c.name} is a usage error`, async () => {
    const r = await runCli(['stories', '--db', ownDb, ...c.args]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, c.stderr);
    assert.equal(r.stdout, '');
  });
}

test('cli stories (negative): an empty store has no stories', async () => {
  const r = await runCli(['stories', '--db', join(dir, 'empty.db'), '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '[]\n');
});
