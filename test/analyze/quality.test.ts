import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../src/analyze/document.js';
import { loadQualityPatterns } from '../../src/analyze/quality/quality-patterns.js';
import { qualityStage } from '../../src/analyze/quality/quality-stage.js';
import { tokensStage } from '../../src/analyze/tokens/tokens-stage.js';

const stage = qualityStage(loadQualityPatterns());
const run = (text: string) => stage.run(tokensStage.run(createDoc(text))).quality;

const LEAD = 'Ministers from both countries met in Baku on Monday to discuss a new gas pipeline route.';

const boilerplateCases: readonly { name: string; line: string }[] = [
  { name: 'read also', line: 'Read also: Azerbaijan and Armenia resume border talks' },
  { name: 'read more', line: 'Read more: what the pipeline means for Europe' },
  { name: 'related', line: 'Related: Gas prices fall across the region' },
  { name: 'follow us', line: 'Follow us on Telegram for the latest updates' },
  { name: 'newsletter', line: 'Sign up for our morning newsletter' },
  { name: 'copyright', line: '© 2024 Caspian Daily. All rights reserved.' },
  { name: 'advertisement', line: 'Advertisement' },
  { name: 'reporting credit', line: 'Reporting by Lena Moss; Editing by Tom Ward' },
];

for (const c of boilerplateCases) {
  test(`quality: boilerplate line — ${c.name}`, () => {
    const text = `${LEAD}\n\n${c.line}\n\nThe talks will continue in Ankara next month, officials said.`;
    const q = run(text);
    assert.equal(q.boilerplate.length, 1);
    const b = q.boilerplate[0]!;
    assert.equal(b.text, c.line);
    assert.equal(text.slice(b.start, b.end), c.line);
  });
}

const creditCases: readonly { line: string; contributors: string[]; derivedFrom: string[] }[] = [
  { line: 'Jane Doe contributed to this report.', contributors: ['Jane Doe'], derivedFrom: [] },
  { line: 'Omar Haddad and Lucia Ferri contributed reporting.', contributors: ['Omar Haddad', 'Lucia Ferri'], derivedFrom: [] },
  { line: "CNN's Anna Petrova contributed to this report.", contributors: ['Anna Petrova'], derivedFrom: ['CNN'] },
  { line: 'Additional reporting by Karim Said in Cairo.', contributors: ['Karim Said in Cairo'], derivedFrom: [] },
  { line: 'This article was originally published by Eurasianet.', contributors: [], derivedFrom: ['Eurasianet'] },
  { line: 'With AFP.', contributors: [], derivedFrom: ['AFP'] },
];

for (const c of creditCases) {
  test(`quality: credits — ${c.line}`, () => {
    const q = run(`${LEAD}\n\n${c.line}`);
    assert.deepEqual(q.contributors, c.contributors);
    assert.deepEqual(q.derivedFrom, c.derivedFrom);
  });
}

const datelineCases: readonly { text: string; outlet: string }[] = [
  { text: 'BAKU (Reuters) - Ministers from both countries met on Monday.', outlet: 'Reuters' },
  { text: 'KYIV, Ukraine (AP) — A drone struck a power station overnight.', outlet: 'AP' },
  { text: '(AFP) - The summit opened with a minute of silence.', outlet: 'AFP' },
];

for (const c of datelineCases) {
  test(`quality: wire dateline credits ${c.outlet}`, () => {
    assert.deepEqual(run(c.text).derivedFrom, [c.outlet]);
  });
}

test('quality: a repeated paragraph points at the one it repeats', () => {
  const p1 = 'The European Union agreed a fourteenth package of sanctions against Russia on Friday.';
  const p2 = 'Hungary had delayed the package for weeks over exemptions for its oil imports.';
  const text = `${p1}\n\n${p2}\n\n${p1}`;
  const q = run(text);
  assert.equal(q.repeatedParagraphs.length, 1);
  const r = q.repeatedParagraphs[0]!;
  assert.equal(text.slice(r.start, r.end), p1);
  assert.equal(r.start, text.lastIndexOf(p1));
  assert.deepEqual(r.repeats, { start: 0, end: p1.length });
});

test('quality: a lightly edited restatement is a repeat', () => {
  const p1 = 'The European Union agreed a fourteenth package of sanctions against Russia on Friday, diplomats said.';
  const p2 = 'Hungary had delayed the package for weeks over exemptions for its oil imports.';
  const p3 = 'The European Union agreed a fourteenth package of sanctions against Russia on Friday, diplomats said on Saturday.';
  const q = run(`${p1}\n\n${p2}\n\n${p3}`);
  assert.equal(q.repeatedParagraphs.length, 1);
});

test('quality: in a long live blog whose updates share an opening, only the restated updates are repeats', () => {
  const towns = ['Kharkiv', 'Odesa', 'Dnipro', 'Sumy', 'Poltava', 'Kherson', 'Mykolaiv', 'Zaporizhzhia', 'Chernihiv', 'Lviv'];
  const events = [
    'drones struck an energy facility',
    'a missile hit a residential block',
    'air defence units downed two cruise missiles',
    'rescuers pulled three people from the rubble',
    'power was restored to most homes',
    'a school was damaged by falling debris',
    'trains were delayed by up to two hours',
  ];
  const updates = events.flatMap((event) => towns.map((town) => `the regional administration said on Telegram that in ${town} ${event} overnight.`));
  const paragraphs = updates.map((u, i) => `Update ${i + 1}: ${u}`);
  const edited = paragraphs[2]!.replace('overnight.', 'overnight, police said.');
  const text = [...paragraphs, edited, paragraphs[67]!].join('\n\n');
  const q = run(text);
  const starts = paragraphs.map((p) => text.indexOf(p));
  assert.deepEqual(
    q.repeatedParagraphs.map((r) => [text.slice(r.start, r.end), r.repeats.start]),
    [
      [edited, starts[2]],
      [paragraphs[67], starts[67]],
    ],
  );
});
