import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { writeDyadArticles } from '../corpus/fixtures/dyad-articles.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-claims-neg-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'own.db');
await runCli(['ingest', writeDyadArticles(dir, 'own.jsonl'), '--db', db]);

const bad: readonly { name: string; args: readonly string[]; stderr: RegExp }[] = [
  { name: 'an unknown stance', args: ['--stance', 'denies,doubts'], stderr: /--stance: 'doubts' is not one of asserts, alleges, denies, confirms, rumor, expects, opinion/ },
  { name: 'an empty stance list', args: ['--stance', ','], stderr: /--stance expects a comma-separated list/ },
  { name: 'an empty about', args: ['--about', ' '], stderr: /--about expects an actor code such as IRN or some words/ },
  { name: 'a since that is not a date', args: ['--since', '10/02/2026'], stderr: /--since expects a date/ },
  { name: 'a limit of zero', args: ['--limit', '0'], stderr: /--limit expects a positive whole number; got '0'/ },
  { name: 'an unknown format', args: ['--format', 'csv'], stderr: /--format expects one of table, json; got 'csv'/ },
  { name: 'a positional argument', args: ['IRN'], stderr: /Unexpected argument 'IRN'/ },
];

for (const c of bad) {
  test(`cli claims (negative): ${c.name} is a usage error`, async () => {
    const r = await runCli(['claims', '--db', db, ...c.args]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, c.stderr);
    assert.equal(r.stdout, '');
  });
}

const none: readonly { name: string; args: readonly string[] }[] = [
  { name: 'an actor no claim is about', args: ['--about', 'CHN'] },
  { name: 'words no claim has', args: ['--about', 'zeppelin'] },
  { name: 'a stance no claim takes', args: ['--stance', 'confirms'] },
  { name: 'dates after every article', args: ['--since', '2027'] },
];

for (const c of none) {
  test(`cli claims (negative): ${c.name} matches nothing`, async () => {
    const table = await runCli(['claims', '--db', db, ...c.args]);
    assert.equal(table.code, 0, table.stderr);
    assert.equal(table.stdout, 'no claims match\n');
    const json = await runCli(['claims', '--db', db, ...c.args, '--format', 'json']);
    assert.equal(json.stdout, '[]\n');
  });
}

test('cli claims (negative): an empty store has no claims', async () => {
  const r = await runCli(['claims', '--db', join(dir, 'empty.db'), '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '[]\n');
});
