import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toIsoDate } from '../../src/read/iso-date.js';

const cases: readonly (string | null | undefined)[] = [null, undefined, '', '   ', 'yesterday', 'soon after the war', '2023-02-29', '2024-13-01', '2024-10-11T25:00:00Z', '31 Foo 2024'];

for (const input of cases) {
  test(`toIsoDate gives null for ${JSON.stringify(input)}`, () => assert.equal(toIsoDate(input), null));
}
