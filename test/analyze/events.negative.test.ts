import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataFileError } from '../../src/data/data-file.js';
import { loadCameoCodebook } from '../../src/analyze/events/cameo-codebook.js';
import { loadVerbPatterns } from '../../src/analyze/events/verb-patterns.js';
import { codeEvents, E, type DocSpec, type EntitySpec } from './events-fixture.js';
import { analyze } from '../../src/index.js';

const gpe = (text: string, country: string): EntitySpec => ({ text, type: 'GPE', country });
const norp = (text: string, country: string): EntitySpec => ({ text, type: 'NORP', country });

interface NoEventCase {
  readonly name: string;
  readonly text: string;
  readonly spec: DocSpec;
  /** The codes the sentence may yield (none when absent). */
  readonly only?: readonly string[];
}

const NO_EVENTS: readonly NoEventCase[] = [
  {
    name: 'a building with no sector is no actor',
    text: 'The Eiffel Tower praised Germany.',
    spec: { entities: [{ text: 'Eiffel Tower', type: 'FAC', country: 'FRA' }, gpe('Germany', 'DEU')] },
  },
  { name: 'metaphor: markets attacking a currency', text: 'London markets attacked the pound after the budget.', spec: { entities: [gpe('London', 'GBR')] } },
  {
    name: 'sport: a striker shooting past a keeper',
    text: 'The Brazilian striker shot past the German keeper.',
    spec: { entities: [norp('Brazilian', 'BRA'), norp('German', 'DEU')] },
  },
  { name: 'sport: a team beating another', text: 'Spain beat Germany in the final.', spec: { entities: [gpe('Spain', 'ESP'), gpe('Germany', 'DEU')] } },
  { name: 'a critic attacking a budget', text: 'Critics attacked the Iranian budget.', spec: { entities: [E.iranian] } },
  { name: 'plain speech is a claim, not an event', text: 'Iran said Russia is a reliable partner.', spec: { entities: [E.iran, E.russia] } },
  { name: 'a dyadic verb without a target', text: 'Russia attacked at dawn.', spec: { entities: [E.russia] } },
  { name: 'no actors at all', text: 'The convoy was attacked near the border.', spec: {} },
  { name: 'a noun after an adjective is not a verb', text: 'It was the worst attack in Israel since 1973.', spec: { entities: [E.israel] } },
  { name: 'an adjectival participle is no speech boundary or event', text: 'The alleged plot shocked Ukraine.', spec: { entities: [E.ukraine] } },
  {
    name: 'a participle modifying a noun is no verb of the subject',
    text: 'Armenia and Azerbaijan are guilty of breaching the agreement signed in 2020.',
    spec: { entities: [gpe('Armenia', 'ARM'), gpe('Azerbaijan', 'AZE')] },
  },
  {
    name: 'a national team is no actor',
    text: 'The Brazilian team attacked the Argentine defence.',
    spec: { entities: [norp('Brazilian', 'BRA'), norp('Argentine', 'ARG')] },
  },
  { name: 'sport: a team crushing a country\'s side', text: 'The champions crushed Portugal in the semi-final.', spec: { entities: [gpe('Portugal', 'PRT')] } },
  { name: 'sport: a score line', text: 'Brazil thrashed Argentina 3-0 on Sunday.', spec: { entities: [gpe('Brazil', 'BRA'), gpe('Argentina', 'ARG')] } },
  { name: 'sport: a rugby final', text: 'France beat England in the rugby final.', spec: { entities: [gpe('France', 'FRA'), gpe('England', 'GBR')] } },
  { name: 'metaphor: investors attacking a currency', text: 'Investors attacked the Russian rouble after the announcement.', spec: { entities: [E.russian] } },
  { name: 'metaphor: weather hitting countries', text: 'The heatwave hit Spain and Portugal last week.', spec: { entities: [gpe('Spain', 'ESP'), gpe('Portugal', 'PRT')] } },
  { name: 'metaphor: a storm striking an island', text: 'The storm struck Cuba on Monday.', spec: { entities: [gpe('Cuba', 'CUB')] } },
  { name: 'metaphor: a film attacking a culture', text: 'The Japanese film attacked American consumerism.', spec: { entities: [norp('Japanese', 'JPN'), norp('American', 'USA')] } },
  { name: 'metaphor: inflation killing an economy', text: 'Inflation is killing the Turkish economy.', spec: { entities: [norp('Turkish', 'TUR')] } },
  {
    name: 'a new subject after "and" is no target of the verb before it',
    text: 'The Russian army shelled villages and Ukrainian forces responded.',
    spec: { entities: [E.russian, norp('Ukrainian', 'UKR')] },
  },
  { name: 'police blocking streets are no crowd of protesters', text: 'Police blocked streets in Paris.', spec: { entities: [gpe('Paris', 'FRA')] } },
  { name: 'fighting in a place has no actors', text: 'The fighting in Gaza continued.', spec: { entities: [gpe('Gaza', 'PSE')] } },
  { name: 'a fight against an abstract foe', text: 'Kenya stepped up its fight against corruption.', spec: { entities: [gpe('Kenya', 'KEN')] } },
  { name: 'a name that contains a trigger word', text: 'Iran Air flights resumed to Moscow.', spec: { entities: [{ text: 'Iran Air', type: 'ORG', country: 'IRN' }, E.moscow] } },
  {
    name: 'an act asked of someone is not done by them: only the appeal',
    text: 'Britain asked France to extradite the suspect to Spain.',
    spec: { entities: [gpe('Britain', 'GBR'), gpe('France', 'FRA'), gpe('Spain', 'ESP')] },
    only: ['020'],
  },
  { name: 'the topic of a discussion is no partner', text: 'Iran discussed the Russian proposal.', spec: { entities: [E.iran, E.russian] } },
  { name: 'a call for calm names no target', text: 'France called for calm.', spec: { entities: [gpe('France', 'FRA')] } },
  { name: 'testing a train is no show of force', text: 'Japan tested a new high-speed train.', spec: { entities: [gpe('Japan', 'JPN')] } },
  { name: 'returning home is no return of people', text: 'The Iranian president returned to Tehran on Sunday.', spec: { entities: [E.iranian, E.tehran] } },
  { name: 'a sports side taking to the field', text: 'The Indian team took to the field in Mumbai.', spec: { entities: [norp('Indian', 'IND'), gpe('Mumbai', 'IND')] } },
  { name: 'a gathering for a purpose that is no event', text: 'Iranian students gathered in Moscow for the festival.', spec: { entities: [E.iranian, E.moscow] } },
  { name: 'talks as a purpose with a single party and no partner', text: 'Iranian diplomats gathered in Tehran for talks.', spec: { entities: [E.iranian, E.tehran] } },
  {
    name: 'the act demanded under "must" is not asserted as done',
    text: 'Russia said that Sudan must attack the rebels in Darfur.',
    spec: { entities: [E.russia, gpe('Sudan', 'SDN'), gpe('Darfur', 'SDN')] },
    only: ['100'],
  },
  { name: 'ordering troops to a place names no one ordered', text: 'Russia ordered troops to the border.', spec: { entities: [E.russia] } },
  {
    name: 'the country an order is about is not the one ordered: only the act ordered',
    text: 'Russia ordered its troops to attack Ukraine.',
    spec: { entities: [E.russia, E.ukraine] },
    only: ['190'],
  },
  { name: 'an order of a thing is no demand on the place it concerns', text: 'The court ordered the closure of the road to Kabul.', spec: { entities: [gpe('Kabul', 'AFG')] } },
  {
    name: 'an act ordered of someone is not done by them: only the demand',
    text: 'Turkey ordered Syria to release the detained journalists.',
    spec: { entities: [gpe('Turkey', 'TUR'), gpe('Syria', 'SYR')] },
    only: ['100'],
  },
  { name: 'weapons made with no one to use them against', text: 'Iran is developing nuclear weapons.', spec: { entities: [E.iran] } },
  {
    name: 'where weapons are stockpiled is no target of a threat',
    text: 'The Iraqi army has stockpiled chemical weapons in Basra.',
    spec: { entities: [norp('Iraqi', 'IRQ'), gpe('Basra', 'IRQ')] },
  },
  {
    name: 'a pattern that names its target prepositions takes no place as target',
    text: 'Ukrainian forces received tanks in Kyiv.',
    spec: { entities: [norp('Ukrainian', 'UKR'), E.kyiv] },
  },
  { name: 'metaphor: an attempt to kill a deal', text: 'An attempt to kill the deal failed in Washington.', spec: { entities: [gpe('Washington', 'USA')] } },
  { name: 'training experts is no mobilisation', text: 'Estonia trained its cyber defence experts in Tallinn.', spec: { entities: [gpe('Estonia', 'EST'), gpe('Tallinn', 'EST')] } },
  { name: 'a thing under investigation is no actor', text: 'The proposal came under investigation in Brussels.', spec: { entities: [gpe('Brussels', 'BEL')] } },
  {
    name: 'the place where an agreement is made is no target of it',
    text: 'Iran agreed in Geneva to resume talks with France.',
    spec: { entities: [E.iran, gpe('Geneva', 'CHE'), gpe('France', 'FRA')] },
    only: ['040'],
  },
];

