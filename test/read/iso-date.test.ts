import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toIsoDate } from '../../src/read/iso-date.js';

const cases: readonly (readonly [string, string])[] = [
  ['2024-10-11', '2024-10-11'],
  ['2024-10-11T09:05:00Z', '2024-10-11T09:05:00Z'],
  ['2024-10-11T09:05:00.123+00:00', '2024-10-11T09:05:00Z'],
  ['2024-10-11T23:30:00+0530', '2024-10-11T23:30:00+05:30'],
  ['2024-10-11 23:30', '2024-10-11T23:30:00'],
  ['Fri, 11 Oct 2024 23:30:00 -0400', '2024-10-11T23:30:00-04:00'],
  ['Fri, 11 Oct 2024 23:30:00 EDT', '2024-10-11T23:30:00-04:00'],
  ['11 Oct 2024 08:00 GMT', '2024-10-11T08:00:00Z'],
  ['Sat, 01 Jun 24 10:00:00 +0000', '2024-06-01T10:00:00Z'],
  ['3 September 2024', '2024-09-03'],
  ['  2024-02-29  ', '2024-02-29'],
  ['October 11, 2024 10:00 UTC', '2024-10-11T10:00:00Z'],
];

for (const [input, expected] of cases) {
  test(`toIsoDate: ${JSON.stringify(input)}`, () => assert.equal(toIsoDate(input), expected));
}

test('toIsoDate: a date without a zone does not move with the machine time zone', () => {
  assert.equal(toIsoDate('October 11, 2024'), '2024-10-11');
  assert.equal(toIsoDate('October 11, 2024 23:45'), '2024-10-11T23:45:00');
});
