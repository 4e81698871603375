import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze/events/analyze-doc.js';
import { explainEvent } from '../../src/analyze/events/explain-event.js';
import { analyze } from '../../src/index.js';
import { codeEvents, E, type DocSpec, type EntitySpec } from './events-fixture.js';

interface Expected {
  readonly code: string;
  readonly plover?: string | null;
  readonly source: string | null;
  readonly target: string | null;
  readonly modality?: string;
}

interface Case {
  readonly name: string;
  readonly text: string;
  readonly entities: readonly EntitySpec[];
  readonly spec?: Omit<DocSpec, 'entities'>;
  /** Every event the sentence must yield, in order (source and target are actor codes). */
  readonly events: readonly Expected[];
}

const gpe = (text: string, country: string, sector?: string): EntitySpec => ({ text, type: 'GPE', country, sector });
const norp = (text: string, country: string): EntitySpec => ({ text, type: 'NORP', country });
const person = (text: string, country: string): EntitySpec => ({ text, type: 'PERSON', country });

const ROOTS: readonly Case[] = [
  {
    name: '01 deny accusations',
    text: 'Moscow denied the Ukrainian accusations on Tuesday.',
    entities: [E.moscow, norp('Ukrainian', 'UKR')],
    events: [{ code: '016', source: 'RUSGOV', target: 'UKR' }],
  },
  {
    name: '02 appeal',
    text: 'Egypt urged Israel to open the border crossing.',
    entities: [gpe('Egypt', 'EGY'), E.israel],
    events: [{ code: '020', plover: null, source: 'EGY', target: 'ISR' }],
  },
  {
    name: '03 pledge aid',
    text: 'Japan pledged new aid to Ukraine.',
    entities: [gpe('Japan', 'JPN'), E.ukraine],
    events: [{ code: '033', plover: 'AGREE', source: 'JPN', target: 'UKR' }],
  },
  {
    name: '04 visit',
    text: 'The Iranian foreign minister visited Moscow on Monday.',
    entities: [E.iranian, E.moscow],
    events: [{ code: '042', plover: 'CONSULT', source: 'IRNGOV', target: 'RUSGOV' }],
  },
  {
    name: '05 praise',
    text: 'Germany praised Poland for its patience.',
    entities: [gpe('Germany', 'DEU'), gpe('Poland', 'POL')],
    events: [{ code: '051', plover: 'SUPPORT', source: 'DEU', target: 'POL' }],
  },
  {
    name: '06 joint drills, symmetric',
    text: 'France and Egypt held joint naval drills off the coast.',
    entities: [gpe('France', 'FRA'), gpe('Egypt', 'EGY')],
    events: [
      { code: '062', plover: 'COOPERATE', source: 'FRA', target: 'EGY' },
      { code: '062', plover: 'COOPERATE', source: 'EGY', target: 'FRA' },
    ],
  },
  {
    name: '07 supply weapons',
    text: 'Iran supplied drones to Russia in September.',
    entities: [E.iran, E.russia],
    events: [{ code: '072', plover: 'AID', source: 'IRN', target: 'RUS' }],
  },
  {
    name: '08 release nationals',
    text: 'Iran released two French nationals on Friday.',
    entities: [E.iran, norp('French', 'FRA')],
    events: [{ code: '0841', plover: 'RETREAT', source: 'IRN', target: 'FRACVL' }],
  },
  {
    name: '09 investigate',
    text: 'Ukraine is investigating alleged war crimes by Russian troops.',
    entities: [E.ukraine, E.russian],
    events: [{ code: '094', plover: 'ACCUSE', source: 'UKR', target: 'RUSMIL' }],
  },
  {
    name: '10 demand release',
    text: 'Poland demanded the release of Belarusian activists.',
    entities: [gpe('Poland', 'POL'), norp('Belarusian', 'BLR')],
    events: [{ code: '1053', plover: 'REQUEST', source: 'POL', target: 'BLROPP' }],
  },
  {
    name: '11 condemn',
    text: 'China condemned the Japanese decision.',
    entities: [gpe('China', 'CHN'), norp('Japanese', 'JPN')],
    events: [{ code: '111', plover: 'ACCUSE', source: 'CHN', target: 'JPN' }],
  },
  {
    name: '12 reject proposal',
    text: 'Hungary rejected a Slovak proposal for talks.',
    entities: [gpe('Hungary', 'HUN'), norp('Slovak', 'SVK')],
    events: [{ code: '125', plover: 'REJECT', source: 'HUN', target: 'SVK' }],
  },
  {
    name: '13 threaten force',
    text: 'North Korea threatened South Korea with military action.',
    entities: [gpe('North Korea', 'PRK'), gpe('South Korea', 'KOR')],
    events: [{ code: '138', plover: 'THREATEN', source: 'PRK', target: 'KOR' }],
  },
  {
    name: '14 protest without a target: aimed at the own government',
    text: 'Thousands of Kenyans protested on Tuesday.',
    entities: [norp('Kenyans', 'KEN')],
    events: [{ code: '141', plover: 'PROTEST', source: 'KEN', target: 'KENGOV' }],
  },
  {
    name: '15 mass troops',
    text: 'Russia massed troops on the Ukrainian border.',
    entities: [E.russia, norp('Ukrainian', 'UKR')],
    events: [{ code: '154', plover: 'MOBILIZE', source: 'RUS', target: 'UKR' }],
  },
  {
    name: '16 expel diplomats',
    text: 'Lithuania expelled three Russian diplomats.',
    entities: [gpe('Lithuania', 'LTU'), E.russian],
    events: [{ code: '166', plover: 'SANCTION', source: 'LTU', target: 'RUSGOV' }],
  },
  {
    name: '17 arrest',
    text: 'Turkish police arrested two Swedish journalists in Istanbul.',
    entities: [norp('Turkish', 'TUR'), norp('Swedish', 'SWE'), gpe('Istanbul', 'TUR')],
    events: [{ code: '173', plover: 'COERCE', source: 'TURCOP', target: 'SWEMED' }],
  },
  {
    name: '18 kidnap',
    text: 'Colombian rebels kidnapped four Italian engineers.',
    entities: [norp('Colombian', 'COL'), norp('Italian', 'ITA')],
    events: [{ code: '181', plover: 'ASSAULT', source: 'COLREB', target: 'ITA' }],
  },
  {
    name: '19 shell a city',
    text: 'Russian forces shelled Kharkiv on Sunday.',
    entities: [E.russian, gpe('Kharkiv', 'UKR')],
    events: [{ code: '194', plover: 'ASSAULT', source: 'RUSMIL', target: 'UKR' }],
  },
  {
    name: '20 massacre',
    text: 'Sudanese troops massacred dozens of villagers in Darfur.',
    entities: [norp('Sudanese', 'SDN'), { text: 'Darfur', type: 'LOC', country: 'SDN' }],
    events: [{ code: '202', plover: 'ASSAULT', source: 'SDNMIL', target: 'SDN' }],
  },
  {
    name: '10 press for: a demand through a particle',
    text: 'The UK is pressing hard for France to reopen the border.',
    entities: [gpe('UK', 'GBR'), gpe('France', 'FRA')],
    events: [{ code: '100', plover: 'REQUEST', source: 'GBR', target: 'FRA' }],
  },
  {
    name: '15 send troops to a country',
    text: 'Egypt sent troops to Sudan.',
    entities: [gpe('Egypt', 'EGY'), gpe('Sudan', 'SDN')],
    events: [{ code: '154', plover: 'MOBILIZE', source: 'EGY', target: 'SDN' }],
  },
];