for (const c of NO_EVENTS) {
  test(`events negative: ${c.name}`, () => {
    assert.deepEqual(codeEvents(c.text, c.spec).events.map((e) => e.code), c.only ?? []);
  });
}

test('events negative: a verb in one sentence never takes actors from another', () => {
  const doc = codeEvents('Iran and Russia met last week. They signed a deal on Friday.', { entities: [E.iran, E.russia] });
  assert.ok(doc.events.length > 0);
  const second = doc.sentences[1]!;
  for (const e of doc.events) {
    assert.ok(e.sentence.end <= second.start, `event ${e.code} '${e.trigger?.text}' comes from the second sentence`);
  }
});

test('events negative: background is dated to its own time, not the article date', () => {
  const doc = codeEvents('Since Russia invaded Ukraine in 2022, trade has collapsed.', {
    entities: [E.russia, E.ukraine],
    times: [{ text: 'in 2022', value: '2022' }],
    published: '2024-10-11',
  });
  assert.equal(doc.events.length, 1);
  assert.equal(doc.events[0]!.date?.value, '2022');
  assert.notEqual(doc.events[0]!.dateSource, 'article');
});

test('events negative: background without a time of its own is left undated', () => {
  const doc = codeEvents('Since Russia invaded Ukraine, trade has collapsed.', { entities: [E.russia, E.ukraine] });
  assert.equal(doc.events.length, 1);
  assert.equal(doc.events[0]!.date, null);
});

