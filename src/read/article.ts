/** An article as a reader produces it: metadata and the body text every offset will point into. */
export interface Article {
  /** The input's own id, when it has one; otherwise the analysis derives one from the text. */
  readonly id?: string | null;
  readonly title?: string | null;
  /** ISO 8601 date or datetime. */
  readonly published?: string | null;
  readonly url?: string | null;
  readonly source?: string | null;
  readonly language?: string | null;
  readonly text: string;
  /** Byline author, when the reader found one. */
  readonly byline?: string | null;
  /** Where the article came from (file path, URL, `file:line`), for messages. */
  readonly origin?: string | null;
}