/** Verb and noun patterns of every root beyond the first case per root: each a general news construction. */
const PATTERNS: readonly Case[] = [
  {
    name: '04 discuss: the partner after "with" is the target, the topic is not',
    text: 'Iran discussed the nuclear deal with Russia on Monday.',
    entities: [E.iran, E.russia],
    events: [{ code: '040', plover: 'CONSULT', source: 'IRN', target: 'RUS' }],
  },
  {
    name: '04 spoke by phone: "by phone" is a means, not a passive agent',
    text: 'Putin spoke by phone with Erdogan on Monday.',
    entities: [person('Putin', 'RUS'), person('Erdogan', 'TUR')],
    events: [{ code: '041', plover: 'CONSULT', source: 'RUS', target: 'TUR' }],
  },
  {
    name: '04 talks as the purpose of a journey: the travellers are the source',
    text: 'Iranian and Russian negotiators returned to Geneva this week for talks.',
    entities: [E.iranian, E.russian, gpe('Geneva', 'CHE')],
    events: [
      { code: '040', plover: 'CONSULT', source: 'IRNGOV', target: 'RUSGOV' },
      { code: '040', plover: 'CONSULT', source: 'RUSGOV', target: 'IRNGOV' },
    ],
  },
  {
    name: '04 host a visitor',
    text: 'Egypt hosted the Israeli prime minister.',
    entities: [gpe('Egypt', 'EGY'), norp('Israeli', 'ISR')],
    events: [{ code: '043', plover: 'CONSULT', source: 'EGY', target: 'ISRGOV' }],
  },
  {
    name: '05 back a bid',
    text: "Germany backed Ukraine's bid to join the alliance.",
    entities: [gpe('Germany', 'DEU'), E.ukraine],
    events: [{ code: '051', plover: 'SUPPORT', source: 'DEU', target: 'UKR' }],
  },
  {
    name: '05 voice support: a nominal event lent the subject of its light verb',
    text: 'Greece voiced support for Cyprus in the dispute.',
    entities: [gpe('Greece', 'GRC'), gpe('Cyprus', 'CYP')],
    events: [{ code: '051', plover: 'SUPPORT', source: 'GRC', target: 'CYP' }],
  },
  {
    name: '05 a progressive form of a trigger verb ("is supporting")',
    text: 'Russia is supporting Serbia.',
    entities: [E.russia, gpe('Serbia', 'SRB')],
    events: [{ code: '051', plover: 'SUPPORT', source: 'RUS', target: 'SRB' }],
  },
  {
    name: '06 hand over a suspect',
    text: 'Turkey handed over the suspect to Germany on Monday.',
    entities: [gpe('Turkey', 'TUR'), gpe('Germany', 'DEU')],
    events: [{ code: '063', plover: 'COOPERATE', source: 'TUR', target: 'DEU' }],
  },
  {
    name: '07 refusing to take in refugees is a rejection',
    text: 'Hungary said it will not accept any more refugees.',
    entities: [gpe('Hungary', 'HUN')],
    events: [{ code: '122', plover: 'REJECT', source: 'HUN', target: null }],
  },
  {
    name: '08 return people',
    text: 'Russia returned 20 Ukrainian children to Kyiv.',
    entities: [E.russia, norp('Ukrainian', 'UKR'), E.kyiv],
    events: [{ code: '0841', plover: 'RETREAT', source: 'RUS', target: 'UKR' }],
  },
  {
    name: '08 call off a strike: a concession to the own government',
    text: 'Kenyan teachers called off their strike on Friday.',
    entities: [norp('Kenyan', 'KEN')],
    events: [{ code: '0832', plover: 'CONCEDE', source: 'KEN', target: 'KENGOV' }],
  },
  {
    name: '08 a withdrawal completed: nominal with a light verb',
    text: 'Russia completed the withdrawal of its troops from Estonia.',
    entities: [E.russia, gpe('Estonia', 'EST')],
    events: [{ code: '0872', plover: 'RETREAT', source: 'RUS', target: 'EST' }],
  },
  {
    name: '11 lash out at: the actor after "at" is the target, not a place',
    text: 'China lashed out at Japan over the visit.',
    entities: [gpe('China', 'CHN'), gpe('Japan', 'JPN')],
    events: [{ code: '111', plover: 'ACCUSE', source: 'CHN', target: 'JPN' }],
  },
  {
    name: '05 strengthen ties, symmetric',
    text: 'China and Russia strengthened ties on Monday.',
    entities: [gpe('China', 'CHN'), E.russia],
    events: [
      { code: '050', plover: 'SUPPORT', source: 'CHN', target: 'RUS' },
      { code: '050', plover: 'SUPPORT', source: 'RUS', target: 'CHN' },
    ],
  },
  {
    name: '11 file a lawsuit',
    text: 'Ukraine filed a lawsuit against Russia at the court.',
    entities: [E.ukraine, E.russia],
    events: [{ code: '115', plover: 'ACCUSE', source: 'UKR', target: 'RUS' }],
  },
  {
    name: '11 protest to a government is an official complaint',
    text: 'Russia protested to Britain over the arrest of its diplomat.',
    entities: [E.russia, gpe('Britain', 'GBR')],
    events: [{ code: '114', plover: 'ACCUSE', source: 'RUS', target: 'GBR' }],
  },
  {
    name: '12 rule out talks',
    text: 'Israel ruled out talks with Hamas.',
    entities: [E.israel, { text: 'Hamas', type: 'ORG', country: 'PSE', sector: 'REB' }],
    events: [{ code: '125', plover: 'REJECT', source: 'ISR', target: 'PSEREB' }],
  },
  {
    name: '12 ignore a call',
    text: "North Korea ignored South Korea's call for dialogue.",
    entities: [gpe('North Korea', 'PRK'), gpe('South Korea', 'KOR')],
    events: [{ code: '120', plover: 'REJECT', source: 'PRK', target: 'KOR' }],
  },
  {
    name: '15 call up reservists',
    text: 'Israel called up 300,000 reservists on Saturday.',
    entities: [E.israel],
    events: [{ code: '154', plover: 'MOBILIZE', source: 'ISR', target: null }],
  },
  {
    name: '15 test-fire missiles',
    text: 'North Korea test-fired two ballistic missiles on Sunday.',
    entities: [gpe('North Korea', 'PRK')],
    events: [{ code: '150', plover: 'MOBILIZE', source: 'PRK', target: null }],
  },
  {
    name: '16 call off a visit',
    text: 'Russia called off a planned visit to Britain.',
    entities: [E.russia, gpe('Britain', 'GBR')],
    events: [{ code: '160', plover: 'SANCTION', source: 'RUS', target: 'GBR' }],
  },
  {
    name: '17 ban a party: aimed at the own opposition',
    text: 'Turkey banned the pro-Kurdish party.',
    entities: [gpe('Turkey', 'TUR')],
    events: [{ code: '1722', plover: 'COERCE', source: 'TUR', target: 'TUROPP' }],
  },
  {
    name: '17 demolish homes',
    text: 'Israel demolished the homes of Palestinian attackers.',
    entities: [E.israel, norp('Palestinian', 'PSE')],
    events: [{ code: '171', plover: 'COERCE', source: 'ISR', target: 'PSE' }],
  },
  {
    name: '17 arrest unnamed people: the own country with the sector the object names',
    text: 'Iranian police arrested 20 activists on Monday.',
    entities: [E.iranian],
    events: [{ code: '173', plover: 'COERCE', source: 'IRNCOP', target: 'IRNOPP' }],
  },
  {
    name: '16 freeze assets: a sanction (COERCE in PLOVER 2021)',
    text: 'Germany froze the assets of Russian banks.',
    entities: [gpe('Germany', 'DEU'), E.russian],
    events: [{ code: '163', plover: 'COERCE', source: 'DEU', target: 'RUSBUS' }],
  },
  {
    name: '17 annex by force: "by force" is a means, not a passive agent',
    text: 'Russia annexed Crimea by force.',
    entities: [E.russia, { text: 'Crimea', type: 'LOC', country: 'UKR' }],
    events: [{ code: '192', plover: 'COERCE', source: 'RUS', target: 'UKR' }],
  },
  {
    name: '19 exchange fire: coordinated national forces, both directions',
    text: 'Indian and Pakistani troops exchanged fire across the border.',
    entities: [norp('Indian', 'IND'), norp('Pakistani', 'PAK')],
    events: [
      { code: '190', plover: 'ASSAULT', source: 'INDMIL', target: 'PAKMIL' },
      { code: '190', plover: 'ASSAULT', source: 'PAKMIL', target: 'INDMIL' },
    ],
  },
  {
    name: '19 vow to retaliate: a threat of force, expected',
    text: 'Iran vowed to retaliate against Israel.',
    entities: [E.iran, E.israel],
    events: [{ code: '1384', plover: 'THREATEN', source: 'IRN', target: 'ISR', modality: 'expected' }],
  },
];

