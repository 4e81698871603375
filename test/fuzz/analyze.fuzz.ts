import { test } from 'node:test';
import fc from 'fast-check';
import { analyzeChecked, articleText, deep, params, piece } from './fuzz-support.js';

const BIG = { timeout: 600_000 };

test('fuzz analyze: hostile news-like text gives a valid record with valid spans', { timeout: 300_000 }, () => {
  fc.assert(fc.property(articleText(), fc.option(fc.constantFrom('2024-10-11', '2019-02-29', '1999-12-31T23:59:59Z')), (text, published) => {
    analyzeChecked({ text, published });
  }), params(100));
});

test('fuzz analyze: repeated hostile pieces (runs of one mark, name or number)', { timeout: 300_000 }, () => {
  fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 3000 }), (unit, times) => {
    analyzeChecked(unit.join('').repeat(times));
  }), params(40));
});

const cases: readonly { readonly name: string; readonly make: () => string; readonly big?: boolean }[] = [
  { name: 'an article of only quotes', make: () => Array.from({ length: 2000 }, (_, i) => (i % 3 === 0 ? '"Yes," he said.' : i % 3 === 1 ? '“No”' : '"')).join(' ') },
  { name: 'an article of only names', make: () => Array.from({ length: 5000 }, (_, i) => ['John Smith', 'Masoud Pezeshkian', 'Iran', 'Reuters', 'Vladimir Putin'][i % 5]).join(' ') },
  { name: 'an article of only numbers', make: () => Array.from({ length: 10_000 }, (_, i) => String(i * 7919 % 10_000)).join(' ') },
  { name: '100k spaces, quotes, capitals, hyphens, digits, dots, apostrophes', make: () => [' ', '"', 'A', '-', '1', '.', "'", '“', 'A.', 'A-'].map((c) => c.repeat(10_000)).join('x') },
  { name: '50,000 paragraphs', make: () => Array.from({ length: 50_000 }, (_, i) => `Paragraph ${i} says Iran met Russia on Monday.`).join('\n\n') },
  { name: 'mixed newlines', make: () => 'Word said "yes".\r\n\rIran met Russia.\n\r\n'.repeat(5000) },
  { name: 'lone surrogates and BOMs', make: () => '\uFEFF\ud800 Iran \udc00 said "no \ud83d" on Monday.\uFEFF\n\n'.repeat(2000) },
  { name: 'a 1 MB single line', make: () => 'Iran said Russia met the U.S. on 12 March 2024 '.repeat(22_000) },
  { name: 'a 10 MB single line', make: () => 'word Iran said '.repeat(700_000), big: true },
];

for (const c of cases) {
  test(`fuzz analyze: ${c.name}`, { ...BIG, skip: c.big && !deep() ? 'the 10 MB analysis (~40 s) runs when FUZZ_RUNS is set' : false }, () => {
    analyzeChecked({ text: c.make(), published: '2024-10-11' });
  });
}
