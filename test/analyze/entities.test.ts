import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledgeBase } from '../../src/kb/knowledge-base.js';
import { createDoc } from '../../src/analyze/document.js';
import { entitiesStage } from '../../src/analyze/entities/entities-stage.js';
import { runPipeline } from '../../src/analyze/pipeline.js';
import { tokensStage } from '../../src/analyze/tokens/tokens-stage.js';
import { analyze } from '../../src/analyze/analyzer.js';
import type { Entity } from '../../src/analyze/record.js';

const kb = loadKnowledgeBase();
const pipeline = [tokensStage, entitiesStage(kb)];

function entities(text: string, published = '2024-10-11'): readonly Entity[] {
  return runPipeline(pipeline, createDoc({ text, published })).entities;
}

interface Expect {
  readonly text: string;
  readonly type: Entity['type'];
  readonly kind?: string;
  readonly name?: string;
  readonly kbId?: string | null;
  readonly country?: string | null;
  readonly role?: string | null;
  readonly sector?: string | null;
}

interface Case {
  readonly rule: string;
  readonly text: string;
  readonly published?: string;
  readonly expect: readonly Expect[];
}

const CASES: readonly Case[] = [
  { rule: 'country from world-countries', text: 'Officials in Iran rejected the offer.', expect: [{ text: 'Iran', type: 'GPE', kbId: 'country/IRN', country: 'IRN' }] },
  { rule: 'possessive country', text: "Talks with Iran's envoys resumed.", expect: [{ text: 'Iran', type: 'GPE', country: 'IRN' }] },
  { rule: 'capital city', text: 'The delegation flew to Tehran on Monday.', expect: [{ text: 'Tehran', type: 'GPE', country: 'IRN' }] },
  { rule: 'exonym Kiev is Kyiv', text: 'Shelling was heard in Kiev overnight.', expect: [{ text: 'Kiev', type: 'GPE', name: 'Kyiv', kind: 'alias', country: 'UKR' }] },
  { rule: "exonym Sana'a", text: "Rebels still hold Sana'a and the port.", expect: [{ text: "Sana'a", type: 'GPE', name: 'Sanaa', country: 'YEM' }] },
  { rule: 'demonym is NORP linked to its country', text: 'Iranian diplomats arrived late.', expect: [{ text: 'Iranian', type: 'NORP', country: 'IRN' }] },
  { rule: 'title kept apart, role from demonym', text: 'Russian Prime Minister Mikhail Mishustin opened the forum.', expect: [{ text: 'Russian', type: 'NORP', country: 'RUS' }, { text: 'Mikhail Mishustin', type: 'PERSON', country: 'RUS', role: 'Prime Minister of Russia', sector: 'GOV' }] },
  { rule: 'role of an unknown person from title and country', text: 'Ruritanian analyst aside, Brazilian Foreign Minister Ana Souza Lima spoke first.', expect: [{ text: 'Ana Souza Lima', type: 'PERSON', country: 'BRA', role: 'Foreign Minister of Brazil', sector: 'GOV' }] },
  { rule: 'surname later is an alias of the full name', text: 'Mikhail Mishustin arrived on Monday. Later Mishustin left.', expect: [{ text: 'Mishustin', type: 'PERSON', kind: 'alias', name: 'Mikhail Mishustin' }] },
  { rule: 'surname of an unknown person', text: 'The report was written by Helga Marquardt-Olsen of our desk. Marquardt-Olsen spent a year on it.', expect: [{ text: 'Marquardt-Olsen', type: 'PERSON', kind: 'alias', name: 'Helga Marquardt-Olsen' }] },
  { rule: 'acronyms from the knowledge base', text: 'The IAEA and BRICS met, TASS reported.', expect: [{ text: 'IAEA', type: 'ORG', sector: 'IGO' }, { text: 'BRICS', type: 'ORG', sector: 'IGO' }, { text: 'TASS', type: 'ORG', sector: 'MED', country: 'RUS' }] },
  { rule: 'acronym of an organisation named in full', text: 'The Federal Grain Inspection Service issued rules. The FGIS said more would follow.', expect: [{ text: 'Federal Grain Inspection Service', type: 'ORG' }, { text: 'FGIS', type: 'ORG', kind: 'alias', name: 'Federal Grain Inspection Service' }] },
  { rule: 'particle al-', text: 'A statement from Bashar al-Assad was read out.', expect: [{ text: 'Bashar al-Assad', type: 'PERSON', country: 'SYR' }] },
  { rule: 'particle bin', text: 'Crown Prince Mohammed bin Salman hosted the talks.', expect: [{ text: 'Mohammed bin Salman', type: 'PERSON', country: 'SAU' }] },
  { rule: 'particles von der', text: 'Ursula von der Leyen answered questions.', expect: [{ text: 'Ursula von der Leyen', type: 'PERSON' }] },
  { rule: 'particle de at the start of a name', text: 'The envoy, de Mistura, left Geneva.', expect: [{ text: 'de Mistura', type: 'PERSON' }] },
  { rule: 'X-backed yields the country', text: 'The Iran-backed Houthis fired again.', expect: [{ text: 'Iran', type: 'GPE', country: 'IRN' }, { text: 'Houthis', type: 'ORG', country: 'YEM', sector: 'REB' }] },
  { rule: 'X-Y relations yields both countries', text: 'Russia-Iran relations have deepened.', expect: [{ text: 'Russia', type: 'GPE' }, { text: 'Iran', type: 'GPE' }] },
  { rule: 'quoted name before a noun is a PRODUCT', text: 'The army used “Shahed” drones at night.', expect: [{ text: 'Shahed', type: 'PRODUCT' }] },
  { rule: 'organisation word at the end', text: 'The Northern Grain Growers Association filed a complaint.', expect: [{ text: 'Northern Grain Growers Association', type: 'ORG' }] },
  { rule: 'ministry of defence is MIL', text: 'A spokesman for the Ruritanian Defence Ministry declined.', expect: [{ text: 'Ruritanian Defence Ministry', type: 'ORG', sector: 'MIL' }] },
  { rule: 'demonym before an organisation word makes a national body', text: 'The Russian Defence Ministry said drones were downed.', expect: [{ text: 'Russian Defence Ministry', type: 'ORG', country: 'RUS', sector: 'MIL' }, { text: 'Russian', type: 'NORP' }] },
  { rule: 'organisation head word with of', text: 'She studied at the University of Lower Dawson.', expect: [{ text: 'University of Lower Dawson', type: 'ORG', sector: 'EDU' }] },
  { rule: 'news outlet', text: 'Al Jazeera and Reuters carried the story.', expect: [{ text: 'Al Jazeera', type: 'ORG', sector: 'MED', country: 'QAT' }, { text: 'Reuters', type: 'ORG', sector: 'MED' }] },
  { rule: 'armed group', text: 'Hezbollah denied the claim.', expect: [{ text: 'Hezbollah', type: 'ORG', country: 'LBN', sector: 'REB' }] },
  { rule: 'region', text: 'Tension is rising across the Middle East and the Sahel.', expect: [{ text: 'Middle East', type: 'LOC' }, { text: 'Sahel', type: 'LOC' }] },
  { rule: 'dated office-holder: role at the published date', text: 'Dmitry Medvedev signed the decree.', published: '2010-03-01', expect: [{ text: 'Dmitry Medvedev', type: 'PERSON', role: 'President of Russia' }] },
  { rule: 'dated office-holder: a later role', text: 'Dmitry Medvedev signed the decree.', published: '2015-03-01', expect: [{ text: 'Dmitry Medvedev', type: 'PERSON', role: 'Prime Minister of Russia' }] },
  { rule: 'description resolves to the office-holder at the date', text: "Iran's foreign minister arrived in Muscat.", expect: [{ text: "Iran's foreign minister", type: 'PERSON', kind: 'description', name: 'Abbas Araghchi' }] },
  { rule: 'description with a demonym', text: 'The Russian president spoke by phone.', published: '2010-06-01', expect: [{ text: 'Russian president', type: 'PERSON', kind: 'description', name: 'Dmitry Medvedev' }] },
  { rule: 'the leader of a country', text: 'The Iranian leader gave a sermon.', expect: [{ text: 'Iranian leader', type: 'PERSON', kind: 'description', name: 'Ali Khamenei' }] },
  { rule: 'description of an office nobody in the knowledge base holds keeps the country', text: 'The Ugandan leader flew home.', expect: [{ text: 'Ugandan leader', type: 'PERSON', kind: 'description', country: 'UGA', role: 'Leader of Uganda', sector: 'GOV' }] },
  { rule: 'seat of government', text: 'The Kremlin issued a statement.', expect: [{ text: 'Kremlin', type: 'FAC', country: 'RUS', sector: 'GOV' }] },
  { rule: 'company from the knowledge base', text: 'Gazprom cut supplies.', expect: [{ text: 'Gazprom', type: 'ORG', sector: 'BUS', country: 'RUS' }] },
  { rule: 'given name starts a person', text: 'We spoke to Mariam Okonjo-Bello about it.', expect: [{ text: 'Mariam Okonjo-Bello', type: 'PERSON' }] },
  { rule: 'a country that plays in a sports report is its team', text: 'In the opening match of the cup, Norway defeated Chile. The referee gave a penalty and the striker scored a late goal.', expect: [{ text: 'Norway', type: 'ORG', country: 'NOR' }, { text: 'Chile', type: 'GPE' }] },
  { rule: 'place before ", state" is a place', text: 'The plant in Smallbrook, Ohio closed.', expect: [{ text: 'Smallbrook', type: 'GPE' }, { text: 'Ohio', type: 'GPE', country: 'USA' }] },
  { rule: 'known company followed by a model number is a product', text: 'The airline ordered ten Airbus A350 jets.', expect: [{ text: 'Airbus A350', type: 'PRODUCT' }] },
  { rule: 'stacked titles', text: 'Agency director General Omar Haddad spoke.', expect: [{ text: 'Omar Haddad', type: 'PERSON' }] },
  { rule: 'title-case organisation after a title word is not a person', text: 'Shares of General Motors fell.', expect: [{ text: 'General Motors', type: 'ORG' }] },
  { rule: 'every demonym of a comma list names its country', text: 'Herzegovinian farmers and Bosnian officials met.', expect: [{ text: 'Bosnian', type: 'NORP', country: 'BIH' }, { text: 'Herzegovinian', type: 'NORP', country: 'BIH' }] },
  { rule: 'historical country names map to the successor', text: 'Trade with the Soviet Union and Zaire grew in those years.', expect: [{ text: 'Soviet Union', type: 'GPE', country: 'RUS' }, { text: 'Zaire', type: 'GPE', country: 'COD' }] },
  { rule: 'other names of a people', text: 'Serbs and Croats signed the accord.', expect: [{ text: 'Serbs', type: 'NORP', country: 'SRB' }, { text: 'Croats', type: 'NORP', country: 'HRV' }] },
  { rule: 'a people tied to one country', text: 'Tamil fishermen returned to port.', expect: [{ text: 'Tamil', type: 'NORP', country: 'LKA' }] },
  { rule: 'former international body', text: 'The European Community lifted its embargo.', expect: [{ text: 'European Community', type: 'ORG', sector: 'IGO' }] },
  { rule: 'titled person takes the one country of the sentence', text: 'President Olumide Baraka dissolved the Zambian parliament.', expect: [{ text: 'Olumide Baraka', type: 'PERSON', country: 'ZMB', role: 'President of Zambia', sector: 'GOV' }] },
  { rule: 'an official rank takes the one country of the sentence', text: "Gen. Marcel Dorvil resigned to allow Haiti's first free vote.", expect: [{ text: 'Marcel Dorvil', type: 'PERSON', country: 'HTI', sector: 'MIL' }] },
  { rule: "a district after a city's possessive takes its country", text: "Ankara's Yenikent district council met.", expect: [{ text: 'Yenikent', type: 'GPE', country: 'TUR' }] },
  { rule: 'smaller city after a locative preposition', text: 'Shells fell on homes in Tiberias overnight.', expect: [{ text: 'Tiberias', type: 'GPE', country: 'ISR' }] },
  { rule: 'name before an administrative word is a place', text: 'Floods hit Sindh province again.', expect: [{ text: 'Sindh', type: 'GPE' }] },
  { rule: 'a UK home nation that plays in a sports report is its team', text: 'In the group match, Scotland defeated Norway 2 – 1. The striker scored twice and the goalkeeper saved a penalty before the referee ended the final.', expect: [{ text: 'Scotland', type: 'ORG', country: 'GBR' }] },
  { rule: 'a name ending with an event word is an EVENT', text: 'Delegates flew in for the Global Water Summit in Nairobi.', expect: [{ text: 'Global Water Summit', type: 'EVENT' }, { text: 'Nairobi', type: 'GPE' }] },
  { rule: 'an acronym in brackets after a name, and later, is that entity', text: 'Crews worked at the Northgate Space Center (NSC) in Ohio. Many NSC employees stayed.', expect: [{ text: 'NSC', type: 'FAC', kind: 'alias', name: 'Northgate Space Center' }] },
  { rule: 'a lower-case kind of body before an unknown name makes an ORG', text: 'Shares of engine maker Veltrona rose.', expect: [{ text: 'Veltrona', type: 'ORG' }] },
  { rule: 'an unknown name before a title and a person is their ORG', text: 'The risk is real, said Kardova analyst Pia Lenz.', expect: [{ text: 'Kardova', type: 'ORG' }, { text: 'Pia Lenz', type: 'PERSON' }] },
  { rule: 'a person "of" an unknown name: the name is an ORG', text: 'Ana Torres of Civic Renewal won the seat.', expect: [{ text: 'Civic Renewal', type: 'ORG' }] },
  { rule: "an unknown name's person: the name is an ORG", text: "Solidaria's Mark Dunn spoke first.", expect: [{ text: 'Solidaria', type: 'ORG' }, { text: 'Mark Dunn', type: 'PERSON' }] },
  { rule: 'an untyped name listed with people is a person', text: 'Romelu Okafor, Yannick Dubois, and Dries Mertz made early attempts.', expect: [{ text: 'Dries Mertz', type: 'PERSON' }] },
  { rule: 'a family name of the cue list makes a person', text: 'Voters backed Starry Lee again.', expect: [{ text: 'Starry Lee', type: 'PERSON' }] },
  { rule: "a company's name before other name words is a product", text: 'The Ford Taurus returned. The plane has four Rolls-Royce Trent 900 engines.', expect: [{ text: 'Ford Taurus', type: 'PRODUCT' }, { text: 'Rolls-Royce Trent 900', type: 'PRODUCT' }] },
  { rule: 'a known place before a facility word is a facility with its place', text: 'They played at the Kazan Arena.', expect: [{ text: 'Kazan Arena', type: 'FAC', country: 'RUS' }, { text: 'Kazan', type: 'GPE' }] },
  { rule: 'a known place before a newspaper word is a newspaper', text: 'The Toronto Star reported it.', expect: [{ text: 'Toronto Star', type: 'ORG', sector: 'MED', country: 'CAN' }] },
  { rule: 'a people before "party" is a party', text: 'He led the Republican party for years.', expect: [{ text: 'Republican party', type: 'ORG', sector: 'PTY' }] },
  { rule: '"and" inside a facility name', text: 'It went to the National Air and Space Museum.', expect: [{ text: 'National Air and Space Museum', type: 'FAC' }] },
  { rule: 'a portfolio after the title is not part of the name', text: 'Minister of Education Lucia Ferraro said so.', expect: [{ text: 'Lucia Ferraro', type: 'PERSON' }] },
  { rule: 'any name after "the town of" is a place', text: 'Shells fell in the town of Dunvegar.', expect: [{ text: 'Dunvegar', type: 'GPE' }] },
  { rule: 'products of the knowledge base, camel case included', text: 'She bought an iPhone and used Firefox.', expect: [{ text: 'iPhone', type: 'PRODUCT' }, { text: 'Firefox', type: 'PRODUCT' }] },
  { rule: 'a name starting with an event word is an EVENT, even first in a sentence', text: 'Cyclone Mirela hit the coast. Later Mirela weakened.', expect: [{ text: 'Cyclone Mirela', type: 'EVENT' }, { text: 'Mirela', type: 'EVENT', kind: 'alias' }] },
  { rule: 'a place before ", place, country" is a place', text: 'She lives in Orvieto Scalo, Terni, Italy for now.', expect: [{ text: 'Orvieto Scalo', type: 'GPE' }] },
  { rule: 'a portfolio of common words after the title, then a name', text: 'Minister of Education Stefania Gianoli said so.', expect: [{ text: 'Stefania Gianoli', type: 'PERSON' }] },
  { rule: 'a name typed by a cue once has that type everywhere in the article', text: 'Goals came from Romelu Okafor, Yannick Dubois and Dries Mertz. Later Dries Mertz scored again.', expect: [{ text: 'Dries Mertz', type: 'PERSON' }] },
  { rule: 'an institute in another language is an ORG', text: 'Instituto Gonzaga, a school in Milan, paid the tax.', expect: [{ text: 'Instituto Gonzaga', type: 'ORG' }, { text: 'Milan', type: 'GPE', country: 'ITA' }] },
  { rule: 'the last word of an organisation named in full is that organisation', text: 'The Harrow Valley Court ruled on Monday. The Court gave no reasons.', expect: [{ text: 'Court', type: 'ORG', kind: 'alias', name: 'Harrow Valley Court' }] },
  { rule: 'a name of several words before ", country" and a noun is no place', text: 'Hernan Dario Gomez, Panama coach, said so.', expect: [{ text: 'Hernan Dario Gomez', type: 'PERSON' }] },
  { rule: 'a person of people.json links with country, and sector from the role held on the date', text: 'An Argentine judge ordered former president Carlos Menem to appear.', published: '1995-06-01', expect: [{ text: 'Carlos Menem', type: 'PERSON', name: 'Carlos Saul Menem', kbId: 'person/carlos-saul-menem', country: 'ARG', sector: 'GOV' }] },
  { rule: 'a person of people.json without a title, sector from the entry after the role ended', text: 'Alassane Ouattara was allowed to run.', published: '1999-06-01', expect: [{ text: 'Alassane Ouattara', type: 'PERSON', kbId: 'person/alassane-ouattara', country: 'CIV', sector: 'ELI' }] },
  { rule: 'initials of a person of people.json', text: 'He welcomed South African leader F.W. de Klerk.', expect: [{ text: 'F.W. de Klerk', type: 'PERSON', kbId: 'person/frederick-willem-de-klerk', country: 'ZAF' }] },
  { rule: 'a distinctive lone surname of people.json links to that person', text: 'Reagan spoke in Berlin.', expect: [{ text: 'Reagan', type: 'PERSON', name: 'Ronald Reagan', country: 'USA' }] },
  { rule: 'a lone surname joins the person named in full in the article before people.json', text: 'Nancy Reagan spoke first. Then Reagan left, and Mrs. Reagan came back.', expect: [{ text: 'Reagan', type: 'PERSON', kind: 'alias', name: 'Nancy Reagan', kbId: null }] },
  { rule: 'Philippine is a nationality word', text: 'Philippine troops clashed with rebels.', expect: [{ text: 'Philippine', type: 'NORP', country: 'PHL' }] },
  { rule: '"the Vatican" is the state', text: 'The Vatican said the visit was off.', expect: [{ text: 'Vatican', type: 'GPE', kbId: 'country/VAT', country: 'VAT' }] },
  { rule: 'Vatican before a noun is the adjective', text: 'Vatican officials declined to comment.', expect: [{ text: 'Vatican', type: 'NORP', country: 'VAT' }] },
  { rule: 'a first-level region has its country', text: 'Gunmen attacked a village in Borno state. Fighting spread in Helmand and North Kivu.', expect: [{ text: 'Borno', type: 'GPE', country: 'NGA' }, { text: 'Helmand', type: 'GPE', country: 'AFG' }, { text: 'North Kivu', type: 'GPE', country: 'COD' }] },
  { rule: 'a misspelt country name of the Phoenix records', text: 'Ethopia has agreed to re-open its borders.', expect: [{ text: 'Ethopia', type: 'GPE', country: 'ETH' }] },
  { rule: 'Bosnian Serbs are a people of Bosnia', text: 'Bosnian Serbs demanded a truce.', expect: [{ text: 'Bosnian Serbs', type: 'NORP', country: 'BIH' }] },
  { rule: '"the Pope" is the head of the Holy See on the date', text: 'The Pope said peace was possible.', expect: [{ text: 'Pope', type: 'PERSON', kind: 'description', kbId: 'person/pope-francis', country: 'VAT', sector: 'REL', role: 'Pope' }] },
  { rule: '"the pontiff" after the election of a new pope', text: 'The pontiff prayed for peace.', published: '2025-06-01', expect: [{ text: 'pontiff', type: 'PERSON', kind: 'description', kbId: 'person/pope-leo-xiv', country: 'VAT' }] },
  { rule: 'a pope named after the title is of the Holy See', text: 'Pope Francis met pilgrims. Pope Leo spoke later.', published: '2025-06-01', expect: [{ text: 'Pope Francis', type: 'PERSON', kbId: 'person/pope-francis', country: 'VAT', sector: 'REL' }, { text: 'Pope Leo', type: 'PERSON', kbId: 'person/pope-leo-xiv', country: 'VAT' }] },
  { rule: 'Palestinian towns are places of Palestine, without a place cue', text: 'Raids in Jenin and Nablus left five dead. Troops entered Tulkarm, Bethlehem and Deir al-Balah.', expect: [{ text: 'Jenin', type: 'GPE', kbId: 'city/pse/jenin', country: 'PSE' }, { text: 'Nablus', type: 'GPE', country: 'PSE' }, { text: 'Tulkarm', type: 'GPE', country: 'PSE' }, { text: 'Bethlehem', type: 'GPE', country: 'PSE' }, { text: 'Deir al-Balah', type: 'GPE', country: 'PSE' }] },
  { rule: 'Kosovo is filed under its CAMEO code KSV', text: 'Kosovo and Serbia agreed. Kosovar police said so.', expect: [{ text: 'Kosovo', type: 'GPE', kbId: 'country/KSV', country: 'KSV' }, { text: 'Kosovar', type: 'NORP', country: 'KSV' }] },
  { rule: 'a Korean given name hyphenated or written apart is one person', text: 'Kim Jong-un met the envoy. Kim Jong Un said little.', expect: [{ text: 'Kim Jong-un', type: 'PERSON', kbId: 'person/kim-jong-un', country: 'PRK' }, { text: 'Kim Jong Un', type: 'PERSON', kbId: 'person/kim-jong-un' }] },
  { rule: 'groups of countries are one actor with a CAMEO region code', text: 'Western allies, European countries and Gulf states pledged aid.', expect: [{ text: 'Western allies', type: 'NORP', kbId: 'group/west', country: null }, { text: 'European countries', type: 'NORP', kbId: 'group/europe' }, { text: 'Gulf states', type: 'NORP', kbId: 'group/gulf-states' }] },
  { rule: 'the North Korean leader is the office-holder on the date', text: 'The North Korean leader spoke.', expect: [{ text: 'North Korean leader', type: 'PERSON', kind: 'description', kbId: 'person/kim-jong-un' }] },
  { rule: 'a known person misspelt in one long word links to that person', text: 'Nelson Mandella spoke at the rally.', published: '1995-01-01', expect: [{ text: 'Nelson Mandella', type: 'PERSON', kind: 'alias', name: 'Nelson Mandela', kbId: 'person/nelson-mandela', country: 'ZAF' }] },
  { rule: 'a titled person misspelt by two swapped letters links to that person', text: 'Prime Minister Benjamin Netanyhau arrived late.', expect: [{ text: 'Benjamin Netanyhau', type: 'PERSON', kbId: 'person/benjamin-netanyahu', country: 'ISR' }] },
  { rule: 'a misspelt country links to the country', text: 'Trade with Uzbekstan grew.', expect: [{ text: 'Uzbekstan', type: 'GPE', kind: 'alias', kbId: 'country/UZB', country: 'UZB' }] },
  { rule: 'a misspelt one-word company links to the company', text: 'Shares of Chryslar fell.', expect: [{ text: 'Chryslar', type: 'ORG', kbId: 'bus/chrysler', country: 'USA', sector: 'BUS' }] },
  { rule: 'a misspelt demonym links to its country', text: 'Many Ukrainan refugees crossed the border.', expect: [{ text: 'Ukrainan', type: 'NORP', kbId: 'norp/UKR', country: 'UKR' }] },
  { rule: 'a misspelt people links to its country', text: 'A group of Chechan refugees marched.', expect: [{ text: 'Chechan', type: 'NORP', kbId: 'people/chechen', country: 'RUS' }] },
  { rule: '"ethnic" and a people with a group noun "living in" a country is of that country', text: 'Ethnic Hungarian students living in Romania protested.', expect: [{ text: 'Ethnic Hungarian students', type: 'NORP', kind: 'description', country: 'ROU', sector: 'CVL' }, { text: 'Hungarian', type: 'NORP', country: 'HUN' }] },
  { rule: 'a faith with a group noun "in" a place of a country is of that country', text: 'Shelling hit Catholic militias in southern Lebanon.', expect: [{ text: 'Catholic militias', type: 'NORP', kind: 'description', country: 'LBN', sector: 'MIL' }] },
  { rule: 'a faith word is a people with no country', text: 'Talks with Sikh leaders went well.', expect: [{ text: 'Sikh', type: 'NORP', country: null }] },
  { rule: 'Jewish settlers are Israelis', text: 'Jewish settlers clashed with villagers.', expect: [{ text: 'Jewish settlers', type: 'NORP', kbId: 'people/jewish-settlers', country: 'ISR', sector: 'CVL' }] },
  { rule: "a people right after another country's demonym lives in that country", text: 'Syrian Druze and Pakistani Punjabis voted.', expect: [{ text: 'Druze', type: 'NORP', country: 'SYR', kbId: null }, { text: 'Punjabis', type: 'NORP', country: 'PAK', kbId: null }] },
  { rule: 'peoples of Indonesia near other demonyms are their own', text: 'Sundanese and Javanese farmers planted rice.', expect: [{ text: 'Sundanese', type: 'NORP', country: 'IDN' }, { text: 'Javanese', type: 'NORP', country: 'IDN' }] },
];

