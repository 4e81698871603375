import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import type { KbEntry } from './kb-entry.js';

/** What the knowledge base knows of a country by its ISO3 code. */
export interface CountryInfo {
  readonly iso3: string;
  readonly iso2: string;
  readonly name: string;
  readonly capitals: readonly string[];
  readonly demonym: string | null;
}

/**
 * Codes the knowledge base files a country under where world-countries has none of ISO 3166-1:
 * Kosovo (`UNK` there) is `KSV`, its code in CAMEO and the Phoenix dictionaries, so that its actors are `KSVGOV`.
 */
const KB_CODES: ReadonlyMap<string, string> = new Map([['UNK', 'KSV']]);

/** The knowledge base's code of a country written with a world-countries code (`UNK` → `KSV`; others unchanged). */
export function kbCountryCode(code: string): string {
  return KB_CODES.get(code) ?? code;
}

const SHORT_CODES_KEPT = new Set(['US', 'UK', 'USA', 'UAE', 'DRC', 'PRC', 'ROK', 'DPRK']);

/** Slug of a name for ids: lower case, spaces to hyphens, other punctuation dropped. */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function plural(demonym: string): string | null {
  if (/(ese|sh|ch|ss|i)$/.test(demonym) || demonym.includes(' ')) return /i$/.test(demonym) ? `${demonym}s` : null;
  return `${demonym}s`;
}

/** The demonyms of a world-countries field, which lists several with commas ("Bosnian, Herzegovinian"). */
function splitDemonyms(field: string | undefined): string[] {
  return field ? field.split(/,\s*/).filter(Boolean) : [];
}

function firstDemonym(field: string | undefined): string | null {
  return splitDemonyms(field)[0] ?? null;
}

function entry(id: string, name: string, aliases: string[], type: KbEntry['type'], country: string, population: number | null): KbEntry {
  return { id, name, aliases, type, country, sector: null, actor: null, roles: [], metonym: false, population, source: 'world-countries' };
}

/**
 * The country each demonym names when several share it ("French": France, not the French Southern
 * Territories): a UN member before a territory, then the larger country.
 */
function demonymOwners(countries: readonly Country[]): Map<string, string> {
  const owners = new Map<string, Country>();
  for (const c of countries) {
    const d = firstDemonym(c.demonyms?.eng?.m);
    if (!d) continue;
    const held = owners.get(d);
    const better = !held || (c.unMember && !held.unMember) || (c.unMember === held.unMember && c.area > held.area);
    if (better) owners.set(d, c);
  }
  return new Map([...owners].map(([d, c]) => [d, kbCountryCode(c.cca3)]));
}

/** Country, demonym (NORP) and capital entries from the world-countries package. */
export function countryEntries(): { readonly entries: readonly KbEntry[]; readonly countries: ReadonlyMap<string, CountryInfo> } {
  const entries: KbEntry[] = [];
  const infos = new Map<string, CountryInfo>();
  const countries = createRequire(import.meta.url)('world-countries') as readonly Country[];
  const demonymOwner = demonymOwners(countries);
  for (const c of countries) {
    const iso3 = kbCountryCode(c.cca3);
    const aliases = [c.name.official, ...c.altSpellings].filter(
      (a) => a !== c.name.common && (a.length > 3 || SHORT_CODES_KEPT.has(a)) && /^[\p{Script=Latin}\s'’.,()-]+$/u.test(a) && !a.includes(','),
    );
    entries.push(entry(`country/${iso3}`, c.name.common, aliases, 'GPE', iso3, null));
    const demonyms = splitDemonyms(c.demonyms?.eng?.m);
    const demonym = demonyms[0] ?? null;
    if (demonym && demonymOwner.get(demonym) === iso3) {
      const forms = [...demonyms.slice(1), ...splitDemonyms(c.demonyms.eng?.f), ...demonyms.map(plural)].filter((d): d is string => !!d && d !== demonym);
      entries.push(entry(`norp/${iso3}`, demonym, [...new Set(forms)], 'NORP', iso3, null));
    }
    for (const capital of c.capital) entries.push(entry(`city/${iso3.toLowerCase()}/${slugify(capital)}`, capital, [], 'GPE', iso3, null));
    infos.set(iso3, { iso3, iso2: c.cca2, name: c.name.common, capitals: c.capital, demonym });
  }
  return { entries, countries: infos };
}
