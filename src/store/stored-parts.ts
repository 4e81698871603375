import type { Selectable } from 'kysely';
import type { Claim, Quote } from '../analyze/record.js';
import { recordCodecs } from './record-codecs.js';
import type { StoredClaim, StoredQuote } from './store.js';
import type { ClaimsTable, QuotesTable } from './store-database.js';

/** The article fields a listed claim or quote carries, selected beside its row. */
export type ArticleColumns = {
  readonly article_id: string;
  readonly article_title: string | null;
  readonly article_published: string | null;
  readonly article_source: string | null;
};

/** The listed claim a claims row (with its article's columns) stands for. */
export function storedClaim(row: Selectable<ClaimsTable> & ArticleColumns): StoredClaim {
  const claim = recordCodecs.claim.decode(row, row.shape, {}) as unknown as Claim;
  return {
    articleId: row.article_id,
    index: row.idx,
    text: claim.text,
    source: claim.source,
    via: claim.via ?? null,
    cue: claim.cue,
    stance: claim.stance,
    key: claim.key ?? '',
    denies: claim.denies ?? null,
    confirms: claim.confirms ?? null,
    articleTitle: row.article_title,
    published: row.article_published,
    outlet: row.article_source,
  };
}

/** The listed quote a quotes row (with its article's columns) stands for. */
export function storedQuote(row: Selectable<QuotesTable> & ArticleColumns): StoredQuote {
  const quote = recordCodecs.quote.decode(row, row.shape, {}) as unknown as Quote;
  return {
    articleId: row.article_id,
    index: row.idx,
    text: quote.text,
    kind: quote.kind,
    speaker: quote.speaker,
    speakerName: quote.speakerName,
    published: row.article_published,
    articleTitle: row.article_title,
  };
}
