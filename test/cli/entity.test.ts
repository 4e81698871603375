import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { EntityProfile, EntitySummary } from '../../src/store/store.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-entity-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const db = join(dir, 'examples.db');
const ingested = await runCli(['ingest', examples, '--db', db]);

type ProfileJson = EntityProfile & { also: EntitySummary[] };

async function profile(args: readonly string[]): Promise<ProfileJson> {
  const r = await runCli(['entity', ...args, '--db', db, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as ProfileJson;
}

const PUTIN = 'kb:person/vladimir-putin';

const names: readonly { name: string; args: readonly string[]; key: string }[] = [
  { name: 'a full name', args: ['Vladimir Putin'], key: PUTIN },
  { name: 'a name in another case', args: ['VLADIMIR PUTIN'], key: PUTIN },
  { name: 'part of a name', args: ['putin'], key: PUTIN },
  { name: 'a name given as several words', args: ['Masoud', 'Pezeshkian'], key: 'kb:person/masoud-pezeshkian' },
  { name: 'a key', args: [PUTIN], key: PUTIN },
  { name: 'a knowledge-base id', args: ['person/vladimir-putin'], key: PUTIN },
  { name: 'the key of an entity the knowledge base does not know', args: ['name:PERSON:hanna lindqvist'], key: 'name:PERSON:hanna lindqvist' },
  { name: 'an exact name over longer names that contain it', args: ['Iran'], key: 'kb:country/IRN' },
];

for (const c of names) {
  test(`cli entity: ${c.name} finds ${c.key}`, async () => {
    assert.equal(ingested.code, 0, ingested.stderr);
    assert.equal((await profile(c.args)).entity.key, c.key);
  });
}

test('cli entity: the other entities a name matches are listed as also', async () => {
  const p = await profile(['Iran']);
  const also = p.also.map((a) => a.key);
  assert.ok(also.includes('kb:norp/IRN'), also.join(' '));
  assert.ok(!also.includes('kb:country/IRN'));
});

test('cli entity: the profile of Vladimir Putin across the examples', async () => {
  const p = await profile(['Vladimir Putin']);
  assert.deepEqual([p.entity.name, p.entity.type, p.entity.country, p.entity.kbId], ['Vladimir Putin', 'PERSON', 'RUS', 'person/vladimir-putin']);
  assert.ok(p.entity.articles >= 3 && p.entity.mentions >= p.entity.articles);
  assert.equal(p.roles[0]?.key, 'President of Russia');
  const months = p.timeline.map((t) => t.period);
  assert.deepEqual(months, [...months].sort());
  assert.ok(months.includes('2024-05') && months.includes('2024-10'), months.join(' '));
  assert.equal(p.timeline.reduce((n, t) => n + t.articles, 0), p.entity.articles);
  assert.ok(p.related.some((r) => r.key === 'kb:country/RUS' && r.shared >= 3));
  assert.ok(p.claimsBy.some((c) => c.text.startsWith('Relations with Iran are a priority for us')));
  assert.ok(p.claimsAbout.some((c) => c.source.name === 'officials familiar with the preparations' && /visit North Korea/.test(c.text)));
  assert.ok(p.quotes.some((q) => q.text.includes('Relations with Iran are a priority for us')));
  assert.ok(p.articles.some((a) => a.title === 'Putin and Pezeshkian meet in Ashgabat, pledge deeper ties'));
});

test('cli entity: the text profile has a heading and a section per kind of fact', async () => {
  const r = await runCli(['entity', 'Vladimir Putin', '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.split('\n');
  assert.equal(lines[0], 'Vladimir Putin (PERSON, RUS, kb:person/vladimir-putin)');
  assert.match(lines[1]!, /^\d+ articles, \d+ mentions · key kb:person\/vladimir-putin$/);
  assert.match(lines[2]!, /^roles: President of Russia ×\d+/);
  for (const heading of ['Mentions by month', 'Appears with', 'Claims by Vladimir Putin', 'Claims about Vladimir Putin', 'Quotes', 'Articles']) {
    assert.ok(lines.includes(heading), heading);
  }
  assert.match(r.stdout, /\n2024-10\s+1 article\s+\d+ mentions?\s+█+\n/);
  assert.match(r.stdout, /\n6a6ed9d4d549\s+2024-10-12\s+Putin and Pezeshkian meet in Ashgabat, pledge deeper ties\n/);
});

test('cli entity: a text profile lists the other matches on an also line', async () => {
  const r = await runCli(['entity', 'Iran', '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /\nalso: .*Iranian \(kb:norp\/IRN, \d+ articles\)/);
});
