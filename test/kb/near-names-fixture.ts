import type { KbEntry } from '../../src/kb/kb-entry.js';
import { NearNames } from '../../src/kb/near-names.js';
import { normalName } from '../../src/kb/normal-name.js';

/** A knowledge-base entry with only what near-name look-up reads. */
export function entry(id: string, name: string, aliases: readonly string[] = []): KbEntry {
  return { id, name, aliases, type: id.startsWith('person/') ? 'PERSON' : 'GPE', country: null, sector: null, actor: null, roles: [], metonym: false, population: null, source: null };
}

const PEOPLE = [
  entry('person/juvenal-habyarimana', 'Juvenal Habyarimana'),
  entry('person/francois-mitterrand', 'Francois Mitterrand'),
  entry('person/frederic-mitterrand', 'Frederic Mitterrand'),
  entry('person/anna-lindqvist', 'Anna Lindqvist'),
  entry('person/anna-lindqvast', 'Anna Lindqvast'),
  entry('person/carl-petersen', 'Carl Petersen'),
  entry('person/ali-ebadi', 'Ali Ebadi'),
  entry('person/carl-phillips', 'Carl Phillips'),
];

const PLACES = [
  entry('country/AFG', 'Afghanistan'),
  entry('country/PHL', 'Philippines', ['Philippine']),
  entry('people/chechen', 'Chechen', ['Chechens']),
  entry('country/AUT', 'Austria', ['Austrian']),
  entry('country/AUS', 'Australia', ['Australian']),
  entry('country/TUR', 'Turkey', ['Turkish']),
  entry('country/SVN', 'Slovenian'),
  entry('country/SVK', 'Slovakian'),
  entry('bus/siemens', 'Siemens'),
  entry('bus/philips', 'Philips'),
];

/** Near names over a small made-up knowledge base; "ordinary" words are "absolute" and "martin". */
export function nearNames(): NearNames {
  return new NearNames(
    PEOPLE.map((e) => [normalName(e.name), e] as const),
    PLACES,
    (w) => w === 'absolute' || w === 'martin',
  );
}
