import assert from 'node:assert/strict';
import { test } from 'node:test';
import { periodOf, periodsBetween, type PeriodUnit } from '../../src/corpus/period.js';

const cases: readonly { value: string | null; unit: PeriodUnit; expected: string | null }[] = [
  { value: '2026-02-10', unit: 'day', expected: '2026-02-10' },
  { value: '2026-02-10T23:30:00Z', unit: 'day', expected: '2026-02-10' },
  { value: '2026-02-10', unit: 'month', expected: '2026-02' },
  { value: '2026-02-10', unit: 'week', expected: '2026-W07' },
  { value: '2021-01-03', unit: 'week', expected: '2020-W53' },
  { value: '2024-12-30', unit: 'week', expected: '2025-W01' },
  { value: '2026-03', unit: 'day', expected: '2026-03-01' },
  { value: '2026-W12', unit: 'month', expected: '2026-03' },
  { value: 'last spring', unit: 'month', expected: null },
  { value: null, unit: 'day', expected: null },
  { value: '2026-02-30', unit: 'day', expected: null },
];

for (const c of cases) {
  test(`period: ${String(c.value)} by ${c.unit}`, () => {
    assert.equal(periodOf(c.value, c.unit), c.expected);
  });
}

const ranges: readonly { first: string; last: string; unit: PeriodUnit; expected: readonly string[] }[] = [
  { first: '2025-11', last: '2026-02', unit: 'month', expected: ['2025-11', '2025-12', '2026-01', '2026-02'] },
  { first: '2025-W52', last: '2026-W02', unit: 'week', expected: ['2025-W52', '2026-W01', '2026-W02'] },
  { first: '2024-02-28', last: '2024-03-01', unit: 'day', expected: ['2024-02-28', '2024-02-29', '2024-03-01'] },
  { first: '2026-03', last: '2026-01', unit: 'month', expected: [] },
];

for (const c of ranges) {
  test(`period: from ${c.first} to ${c.last}`, () => {
    assert.deepEqual(periodsBetween(c.first, c.last, c.unit), c.expected);
  });
}
