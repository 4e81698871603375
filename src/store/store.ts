import type { AnalysisRecord, ClaimParty, EntityType, Modality, NewsEvent, Stance } from '../analyze/record.js';

/** What `putRecord` did: a new article, the same content again, or new content under a known id. */
export type PutOutcome = 'stored' | 'unchanged' | 'replaced';

/** Options of a full-text search. Dates are ISO 8601 (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Www`), inclusive. */
export interface SearchOptions {
  /** Most hits to return; 20 by default. */
  readonly limit?: number;
  /** Hits to skip, for paging. */
  readonly offset?: number;
  /** Only articles published on or after this date. */
  readonly since?: string;
  /** Only articles published on or before this date. */
  readonly until?: string;
  /** Take the query as plain words (all must occur; punctuation allowed, no operators) instead of FTS syntax. */
  readonly plain?: boolean;
  /** The marks put around each matched term of the snippet; `['«', '»']` by default. */
  readonly marks?: readonly [open: string, close: string];
}

/** One article found by a search. */
export interface SearchHit {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly source: string | null;
  /** A short passage of the title or text with the matched terms marked. */
  readonly snippet: string;
  /** Relevance (BM25, title weighted above text): higher is better. */
  readonly score: number;
}

/** Which events to list. Every field narrows the list; an empty filter lists all events. */
export interface EventFilter {
  /** A CAMEO actor code prefix matched against the source or the target actor: `IRN` matches `IRNGOV`. */
  readonly actor?: string;
  /** A CAMEO code prefix: `07` matches `072`. */
  readonly code?: string;
  /** Events whose date (the article's date when the event has none) ends on or after this date. */
  readonly since?: string;
  /** Events whose date (the article's date when the event has none) starts on or before this date. */
  readonly until?: string;
  /** Only these modalities. */
  readonly modality?: readonly Modality[];
  /** Only the events of this article (a full id). */
  readonly articleId?: string;
  /**
   * Only the events between two actors, in either direction: actor-code prefixes as for `actor`
   * (`['IRN', 'RUS']` keeps IRN→RUS and RUSGOV→IRNMIL). Served by the store, not filtered in memory.
   */
  readonly dyad?: readonly [a: string, b: string];
  /** Most events to return; 100 by default. */
  readonly limit?: number;
  /** Events to skip, for paging. */
  readonly offset?: number;
}

/** An event as the store lists it: the record's event plus where it comes from. Newest first. */
export interface StoredEvent extends NewsEvent {
  readonly articleId: string;
  /** Index of the event in its record's `events`. */
  readonly index: number;
  readonly articleTitle: string | null;
  readonly published: string | null;
  readonly url: string | null;
  /** The article's outlet (`document.source`). */
  readonly outlet: string | null;
  /** The article's story, null until corpus linking has seen it. */
  readonly story: number | null;
  /** The earliest article this one copies; null for an original or an unlinked article. */
  readonly copyOf: string | null;
  /**
   * Who makes the claim that carries the event (the record's `claims[claim].source`). Present only
   * for an event inside a claim (`claim` not null), as are `claimVia` and `claimStance`.
   */
  readonly claimSource?: ClaimParty;
  /** Who relays that claim (`claims[claim].via`); null when no one does. */
  readonly claimVia?: ClaimParty | null;
  /** The stance of that claim. */
  readonly claimStance?: Stance;
}

/** Which events between two actors a dyad series counts: dates and modalities as for {@link EventFilter}. */
export type DyadFilter = Pick<EventFilter, 'since' | 'until' | 'modality'>;

/**
 * A dated event between two actors with only what a dyad series counts: read from the dyad index
 * alone, no event or article row. Lists of them come newest first, in the order of {@link Store.events}.
 */
export interface DyadRow {
  readonly articleId: string;
  /** Index of the event in its record's `events`. */
  readonly index: number;
  readonly root: string;
  readonly quadClass: number;
  readonly goldstein: number;
  /** The first day (YYYY-MM-DD) of the event's date, else of its article's. */
  readonly day: string;
  readonly published: string | null;
  /** The article's story, null until corpus linking has seen it. */
  readonly story: number | null;
  /** The article's outlet, else its URL. */
  readonly outlet: string | null;
  readonly sentenceStart: number;
}

/** Where an event is stored: its article and its index in the record's `events`. */
export interface EventPlace {
  readonly articleId: string;
  readonly index: number;
}

