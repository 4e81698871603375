/**
 * Derives data/kb/people.json from the Phoenix actor dictionary of the Open Event Data Alliance
 * (`Phoenix.Countries.actors.txt`, TABARI format, MIT, generated in 2014 from CountryInfo): the people in it
 * with their country (ISO3 from the first three letters of their CAMEO code), sector (the next three) and
 * dated roles (`[ARGGOV 890708-991210]`; elite spells are left out, the undated code gives the entry's sector).
 * Names are written in normal case ("Carlos Saul Menem", "Bashar al-Assad", "John McCain"); aliases are the
 * `+` synonyms without their titles, the first and last name of three-word names whose middle word is a given
 * name ("Carlos Menem"), initials and surname ("F.W. de Klerk"), and
 * single surnames only when they are distinctive (not a given name, an English word or another person's
 * name). People the bundled files already have (same id or name) and names shared by several people are left out.
 * It also writes data/kb/countries-spellings.json, the variant spellings of country names among the synonyms of
 * the country records ("ETHOPIA"). Deterministic (sorted output, no clock).
 * The program never reads the Phoenix files: run this once after they or the other KB files change,
 * `npx tsx scripts/kb-phoenix-people.ts [phoenix-dir]` (default ../shared/data/phoenix-actors).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Country } from 'world-countries';
import { normalName } from '../src/kb/normal-name.js';
import { PERSON_ROLE_KINDS, personLine } from '../src/kb/person-entries.js';

interface Code {
  readonly country: string;
  readonly sector: string | null;
  readonly sub: string | null;
  readonly from: string | null;
  readonly to: string | null;
}

interface PhoenixRecord {
  readonly name: string;
  readonly synonyms: string[];
  readonly codes: Code[];
  readonly countryInfo: boolean;
}

interface Role {
  readonly office: string;
  readonly title: string;
  readonly country: string;
  readonly sector: string;
  readonly from: string;
  readonly to?: string;
}

interface Person {
  id: string;
  name: string;
  aliases: Set<string>;
  country: string;
  sector: string | null;
  roles: Map<string, Role>;
  undated: string | null;
}

const DIR = process.argv[2] ?? '../shared/data/phoenix-actors';
const FILE = 'Phoenix.Countries.actors.txt';
const OUT = 'data/kb/people.json';
const require = createRequire(import.meta.url);
const countries = require('world-countries') as readonly Country[];
const iso3 = new Map(countries.map((c) => [c.cca3, c.name.common]));
/** CAMEO codes of former or other states, filed under the successor as countries-historical.json does. */
const SUCCESSOR: Readonly<Record<string, string>> = {
  TMP: 'TLS', ROM: 'ROU', KSV: 'UNK', USR: 'RUS', SUN: 'RUS', YUG: 'SRB', FRY: 'SRB', SCG: 'SRB', SRP: 'SRB', CSK: 'CZE', DDR: 'DEU', ZAR: 'COD',
};
const LOWER_PARTICLES = new Set(['bin', 'ibn', 'bint', 'von', 'van', 'der', 'den', 'de', 'da', 'dos', 'das', 'del', 'della', 'y', 'e', 'ter', 'zu']);
const ARABIC_ARTICLES = new Set(['al', 'el', 'as', 'ash', 'ad', 'an', 'ar', 'at', 'az']);
/** Words that join the two halves of a name with hyphens ("ZIA_UL_HAQ" → "Zia-ul-Haq"). */
const JOINERS = new Set(['ul', 'ud', 'ur']);
const ROMAN = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/;
/** Titles and words before a name in the synonyms ("PRESIDENT_REAGAN", "MR_ASSAD", "FORMER_PRESIDENT_..."). */
const EXTRA_TITLES = ['former', 'acting', 'late', 'then', 'interim', 'caretaker', 'deputy', 'president-elect', 'prime-minister', 'mister', 'madam', 'sir', 'lord', 'lady', 'dame', 'general', 'marshal', 'field marshal', 'senator', 'premier', 'king', 'queen', 'prince', 'princess', 'sheik', 'shaikh', 'mullah', 'maulana', 'hojatoleslam', 'grand ayatollah', 'comrade', 'chairman', 'govenor', 'dictator', 'us', 'u.s.'];

const kbJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(path.join('data/kb', file), 'utf8')) as Record<string, unknown>;
const lines = (file: string, key: string): string[] => (kbJson(file)[key] as string).split('\n');
const givenNames = new Set(lines('given-names.json', 'names'));
const commonWords = new Set(lines('common-words.json', 'words'));
const cues = kbJson('name-cues.json') as { titles: { words: string }[]; orgFinal: string[]; orgInitial: string[]; locFinal: string[]; facFinal: string[]; eventFinal: string[]; functionWords: string[] };
const titles = [...cues.titles.map((t) => t.words), ...EXTRA_TITLES].map((t) => t.replace(/\./g, '').split(/[\s]+/)).sort((a, b) => b.length - a.length);
const particles = new Set([...(kbJson('name-cues.json').particles as string[]).map((p) => p.replace(/-$/, '')), 'ul', 'ud', 'ur']);
const bodyWords = new Set(
  [...cues.orgFinal, ...cues.orgInitial, ...cues.locFinal, ...cues.facFinal, ...cues.eventFinal, ...cues.functionWords, 'government', 'regime', 'forces', 'force', 'people', 'national', 'republic', 'state', 'province', 'supporters', 'loyalists', 'administration', 'camp', 'family', 'faction', 'followers', 'troops', 'men', 'militia', 'group', 'wing', 'aides', 'cabinet', 'minister', 'ministry', 'office', 'spokesman'].map((w) => w.toLowerCase()),
);

function parseDate(d: string): string | null {
  const m = /^(\d{2}|\d{4})(\d{2})(\d{2})$/.exec(d);
  if (!m) return null;
  const year = m[1]!.length === 4 ? m[1]! : `${Number(m[1]) <= 14 ? '20' : '19'}${m[1]}`;
  const iso = `${year}-${m[2]}-${m[3]}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== iso ? null : iso;
}

function parseCode(text: string): Code | null {
  const m = /^\[([A-Z]{3})([A-Z]{3})?([A-Z]{3})?[A-Z]*\s*([<>]?)(\d{6,8})?(?:-(\d{6,8}))?\s*\]/.exec(text.trim());
  if (!m) return null;
  const country = SUCCESSOR[m[1]!] ?? m[1]!;
  let from: string | null = null;
  let to: string | null = null;
  if (m[5] && m[6]) [from, to] = [parseDate(m[5]), parseDate(m[6])];
  else if (m[5] && m[4] === '>') from = parseDate(m[5]);
  else if (m[5] && m[4] === '<') to = parseDate(m[5]);
  if (m[5] && !from && !to) return null;
  return { country, sector: m[2] ?? null, sub: m[3] ?? null, from, to };
}

function parse(text: string): PhoenixRecord[] {
  const out: PhoenixRecord[] = [];
  let current: PhoenixRecord | null = null;
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trimStart().startsWith('#')) continue;
    const body = raw.replace(/\s#.*$/, '');
    if (/^\s*\[/.test(body)) {
      const code = parseCode(body);
      if (current && code) current.codes.push(code);
    } else if (body.startsWith('+')) {
      current?.synonyms.push(body.slice(1).trim());
    } else if (/^\S/.test(body)) {
      const [name, inline] = body.split(/\s+(?=\[)/);
      current = { name: name!.trim(), synonyms: [], codes: [], countryInfo: raw.includes('CountryInfo') };
      if (inline) {
        const code = parseCode(inline);
        if (code) current.codes.push(code);
      }
      out.push(current);
    }
  }
  return out;
}

/** Words of a TABARI name ("BASHAR_AL_ASSAD_" → ["bashar", "al-assad"]), lower case; null when not a plain name. */
function nameWords(tabari: string): string[] | null {
  const ws = tabari.replace(/_+$/, '').toLowerCase().split(/_+/).filter(Boolean);
  if (!ws.every((w) => /^[\p{L}][\p{L}'.-]*$/u.test(w))) return null;
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (JOINERS.has(w) && i > 0 && i + 1 < ws.length && out.length) {
      out.push(`${out.pop()!}-${w}-${ws[++i]!}`);
    } else if (ARABIC_ARTICLES.has(w) && i > 0 && i + 1 < ws.length) {
      out.push(`${w}-${ws[++i]!}`);
    } else out.push(w);
  }
  return out;
}

function withoutTitle(ws: readonly string[]): string[] {
  let rest = ws.map((w) => w.replace(/\./g, ''));
  for (let changed = true; changed; ) {
    changed = false;
    for (const t of titles) {
      if (t.length < rest.length && t.every((w, i) => rest[i] === w || rest[i]!.split('-').join(' ') === w)) {
        rest = rest.slice(t.length);
        changed = true;
        break;
      }
    }
  }
  return rest;
}

function capitalise(part: string): string {
  if (part === 'of' || part === 'and' || part === 'the') return part;
  if (ROMAN.test(part.toUpperCase())) return part.toUpperCase();
  if (/^mc\p{L}{2,}/u.test(part)) return `Mc${part[2]!.toUpperCase()}${part.slice(3)}`;
  if (/^o'\p{L}/u.test(part)) return `O'${part[2]!.toUpperCase()}${part.slice(3)}`;
  return part.charAt(0).toUpperCase() + part.slice(1);
}