const STRUCTURE: readonly Case[] = [
  {
    name: 'metonymy: a seat of government acts for its government',
    text: 'The Kremlin accused Washington of escalating the conflict.',
    entities: [{ text: 'Kremlin', type: 'FAC', country: 'RUS', sector: 'GOV' }, gpe('Washington', 'USA', 'GOV')],
    events: [{ code: '112', source: 'RUSGOV', target: 'USAGOV' }],
  },
  {
    name: 'passive with by',
    text: 'Kyiv was attacked by Russian drones overnight.',
    entities: [E.kyiv, E.russian],
    events: [{ code: '190', source: 'RUSMIL', target: 'UKRGOV' }],
  },
  {
    name: 'coordinated source signs: both directions',
    text: 'Moscow and Tehran signed a defence pact.',
    entities: [E.moscow, E.tehran],
    events: [
      { code: '057', source: 'RUSGOV', target: 'IRNGOV' },
      { code: '057', source: 'IRNGOV', target: 'RUSGOV' },
    ],
  },
  {
    name: 'a place in a locative phrase headed by a common noun is no target',
    text: 'Moscow and Tehran met in the Kazakh capital Astana on Friday.',
    entities: [E.moscow, E.tehran, norp('Kazakh', 'KAZ'), gpe('Astana', 'KAZ')],
    events: [
      { code: '040', source: 'RUSGOV', target: 'IRNGOV' },
      { code: '040', source: 'IRNGOV', target: 'RUSGOV' },
    ],
  },
  {
    name: 'coordinated target: one event per member',
    text: 'Germany sent tanks to Ukraine and Poland.',
    entities: [gpe('Germany', 'DEU'), E.ukraine, gpe('Poland', 'POL')],
    events: [
      { code: '072', source: 'DEU', target: 'UKR' },
      { code: '072', source: 'DEU', target: 'POL' },
    ],
  },
  {
    name: 'relative clause takes its antecedent as subject',
    text: 'The report named Israel, which bombed Lebanon on Monday.',
    entities: [E.israel, gpe('Lebanon', 'LBN')],
    events: [{ code: '190', source: 'ISR', target: 'LBN' }],
  },
  {
    name: 'nominal with possessive source',
    text: "Iran's delivery of drones to Russia worried Kyiv.",
    entities: [E.iran, E.russia, E.kyiv],
    events: [{ code: '070', source: 'IRN', target: 'RUS' }],
  },
  {
    name: 'nominal with national adjective, verb without target left out',
    text: 'Russian strikes on Kyiv killed five people.',
    entities: [E.russian, E.kyiv],
    events: [{ code: '190', source: 'RUS', target: 'UKRGOV' }],
  },
  {
    name: 'pronoun subject of reported speech is the speaker',
    text: 'Hungary said it would support the Polish plan.',
    entities: [gpe('Hungary', 'HUN'), norp('Polish', 'POL')],
    events: [{ code: '032', plover: 'AGREE', source: 'HUN', target: 'POL', modality: 'expected' }],
  },
  {
    name: 'demand with a that-clause: its subject is the target',
    text: 'Washington demanded that Tehran release the detained sailors.',
    entities: [gpe('Washington', 'USA', 'GOV'), E.tehran],
    events: [{ code: '100', source: 'USAGOV', target: 'IRNGOV' }],
  },
  {
    name: 'nominal object of a light verb takes the verb subject',
    text: 'The Russian defence minister paid a visit to Tehran on Monday.',
    entities: [E.russian, E.tehran],
    events: [{ code: '042', source: 'RUSGOV', target: 'IRNGOV' }],
  },
  {
    name: 'nominal object of a speech-like light verb',
    text: 'Italy announced a suspension of flights to Iran.',
    entities: [gpe('Italy', 'ITA'), E.iran],
    events: [{ code: '160', plover: 'SANCTION', source: 'ITA', target: 'IRN' }],
  },
  {
    name: 'particle after the object',
    text: 'Mali forced the French ambassador out.',
    entities: [gpe('Mali', 'MLI'), norp('French', 'FRA')],
    events: [{ code: '166', source: 'MLI', target: 'FRAGOV' }],
  },
  {
    name: 'pronoun after a subordinator takes the main subject',
    text: 'Hamas fighters crossed the fence before they attacked Israeli towns.',
    entities: [{ text: 'Hamas', type: 'ORG', country: 'PSE', sector: 'REB' }, norp('Israeli', 'ISR')],
    events: [{ code: '190', source: 'PSEREB', target: 'ISR' }],
  },
  {
    name: 'obligation in reported speech is a demand of the speaker',
    text: 'Russia said Sudan must return the helicopter.',
    entities: [E.russia, gpe('Sudan', 'SDN')],
    events: [{ code: '100', plover: 'REQUEST', source: 'RUS', target: 'SDN' }],
  },
  {
    name: 'conditional threat: the target is the subject of the condition',
    text: 'Turkey threatened to close its airspace if Israel strikes.',
    entities: [gpe('Turkey', 'TUR'), E.israel],
    events: [{ code: '1381', plover: 'THREATEN', source: 'TUR', target: 'ISR' }],
  },
  {
    name: 'a dateline is no subject',
    text: 'KYIV (Reuters) - Russian drones attacked Odesa overnight.',
    entities: [gpe('KYIV', 'UKR', 'GOV'), E.russian, gpe('Odesa', 'UKR')],
    events: [{ code: '190', source: 'RUSMIL', target: 'UKR' }],
  },
  {
    name: 'a trigger word after an actor inside a noun phrase is a noun; backing a body\'s measure supports the body',
    text: 'China backed new rounds of U.N. sanctions against North Korea.',
    entities: [gpe('China', 'CHN'), { text: 'U.N.', type: 'ORG', country: null, sector: 'IGO' }, gpe('North Korea', 'PRK')],
    events: [
      { code: '051', plover: 'SUPPORT', source: 'CHN', target: 'IGO' },
      { code: '163', plover: 'COERCE', source: 'IGO', target: 'PRK' },
    ],
  },
  {
    name: 'subject after a fronted phrase and comma',
    text: 'After weeks of tension, Ethiopia closed its border with Eritrea.',
    entities: [gpe('Ethiopia', 'ETH'), gpe('Eritrea', 'ERI')],
    events: [{ code: '191', source: 'ETH', target: 'ERI' }],
  },
  {
    name: 'a comma before a new subject closes an if clause (no actor list)',
    text: 'If Iran struck Israel, the United States would impose sanctions on Tehran.',
    entities: [E.iran, E.israel, gpe('United States', 'USA'), E.tehran],
    events: [
      { code: '190', source: 'IRN', target: 'ISR', modality: 'hypothetical' },
      { code: '1312', plover: 'THREATEN', source: 'USA', target: 'IRNGOV' },
    ],
  },
  {
    name: 'a comma list closed by "and" is one coordinated subject',
    text: 'Russia, Iran and China held talks.',
    entities: [E.russia, E.iran, gpe('China', 'CHN')],
    events: [
      { code: '040', source: 'RUS', target: 'IRN' },
      { code: '040', source: 'RUS', target: 'CHN' },
      { code: '040', source: 'IRN', target: 'RUS' },
      { code: '040', source: 'IRN', target: 'CHN' },
      { code: '040', source: 'CHN', target: 'RUS' },
      { code: '040', source: 'CHN', target: 'IRN' },
    ],
  },
  {
    name: 'a stative participle after "be" keeps its subject ("were engaged in")',
    text: 'Serbian forces were engaged in ethnic cleansing in Kosovo.',
    entities: [norp('Serbian', 'SRB'), gpe('Kosovo', 'XKX')],
    events: [{ code: '203', plover: 'ASSAULT', source: 'SRBMIL', target: 'XKX' }],
  },
  {
    name: 'a protest without a target is aimed at the protesters\' own government',
    text: 'Egyptian demonstrators rioted.',
    entities: [norp('Egyptian', 'EGY')],
    events: [{ code: '145', plover: 'PROTEST', source: 'EGYCVL', target: 'EGYGOV' }],
  },
  {
    name: 'a complaint made to an addressee is about the actor after "over"',
    text: 'Lebanon complained to the United Nations over two Israeli air raids.',
    entities: [gpe('Lebanon', 'LBN'), { text: 'United Nations', type: 'ORG', country: 'IGO' }, norp('Israeli', 'ISR')],
    events: [{ code: '114', plover: 'ACCUSE', source: 'LBN', target: 'ISRMIL' }],
  },
  {
    name: 'a people "of" a place acts for the place\'s country',
    text: 'The Albanians of southern Serbia are demanding autonomy from the Serbian government.',
    entities: [norp('Albanians', 'ALB'), gpe('Serbia', 'SRB'), norp('Serbian', 'SRB')],
    events: [{ code: '100', plover: 'REQUEST', source: 'SRB', target: 'SRBGOV' }],
  },
  {
    name: 'national phrases joined by "and" are one coordinated subject',
    text: 'Russian troops and Ukrainian forces clashed near the river.',
    entities: [E.russian, norp('Ukrainian', 'UKR')],
    events: [
      { code: '190', source: 'RUSMIL', target: 'UKRMIL' },
      { code: '190', source: 'UKRMIL', target: 'RUSMIL' },
    ],
  },
  {
    name: '"between X and Y" with a national phrase: one event per member; a title "of" a country and its pronoun',
    text: 'King Hassan of Morocco said he would host a meeting between an Israeli peace movement and the Palestinian leadership.',
    entities: [{ text: 'King Hassan', type: 'PERSON', country: null }, gpe('Morocco', 'MAR'), norp('Israeli', 'ISR'), norp('Palestinian', 'PSE')],
    events: [
      { code: '036', source: 'MAR', target: 'ISR', modality: 'expected' },
      { code: '036', source: 'MAR', target: 'PSE', modality: 'expected' },
    ],
  },
  {
    name: 'an organisation without a country takes the place its name holds',
    text: 'Iranian police arrested workers of the Tehran Bus Company.',
    entities: [norp('Iranian', 'IRN'), { text: 'Tehran Bus Company', type: 'ORG', country: null }, gpe('Tehran', 'IRN')],
    events: [{ code: '173', source: 'IRNCOP', target: 'IRN' }],
  },
  {
    name: 'a crowd with no actor protests for the place it is in',
    text: 'Thousands of people blocked streets in Hong Kong in defiance of Chinese authorities.',
    entities: [gpe('Hong Kong', 'HKG'), norp('Chinese', 'CHN')],
    events: [{ code: '144', plover: 'PROTEST', source: 'HKGCVL', target: 'CHNGOV' }],
  },
  {
    name: 'a crowd rioting in a city: the place is its source, not its target',
    text: 'Protesters rioted in Paris on Sunday.',
    entities: [gpe('Paris', 'FRA')],
    events: [{ code: '145', source: 'FRACVL', target: 'FRAGOV' }],
  },
  {
    name: 'an irregular participle with a prefix ("retaken")',
    text: 'Rebels have retaken Goma.',
    entities: [{ text: 'Rebels', type: 'ORG', country: 'COD', sector: 'REB' }, gpe('Goma', 'COD')],
    events: [{ code: '190', source: 'CODREB', target: 'COD' }],
  },
  {
    name: 'a nominal event with "between X and Y": both directions',
    text: 'Talks between Israel and Egypt resumed in Cairo.',
    entities: [E.israel, gpe('Egypt', 'EGY'), gpe('Cairo', 'EGY', 'GOV')],
    events: [
      { code: '040', source: 'ISR', target: 'EGY' },
      { code: '040', source: 'EGY', target: 'ISR' },
    ],
  },
  {
    name: 'clashes between national forces: both directions',
    text: 'Clashes between Armenian and Azerbaijani troops erupted on Monday.',
    entities: [norp('Armenian', 'ARM'), norp('Azerbaijani', 'AZE')],
    events: [
      { code: '190', source: 'ARMMIL', target: 'AZEMIL' },
      { code: '190', source: 'AZEMIL', target: 'ARMMIL' },
    ],
  },
  {
    name: 'the pattern with the longest object wins ("arms deliveries" over "deliveries")',
    text: 'Germany halted arms deliveries to Turkey.',
    entities: [gpe('Germany', 'DEU'), gpe('Turkey', 'TUR')],
    events: [{ code: '1622', plover: 'SANCTION', source: 'DEU', target: 'TUR' }],
  },
  {
    name: 'a plural object word is lemmatised ("weapons")',
    text: 'China sent weapons to Russia.',
    entities: [gpe('China', 'CHN'), E.russia],
    events: [{ code: '072', plover: 'AID', source: 'CHN', target: 'RUS' }],
  },
  {
    name: 'an obligation on a pronoun after a speech noun: the addressee named before it; the demanded act is no event',
    text: 'France issued a reminder to Iraq that it must cooperate with Russia.',
    entities: [gpe('France', 'FRA'), gpe('Iraq', 'IRQ'), E.russia],
    events: [{ code: '100', plover: 'REQUEST', source: 'FRA', target: 'IRQ' }],
  },
  {
    name: 'an ethnic minority acts for the country it lives in',
    text: 'Ethnic Albanians demonstrated in Serbia on Tuesday.',
    entities: [norp('Albanians', 'ALB'), gpe('Serbia', 'SRB')],
    events: [{ code: '141', plover: 'PROTEST', source: 'SRB', target: 'SRB' }],
  },
  {
    name: 'a transnational militant group placed in a country by a possessive takes its code prefix',
    text: "Iraq's Al-Qaeda attacked a police station in Basra.",
    entities: [gpe('Iraq', 'IRQ'), { text: 'Al-Qaeda', type: 'ORG', country: null, sector: 'IMGMOSALQ' }, gpe('Basra', 'IRQ')],
    events: [{ code: '190', plover: 'ASSAULT', source: 'IRQIMGMOSALQ', target: 'IRQ' }],
  },
  {
    name: 'a pronoun subject keeps a place in the predicate out of the subject of a coordinated verb',
    text: 'Egypt said it would cut aid to the rebels in Syria and would deny entry to Turkish officials.',
    entities: [gpe('Egypt', 'EGY'), gpe('Syria', 'SYR'), norp('Turkish', 'TUR')],
    events: [
      { code: '1311', plover: 'THREATEN', source: 'EGY', target: 'SYR' },
      { code: '120', plover: 'REJECT', source: 'EGY', target: 'TURGOV' },
    ],
  },
  {
    name: 'a subordinate clause after ", as" has its own subject',
    text: 'Serbia eased the curfew in Kosovo, as police in Croatia cracked down on Serbian nationalists.',
    entities: [gpe('Serbia', 'SRB'), gpe('Kosovo', 'XKX'), gpe('Croatia', 'HRV'), norp('Serbian', 'SRB')],
    events: [
      { code: '0813', plover: 'RETREAT', source: 'SRB', target: 'XKX' },
      { code: '175', plover: 'ASSAULT', source: 'HRV', target: 'SRB' },
    ],
  },
  {
    name: 'a nominal attack after "came under": the subject of "came" is the target',
    text: 'Ukrainian positions came under heavy Russian shelling.',
    entities: [norp('Ukrainian', 'UKR'), E.russian],
    events: [{ code: '190', plover: 'ASSAULT', source: 'RUS', target: 'UKR' }],
  },
  {
    name: 'an act a verb of asking wants of its object is no event of the object',
    text: 'The United Nations called on Israel to allow aid into Gaza.',
    entities: [{ text: 'United Nations', type: 'ORG', country: null, sector: 'IGO' }, E.israel, gpe('Gaza', 'PSE')],
    events: [{ code: '021', plover: null, source: 'IGO', target: 'ISR' }],
  },
  {
    name: 'an invitation to visit is an intent to meet by the one who invites',
    text: 'Xi invited Putin to visit Beijing.',
    entities: [person('Xi', 'CHN'), person('Putin', 'RUS'), gpe('Beijing', 'CHN', 'GOV')],
    events: [{ code: '036', plover: 'AGREE', source: 'CHN', target: 'RUS' }],
  },
  {
    name: 'a national word without "ethnic" keeps its own country',
    text: 'Albanians demonstrated in Serbia on Tuesday.',
    entities: [norp('Albanians', 'ALB'), gpe('Serbia', 'SRB')],
    events: [{ code: '141', plover: 'PROTEST', source: 'ALB', target: 'SRB' }],
  },
];

