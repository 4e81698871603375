import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFormat } from '../../src/read/detect-format.js';

const texts: readonly string[] = [
  'The mayor wrote <html> on the whiteboard as a joke.',
  'Prices rose; see the table {below} for details.',
  'rss feeds are old but still useful',
  '  < not a tag at all',
];

for (const head of texts) {
  test(`detectFormat keeps prose as text: ${JSON.stringify(head)}`, () => assert.equal(detectFormat(null, null, head), 'text'));
}

test('detectFormat: an unknown content type falls back to sniffing', () => {
  assert.equal(detectFormat(null, 'application/octet-stream', 'Plain words.'), 'text');
});