/**
 * A dated event between two actors with what a dyad series counts and shows: no record
 * decoding, no claim. Lists of them come newest first, in the order of {@link Store.events}.
 */
export interface DyadMention extends DyadRow {
  readonly code: string;
  readonly label: string;
  /** The source and target actor codes, else their names. */
  readonly source: string;
  readonly target: string;
  readonly evidence: string;
}

/** Which stored articles to list, newest first, without a text query. */
export interface ArticleFilter {
  /** Only articles published on or after this date (ISO 8601, as in {@link SearchOptions}). */
  readonly since?: string;
  /** Only articles published on or before this date. */
  readonly until?: string;
  /** Only articles that mention this entity: an entity key (see {@link EntitySummary.key}). */
  readonly entity?: string;
  /** Most articles to return; 20 by default. */
  readonly limit?: number;
  /** Articles to skip, for paging. */
  readonly offset?: number;
}

/** A stored article as lists show it. */
export interface ArticleSummary {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly url: string | null;
}

/** Which entities to list. */
export interface EntityFilter {
  /** Words of the name (case-insensitive substring of the entity's name or of its knowledge-base id). */
  readonly q?: string;
  readonly type?: EntityType;
  /** Most entities to return; 20 by default. */
  readonly limit?: number;
  readonly offset?: number;
}

/** An entity across the corpus: all records' entities with the same key taken as one. */
export interface EntitySummary {
  /**
   * The entity's key across the corpus: its knowledge-base id when linked (`kb:<id>`), else its
   * type and lower-cased name (`name:PERSON:viktor bout`).
   */
  readonly key: string;
  /** The name most records give it. */
  readonly name: string;
  readonly type: EntityType;
  readonly kbId: string | null;
  readonly country: string | null;
  /** Articles that mention it. */
  readonly articles: number;
  /** Mentions over all those articles. */
  readonly mentions: number;
}

/** Everything the corpus says of one entity. */
export interface EntityProfile {
  readonly entity: EntitySummary;
  /** The knowledge-base roles records gave it, most frequent first. */
  readonly roles: readonly KeyCount[];
  /** Articles and mentions per month (`YYYY-MM` of the article's date; `unknown` when undated), in order. */
  readonly timeline: readonly { readonly period: string; readonly articles: number; readonly mentions: number }[];
  /** The entities found in the most of the same articles, most first, at most 20. */
  readonly related: readonly (EntitySummary & { readonly shared: number })[];
  /** Claims whose source is this entity, newest first, at most 50. */
  readonly claimsBy: readonly StoredClaim[];
  /** Claims whose text mentions this entity, newest first, at most 50. */
  readonly claimsAbout: readonly StoredClaim[];
  /** Quotes this entity speaks, newest first, at most 50. */
  readonly quotes: readonly StoredQuote[];
  /** The newest articles that mention it, at most 20. */
  readonly articles: readonly ArticleSummary[];
}

/** A claim as the store lists it. */
export interface StoredClaim {
  readonly articleId: string;
  /** Index of the claim in its record's `claims`. */
  readonly index: number;
  readonly text: string;
  readonly source: ClaimParty;
  readonly via: ClaimParty | null;
  readonly cue: string;
  readonly stance: Stance;
  /** The claim key (`actors|root|object`); `''` when the record has none. */
  readonly key: string;
  /** Index in the same record of the claim this one denies or confirms. */
  readonly denies: number | null;
  readonly confirms: number | null;
  readonly articleTitle: string | null;
  readonly published: string | null;
  /** The article's outlet (`document.source`). */
  readonly outlet: string | null;
}

/** A quote as the store lists it. */
export interface StoredQuote {
  readonly articleId: string;
  readonly index: number;
  readonly text: string;
  readonly kind: 'direct' | 'partial';
  readonly speaker: string | null;
  readonly speakerName: string | null;
  readonly published: string | null;
  readonly articleTitle: string | null;
}

/** Which claims to group. */
export interface ClaimFilter {
  /**
   * An actor code prefix (`IRN`) found among the key's actors, or words found in the key or the claim's
   * source name; a word is also looked for as claim keys reduce it (`drones` finds the key word `dron`).
   */
  readonly about?: string;
  /** Only groups with a claim of one of these stances. */
  readonly stance?: readonly Stance[];
  /** Only claims of articles published on or after / on or before these dates. */
  readonly since?: string;
  readonly until?: string;
  /** Most groups to return; 20 by default. */
  readonly limit?: number;
  readonly offset?: number;
}