const HYPOTHETICALS: readonly { readonly text: string; readonly spec: DocSpec }[] = [
  { text: 'If Iran attacked Israel, oil prices would soar.', spec: { entities: [E.iran, E.israel] } },
  { text: 'Analysts asked what would happen if Iran struck Israel.', spec: { entities: [E.iran, E.israel] } },
  { text: 'If China invaded Taiwan, markets could fall.', spec: { entities: [gpe('China', 'CHN'), gpe('Taiwan', 'TWN')] } },
  { text: 'Turkey could attack Syria.', spec: { entities: [gpe('Turkey', 'TUR'), gpe('Syria', 'SYR')] } },
];

for (const c of HYPOTHETICALS) {
  test(`events negative: a hypothetical is never asserted: ${c.text}`, () => {
    const events = codeEvents(c.text, c.spec).events;
    assert.equal(events.length, 1);
    assert.equal(events[0]!.modality, 'hypothetical');
  });
}

test('events negative: a hypothetical is not asserted', () => {
  const doc = codeEvents('If Iran attacked Israel, oil prices would soar.', { entities: [E.iran, E.israel] });
  assert.deepEqual(
    doc.events.map((e) => [e.code, e.modality]),
    [['190', 'hypothetical']],
  );
});

test('events negative: an act not done is negated, a refusal is a rejection', () => {
  const spec = { entities: [E.russia, E.ukraine] };
  const notDone = codeEvents('Russia did not sign the treaty with Ukraine.', spec).events;
  assert.deepEqual(notDone.map((e) => [e.code, e.modality]), [['057', 'negated']]);
  const refused = codeEvents('Russia refused to sign the treaty with Ukraine.', spec).events;
  assert.deepEqual(refused.map((e) => [e.plover, e.modality]), [['REJECT', 'asserted']]);
});

test('events negative: a verb-pattern file naming an unknown CAMEO code is refused with the file named', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-events-'));
  const file = path.join(dir, 'verb-patterns.json');
  writeFileSync(
    file,
    JSON.stringify({
      version: 't',
      locationTargetRoots: [],
      complementTargetRoots: [],
      intent: {},
      threat: {},
      refuse: {},
      patterns: [{ id: 'bad', lemmas: ['attack'], code: '999' }],
    }),
  );
  assert.throws(() => loadVerbPatterns(loadCameoCodebook(), file), (e: unknown) => e instanceof DataFileError && e.file === file && /999/.test(e.message));
  writeFileSync(file, JSON.stringify({ version: 't', patterns: 'none' }));
  assert.throws(() => loadVerbPatterns(loadCameoCodebook(), file), (e: unknown) => e instanceof DataFileError && /schema/.test(e.message));
});

test('events negative: a pattern with a malformed domestic target sector or an empty preposition list is refused', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-events-'));
  const file = path.join(dir, 'verb-patterns.json');
  const base = { version: 't', locationTargetRoots: [], complementTargetRoots: [], intent: {}, threat: {}, refuse: {} };
  for (const bad of [
    { id: 'ban', lemmas: ['ban'], code: '172', domesticTarget: 'opposition' },
    { id: 'discuss', lemmas: ['discuss'], code: '040', targetPrepositions: [] },
  ]) {
    writeFileSync(file, JSON.stringify({ ...base, patterns: [bad] }));
    assert.throws(() => loadVerbPatterns(loadCameoCodebook(), file), (e: unknown) => e instanceof DataFileError && e.file === file);
  }
});

