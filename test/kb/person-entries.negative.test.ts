import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KbFileError } from '../../src/kb/kb-file-error.js';
import { loadKnowledgeBase } from '../../src/kb/knowledge-base.js';
import { personEntries } from '../../src/kb/person-entries.js';

const countryName = (iso3: string): string | undefined => ({ ARG: 'Argentina' })[iso3];
const GOOD = 'carlos-saul-menem\tCarlos Saul Menem\tCarlos Menem\tARG\tELI\tGOV:ARG:1989-07-08:1999-12-10';

const CASES = [
  { rule: 'too few fields', line: 'carlos-saul-menem\tCarlos Saul Menem\tARG\tELI', expected: /6 tab-separated fields/, got: /person 2: 4 fields/ },
  { rule: 'an id with capitals', line: GOOD.replace('carlos-saul-menem', 'Carlos-Menem'), expected: /field id/, got: /person 2 \(Carlos-Menem\)/ },
  { rule: 'an empty name', line: GOOD.replace('Carlos Saul Menem', ''), expected: /field name/, got: /person 2/ },
  { rule: 'an empty alias', line: GOOD.replace('Carlos Menem', 'Carlos Menem|'), expected: /field aliases/, got: /"Carlos Menem\|"/ },
  { rule: 'the same alias twice', line: GOOD.replace('Carlos Menem', 'Carlos Menem|Carlos Menem'), expected: /field aliases different aliases/, got: /person 2/ },
  { rule: 'a country that is not ISO3', line: GOOD.replace('\tARG\t', '\tAR\t'), expected: /field country an ISO3 code/, got: /"AR"/ },
  { rule: 'a country the knowledge base does not know', line: GOOD.replace('\tARG\t', '\tXYZ\t'), expected: /field country a country the knowledge base knows/, got: /"XYZ"/ },
  { rule: 'a sector in lower case', line: GOOD.replace('\tELI\t', '\teli\t'), expected: /field sector/, got: /"eli"/ },
  { rule: 'a role without a start', line: GOOD.replace('GOV:ARG:1989-07-08:1999-12-10', 'GOV:ARG::1999-12-10'), expected: /field roles/, got: /person 2/ },
  { rule: 'a role of a sector without a title', line: GOOD.replace('GOV:ARG', 'ELI:ARG'), expected: /field roles a sector of GOV/, got: /"ELI"/ },
  { rule: 'a role of an unknown country', line: GOOD.replace('GOV:ARG', 'GOV:XYZ'), expected: /field roles a country the knowledge base knows/, got: /"XYZ"/ },
  { rule: 'a role ending before it starts', line: GOOD.replace('1999-12-10', '1980-01-01'), expected: /roles ending after they start/, got: /1989-07-08 to 1980-01-01/ },
];

for (const c of CASES) {
  test(`person entries reject ${c.rule}, naming the file, the person and the field`, () => {
    assert.throws(
      () => personEntries('/kb/people.json', [GOOD, c.line], countryName, null),
      (e: unknown) => e instanceof KbFileError && e.file === '/kb/people.json' && c.expected.test(e.expected) && c.got.test(e.got),
    );
  });
}

const bundled = fileURLToPath(new URL('../../data/kb/', import.meta.url));

test('kb: a people.json of the old entry format or with a bad person is rejected on load', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-people-'));
  cpSync(bundled, dir, { recursive: true });
  const file = path.join(dir, 'people.json');
  writeFileSync(file, JSON.stringify({ version: 'x', entries: [{ id: 'person/a-b', name: 'A B', type: 'PERSON' }] }));
  assert.throws(() => loadKnowledgeBase({ dataDir: dir }), (e: unknown) => e instanceof KbFileError && e.file === file && /people file/.test(e.expected));
  writeFileSync(file, JSON.stringify({ version: 'x', people: ['a-b\tA B\t\tARG\tGOV\tGOV:ARG:2001-01-01:', 'c-d\tC D\t\tARG\tGOV\tGOV:ARG:2001-13'] }));
  assert.throws(() => loadKnowledgeBase({ dataDir: dir }), (e: unknown) => e instanceof KbFileError && e.file === file && /field roles/.test(e.expected) && /person 2 \(c-d\)/.test(e.got));
});
