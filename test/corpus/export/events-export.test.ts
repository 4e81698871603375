import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EVENT_COLUMNS } from '../../../src/corpus/export/event-columns.js';
import { csvField, eventsCsv } from '../../../src/corpus/export/events-csv.js';
import { eventsJsonl } from '../../../src/corpus/export/events-jsonl.js';
import { collect, exportRows, parseCsv, streamOf } from './export-rows.js';

const HEADER = [
  'event_id', 'article_id', 'event_index', 'date', 'date_text', 'date_source', 'published',
  'source_name', 'source_code', 'source_country', 'target_name', 'target_code', 'target_country',
  'cameo_code', 'cameo_root', 'event_label', 'quad_class', 'goldstein', 'plover', 'modality',
  'claim_index', 'claim_source', 'claim_via', 'claim_stance', 'story', 'copy_of',
  'location', 'location_country', 'url', 'outlet', 'title', 'evidence',
];

const rows = exportRows();

test('events export: the column set is the documented one, each column described', () => {
  assert.deepEqual(EVENT_COLUMNS.map((c) => c.name), HEADER);
  for (const c of EVENT_COLUMNS) assert.ok(c.description.length > 10, c.name);
});

const expected: readonly Record<string, string>[] = [
  {
    event_id: 'x-visit:0', date: '2026-05', date_text: 'next month', date_source: 'clause', source_code: 'RUSGOV', source_country: 'RUS',
    target_name: 'Vietnam', target_code: 'VNM', cameo_code: '036', cameo_root: '03', modality: 'expected', claim_index: '0',
    claim_source: 'officials familiar with the preparations', claim_via: '', claim_stance: 'rumor', story: '7', copy_of: '', location: '',
    evidence: 'Russian President Vladimir Putin will visit Vietnam next month, officials familiar with the preparations said on Monday.',
  },
  {
    event_id: 'x-visit:1', date: '2026-04-02', date_text: 'Thursday', source_code: 'RUSGOV', target_code: 'CHNGOV', target_country: 'CHN',
    cameo_code: '040', quad_class: '1', plover: 'CONSULT', modality: 'asserted', claim_index: '', claim_source: '', claim_stance: '',
    location: 'Beijing', location_country: 'CHN', url: 'https://example.org/world/putin-vietnam?ref=a,b', outlet: 'Example Wire',
    evidence: 'Putin met Chinese President Xi Jinping in Beijing on Thursday, and the two leaders discussed "energy, trade and security" cooperation.',
  },
];

test('events CSV: a header record, then one record per event that reads back to its values', async () => {
  const csv = await collect(eventsCsv(streamOf(rows)));
  const records = parseCsv(csv);
  assert.deepEqual(records[0], HEADER);
  assert.equal(records.length, 3);
  for (const [i, want] of expected.entries()) {
    const got = Object.fromEntries(HEADER.map((h, j) => [h, records[i + 1]![j]]));
    for (const [k, v] of Object.entries(want)) assert.equal(got[k], v, `${i}.${k}`);
  }
});

test('events CSV: fields with commas and quotes are quoted with quotes doubled, lines end in CRLF', async () => {
  const csv = await collect(eventsCsv(streamOf(rows)));
  assert.ok(csv.includes(',"Putin met Chinese President Xi Jinping in Beijing on Thursday, and the two leaders discussed ""energy, trade and security"" cooperation."\r\n'));
  assert.ok(csv.includes(',"https://example.org/world/putin-vietnam?ref=a,b",'));
  assert.equal(csv.split('\r\n').length, 4);
  assert.doesNotMatch(csv.replace(/\r\n/g, ''), /\n/);
});

const fields: readonly { value: string | number | null; csv: string }[] = [
  { value: null, csv: '' },
  { value: -4.5, csv: '-4.5' },
  { value: 'plain words', csv: 'plain words' },
  { value: 'a, b', csv: '"a, b"' },
  { value: 'he said "no"', csv: '"he said ""no"""' },
  { value: 'two\nlines', csv: '"two\nlines"' },
  { value: 'carriage\rreturn', csv: '"carriage\rreturn"' },
];

for (const f of fields) {
  test(`csv field: ${JSON.stringify(f.value)}`, () => assert.equal(csvField(f.value), f.csv));
}

test('events JSON Lines: one object per event with every column as a key, typed', async () => {
  const lines = (await collect(eventsJsonl(streamOf(rows)))).split('\n');
  assert.equal(lines.pop(), '');
  assert.equal(lines.length, 2);
  const objects = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.deepEqual(Object.keys(objects[0]!), HEADER);
  assert.equal(objects[0]!.event_index, 0);
  assert.equal(objects[0]!.claim_index, 0);
  assert.equal(objects[0]!.claim_stance, 'rumor');
  assert.equal(objects[0]!.story, 7);
  assert.equal(objects[1]!.claim_source, null);
  assert.equal(objects[1]!.quad_class, 1);
  assert.equal(typeof objects[1]!.goldstein, 'number');
  assert.equal(objects[1]!.evidence, rows[1]!.event.evidence);
});