const MODALITY: readonly Case[] = [
  {
    name: 'will: intent code, expected',
    text: 'Russia will visit Beijing next month.',
    entities: [E.russia, gpe('Beijing', 'CHN', 'GOV')],
    events: [{ code: '036', plover: 'AGREE', source: 'RUS', target: 'CHNGOV', modality: 'expected' }],
  },
  {
    name: 'warning an actor is a threat',
    text: 'China warned the Philippines against further provocations.',
    entities: [gpe('China', 'CHN'), gpe('Philippines', 'PHL')],
    events: [{ code: '130', plover: 'THREATEN', source: 'CHN', target: 'PHL', modality: 'asserted' }],
  },
  {
    name: 'is expected to: expected, plain code',
    text: 'Israel is expected to strike Iran soon.',
    entities: [E.israel, E.iran],
    events: [{ code: '190', source: 'ISR', target: 'IRN', modality: 'expected' }],
  },
  {
    name: 'did not: negated',
    text: 'Iran did not attack Israel.',
    entities: [E.iran, E.israel],
    events: [{ code: '190', source: 'IRN', target: 'ISR', modality: 'negated' }],
  },
  {
    name: 'refused to: rejection code',
    text: 'Turkey refused to extradite the Swedish suspects.',
    entities: [gpe('Turkey', 'TUR'), norp('Swedish', 'SWE')],
    events: [{ code: '1213', plover: 'REJECT', source: 'TUR', target: 'SWE', modality: 'asserted' }],
  },
  {
    name: 'threatened to: threat code, the threat verb is not coded twice',
    text: 'Iran threatened to attack Israel.',
    entities: [E.iran, E.israel],
    events: [{ code: '1384', plover: 'THREATEN', source: 'IRN', target: 'ISR', modality: 'asserted' }],
  },
  {
    name: 'could: hypothetical',
    text: 'China could invade Taiwan.',
    entities: [gpe('China', 'CHN'), gpe('Taiwan', 'TWN')],
    events: [{ code: '190', source: 'CHN', target: 'TWN', modality: 'hypothetical' }],
  },
  {
    name: 'inside an alleging claim: alleged',
    text: 'Officials said Iran supplied missiles to Russia.',
    entities: [E.iran, E.russia],
    spec: { claims: [{ text: 'Iran supplied missiles to Russia', stance: 'alleges' }] },
    events: [{ code: '072', source: 'IRN', target: 'RUS', modality: 'alleged' }],
  },
  {
    name: 'a possessive pronoun under a denial stands for the speaker',
    text: 'Kyiv denied that its troops attacked Belgorod.',
    entities: [E.kyiv, gpe('Belgorod', 'RUS')],
    spec: { claims: [{ text: 'its troops attacked Belgorod', stance: 'denies' }] },
    events: [{ code: '190', source: 'UKRGOV', target: 'RUS', modality: 'denied' }],
  },
  {
    name: 'inside a denial: denied',
    text: 'Moscow denied that Russia supplied missiles to Iran.',
    entities: [E.moscow, E.russia, E.iran],
    spec: { claims: [{ text: 'Russia supplied missiles to Iran', stance: 'denies' }] },
    events: [{ code: '072', source: 'RUS', target: 'IRN', modality: 'denied' }],
  },
  {
    name: 'a conflict act under "may" with an "if" clause is a threat',
    text: "The European Union may halt mediation among Serbia's parties if the fighting goes on.",
    entities: [{ text: 'European Union', type: 'ORG', country: 'IGO' }, gpe('Serbia', 'SRB')],
    events: [{ code: '135', plover: 'THREATEN', source: 'IGO', target: 'SRB', modality: 'asserted' }],
  },
  {
    name: '"may" without a condition stays hypothetical',
    text: 'Turkey may attack Syria.',
    entities: [gpe('Turkey', 'TUR'), gpe('Syria', 'SYR')],
    events: [{ code: '190', source: 'TUR', target: 'SYR', modality: 'hypothetical' }],
  },
];

