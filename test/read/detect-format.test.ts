import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFormat, type InputFormat } from '../../src/read/detect-format.js';

const cases: readonly (readonly [string | null, string | null, string, InputFormat])[] = [
  ['a/b/story.HTM', null, 'plain words', 'html'],
  ['feed.atom', null, '', 'feed'],
  ['notes.md', null, '<html>', 'text'],
  ['x.ndjson', null, 'anything', 'jsonl'],
  [null, 'text/html; charset=utf-8', '{"text":"x"}', 'html'],
  [null, 'application/atom+xml', '', 'feed'],
  [null, 'application/x-ndjson', '', 'jsonl'],
  [null, 'text/plain', '{"id":1,"text":"a"}', 'jsonl'],
  [null, null, '\ufeff  <!DOCTYPE html><html><body></body></html>', 'html'],
  [null, null, '<!-- saved page --><html lang="en">', 'html'],
  [null, null, '<?xml version="1.0"?>\n<rss version="2.0">', 'feed'],
  [null, null, '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', 'html'],
  [null, null, '<feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
  [null, null, 'date 2024-10-11 A title\nBody', 'text'],
  ['README', null, 'Just words.', 'text'],
];

for (const [name, type, head, expected] of cases) {
  test(`detectFormat: ${name ?? type ?? JSON.stringify(head.slice(0, 30))}`, () => assert.equal(detectFormat(name, type, head), expected));
}
