import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenMatches } from '../../src/server/token-matches.js';

const tokens: readonly [presented: string, expected: string, match: boolean][] = [
  ['s3cret-token-value', 's3cret-token-value', true],
  ['s3cret-token-valu', 's3cret-token-value', false],
  ['s3cret-token-value-and-more', 's3cret-token-value', false],
  ['S3CRET-TOKEN-VALUE', 's3cret-token-value', false],
  ['', 's3cret-token-value', false],
];

for (const [presented, expected, match] of tokens) {
  test(`tokenMatches('${presented}') is ${match}`, () => assert.equal(tokenMatches(presented, expected), match));
}