function check(c: Case): void {
  const doc = codeEvents(c.text, { ...c.spec, entities: c.entities });
  const got = doc.events.map((e) => ({
    code: e.code,
    source: e.source.actor,
    target: e.target?.actor ?? null,
  }));
  assert.deepEqual(
    got,
    c.events.map((e) => ({ code: e.code, source: e.source, target: e.target })),
    c.name,
  );
  c.events.forEach((want, k) => {
    const e = doc.events[k]!;
    if (want.plover !== undefined) assert.equal(e.plover, want.plover, `${c.name}: plover`);
    if (want.modality) assert.equal(e.modality, want.modality, `${c.name}: modality`);
    assert.equal(e.root, e.code.slice(0, 2));
    assert.equal(e.evidence, c.text.slice(e.sentence.start, e.sentence.end));
    assert.equal(c.text.slice(e.trigger!.start, e.trigger!.end), e.trigger!.text);
    assert.ok(e.rule, `${c.name}: rule`);
  });
}

for (const [group, cases] of [
  ['CAMEO roots', ROOTS],
  ['patterns', PATTERNS],
  ['clause structure', STRUCTURE],
  ['modality', MODALITY],
] as const) {
  for (const c of cases) test(`events: ${group}: ${c.name}`, () => check(c));
}

