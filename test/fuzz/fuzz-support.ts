import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { analyze } from '../../src/analyze/analyzer.js';
import type { AnalysisRecord } from '../../src/analyze/record.js';
import type { Article } from '../../src/read/article.js';
import { ReadError } from '../../src/read/read-error.js';
import { readInputs, type ReadOptions, type ReadOutcome } from '../../src/read/read-inputs.js';

/** Runs of each property: `FUZZ_RUNS` when set, else the given default. */
export const runs = (fallback: number): number => Number(process.env.FUZZ_RUNS ?? '') || fallback;

/** Whether the run was asked for more than the default (`FUZZ_RUNS` set): the biggest inputs run then only. */
export const deep = (): boolean => process.env.FUZZ_RUNS !== undefined;

/** fast-check parameters: the run count and, when `FUZZ_SEED` is set, the seed to replay. */
export function params(fallback: number): fc.Parameters<unknown> {
  const seed = process.env.FUZZ_SEED;
  return seed ? { numRuns: runs(fallback), seed: Number(seed) } : { numRuns: runs(fallback) };
}

const schema = JSON.parse(readFileSync(new URL('../../schema/analysis-record.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** Asserts a record validates against the schema and every span lies in the text and holds its text. */
export function assertRecord(record: AnalysisRecord): void {
  assert.ok(validate(record), JSON.stringify(validate.errors?.slice(0, 3)));
  const text = record.document.text;
  const spans: { where: string; start: number; end: number; text?: string }[] = [];
  record.entities.forEach((e, i) => e.mentions.forEach((m, j) => spans.push({ where: `entities[${i}].mentions[${j}]`, ...m })));
  record.quotes.forEach((q, i) => spans.push({ where: `quotes[${i}]`, ...q }));
  record.claims.forEach((c, i) => spans.push({ where: `claims[${i}]`, ...c }));
  record.times.forEach((t, i) => spans.push({ where: `times[${i}]`, ...t }));
  record.quality.boilerplate.forEach((b, i) => spans.push({ where: `boilerplate[${i}]`, ...b }));
  record.quality.repeatedParagraphs.forEach((r, i) => {
    spans.push({ where: `repeatedParagraphs[${i}]`, start: r.start, end: r.end });
    spans.push({ where: `repeatedParagraphs[${i}].repeats`, ...r.repeats });
  });
  record.events.forEach((e, i) => spans.push({ where: `events[${i}].sentence`, ...e.sentence, text: e.evidence }));
  for (const s of spans) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${s.where}: offsets not integers`);
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${s.where}: bad span ${s.start}..${s.end} of ${text.length}`);
    if (s.text !== undefined) assert.equal(text.slice(s.start, s.end), s.text, s.where);
  }
}

/** Analyses an article and asserts its record (see {@link assertRecord}) keeps the article's text. */
export function analyzeChecked(article: Article | string): AnalysisRecord {
  const record = analyze(article);
  assert.equal(record.document.text, typeof article === 'string' ? article : article.text);
  assertRecord(record);
  return record;
}

/** Asserts an outcome is an article with text or a typed read error. */
export function assertOutcome(o: ReadOutcome): void {
  if (o.ok) assert.equal(typeof o.article.text, 'string');
  else assert.ok(o.error instanceof ReadError, `untyped error ${String(o.error)}`);
}

/** Every outcome of reading the inputs, each checked by {@link assertOutcome}. */
export async function readAll(inputs: readonly string[], options: ReadOptions = {}): Promise<ReadOutcome[]> {
  const out: ReadOutcome[] = [];
  for await (const o of readInputs(inputs, options)) {
    assertOutcome(o);
    out.push(o);
  }
  return out;
}

/** A fresh temporary folder. */
export const tempDir = (): string => mkdtempSync(path.join(tmpdir(), 'ng-fuzz-'));

/** Writes content to a file `name` in a fresh temporary folder and returns its path. */
export function tempFile(name: string, content: Uint8Array | string): string {
  const file = path.join(tempDir(), name);
  writeFileSync(file, content);
  return file;
}

/** The bytes as a stdin stream cut into chunks at the given offsets (a multi-byte character may straddle a cut). */
export async function* chunked(bytes: Uint8Array, cuts: readonly number[] = []): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut <= at || cut >= bytes.length) continue;
    yield bytes.subarray(at, cut);
    at = cut;
  }
  yield bytes.subarray(at);
}

const PIECES = [
  ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\r', '\r\n\r\n', '\t', '\u00a0', '\u2028', '\uFEFF', '.', ',', ':', ';', '!', '?', '…', '...', '-', '–', '—', '(', ')', '[', ']',
  '"', '"', '“', '”', '‘', '’', "'", '«', '»', '„', 'said', 'says', 'told', 'according to', 'reported', 'denied', 'he', 'she', 'they',
  'President', 'Mr.', 'Dr.', 'U.S.', 'Iran', 'Russia', 'Tehran', 'Moscow', 'Ukraine', 'United Nations', 'NATO', 'Reuters', 'CNN', 'AP',
  'Masoud', 'Pezeshkian', 'John', 'Smith', 'al-Assad', 'Monday', 'last week', 'yesterday', 'March', 'in July', '2024', '1990s', '12', '3.5',
  'attacked', 'met', 'visited', 'accused', 'sanctions', 'the', 'of', 'and', 'in', 'on', 'with', 'contributed to this report', 'Read also:',
  'Reporting by', '(Reuters) -', 'A', 'é', '中文', '😀', '\ud800', '\udc00', '\u0000', '\u200b', '\u202e',
];

/** A piece of news-like hostile text: names, cues, quote marks, dates, odd newlines, lone surrogates. */
export const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

/** Hostile article text up to `maxPieces` pieces long. */
export const articleText = (maxPieces = 150): fc.Arbitrary<string> => fc.array(piece, { maxLength: maxPieces }).map((a) => a.join(''));