/** Normal case: particles inside a name stay lower case ("Fernando de la Rua", "Bashar al-Assad", "Lula da Silva"). */
function properName(ws: readonly string[]): string {
  return ws
    .map((w, i) => {
      const parts = w.split('-');
      const lower = (p: string): boolean =>
        i > 0 && (ARABIC_ARTICLES.has(p) ? parts.length > 1 : LOWER_PARTICLES.has(p) || ((p === 'la' || p === 'le') && LOWER_PARTICLES.has(ws[i - 1]!)));
      return parts.map((p, j) => ((j === 0 && lower(p)) || (j > 0 && JOINERS.has(p)) ? p : capitalise(p))).join('-');
    })
    .join(' ');
}

function isPersonName(ws: readonly string[] | null, record: PhoenixRecord): ws is string[] {
  if (!ws || ws.length < 2 || ws.length > 5) return false;
  if (ws.some((w) => w.split('-').some((p) => bodyWords.has(p) && !LOWER_PARTICLES.has(p) && !ARABIC_ARTICLES.has(p)))) return false;
  if (withoutTitle(ws).length !== ws.length) return false;
  return record.countryInfo || givenNames.has(ws[0]!);
}

function slug(name: string): string {
  return normalName(name).replace(/[^a-z0-9 ]/g, '').trim().replace(/ +/g, '-');
}

function bundledNames(): { ids: Set<string>; names: Set<string> } {
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const c of countries) for (const n of [c.name.common, c.name.official, ...c.altSpellings]) names.add(normalName(n));
  for (const f of readdirSync('data/kb').filter((f) => f.endsWith('.json') && f !== path.basename(OUT) && f !== 'countries-spellings.json')) {
    const data = kbJson(f);
    if (!Array.isArray(data.entries)) continue;
    for (const e of data.entries as { id: string; name?: string; aliases?: string[] }[]) {
      ids.add(e.id);
      for (const n of [e.name, ...(e.aliases ?? [])]) if (n) names.add(normalName(n.replace(/^the\s+/i, '')));
    }
  }
  return { ids, names };
}

function roleOf(code: Code): Role | null {
  if (!code.sector || (!code.from && !code.to) || code.sector === 'ELI') return null;
  const kind = PERSON_ROLE_KINDS[code.sector];
  if (!kind || !code.from) return null;
  const country = iso3.get(code.country)!;
  const title = `${kind.title} of ${country}`;
  if (code.to && code.to < code.from) return null;
  return { office: kind.office, title, country: code.country, sector: code.sector, from: code.from, ...(code.to ? { to: code.to } : {}) };
}

/** Spans of one country and sector that overlap or touch become one role (sub-sectors are not kept). */
function mergedRoles(roles: readonly Role[]): Role[] {
  const sorted = [...roles].sort((a, b) => a.country.localeCompare(b.country) || a.sector.localeCompare(b.sector) || a.from.localeCompare(b.from));
  const out: Role[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && last.country === r.country && last.sector === r.sector && (last.to === undefined || r.from <= dayAfter(last.to))) {
      const to = last.to === undefined || r.to === undefined ? undefined : last.to > r.to ? last.to : r.to;
      out[out.length - 1] = { office: last.office, title: last.title, country: last.country, sector: last.sector, from: last.from, ...(to ? { to } : {}) };
    } else out.push(r);
  }
  return out.sort((a, b) => a.from.localeCompare(b.from) || a.title.localeCompare(b.title));
}

