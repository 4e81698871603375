import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { XMLValidator } from 'fast-xml-parser';
import type { DyadPeriod } from '../../src/corpus/dyad-series.js';
import { writeDyadArticles } from '../corpus/fixtures/dyad-articles.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-dyad-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const examples = fileURLToPath(new URL('../../examples/', import.meta.url));

const ownDb = join(dir, 'own.db');
await runCli(['ingest', writeDyadArticles(dir, 'own.jsonl'), '--db', ownDb]);
const examplesDb = join(dir, 'examples.db');
await runCli(['ingest', examples, '--db', examplesDb]);

type Row = Pick<DyadPeriod, 'period' | 'events' | 'mentions' | 'articles' | 'sources' | 'cooperation' | 'conflict'> & { code: string };

async function periods(db: string, args: readonly string[]): Promise<Row[]> {
  const r = await runCli(['dyad', ...args, '--db', db, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  return (JSON.parse(r.stdout) as { periods: DyadPeriod[] }).periods.map((p) => ({
    period: p.period,
    events: p.events,
    mentions: p.mentions,
    articles: p.articles,
    sources: p.sources,
    cooperation: p.cooperation,
    conflict: p.conflict,
    code: p.evidence.code,
  }));
}

const AGREEMENT = { events: 1, mentions: 2, articles: 2, sources: 2, cooperation: 1, conflict: 0, code: '057' };
const CRITICISM = { events: 1, mentions: 1, articles: 1, sources: 1, cooperation: 0, conflict: 1, code: '111' };

const cases: readonly { name: string; args: readonly string[]; expected: readonly Row[] }[] = [
  {
    name: 'by month: the wire story and its copy are one event with two mentions and sources',
    args: ['IRN', 'RUS'],
    expected: [{ period: '2026-02', ...AGREEMENT }, { period: '2026-03', ...CRITICISM }],
  },
  { name: 'the actors in the other order give the same counts', args: ['RUS', 'IRN', '--by', 'month'], expected: [{ period: '2026-02', ...AGREEMENT }, { period: '2026-03', ...CRITICISM }] },
  { name: 'by ISO week', args: ['IRN', 'RUS', '--by', 'week'], expected: [{ period: '2026-W07', ...AGREEMENT }, { period: '2026-W12', ...CRITICISM }] },
  { name: 'by day, on the events’ own dates', args: ['IRN', 'RUS', '--by', 'day'], expected: [{ period: '2026-02-09', ...AGREEMENT }, { period: '2026-03-18', ...CRITICISM }] },
  { name: 'asserted only leaves out the reported signing', args: ['IRN', 'RUS', '--modality', 'asserted'], expected: [{ period: '2026-03', ...CRITICISM }] },
  { name: '--since narrows the dates', args: ['IRN', 'RUS', '--since', '2026-03-01'], expected: [{ period: '2026-03', ...CRITICISM }] },
  { name: 'an actor with no events with the other', args: ['IRN', 'CHN'], expected: [] },
];

for (const c of cases) {
  test(`cli dyad: ${c.name}`, async () => {
    assert.deepEqual(await periods(ownDb, c.args), c.expected);
  });
}

test('cli dyad: csv has a header and one row per period', async () => {
  const r = await runCli(['dyad', 'IRN', 'RUS', '--db', ownDb, '--format', 'csv']);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines[0], 'period,events,mentions,articles,sources,mean_goldstein,cooperation,conflict,evidence_code,evidence_article,evidence');
  assert.match(lines[1]!, /^2026-02,1,2,2,2,[\d.]+,1,0,057,t-wire,"Iran and Russia signed a long-term gas supply agreement in Moscow on Monday, officials from both countries said."$/);
  assert.match(lines[2]!, /^2026-03,1,1,1,1,-[\d.]+,0,1,111,t-row,"Iran criticised Russia on Wednesday over a sharp rise in the price of wheat shipments, saying/);
  assert.equal(lines.length, 3);
});

test('cli dyad: the table gives shares and the top evidence', async () => {
  const r = await runCli(['dyad', 'IRN', 'RUS', '--db', ownDb]);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.match(lines[0]!, /^period\s+events\s+mentions\s+articles\s+sources\s+goldstein\s+coop\s+conflict\s+top evidence$/);
  assert.match(lines[2]!, /^2026-02\s+1\s+2\s+2\s+2\s+\d+\.\d\d\s+100%\s+0%\s+(IRN→RUS|RUS→IRN) 057: Iran and Russia signed/);
  assert.match(lines[3]!, /^2026-03\s+1\s+1\s+1\s+1\s+-\d+\.\d\d\s+0%\s+100%\s+IRN→RUS 111: Iran criticised Russia/);
});

test('cli dyad: --chart writes a well-formed SVG with a bar per kind of event', async () => {
  const out = join(dir, 'chart.svg');
  const r = await runCli(['dyad', 'IRN', 'RUS', '--db', ownDb, '--by', 'week', '--chart', out], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  const svg = readFileSync(out, 'utf8');
  assert.equal(XMLValidator.validate(svg), true);
  assert.match(svg, /<title>IRN – RUS: events by week<\/title>/);
  assert.equal(svg.match(/<rect [^>]*fill="#2e7d32"><title>/g)?.length, 1);
  assert.equal(svg.match(/<rect [^>]*fill="#c62828"><title>/g)?.length, 1);
  assert.equal(svg.match(/<circle /g)?.length, 2);
  assert.match(svg, />2026-W07</);
});

test('cli dyad: on the examples, Iran and Russia have cooperation events in September 2024', async () => {
  const rows = await periods(examplesDb, ['IRN', 'RUS']);
  const september = rows.find((p) => p.period === '2024-09');
  assert.ok(september, JSON.stringify(rows));
  assert.ok(september.events >= 1 && september.cooperation > 0);
});

const bad: readonly { name: string; args: readonly string[]; stderr: RegExp }[] = [
  { name: 'one actor', args: ['IRN'], stderr: /dyad needs two actor codes/ },
  { name: 'three actors', args: ['IRN', 'RUS', 'CHN'], stderr: /dyad needs two actor codes/ },
  { name: 'an actor that is not a code', args: ['IRN', 'R1'], stderr: /expected an actor code/ },
  { name: 'an unknown period', args: ['IRN', 'RUS', '--by', 'year'], stderr: /--by expects one of day, week, month/ },
  { name: 'an unknown modality', args: ['IRN', 'RUS', '--modality', 'asserted,guessed'], stderr: /'guessed' is not one of/ },
  { name: 'an empty modality list', args: ['IRN', 'RUS', '--modality', ','], stderr: /--modality expects/ },
  { name: 'an unknown format', args: ['IRN', 'RUS', '--format', 'xml'], stderr: /--format expects one of table, csv, json/ },
];

for (const c of bad) {
  test(`cli dyad (negative): ${c.name} is a usage error`, async () => {
    const chart = join(dir, `never-${c.name.replace(/\W+/g, '-')}.svg`);
    const r = await runCli(['dyad', ...c.args, '--db', ownDb, '--chart', chart]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, c.stderr);
    assert.equal(r.stdout, '');
    assert.equal(existsSync(chart), false);
  });
}

test('cli dyad (negative): no events between the actors prints so and draws an empty chart', async () => {
  const out = join(dir, 'empty.svg');
  const r = await runCli(['dyad', 'USA', 'CHN', '--db', ownDb, '--chart', out]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, 'no events between USA and CHN\n');
  assert.match(readFileSync(out, 'utf8'), />no events</);
});
