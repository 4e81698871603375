import type { AnalysisRecord, Modality, NewsEvent } from '../analyze/record.js';

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
  /** Rebuilds a record exactly as it was put (same keys in the same order); null when absent. */
  getRecord(id: string): Promise<AnalysisRecord | null>;
  /** The full id an id prefix stands for (an exact id wins); null if none; `ambiguous-id` if several. */
  resolveId(prefix: string): Promise<string | null>;
  /** Full-text search over titles and texts, best first; `bad-query` for a query that is not valid FTS syntax. */
  search(query: string, options?: SearchOptions): Promise<readonly SearchHit[]>;
  /** The events that pass a filter, newest first. */
  events(filter?: EventFilter): Promise<readonly StoredEvent[]>;
  /** Counts of what the store holds. */
  stats(): Promise<StoreStats>;
  /** The stored articles with their corpus links, in the order they were stored; `unlinked` keeps those without a link. */
  corpusArticles(options?: { readonly unlinked?: boolean }): Promise<readonly CorpusArticle[]>;
  /** Stores corpus links in one transaction, each replacing the article's old link; ids not stored are skipped. */
  putCorpusLinks(links: readonly CorpusLink[]): Promise<void>;
  /** The linked articles of each story, by story then storage order; `since` keeps the stories with an article published on or after it. */
  storyArticles(options?: { readonly since?: string }): Promise<readonly StoryArticle[]>;
  /** Closes the database; the store is unusable afterwards. */
  close(): Promise<void>;
}