function dayAfter(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

const records = parse(readFileSync(path.join(DIR, FILE), 'utf8'));
const bundled = bundledNames();
const people = new Map<string, Person>();
for (const r of records) {
  const ws = nameWords(r.name);
  if (!isPersonName(ws, r)) continue;
  const codes = r.codes.filter((c) => iso3.has(c.country));
  if (!codes.length || codes.length !== r.codes.length) continue;
  const name = properName(ws);
  const id = `person/${slug(name)}`;
  if (bundled.ids.has(id) || bundled.names.has(normalName(name))) continue;
  const undated = codes.find((c) => !c.from && !c.to);
  let p = people.get(id);
  if (!p) {
    p = { id, name, aliases: new Set(), country: (undated ?? codes[codes.length - 1]!).country, sector: null, roles: new Map(), undated: null };
    people.set(id, p);
  }
  if (undated?.sector) p.undated = undated.sector;
  for (const c of codes) {
    const role = roleOf(c);
    if (role) p.roles.set(JSON.stringify(role), role);
  }
  for (const syn of r.synonyms) {
    const sw = nameWords(syn);
    if (!sw) continue;
    const bare = withoutTitle(sw);
    if (bare.some((w) => bodyWords.has(w)) || (commonWords.has(bare[0]!) && !givenNames.has(bare[0]!))) continue;
    p.aliases.add(properName(bare));
  }
  if (ws.length === 3 && ws[0]!.length > 2 && givenNames.has(ws[1]!) && !particles.has(ws[1]!)) p.aliases.add(properName([ws[0]!, ws[2]!]));
  const surnameAt = ws.findIndex((w, i) => i > 0 && particles.has(w.split('-')[0]!));
  const givenEnd = surnameAt > 0 ? surnameAt : ws.length - 1;
  if (givenEnd >= 2 && ws.slice(0, givenEnd).every((w) => w.length > 2 && !w.includes('-'))) {
    p.aliases.add(`${ws.slice(0, givenEnd).map((w) => `${w[0]!.toUpperCase()}.`).join('')} ${properName(['x', ...ws.slice(givenEnd)]).slice(2)}`);
  }
  if (ws.some((w) => ARABIC_ARTICLES.has(w.split('-')[0]!) && w.includes('-'))) p.aliases.add(properName(ws.map((w) => (w.includes('-') && ARABIC_ARTICLES.has(w.split('-')[0]!) ? w.slice(w.indexOf('-') + 1) : w))));
}

const owners = new Map<string, Set<string>>();
const claim = (n: string, id: string): void => {
  const key = normalName(n);
  const set = owners.get(key) ?? new Set<string>();
  set.add(id);
  owners.set(key, set);
};
for (const p of people.values()) {
  claim(p.name, p.id);
  for (const a of p.aliases) claim(a, p.id);
  const last = p.name.split(' ').at(-1)!;
  claim(last, p.id);
}
const distinctive = (alias: string): boolean => {
  const key = normalName(alias);
  if (owners.get(key)!.size !== 1 || bundled.names.has(key)) return false;
  if (alias.includes(' ')) return true;
  const lower = key.replace(/ /g, '-');
  return key.length >= 4 && !givenNames.has(lower) && !commonWords.has(lower) && !givenNames.has(key) && !commonWords.has(key);
};

const entries = [...people.values()]
  .filter((p) => owners.get(normalName(p.name))!.size === 1)
  .sort((a, b) => a.id.localeCompare(b.id))
  .map((p) => {
    const roles = mergedRoles([...p.roles.values()]);
    const latest = roles.at(-1);
    const aliases = [...p.aliases].filter((a) => normalName(a) !== normalName(p.name) && distinctive(a)).sort();
    return {
      id: p.id,
      name: p.name,
      ...(aliases.length ? { aliases } : {}),
      type: 'PERSON',
      country: p.country,
      sector: p.undated ?? latest?.sector ?? null,
      ...(roles.length ? { roles } : {}),
    };
  });

/** Edit distance with transpositions (optimal string alignment). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * Variant spellings of country names among the synonyms of Phoenix's country records ("ETHOPIA",
 * "AFGANISTAN", "PHILLIPPINES"): within two edits of a name the knowledge base has for that country
 * (one for names of six letters or fewer) and no other name of the knowledge base or English word.
 */
function countrySpellings(): { id: string; aliases: string[]; type: 'GPE'; country: string }[] {
  const known = new Map<string, string[]>();
  const demonyms = new Map<string, string[]>();
  for (const c of countries) {
    known.set(c.cca3, [c.name.common, c.name.official, ...c.altSpellings].map(normalName));
    demonyms.set(c.cca3, [c.demonyms?.eng?.f, c.demonyms?.eng?.m].filter((n): n is string => !!n).map(normalName));
  }
  for (const f of readdirSync('data/kb').filter((f) => f.endsWith('.json') && f !== 'countries-spellings.json')) {
    const data = kbJson(f);
    if (!Array.isArray(data.entries)) continue;
    for (const e of data.entries as { id: string; name?: string; aliases?: string[] }[]) {
      const m = /^(country|norp)\/([A-Z]{3})$/.exec(e.id);
      if (m && known.has(m[2]!)) (m[1] === 'norp' ? demonyms : known).get(m[2]!)!.push(...[e.name, ...(e.aliases ?? [])].filter((n): n is string => !!n).map((n) => normalName(n.replace(/^the\s+/i, ''))));
    }
  }
  const out = new Map<string, Set<string>>();
  for (const r of records) {
    const code = r.codes[0];
    if (r.codes.length !== 1 || !code || code.sector || code.from || code.to || !known.has(code.country)) continue;
    const names = known.get(code.country)!;
    for (const syn of r.synonyms) {
      const ws = nameWords(syn);
      if (!ws) continue;
      const key = normalName(ws.join(' '));
      if (key.length < 5 || bundled.names.has(key) || commonWords.has(key) || givenNames.has(key) || names.includes(key)) continue;
      const near = Math.min(...names.filter((n) => key.length > 6 || n.length === key.length).map((n) => distance(key, n)));
      const demonym = Math.min(...demonyms.get(code.country)!.map((n) => distance(key, n)));
      if (near > (key.length <= 6 ? 1 : 2) || demonym <= near) continue;
      const set = out.get(code.country) ?? new Set<string>();
      set.add(properName(ws));
      out.set(code.country, set);
    }
  }
  return [...out.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([iso, set]) => ({ id: `country/${iso}`, aliases: [...set].sort(), type: 'GPE' as const, country: iso }));
}

const spellings = countrySpellings();
const spellingFile = 'data/kb/countries-spellings.json';
writeFileSync(
  spellingFile,
  `${JSON.stringify({
    version: '1.0.0',
    description: 'Variant and mistaken spellings of country names found in news (Ethopia, Afganistan, Phillippines), from the synonyms of the Phoenix country records; merged into country/<ISO3> by id. Generated by scripts/kb-phoenix-people.ts.',
    source: 'Phoenix actor dictionaries (Open Event Data Alliance, MIT; Phoenix.Countries.actors.txt), converted by scripts/kb-phoenix-people.ts',
    entries: spellings,
  }).replace(/\{"id"/g, '\n    {"id"').replace(/\]\}$/, '\n  ]\n}')}\n`,
);
console.log(`${spellingFile}: ${spellings.reduce((n, e) => n + e.aliases.length, 0)} spellings of ${spellings.length} countries`);

const data = {
  version: '2.0.0',
  description:
    'People of the Phoenix actor dictionary (CAMEO codes with dated roles, to 2014) not in the other files: linked only when the recogniser finds a person\'s name equal to one of theirs, never looked for in the text. Each string of "people" is one person: id (without "person/") TAB name TAB aliases joined by "|" TAB ISO3 TAB sector TAB roles "SECTOR:ISO3:from:to" joined by "," (to empty while held; office and title follow from the sector and country). Generated by scripts/kb-phoenix-people.ts.',
  source: 'Phoenix actor dictionaries (Open Event Data Alliance, MIT; Phoenix.Countries.actors.txt from CountryInfo.140130, petrarch2 @ 676801cd), converted by scripts/kb-phoenix-people.ts; not yet checked against a cited source',
  people: entries.map(personLine),
};
writeFileSync(OUT, `${JSON.stringify(data, null, 1)}\n`);
console.log(`${OUT}: ${entries.length} people, ${entries.reduce((n, e) => n + (e.roles?.length ?? 0), 0)} roles, ${entries.reduce((n, e) => n + (e.aliases?.length ?? 0), 0)} aliases`);