const DATES: readonly {
  readonly name: string;
  readonly text: string;
  readonly times: readonly { readonly text: string; readonly value: string }[];
  readonly value: string | null;
  readonly source: 'clause' | 'sentence' | 'article' | null;
}[] = [
  { name: 'time in the clause', text: 'Iran supplied drones to Russia in September.', times: [{ text: 'in September', value: '2024-09' }], value: '2024-09', source: 'clause' },
  {
    name: 'time elsewhere in the sentence',
    text: 'In September, when talks stalled, Iran supplied drones to Russia.',
    times: [{ text: 'In September', value: '2024-09' }],
    value: '2024-09',
    source: 'sentence',
  },
  { name: 'no time: the article date', text: 'Iran supplied drones to Russia.', times: [], value: '2024-10-11', source: 'article' },
  {
    name: 'background clause dated to its own time',
    text: 'Prices rose after Russia attacked Ukraine in 2022.',
    times: [{ text: 'in 2022', value: '2022' }],
    value: '2022',
    source: 'clause',
  },
];

for (const c of DATES) {
  test(`events: date: ${c.name}`, () => {
    const doc = codeEvents(c.text, { entities: [E.iran, E.russia, E.ukraine], times: c.times });
    assert.equal(doc.events.length, 1);
    assert.equal(doc.events[0]!.date?.value ?? null, c.value);
    assert.equal(doc.events[0]!.dateSource, c.source);
  });
}

