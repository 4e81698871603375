/** A failed API call: the HTTP status and the server's `{error, detail}` (or what came instead). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
  ) {
    super(`${status} ${code}: ${detail}`);
    this.name = 'ApiError';
  }
}
