import type { KbEntry, KbRole } from './kb-entry.js';
import type { KnowledgeBase } from './knowledge-base.js';

function startOf(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

function endOf(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}

/** Whether a role is held on a date (YYYY-MM-DD); with no date, whether it is still held. */
export function roleHeldOn(role: KbRole, date: string | null): boolean {
  if (!date) return role.to === null;
  return startOf(role.from) <= date && (role.to === null || date <= endOf(role.to));
}

/** The role of an entry held on a date (the most recent when several), or null. */
export function roleAt(entry: KbEntry, date: string | null): KbRole | null {
  let best: KbRole | null = null;
  for (const r of entry.roles) if (roleHeldOn(r, date) && (!best || r.from > best.from)) best = r;
  return best;
}

/**
 * Who held an office of a country on a date ("RUS", "president", "2024-10-11"), with the role;
 * null when unknown. The office "leader" is the first of the cue lexicon's leader offices the
 * country has a holder for (its supreme leader, chancellor, president unless ceremonial, prime minister);
 * in a ruling monarchy the monarch comes first.
 */
export function officeHolder(
  kb: KnowledgeBase,
  country: string,
  office: string,
  date: string | null,
): { readonly entry: KbEntry; readonly role: KbRole } | null {
  if (office === 'leader') {
    if (kb.cues.rulingMonarchies.includes(country)) {
      const monarch = officeHolder(kb, country, 'monarch', date);
      if (monarch) return monarch;
    }
    for (const o of kb.cues.leaderOffices) {
      if (o === 'president' && kb.cues.ceremonialPresidents.includes(country)) continue;
      const found = officeHolder(kb, country, o, date);
      if (found) return found;
    }
    return null;
  }
  for (const entry of kb.holders.get(`${country}|${office}`) ?? []) {
    for (const role of entry.roles) if (role.country === country && role.office === office && roleHeldOn(role, date)) return { entry, role };
  }
  return null;
}
