import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadKnowledgeBase } from '../../src/kb/knowledge-base.js';
import { officeHolder } from '../../src/kb/office-holder.js';

interface Role {
  readonly office: string;
  readonly title: string;
  readonly country: string;
  readonly from: string;
  readonly to?: string | null;
}

interface Entry {
  readonly id: string;
  readonly roles?: readonly Role[];
  readonly source?: string;
}

const FILES = ['office-holders.json', 'office-holders-extra.json'];
const entries: readonly Entry[] = FILES.flatMap(
  (f) => (JSON.parse(readFileSync(new URL(`../../data/kb/${f}`, import.meta.url), 'utf8')) as { entries: Entry[] }).entries,
);
const kb = loadKnowledgeBase();

/** Whether a date of YYYY, YYYY-MM or YYYY-MM-DD names a real day, month or year. */
function realDate(d: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(d);
  if (!m) return false;
  const [, y, mo = '01', da = '01'] = m;
  const t = new Date(`${y}-${mo}-${da}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === `${y}-${mo}-${da}`;
}

/** The earliest and latest day a date of any precision may stand for. */
function bounds(d: string): readonly [string, string] {
  if (d.length === 4) return [`${d}-01-01`, `${d}-12-31`];
  if (d.length === 7) return [`${d}-01`, new Date(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)), 0)).toISOString().slice(0, 10)];
  return [d, d];
}

interface Span {
  readonly id: string;
  readonly title: string;
  readonly from: string;
  readonly to: string | null;
}

/**
 * Pairs of tenures of one office that surely overlap by more than the day of the handover: the later
 * one starts, at its latest, before the earlier one ends, at its earliest. Acting, caretaker and interim
 * holders may overlap a suspended holder.
 */
function overlaps(spans: readonly Span[]): string[] {
  const found: string[] = [];
  const sorted = [...spans].sort((a, b) => bounds(a.from)[0].localeCompare(bounds(b.from)[0]));
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i]!;
      const b = sorted[j]!;
      if ([a.title, b.title].some((t) => /\b(Acting|Caretaker|Interim)\b/.test(t))) continue;
      const aEnd = a.to === null ? '9999-12-31' : bounds(a.to)[0];
      if (bounds(b.from)[1] < aEnd) found.push(`${a.id} (${a.from}..${a.to ?? ''}) and ${b.id} (${b.from}..${b.to ?? ''})`);
    }
  }
  return found;
}

const DATE_CASES: readonly { readonly date: string; readonly ok: boolean }[] = [
  { date: '2001', ok: true },
  { date: '2001-12', ok: true },
  { date: '2024-02-29', ok: true },
  { date: '2023-02-29', ok: false },
  { date: '2001-13', ok: false },
  { date: '2001-04-31', ok: false },
  { date: '01-04-2001', ok: false },
  { date: '2001-4-1', ok: false },
];

for (const c of DATE_CASES) {
  test(`office-holders: realDate(${c.date}) is ${c.ok}`, () => assert.equal(realDate(c.date), c.ok));
}

const OVERLAP_CASES: readonly { readonly name: string; readonly spans: readonly Span[]; readonly count: number }[] = [
  { name: 'a handover day belongs to both', spans: [{ id: 'a', title: 'President', from: '2001-01-20', to: '2009-01-20' }, { id: 'b', title: 'President', from: '2009-01-20', to: null }], count: 0 },
  { name: 'a month-precise start after a day-precise end in that month', spans: [{ id: 'a', title: 'Minister', from: '2011-09-02', to: '2012-12-26' }, { id: 'b', title: 'Minister', from: '2012-12', to: null }], count: 0 },
  { name: 'a holder still in office when the next starts', spans: [{ id: 'a', title: 'Minister', from: '2010', to: null }, { id: 'b', title: 'Minister', from: '2015-03-01', to: null }], count: 1 },
  { name: 'two tenures a year apart', spans: [{ id: 'a', title: 'Minister', from: '2010-01-01', to: '2012-06-01' }, { id: 'b', title: 'Minister', from: '2011-06-01', to: null }], count: 1 },
  { name: 'an acting holder beside a suspended one', spans: [{ id: 'a', title: 'President', from: '2013-02-25', to: '2017-03-10' }, { id: 'b', title: 'Acting President', from: '2016-12-09', to: '2017-05-10' }], count: 0 },
];

for (const c of OVERLAP_CASES) {
  test(`office-holders: overlaps finds ${c.count} for ${c.name}`, () => assert.equal(overlaps(c.spans).length, c.count));
}

test('office-holders: every date is a real date and no role ends before it starts', () => {
  const bad: string[] = [];
  for (const e of entries) {
    for (const r of e.roles ?? []) {
      if (!realDate(r.from) || (r.to != null && !realDate(r.to))) bad.push(`${e.id}: ${r.from}..${r.to ?? ''}`);
      else if (r.to != null && bounds(r.to)[1] < bounds(r.from)[0]) bad.push(`${e.id}: ends ${r.to} before ${r.from}`);
      if (bounds(r.from)[0] > '2026-12-31') bad.push(`${e.id}: starts in the future (${r.from})`);
    }
  }
  assert.deepEqual(bad, []);
});

test('office-holders: no two people hold one office at once, unless acting', () => {
  const byOffice = new Map<string, Span[]>();
  for (const e of entries) {
    for (const r of e.roles ?? []) {
      const key = `${r.country}|${r.office}`;
      byOffice.set(key, [...(byOffice.get(key) ?? []), { id: e.id, title: r.title, from: r.from, to: r.to ?? null }]);
    }
  }
  const found = [...byOffice].flatMap(([key, spans]) => overlaps(spans).map((o) => `${key}: ${o}`));
  assert.deepEqual(found, []);
});

test('office-holders: every entry with a role names its source, and says whether it was checked', () => {
  const bad: string[] = [];
  for (const e of entries) {
    if (!e.roles?.length) continue;
    const s = e.source ?? '';
    if (s.length < 20) bad.push(`${e.id}: no source`);
    else if (!s.includes('not yet checked') && !/checked \d{4}-\d{2}-\d{2}/.test(s)) bad.push(`${e.id}: neither checked nor marked unchecked`);
  }
  assert.deepEqual(bad, []);
});

test('office-holders: ids are unique within and across the two files', () => {
  const ids = entries.map((e) => e.id);
  assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
});

interface HolderCase {
  readonly country: string;
  readonly office: string;
  readonly date: string;
  readonly id: string;
}

const HOLDERS: readonly HolderCase[] = [
  { country: 'ARG', office: 'president', date: '2001-12-25', id: 'person/adolfo-rodriguez-saa' },
  { country: 'ARG', office: 'president', date: '2002-06-01', id: 'person/eduardo-duhalde' },
  { country: 'ITA', office: 'foreign-minister', date: '2005-06-01', id: 'person/gianfranco-fini' },
  { country: 'ITA', office: 'defence-minister', date: '2000-06-01', id: 'person/sergio-mattarella' },
  { country: 'IND', office: 'foreign-minister', date: '2008-01-01', id: 'person/pranab-mukherjee' },
  { country: 'CAN', office: 'defence-minister', date: '2010-01-01', id: 'person/peter-mackay' },
  { country: 'AUS', office: 'foreign-minister', date: '2011-06-01', id: 'person/kevin-rudd' },
  { country: 'BRA', office: 'foreign-minister', date: '2008-01-01', id: 'person/celso-amorim' },
  { country: 'KOR', office: 'foreign-minister', date: '2005-01-01', id: 'person/ban-ki-moon' },
  { country: 'KOR', office: 'foreign-minister', date: '2025-09-01', id: 'person/cho-hyun' },
  { country: 'MEX', office: 'foreign-minister', date: '2010-01-01', id: 'person/patricia-espinosa' },
  { country: 'IDN', office: 'defence-minister', date: '2021-01-01', id: 'person/prabowo-subianto' },
  { country: 'ZAF', office: 'foreign-minister', date: '2005-01-01', id: 'person/nkosazana-dlamini-zuma' },
  { country: 'JPN', office: 'leader', date: '2024-01-01', id: 'person/fumio-kishida' },
  { country: 'JPN', office: 'monarch', date: '2024-01-01', id: 'person/naruhito' },
  { country: 'SAU', office: 'leader', date: '2010-01-01', id: 'person/abdullah-bin-abdulaziz' },
  { country: 'EGY', office: 'prime-minister', date: '2008-01-01', id: 'person/ahmed-nazif' },
  { country: 'IRQ', office: 'president', date: '2010-01-01', id: 'person/jalal-talabani' },
  { country: 'LBN', office: 'prime-minister', date: '2007-01-01', id: 'person/fouad-siniora' },
  { country: 'PSE', office: 'prime-minister', date: '2010-01-01', id: 'person/salam-fayyad' },
  { country: 'SYR', office: 'defence-minister', date: '2015-01-01', id: 'person/fahd-jassem-al-freij' },
  { country: 'YEM', office: 'prime-minister', date: '2020-01-01', id: 'person/maeen-abdulmalik-saeed' },
  { country: 'ARE', office: 'leader', date: '2010-01-01', id: 'person/khalifa-bin-zayed-al-nahyan' },
  { country: 'KWT', office: 'foreign-minister', date: '2024-06-01', id: 'person/abdullah-al-yahya' },
  { country: 'EST', office: 'leader', date: '2022-01-01', id: 'person/kaja-kallas' },
  { country: 'LTU', office: 'leader', date: '2022-01-01', id: 'person/gitanas-nauseda' },
  { country: 'LVA', office: 'leader', date: '2022-01-01', id: 'person/krisjanis-karins' },
  { country: 'BLR', office: 'prime-minister', date: '2025-06-01', id: 'person/alexander-turchin' },
  { country: 'KAZ', office: 'foreign-minister', date: '2025-10-01', id: 'person/yermek-kosherbayev' },
  { country: 'MDA', office: 'prime-minister', date: '2025-12-01', id: 'person/alexandru-munteanu' },
  { country: 'GEO', office: 'prime-minister', date: '2010-01-01', id: 'person/nika-gilauri' },
  { country: 'ARM', office: 'prime-minister', date: '2010-01-01', id: 'person/tigran-sargsyan' },
  { country: 'AZE', office: 'defence-minister', date: '2010-01-01', id: 'person/safar-abiyev' },
  { country: 'UKR', office: 'president', date: '2014-04-01', id: 'person/oleksandr-turchynov' },
  { country: 'JOR', office: 'prime-minister', date: '2001-01-01', id: 'person/ali-abu-al-ragheb' },
  { country: 'JOR', office: 'prime-minister', date: '2020-01-01', id: 'person/omar-razzaz' },
  { country: 'JOR', office: 'defence-minister', date: '2013-01-01', id: 'person/abdullah-ensour' },
  { country: 'JOR', office: 'defence-minister', date: '2022-01-01', id: 'person/bisher-al-khasawneh' },
  { country: 'JOR', office: 'prime-minister', date: '2025-06-01', id: 'person/jafar-hassan' },
  { country: 'KWT', office: 'prime-minister', date: '2000-01-01', id: 'person/saad-al-abdullah-al-sabah' },
  { country: 'KWT', office: 'prime-minister', date: '2008-01-01', id: 'person/nasser-al-mohammad-al-sabah' },
  { country: 'KWT', office: 'prime-minister', date: '2020-01-01', id: 'person/sabah-al-khalid-al-sabah' },
  { country: 'KWT', office: 'prime-minister', date: '2024-06-01', id: 'person/ahmad-abdullah-al-ahmad-al-sabah' },
  { country: 'BHR', office: 'prime-minister', date: '2020-01-01', id: 'person/khalifa-bin-salman-al-khalifa' },
  { country: 'BHR', office: 'prime-minister', date: '2024-06-01', id: 'person/salman-bin-hamad-al-khalifa' },
  { country: 'BHR', office: 'defence-minister', date: '2005-01-01', id: 'person/khalifa-bin-ahmad-al-khalifa' },
  { country: 'QAT', office: 'prime-minister', date: '2010-01-01', id: 'person/hamad-bin-jassim-al-thani' },
  { country: 'QAT', office: 'prime-minister', date: '2021-01-01', id: 'person/khalid-bin-khalifa-al-thani' },
  { country: 'QAT', office: 'defence-minister', date: '2005-01-01', id: 'person/hamad-bin-khalifa-al-thani' },
  { country: 'LBN', office: 'foreign-minister', date: '2002-01-01', id: 'person/mahmud-hammoud' },
  { country: 'LBN', office: 'defence-minister', date: '2004-01-01', id: 'person/mahmud-hammoud' },
  { country: 'LBN', office: 'foreign-minister', date: '2004-01-01', id: 'person/jean-obeid' },
  { country: 'LBN', office: 'defence-minister', date: '2005-01-01', id: 'person/abdul-rahim-murad' },
  { country: 'PSE', office: 'foreign-minister', date: '2007-05-01', id: 'person/ziad-abu-amr' },
  { country: 'UKR', office: 'foreign-minister', date: '2007-02-15', id: 'person/volodymyr-ohryzko' },
  { country: 'LTU', office: 'prime-minister', date: '2006-06-15', id: 'person/zigmantas-balcytis' },
  { country: 'ARM', office: 'president', date: '2022-02-15', id: 'person/alen-simonyan' },
  { country: 'ARM', office: 'foreign-minister', date: '2021-08-01', id: 'person/armen-grigoryan' },
  { country: 'MDA', office: 'prime-minister', date: '2021-03-01', id: 'person/aureliu-ciocoi' },
  { country: 'MDA', office: 'prime-minister', date: '2015-12-01', id: 'person/gheorghe-brega' },
  { country: 'KOR', office: 'foreign-minister', date: '2010-09-20', id: 'person/shin-kak-soo' },
  { country: 'LTU', office: 'foreign-minister', date: '2010-03-01', id: 'person/audronius-azubalis' },
  { country: 'YEM', office: 'foreign-minister', date: '2017-01-01', id: 'person/abdulmalik-al-mekhlafi' },
];

for (const c of HOLDERS) {
  test(`office-holders: ${c.country} ${c.office} on ${c.date} is ${c.id}`, () => {
    assert.equal(officeHolder(kb, c.country, c.office, c.date)?.entry.id ?? null, c.id);
  });
}
