/** Why the pool did not return a record. */
export type AnalysisPoolErrorCode = 'timeout' | 'failed' | 'crashed' | 'unavailable' | 'closed';

/**
 * An article the analysis pool could not analyse: past the time limit (`timeout`), the analysis threw
 * (`failed`), the worker died under it (`crashed`, e.g. out of memory), the workers could not load their
 * data (`unavailable`; `dataFile` names the broken file when that was the cause), or the pool was closed.
 */
export class AnalysisPoolError extends Error {
  override name = 'AnalysisPoolError';
  constructor(
    readonly code: AnalysisPoolErrorCode,
    message: string,
    readonly dataFile: { readonly file: string; readonly detail: string } | null = null,
  ) {
    super(message);
  }
}
