/**
 * What went wrong in the store:
 * - `bad-query`: a search query or filter the user wrote is not valid;
 * - `ambiguous-id`: an id prefix matches more than one article;
 * - `locked`: another process holds the database longer than the busy timeout;
 * - `readonly`: a write on a store opened read-only (or a read-only file);
 * - `migration`: the store's schema is older or newer than this program's;
 * - `corrupt`: the file is not a SQLite database, or its content is damaged;
 * - `not-a-store`: a SQLite database that is not a newsgraph store;
 * - `not-found`: the store file does not exist (read-only open);
 * - `invalid-record`: a record whose fields do not have the types of the analysis format;
 * - `io`: the file cannot be opened or written;
 * - `closed`: the store was used after `close()`.
 */
export type StoreErrorCode =
  | 'bad-query'
  | 'ambiguous-id'
  | 'locked'
  | 'readonly'
  | 'migration'
  | 'corrupt'
  | 'not-a-store'
  | 'not-found'
  | 'invalid-record'
  | 'io'
  | 'closed';

/** A failure of the store, with a code to branch on and a message saying what was expected and what came. */
export class StoreError extends Error {
  override readonly name = 'StoreError';

  /**
   * @param code - what kind of failure this is
   * @param message - what was expected and what came instead
   * @param cause - the underlying error (SQLite's), when there is one
   */
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
  }
}
