/** The HTTP statuses the API answers errors with. */
export type ErrorStatus = 400 | 401 | 404 | 413 | 415 | 429 | 500 | 503 | 504;

/** The JSON body of every error answer. */
export interface ErrorBody {
  /** A short machine-readable code, e.g. `bad-params`, `not-found`, `too-large`. */
  readonly error: string;
  /** What was expected and what came, for a person. */
  readonly detail: string;
}

/** A failure a route answers with its status and `{error, detail}`; never a 500 for what the client sent. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  /**
   * @param status - the HTTP status
   * @param error - the machine-readable code
   * @param detail - what was expected and what came
   * @param headers - extra response headers (e.g. `Retry-After`)
   */
  constructor(
    readonly status: ErrorStatus,
    readonly error: string,
    readonly detail: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(detail);
  }

  /** The JSON body of this error. */
  body(): ErrorBody {
    return { error: this.error, detail: this.detail };
  }
}