/** The claims of the corpus that share one claim key: one claim, who makes it, who denies it. */
export interface ClaimGroup {
  readonly key: string;
  /** Its claims, oldest article first. */
  readonly claims: readonly StoredClaim[];
  /** Distinct claim sources (names), in order of first appearance. */
  readonly sources: readonly string[];
  /** Distinct outlets that carry it. */
  readonly outlets: readonly string[];
  /** Claims per stance. */
  readonly stances: readonly KeyCount[];
  /** First and last article date among its claims; null when none is dated. */
  readonly first: string | null;
  readonly last: string | null;
}

/** Which events make the actor graph. */
export interface GraphFilter {
  readonly since?: string;
  readonly until?: string;
  /** Only these quad classes (1 verbal cooperation … 4 material conflict). */
  readonly quadClass?: readonly (1 | 2 | 3 | 4)[];
  readonly modality?: readonly Modality[];
  /**
   * Nodes are countries (default: an actor code's first three letters when they are a country's ISO3
   * code, `IRNGOV` → `IRN`; codes that name no country, `IGOUNO` or a bare `GOV`, stay whole) or whole actor codes.
   */
  readonly level?: 'country' | 'actor';
  /** Edges with fewer events are left out; 1 by default. */
  readonly minEvents?: number;
}

/** An actor of the graph. */
export interface GraphNode {
  /** The actor code (or its country part at level `country`). */
  readonly id: string;
  /** Events it takes part in (source or target). */
  readonly events: number;
}

/** A directed dyad of the graph: events from `source` to `target`. */
export interface GraphEdge {
  readonly source: string;
  readonly target: string;
  readonly events: number;
  /** Mean Goldstein score of its events. */
  readonly goldstein: number;
  /** Its events per quad class: [verbal coop, material coop, verbal conflict, material conflict]. */
  readonly quadClasses: readonly [number, number, number, number];
}

/** The actor network. */
export interface ActorGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

/** A count under a key. */
export interface KeyCount {
  readonly key: string;
  readonly count: number;
}

/** What the store holds. */
export interface StoreStats {
  readonly articles: number;
  readonly entities: number;
  readonly mentions: number;
  readonly quotes: number;
  readonly claims: number;
  readonly events: number;
  readonly times: number;
  /** Events per CAMEO root code, in code order. */
  readonly eventsByRoot: readonly KeyCount[];
  /**
   * The actor codes in most events, most first, at most 10. An event counts once for each code it
   * would be listed under by `events({ actor })`: its source and target codes and their prefixes of
   * whole three-letter parts (an `IRNGOV` event counts for `IRNGOV` and for `IRN`).
   */
  readonly topActors: readonly KeyCount[];
  /** First and last publication date of the articles; null when no article has one. */
  readonly published: { readonly first: string; readonly last: string } | null;
}

/** A stored article as copy detection and story clustering read it, with its corpus link (null fields until it has one). */
export interface CorpusArticle {
  readonly id: string;
  readonly title: string | null;
  readonly text: string;
  readonly published: string | null;
  readonly source: string | null;
  readonly story: number | null;
  /** The earliest version it copies; null for an original or an article not linked yet. */
  readonly copyOf: string | null;
  readonly similarity: number | null;
}

/** What a corpus linker restarts from: the most recently stored linked articles and the highest story number. */
export interface CorpusWindow {
  /** The last linked articles, in the order they were stored. */
  readonly articles: readonly CorpusArticle[];
  /** The highest story number stored; null when no article is linked. */
  readonly highestStory: number | null;
}

/** Where an article belongs across the corpus: its story and the earliest version it copies. */
export interface CorpusLink {
  readonly articleId: string;
  readonly story: number;
  readonly copyOf: string | null;
  /** Estimated share of the shorter text's word shingles found in the other; null for an original. */
  readonly similarity: number | null;
}

/** An article of a story, as story listings show it. */
export interface StoryArticle {
  readonly story: number;
  readonly articleId: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly copyOf: string | null;
  readonly similarity: number | null;
}

