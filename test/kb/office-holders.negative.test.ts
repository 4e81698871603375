import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledgeBase } from '../../src/kb/knowledge-base.js';
import { officeHolder } from '../../src/kb/office-holder.js';

const kb = loadKnowledgeBase();

interface NoHolderCase {
  readonly country: string;
  readonly office: string;
  readonly date: string;
  readonly why: string;
}

/** Dates and offices the knowledge base must leave without a holder. */
const NO_HOLDER: readonly NoHolderCase[] = [
  { country: 'LBN', office: 'president', date: '2015-06-01', why: 'the presidency was vacant from May 2014 to October 2016' },
  { country: 'LBN', office: 'president', date: '2023-06-01', why: 'the presidency was vacant from October 2022 to January 2025' },
  { country: 'PSE', office: 'defence-minister', date: '2020-01-01', why: 'the Palestinian Authority has no defence minister' },
  { country: 'TUR', office: 'prime-minister', date: '2020-01-01', why: 'the office was abolished in July 2018' },
  { country: 'USA', office: 'prime-minister', date: '2020-01-01', why: 'the United States has no prime minister' },
  { country: 'QAT', office: 'prime-minister', date: '1995-01-01', why: 'before the covered period' },
  { country: 'PSE', office: 'foreign-minister', date: '2001-01-01', why: 'the Palestinian Authority had no foreign minister before April 2003' },
  { country: 'ARG', office: 'president', date: '1980-01-01', why: 'before the covered period' },
  { country: 'CHN', office: 'defence-minister', date: '2023-11-15', why: 'the post was vacant between Li Shangfu and Dong Jun' },
  { country: 'MDA', office: 'defence-minister', date: '2017-06-01', why: 'the post was vacant for ten months before Eugen Sturza was sworn in in October 2017' },
];

for (const c of NO_HOLDER) {
  test(`office-holders: no ${c.office} of ${c.country} on ${c.date} (${c.why})`, () => {
    assert.equal(officeHolder(kb, c.country, c.office, c.date)?.entry.id ?? null, null);
  });
}

interface LeaderCase {
  readonly country: string;
  readonly date: string;
  readonly id: string;
  readonly not: string;
}

/** "The leader" of a country is its head of state or ruling head, never a minister added beside them. */
const LEADERS: readonly LeaderCase[] = [
  { country: 'JOR', date: '2020-01-01', id: 'person/abdullah-ii', not: 'a prime minister' },
  { country: 'KWT', date: '2024-06-01', id: 'person/mishal-al-ahmad-al-jaber-al-sabah', not: 'a prime minister' },
  { country: 'BHR', date: '2024-06-01', id: 'person/hamad-bin-isa-al-khalifa', not: 'the crown prince and prime minister' },
  { country: 'ARE', date: '2024-06-01', id: 'person/mohamed-bin-zayed-al-nahyan', not: 'the prime minister of Dubai' },
  { country: 'OMN', date: '2024-06-01', id: 'person/haitham-bin-tariq', not: 'a minister' },
  { country: 'EGY', date: '2012-01-01', id: 'person/mohamed-hussein-tantawi', not: 'the prime minister' },
  { country: 'JPN', date: '2024-01-01', id: 'person/fumio-kishida', not: 'the emperor' },
  { country: 'SAU', date: '2024-06-01', id: 'person/salman-bin-abdulaziz', not: 'the crown prince and prime minister' },
  { country: 'QAT', date: '2024-06-01', id: 'person/tamim-bin-hamad-al-thani', not: 'the prime minister' },
  { country: 'QAT', date: '2010-01-01', id: 'person/hamad-bin-khalifa-al-thani', not: 'Hamad bin Jassim, prime minister' },
  { country: 'JOR', date: '2013-01-01', id: 'person/abdullah-ii', not: 'Abdullah Ensour, prime minister and defence minister' },
  { country: 'KWT', date: '2008-01-01', id: 'person/sabah-al-ahmad-al-jaber-al-sabah', not: 'Nasser al-Mohammad, prime minister' },
  { country: 'KWT', date: '2000-01-01', id: 'person/jaber-al-ahmad-al-sabah', not: 'the crown prince and prime minister' },
  { country: 'BHR', date: '2010-01-01', id: 'person/hamad-bin-isa-al-khalifa', not: 'Khalifa bin Salman, prime minister since 1971' },
];

for (const c of LEADERS) {
  test(`office-holders: the leader of ${c.country} on ${c.date} is ${c.id}, not ${c.not}`, () => {
    assert.equal(officeHolder(kb, c.country, 'leader', c.date)?.entry.id ?? null, c.id);
  });
}
