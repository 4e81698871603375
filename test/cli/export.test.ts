import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { EVENT_COLUMNS } from '../../src/corpus/export/event-columns.js';
import { parseCsv } from '../corpus/export/export-rows.js';
import { writeDyadArticles } from '../corpus/fixtures/dyad-articles.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-export-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const examples = fileURLToPath(new URL('../../examples/', import.meta.url));

const ownDb = join(dir, 'own.db');
await runCli(['ingest', writeDyadArticles(dir, 'own.jsonl'), '--db', ownDb]);
const examplesDb = join(dir, 'examples.db');
await runCli(['ingest', examples, '--db', examplesDb]);

const HEADER = EVENT_COLUMNS.map((c) => c.name);
type Row = Record<string, string>;

async function csvRows(db: string, args: readonly string[] = []): Promise<Row[]> {
  const r = await runCli(['export', 'events', '--db', db, ...args]);
  assert.equal(r.code, 0, r.stderr);
  const [header, ...records] = parseCsv(r.stdout);
  assert.deepEqual(header, HEADER);
  return records.map((rec) => Object.fromEntries(HEADER.map((h, i) => [h, rec[i]!])));
}

async function jsonRows(db: string, args: readonly string[] = []): Promise<Record<string, unknown>[]> {
  const r = await runCli(['export', 'events', '--db', db, '--format', 'jsonl', ...args]);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}

test('cli export events: every stored event once, as CSV with the documented header', async () => {
  const rows = await csvRows(ownDb);
  assert.deepEqual(rows.map((r) => r.event_id).sort(), ['t-copy:0', 't-copy:1', 't-copy:2', 't-row:0', 't-wire:0', 't-wire:1', 't-wire:2']);
  const row = rows.find((r) => r.event_id === 't-row:0')!;
  assert.deepEqual(
    [row.date, row.date_text, row.date_source, row.published, row.source_name, row.source_code, row.source_country, row.target_code, row.target_country],
    ['2026-03-18', 'Wednesday', 'clause', '2026-03-18', 'Iran', 'IRN', 'IRN', 'RUS', 'RUS'],
  );
  assert.deepEqual([row.cameo_code, row.cameo_root, row.quad_class, row.goldstein, row.plover, row.modality, row.claim_index, row.outlet], ['111', '11', '3', '-2', 'ACCUSE', 'asserted', '', 'Levant Times']);
  assert.match(row.evidence!, /^Iran criticised Russia on Wednesday over a sharp rise in the price of wheat shipments, saying Moscow/);
});

test('cli export events: a copy shares its original’s story and names it; claimed events carry their source', async () => {
  const rows = await csvRows(ownDb, ['--code', '057']);
  assert.equal(rows.length, 4);
  const wire = rows.filter((r) => r.article_id === 't-wire');
  const copy = rows.filter((r) => r.article_id === 't-copy');
  assert.equal(wire.length, 2);
  assert.deepEqual(new Set(copy.map((r) => r.copy_of)), new Set(['t-wire']));
  assert.deepEqual(new Set(wire.map((r) => r.copy_of)), new Set(['']));
  assert.equal(new Set(rows.map((r) => r.story)).size, 1);
  assert.match(rows[0]!.story!, /^\d+$/);
  for (const r of rows) {
    assert.deepEqual([r.modality, r.claim_index, r.claim_stance, r.location, r.location_country], ['reported', '0', 'asserts', 'Moscow', 'RUS']);
    assert.match(r.claim_source!, /officials/);
  }
});

const filters: readonly { name: string; args: readonly string[]; keeps: (r: Row) => boolean; none?: true }[] = [
  { name: '--actor and --code', args: ['--actor', 'IRN', '--code', '11'], keeps: (r) => r.cameo_root === '11' },
  { name: '--since', args: ['--since', '2026-03'], keeps: (r) => r.article_id === 't-row' },
  { name: '--until with --code', args: ['--until', '2026-02', '--code', '05'], keeps: (r) => r.cameo_root === '05' },
  { name: '--modality', args: ['--modality', 'expected'], keeps: (r) => r.modality === 'expected' },
  { name: 'a filter nothing passes', args: ['--actor', 'CHN'], keeps: () => false, none: true },
];

for (const f of filters) {
  test(`cli export events: ${f.name} keeps the events it names`, async () => {
    const wanted = (await csvRows(ownDb)).filter(f.keeps).map((r) => r.event_id);
    assert.equal(wanted.length === 0, f.none === true);
    assert.deepEqual((await csvRows(ownDb, f.args)).map((r) => r.event_id), wanted);
  });
}