test('events: location from "in <place>" in the clause', () => {
  const doc = codeEvents('Russian and Turkish envoys met in Ankara on Friday.', {
    entities: [E.russian, norp('Turkish', 'TUR'), gpe('Ankara', 'TUR', 'GOV')],
  });
  assert.deepEqual(
    doc.events.map((e) => [e.code, e.source.actor, e.target?.actor, e.location]),
    [
      ['040', 'RUSGOV', 'TURGOV', { name: 'Ankara', country: 'TUR' }],
      ['040', 'TURGOV', 'RUSGOV', { name: 'Ankara', country: 'TUR' }],
    ],
  );
});

test('events: explainEvent names the rule, trigger and actor mentions', () => {
  const doc = codeEvents('Iran supplied drones to Russia in September.', { entities: [E.iran, E.russia] });
  const x = explainEvent(doc, 0);
  assert.equal(x.rule, 'give.military');
  assert.deepEqual(x.pattern, { id: 'give.military', code: '072', label: 'Provide military aid' });
  assert.equal(x.trigger.text, 'supplied');
  assert.deepEqual(x.source?.text, 'Iran');
  assert.deepEqual(x.target?.text, 'Russia');
  assert.match(x.summary, /trigger {2}'supplied'/);
  assert.match(x.summary, /source {3}'Iran' \[0,4\) → entity e1 Iran \(GPE; kb none, country IRN\) → actor IRN/);
  assert.equal(x.modalityReason, 'no governing word or claim');
  assert.throws(() => explainEvent(doc, 5), RangeError);
});

