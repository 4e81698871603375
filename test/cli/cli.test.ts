import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AnalysisRecord } from '../../src/analyze/record.js';
import { loadCommands } from '../../src/cli/main.js';
import { runCli } from './run-cli.js';

const examples = new URL('../../examples/', import.meta.url).pathname;
const meeting = path.join(examples, 'tehran-ashgabat-meeting.txt');
const tempDb = (): string => path.join(mkdtempSync(path.join(tmpdir(), 'ng-cli-')), 'store.db');
const COMMANDS = await loadCommands();

for (const command of COMMANDS) {
  test(`cli: ${command.name} --help prints its usage, options and examples`, async () => {
    const r = await runCli([command.name, '--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, new RegExp(`^Usage: newsgraph ${command.name} `));
    assert.match(r.stdout, /Options:/);
    assert.match(r.stdout, /--help/);
  });
}

test('cli: newsgraph --help lists every command', async () => {
  const r = await runCli(['--help']);
  assert.equal(r.code, 0);
  for (const c of COMMANDS) assert.match(r.stdout, new RegExp(`^  ${c.name} `, 'm'));
});

test('cli: analyze of a header text file prints one record with people, countries, organisations, quotes, claims, times and events', async () => {
  const r = await runCli(['analyze', meeting]);
  assert.equal(r.code, 0, r.stderr);
  const record = JSON.parse(r.stdout) as AnalysisRecord;
  assert.equal(record.format, 'newsgraph.analysis/1');
  assert.equal(record.document.published, '2024-10-12');
  assert.equal(record.document.title, 'Putin and Pezeshkian meet in Ashgabat, pledge deeper ties');
  const names = (type: string) => record.entities.filter((e) => e.type === type).map((e) => e.name);
  assert.ok(names('PERSON').includes('Vladimir Putin'), `people: ${names('PERSON')}`);
  assert.ok(names('PERSON').includes('Masoud Pezeshkian'), `people: ${names('PERSON')}`);
  assert.ok(names('GPE').includes('Iran'), `GPE: ${names('GPE')}`);
  assert.ok(names('ORG').length > 0, 'no organisations');
  assert.ok(record.quotes.some((q) => q.speakerName === 'Vladimir Putin' && q.speaker !== null), 'no quote by Putin');
  assert.ok(record.claims.some((c) => c.source.name.length > 0), 'no claims');
  assert.ok(record.times.some((t) => t.text.endsWith('Friday') && t.value === '2024-10-11'), JSON.stringify(record.times));
  assert.ok(record.events.some((e) => e.source.actor && e.target?.actor), 'no event with both actors');
});

test('cli: analyze of several inputs prints JSON Lines, --format pretty a readable summary', async () => {
  const two = [meeting, path.join(examples, 'moldova-runoff.txt')];
  const lines = (await runCli(['analyze', ...two])).stdout.trim().split('\n');
  assert.equal(lines.length, 2);
  for (const l of lines) assert.equal((JSON.parse(l) as AnalysisRecord).format, 'newsgraph.analysis/1');
  const pretty = await runCli(['analyze', meeting, '--format', 'pretty']);
  assert.equal(pretty.code, 0);
  assert.match(pretty.stdout, /^Putin and Pezeshkian meet in Ashgabat/);
  assert.match(pretty.stdout, /^ +People: .*Vladimir Putin/m);
  assert.match(pretty.stdout, /^Quotes$/m);
  assert.match(pretty.stdout, /^Events$/m);
});

test('cli: analyze reads standard input with -', async () => {
  const r = await runCli(['analyze', '-'], { stdin: 'date 2024-03-01 Talks\nIran and Russia signed an agreement in Moscow on Monday.' });
  assert.equal(r.code, 0, r.stderr);
  const record = JSON.parse(r.stdout) as AnalysisRecord;
  assert.equal(record.document.title, 'Talks');
  assert.equal(record.document.text, 'Iran and Russia signed an agreement in Moscow on Monday.');
});

test('cli: ingest is idempotent and show rebuilds exactly what analyze printed', async () => {
  const db = tempDb();
  const first = await runCli(['ingest', examples, '--db', db]);
  assert.equal(first.code, 0, first.stderr);
  const m = /read (\d+) article\(s\) into .*: (\d+) stored, 0 replaced, 0 unchanged, 0 failed/.exec(first.stdout);
  assert.ok(m, first.stdout);
  assert.equal(m[1], m[2]);
  const again = await runCli(['ingest', examples, '--db', db]);
  assert.match(again.stdout, new RegExp(`: 0 stored, 0 replaced, ${m[1]} unchanged, 0 failed`));
  const analyzed = await runCli(['analyze', meeting]);
  const id = (JSON.parse(analyzed.stdout) as AnalysisRecord).document.id;
  const shown = await runCli(['show', id.slice(0, 10), '--db', db]);
  assert.equal(shown.code, 0, shown.stderr);
  assert.equal(shown.stdout, analyzed.stdout);
});

test('cli: ingest into an empty store builds its indexes at the end; into a store with articles, or with --indexes keep, it keeps them', async () => {
  const db = tempDb();
  const first = await runCli(['ingest', meeting, '--db', db]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stderr, /^newsgraph: built 12 index\(es\) in \d+\.\d s$/m);
  const more = await runCli(['ingest', examples, '--db', db]);
  assert.equal(more.code, 0, more.stderr);
  assert.doesNotMatch(more.stderr, /built \d+ index/);
  const kept = await runCli(['ingest', meeting, '--db', tempDb(), '--indexes', 'keep']);
  assert.equal(kept.code, 0, kept.stderr);
  assert.doesNotMatch(kept.stderr, /built \d+ index/);
  const events = await runCli(['events', '--actor', 'IRN', '--db', db, '--format', 'json']);
  assert.equal(events.code, 0, events.stderr);
  assert.ok((JSON.parse(events.stdout) as unknown[]).length > 0, events.stdout);
});

test('cli: search, events and stats answer from the store', async () => {
  const db = tempDb();
  await runCli(['ingest', examples, '--db', db]);
  const search = await runCli(['search', 'drones', '--db', db]);
  assert.equal(search.code, 0, search.stderr);
  assert.match(search.stdout, /«drones?»/i);
  const json = JSON.parse((await runCli(['search', 'Pezeshkian', '--db', db, '--format', 'json'])).stdout) as { title: string }[];
  assert.ok(json.some((h) => /Pezeshkian/.test(h.title)));
  const events = JSON.parse((await runCli(['events', '--db', db, '--actor', 'RUS', '--format', 'json'])).stdout) as AnalysisRecord['events'];
  assert.ok(events.length > 0);
  for (const e of events) assert.ok(`${e.source.actor} ${e.target?.actor ?? ''}`.includes('RUS'));
  const coded = JSON.parse((await runCli(['events', '--db', db, '--code', '04', '--format', 'json'])).stdout) as AnalysisRecord['events'];
  for (const e of coded) assert.equal(e.root, '04');
  const stats = await runCli(['stats', '--db', db]);
  assert.match(stats.stdout, /^articles \d+ \(/m);
  assert.match(stats.stdout, /events \d+/);
});

test('cli: the built bin runs from the repository root', { skip: process.env.NEWSGRAPH_SKIP_BIN ? 'skipped: NEWSGRAPH_SKIP_BIN set' : false }, () => {
  const root = new URL('../../', import.meta.url).pathname;
  const out = execFileSync(process.execPath, [path.join(root, 'bin/newsgraph.js'), '--version'], { encoding: 'utf8' });
  assert.match(out.trim(), /^\d+\.\d+\.\d+$/);
});

test('cli: the package imports as a library by its own name and analyses a string', { skip: process.env.NEWSGRAPH_SKIP_BIN ? 'skipped: NEWSGRAPH_SKIP_BIN set' : false }, async () => {
  const lib = (await import('newsgraph' as string)) as typeof import('../../src/index.js');
  const record = lib.analyze({ text: 'Iran supplied drones to Russia last year.', published: '2024-10-11' });
  const e = record.events[0];
  assert.equal(e?.code, '072');
  assert.equal(e?.source.actor, 'IRN');
  assert.equal(e?.target?.actor, 'RUS');
  assert.deepEqual(e?.date, { value: '2023', text: 'last year' });
});