test('cli export events: JSON Lines has the same columns, typed, and the same events as CSV', async () => {
  const json = await jsonRows(ownDb);
  const csv = await csvRows(ownDb);
  assert.deepEqual(json.map((o) => o.event_id), csv.map((r) => r.event_id));
  assert.deepEqual(Object.keys(json[0]!), HEADER);
  const row = json.find((o) => o.event_id === 't-row:0')!;
  assert.deepEqual([row.event_index, row.quad_class, row.goldstein, row.claim_index, row.copy_of], [0, 3, -2, null, null]);
});

test('cli export events: on the examples, a claimed event names who claims it', async () => {
  const rows = await jsonRows(examplesDb, ['--actor', 'PRK', '--code', '07']);
  assert.ok(rows.length >= 1, 'an event of North Korean aid to Russia');
  assert.deepEqual([rows[0]!.source_code, rows[0]!.target_code, rows[0]!.modality, rows[0]!.claim_source], ['PRKGOV', 'RUS', 'reported', 'National Intelligence Service']);
});

test('cli export events: --out writes the file and nothing to stdout', async () => {
  const r = await runCli(['export', 'events', '--db', ownDb, '--out', 'events.csv'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.equal(parseCsv(readFileSync(join(dir, 'events.csv'), 'utf8')).length, 8);
  const again = await runCli(['export', 'events', '--db', ownDb, '--out', 'events.csv', '--since', '2026-03'], { cwd: dir });
  assert.equal(again.code, 0, again.stderr);
  assert.equal(parseCsv(readFileSync(join(dir, 'events.csv'), 'utf8')).length, 2, 'a second export replaces the file');
});

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['node', 'edge', 'attvalue', 'data'].includes(name) });
type Attrs = Record<string, string>;
type GexfItem = Attrs & { attvalues: { attvalue: Attrs[] } };

function gexf(xml: string): { nodes: GexfItem[]; edges: GexfItem[] } {
  assert.equal(XMLValidator.validate(xml), true);
  const doc = parser.parse(xml) as { gexf: { graph: { nodes: { node?: GexfItem[] } | ''; edges: { edge?: GexfItem[] } | '' } } };
  const { nodes, edges } = doc.gexf.graph;
  return { nodes: (nodes && nodes.node) || [], edges: (edges && edges.edge) || [] };
}

function attvalues(x: GexfItem): Attrs {
  return Object.fromEntries(x.attvalues.attvalue.map((v) => [v.for, v.value]));
}

test('cli export graph: GEXF of countries with named nodes and weighted dyads', async () => {
  const r = await runCli(['export', 'graph', '--db', ownDb]);
  assert.equal(r.code, 0, r.stderr);
  const { nodes, edges } = gexf(r.stdout);
  assert.deepEqual(nodes.map((n) => [n.id, n.label]).sort(), [['IRN', 'Iran'], ['RUS', 'Russia']]);
  const byDyad: Record<string, Attrs> = Object.fromEntries(edges.map((e) => [`${e.source}>${e.target}`, { weight: e.weight!, ...attvalues(e) }]));
  assert.deepEqual(Object.keys(byDyad).sort(), ['IRN>RUS', 'RUS>IRN']);
  assert.equal(byDyad['IRN>RUS']!.verbal_conflict, '1');
  assert.equal(Number(byDyad['IRN>RUS']!.weight), Number(byDyad['IRN>RUS']!.events));
});

test('cli export graph: GraphML at actor level, to a file', async () => {
  const r = await runCli(['export', 'graph', '--db', examplesDb, '--format', 'graphml', '--level', 'actor', '--out', 'actors.graphml'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  const xml = readFileSync(join(dir, 'actors.graphml'), 'utf8');
  assert.equal(XMLValidator.validate(xml), true);
  const doc = parser.parse(xml) as { graphml: { graph: { node: Attrs[]; edge: (Attrs & { data: Attrs[] })[] } } };
  const ids = doc.graphml.graph.node.map((n) => n.id);
  assert.ok(ids.includes('RUSGOV') && ids.includes('IRNGOV'), ids.join(' '));
  assert.ok(doc.graphml.graph.edge.some((e) => e.source === 'RUSGOV' && e.target === 'IRNGOV'));
  for (const e of doc.graphml.graph.edge) assert.ok(ids.includes(e.source!) && ids.includes(e.target!));
});

test('cli export graph: --since and --min-events narrow the graph', async () => {
  const all = gexf((await runCli(['export', 'graph', '--db', examplesDb])).stdout);
  const since = gexf((await runCli(['export', 'graph', '--db', examplesDb, '--since', '2025'])).stdout);
  const thick = gexf((await runCli(['export', 'graph', '--db', examplesDb, '--min-events', '3'])).stdout);
  assert.ok(since.edges.length < all.edges.length && since.edges.length > 0);
  assert.ok(thick.edges.length < all.edges.length);
  for (const e of thick.edges) assert.ok(Number(e.weight) >= 3);
});
