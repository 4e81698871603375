import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync, writeFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { analyze } from '../../src/analyze/analyzer.js';
import type { AnalysisRecord } from '../../src/analyze/record.js';
import { readInputs } from '../../src/read/read-inputs.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/analysis-record.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

async function exampleRecords(): Promise<{ origin: string; record: AnalysisRecord }[]> {
  const out: { origin: string; record: AnalysisRecord }[] = [];
  for await (const o of readInputs([new URL('../../examples/', import.meta.url).pathname])) {
    assert.ok(o.ok, o.ok ? '' : o.error.message);
    out.push({ origin: o.article.origin ?? '?', record: analyze(o.article) });
  }
  return out;
}

const records = await exampleRecords();

test('record schema: the examples give records from every reader', () => {
  const origins = records.map((r) => r.origin);
  for (const kind of ['.txt', '.html', 'world.xml', 'atom.xml', 'articles.jsonl']) {
    assert.ok(origins.some((o) => o.includes(kind)), `no example read from ${kind}`);
  }
  assert.ok(records.length >= 20, `only ${records.length} example articles`);
});

for (const { origin, record } of records) {
  test(`record schema: ${path.basename(origin)} validates and every span holds its text`, () => {
    assert.ok(validate(record), JSON.stringify(validate.errors?.slice(0, 3)));
    const text = record.document.text;
    const spans: { where: string; start: number; end: number; text?: string }[] = [];
    record.entities.forEach((e, i) => e.mentions.forEach((m, j) => spans.push({ where: `entities[${i}].mentions[${j}]`, ...m })));
    record.quotes.forEach((q, i) => spans.push({ where: `quotes[${i}]`, ...q }));
    record.claims.forEach((c, i) => spans.push({ where: `claims[${i}]`, ...c }));
    record.times.forEach((t, i) => spans.push({ where: `times[${i}]`, ...t }));
    record.quality.boilerplate.forEach((b, i) => spans.push({ where: `boilerplate[${i}]`, ...b }));
    record.events.forEach((e, i) => {
      spans.push({ where: `events[${i}].sentence`, ...e.sentence, text: e.evidence });
    });
    for (const s of spans) {
      assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${s.where}: bad span ${s.start}..${s.end}`);
      if (s.text !== undefined) assert.equal(text.slice(s.start, s.end), s.text, s.where);
    }
    const ids = new Set(record.entities.map((e) => e.id));
    assert.equal(ids.size, record.entities.length, 'entity ids repeat');
    const refs = [
      ...record.quotes.map((q) => q.speaker),
      ...record.claims.flatMap((c) => [c.source.entity, c.via?.entity ?? null]),
      ...record.events.flatMap((e) => [e.source.entity, e.target?.entity ?? null]),
    ];
    for (const r of refs) if (r !== null) assert.ok(ids.has(r), `reference to missing entity ${r}`);
    for (const e of record.events) if (e.claim !== null) assert.ok(record.claims[e.claim], `event claim ${e.claim} missing`);
  });
}

const checker = new URL('../../../shared/tools/check-record.mjs', import.meta.url).pathname;
test('record schema: the shared outside checker finds no problem in the example records', { skip: existsSync(checker) ? false : `skipped: ${checker} not found` }, () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ng-rec-')), 'records.jsonl');
  writeFileSync(file, records.map((r) => JSON.stringify(r.record)).join('\n'));
  const out = execFileSync(process.execPath, [checker, file], { encoding: 'utf8' });
  assert.match(out, new RegExp(`^${records.length} records, 0 problems$`, 'm'));
});