/** A store of analysis records. */
export interface Store {
  /**
   * Stores one record, all or nothing. Idempotent: same id and same content → `unchanged`; same id,
   * other content → `replaced` (the old analysis removed in the same transaction); new id → `stored`.
   */
  putRecord(record: AnalysisRecord): Promise<PutOutcome>;
  /** Stores many records in one transaction (all or nothing), for fast ingest; the outcome of each, in order. */
  putRecords(records: readonly AnalysisRecord[]): Promise<readonly PutOutcome[]>;
  /**
   * Drops the store's secondary indexes (by entity and claim key, event code and date, actor, dyad) for
   * a bulk load: storing then writes about a sixth as much on a large store, and
   * {@link Store.buildIndexes} sorts each index once at the end. Queries stay right meanwhile but
   * read whole tables. Nothing builds them again but `buildIndexes`.
   */
  deferIndexes(): Promise<void>;
  /**
   * Builds the secondary indexes that are missing, one transaction each (holding the write lock while
   * it sorts); `onIndex` hears each name before it is built. Returns how many were built (0 when
   * none was missing).
   */
  buildIndexes(onIndex?: (name: string, built: number, missing: number) => void): Promise<number>;
  /** Rebuilds a record exactly as it was put (same keys in the same order); null when absent. */
  getRecord(id: string): Promise<AnalysisRecord | null>;
  /** The full id an id prefix stands for (an exact id wins); null if none; `ambiguous-id` if several. */
  resolveId(prefix: string): Promise<string | null>;
  /**
   * Full-text search over titles and texts, best first; `bad-query` for a query that is not valid FTS
   * syntax. The matches ranked are the 1,000 most recently stored that pass the dates (more when the
   * page reaches further), so a word found in much of a large store costs as little as a rare one.
   */
  search(query: string, options?: SearchOptions): Promise<readonly SearchHit[]>;
  /** The events that pass a filter, newest first. */
  events(filter?: EventFilter): Promise<readonly StoredEvent[]>;
  /**
   * The dated events between actors `a` and `b` (prefixes as for {@link EventFilter.dyad}, either
   * way round) that pass a filter, newest first, as few columns as a dyad series needs: what
   * `events({ dyad })` lists, less the undated, read through the dyad index without decoding records.
   */
  dyadMentions(a: string, b: string, filter?: DyadFilter): Promise<readonly DyadMention[]>;
  /** What {@link Store.dyadMentions} lists, less what a series only shows: read from the dyad index alone where the prefixes are whole parts. */
  dyadRows(a: string, b: string, filter?: DyadFilter): Promise<readonly DyadRow[]>;
  /** The dated events at these places as {@link Store.dyadMentions} gives them, in the order asked; a place with none is left out. */
  dyadMentionsAt(places: readonly EventPlace[]): Promise<readonly DyadMention[]>;
  /** Counts of what the store holds. */
  stats(): Promise<StoreStats>;
  /** The stored articles with their corpus links, in the order they were stored; `unlinked` keeps those without a link. */
  corpusArticles(options?: { readonly unlinked?: boolean }): Promise<readonly CorpusArticle[]>;
  /** The last `limit` linked articles in storage order, with their links, and the highest story number stored. */
  corpusWindow(limit: number): Promise<CorpusWindow>;
  /** Stores corpus links in one transaction, each replacing the article's old link; ids not stored are skipped. */
  putCorpusLinks(links: readonly CorpusLink[]): Promise<void>;
  /** The linked articles of each story, by story then storage order; `since` keeps the stories with an article published on or after it. */
  storyArticles(options?: { readonly since?: string }): Promise<readonly StoryArticle[]>;
  /** The events that pass a filter, newest first, read a page at a time: constant memory on any store (no `limit` lists all). */
  streamEvents(filter?: EventFilter): AsyncIterable<StoredEvent>;
  /** Stored articles, newest first (undated last), without a text query. */
  listArticles(filter?: ArticleFilter): Promise<readonly ArticleSummary[]>;
  /** Entities across the corpus, in the most articles first. */
  entities(filter?: EntityFilter): Promise<readonly EntitySummary[]>;
  /** The profile of the entity with this key ({@link EntitySummary.key}); null when no record has it. */
  entityProfile(key: string): Promise<EntityProfile | null>;
  /** Claims grouped by claim key, the groups carried by the most articles first. */
  claimGroups(filter?: ClaimFilter): Promise<readonly ClaimGroup[]>;
  /** Actors as nodes and directed dyads as weighted edges over the events that pass a filter. */
  graph(filter?: GraphFilter): Promise<ActorGraph>;
  /** Closes the database; the store is unusable afterwards. */
  close(): Promise<void>;
}
