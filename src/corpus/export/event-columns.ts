import type { ClaimParty, Stance } from '../../analyze/record.js';
import type { StoredEvent } from '../../store/store.js';

/** An event as the exports write it: the stored event, the claim it is part of, and its actors' countries. */
export interface EventExportRow {
  readonly event: StoredEvent;
  /** The claim of the record that carries the event (`event.claim`); null when the event is told as fact. */
  readonly claim: { readonly source: ClaimParty; readonly via: ClaimParty | null; readonly stance: Stance } | null;
  /** ISO 3166-1 alpha-3 country of the source actor, from its code; null when the code names none. */
  readonly sourceCountry: string | null;
  readonly targetCountry: string | null;
}

/** A cell of an export: a string, a number, or null (empty in CSV). */
export type ExportValue = string | number | null;

/** One column of the events exports: its name (CSV header and JSON key), what it holds, and how to read it. */
export interface EventColumn {
  readonly name: string;
  readonly description: string;
  readonly value: (row: EventExportRow) => ExportValue;
}

/**
 * The columns of `newsgraph export events`, in order: the same in CSV and JSON Lines, documented
 * in docs/exports.md.
 */
export const EVENT_COLUMNS: readonly EventColumn[] = [
  { name: 'event_id', description: 'Unique id of the event: `<article_id>:<event_index>`.', value: (r) => `${r.event.articleId}:${r.event.index}` },
  { name: 'article_id', description: 'Id of the article the event was coded from.', value: (r) => r.event.articleId },
  { name: 'event_index', description: 'Index of the event in its article’s analysis record (`events[i]`).', value: (r) => r.event.index },
  { name: 'date', description: 'When the event happened (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www); empty when the text gives none that resolves ("next winter", an unknown past).', value: (r) => r.event.date?.value ?? null },
  { name: 'date_text', description: 'The words of the text the date comes from ("on Friday"); empty when it is the article’s date.', value: (r) => r.event.date?.text ?? null },
  { name: 'date_source', description: 'Where the date comes from: `clause`, `sentence` or `article` (the publication date).', value: (r) => r.event.dateSource ?? null },
  { name: 'published', description: 'Publication date of the article.', value: (r) => r.event.published },
  { name: 'source_name', description: 'Name of the source actor (who acts) as the text gives it.', value: (r) => r.event.source.name },
  { name: 'source_code', description: 'CAMEO-style actor code of the source, country first (`IRNGOV`).', value: (r) => r.event.source.actor },
  { name: 'source_country', description: 'ISO 3166-1 alpha-3 country of the source actor.', value: (r) => r.sourceCountry },
  { name: 'target_name', description: 'Name of the target actor; empty for an event without one.', value: (r) => r.event.target?.name ?? null },
  { name: 'target_code', description: 'CAMEO-style actor code of the target.', value: (r) => r.event.target?.actor ?? null },
  { name: 'target_country', description: 'ISO 3166-1 alpha-3 country of the target actor.', value: (r) => r.targetCountry },
  { name: 'cameo_code', description: 'CAMEO event code (`072`).', value: (r) => r.event.code },
  { name: 'cameo_root', description: 'CAMEO root code, the first two digits (`07`).', value: (r) => r.event.root },
  { name: 'event_label', description: 'Name of the CAMEO code.', value: (r) => r.event.label },
  { name: 'quad_class', description: '1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.', value: (r) => r.event.quadClass },
  { name: 'goldstein', description: 'Goldstein score of the code, −10 (most conflictual) to +10.', value: (r) => r.event.goldstein },
  { name: 'plover', description: 'PLOVER event type the code maps to; empty when none.', value: (r) => r.event.plover },
  { name: 'modality', description: 'How the text puts it: asserted, reported, alleged, denied, rumored, expected, negated or hypothetical.', value: (r) => r.event.modality },
  { name: 'claim_index', description: 'Index of the claim that carries the event in its record (`claims[i]`); empty when told as fact.', value: (r) => r.event.claim },
  { name: 'claim_source', description: 'Who makes that claim ("US authorities").', value: (r) => r.claim?.source.name ?? null },
  { name: 'claim_via', description: 'Who relays the claim source ("CNN"), if anyone.', value: (r) => r.claim?.via?.name ?? null },
  { name: 'claim_stance', description: 'Stance of the claim: asserts, alleges, denies, confirms, rumor, expects or opinion.', value: (r) => r.claim?.stance ?? null },
  { name: 'story', description: 'Story cluster of the article (articles reporting the same news event); empty until corpus linking has seen it.', value: (r) => r.event.story },
  { name: 'copy_of', description: 'Id of the earliest article this article copies; empty for an original.', value: (r) => r.event.copyOf },
  { name: 'location', description: 'Where the event happened, as the text names it.', value: (r) => r.event.location?.name ?? null },
  { name: 'location_country', description: 'ISO 3166-1 alpha-3 country of the location.', value: (r) => r.event.location?.country ?? null },
  { name: 'url', description: 'URL of the article.', value: (r) => r.event.url },
  { name: 'outlet', description: 'Outlet of the article (its `source`).', value: (r) => r.event.outlet },
  { name: 'title', description: 'Title of the article.', value: (r) => r.event.articleTitle },
  { name: 'evidence', description: 'The sentence the event was coded from.', value: (r) => r.event.evidence },
];
