import type { Generated } from 'kysely';

/**
 * Every row of a record's parts keeps `shape`: the JSON of the object's own keys in order, with the
 * fields held by columns as placeholders (see `RowCodec`); null when it is the usual shape.
 * Child rows point to their article by `article` (the article's `seq`) and keep their position `idx`.
 */
interface Shaped {
  readonly shape: string | null;
}

/** One article: the record's document, its header fields and its content hash. */
export interface ArticlesTable extends Shaped {
  readonly seq: Generated<number>;
  readonly id: string;
  readonly format: string | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly source: string | null;
  readonly language: string | null;
  readonly text: string | null;
  /** JSON of the record's data versions. */
  readonly versions: string | null;
  /** sha256 of the record's JSON: same hash, same content. */
  readonly content_hash: string;
  /** When the row was written (ISO 8601). */
  readonly stored_at: string;
  /** First and last day `published` covers, for date filters. */
  readonly published_start: string | null;
  readonly published_end: string | null;
}

/** One entity of an article. */
export interface EntitiesTable extends Shaped {
  readonly article: number;
  readonly idx: number;
  readonly id: string | null;
  readonly name: string | null;
  readonly type: string | null;
  readonly kb_id: string | null;
  readonly kb_country: string | null;
  readonly kb_role: string | null;
  readonly sector: string | null;
  /** The entity's key across the corpus (see `entityKey`). */
  readonly entity_key: string | null;
  /** How many mentions it has in its article. */
  readonly mention_count: number | null;
  /** Its name and knowledge-base id, lower-cased, for name searches (see `entitySearchText`). */
  readonly search_text: string | null;
}

/** One mention of an entity (`entity_idx` is the entity's `idx`). */
export interface MentionsTable extends Shaped {
  readonly article: number;
  readonly entity_idx: number;
  readonly idx: number;
  readonly span_start: number | null;
  readonly span_end: number | null;
  readonly text: string | null;
  readonly kind: string | null;
}

/** One quote. */
export interface QuotesTable extends Shaped {
  readonly article: number;
  readonly idx: number;
  readonly span_start: number | null;
  readonly span_end: number | null;
  readonly text: string | null;
  readonly kind: string | null;
  readonly speaker: string | null;
  readonly speaker_name: string | null;
  readonly cue: string | null;
}

/** One claim. */
export interface ClaimsTable extends Shaped {
  readonly article: number;
  readonly idx: number;
  readonly span_start: number | null;
  readonly span_end: number | null;
  readonly text: string | null;
  readonly source_entity: string | null;
  readonly source_name: string | null;
  readonly via_entity: string | null;
  readonly via_name: string | null;
  readonly cue: string | null;
  readonly stance: string | null;
  readonly denies: number | null;
  readonly confirms: number | null;
  /** The claim's `key`, null when it has none. */
  readonly claim_key: string | null;
}

/** One coded event, with the columns event queries filter on. */
export interface EventsTable extends Shaped {
  readonly article: number;
  readonly idx: number;
  readonly code: string | null;
  readonly root: string | null;
  /** The first three digits of `code` when it has three or more: the filter column for 3-digit prefixes. */
  readonly code3: string | null;
  readonly label: string | null;
  readonly plover: string | null;
  readonly quad_class: number | null;
  readonly goldstein: number | null;
  readonly source_entity: string | null;
  readonly source_name: string | null;
  readonly source_actor: string | null;
  readonly target_entity: string | null;
  readonly target_name: string | null;
  readonly target_actor: string | null;
  readonly date_value: string | null;
  readonly date_text: string | null;
  readonly location_name: string | null;
  readonly location_country: string | null;
  readonly modality: string | null;
  readonly claim: number | null;
  readonly sentence_start: number | null;
  readonly sentence_end: number | null;
  readonly evidence: string | null;
  readonly rule: string | null;
  readonly date_source: string | null;
  readonly trigger_start: number | null;
  readonly trigger_end: number | null;
  readonly trigger_text: string | null;
  /** First and last day of the event's date, else of the article's; for date filters. */
  readonly date_start: string | null;
  readonly date_end: string | null;
}

/**
 * One row per event and actor key (see `actorKeys`) of its source or target actor, each key once:
 * the index that actor filters use, already in date order.
 */
export interface EventActorsTable {
  readonly actor: string;
  readonly article: number;
  readonly idx: number;
  readonly root: string | null;
  readonly date_start: string | null;
}

/**
 * One row per event and unordered pair of actor keys (see `dyadKeys`), one of its source and one
 * of its target: the index that dyad filters use, already in date order, with what a dyad series reads.
 */
export interface EventDyadsTable {
  /** The lesser key of the pair (code-point order). */
  readonly a: string;
  readonly b: string;
  readonly article: number;
  readonly idx: number;
  readonly date_start: string | null;
  /** Copies of the event's article's id, published date and outlet (else URL), for dyad series. */
  readonly article_id: string | null;
  readonly published: string | null;
  readonly outlet: string | null;
  /** Copies of the event's columns of the same names, for dyad series. */
  readonly root: string | null;
  readonly quad_class: number | null;
  readonly goldstein: number | null;
  readonly sentence_start: number | null;
  readonly date_end: string | null;
  readonly modality: string | null;
}

/** One time expression. */
export interface TimesTable extends Shaped {
  readonly article: number;
  readonly idx: number;
  readonly span_start: number | null;
  readonly span_end: number | null;
  readonly text: string | null;
  readonly value: string | null;
  readonly range_start: string | null;
  readonly range_end: string | null;
}

/** The quality flags of an article, each list as JSON. */
export interface QualityTable extends Shaped {
  readonly article: number;
  readonly repeated_paragraphs: string | null;
  readonly boilerplate: string | null;
  readonly contributors: string | null;
  readonly derived_from: string | null;
}

/** Per article, its story and the earliest version it copies (null for an original). */
export interface CorpusTable {
  readonly article: number;
  readonly story: number;
  /** The id of the article it copies. */
  readonly copy_of: string | null;
  readonly similarity: number | null;
}

/** A stored article without a corpus link yet. */
export interface CorpusUnlinkedTable {
  readonly article: number;
}

/** The tables of a store, as Kysely sees them (the full-text index is the backend's own). */
export interface StoreDatabase {
  readonly articles: ArticlesTable;
  readonly entities: EntitiesTable;
  readonly mentions: MentionsTable;
  readonly quotes: QuotesTable;
  readonly claims: ClaimsTable;
  readonly events: EventsTable;
  readonly event_actors: EventActorsTable;
  readonly event_dyads: EventDyadsTable;
  readonly times: TimesTable;
  readonly quality: QualityTable;
  readonly corpus: CorpusTable;
  readonly corpus_unlinked: CorpusUnlinkedTable;
}

/** The name of a table of the store. */
export type StoreTable = keyof StoreDatabase & string;
