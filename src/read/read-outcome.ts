import type { Article } from './article.js';
import type { ReadError } from './read-error.js';

/** One result of reading: an article, or the error one input (or one line of it) gave. */
export type ReadOutcome =
  | { readonly ok: true; readonly article: Article }
  | { readonly ok: false; readonly error: ReadError };