for (const c of CASES) {
  test(`entities: ${c.rule}`, () => {
    const found = entities(c.text, c.published);
    for (const x of c.expect) {
      const hit = found.find((e) => e.type === x.type && e.mentions.some((m) => m.text === x.text && (!x.kind || m.kind === x.kind)));
      assert.ok(hit, `${x.type} "${x.text}" in ${JSON.stringify(found.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)]))}`);
      if (x.name !== undefined) assert.equal(hit.name, x.name);
      if (x.kbId !== undefined) assert.equal(hit.kb.id, x.kbId);
      if (x.country !== undefined) assert.equal(hit.kb.country, x.country);
      if (x.role !== undefined) assert.equal(hit.kb.role, x.role);
      if (x.sector !== undefined) assert.equal(hit.sector, x.sector);
    }
  });
}

test('entities: ids e1.. in order of first mention, offsets point into the text', () => {
  const text = 'Iran and Russia signed a deal in Moscow. Russian Prime Minister Mikhail Mishustin praised Iran.';
  const found = entities(text);
  found.forEach((e, i) => assert.equal(e.id, `e${i + 1}`));
  for (const e of found) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  const starts = found.map((e) => e.mentions[0]!.start);
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
});

test('entities: end to end through analyze()', () => {
  const r = analyze({ text: 'Iranian Foreign Minister Abbas Araghchi met Sergei Lavrov in Moscow on Tuesday.', published: '2024-10-11' });
  const names = r.entities.map((e) => `${e.type}:${e.name}`);
  for (const n of ['NORP:Iranian', 'PERSON:Abbas Araghchi', 'PERSON:Sergei Lavrov', 'GPE:Moscow']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
  const araghchi = r.entities.find((e) => e.name === 'Abbas Araghchi')!;
  assert.equal(araghchi.kb.role, 'Foreign Minister of Iran');
  assert.equal(araghchi.kb.id, 'person/abbas-araghchi');
});
