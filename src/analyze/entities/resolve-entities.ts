import type { KbEntry } from '../../kb/kb-entry.js';
import { normalName } from '../../kb/normal-name.js';
import type { Entity, EntityType, Mention } from '../record.js';
import type { NameMention } from './find-names.js';

interface Group {
  key: string;
  type: EntityType;
  entry: KbEntry | null;
  name: string;
  role: string | null;
  country: string | null;
  sector: string | null;
  cued: boolean;
  readonly mentions: Mention[];
}

const SKIP_INITIALS = new Set(['of', 'and', 'the', 'for', 'on', '&', 'de', 'in']);

/** What `normal` changes beyond letter case: dots and apostrophes, and white space other than single spaces. */
const UNNORMAL = /[.’']|[^\S ]|\s\s/;

function normal(text: string): string {
  const lower = text.toLowerCase();
  return UNNORMAL.test(lower) ? lower.replace(/[.’']/g, '').replace(/\s+/g, ' ') : lower;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Whether a text has more than one word (`words(text).length > 1`). */
function severalWords(text: string): boolean {
  return /\S\s+\S/.test(text);
}

function initials(name: string): string {
  return words(name)
    .filter((w) => !SKIP_INITIALS.has(w.toLowerCase()))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

const ACRONYM = /^[\p{Lu}\p{N}&.]{2,}$/u;

/**
 * Groups mentions into entities: one per knowledge-base entry, else per name; a surname,
 * first name or shorter form of a person named in full elsewhere in the article ("Mishustin"), an acronym of an
 * organisation's name, or its first word ("Northrop"), an acronym in brackets right after a name
 * ("Kennedy Space Center (KSC)") and the same acronym later, and the last word of a product, event or
 * organisation ("Taurus" after "Ford Taurus", "Phailin" after "Cyclone Phailin", "the Court" after "Supreme Court") join that
 * entity as an 'alias'. A name typed only by default joins the same name typed by a cue elsewhere
 * in the article. A lone name that joins no one and is a distinctive name of a known person (`byName`,
 * the knowledge base's recognised names: "Reagan") is linked to that person. A person's sector is that of
 * the role held on the article's date or of the title (a mention's), else the entry's. `text` is the document's text.
 */
export function resolveEntities(found: readonly NameMention[], text: string, byName?: ReadonlyMap<string, KbEntry>): Entity[] {
  const groups = new Map<string, Group>();
  const persons: Group[] = [];
  const orgs: Group[] = [];
  const products: Group[] = [];
  const byEnd = new Map<number, Group>();
  const keyOf = (m: NameMention): string => (m.entry ? m.entry.id : `${m.type}|${normal(m.text)}`);
  const add = (g: Group, m: NameMention, kind: Mention['kind']): void => {
    g.mentions.push({ start: m.start, end: m.end, text: m.text, kind });
    byEnd.set(m.end, g);
    g.role ??= m.role;
    g.country ??= m.country;
    g.sector ??= m.sector;
  };
  const fresh = (m: NameMention, key: string): Group => ({
    key,
    type: m.entry?.type ?? m.type,
    entry: m.entry,
    name: m.entry?.name ?? m.text,
    role: null,
    country: null,
    sector: null,
    cued: m.cued,
    mentions: [],
  });

  const pending: NameMention[] = [];
  for (const m of found) {
    if (m.entry || m.kind === 'description' || severalWords(m.text)) {
      const key = keyOf(m);
      let g = groups.get(key);
      if (!g) {
        g = fresh(m, key);
        groups.set(key, g);
        if (g.type === 'PERSON' && severalWords(g.name)) persons.push(g);
        if (g.type === 'ORG' && severalWords(g.name)) orgs.push(g);
        if ((g.type === 'PRODUCT' || g.type === 'EVENT') && severalWords(g.name)) products.push(g);
      } else if (!g.cued && m.cued) {
        g.type = m.type;
        g.cued = true;
      }
      add(g, m, m.kind);
    } else pending.push(m);
  }

  const bySurname = new Map<string, Group>();
  const byFirstName = new Map<string, Group>();
  for (const p of persons) {
    const ws = words(normal(p.name));
    if (!bySurname.has(ws[ws.length - 1]!)) bySurname.set(ws[ws.length - 1]!, p);
    if (ws.length > 2 && !bySurname.has(ws.slice(-2).join(' '))) bySurname.set(ws.slice(-2).join(' '), p);
    if (!byFirstName.has(ws[0]!)) byFirstName.set(ws[0]!, p);
  }
  const byShortForm = new Map<string, Group>();
  for (const o of orgs) {
    for (const key of [`acronym|${initials(o.name)}`, `first|${normal(words(o.name)[0]!)}`]) if (!byShortForm.has(key)) byShortForm.set(key, o);
  }
  for (const p of [...products, ...orgs]) {
    const key = `last|${normal(words(p.name).at(-1)!)}`;
    if (!byShortForm.has(key)) byShortForm.set(key, p);
  }
  for (const m of pending) {
    const short = normal(m.text);
    const defined = ACRONYM.test(m.text) && text.slice(m.start - 2, m.start) === ' (' ? byEnd.get(m.start - 2) : undefined;
    if (defined && defined.type !== 'PERSON') {
      add(defined, m, 'alias');
      byShortForm.set(`acronym|${m.text.replace(/\./g, '')}`, defined);
      continue;
    }
    const person = bySurname.get(short) ?? (m.cued ? undefined : byFirstName.get(short));
    if (person) {
      add(person, m, 'alias');
      continue;
    }
    const known = m.cued && m.type !== 'PERSON' ? undefined : byName?.get(normalName(m.text));
    if (known) {
      const linked: NameMention = { ...m, type: known.type, entry: known, country: known.country, sector: m.sector ?? known.sector, cued: true };
      let g = groups.get(known.id);
      if (!g) {
        g = fresh(linked, known.id);
        groups.set(known.id, g);
      }
      add(g, linked, 'alias');
      continue;
    }
    const placeLike = m.type === 'GPE' || m.type === 'LOC' || m.type === 'FAC';
    const org =
      m.type === 'PERSON'
        ? undefined
        : (byShortForm.get(`acronym|${m.text.replace(/\./g, '')}`) ??
          (placeLike ? undefined : (byShortForm.get(`first|${short}`) ?? byShortForm.get(`last|${short}`))));
    if (org) {
      add(org, m, 'alias');
      continue;
    }
    const key = keyOf(m);
    let g = groups.get(key);
    if (!g) {
      g = fresh(m, key);
      groups.set(key, g);
    }
    add(g, m, m.kind);
  }

  const cuedByName = new Map<string, Group>();
  for (const g of groups.values()) {
    if (!g.cued || g.entry) continue;
    const name = normal(g.name);
    if (!cuedByName.has(name)) cuedByName.set(name, g);
  }
  for (const g of groups.values()) {
    const target = g.cued || g.entry || cuedByName.size === 0 ? undefined : cuedByName.get(normal(g.name));
    if (!target || target === g) continue;
    target.mentions.push(...g.mentions);
    g.mentions.length = 0;
  }

  const list = [...groups.values()].filter((g) => g.mentions.length);
  for (const g of list) g.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  list.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return list.map((g, i): Entity => ({
    id: `e${i + 1}`,
    name: g.name,
    type: g.type,
    kb: { id: g.entry?.id ?? null, country: g.entry?.country ?? g.country, role: g.role },
    mentions: g.mentions,
    sector: g.entry?.type === 'PERSON' ? (g.sector ?? g.entry.sector) : (g.entry?.sector ?? g.sector),
    actor: g.entry?.actor ?? null,
  }));
}
