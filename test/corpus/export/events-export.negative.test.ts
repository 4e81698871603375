import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventsCsv } from '../../../src/corpus/export/events-csv.js';
import { eventsJsonl } from '../../../src/corpus/export/events-jsonl.js';
import { collect, exportRows, parseCsv, streamOf } from './export-rows.js';

test('events CSV (negative): no events is the header alone', async () => {
  const csv = await collect(eventsCsv(streamOf([])));
  assert.equal(parseCsv(csv).length, 1);
  assert.match(csv, /^event_id,article_id,.*,evidence\r\n$/);
});

test('events JSON Lines (negative): no events is no output', async () => {
  assert.equal(await collect(eventsJsonl(streamOf([]))), '');
});

test('events CSV (negative): a line break inside a field does not start a record', async () => {
  const [row] = exportRows();
  const broken = { ...row!, event: { ...row!.event, evidence: 'first line\r\nsecond, "quoted" line' } };
  const records = parseCsv(await collect(eventsCsv(streamOf([broken]))));
  assert.equal(records.length, 2);
  assert.equal(records[1]!.at(-1), 'first line\r\nsecond, "quoted" line');
});

test('events export (negative): an actor without a code or target leaves those cells empty', async () => {
  const [row] = exportRows();
  const bare = { ...row!, event: { ...row!.event, source: { entity: null, name: 'Unknown gunmen', actor: null }, target: null, date: null, dateSource: null }, sourceCountry: null, targetCountry: null };
  const [header, record] = parseCsv(await collect(eventsCsv(streamOf([bare]))));
  const got = Object.fromEntries(header!.map((h, i) => [h, record![i]]));
  assert.deepEqual([got.source_name, got.source_code, got.source_country, got.target_name, got.target_code, got.date, got.date_source], ['Unknown gunmen', '', '', '', '', '', '']);
  const json = JSON.parse(await collect(eventsJsonl(streamOf([bare])))) as Record<string, unknown>;
  assert.deepEqual([json.source_code, json.target_name, json.date], [null, null, null]);
});
