import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataFileError } from '../../src/data/data-file.js';
import { createDoc, type Doc } from '../../src/analyze/document.js';
import { runPipeline } from '../../src/analyze/pipeline.js';
import { timesStage } from '../../src/analyze/times/times-stage.js';
import { loadTimesLexicon } from '../../src/analyze/times/times-lexicon.js';
import { tokensStage } from '../../src/analyze/tokens/tokens-stage.js';

const run = (text: string, published: string | null = '2024-10-11'): Doc =>
  runPipeline([tokensStage, timesStage], createDoc({ text, published }));

const noTimes: readonly { readonly name: string; readonly text: string }[] = [
  { name: 'a count with a thousands comma', text: 'About 2,000 troops crossed the border.' },
  { name: 'a year-like count of soldiers', text: 'The army sent 1500 soldiers to the coast.' },
  { name: 'a year-like count after a quantity word', text: 'Nearly 2000 of them were never found.' },
  { name: 'a sum of money', text: 'The repair cost $2024 in the end.' },
  { name: 'a percentage', text: 'Prices rose 1999% over the decade.' },
  { name: 'a resolution number', text: 'Resolution 1973 was adopted by the council.' },
  { name: 'a flight number', text: 'Flight 1549 landed on the river.' },
  { name: 'a decimal number', text: 'The index closed at 2008.55 points.' },
  { name: 'march as a noun', text: 'Thousands joined the march on the capital.' },
  { name: 'March as the name of a protest', text: 'Organisers compared it to the March on Washington.' },
  { name: 'May as a modal', text: 'May I ask one more question?' },
  { name: 'may as a verb', text: 'Prices may fall further.' },
  { name: 'May as a surname', text: 'Theresa May met the president.' },
  { name: 'fall as a verb', text: 'Prices fall when supply rises.' },
  { name: 'a season word as a modifier without a cue', text: 'Summer camps reopened for children.' },
  { name: 'ages in the thirties', text: 'Most of the recruits were in their 30s.' },
  { name: 'a football score', text: 'The hosts won 3-2 after a 10-7 vote on the rules.' },
  { name: 'a route number', text: 'Route 2010 was closed for repairs.' },
  { name: 'a date that does not exist', text: 'The letter was dated February 30.' },
  { name: 'an hour without minutes or a.m./p.m.', text: 'The convoy of 12 trucks left at 5 sharp.' },
  { name: 'a clock-like length of a video', text: 'Watch the clip 02:35 Officials spoke later.' },
  { name: 'a screen size', text: 'Screens of 1024*768 or more are needed.' },
  { name: 'a holiday as a modifier', text: 'She checked her Christmas lights twice.' },
  { name: 'quarters of a game', text: 'He scored a touchdown in the third quarter and the game went to overtime.' },
  { name: 'a year-like count before a unit', text: 'The ship carried 1200 tonnes of grain.' },
  { name: 'a quoted two-digit percentage', text: "He claimed '99 percent' support." },
];

for (const c of noTimes) {
  test(`times (negative): ${c.name}`, () => {
    assert.deepEqual(run(c.text).times.map((t) => t.text), []);
  });
}

const unresolved: readonly { readonly name: string; readonly text: string; readonly times: readonly (readonly [string, string | null])[] }[] = [
  { name: 'a weekday without a publication date', text: 'The talks resumed on Tuesday.', times: [['Tuesday', null]] },
  { name: 'relative weeks and months', text: 'Prices rose last week and will fall next month.', times: [['last week', null], ['next month', null]] },
  { name: 'a bare month', text: 'The town fell in July.', times: [['July', null]] },
  { name: 'absolute years still resolve', text: 'The town fell in July 2019, as in 2014.', times: [['July 2019', '2019-07'], ['2014', '2014']] },
];

for (const c of unresolved) {
  test(`times (negative): no publication date: ${c.name}`, () => {
    const doc = run(c.text, null);
    assert.deepEqual(doc.times.map((t) => [t.text, t.value]), c.times.map(([text, value]) => [text, value]));
    for (const t of doc.times) assert.equal(t.range === null, t.value === null);
  });
}

const badLexicons: readonly { readonly name: string; readonly content: string; readonly mention: RegExp }[] = [
  { name: 'not JSON', content: '{ "version": ', mention: /not JSON/ },
  { name: 'no version', content: '{}', mention: /version/ },
  { name: 'a month out of range', content: JSON.stringify({ ...JSON.parse('{}'), version: '1', months: { Smarch: 13 } }), mention: /schema/ },
];

for (const c of badLexicons) {
  test(`times lexicon (negative): ${c.name}`, () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'times-')), 'lexicon.json');
    writeFileSync(file, c.content);
    assert.throws(
      () => loadTimesLexicon(file),
      (e: unknown) => e instanceof DataFileError && e.file === file && c.mention.test(e.message),
    );
  });
}

/** Reads of `doc.tokens` elements while the times stage runs over a tokenised text. */
function tokenReads(text: string): { readonly reads: number; readonly tokens: number; readonly times: number } {
  const doc = tokensStage.run(createDoc({ text, published: '2024-10-11' }));
  let reads = 0;
  const tokens = new Proxy(doc.tokens, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  const times = timesStage.run({ ...doc, tokens }).times.length;
  return { reads, tokens: doc.tokens.length, times };
}

const longRuns: readonly { readonly name: string; readonly text: string; readonly times: number }[] = [
  {
    name: '100,000 numbers in one sentence (was quadratic: 10,000 took 4 s)',
    text: Array.from({ length: 100_000 }, (_, i) => String((i * 7919) % 10_000)).join(' '),
    times: 11_000,
  },
  {
    name: '20,000 clock times after one date in one sentence',
    text: `On March 3, 2024 ${Array.from({ length: 20_000 }, (_, i) => `${(i % 12) + 1} p.m.`).join(' and ')}`,
    times: 20_001,
  },
  {
    name: '20,000 years with tense cues in one sentence',
    text: Array.from({ length: 20_000 }, (_, i) => `was ${1900 + (i % 120)} and will`).join(' '),
    times: 20_000,
  },
];

for (const c of longRuns) {
  test(`times (negative): ${c.name}: work grows with the text, not its square`, { timeout: 120_000 }, () => {
    const { reads, tokens, times } = tokenReads(c.text);
    assert.equal(times, c.times);
    assert.ok(reads <= 40 * tokens, `${reads} token reads for ${tokens} tokens`);
  });
}
