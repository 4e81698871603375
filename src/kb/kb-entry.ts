import type { EntityType } from '../analyze/record.js';

/** A dated office an entry holds: "Foreign Minister of Iran" from one day to another. */
export interface KbRole {
  /** Office key shared with the title cues: president, prime-minister, foreign-minister, ... */
  readonly office: string;
  /** The office as written in a record, e.g. "President of Iran". */
  readonly title: string;
  /** ISO 3166-1 alpha-3 of the country the office belongs to. */
  readonly country: string;
  /** CAMEO sector the office codes as (GOV, MIL, ...). */
  readonly sector: string;
  /** First day, YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly from: string;
  /** Last day in the same form, or null while in office. */
  readonly to: string | null;
}

/** One entry of the knowledge base: a country, place, body, group or person. */
export interface KbEntry {
  /** Stable id, e.g. "country/IRN", "igo/un", "person/masoud-pezeshkian". */
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly type: EntityType;
  /** ISO 3166-1 alpha-3 the entry belongs to, or null. */
  readonly country: string | null;
  /** CAMEO sector (GOV, MIL, REB, MED, IGO, NGO, BUS, ...), or null. */
  readonly sector: string | null;
  /** Full CAMEO actor code when the entry has its own (IGOUNO, IGOWSTNAT), or null. */
  readonly actor: string | null;
  readonly roles: readonly KbRole[];
  /** A seat of government that stands for its country's government (the Kremlin). */
  readonly metonym: boolean;
  /** Population, for places that have one. */
  readonly population: number | null;
  /** Where the facts came from. */
  readonly source: string | null;
}
