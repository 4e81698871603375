import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { writeDyadArticles } from '../corpus/fixtures/dyad-articles.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-entity-neg-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'own.db');
await runCli(['ingest', writeDyadArticles(dir, 'own.jsonl'), '--db', db]);

const missing: readonly { name: string; args: readonly string[] }[] = [
  { name: 'a name no article mentions', args: ['Zbigniew Nobody'] },
  { name: 'a key no record has', args: ['kb:person/vladimir-putin'] },
  { name: 'a name that is only punctuation', args: ['%_'] },
];

for (const c of missing) {
  test(`cli entity (negative): ${c.name} is not found`, async () => {
    const r = await runCli(['entity', ...c.args, '--db', db]);
    assert.equal(r.code, 4);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^newsgraph: no stored entity matches '.*'; expected a name, part of one, a knowledge-base id or a key\n$/);
  });
}

test('cli entity (negative): an empty store finds nothing', async () => {
  const r = await runCli(['entity', 'Iran', '--db', join(dir, 'empty.db')]);
  assert.equal(r.code, 4);
});

const bad: readonly { name: string; args: readonly string[]; stderr: RegExp }[] = [
  { name: 'no name', args: [], stderr: /entity needs a name or key/ },
  { name: 'a blank name', args: ['  '], stderr: /entity needs a name or key/ },
  { name: 'an unknown format', args: ['Iran', '--format', 'csv'], stderr: /--format expects one of text, json; got 'csv'/ },
  { name: 'an unknown option', args: ['Iran', '--since', '2024'], stderr: /Unknown option '--since'/ },
];

for (const c of bad) {
  test(`cli entity (negative): ${c.name} is a usage error`, async () => {
    const r = await runCli(['entity', ...c.args, '--db', db]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, c.stderr);
    assert.equal(r.stdout, '');
  });
}
