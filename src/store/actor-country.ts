import { countryEntries } from '../kb/country-entries.js';

const COUNTRY = 3;
let countries: ReadonlySet<string> | null = null;

/**
 * The country part of a CAMEO actor code, as country-level views show actors: its first three
 * letters when they are the ISO3 code of a country the knowledge base knows (`IRNGOV` → `IRN`,
 * `PSEREB` → `PSE`), else the whole code, which names no country (`IGOUNO`, `IMGMOSALQ`, a bare `GOV` or `REB`).
 */
export function actorCountry(code: string): string {
  countries ??= new Set(countryEntries().countries.keys());
  const prefix = code.slice(0, COUNTRY);
  return countries.has(prefix) ? prefix : code;
}
