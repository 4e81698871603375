import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { collect, type Flat } from './support.js';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const txt = readdirSync(examples).filter((f) => f.endsWith('.txt')).map((f) => `${examples}${f}`);
const BOILERPLATE = /^(?:advertisement|read also|related\b|sign up|share (?:this|on)|get the .* briefing|we use cookies)/im;

interface Case {
  readonly name: string;
  readonly inputs: readonly string[];
  /** Checks one article; every outcome must be an article. */
  readonly check: (article: Flat, index: number) => void;
}

const cases: readonly Case[] = [
  {
    name: 'text examples: header read, body is the file less its first line, byte for byte',
    inputs: txt,
    check: (a, i) => {
      const file = readFileSync(txt[i]!, 'utf8');
      assert.match(String(a.published), /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(a.title);
      assert.equal(a.text, file.slice(file.indexOf('\n') + 1));
    },
  },
  {
    name: 'JSON Lines example: id and text of every line',
    inputs: [`${examples}articles.jsonl`],
    check: (a, i) => {
      assert.ok(a.id);
      assert.ok(String(a.text).length > 100);
      assert.equal(a.origin, `${examples}articles.jsonl:${i + 1}`);
    },
  },
  {
    name: 'feed examples: every item has a link, a date, a source and clean text',
    inputs: [`${examples}feeds`],
    check: (a) => {
      assert.match(String(a.url), /^https:\/\//);
      assert.match(String(a.published), /^\d{4}-\d{2}-\d{2}T/);
      assert.ok(a.source);
      assert.doesNotMatch(String(a.text), BOILERPLATE);
      assert.doesNotMatch(String(a.text), /<[a-z]/i);
    },
  },
  {
    name: 'HTML examples: metadata found, page furniture and in-article clutter gone',
    inputs: [`${examples}html`],
    check: (a) => {
      for (const key of ['title', 'published', 'source', 'byline', 'url']) assert.ok(a[key], key);
      assert.doesNotMatch(String(a.text), BOILERPLATE);
      assert.doesNotMatch(String(a.text), /cookies|inbox|euros\. Limited/i);
      assert.ok(String(a.text).split('\n\n').length >= 4);
    },
  },
];

for (const c of cases) {
  test(`examples: ${c.name}`, async () => {
    const got = await collect(c.inputs);
    assert.ok(got.length > 0);
    got.forEach((a, i) => {
      assert.equal(a.ok, true, String(a.message));
      c.check(a, i);
    });
  });
}
