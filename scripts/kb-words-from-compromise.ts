/**
 * Derives two word lists of data/kb: given-names.json (first names, male and female, from the
 * compromise lexicon, MIT; with the names compromise tags only male or only female) and common-words.json (English words that are not names: the
 * compromise lexicon less its name tags, plus the lexemes of wink-eng-lite-web-model, MIT, whose
 * part of speech is not PROPN). Run: `npx tsx scripts/kb-words-from-compromise.ts`.
 * Each list is one joined string of lines (split once on load). The program never loads either package.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nlp from 'compromise';

const NAME_TAGS = /^(FirstName|MaleName|FemaleName)$/;
const PROPER_TAGS = /^(FirstName|MaleName|FemaleName|LastName|Person|City|Country|Place|Region|Organization|SportsTeam|ProperNoun|Demonym|Honorific|Currency|Emoticon)$/;

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const given: string[] = [];
const male: string[] = [];
const female: string[] = [];
const common: string[] = [];
for (const [word, tag] of Object.entries(lexicon)) {
  const tags = Array.isArray(tag) ? tag : [tag];
  if (!/^[a-z][a-z'-]*$/.test(word)) continue;
  if (tags.some((t) => NAME_TAGS.test(t))) given.push(word);
  if (tags.includes('MaleName') !== tags.includes('FemaleName')) (tags.includes('MaleName') ? male : female).push(word);
  else if (!tags.some((t) => PROPER_TAGS.test(t))) common.push(word);
}
interface WinkModel {
  readonly features: { readonly lexeme: { readonly list: readonly string[] }; readonly pos: { readonly list: readonly string[] } };
  readonly packing: { readonly size: number; readonly layout: { readonly pos: readonly number[] } };
  readonly lexicon: Uint32Array;
}
const readWink = createRequire(import.meta.url)('wink-eng-lite-web-model/dist/read-core-model.js') as () => WinkModel;
const wink = readWink();
const [word, mask, shift] = wink.packing.layout.pos as [number, number, number];
const givenSet = new Set(given);
wink.features.lexeme.list.forEach((lexeme, i) => {
  if (!/^[a-z][a-z'-]*$/.test(lexeme) || givenSet.has(lexeme)) return;
  const pos = wink.features.pos.list[(wink.lexicon[i * wink.packing.size + word]! & mask) >>> shift];
  if (pos && pos !== 'PROPN' && pos !== 'UNK' && pos !== 'X') common.push(lexeme);
});
const source = 'compromise 14 lexicon and wink-eng-lite-web-model lexemes (both MIT), via scripts/kb-words-from-compromise.ts';
const joined = (words: string[]): string => [...new Set(words)].sort().join('\n');
const write = (file: string, lists: Record<string, string[]>): void =>
  writeFileSync(file, JSON.stringify({ version: '1.1.0', source, ...Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, joined(v)])) }, null, 0) + '\n');
write('data/kb/given-names.json', { names: given, male, female });
write('data/kb/common-words.json', { words: common });
console.log(`given names ${given.length}, common words ${common.length}`);