const EXPLAIN_MODALITY: readonly { readonly text: string; readonly spec: DocSpec; readonly reason: RegExp }[] = [
  { text: 'Russia will attack Ukraine.', spec: { entities: [E.russia, E.ukraine] }, reason: /governed by 'will'; code shifted \(intent\)/ },
  { text: 'If Iran attacked Israel, prices would rise.', spec: { entities: [E.iran, E.israel] }, reason: /clause opened by 'if'/ },
  {
    text: 'Officials said Iran supplied drones to Russia.',
    spec: { entities: [E.iran, E.russia], claims: [{ text: 'Iran supplied drones to Russia', stance: 'alleges' }] },
    reason: /inside claim 0 \('said', stance alleges, by officials\)/,
  },
];

for (const c of EXPLAIN_MODALITY) {
  test(`events: explainEvent says what set the modality: ${c.text}`, () => {
    const x = explainEvent(codeEvents(c.text, c.spec), 0);
    assert.match(x.modalityReason, c.reason);
    assert.match(x.summary, /modality /);
  });
}

test('events: analyzeDoc returns the analysed Doc that explainEvent reads', () => {
  const doc = analyzeDoc({ text: 'Germany sent tanks to Ukraine on Friday.', published: '2024-10-11' });
  assert.ok(doc.tokens.length > 0);
  assert.equal(doc.events.length, 1);
  const x = explainEvent(doc, 0);
  assert.match(x.summary, /CAMEO 072/);
  assert.match(x.summary, /date {5}\S+ \('(on )?Friday'\) from the clause/);
});

const END_TO_END: readonly { readonly text: string; readonly events: readonly [string, string, string | null][] }[] = [
  { text: 'Iran supplied drones to Russia in September.', events: [['072', 'IRN', 'RUS']] },
  { text: 'Germany sent tanks to Ukraine and Poland.', events: [['072', 'DEU', 'UKR'], ['072', 'DEU', 'POL']] },
  { text: 'Moscow and Tehran signed a defence pact on Friday.', events: [['057', 'RUS', 'IRN'], ['057', 'IRN', 'RUS']] },
];

for (const c of END_TO_END) {
  test(`events: end to end through analyze(): ${c.text}`, () => {
    const record = analyze({ text: c.text, published: '2024-10-11' });
    assert.deepEqual(
      record.events.map((e) => [e.code, e.source.actor?.slice(0, 3) ?? null, e.target?.actor?.slice(0, 3) ?? null]),
      c.events,
    );
  });
}

test('events: a person after a national title heads the phrase', () => {
  const doc = codeEvents('Russian President Vladimir Putin and Chinese President Xi Jinping signed a trade deal.', {
    entities: [
      E.russian,
      { text: 'Vladimir Putin', type: 'PERSON', country: 'RUS', sector: 'GOV' },
      norp('Chinese', 'CHN'),
      { text: 'Xi Jinping', type: 'PERSON', country: 'CHN', sector: 'GOV' },
    ],
  });
  assert.deepEqual(
    doc.events.map((e) => [e.code, e.source.name, e.target?.name]),
    [
      ['057', 'Vladimir Putin', 'Xi Jinping'],
      ['057', 'Xi Jinping', 'Vladimir Putin'],
    ],
  );
});
