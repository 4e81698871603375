import { test } from 'node:test';
import assert from 'node:assert/strict';
import { personEntries, personLine } from '../../src/kb/person-entries.js';

const COUNTRIES: Readonly<Record<string, string>> = { ARG: 'Argentina', BGD: 'Bangladesh', ZAF: 'South Africa' };
const countryName = (iso3: string): string | undefined => COUNTRIES[iso3];

const CASES = [
  {
    rule: 'a person with a closed role: office and title follow from the sector and the country',
    line: 'a-f-hassan-ariff\tA. F. Hassan Ariff\t\tBGD\tGOV\tGOV:BGD:2008-03-01:2009-01-31',
    expect: {
      id: 'person/a-f-hassan-ariff', name: 'A. F. Hassan Ariff', aliases: [], country: 'BGD', sector: 'GOV',
      roles: [{ office: 'government', title: 'Government official of Bangladesh', country: 'BGD', sector: 'GOV', from: '2008-03-01', to: '2009-01-31' }],
    },
  },
  {
    rule: 'aliases joined by "|", a role still held, roles of several sectors',
    line: 'carlos-saul-menem\tCarlos Saul Menem\tCarlos Menem|Menem\tARG\tELI\tGOV:ARG:1989-07-08:1999-12-10,LEG:ARG:2005-12-10:',
    expect: {
      id: 'person/carlos-saul-menem', name: 'Carlos Saul Menem', aliases: ['Carlos Menem', 'Menem'], country: 'ARG', sector: 'ELI',
      roles: [
        { office: 'government', title: 'Government official of Argentina', country: 'ARG', sector: 'GOV', from: '1989-07-08', to: '1999-12-10' },
        { office: 'legislature', title: 'Legislator of Argentina', country: 'ARG', sector: 'LEG', from: '2005-12-10', to: null },
      ],
    },
  },
  {
    rule: 'no sector and no roles',
    line: 'frederick-willem-de-klerk\tFrederick Willem de Klerk\tF.W. de Klerk\tZAF\t\t',
    expect: { id: 'person/frederick-willem-de-klerk', name: 'Frederick Willem de Klerk', aliases: ['F.W. de Klerk'], country: 'ZAF', sector: null, roles: [] },
  },
];

for (const c of CASES) {
  test(`person entries: ${c.rule}`, () => {
    const [e] = personEntries('people.json', [c.line], countryName, 'a test source');
    assert.deepEqual(
      { id: e!.id, name: e!.name, aliases: e!.aliases, country: e!.country, sector: e!.sector, roles: e!.roles },
      c.expect,
    );
    assert.equal(e!.type, 'PERSON');
    assert.equal(e!.source, 'a test source');
    assert.equal(e!.actor, null);
  });

  test(`person entries: personLine writes back what was read (${c.rule})`, () => {
    const [e] = personEntries('people.json', [c.line], countryName, null);
    assert.equal(personLine({ ...e!, country: e!.country! }), c.line);
  });
}
