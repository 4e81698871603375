/** A feed list or watch state file that cannot be used, naming the file (and line) and what was expected. */
export class WatchError extends Error {
  override name = 'WatchError';
  constructor(
    readonly code: 'feed-list' | 'state',
    message: string,
  ) {
    super(message);
  }
}