/** Sentences with actors and trigger-like words but no event, analysed end to end with the real entity stages. */
const NEWS_NO_EVENTS: readonly { readonly name: string; readonly text: string }[] = [
  { name: 'a joint appeal is no appeal between its signatories', text: 'Egypt and Qatar called for an immediate ceasefire.' },
  { name: 'a joint call for calm names no target', text: 'India and Pakistan urged calm.' },
  { name: 'reporters asking a leader is no appeal of a state', text: 'Reporters asked Biden about China.' },
  { name: 'a reduced "when asked" clause', text: 'When asked about Iran, the French minister said nothing.' },
  { name: 'receiving goods is no hosting of the sender', text: 'Ukraine received a shipment of grain from Poland.' },
  { name: 'receiving an honour is no hosting', text: 'The German chancellor received an honorary degree from a French university.' },
  { name: 'a currency hitting a low', text: 'The Japanese yen hit a record low against the dollar.' },
  { name: 'a storm hitting a place', text: 'The storm hit Florida on Monday.' },
  { name: 'a market cutting losses', text: 'The British market cut losses after the Bank of England decision.' },
  { name: 'deaths in a flood have no attacker to place', text: 'Twenty Indian villagers were killed in floods in India.' },
  { name: 'a flood killing people is no attack', text: 'Floods killed 20 Indian villagers in India.' },
  { name: 'a sports side advancing', text: 'The Indian team advanced into the final against Australia.' },
];

/** Sentences analysed end to end that must not yield an event with this code prefix, source and target country. */
const NEWS_NOT_CODED: readonly { readonly name: string; readonly text: string; readonly not: readonly [string, string, string | null] }[] = [
  { name: 'a crowd protesting abroad is no official complaint', text: 'Thousands of Israelis protested against the government in Tel Aviv.', not: ['114', 'ISR', 'ISR'] },
  { name: 'demonstrators in a capital are no state complaining', text: 'Demonstrators in Paris protested against Israel.', not: ['114', 'FRA', 'ISR'] },
  { name: 'residents of a city are no state complaining', text: 'Residents of Kyiv protested against Russia.', not: ['114', 'UKR', 'RUS'] },
  { name: 'people of a country protesting a foreign decision is no official complaint', text: 'Kenyan students protested against Chinese investment.', not: ['114', 'KEN', 'CHN'] },
  { name: 'troops sent to a border are no protection of the neighbour', text: 'Russia deployed troops to the border with Ukraine.', not: ['07', 'RUS', 'UKR'] },
  { name: 'troops sent near a country are no protection of it', text: 'China sent warships near Taiwan after the election.', not: ['07', 'CHN', 'TWN'] },
  { name: 'the receiver is not the provider', text: 'Ukrainian forces received tanks from Poland.', not: ['07', 'UKR', 'POL'] },
  { name: 'an actor inside a charge is no target', text: 'Iran executed a man convicted of spying for Israel.', not: ['', 'IRN', 'ISR'] },
  { name: 'an actor inside an accusation is no target', text: 'Iran hanged two men accused of spying for Israel on Monday.', not: ['', 'IRN', 'ISR'] },
  { name: 'an actor inside a charge is no passive target', text: 'A man convicted of spying for Israel was executed in Iran.', not: ['', 'IRN', 'ISR'] },
];

for (const c of NEWS_NOT_CODED) {
  test(`events negative: news: ${c.name}`, () => {
    const [code, source, target] = c.not;
    const got = analyze({ text: c.text, published: '2024-10-11' }).events.map(
      (e) => [e.code, e.source.actor?.slice(0, 3) ?? null, e.target?.actor?.slice(0, 3) ?? null] as const,
    );
    assert.ok(!got.some(([g, s, t]) => g.startsWith(code) && s === source && t === target), `unwanted ${code} ${source}->${target}; got ${JSON.stringify(got)}`);
  });
}

test('events negative: a pattern with a state or destination code outside the codebook is refused', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-events-'));
  const file = path.join(dir, 'verb-patterns.json');
  const base = { version: 't', locationTargetRoots: [], complementTargetRoots: [], intent: {}, threat: {}, refuse: {} };
  for (const bad of [
    { id: 'protest', lemmas: ['protest'], code: '141', stateCode: '999' },
    { id: 'deploy', lemmas: ['deploy'], code: '154', destinationCode: '0799' },
    { id: 'receive', lemmas: ['receive'], code: '072', inverse: 'yes' },
  ]) {
    writeFileSync(file, JSON.stringify({ ...base, patterns: [bad] }));
    assert.throws(() => loadVerbPatterns(loadCameoCodebook(), file), (e: unknown) => e instanceof DataFileError && e.file === file);
  }
});

for (const c of NEWS_NO_EVENTS) {
  test(`events negative: news: ${c.name}`, () => {
    assert.deepEqual(analyze({ text: c.text, published: '2024-10-11' }).events.map((e) => e.code), []);
  });
}
