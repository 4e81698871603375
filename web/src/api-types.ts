/**
 * The shapes the HTTP API answers with (docs/api.md), taken from the server's own types so the UI
 * and the API cannot drift apart.
 */
export type { AnalysisRecord, Claim, Entity, EntityType, Modality, NewsEvent, Quote, Stance, TimeExpression } from '../../src/analyze/record.js';
export type {
  ActorGraph,
  ArticleSummary,
  ClaimGroup,
  EntityProfile,
  EntitySummary,
  GraphEdge,
  SearchHit,
  StoreStats,
  StoredClaim,
  StoredEvent,
  StoryArticle,
} from '../../src/store/store.js';
import type { DyadPeriod } from '../../src/corpus/dyad-series.js';
import type { StoryArticle } from '../../src/store/store.js';
export type { DyadPeriod };

/** One page of a list route. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly page: number;
  readonly pageSize: number;
  readonly hasMore: boolean;
}

/** `GET /api/dyads/:a/:b`. */
export interface DyadAnswer {
  readonly dyad: readonly [string, string];
  readonly by: 'day' | 'week' | 'month';
  readonly modality: readonly string[];
  readonly periods: readonly DyadPeriod[];
}

/** An item of `GET /api/stories`. */
export interface Story {
  readonly story: number;
  readonly copies: number;
  readonly sources: readonly string[];
  readonly first: string | null;
  readonly title: string | null;
  readonly articles: readonly (Omit<StoryArticle, 'story' | 'articleId'> & { readonly id: string })[];
}
