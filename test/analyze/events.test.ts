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
    name: '15 send troops to a border',
    text: 'Egypt sent troops to the border with Sudan.',
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
  {
    name: '03 agree: a place inside the object is the target',
    text: 'Turkey agreed to a six-month extension of the observer mission in Cyprus.',
    entities: [gpe('Turkey', 'TUR'), gpe('Cyprus', 'CYP')],
    events: [{ code: '030', plover: 'AGREE', source: 'TUR', target: 'CYP' }],
  },
  {
    name: '08 a resignation is RETREAT (PLOVER manual), not CONCEDE',
    text: 'The Moldovan defence minister resigned on Friday.',
    entities: [norp('Moldovan', 'MDA')],
    events: [{ code: '0831', plover: 'RETREAT', source: 'MDAGOV', target: null }],
  },
  {
    name: '08 lifting a curfew is CONCEDE (PLOVER manual), like easing other restrictions',
    text: 'Jordan lifted the night curfew in Zarqa.',
    entities: [gpe('Jordan', 'JOR'), gpe('Zarqa', 'JOR')],
    events: [{ code: '0813', plover: 'CONCEDE', source: 'JOR', target: 'JOR' }],
  },
  {
    name: '08 allowing a politician to run in an election',
    text: "Kenya's High Court allowed Raila Odinga to run in the election.",
    entities: [gpe('Kenya', 'KEN'), person('Raila Odinga', 'KEN')],
    events: [{ code: '0812', plover: 'CONCEDE', source: 'KEN', target: 'KEN' }],
  },
  {
    name: '10 ordering someone to act is a demand; the act ordered is not coded',
    text: 'Kenya ordered Somalia to withdraw its troops from the border.',
    entities: [gpe('Kenya', 'KEN'), gpe('Somalia', 'SOM')],
    events: [{ code: '100', plover: 'REQUEST', source: 'KEN', target: 'SOM' }],
  },
  {
    name: '09 placed under investigation: the country where it happens investigates',
    text: 'A Belgian national was placed under investigation in Spain.',
    entities: [norp('Belgian', 'BEL'), gpe('Spain', 'ESP')],
    events: [{ code: '090', plover: 'ACCUSE', source: 'ESP', target: 'BELCVL' }],
  },
  {
    name: '12 a permit refused with no one named is refused to the country\'s own people',
    text: "Turkey's interior ministry has denied permission for the march.",
    entities: [gpe('Turkey', 'TUR')],
    events: [{ code: '120', plover: 'REJECT', source: 'TUR', target: 'TURCVL' }],
  },
  {
    name: '13 making weapons of mass destruction to use against a country is a threat against it',
    text: 'A militant group in Syria is producing chemical weapons to use against Turkey.',
    entities: [gpe('Syria', 'SYR'), gpe('Turkey', 'TUR')],
    events: [{ code: '1385', plover: 'THREATEN', source: 'SYR', target: 'TUR' }],
  },
  {
    name: '15 training hackers is a mobilisation against the target named',
    text: 'Iran has trained hundreds of hackers to wage cyber warfare against Israel.',
    entities: [E.iran, E.israel],
    events: [{ code: '154', plover: 'MOBILIZE', source: 'IRN', target: 'ISR' }],
  },
  {
    name: '15 recruiting fighters',
    text: 'Ukraine recruited thousands of foreign volunteers.',
    entities: [E.ukraine],
    events: [{ code: '154', plover: 'MOBILIZE', source: 'UKR', target: null }],
  },
  {
    name: '17 "set" after a place in the subject is the verb, not a noun ("set fire to")',
    text: 'Serbian nationalists in the town of Mitrovica set fire to the offices of the Albanian party.',
    entities: [norp('Serbian', 'SRB'), gpe('Mitrovica', 'XKX'), norp('Albanian', 'ALB')],
    events: [{ code: '171', plover: 'COERCE', source: 'SRB', target: 'ALB' }],
  },
  {
    name: '18 an attempt to assassinate with no attacker named: the country where it happened',
    text: 'An attempt to assassinate the governor of the Kursk region was foiled in Moscow.',
    entities: [gpe('Kursk', 'RUS'), gpe('Moscow', 'RUS')],
    events: [{ code: '185', plover: 'ASSAULT', source: 'RUS', target: 'RUS' }],
  },
  {
    name: '19 killed by a bomb "outside of" a town: the country of the place is the attacker',
    text: 'Two Kenyan soldiers were killed by a roadside bomb outside of the Somali town of Kismayo.',
    entities: [norp('Kenyan', 'KEN'), norp('Somali', 'SOM'), gpe('Kismayo', 'SOM')],
    events: [{ code: '190', plover: 'ASSAULT', source: 'SOM', target: 'KENMIL' }],
  },
  {
    name: '20 forcing villagers out is a mass expulsion, not an expulsion of diplomats',
    text: 'Ethiopian troops forced out thousands of Eritrean villagers from the border district.',
    entities: [norp('Ethiopian', 'ETH'), norp('Eritrean', 'ERI')],
    events: [{ code: '201', plover: 'ASSAULT', source: 'ETHMIL', target: 'ERICVL' }],
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
      { code: '0813', plover: 'CONCEDE', source: 'SRB', target: 'XKX' },
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

/**
 * Wire-style news sentences over all 20 CAMEO roots, analysed end to end with the real entity and
 * knowledge-base stages: each listed event (CAMEO code prefix, source and target country) must be
 * among the events coded.
 */
const NEWS: readonly { readonly text: string; readonly events: readonly (readonly [string, string, string | null])[] }[] = [
  { text: 'The Kremlin dismissed the allegations made by Kyiv as baseless.', events: [['016', 'RUS', 'UKR']] },
  { text: 'China rejected accusations by the United States that it was helping Russia evade sanctions.', events: [['016', 'CHN', 'USA']] },
  { text: 'Iran denied any involvement in the attack on the Israeli embassy.', events: [['016', 'IRN', 'ISR']] },
  { text: 'Turkey declined to comment on the Swedish request.', events: [['01', 'TUR', 'SWE']] },
  { text: 'Pakistan expressed condolences to Afghanistan after the earthquake.', events: [['018', 'PAK', 'AFG']] },
  { text: 'The United Nations called on Israel to allow more aid into Gaza.', events: [['02', 'IGO', 'ISR']] },
  { text: 'Ukraine appealed to Germany for more air defence systems.', events: [['021', 'UKR', 'DEU']] },
  { text: 'Kenya asked Somalia to hand over the suspects.', events: [['02', 'KEN', 'SOM']] },
  { text: 'Lebanon requested emergency assistance from France.', events: [['021', 'LBN', 'FRA']] },
  { text: 'Japan pledged $500 million in aid to Ukraine.', events: [['033', 'JPN', 'UKR']] },
  { text: 'Egypt agreed to resume talks with Ethiopia over the dam.', events: [['03', 'EGY', 'ETH']] },
  { text: 'India promised to supply wheat to Bangladesh.', events: [['033', 'IND', 'BGD']] },
  { text: 'Qatar offered to mediate between Israel and Hamas.', events: [['039', 'QAT', 'ISR']] },
  { text: 'Armenia and Azerbaijan agreed to a ceasefire on Sunday.', events: [['0356', 'ARM', 'AZE'], ['0356', 'AZE', 'ARM']] },
  { text: 'Chinese Foreign Minister Wang Yi met his Russian counterpart in Beijing.', events: [['040', 'CHN', 'RUS']] },
  { text: 'Saudi Arabia hosted Ukrainian President Volodymyr Zelensky in Jeddah.', events: [['043', 'SAU', 'UKR']] },
  { text: 'The Indian prime minister visited Washington last week.', events: [['042', 'IND', 'USA']] },
  { text: 'Turkey held talks with Syria on border security.', events: [['040', 'TUR', 'SYR']] },
  { text: 'Putin spoke by phone with Erdogan on Tuesday.', events: [['041', 'RUS', 'TUR']] },
  { text: 'Iraq mediated between Iran and Saudi Arabia.', events: [['045', 'IRQ', 'IRN']] },
  { text: 'The Pakistani army chief travelled to Beijing for talks.', events: [['042', 'PAK', 'CHN']] },
  { text: 'Brazil praised China for its role in the peace efforts.', events: [['051', 'BRA', 'CHN']] },
  { text: 'Germany and France signed a defence pact on Monday.', events: [['057', 'DEU', 'FRA'], ['057', 'FRA', 'DEU']] },
  { text: 'Israel and Morocco agreed to restore diplomatic relations.', events: [['03', 'ISR', 'MAR'], ['03', 'MAR', 'ISR']] },
  { text: 'The Japanese prime minister apologised to South Korea.', events: [['055', 'JPN', 'KOR']] },
  { text: 'Poland backed Ukraine\'s bid to join the European Union.', events: [['051', 'POL', 'UKR']] },
  { text: 'India and Japan held joint naval exercises in the Bay of Bengal.', events: [['062', 'IND', 'JPN'], ['062', 'JPN', 'IND']] },
  { text: 'Colombia extradited the drug trafficker to the United States.', events: [['063', 'COL', 'USA']] },
  { text: 'Jordan shared intelligence with Israel about the drones.', events: [['064', 'JOR', 'ISR']] },
  { text: 'Australia will cooperate with Indonesia on maritime security.', events: [['031', 'AUS', 'IDN']] },
  { text: 'The United States sent tanks to Ukraine.', events: [['072', 'USA', 'UKR']] },
  { text: 'The World Bank approved a $1 billion loan to Egypt.', events: [['071', 'IGO', 'EGY']] },
  { text: 'Turkey delivered humanitarian aid to Syria.', events: [['073', 'TUR', 'SYR']] },
  { text: 'North Korea has supplied artillery shells to Russia.', events: [['072', 'PRK', 'RUS']] },
  { text: 'Germany granted asylum to the Russian journalist.', events: [['075', 'DEU', 'RUS']] },
  { text: 'Iran released a British-Iranian aid worker on Thursday.', events: [['0841', 'IRN', 'GBR']] },
  { text: 'Russia and Ukraine exchanged prisoners of war.', events: [['0841', 'RUS', 'UKR'], ['0841', 'UKR', 'RUS']] },
  { text: 'Israel withdrew its troops from southern Lebanon.', events: [['0872', 'ISR', 'LBN']] },
  { text: 'The United States eased sanctions on Venezuela.', events: [['085', 'USA', 'VEN']] },
  { text: 'Syria allowed UN inspectors into the site.', events: [['0862', 'SYR', 'IGO']] },
  { text: 'Egypt reopened the Rafah crossing to allow aid convoys into Gaza.', events: [['0863', 'EGY', 'PSE']] },
  { text: 'The International Criminal Court launched an investigation into war crimes in Ukraine.', events: [['09', 'IGO', 'UKR']] },
  { text: 'The United States demanded that Russia release the detained journalist.', events: [['10', 'USA', 'RUS']] },
  { text: 'Ukraine demanded the withdrawal of Russian troops.', events: [['1056', 'UKR', 'RUS']] },
  { text: 'Beijing demanded an apology from Tokyo.', events: [['10', 'CHN', 'JPN']] },
  { text: 'France called for a ceasefire in Gaza.', events: [['1056', 'FRA', 'PSE']] },
  { text: 'Saudi Arabia condemned the Israeli strike on the refugee camp.', events: [['111', 'SAU', 'ISR']] },
  { text: 'Russia accused Ukraine of shelling the nuclear plant.', events: [['112', 'RUS', 'UKR']] },
  { text: 'Canada criticised India over the killing of a Sikh activist.', events: [['111', 'CAN', 'IND']] },
  { text: 'Beijing blamed Washington for the rising tensions.', events: [['112', 'CHN', 'USA']] },
  { text: 'Venezuela denounced the sanctions imposed by the United States.', events: [['111', 'VEN', 'USA']] },
  { text: 'Morocco rejected Algeria\'s proposal.', events: [['12', 'MAR', 'DZA']] },
  { text: 'Hungary vetoed the EU aid package for Ukraine.', events: [['12', 'HUN', 'IGO']] },
  { text: 'Israel rejected calls by Egypt for a ceasefire.', events: [['12', 'ISR', 'EGY']] },
  { text: 'Russia refused to extend the grain deal with Ukraine.', events: [['12', 'RUS', 'UKR']] },
  { text: 'North Korea threatened to retaliate against South Korea.', events: [['13', 'PRK', 'KOR']] },
  { text: 'China warned the Philippines against further provocations.', events: [['130', 'CHN', 'PHL']] },
  { text: 'The United States threatened sanctions against Turkey.', events: [['1312', 'USA', 'TUR']] },
  { text: 'Thousands of protesters rallied in Tbilisi against the government.', events: [['141', 'GEO', 'GEO']] },
  { text: 'Workers in France went on strike over pension reform.', events: [['143', 'FRA', 'FRA']] },
  { text: 'Farmers blocked roads in Poland to protest Ukrainian grain imports.', events: [['144', 'POL', 'POL']] },
  { text: 'Russia threatened to send troops to Moldova.', events: [['138', 'RUS', 'MDA']] },
  { text: 'Germany refused to send troops to Ukraine.', events: [['1224', 'DEU', 'UKR']] },
  { text: 'Russia deployed troops to the border with Ukraine.', events: [['15', 'RUS', 'UKR']] },
  { text: 'China put its forces on high alert near Taiwan.', events: [['152', 'CHN', 'TWN']] },
  { text: 'North Korea test-fired a ballistic missile on Monday.', events: [['150', 'PRK', null]] },
  { text: 'Poland expelled Russian diplomats over espionage.', events: [['166', 'POL', 'RUS']] },
  { text: 'Niger recalled its ambassador from France.', events: [['161', 'NER', 'FRA']] },
  { text: 'Saudi Arabia severed diplomatic ties with Iran.', events: [['161', 'SAU', 'IRN']] },
  { text: 'The European Union imposed sanctions on Belarus.', events: [['163', 'IGO', 'BLR']] },
  { text: 'Canada suspended trade talks with India.', events: [['16', 'CAN', 'IND']] },
  { text: 'The United States cut aid to Niger after the coup.', events: [['162', 'USA', 'NER']] },
  { text: 'Israel\'s foreign ministry summoned the Spanish ambassador.', events: [['1', 'ISR', 'ESP']] },
  { text: 'Germany froze the assets of Russian oligarchs.', events: [['163', 'DEU', 'RUS']] },
  { text: 'Iranian police arrested dozens of protesters in Tehran.', events: [['173', 'IRN', 'IRN']] },
  { text: 'Russia banned the Dutch newspaper.', events: [['172', 'RUS', 'NLD']] },
  { text: 'Iran\'s navy seized a Greek tanker in the Gulf.', events: [['1711', 'IRN', 'GRC']] },
  { text: 'Security forces in Kenya fired tear gas at protesters.', events: [['175', 'KEN', 'KEN']] },
  { text: 'Belarus detained a Polish journalist.', events: [['173', 'BLR', 'POL']] },
  { text: 'Germany deported Afghan migrants.', events: [['174', 'DEU', 'AFG']] },
  { text: 'Gunmen kidnapped two Chinese engineers in Pakistan.', events: [['181', 'PAK', 'CHN']] },
  { text: 'Militants in Nigeria abducted Italian tourists.', events: [['181', 'NGA', 'ITA']] },
  { text: 'Russian forces shelled Ukrainian positions near Bakhmut.', events: [['194', 'RUS', 'UKR']] },
  { text: 'Israel carried out airstrikes in Syria overnight.', events: [['195', 'ISR', 'SYR']] },
  { text: 'Azerbaijani troops attacked Armenian positions on the border.', events: [['19', 'AZE', 'ARM']] },
  { text: 'Turkish jets bombed Kurdish militants in northern Iraq.', events: [['19', 'TUR', 'IRQ']] },
  { text: 'Hezbollah fired rockets at Israel.', events: [['190', 'LBN', 'ISR']] },
  { text: 'Israeli troops were attacked by Palestinian gunmen in Jenin.', events: [['19', 'PSE', 'ISR']] },
  { text: 'Sudanese army clashed with the Rapid Support Forces in Khartoum.', events: [['19', 'SDN', 'SDN']] },
  { text: 'Ukraine launched drones at Moscow on Sunday.', events: [['190', 'UKR', 'RUS']] },
  { text: 'Houthi rebels attacked a British cargo ship in the Red Sea.', events: [['19', 'YEM', 'GBR']] },
  { text: 'Syrian government forces used chemical weapons against civilians in Douma.', events: [['2041', 'SYR', 'SYR']] },
  { text: 'Two Chinese engineers were kidnapped in Pakistan.', events: [['181', 'PAK', 'CHN']] },
  { text: 'Unknown attackers shot dead a Russian diplomat in Ankara.', events: [['19', 'TUR', 'RUS']] },
  { text: 'The Chinese ambassador was summoned by the Lithuanian foreign ministry.', events: [['1', 'LTU', 'CHN']] },
  { text: 'Sanctions were imposed on Iran by the United States.', events: [['163', 'USA', 'IRN']] },
  { text: 'The Israeli strike on Lebanon killed three people.', events: [['19', 'ISR', 'LBN']] },
  { text: 'Britain and France condemned the attack on the Iraqi embassy.', events: [['111', 'GBR', 'IRQ'], ['111', 'FRA', 'IRQ']] },
  { text: 'The Chinese visit to Moscow came as tensions rose.', events: [['042', 'CHN', 'RUS']] },
  { text: 'Kuwait welcomed the agreement between Iran and Saudi Arabia.', events: [['051', 'KWT', 'IRN'], ['051', 'KWT', 'SAU']] },
  { text: 'South Africa\'s president called on Russia and Ukraine to end the war.', events: [['02', 'ZAF', 'RUS'], ['02', 'ZAF', 'UKR']] },
  { text: 'Russia\'s foreign ministry summoned the British ambassador on Monday.', events: [['1', 'RUS', 'GBR']] },
  { text: 'Algeria recalled its ambassador to Spain for consultations.', events: [['161', 'DZA', 'ESP']] },
  { text: 'The United States and the Philippines signed a new defence agreement.', events: [['057', 'USA', 'PHL'], ['057', 'PHL', 'USA']] },
  { text: 'Britain imposed new sanctions on Iranian officials.', events: [['163', 'GBR', 'IRN']] },
  { text: 'Washington slapped tariffs on Chinese steel.', events: [['163', 'USA', 'CHN']] },
  { text: 'Israel vowed to retaliate against Iran.', events: [['13', 'ISR', 'IRN']] },
  { text: 'Moscow warned Washington against sending long-range missiles to Kyiv.', events: [['130', 'RUS', 'USA']] },
  { text: 'The Ukrainian president thanked Germany for its support.', events: [['051', 'UKR', 'DEU']] },
  { text: 'China condemned the visit of the US House Speaker to Taiwan.', events: [['111', 'CHN', 'USA']] },
  { text: 'India accused Pakistan of sponsoring terrorism.', events: [['112', 'IND', 'PAK']] },
  { text: 'Mexico expelled two Ecuadorian diplomats.', events: [['166', 'MEX', 'ECU']] },
  { text: 'Russia and China held joint air patrols over the Sea of Japan.', events: [['062', 'RUS', 'CHN'], ['062', 'CHN', 'RUS']] },
  { text: 'Italy and Albania signed a migration deal.', events: [['057', 'ITA', 'ALB'], ['057', 'ALB', 'ITA']] },
  { text: 'Hamas released four Israeli hostages on Saturday.', events: [['0841', 'PSE', 'ISR']] },
  { text: 'Serbia put its army on full combat alert.', events: [['152', 'SRB', null]] },
  { text: 'Finland closed its border with Russia.', events: [['191', 'FIN', 'RUS']] },
  { text: 'Russia annexed four Ukrainian regions.', events: [['192', 'RUS', 'UKR']] },
  { text: 'The Taliban banned women from universities in Afghanistan.', events: [['172', 'AFG', 'AFG']] },
  { text: 'South Korea lodged a protest with Japan over the textbooks.', events: [['11', 'KOR', 'JPN']] },
  { text: 'Venezuela suspended flights to Panama.', events: [['16', 'VEN', 'PAN']] },
  { text: 'Germany offered to host peace talks between Armenia and Azerbaijan.', events: [['03', 'DEU', 'ARM']] },
  { text: 'Cuba welcomed the decision by the United States to ease restrictions.', events: [['051', 'CUB', 'USA']] },
  { text: 'Japan protested to China over the incursion.', events: [['11', 'JPN', 'CHN']] },
  { text: 'Kyiv was hit by Russian missiles overnight.', events: [['19', 'RUS', 'UKR']] },
  { text: 'Aid was delivered to Gaza by Jordan.', events: [['07', 'JOR', 'PSE']] },
  { text: 'Greece and Turkey agreed to improve relations.', events: [['03', 'GRC', 'TUR'], ['03', 'TUR', 'GRC']] },
  { text: 'The Chinese coast guard fired water cannon at a Philippine vessel.', events: [['1', 'CHN', 'PHL']] },
  { text: 'Azerbaijan accused Armenia of violating the ceasefire.', events: [['112', 'AZE', 'ARM']] },
  { text: 'Brazil refused to join the sanctions against Russia.', events: [['12', 'BRA', 'RUS']] },
  { text: 'The Houthis claimed responsibility for the attack on the ship.', events: [['015', 'YEM', null]] },
  { text: 'Iran\'s delivery of drones to Russia drew criticism.', events: [['07', 'IRN', 'RUS']] },
  { text: 'The Chinese foreign minister said Beijing would boost cooperation with Moscow.', events: [['03', 'CHN', 'RUS']] },
  { text: 'Officials said Israeli aircraft struck targets near Damascus.', events: [['19', 'ISR', 'SYR']] },
  { text: 'The Saudi crown prince received the Iranian foreign minister in Riyadh.', events: [['04', 'SAU', 'IRN']] },
  { text: 'Ukraine\'s parliament approved a bill banning the Russian Orthodox Church.', events: [['17', 'UKR', 'RUS']] },
  { text: 'Sweden, which joined NATO this year, sent fighter jets to Ukraine.', events: [['072', 'SWE', 'UKR']] },
  { text: 'Egypt\'s mediation between Israel and Hamas continued.', events: [['045', 'EGY', 'ISR']] },
  { text: 'The Palestinian Authority suspended security coordination with Israel.', events: [['16', 'PSE', 'ISR']] },
  { text: 'Georgia\'s ruling party accused the European Union of blackmail.', events: [['112', 'GEO', 'IGO']] },
  { text: 'Chinese and Indian troops clashed along the disputed border.', events: [['19', 'CHN', 'IND'], ['19', 'IND', 'CHN']] },
  { text: 'Spain and Ireland recognised the state of Palestine.', events: [['054', 'ESP', 'PSE'], ['054', 'IRL', 'PSE']] },
  { text: 'The Philippines accused Chinese vessels of ramming its supply boat.', events: [['112', 'PHL', 'CHN']] },
  { text: 'President Biden spoke with Israeli Prime Minister Benjamin Netanyahu on Sunday.', events: [['04', 'USA', 'ISR']] },
  { text: 'Ukraine struck a Russian air base in Crimea with drones.', events: [['19', 'UKR', 'RUS']] },
  { text: 'Algeria closed its airspace to Moroccan planes.', events: [['191', 'DZA', 'MAR']] },
  { text: 'Argentina restored diplomatic ties with Chile.', events: [['05', 'ARG', 'CHL']] },
  { text: 'The United States announced a $2 billion military aid package for Ukraine.', events: [['07', 'USA', 'UKR']] },
  { text: 'The Dutch government apologised to Indonesia for colonial violence.', events: [['055', 'NLD', 'IDN']] },
  { text: 'Japan lodged a formal protest with Russia over the military drills.', events: [['11', 'JPN', 'RUS']] },
  { text: 'Kazakhstan hosted talks between Armenia and Azerbaijan.', events: [['04', 'KAZ', 'ARM']] },
  { text: 'Britain will send warships to the Gulf to protect shipping.', events: [['1', 'GBR', null]] },
  { text: 'A Russian court sentenced an American journalist to 16 years in prison.', events: [['1', 'RUS', 'USA']] },
  { text: 'Russian missiles struck an apartment block in Dnipro, killing 40 people.', events: [['19', 'RUS', 'UKR']] },
  { text: 'Thousands of Israelis protested against the government in Tel Aviv.', events: [['141', 'ISR', 'ISR']] },
  { text: 'Beijing imposed export controls on gallium in response to US restrictions.', events: [['16', 'CHN', 'USA']] },
  { text: 'Estonia expelled a Russian diplomat on Tuesday.', events: [['166', 'EST', 'RUS']] },
  { text: 'Ecuadorian police stormed the Mexican embassy in Quito.', events: [['1', 'ECU', 'MEX']] },
  { text: 'Iran summoned the German charge d\'affaires over the execution.', events: [['1', 'IRN', 'DEU']] },
  { text: 'The Kremlin said Putin would visit North Korea next month.', events: [['036', 'RUS', 'PRK']] },
  { text: 'Pakistan carried out air strikes inside Iran.', events: [['195', 'PAK', 'IRN']] },
  { text: 'Kyiv accused Moscow of deporting Ukrainian children.', events: [['112', 'UKR', 'RUS']] },
  { text: 'Germany said it would provide Ukraine with more Patriot systems.', events: [['03', 'DEU', 'UKR']] },
  { text: 'The Biden administration approved the sale of F-16 fighter jets to Turkey.', events: [['07', 'USA', 'TUR']] },
  { text: 'Russian hackers attacked Czech government websites.', events: [['1', 'RUS', 'CZE']] },
  { text: 'The Egyptian president welcomed his Turkish counterpart in Cairo.', events: [['0', 'EGY', 'TUR']] },
  { text: 'South Korea and Japan resumed their security dialogue after a five-year hiatus.', events: [['04', 'KOR', 'JPN']] },
  { text: 'Ukrainian forces recaptured the village from Russian troops.', events: [['19', 'UKR', 'RUS']] },
  { text: 'China sent warships near Taiwan after the election.', events: [['15', 'CHN', 'TWN']] },
  { text: 'Hungary blocked EU funds for Ukraine.', events: [['1', 'HUN', 'IGO']] },
  { text: 'Ethiopia and Eritrea signed a peace agreement in Jeddah.', events: [['057', 'ETH', 'ERI'], ['057', 'ERI', 'ETH']] },
  { text: 'Russia\'s defence ministry said its air defences shot down 20 Ukrainian drones.', events: [['19', 'RUS', 'UKR']] },
  { text: 'Armenia froze its participation in the Russian-led security bloc.', events: [['16', 'ARM', 'RUS']] },
  { text: 'The Swiss government offered to host a peace summit on Ukraine.', events: [['0', 'CHE', 'UKR']] },
  { text: 'Sudan\'s army accused the United Arab Emirates of arming the RSF.', events: [['112', 'SDN', 'ARE']] },
  { text: 'The United States vetoed a UN resolution calling for a ceasefire in Gaza.', events: [['12', 'USA', 'IGO']] },
  { text: 'Lithuania, which borders Belarus, expelled a Belarusian diplomat.', events: [['166', 'LTU', 'BLR']] },
  { text: 'Tehran said it had arrested a French citizen for spying.', events: [['173', 'IRN', 'FRA']] },
  { text: 'A spokesman for the Chinese foreign ministry criticised Japan\'s decision to release the water.', events: [['111', 'CHN', 'JPN']] },
  { text: 'Oman hosted indirect talks between Iran and the United States.', events: [['043', 'OMN', 'IRN']] },
  { text: 'Pakistan handed over two suspects to Afghanistan.', events: [['06', 'PAK', 'AFG']] },
  { text: 'Hezbollah launched dozens of rockets into northern Israel.', events: [['19', 'LBN', 'ISR']] },
  { text: 'France will withdraw its troops from Niger by the end of the year.', events: [['0', 'FRA', 'NER']] },
  { text: 'Qatar and Egypt brokered a truce between Israel and Hamas.', events: [['045', 'QAT', 'ISR']] },
  { text: 'Saudi Arabia and Iran restored diplomatic ties in March.', events: [['05', 'SAU', 'IRN'], ['05', 'IRN', 'SAU']] },
  { text: 'Beijing slammed the US arms sale to Taiwan.', events: [['111', 'CHN', 'USA']] },
  { text: 'Indian police detained dozens of Kashmiri activists.', events: [['173', 'IND', 'IND']] },
  { text: 'Russia blamed Ukraine for the downing of the plane.', events: [['112', 'RUS', 'UKR']] },
  { text: 'Moscow hailed the talks with Beijing as productive.', events: [['051', 'RUS', 'CHN']] },
  { text: 'Israel traded accusations with Hamas.', events: [['112', 'ISR', 'PSE']] },
  { text: 'Poland protested the detention of its citizen in Belarus.', events: [['114', 'POL', 'BLR']] },
  { text: 'The Chinese government protested the American decision.', events: [['114', 'CHN', 'USA']] },
  { text: 'Iran protested over the decision by Switzerland.', events: [['114', 'IRN', 'CHE']] },
  { text: 'The government of Poland protested the detention of its citizen in Belarus.', events: [['114', 'POL', 'BLR']] },
  { text: 'Demonstrators in Paris protested against Israel.', events: [['141', 'FRA', 'ISR']] },
  { text: 'Farmers protested against the EU trade deal in Brussels.', events: [['141', 'BEL', 'IGO']] },
  { text: 'Germany pledged to deploy troops to Lithuania.', events: [['0334', 'DEU', 'LTU']] },
  { text: 'The United States pledged to send more troops to Poland.', events: [['0334', 'USA', 'POL']] },
  { text: 'Russia sent troops to Ukraine in February 2022.', events: [['154', 'RUS', 'UKR']] },
  { text: 'Western allies condemned Russia over the strike.', events: [['111', 'WST', 'RUS']] },
  { text: 'Gulf states pledged aid to Syria.', events: [['033', 'PGS', 'SYR']] },
  { text: 'Russia deployed troops to the border with Ukraine.', events: [['15', 'RUS', 'UKR']] },
  { text: 'China sent warships near Taiwan after the election.', events: [['15', 'CHN', 'TWN']] },
  { text: 'Ukrainian forces received tanks from Poland.', events: [['072', 'POL', 'UKR']] },
  { text: 'Egypt received a loan from the IMF.', events: [['071', 'IGO', 'EGY']] },
  { text: 'Kenya received aid from Japan.', events: [['070', 'JPN', 'KEN']] },
  { text: 'Iran arrested a Briton accused of spying for Israel.', events: [['173', 'IRN', 'GBR']] },
];

for (const c of NEWS) {
  test(`events: news: ${c.text}`, () => {
    const record = analyze({ text: c.text, published: '2024-10-11' });
    const got = record.events.map((e) => [e.code, e.source.actor?.slice(0, 3) ?? null, e.target?.actor?.slice(0, 3) ?? null] as const);
    for (const [code, source, target] of c.events) {
      assert.ok(
        got.some(([g, s, t]) => g.startsWith(code) && s === source && t === target),
        `want ${code} ${source}->${target}; got ${JSON.stringify(got)}`,
      );
    }
  });
}
