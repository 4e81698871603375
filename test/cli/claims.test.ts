import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ClaimGroup } from '../../src/store/store.js';
import { writeDyadArticles } from '../corpus/fixtures/dyad-articles.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-claims-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const examplesDb = join(dir, 'examples.db');
const ingested = await runCli(['ingest', examples, '--db', examplesDb]);
const ownDb = join(dir, 'own.db');
await runCli(['ingest', writeDyadArticles(dir, 'own.jsonl'), '--db', ownDb]);

async function groups(db: string, args: readonly string[] = []): Promise<ClaimGroup[]> {
  const r = await runCli(['claims', '--db', db, '--format', 'json', ...args]);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as ClaimGroup[];
}

const articles = (g: ClaimGroup): number => new Set(g.claims.map((c) => c.articleId)).size;

test('cli claims: groups carried by the most articles come first, each complete', async () => {
  assert.equal(ingested.code, 0, ingested.stderr);
  const all = await groups(examplesDb, ['--limit', '100']);
  assert.ok(all.length >= 20);
  const counts = all.map(articles);
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
  for (const g of all) {
    assert.ok(g.key !== '' && g.claims.length > 0);
    assert.ok(g.claims.every((c) => c.key === g.key));
    assert.deepEqual(g.sources, [...new Set(g.claims.map((c) => c.source.name))]);
    assert.equal(g.stances.reduce((n, s) => n + s.count, 0), g.claims.length);
  }
});

test('cli claims: a wire story and its copy are one claim from two outlets', async () => {
  const [top] = await groups(ownDb);
  assert.equal(top!.key, 'IRN+RUS|05|agreement long-term sign supply');
  assert.deepEqual(top!.claims.map((c) => [c.articleId, c.outlet, c.published, c.stance]), [
    ['t-wire', 'Caspian Wire', '2026-02-10', 'asserts'],
    ['t-copy', 'Gulf Daily', '2026-02-11', 'asserts'],
  ]);
  assert.deepEqual([top!.sources, top!.outlets, top!.first, top!.last], [['officials from both countries'], ['Caspian Wire', 'Gulf Daily'], '2026-02-10', '2026-02-11']);
  assert.match(top!.claims[0]!.text, /^Iran and Russia signed a long-term gas supply agreement in Moscow on Monday/);
});

test('cli claims: --about IRN --stance denies finds Iran denying Blinken’s claim', async () => {
  const found = await groups(examplesDb, ['--about', 'IRN', '--stance', 'denies']);
  assert.ok(found.length > 0);
  for (const g of found) {
    assert.ok(g.stances.some((s) => s.key === 'denies'), g.key);
    assert.ok(g.key.split('|')[0]!.split('+').some((a) => a.startsWith('IRN')), g.key);
  }
  const blinken = found.find((g) => g.sources.includes('Antony Blinken'));
  assert.ok(blinken, found.map((g) => g.key).join('\n'));
  assert.deepEqual(blinken.claims.map((c) => [c.source.name, c.stance]), [['Antony Blinken', 'asserts'], ['Iran', 'denies']]);
  assert.equal(blinken.claims[0]!.text, 'Iran has now chosen to escalate further,');
});

const filters: readonly { name: string; args: readonly string[]; check: (g: ClaimGroup) => boolean }[] = [
  { name: '--stance keeps groups with a claim of that stance', args: ['--stance', 'alleges,rumor'], check: (g) => g.stances.some((s) => s.key === 'alleges' || s.key === 'rumor') },
  { name: '--since keeps claims of later articles', args: ['--since', '2025-03'], check: (g) => g.claims.every((c) => c.published! >= '2025-03') },
  { name: '--until keeps claims of earlier articles', args: ['--until', '2024-06'], check: (g) => g.claims.every((c) => c.published! <= '2024-06-30') },
  { name: '--about words finds a source by name', args: ['--about', 'blinken'], check: (g) => g.claims.some((c) => /blinken/i.test(c.source.name) || /blinken/i.test(c.key)) },
];

for (const f of filters) {
  test(`cli claims: ${f.name}`, async () => {
    const found = await groups(examplesDb, [...f.args, '--limit', '100']);
    assert.ok(found.length > 0);
    for (const g of found) assert.ok(f.check(g), g.key);
  });
}

test('cli claims: --limit caps the groups', async () => {
  assert.equal((await groups(examplesDb, ['--limit', '2'])).length, 2);
});

test('cli claims: the table gives each group a summary, then its claims', async () => {
  const r = await runCli(['claims', '--db', ownDb, '--limit', '1']);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  assert.deepEqual(lines.slice(0, 4), [
    'IRN+RUS|05|agreement long-term sign supply · 2 claims in 2 articles · 2026-02-10 → 2026-02-11',
    '  sources: officials from both countries',
    '  outlets: Caspian Wire, Gulf Daily',
    '  stances: asserts 2',
  ]);
  assert.match(lines[4]!, /^ {2}date\s+stance\s+source\s+outlet\s+claim\s+text$/);
  assert.match(lines[6]!, /^ {2}2026-02-10\s+asserts\s+officials from both countries\s+Caspian Wire\s+t-wire#0\s+Iran and Russia signed/);
  assert.match(lines[7]!, /^ {2}2026-02-11\s+asserts\s+officials from both countries\s+Gulf Daily\s+t-copy#0\s+Iran and Russia signed/);
  assert.equal(lines.length, 8);
});
