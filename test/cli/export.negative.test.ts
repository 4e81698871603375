import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { parseCsv } from '../corpus/export/export-rows.js';
import { writeDyadArticles } from '../corpus/fixtures/dyad-articles.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-export-neg-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'own.db');
await runCli(['ingest', writeDyadArticles(dir, 'own.jsonl'), '--db', db]);

const bad: readonly { name: string; args: readonly string[]; stderr: RegExp }[] = [
  { name: 'no kind', args: [], stderr: /export needs one of events, graph; got nothing/ },
  { name: 'an unknown kind', args: ['stories'], stderr: /export needs one of events, graph; got 'stories'/ },
  { name: 'two kinds', args: ['events', 'graph'], stderr: /export needs one of events, graph; got 'events graph'/ },
  { name: 'a graph format for events', args: ['events', '--format', 'gexf'], stderr: /--format expects one of csv, jsonl; got 'gexf'/ },
  { name: 'an events format for the graph', args: ['graph', '--format', 'csv'], stderr: /--format expects one of gexf, graphml; got 'csv'/ },
  { name: 'a graph option for events', args: ['events', '--level', 'actor'], stderr: /--level does not apply to 'export events'/ },
  { name: 'an events option for the graph', args: ['graph', '--actor', 'IRN'], stderr: /--actor does not apply to 'export graph'/ },
  { name: 'an unknown level', args: ['graph', '--level', 'region'], stderr: /--level expects one of country, actor/ },
  { name: 'a min-events that is not a count', args: ['graph', '--min-events', '0'], stderr: /--min-events expects a positive whole number/ },
  { name: 'a date that is not one', args: ['events', '--since', 'last week'], stderr: /--since expects a date/ },
  { name: 'an unknown modality', args: ['events', '--modality', 'asserted,guessed'], stderr: /--modality: 'guessed' is not one of/ },
  { name: 'a code that is not CAMEO', args: ['events', '--code', '7a'], stderr: /--code expects 2 to 4 digits/ },
  { name: 'an actor that is not a code', args: ['events', '--actor', 'I1'], stderr: /--actor expects an actor code/ },
  { name: 'an unknown option', args: ['events', '--colour'], stderr: /Unknown option '--colour'/ },
];

for (const c of bad) {
  test(`cli export (negative): ${c.name} is a usage error`, async () => {
    const out = join(dir, `never-${c.name.replace(/\W+/g, '-')}.out`);
    const r = await runCli(['export', ...c.args, '--db', db, '--out', out]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, c.stderr);
    assert.equal(r.stdout, '');
    assert.equal(existsSync(out), false);
  });
}

test('cli export (negative): --out in a folder that does not exist is a usage error, before the store is read', async () => {
  const r = await runCli(['export', 'events', '--db', join(dir, 'never.db'), '--out', join(dir, 'no', 'such', 'events.csv')]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--out: cannot write '.*events\.csv' \(ENOENT\); expected a file in an existing folder/);
  assert.equal(existsSync(join(dir, 'never.db')), false);
});

test('cli export (negative): an empty store exports the header alone and an empty graph', async () => {
  const empty = join(dir, 'empty.db');
  const csv = await runCli(['export', 'events', '--db', empty]);
  assert.equal(csv.code, 0, csv.stderr);
  assert.equal(parseCsv(csv.stdout).length, 1);
  const jsonl = await runCli(['export', 'events', '--db', empty, '--format', 'jsonl']);
  assert.equal(jsonl.stdout, '');
  for (const format of ['gexf', 'graphml']) {
    const graph = await runCli(['export', 'graph', '--db', empty, '--format', format]);
    assert.equal(graph.code, 0, graph.stderr);
    assert.equal(XMLValidator.validate(graph.stdout), true);
    assert.doesNotMatch(graph.stdout, /<node |<edge /);
  }
});

test('cli export (negative): --out naming a folder is a usage error', async () => {
  const r = await runCli(['export', 'graph', '--db', db, '--out', dir]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--out: cannot write '.*' \(it is a folder\)/);
});

test('cli export (negative): a store that cannot be opened leaves an older --out file as it was, and no partial file', async () => {
  const out = join(dir, 'kept.csv');
  writeFileSync(out, 'an older export\n');
  const r = await runCli(['export', 'events', '--db', join(dir, 'own.jsonl'), '--out', out]);
  assert.equal(r.code, 3, r.stderr);
  assert.equal(readFileSync(out, 'utf8'), 'an older export\n');
  assert.deepEqual(readdirSync(dir).filter((f) => f.includes('partial')), []);
});
